"""Business-calendar arithmetic: weeks, months, quarters, halves, fiscal years.

Pure functions over ``datetime.date`` with no parsing and no clock: the time
expression layer (``goalsmith.pipeline.timex``) decides *what* a phrase means and
asks this module *which days* that is.

Conventions (RUBRIC.md, "Conventions for resolving time"):

* weeks run Monday to Sunday;
* the fiscal year starts on the first day of month ``fiscal_start`` (1..12) and is
  named by the calendar year in which it **ends**: with an October start, FY2026 runs
  2025-10-01..2026-09-30; with a January start the fiscal year is the calendar year;
* fiscal quarters and halves are counted from the fiscal year's first month;
* adding months clamps to the end of the month (Jan 31 + 1 month = Feb 28/29).

A ``Bounds`` is an inclusive ``(first day, last day)`` pair.
"""

from __future__ import annotations

import calendar as _stdlib_calendar
from datetime import date, timedelta

Bounds = tuple[date, date]

# Units the arithmetic understands, in increasing size; "fiscal_year" is a year
# laid on the fiscal grid.
UNITS = ("day", "week", "month", "quarter", "half", "year", "fiscal_year")
_MONTHS_PER_UNIT = {"month": 1, "quarter": 3, "half": 6, "year": 12, "fiscal_year": 12}
ONE_DAY = timedelta(days=1)


def _check_fiscal_start(fiscal_start: int) -> None:
    if not 1 <= fiscal_start <= 12:
        raise ValueError(f"fiscal year start must be a month from 1 to 12, not {fiscal_start}")


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and _stdlib_calendar.isleap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def month_end(year: int, month: int) -> date:
    """The last day of a calendar month."""
    return date(year, month, days_in_month(year, month))


def month_bounds(year: int, month: int) -> Bounds:
    return date(year, month, 1), month_end(year, month)


def _month_index(day: date) -> int:
    # Months counted from year 0: makes month arithmetic a plain integer sum.
    return day.year * 12 + day.month - 1


def _from_month_index(index: int, day: int = 1) -> date:
    year, month0 = divmod(index, 12)
    month = month0 + 1
    return date(year, month, day if day <= 28 else min(day, days_in_month(year, month)))


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole calendar months, clamped to the end of the target month."""
    return _from_month_index(_month_index(day) + months, day.day)


def add_years(day: date, years: int) -> date:
    """``day`` moved by whole years (Feb 29 becomes Feb 28 in a common year)."""
    return add_months(day, 12 * years)


def add_business_days(day: date, days: int) -> date:
    """``day`` moved forward by ``days`` working days (Monday to Friday)."""
    current = day
    remaining = max(days, 0)
    while remaining:
        current += ONE_DAY
        if current.weekday() < 5:
            remaining -= 1
    return current


def week_bounds(day: date) -> Bounds:
    """The Monday-to-Sunday week containing ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def iso_week_bounds(year: int, week: int) -> Bounds | None:
    """Monday to Sunday of ISO week ``week`` of ``year``, or None when the year has no such
    week (only some years have a week 53)."""
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def year_bounds(year: int) -> Bounds:
    return date(year, 1, 1), date(year, 12, 31)


def fiscal_year_of(day: date, fiscal_start: int = 1) -> int:
    """The fiscal year containing ``day``, named by the calendar year it ends in."""
    _check_fiscal_start(fiscal_start)
    if fiscal_start != 1 and day.month >= fiscal_start:
        return day.year + 1
    return day.year


def fiscal_year_bounds(fiscal_year: int, fiscal_start: int = 1) -> Bounds:
    """First and last day of a fiscal year (FY26, October start: 2025-10-01..2026-09-30)."""
    _check_fiscal_start(fiscal_start)
    first = date(fiscal_year if fiscal_start == 1 else fiscal_year - 1, fiscal_start, 1)
    return first, add_months(first, 12) - ONE_DAY


def quarter_bounds(fiscal_year: int, quarter: int, fiscal_start: int = 1) -> Bounds:
    """Quarter 1..4 of a fiscal year (with ``fiscal_start=1``: a calendar quarter)."""
    if not 1 <= quarter <= 4:
        raise ValueError(f"quarter must be 1..4, not {quarter}")
    first = add_months(fiscal_year_bounds(fiscal_year, fiscal_start)[0], 3 * (quarter - 1))
    return first, add_months(first, 3) - ONE_DAY


def half_bounds(fiscal_year: int, half: int, fiscal_start: int = 1) -> Bounds:
    """Half 1..2 of a fiscal year (with ``fiscal_start=1``: a calendar half)."""
    if half not in (1, 2):
        raise ValueError(f"half must be 1 or 2, not {half}")
    first = add_months(fiscal_year_bounds(fiscal_year, fiscal_start)[0], 6 * (half - 1))
    return first, add_months(first, 6) - ONE_DAY


