"""Break a target into dated steps: monthly, or weekly when the goal runs under two months.

Steps run from today to the deadline, from the baseline (when given; else from zero
for a count or a change) to the target, either linearly or compounding (steady
growth rate, for relative growth from a known baseline). Each step is a dict
``{"date": ISO, "value": float, "label": str}`` as CONTRACT.md's ``milestones``.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

from goalsmith.goal import Target

# Under this many days a month is too coarse a step.
WEEKLY_BELOW_DAYS = 61
# A month end closer than this to today is no step worth tracking.
MIN_FIRST_STEP_DAYS = 14
MAX_STEPS = 60  # a five-year monthly plan; longer plans get quarterly-sized steps


def step_dates(today: date, deadline: date) -> list[date]:
    """Month ends (or Sundays, under two months) after today, ending on the deadline."""
    if deadline <= today:
        return []
    if (deadline - today).days < WEEKLY_BELOW_DAYS:
        first = today + timedelta(days=6 - today.weekday() or 7)
        dates = []
        current = first
        while current < deadline:
            dates.append(current)
            current += timedelta(days=7)
    else:
        dates = []
        year, month = today.year, today.month
        current = _month_end(year, month)
        if (current - today).days < MIN_FIRST_STEP_DAYS:
            year, month = _next_month(year, month)
            current = _month_end(year, month)
        while current < deadline:
            dates.append(current)
            year, month = _next_month(year, month)
            current = _month_end(year, month)
    dates.append(deadline)
    if len(dates) > MAX_STEPS:
        stride = -(-len(dates) // MAX_STEPS)
        dates = dates[stride - 1 :: stride]
        if dates[-1] != deadline:
            dates.append(deadline)
    return dates


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def plan(start: float, end: float, today: date, deadline: date, compounding: bool = False,
         unit: str = "", prefix: str = "") -> list[dict[str, Any]]:
    """Steps from ``start`` (today) to ``end`` (on the deadline).

    Values follow elapsed time: linear, or at a steady rate when ``compounding`` (only
    possible between two positive values; otherwise linear is used).
    """
    dates = step_dates(today, deadline)
    total = (deadline - today).days
    if not dates or total <= 0:
        return []
    steady = compounding and start > 0 and end > 0
    steps = []
    for day in dates:
        share = (day - today).days / total
        value = start * (end / start) ** share if steady else start + (end - start) * share
        value = round(value, 2)
        steps.append({"date": day.isoformat(), "value": value,
                      "label": f"{format_value(value, unit, prefix)} by {_short(day)}"})
    return steps


_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def format_value(value: float, unit: str = "", prefix: str = "") -> str:
    """A value as a reader writes it: "$1.25M", "13.3%", "+5 points", "40"."""
    unit = _SYMBOLS.get(unit, unit)
    if unit in ("$", "€", "£", "¥") or (len(unit) == 3 and unit.isupper()):
        symbol = unit if len(unit) == 1 else f"{unit} "
        sign = prefix + ("-" if value < 0 else "")
        magnitude = abs(value)
        for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
            if magnitude >= size:
                return f"{sign}{symbol}{_num(magnitude / size, 2)}{suffix}"
        return f"{sign}{symbol}{_num(magnitude)}"
    number = _num(value)
    if unit in ("%", "x"):
        return f"{prefix}{number}{unit}"
    if unit:
        return f"{prefix}{number} {unit}"
    return f"{prefix}{number}"


def _num(value: float, decimals: int = 1) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.{decimals}f}".rstrip("0").rstrip(".")


def _short(day: date) -> str:
    return f"{day:%b} {day.day}, {day.year}"


def for_target(target: Target, today: date, deadline: date) -> list[dict[str, Any]]:
    """Milestones for one extracted target, or [] when it has no number to step towards.

    A level with a baseline runs baseline -> value; a change ("by 20%", "double")
    runs as a cumulative change from zero (or from the baseline when given); an amount
    ("40 meetings", "$1.5M in pipeline") runs from zero; a level with no baseline ("to
    25%") has no steps, since its starting point is unknown.
    """
    if target.value is None or target.kind in ("placeholder", "ratio", "duration"):
        return []
    unit = target.currency or target.unit or ""
    if target.kind == "percent":
        unit = "%"
    elif target.kind == "points":
        unit = "points"
    if target.kind == "multiplier":
        if target.baseline is not None:
            return plan(target.baseline, target.baseline * target.value, today, deadline,
                        compounding=True, unit=unit)
        return plan(1.0, target.value, today, deadline, compounding=True, unit="x")
    if target.baseline is not None:
        end = target.value
        if target.relative and target.kind == "percent":
            end = target.baseline * (1 + target.value / 100)
            unit = ""
        elif target.relative:
            end = target.baseline + target.value
        return plan(target.baseline, end, today, deadline,
                    compounding=target.relative and target.kind == "percent", unit=unit)
    if target.relative:
        return plan(0.0, target.value, today, deadline, unit=unit, prefix="+")
    if target.kind in ("count", "currency") and not _is_level(target):
        # "Book 40 meetings", "Generate $1.5M": an amount that accumulates from zero.
        return plan(0.0, target.value, today, deadline, unit=unit)
    # A level with no baseline ("win rate to 25%"): where it starts is unknown.
    return []


def _is_level(target: Target) -> bool:
    """ "to 25%", "at 3x", "of $50k", "at least 15": a level to reach, not an amount to add."""
    lowered = target.text.lower()
    return target.comparator is not None or lowered.startswith(("to ", "at ", "of "))
