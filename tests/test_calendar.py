"""The business calendar: pure date arithmetic behind every resolved time expression."""

from __future__ import annotations

from datetime import date

import pytest

from goalsmith import calendar as cal

D = date.fromisoformat


@pytest.mark.parametrize(("fiscal_year", "fiscal_start", "first", "last"), [
    (2026, 1, "2026-01-01", "2026-12-31"),   # January start: the calendar year
    (2026, 10, "2025-10-01", "2026-09-30"),  # RUBRIC: FY26 with an October start
    (2027, 4, "2026-04-01", "2027-03-31"),
    (2027, 7, "2026-07-01", "2027-06-30"),
    (2024, 3, "2023-03-01", "2024-02-29"),   # ends on a leap day
    (2027, 12, "2026-12-01", "2027-11-30"),
])
def test_fiscal_year_is_named_by_the_year_it_ends_in(fiscal_year, fiscal_start, first, last):
    assert cal.fiscal_year_bounds(fiscal_year, fiscal_start) == (D(first), D(last))


@pytest.mark.parametrize(("day", "fiscal_start", "fiscal_year"), [
    ("2026-11-29", 1, 2026),
    ("2026-11-29", 10, 2027),
    ("2026-09-30", 10, 2026),
    ("2026-10-01", 10, 2027),
    ("2026-01-15", 4, 2026),
    ("2026-04-01", 4, 2027),
    ("2027-06-30", 7, 2027),
    ("2027-07-01", 7, 2028),
])
def test_fiscal_year_of(day, fiscal_start, fiscal_year):
    assert cal.fiscal_year_of(D(day), fiscal_start) == fiscal_year


@pytest.mark.parametrize(("fiscal_year", "quarter", "fiscal_start", "first", "last"), [
    (2027, 1, 1, "2027-01-01", "2027-03-31"),
    (2027, 3, 1, "2027-07-01", "2027-09-30"),
    (2027, 4, 1, "2027-10-01", "2027-12-31"),
    (2027, 1, 10, "2026-10-01", "2026-12-31"),
    (2027, 3, 10, "2027-04-01", "2027-06-30"),
    (2027, 4, 4, "2027-01-01", "2027-03-31"),
    (2027, 2, 7, "2026-10-01", "2026-12-31"),
    (2027, 2, 2, "2026-05-01", "2026-07-31"),  # a February start: off the calendar grid
])
def test_quarter_bounds(fiscal_year, quarter, fiscal_start, first, last):
    assert cal.quarter_bounds(fiscal_year, quarter, fiscal_start) == (D(first), D(last))


@pytest.mark.parametrize(("fiscal_year", "half", "fiscal_start", "first", "last"), [
    (2027, 1, 1, "2027-01-01", "2027-06-30"),
    (2027, 2, 1, "2027-07-01", "2027-12-31"),
    (2027, 1, 10, "2026-10-01", "2027-03-31"),
    (2027, 2, 10, "2027-04-01", "2027-09-30"),
    (2027, 2, 7, "2027-01-01", "2027-06-30"),
])
def test_half_bounds(fiscal_year, half, fiscal_start, first, last):
    assert cal.half_bounds(fiscal_year, half, fiscal_start) == (D(first), D(last))


@pytest.mark.parametrize(("day", "months", "expected"), [
    ("2026-01-31", 1, "2026-02-28"),  # clamped to the month's end
    ("2028-01-31", 1, "2028-02-29"),
    ("2026-11-29", 3, "2027-02-28"),
    ("2026-12-31", 2, "2027-02-28"),
    ("2026-03-31", -1, "2026-02-28"),
    ("2026-05-15", 12, "2027-05-15"),
    ("2026-05-15", -17, "2024-12-15"),
])
def test_add_months_clamps_to_month_end(day, months, expected):
    assert cal.add_months(D(day), months) == D(expected)