def _position_in_fiscal_year(day: date, fiscal_start: int) -> tuple[int, int]:
    """(fiscal year, months elapsed since it began) for ``day``."""
    fiscal_year = fiscal_year_of(day, fiscal_start)
    first = fiscal_year_bounds(fiscal_year, fiscal_start)[0]
    return fiscal_year, _month_index(day) - _month_index(first)


def quarter_of(day: date, fiscal_start: int = 1) -> tuple[int, int]:
    """(fiscal year, quarter 1..4) containing ``day``."""
    fiscal_year, elapsed = _position_in_fiscal_year(day, fiscal_start)
    return fiscal_year, elapsed // 3 + 1


def half_of(day: date, fiscal_start: int = 1) -> tuple[int, int]:
    """(fiscal year, half 1..2) containing ``day``."""
    fiscal_year, elapsed = _position_in_fiscal_year(day, fiscal_start)
    return fiscal_year, elapsed // 6 + 1


def _shift(fiscal_year: int, index: int, per_year: int, steps: int) -> tuple[int, int]:
    # Index is 1-based within the year; shift in whole periods across year ends.
    years, index0 = divmod(index - 1 + steps, per_year)
    return fiscal_year + years, index0 + 1


def shift_quarter(fiscal_year: int, quarter: int, steps: int) -> tuple[int, int]:
    """The quarter ``steps`` quarters after (or before, if negative) the given one."""
    return _shift(fiscal_year, quarter, 4, steps)


def shift_half(fiscal_year: int, half: int, steps: int) -> tuple[int, int]:
    return _shift(fiscal_year, half, 2, steps)


def period_bounds(day: date, unit: str, fiscal_start: int = 1) -> Bounds:
    """The period of ``unit`` containing ``day``.

    Quarters and halves follow the fiscal grid (with a January start that is the
    calendar grid); "year" is the calendar year, "fiscal_year" the fiscal one.
    """
    if unit == "day":
        return day, day
    if unit == "week":
        return week_bounds(day)
    if unit == "month":
        return month_bounds(day.year, day.month)
    if unit == "quarter":
        return quarter_bounds(*quarter_of(day, fiscal_start), fiscal_start)
    if unit == "half":
        return half_bounds(*half_of(day, fiscal_start), fiscal_start)
    if unit == "year":
        return year_bounds(day.year)
    if unit == "fiscal_year":
        return fiscal_year_bounds(fiscal_year_of(day, fiscal_start), fiscal_start)
    raise ValueError(f"unknown calendar unit {unit!r}")


def relative_period(day: date, unit: str, offset: int, fiscal_start: int = 1) -> Bounds:
    """The period ``offset`` units away from the one containing ``day``.

    ``offset`` 0 is "this week/month/...", 1 "next ...", -1 "last ...".
    """
    if unit == "day":
        moved = day + timedelta(days=offset)
        return moved, moved
    if unit == "week":
        return week_bounds(day + timedelta(weeks=offset))
    months = _MONTHS_PER_UNIT.get(unit)
    if months is None:
        raise ValueError(f"unknown calendar unit {unit!r}")
    first = period_bounds(day, unit, fiscal_start)[0]
    return period_bounds(add_months(first, months * offset), unit, fiscal_start)


def advance(day: date, count: int, unit: str, fiscal_start: int = 1) -> date:
    """The end of a window of ``count`` units starting on ``day``.

    Days, weeks, months and years count from ``day`` itself ("within 90 days" is
    day + 90; months clamp to the month's end). Quarters and halves are aligned to
    the grid: two quarters run to the end of the second whole quarter after the
    current one.
    """
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "business_day":
        return add_business_days(day, count)
    if unit == "week":
        return day + timedelta(weeks=count)
    if unit == "month":
        return add_months(day, count)
    if unit in ("year", "fiscal_year"):
        return add_years(day, count)
    if unit in ("quarter", "half"):
        return relative_period(day, unit, count, fiscal_start)[1]
    raise ValueError(f"unknown calendar unit {unit!r}")


def next_month(day: date, month: int) -> Bounds:
    """The next occurrence of a month on or after ``day`` (the current month counts)."""
    year = day.year if month >= day.month else day.year + 1
    return month_bounds(year, month)


def next_date(day: date, month: int, day_of_month: int) -> date | None:
    """The next occurrence of a month and day on or after ``day``; None if it never exists."""
    if not 1 <= month <= 12 or not 1 <= day_of_month <= 31:
        return None
    # Eight years always reach the next Feb 29 (the Gregorian gap is at most eight).
    for year in range(day.year, day.year + 9):
        if day_of_month <= days_in_month(year, month):
            candidate = date(year, month, day_of_month)
            if candidate >= day:
                return candidate
    return None


