"""Milestones: a target broken into monthly (or weekly) steps from today to the deadline."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from goalsmith.goal import Target
from goalsmith.milestones import for_target, format_value, plan, step_dates

TODAY = date(2026, 11, 29)  # a Sunday

STEP_DATES = [
    # (deadline, expected step dates)
    (date(2027, 3, 31), ["2026-12-31", "2027-01-31", "2027-02-28", "2027-03-31"]),
    (date(2027, 2, 15), ["2026-12-31", "2027-01-31", "2027-02-15"]),
    # under two months: weekly, on Sundays (weeks run Monday to Sunday)
    (date(2027, 1, 15), ["2026-12-06", "2026-12-13", "2026-12-20", "2026-12-27",
                         "2027-01-03", "2027-01-10", "2027-01-15"]),
    (date(2026, 12, 6), ["2026-12-06"]),
    (date(2026, 11, 30), ["2026-11-30"]),
    (TODAY, []),
    (date(2026, 1, 1), []),
]


@pytest.mark.parametrize(("deadline", "expected"), STEP_DATES, ids=[str(c[0]) for c in STEP_DATES])
def test_step_dates(deadline: date, expected: list[str]) -> None:
    assert [d.isoformat() for d in step_dates(TODAY, deadline)] == expected


def test_long_plans_are_capped() -> None:
    dates = step_dates(TODAY, date(2036, 12, 31))
    assert len(dates) <= 60
    assert dates[-1] == date(2036, 12, 31)
    assert dates == sorted(set(dates))


def test_linear_plan_follows_elapsed_time() -> None:
    steps = plan(0, 90, TODAY, date(2027, 2, 27))
    assert steps[-1] == {"date": "2027-02-27", "value": 90.0, "label": "90 by Feb 27, 2027"}
    values = [s["value"] for s in steps]
    assert values == sorted(values)
    # Dec 31 is 32 of 90 days in: 32/90 of the way.
    assert steps[0]["value"] == pytest.approx(32.0)


def test_compounding_plan_grows_at_a_steady_rate() -> None:
    steps = plan(100, 400, TODAY, date(2027, 5, 29), compounding=True)
    values = [100.0] + [s["value"] for s in steps]
    ratios = [b / a for a, b in itertools.pairwise(values)]
    assert steps[-1]["value"] == pytest.approx(400)
    assert max(ratios) - min(ratios) < 0.15  # months differ in length, so nearly steady


def test_compounding_needs_positive_ends() -> None:
    steps = plan(0, 100, TODAY, date(2027, 2, 27), compounding=True)
    assert steps[0]["value"] == pytest.approx(100 * 32 / 90, abs=0.01)


FORMATS = [
    (1_500_000.0, "$", "", "$1.5M"),
    (2_000_000.0, "USD", "", "$2M"),
    (2_160_000.0, "CHF", "", "CHF 2.16M"),
    (12_500.0, "€", "", "€12.5k"),
    (13.333, "%", "+", "+13.3%"),
    (5.0, "points", "+", "+5 points"),
    (40.0, "", "", "40"),
    (1234.0, "", "", "1,234"),
]


@pytest.mark.parametrize(("value", "unit", "prefix", "expected"), FORMATS,
                         ids=[c[3] for c in FORMATS])
def test_format_value(value: float, unit: str, prefix: str, expected: str) -> None:
    assert format_value(value, unit, prefix) == expected


TARGETS = [
    # (target, deadline, first label, last label)
    (Target("from $2M to $3M", (0, 15), "currency", value=3_000_000, currency="USD",
            baseline=2_000_000), date(2027, 1, 31),
     "$2.51M by Dec 31, 2026", "$3M by Jan 31, 2027"),
    (Target("by 20%", (0, 6), "percent", value=20, unit="%", relative=True),
     date(2027, 2, 27), "+7.1% by Dec 31, 2026", "+20% by Feb 27, 2027"),
    (Target("40 meetings", (0, 11), "count", value=40, noun="meetings"),
     date(2026, 12, 27), "10 by Dec 6, 2026", "40 by Dec 27, 2026"),
    (Target("double", (0, 6), "multiplier", value=2.0, relative=True), date(2027, 2, 27),
     "1.3x by Dec 31, 2026", "2x by Feb 27, 2027"),
]


@pytest.mark.parametrize(("target", "deadline", "first", "last"), TARGETS,
                         ids=[c[0].text for c in TARGETS])
def test_for_target(target: Target, deadline: date, first: str, last: str) -> None:
    steps = for_target(target, TODAY, deadline)
    assert steps[0]["label"] == first
    assert steps[-1]["label"] == last


@pytest.mark.parametrize("target", [
    Target("TBD", (0, 3), "placeholder"),
    Target("to 25%", (0, 6), "percent", value=25.0, unit="%"),
    Target("to $50k", (0, 7), "currency", value=50_000.0, currency="USD"),
    Target("3:1", (0, 3), "ratio", value=3.0),
    Target("within 24 hours", (0, 15), "duration", value=24.0, unit="h"),
])
def test_targets_without_steps(target: Target) -> None:
    assert for_target(target, TODAY, date(2027, 3, 31)) == []