def test_add_years_turns_a_leap_day_into_february_28():
    assert cal.add_years(D("2028-02-29"), 1) == D("2029-02-28")


@pytest.mark.parametrize(("day", "monday", "sunday"), [
    ("2026-11-29", "2026-11-23", "2026-11-29"),  # a Sunday ends its week
    ("2026-11-30", "2026-11-30", "2026-12-06"),
    ("2026-12-31", "2026-12-28", "2027-01-03"),  # weeks cross year ends
])
def test_weeks_run_monday_to_sunday(day, monday, sunday):
    assert cal.week_bounds(D(day)) == (D(monday), D(sunday))


@pytest.mark.parametrize(("day", "unit", "offset", "fiscal_start", "first", "last"), [
    ("2026-11-29", "quarter", 1, 1, "2027-01-01", "2027-03-31"),
    ("2026-11-29", "quarter", -1, 1, "2026-07-01", "2026-09-30"),
    ("2026-11-29", "month", 1, 1, "2026-12-01", "2026-12-31"),
    ("2026-12-31", "month", 1, 1, "2027-01-01", "2027-01-31"),
    ("2026-11-29", "week", 1, 1, "2026-11-30", "2026-12-06"),
    ("2026-11-29", "year", 1, 10, "2027-01-01", "2027-12-31"),  # "year" is the calendar year
    ("2026-11-29", "fiscal_year", 1, 10, "2027-10-01", "2028-09-30"),
    ("2026-11-29", "half", 1, 1, "2027-01-01", "2027-06-30"),
    ("2026-11-29", "half", 0, 10, "2026-10-01", "2027-03-31"),
    ("2026-01-15", "quarter", 0, 4, "2026-01-01", "2026-03-31"),
])
def test_relative_period(day, unit, offset, fiscal_start, first, last):
    assert cal.relative_period(D(day), unit, offset, fiscal_start) == (D(first), D(last))


@pytest.mark.parametrize(("day", "count", "unit", "expected"), [
    ("2026-11-29", 90, "day", "2027-02-27"),
    ("2026-11-29", 2, "week", "2026-12-13"),
    ("2026-11-29", 6, "month", "2027-05-29"),
    ("2026-08-31", 6, "month", "2027-02-28"),
    ("2026-11-29", 1, "year", "2027-11-29"),
    # RUBRIC: two quarters run to the end of the second whole quarter after the current one
    ("2026-11-29", 2, "quarter", "2027-06-30"),
    ("2026-11-29", 1, "half", "2027-06-30"),
    ("2026-11-27", 1, "business_day", "2026-11-30"),  # Friday + 1 working day = Monday
    ("2026-11-27", 5, "business_day", "2026-12-04"),
])
def test_advance(day, count, unit, expected):
    assert cal.advance(D(day), count, unit) == D(expected)


@pytest.mark.parametrize(("today", "month", "day", "expected"), [
    ("2026-11-29", 3, 31, "2027-03-31"),
    ("2026-11-29", 11, 29, "2026-11-29"),  # on or after today: today counts
    ("2026-11-29", 11, 28, "2027-11-28"),
    ("2026-11-29", 2, 29, "2028-02-29"),   # the next Feb 29 that exists
    ("2026-11-29", 2, 30, None),          # never exists
    ("2026-11-29", 13, 1, None),
])
def test_next_date(today, month, day, expected):
    assert cal.next_date(D(today), month, day) == (D(expected) if expected else None)


@pytest.mark.parametrize(("today", "day_of_month", "expected"), [
    ("2026-11-29", 15, "2026-12-15"),
    ("2026-11-29", 29, "2026-11-29"),
    ("2026-11-29", 31, "2026-12-31"),  # November has no 31st
    ("2027-01-31", 30, "2027-03-30"),  # February has no 30th
    ("2026-11-29", 32, None),
])
def test_next_day_of_month(today, day_of_month, expected):
    assert cal.next_day_of_month(D(today), day_of_month) == (D(expected) if expected else None)