def next_day_of_month(day: date, day_of_month: int) -> date | None:
    """The next date on or after ``day`` whose day of the month is ``day_of_month``."""
    if not 1 <= day_of_month <= 31:
        return None
    index = _month_index(day)
    for step in range(13):
        first = _from_month_index(index + step)
        if day_of_month <= days_in_month(first.year, first.month):
            candidate = first.replace(day=day_of_month)
            if candidate >= day:
                return candidate
    return None


def next_weekday(day: date, weekday: int) -> date:
    """The first ``weekday`` (Monday = 0) strictly after ``day``."""
    ahead = (weekday - day.weekday()) % 7
    return day + timedelta(days=ahead or 7)


def upcoming_quarter(day: date, quarter: int, fiscal_start: int = 1) -> Bounds:
    """A quarter named without a year: the current one if it contains ``day``, else the next."""
    fiscal_year, current = quarter_of(day, fiscal_start)
    year = fiscal_year if quarter >= current else fiscal_year + 1
    return quarter_bounds(year, quarter, fiscal_start)


def upcoming_half(day: date, half: int, fiscal_start: int = 1) -> Bounds:
    """A half named without a year: the current one if it contains ``day``, else the next."""
    fiscal_year, current = half_of(day, fiscal_start)
    year = fiscal_year if half >= current else fiscal_year + 1
    return half_bounds(year, half, fiscal_start)


def point_in(bounds: Bounds, part: str) -> date:
    """A named point of a period: its start, an early point, its middle, or its end.

    The middle of a month is the 15th; of a period of an even number of months the
    end of its middle month (mid-year = June 30); of an odd number (a quarter) the
    15th of its middle month. "Early" is the end of the first third (the 10th of a
    month, April 30 of a year); "late" is the last day.
    """
    first, last = bounds
    if part == "start":
        return first
    if part in ("end", "late"):
        return last
    months = _month_index(last) - _month_index(first) + 1
    same_month_start = first.day == 1 and last == month_end(last.year, last.month)
    if not same_month_start or months < 1:
        # Not whole months (a week, a window): take the proportional day.
        span = (last - first).days
        share = 1 / 3 if part == "early" else 1 / 2
        return first + timedelta(days=int(span * share))
    if months == 1:
        return first.replace(day=10 if part == "early" else 15)
    if part == "early":
        return month_end_of(add_months(first, max(months // 3, 1) - 1))
    if months % 2 == 0:
        return month_end_of(add_months(first, months // 2 - 1))
    return add_months(first, months // 2).replace(day=15)


def month_end_of(day: date) -> date:
    """The last day of ``day``'s month."""
    return month_end(day.year, day.month)


def shift_years(bounds: Bounds, years: int) -> Bounds:
    """Both ends of a period moved by whole years, keeping month ends at month ends."""
    first, last = bounds
    moved_last = add_years(last, years)
    if last == month_end_of(last):
        moved_last = month_end_of(moved_last)
    return add_years(first, years), moved_last


def full_year(two_or_four_digits: int) -> int:
    """A year written with two digits ("'27", "FY26") as a four-digit year."""
    return 2000 + two_or_four_digits if two_or_four_digits < 100 else two_or_four_digits


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ell) // 433
    month = (h + ell - 7 * m + 90) // 25
    return date(year, month, (h + ell - 7 * m + 33 * month + 19) % 32)


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def holiday_in(rule: str, year: int) -> date | None:
    """The date a holiday rule names in ``year``, or None.

    Rules: "easter" with an optional day offset ("easter-2"), "MM-ddd-N" for the Nth
    weekday of a month ("11-thu-4"), "MM-ddd-last", each with an optional "+N" days, or a
    list of ISO dates ("2027-10-29, 2028-10-17") for holidays set by another calendar."""
    rule = rule.strip()
    if rule[:1].isdigit() and len(rule) >= 10 and rule[4] == "-":
        found = [date.fromisoformat(d.strip()) for d in rule.split(",")]
        return next((d for d in found if d.year == year), None)
    base, _, shift = rule.partition("+")
    offset = int(shift) if shift else 0
    if base.startswith("easter"):
        sign = base[6:]
        return easter(year) + timedelta(days=offset + (int(sign) if sign else 0))
    month, weekday, nth = base.split("-")
    wanted = _WEEKDAYS.index(weekday)
    days = [date(year, int(month), d) for d in range(1, days_in_month(year, int(month)) + 1)]
    matching = [d for d in days if d.weekday() == wanted]
    picked = matching[-1] if nth == "last" else matching[int(nth) - 1]
    return picked + timedelta(days=offset)


def next_holiday(day: date, rule: str) -> date | None:
    """The next date on or after ``day`` that a holiday rule names (within three years)."""
    for year in range(day.year, day.year + 3):
        found = holiday_in(rule, year)
        if found is not None and found >= day:
            return found
    return None
