"""Which lines of a planning document are goals (precision first), and their context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from goalsmith.sources.documents import document_format, find_candidates


def texts(doc: str, fmt: str = "markdown") -> list[str]:
    return [c.text for c in find_candidates(doc, fmt)]


GOAL_SECTION = "# Q1 2027 Sales Plan\n\n## Goals\n\n"

# (document, the goal texts it holds)
CASES = [
    (GOAL_SECTION + "- Increase sales\n- Grow the business\n",
     ["Increase sales", "Grow the business"]),
    (GOAL_SECTION + "- Reduce churn to 5% by Q2\n", ["Reduce churn to 5% by Q2"]),
    # questions, status updates, done items and intro lines stay quiet
    (GOAL_SECTION + "- Should we expand to APAC?\n- Pipeline grew 12% last quarter\n"
     "- [x] Hire two SDRs\n- Sales goals:\n", []),
    (GOAL_SECTION + "- [ ] Close 12 new logos by March\n", ["Close 12 new logos by March"]),
    # prefixes: goal prefixes anywhere, quiet prefixes never
    ("# Notes\n\nGoal: improve onboarding\n", []),
    ("# Team page\n\nGoal: improve onboarding\n", ["improve onboarding"]),
    ("# Plan\n\n- KR1: Increase DACH pipeline to $2M\n- KR 2.1 - Work on partners\n",
     ["Increase DACH pipeline to $2M", "Work on partners"]),
    (GOAL_SECTION + "- Note: increase sales\n- Status: on track\n", []),
    # quiet sections, including ones that mention goals
    ("# Plan\n\n## Non-goals\n\n- Increase sales in APAC\n", []),
    ("# Plan\n\n## Not doing this year\n\n- Launch phone support\n", []),
    ("# Plan\n\n## Parked\n\n- Launch a community forum\n", []),
    ("# Plan\n\n## Progress on Q1 goals\n\n- Increase sales\n", []),
    ("# Plan\n\n## Background\n\n- Increase sales\n\n## Goals\n\n- Improve NPS\n",
     ["Improve NPS"]),
    ("# Plan\n\n## Weekly sync 2027-01-12\n\n- Increase pipeline by 10%\n", []),
    # code, quotes and HTML are never goals
    (GOAL_SECTION + "```\n- Increase sales\n```\n\n    - Increase sales\n\n> - Increase sales\n"
     "\n<!-- - Increase sales -->\n", []),
    # a planning document: change verbs open goals outside a goals section
    ("# Q3 plan\n\n## Sales\n\n- Increase win rate to 25%\n- Update the CRM fields\n",
     ["Increase win rate to 25%"]),
    # not a planning document: the same line is an instruction
    ("# Troubleshooting\n\n- Increase the timeout to 30s\n", []),
    # commitments in prose
    ("# Q3 plan\n\nWe will launch the partner portal by June. We met on Monday.\n",
     ["We will launch the partner portal by June."]),
    ("# Design\n\nWe will use PostgreSQL for storage.\n", []),
    ("# About\n\nOur goal is to improve customer satisfaction.\n",
     ["Our goal is to improve customer satisfaction."]),
    # nested key results under an objective
    ("# OKRs\n\n- Objective: Delight customers\n  - Raise CSAT to 90%\n",
     ["Delight customers", "Raise CSAT to 90%"]),
    # a goal column in a table
    ("# Plan\n\n| Goal | Owner | Due |\n|---|---|---|\n| Reduce churn | Ann | Q2 2027 |\n"
     "| - | Bob | Q3 |\n", ["Reduce churn"]),
    ("# Plan\n\n| Metric | Target |\n|---|---|\n| Increase sales | 20% |\n", []),
    # tasks handed to people are not goals, in any section; a team or a verb may open one
    (GOAL_SECTION + "- [ ] Jonah to pull Q3 time-to-fill by department\n"
     "- Raj and Li to book the venue for the kickoff\n- Sales to close $2M in Q1\n"
     "- Grow to 50 customers by June\n- Move to annual billing by Q2\n",
     ["Sales to close $2M in Q1", "Grow to 50 customers by June",
      "Move to annual billing by Q2"]),
    # this week's items and non-goals are quiet, however they are worded
    (GOAL_SECTION + "## This week\n\n- Increase the sample size to 500\n", []),
    ("# Plan\n\n## Not goals this year\n\n- Launch phone support\n", []),
    # service levels are commitments
    ("# Support playbook\n\n## Service levels\n\n- First response within 1 hour for P1\n",
     ["First response within 1 hour for P1"]),
    # a qualified goal column ("Hiring goal") holds goals; "Goal owner" does not
    ("# Plan\n\n| Hiring goal | Goal owner | Due |\n|---|---|---|\n"
     "| Hire a staff SRE | Ann | ASAP |\n", ["Hire a staff SRE"]),
    # inline markup is read as text; link targets and inline code are not
    (GOAL_SECTION + "- Increase **ARR** in [EMEA](https://example.com/increase-sales)\n",
     ["Increase ARR in EMEA"]),
]


@pytest.mark.parametrize(("doc", "expected"), CASES)
def test_goal_candidates_in_markdown(doc: str, expected: list[str]) -> None:
    assert texts(doc) == expected


def test_candidate_positions_are_one_based_line_and_column() -> None:
    doc = GOAL_SECTION + "- Increase sales\n  * Grow the business\n"
    found = find_candidates(doc)
    assert [(c.line, c.col) for c in found] == [(5, 3), (6, 5)]


def test_span_offsets_map_to_columns_on_the_line() -> None:
    (cand,) = find_candidates(GOAL_SECTION + "- Increase sales in EMEA\n")
    assert cand.position(9) == (5, 12)
    assert cand.position(None) == (5, 3)


# (document, the period texts a goal inherits, nearest first)
PERIODS = [
    ("# Q1 2027 Revenue Plan\n\n## Goals\n\n- Increase sales\n", ["Q1 2027 Revenue Plan"]),
    ("---\ntitle: Plan\nperiod: FY2027\n---\n## Goals\n\n- Increase sales\n", ["FY2027"]),
    ("# Plan 2027\n\nPeriod: Q2 2027\n\n## Goals\n\n- Increase sales\n",
     ["Q2 2027", "Plan 2027"]),
    ("# My goals for 2027\n\n## H1\n\n- Increase sales\n", ["H1", "My goals for 2027"]),
    # the date of a meeting is not a period
    ("# Kickoff March 3, 2027\n\n## Goals\n\n- Increase sales\n", []),
    ("# Plan\n\n## Goals\n\n- Increase sales\n", []),
]


@pytest.mark.parametrize(("doc", "expected"), PERIODS)
def test_inherited_periods_nearest_first(doc: str, expected: list[str]) -> None:
    (cand,) = find_candidates(doc)
    assert [p.text for p in cand.periods] == expected


def test_period_sources_say_where_they_came_from() -> None:
    (cand,) = find_candidates("# Q1 2027 Revenue Plan\n\n## Goals\n\n- Increase sales\n")
    assert cand.periods[0].source == "heading 'Q1 2027 Revenue Plan' (line 1)"


def test_table_rows_give_owner_and_due_date() -> None:
    doc = "# Plan\n\n| Goal | Owner | Due |\n|---|---|---|\n| Reduce churn | Ann | Q2 2027 |\n"
    (cand,) = find_candidates(doc)
    assert (cand.owner, cand.periods[0].text, cand.line, cand.col) == ("Ann", "Q2 2027", 5, 3)
    assert cand.periods[0].source == "Due cell 'Q2 2027' (line 5)"


def test_a_due_cell_is_the_rows_own_time_even_when_vague() -> None:
    doc = "# Q1 2027 plan\n\n| Goal | Due |\n|---|---|\n| Hire a staff SRE | ASAP |\n"
    (cand,) = find_candidates(doc)
    assert [(p.text, p.own) for p in cand.periods] == [("ASAP", True),
                                                       ("Q1 2027 plan", False)]


def test_a_numbered_underlined_line_is_a_heading_in_plain_text() -> None:
    doc = ("ROADMAP 2027\n============\n\n1. BACKGROUND\n-------------\n\n"
           "- Reduce churn by 2 points\n\n2. GOALS FOR 2027\n-----------------\n\n"
           "  a) Reduce churn to 5% by Q2.\n  b) Look into a bug bounty.\n")
    # the background section stays quiet; the numbered goals section is read
    assert texts(doc, "text") == ["Reduce churn to 5% by Q2.", "Look into a bug bounty."]
    assert [c.section for c in find_candidates(doc, "text")] == ["2. GOALS FOR 2027"] * 2


RST = """Q1 2027 Sales Plan
==================