@pytest.mark.parametrize(("today", "weekday", "expected"), [
    ("2026-11-29", 4, "2026-12-04"),  # Sunday -> Friday
    ("2026-12-04", 4, "2026-12-11"),  # "by Friday" asked on a Friday: the coming one after today
    ("2026-11-29", 6, "2026-12-06"),
])
def test_next_weekday_is_strictly_after_today(today, weekday, expected):
    assert cal.next_weekday(D(today), weekday) == D(expected)


@pytest.mark.parametrize(("today", "quarter", "fiscal_start", "first"), [
    ("2026-11-29", 4, 1, "2026-10-01"),   # RUBRIC: the current Q4 when asked in November
    ("2026-11-29", 3, 1, "2027-07-01"),   # RUBRIC: Q3 asked in November is next year's
    ("2026-11-29", 1, 10, "2026-10-01"),  # fiscal Q1 (Oct-Dec) contains today
    ("2026-01-15", 1, 1, "2026-01-01"),
    ("2026-01-15", 4, 4, "2026-01-01"),
])
def test_upcoming_quarter(today, quarter, fiscal_start, first):
    assert cal.upcoming_quarter(D(today), quarter, fiscal_start)[0] == D(first)


@pytest.mark.parametrize(("first", "last", "part", "expected"), [
    ("2027-03-01", "2027-03-31", "mid", "2027-03-15"),   # mid-March
    ("2027-01-01", "2027-12-31", "mid", "2027-06-30"),   # mid-2027
    ("2027-07-01", "2027-09-30", "mid", "2027-08-15"),   # mid-Q3
    ("2027-01-01", "2027-06-30", "mid", "2027-03-31"),
    ("2027-01-01", "2027-12-31", "early", "2027-04-30"),
    ("2027-03-01", "2027-03-31", "early", "2027-03-10"),
    ("2027-07-01", "2027-09-30", "late", "2027-09-30"),
    ("2027-07-01", "2027-09-30", "start", "2027-07-01"),
    ("2026-11-30", "2026-12-06", "mid", "2026-12-03"),   # not whole months: proportional
])
def test_point_in(first, last, part, expected):
    assert cal.point_in((D(first), D(last)), part) == D(expected)


def test_shift_years_keeps_month_ends():
    assert cal.shift_years((D("2027-02-01"), D("2027-02-28")), 1) == (D("2028-02-01"),
                                                                      D("2028-02-29"))


@pytest.mark.parametrize("bad", [0, 13, -1])
def test_fiscal_start_must_be_a_month(bad):
    with pytest.raises(ValueError):
        cal.fiscal_year_bounds(2027, bad)


@pytest.mark.parametrize(("written", "year"), [(27, 2027), (0, 2000), (2031, 2031)])
def test_full_year(written, year):
    assert cal.full_year(written) == year


@pytest.mark.parametrize(("rule", "year", "expected"), [
    ("easter", 2027, date(2027, 3, 28)),
    ("easter", 2026, date(2026, 4, 5)),
    ("easter-2", 2027, date(2027, 3, 26)),  # Good Friday
    ("11-thu-4", 2026, date(2026, 11, 26)),  # Thanksgiving
    ("11-thu-4+1", 2027, date(2027, 11, 26)),  # Black Friday
    ("05-mon-last", 2027, date(2027, 5, 31)),  # Memorial Day
    ("2026-11-08, 2027-10-29", 2027, date(2027, 10, 29)),
    ("2026-11-08, 2027-10-29", 2031, None),
])
def test_holiday_rules(rule: str, year: int, expected: date | None) -> None:
    assert cal.holiday_in(rule, year) == expected


def test_next_holiday_is_on_or_after_the_day() -> None:
    assert cal.next_holiday(date(2026, 11, 29), "11-thu-4") == date(2027, 11, 25)
    assert cal.next_holiday(date(2026, 11, 26), "11-thu-4") == date(2026, 11, 26)