Goals
-----

- Increase sales
- Should we hire?

.. code-block:: text

   - Increase churn

Background
----------

- Increase the budget
"""

TEXT = """Q1 2027 PLAN

Goals:
- Increase sales
- Grow pipeline to $2M by March

Notes:
- Increase the font size
"""


@pytest.mark.parametrize(("doc", "fmt", "expected"), [
    (RST, "rst", ["Increase sales"]),
    (TEXT, "text", ["Increase sales", "Grow pipeline to $2M by March"]),
])
def test_rst_and_plain_text(doc: str, fmt: str, expected: list[str]) -> None:
    assert texts(doc, fmt) == expected


def test_rst_heading_is_a_period_source() -> None:
    (cand,) = find_candidates(RST, "rst")
    assert cand.periods[0].text == "Q1 2027 Sales Plan" and cand.line == 7


@pytest.mark.parametrize(("name", "fmt"), [
    ("plan.md", "markdown"), ("PLAN.MARKDOWN", "markdown"), ("a.rst", "rst"),
    ("notes.txt", "text"), ("<stdin>", "markdown"),
])
def test_document_format_by_name(name: str, fmt: str) -> None:
    assert document_format(name) == fmt


@pytest.mark.parametrize("doc", [
    "", "\0\0\0", "- " * 5000, "#" * 100_000, "> " * 10_000 + "Increase sales",
    "\n".join("  " * i + "- Increase sales" for i in range(300)),
    "| Goal |\n|---|\n" + "| x |\n" * 2000, "\ufeff# Goals\n\n- Increase sales\r\n",
])
def test_hostile_input_never_raises(doc: str) -> None:
    assert isinstance(find_candidates(doc), list)


FIXTURES = Path(__file__).parent / "fixtures" / "lint"
LABELS = json.loads((FIXTURES / "labels.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("name", "goal_lines"), sorted(LABELS.items()))
def test_labelled_dev_documents(name: str, goal_lines: list[int]) -> None:
    text = (FIXTURES / "docs" / name).read_text(encoding="utf-8")
    assert [c.line for c in find_candidates(text, document_format(name))] == goal_lines
