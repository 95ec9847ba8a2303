"""Which lines of a planning document are goals (precision first), and their context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from goalsmith.sources.documents import document_format, find_candidates, sentences


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
    # a "Period:" line under the title outlasts a second top-level heading
    ("# Plan\n\nPeriod: Q2 2027\n\n# Goals\n\n- Increase sales\n", ["Q2 2027"]),
    # a key/value table row states the period as a "Period:" line would
    ("# Charter\n\n| | |\n|---|---|\n| Lead | Lucia |\n| Charter period | December 2026 to "
     "June 2027 |\n\n## Goals\n\n- Increase sales\n", ["December 2026 to June 2027"]),
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

FOUNDER_TEXT = """GOALS FOR 2027 - me (Dev, founder)
written 28 nov 2026, on the train

THE BIG ONES

1. be a better CEO

NOT GOALS, just reminders to self

- call mum on sundays
"""

# a line over a list with no blank line between heads it too
BOOKKEEPER_TEXT = """my goals for 2027
=================

- get to 25 monthly clients by the end of june

money stuff (not goals, just notes to self)
- emergency fund is at 4 months of expenses

things i have to do before january (these are tasks not goals!!)
- back up the 2026 client folders to the external drive
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
    # a title naming a plan holds even over a note line; a set-apart line heads its list
    (FOUNDER_TEXT, "text", ["be a better CEO"]),
    (BOOKKEEPER_TEXT, "text", ["get to 25 monthly clients by the end of june"]),
])
def test_rst_and_plain_text(doc: str, fmt: str, expected: list[str]) -> None:
    assert texts(doc, fmt) == expected


def test_an_imperative_under_a_theme_heading_is_tentative() -> None:
    doc = "# Cost plan 2027\n\n## FinOps practice\n\n- Make the race greener.\n"
    (cand,) = find_candidates(doc, "markdown")
    assert cand.tentative and cand.text == "Make the race greener."
    (cand,) = find_candidates("# Cost plan 2027\n\n## Goals\n\n- Make the race greener.\n")
    assert not cand.tentative


def test_imperatives_in_a_list_of_goals_are_goals() -> None:
    # two sure goals, and imperatives that make up the rest of the list: the list holds
    # goals, so its imperatives are goals whether or not they are vague; asking is process
    doc = ("# my plan for 2027\n\n## money stuff\n\n"
           "- pay off the £2,400 on the credit card by end of april\n"
           "- build an emergency fund of £4,050 by december\n- spend less on takeaways\n"
           "- put £150 a month into the ISA\n- ask priya about the pension\n"
           "- sort out the overdraft soon\n")
    assert [(c.text, c.tentative) for c in find_candidates(doc, "markdown")] == [
        ("pay off the £2,400 on the credit card by end of april", False),
        ("build an emergency fund of £4,050 by december", False),
        ("spend less on takeaways", False), ("put £150 a month into the ISA", False),
        ("sort out the overdraft soon", False)]


def test_a_past_time_in_brackets_is_an_aside() -> None:
    doc = ("# Plan 2027\n\n## Goals\n\n1. Improve on-call availability.\n"
           "2. Recruit 40 on-call firefighters (confidence: low, 3/10 - we missed this last "
           "year).\n3. Last year we recruited 12 firefighters.\n")
    assert [c.text for c in find_candidates(doc, "markdown")] == [
        "Improve on-call availability.",
        "Recruit 40 on-call firefighters (confidence: low, 3/10 - we missed this last year)."]


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


# ----------------------------------------------------------------- generalisation (issue 5)


def lines_and_texts(doc: str, fmt: str = "markdown") -> list[tuple[int, str]]:
    return [(c.line, c.text) for c in find_candidates(doc, fmt)]


# (document, format, the (line, text) of each goal it holds)
PROSE = [
    # one sentence per line in a goals section: each on its own line; framing stays quiet
    ("# Lab plan\n\n## Aims\n\nOur main concern is the lab.\nWe will cut the queue to 3 days.\n"
     "We also need to tidy the storeroom at some point.\nThese aims follow last year's pilot.\n",
     "markdown",
     [(6, "We will cut the queue to 3 days."),
      (7, "We also need to tidy the storeroom at some point.")]),
    # several sentences on one line, and an opening time phrase with no comma
    ("# Plan\n\n## Goals\n\nOn hiring, we have one ambition. Eventually we would like every team "
     "to have a designer. Longer term I want us to be the obvious choice.\n", "markdown",
     [(5, "Eventually we would like every team to have a designer."),
      (5, "Longer term I want us to be the obvious choice.")]),
    # a subject bound by a modal is a goal; process and sentences about the goals are not
    ("# Plan\n\n## Objectives\n\nEngineers should write better tests in general.\n"
     "The steering group will review progress monthly.\n"
     "Each objective will be tracked in the wiki.\n", "markdown",
     [(5, "Engineers should write better tests in general.")]),
    # what is ruled out, process and things that stay as they are: not goals
    ("# Plan\n\n## Goals\n\nWe will not change the ledger.\nWe will review progress monthly.\n"
     "The rotation will stay the same.\nWe will cut refunds to 2%.\n", "markdown",
     [(8, "We will cut refunds to 2%.")]),
    # plain text: "Goal 1.2." does not end a sentence
    ("ANNUAL PLAN 2027\n\nGOALS\n\nGoal 1.2. The Agency will improve its service to "
     "residents.\n", "text", [(5, "The Agency will improve its service to residents.")]),
    # a forward-looking section: commitments in prose are goals, meetings and tasks are not
    ("# Weekly update\n\nWHAT'S NEXT\n\nIn Q2 we'll open a Berlin office.\nWe will meet again "
     "on Friday.\nWe still need to fix billing someday.\nWe want to revisit pricing.\n\n"
     "- Send the invoice\n", "text",
     [(5, "In Q2 we'll open a Berlin office."), (7, "We still need to fix billing someday.")]),
    ("# Weekly update\n\n## What's next\n\n- Send the invoice\n- Book the venue\n", "markdown",
     []),
    # a paragraph that ends "we will:" announces a list of goals
    ("# Giving plan 2027\n\n## Members\n\nMembership is flat. In 2027 we will:\n\n"
     "1. Focus on student members.\n2. Sign 40 new members by June.\n", "markdown",
     [(7, "Focus on student members."), (8, "Sign 40 new members by June.")]),
    # an explicit goal statement counts anywhere; one about the document does not
    ("# Team page\n\nOur main goal is to halve onboarding time.\nThe goal of this page is to "
     "explain setup.\n", "markdown", [(3, "Our main goal is to halve onboarding time.")]),
]


@pytest.mark.parametrize(("doc", "fmt", "expected"), PROSE)
def test_goals_in_prose_sentence_by_sentence(doc: str, fmt: str,
                                             expected: list[tuple[int, str]]) -> None:
    assert lines_and_texts(doc, fmt) == expected


STRUCTURE = [
    # numbered objective headings, and verb-led headings inside a goals section
    ("# OKRs\n\n## Objective 3: Win the mid-market\n\n- KR1: Sign 20 logos\n", "markdown",
     [(3, "Win the mid-market"), (5, "Sign 20 logos")]),
    ("# Plan 2027\n\n## Targets\n\n### Theme 2: Grow repeat orders\n\n### Theme 3: Delivery\n",
     "markdown", [(5, "Grow repeat orders")]),
    ("Plan 2027\n=========\n\nTargets\n-------\n\nPillar 1: Reduce waiting times\n"
     "~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n* Cut waits to 2 weeks.\n", "rst",
     [(7, "Reduce waiting times"), (10, "Cut waits to 2 weeks.")]),
    # owner-prefixed items under a growth-plan section; its owner prefix stays in the text
    ("# Team notes\n\n## Growth plan (Q1 2027)\n\n- Mia: learn more about Kafka.\n"
     "- Mia: tech lead role at some point.\n", "markdown",
     [(5, "Mia: learn more about Kafka."), (6, "Mia: tech lead role at some point.")]),
    # ... but a document titled "development plan" is not one goals section throughout
    ("# My development plan\n\n## Where I am\n\n- last review: solid, needs to grow\n",
     "markdown", []),
    # a stretch goal
    ("# Fundraising plan\n\n## Donors\n\n- Stretch: a $1M endowment, timing open.\n",
     "markdown", [(5, "a $1M endowment, timing open.")]),
    # a quiet word in brackets does not silence a goals heading
    ("# Plan\n\n## Targets for Q1 (board summary)\n\n1. Recruit more mentors.\n", "markdown",
     [(5, "Recruit more mentors.")]),
    ("# Offsite notes\n\n## APAC breakout (Q2 focus)\n\n- Open a Tokyo office\n", "markdown",
     [(5, "Open a Tokyo office")]),
    # items under a period heading of a plan, when they open with a verb of action
    ("# Platform roadmap\n\n## Themes\n\n### H2 2027: cost\n\n- Retire the old cluster by Q3.\n"
     "- Make cost a first-class concern.\n- Review the bill with Finance.\n- Cluster notes\n",
     "markdown",
     [(7, "Retire the old cluster by Q3."), (8, "Make cost a first-class concern.")]),
]


@pytest.mark.parametrize(("doc", "fmt", "expected"), STRUCTURE)
def test_goal_headings_prefixes_and_sections(doc: str, fmt: str,
                                              expected: list[tuple[int, str]]) -> None:
    assert lines_and_texts(doc, fmt) == expected


SIMPLE_TABLE = """Support plan
============

Goals
-----

=====================  =======  ==========
Goal                   Owner    Due
=====================  =======  ==========
Cut the backlog        Team     ASAP
Publish 30 articles    Mei      2027-09-30
                       and Li
=====================  =======  ==========

Actions
-------

=====================  =======
Action                 Due
=====================  =======
Buy new headsets       March
=====================  =======
"""

GRID_TABLE = """Plan 2027
=========

+----------------------+--------+------------+
| Goal                 | Owner  | Due        |
+======================+========+============+
| Raise CSAT to 92%    | Rosa   | 2027-12-31 |
+----------------------+--------+------------+
| Launch the help      | Kwame  | Q2         |
| centre chatbot       |        |            |
+----------------------+--------+------------+
"""


LIST_TABLE = """Plan 2027
=========

.. list-table::
   :header-rows: 1
   :widths: 60 20 20

   * - Aim
     - Lead
     - Due
   * - Recruit to the three
       frozen posts
     - Head of School
     - Dec 2027
   * - Better workload balance
     - Deputy Head
     -

Next section
------------
"""


@pytest.mark.parametrize(("doc", "expected"), [
    (LIST_TABLE, [(11, "Recruit to the three frozen posts", "Head of School", "Dec 2027"),
                  (15, "Better workload balance", "Deputy Head", "Plan 2027")]),
    (SIMPLE_TABLE, [(10, "Cut the backlog", "Team", "ASAP"),
                    (11, "Publish 30 articles", "Mei and Li", "2027-09-30")]),
    (GRID_TABLE, [(7, "Raise CSAT to 92%", "Rosa", "2027-12-31"),
                  (9, "Launch the help centre chatbot", "Kwame", "Q2")]),
])
def test_rst_simple_and_grid_tables(doc: str, expected: list[tuple[int, str, str, str]]) -> None:
    found = find_candidates(doc, "rst")
    assert [(c.line, c.text, c.owner, c.periods[0].text) for c in found] == expected


TABLES = [
    # a table of a past cycle's results holds no goals
    ("# OKRs H1 2027\n\n## Results\n\n| KR | Target | Actual | Score |\n|---|---|---|---|\n"
     "| Reach $1M ARR | $1M | $0.9M | 0.9 |\n", []),
    ("# OKRs H1 2027\n\n## Scores\n\n| Key result | Result |\n|---|---|\n| Grow ARR | 80% |\n",
     []),
    ("# OKRs H1 2027\n\n## Last cycle (H2 2026)\n\n| KR | Target |\n|---|---|\n"
     "| Grow ARR | $1M |\n", []),
    # a Target cell completes its row's goal
    ("# Plan\n\n| Key result | Target | Due |\n|---|---|---|\n| Close time in days | 5 or fewer "
     "| 2027-06-30 |\n| Reach 50 NPS | 50 | 2027-06-30 |\n",
     ["Close time in days: 5 or fewer", "Reach 50 NPS"]),
    # with no Goal column, a Target column beside Owner or Due holds the goals
    ("# Plant plan 2027\n\n## Safety\n\n| # | Target | Owner | Due |\n|---|---|---|---|\n"
     "| S1 | Cut lost-time injuries to zero | Ana | 2027-12-31 |\n",
     ["Cut lost-time injuries to zero"]),
    # ... but not in a table of figures with a target column
    ("# Plant plan 2027\n\n## Figures\n\n| Metric | 2026 | Target |\n|---|---|---|\n"
     "| Scrap rate | 2.1% | 1.8% |\n", []),
]


@pytest.mark.parametrize(("doc", "expected"), TABLES)
def test_results_tables_and_target_cells(doc: str, expected: list[str]) -> None:
    assert texts(doc) == expected


# (document, format, the period texts a goal inherits, nearest first)
RST_PERIODS = [
    # an overlined title ranks above the sections and states the period
    ("=============\nPlan for 2028\n=============\n\nGoals\n=====\n\n* Improve phonics.\n",
     "rst", ["Plan for 2028"]),
    # field lists at the top: "Year" and "Period" state the period
    ("=====\nPlan\n=====\n\n:Year: 2028\n:Owner: Ann\n\nGoals\n=====\n\n* Improve phonics.\n",
     "rst", ["2028"]),
    ("Plan\n====\n\n:Period: H1 2028\n\nGoals\n-----\n\n* Improve phonics.\n", "rst",
     ["H1 2028"]),
    # a sprint's span of days is its period, unlike a meeting's date
    ("# Sprint goal log\n\n## Sprint 47 (Nov 9 – Nov 20, 2026)\n\n**Goal:** Improve phonics.\n",
     "markdown", ["Sprint 47 (Nov 9 – Nov 20, 2026)"]),
    # a plain-text title holds for every section, however the sections are underlined
    ("MY GOALS FOR 2028 -- money + work\n(written on the train)\n\nWhere I am now\n"
     "--------------\n- Savings: 3 months\n\nMoney\n-----\n1. Improve phonics.\n", "text",
     ["MY GOALS FOR 2028 -- money + work"]),
    ("RUNNING PLAN\nFOR 2028\n\nPeriod: H1 2028\n\nGoals\n=====\n\n- Improve phonics.\n",
     "text", ["H1 2028", "RUNNING PLAN FOR 2028"]),
    # a period line that states its end: the end is the period
    ("# Plan\n\nPeriod: school year 2027-28 (ends 31 July 2028)\n\n## Goals\n\n- Improve "
     "phonics.\n", "markdown", ["31 July 2028"]),
]


@pytest.mark.parametrize(("doc", "fmt", "expected"), RST_PERIODS)
def test_rst_titles_fields_and_stated_ends(doc: str, fmt: str, expected: list[str]) -> None:
    (cand,) = find_candidates(doc, fmt)
    assert [p.text for p in cand.periods] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Goal 1.2. The Office will act. Then we rest.", ["Goal 1.2. The Office will act.",
                                                      "Then we rest."]),
    ("Ask Dr. Lee. We hired 4. We grow.", ["Ask Dr. Lee.", "We hired 4.", "We grow."]),
    ("One.\nTwo.", ["One.", "Two."]),
])
def test_sentences(text: str, expected: list[str]) -> None:
    assert [s for _, s in sentences(text)] == expected


@pytest.mark.parametrize(("doc", "expected"), [
    ("# Plan\n\n## Goals\n\n### Grow enterprise pipeline in DACH\n",
     ["Grow enterprise pipeline in DACH"]),
    ("# Plan\n\n## Goals\n\n### Launch timeline\n", []),
    ("# Plan\n\n## Background\n\n### Grow enterprise pipeline in DACH\n", []),
])
def test_verb_led_headings_in_a_goals_section(doc: str, expected: list[str]) -> None:
    assert texts(doc) == expected


@pytest.mark.parametrize(("doc", "expected"), [
    ("# Plan\n\nYear: 2028\n\n## Goals\n\n- Improve phonics\n", ["2028"]),
    ("# Plan\n\nYear: FY28\n\n## Goals\n\n- Improve phonics\n", ["FY28"]),
    ("# Plan\n\nYear: 4\n\n## Goals\n\n- Improve phonics\n", []),
    ("---\ntitle: Plan\nyear: 2028\n---\n## Goals\n\n- Improve phonics\n", ["2028"]),
])
def test_a_year_key_states_a_period_only_with_a_year(doc: str, expected: list[str]) -> None:
    (cand,) = find_candidates(doc)
    assert [p.text for p in cand.periods] == expected


GROUP_LABELS = [
    # a short item without a verb over nested goals names the group
    ("# Plan 2027\n\n## Goals\n\n- Software and data\n  - Release v1.0 of the app by Q3.\n",
     "md", ["Release v1.0 of the app by Q3."]),
    ("Plan 2027\n=========\n\nGoals\n-----\n\n- Field work\n\n  - Deploy 24 recorders by May 15.\n",
     "rst", ["Deploy 24 recorders by May 15."]),
    # a verb's form joined to a noun names two topics: "Reach and impact"
    ("# Plan 2027\n\n## Goals\n\n2. Reach and impact\n   - Launch the pilot in two schools by "
     "Q1.\n", "md", ["Launch the pilot in two schools by Q1."]),
    # an item with a verb stays a goal, nested items or not
    ("# Plan 2027\n\n## Goals\n\n- Grow ARR to $5M\n  - Sign 20 new logos by Q2.\n",
     "md", ["Grow ARR to $5M", "Sign 20 new logos by Q2."]),
]


@pytest.mark.parametrize(("doc", "fmt", "expected"), GROUP_LABELS)
def test_group_labels_over_nested_goals(doc: str, fmt: str, expected: list[str]) -> None:
    assert [c.text for c in find_candidates(doc, fmt)] == expected


def test_a_long_rst_table_is_read_to_its_end() -> None:
    rows = "\n".join(f"Grow ARR {i % 90:>2}%      Ana    2027-06-30" for i in range(2500))
    rule = "================  =====  =========="
    doc = (f"Plan 2027\n=========\n\nGoals\n-----\n\n{rule}\nGoal              Owner  Due\n"
           f"{rule}\n{rows}\n{rule}\n")
    found = find_candidates(doc, "rst")
    assert len(found) == 2500 and found[-1].line == 2500 + 9


# (document, the goal texts it holds): outline labels, measured tables, lessons and memos
FINDING = [
    # an outline label with no colon is stripped; the rest is a prefixed goal
    ("# Ops OKRs 2027\n\n## O1. Make deliveries dependable\n\n- KR1.1 Cut late deliveries "
     "to 2% by June 30.\n- KR1.2 Pilot route planning in two depots.\n",
     ["Make deliveries dependable", "Cut late deliveries to 2% by June 30.",
      "Pilot route planning in two depots."]),
    ("# Ops plan 2027\n\n## Objective 2 A single view of stock\n\n- Goal 1.2 Raise shelf "
     "accuracy to 98%.\n", ["A single view of stock", "Raise shelf accuracy to 98%."]),
    # a label followed by lower-case words keeps them: "Goal 2 is to ..." is a sentence
    ("# Ops plan 2027\n\n## Goals\n\n- Goal 2 is to open a depot in Leeds.\n",
     ["Goal 2 is to open a depot in Leeds."]),
    # Initiative cells are goals beside Metric and Target cells, read with them
    ("# Ops plan 2027\n\n| Initiative | Metric | Target | Owner | Due |\n|---|---|---|---|---|\n"
     "| Depot refit | Loading bays in use | 6 | Ana | 2027-05-31 |\n"
     "| Recycling | Waste recycled | 70% | Raj | Q3 |\n| Yard safety | Near misses | - | Li "
     "| Q4 |\n", ["Depot refit: Loading bays in use: 6", "Recycling: Waste recycled: 70%",
                 "Yard safety: Near misses"]),
    # ... but a list of initiatives with only an owner and a date is work, not goals
    ("# Ops plan 2027\n\n## Work\n\n| Initiative | Owner | Due |\n|---|---|---|\n"
     "| Depot refit | Ana | 2027-05-31 |\n", []),
    # the existing rule stands: a Target column beside Owner holds the goals
    ("# Ops plan 2027\n\n## Stock\n\n| Target | Owner |\n|---|---|\n"
     "| Raise shelf accuracy to 98% | Ana |\n", ["Raise shelf accuracy to 98%"]),
    # what was learned last year is quiet, in a plan titled with goals
    ("# My goals for 2027\n\n## What I learned in 2026\n\n- Cut meetings to two a day, it "
     "helped\n- Grow slowly, it worked\n", []),
    ("# My goals for 2027\n\n## Takeaways from last spring\n\n- Reduce travel, it paid off\n",
     []),
    # a process arrangement under a topic label is not a goal
    ("# Memo: 2027 spending targets\n\nOn accountability: every manager will get a budget "
     "letter by January 9.\n", []),
    # aspirations in a goals memo are goals, however vague
    ("# Memo: 2027 spending targets\n\nI would also like us to become a thriftier firm. "
     "Logistics should find savings as well. The auditors will find out why costs rose.\n",
     ["I would also like us to become a thriftier firm.",
      "Logistics should find savings as well."]),
]


@pytest.mark.parametrize(("doc", "expected"), FINDING)
def test_outline_labels_measured_tables_lessons_and_memos(doc: str,
                                                          expected: list[str]) -> None:
    assert texts(doc) == expected


# (document, format, the goal texts it holds): outline numbers, negated headings and wishes
OUTLINES_AND_WISHES = [
    # "3.1  Open ..." and "3.10 Train ..." are list items in plain text
    ("HARBOUR CLINIC PLAN 2027\n\n3. TARGETS\n\n3.1  Cut the waiting list to 200 by June.\n"
     "3.10 Train all nurses in triage by May.\n", "text",
     ["Cut the waiting list to 200 by June.", "Train all nurses in triage by May."]),
    # a wrapped line opening with a decimal stays in its paragraph
    ("CLINIC PLAN 2027\n\n3. TARGETS\n\nWe will reduce no-shows from\n2.5 per day to 1 by "
     "March.\n", "text", ["We will reduce no-shows from 2.5 per day to 1 by March."]),
    # a heading that negates the goal word, or names activities, is quiet
    ("CLINIC PLAN 2027\n\n4. ACTIVITIES (NOT TARGETS)\n\n- Print new leaflets by May.\n",
     "text", []),
    ("# Clinic plan 2027\n\n## Activities\n\n- Run two open days in spring\n", "markdown", []),
    ("# Clinic plan 2027\n\n## Ideas (not objectives)\n\n- Grow the volunteer pool\n",
     "markdown", []),
    # "What I want ..." sections of a plan hold goals, in prose and in lists
    ("# My plan for 2027\n\n## What I want for the studio\n\nI want to be less busy.\n"
     "Bookings should grow.\n\n## What we want for the team\n\n- learn a new trade\n",
     "markdown", ["I want to be less busy.", "Bookings should grow.", "learn a new trade"]),
    # ... but not outside a plan, nor as the document's title
    ("# Studio notes\n\n## What I want for the studio\n\nI want to be less busy.\n",
     "markdown", []),
    ("# What I want in 2027\n\nI want to be less busy.\n", "markdown", []),
    # a letter numbers a label as a digit does ("Objective A:", "KR B2:")
    ("# Support OKRs 2027\n\n## Objective A: Customers get help fast\n\n"
     "- KR A1: Cut median first response to 1 hour by June 30.\n", "markdown",
     ["Customers get help fast", "Cut median first response to 1 hour by June 30."]),
    # a participle before a noun ("signed contracts", "closed ARR") is no report
    ("# Sales plan 2027\n\n- Increase signed contracts to 40 by June.\n"
     "- Sam: triple partner-sourced closed ARR in Q1.\n- Pipeline grew 12% last quarter.\n"
     "- Status: deals closed early\n",
     "markdown", ["Increase signed contracts to 40 by June.",
                  "Sam: triple partner-sourced closed ARR in Q1."]),
    # a wish for what someone or something becomes ("we want X to be ..."), and a sentence
    # that goes on with "And we would like ...": aims in a plan's prose ...
    ("# Studio plan 2027\n\n## Outlook\n\nWe want Northside to be the studio agencies "
     "call first.\nAnd we would like to do more with schools at some point.\n"
     "I'd love this to be the team people ask to join.\n", "markdown",
     ["We want Northside to be the studio agencies call first.",
      "And we would like to do more with schools at some point.",
      "I'd love this to be the team people ask to join."]),
    # ... but a task handed to someone is process, and a wish outside a plan is no goal
    ("# Studio plan 2027\n\n## Outlook\n\nWe want Ana to review the deck.\n", "markdown",
     []),
    ("# Studio notes\n\n## Chat\n\nWe want Northside to be the studio agencies call "
     "first.\n", "markdown", []),
    # "What I'm aiming for" heads a plan's goals, like "What I want"
    ("# Career plan 2027\n\n## What I'm aiming for\n\n- Learn Portuguese.\n"
     "- Give a talk at a meetup.\n", "markdown",
     ["Learn Portuguese.", "Give a talk at a meetup."]),
    # a subtitle that names the plan belongs to a plain-text title in capitals
    ("HILLTOP ROWING CLUB\nCommittee goals for the 2027 season\n\n1. ON THE WATER\n\n"
     "  * win more races\n  * Look into a second boat shed.\n", "text",
     ["win more races", "Look into a second boat shed."]),
    ("HILLTOP ROWING CLUB\nNotes from the November social\n\n1. ON THE WATER\n\n"
     "  * win more races\n", "text", []),
]


@pytest.mark.parametrize(("doc", "fmt", "expected"), OUTLINES_AND_WISHES)
def test_outline_numbers_negated_headings_and_wishes(doc: str, fmt: str,
                                                     expected: list[str]) -> None:
    assert texts(doc, fmt) == expected


# (document, the goal texts it holds): objective statements, plans for events, where a
# heading's goals came from, schedules and owners tables
SECTIONS = [
    # the statement of an objective heading does not silence its key results
    ("# Data OKRs\n\n## Objective 1: Make data the default for product decisions\n\n"
     "- KR1: Cut open incidents from 23 to 8.\n", ["Make data the default for product "
                                                   "decisions", "Cut open incidents from "
                                                   "23 to 8."]),
    # reminders and errands are things to do, not goals
    ("# My 2027\n\n## Goals\n\n- Run a 10k by June.\n\n## Reminders\n\n"
     "- book the boiler service for the flat by next weekend\n", ["Run a 10k by June."]),
    # a plan for an event is a plan, not the event's notes
    ("---\ntitle: Sales Kickoff 2027 - planning doc\n---\n\n# SKO 2027\n\n"
     "## What the event has to deliver\n\n1. Make SKO more engaging this year.\n",
     ["Make SKO more engaging this year."]),
    ("---\ntitle: Sales Kickoff 2027 notes\n---\n\n## Day 1\n\n"
     "1. Increase SKO attendance.\n", []),
    ("---\ntitle: Sales Kickoff 2027 plan\n---\n\n## Day 1\n\n"
     "1. Increase SKO attendance.\n", ["Increase SKO attendance."]),
    # "... goals from this review": where they came from, not a review of them
    ("# Retro\n\n## Reliability goals from this review\n\n- Improve our alerting.\n",
     ["Improve our alerting."]),
    ("# Plan 2027\n\n## Goals from last year\n\n- Improve our alerting.\n", []),
    ("# Plan 2027\n\n## Stretch\n\n- Be best in class for reliability.\n",
     ["Be best in class for reliability."]),
    # a schedule's days and weeks, and a table that only names goals, are not goals
    ("# Data OKRs\n\n## How we run the quarter\n\n- Monday: 20-minute OKR check-in.\n", []),
    ("# Data OKRs\n\n- Week 6: mid-quarter review with the VP.\n", []),
    ("# Data OKRs\n\n## Owners\n\n| KR | Owner |\n|---|---|\n| O1 KR1, KR2 | Tomasz |\n"
     "| O2 KR1 to KR4 | Noor |\n", []),
    # a goal phrase keeps its own words: "Key results" is no "results" section, but
    # "Not OKRs" is quiet; "What we will deliver" and an "early look" ahead hold goals
    ("# Plan\n\n## Key results\n\n| # | Key result | Target | Deadline |\n|---|---|---|---|\n"
     "| KR1 | Network OTD | 95% | 2027-06-30 |\n", ["Network OTD: 95%"]),
    ("# Plan\n\n## Not OKRs (tracked elsewhere)\n\n- Office move, planned for February.\n", []),
    ("# Plan\n\n## What we will deliver\n\n- Improve communication with customers.\n",
     ["Improve communication with customers."]),
    ("# Q3 Business Review\n\n## Slide 7: Early look at Q1 2027\n\n- Grow partner-sourced ARR.\n",
     ["Grow partner-sourced ARR."]),
    # a heading that commits in words, or planning jargon, heads goals; process does not
    ("# Plan 2027\n\n## Numbers we will hit\n\n- Improve gross margin.\n",
     ["Improve gross margin."]),
    ("# Plan 2027\n\n## Big rocks\n\n- Get the product org unstuck.\n",
     ["Get the product org unstuck."]),
    ("# Plan 2027\n\n## Things we will discuss\n\n- Get the product org unstuck.\n", []),
    # in a plan, a list that is mostly measured commitments holds goals: its other items
    # that could be one are read too (not its process or its labels)
    ("# Running plan\n\n## the big ones\n\n* get down to 85 kg by june 30\n"
     "* run a sub-28 5k before the end of march\n* be an actual runner\n* review my shoes\n",
     ["get down to 85 kg by june 30", "run a sub-28 5k before the end of march",
      "be an actual runner"]),
    # a forecast or a status as of a date is no goal, even in a goals section
    ("# FY2027 OKRs\n\n## Objective 1: Grow revenue\n\n- ARR is forecast to close the year "
     "at $31.4M (as of Nov 27).\n- KR1: Reach $40M ARR.\n",
     ["Grow revenue", "Reach $40M ARR."]),
]


SECTIONS += [
    # a framing word with its comma before a committed sentence
    ("# Strategy 2027\n\n## Our aims\n\nFinally, we will finish rolling out the costing "
     "tool to all five faculties by September 2026.\n", ["Finally, we will finish rolling out "
                                                          "the costing tool to all five "
                                                          "faculties by September 2026."]),
    # ... and before a subject no pronoun list knows
    ("# Grants strategy\n\n## What we want to achieve\n\nFifth, the office will strive for "
     "excellence in pre-award service.\nFifth, the sky was blue.\n",
     ["Fifth, the office will strive for excellence in pre-award service."]),
    # a quarter before the colon is the goal's own time, not a "Q:" question label
    ("# Plan 2027\n\n## Quarterly targets\n\n- Q1: 8 new logos and the connector launched\n"
     "\n## FAQ\n\n- Q: what counts as a logo?\n", ["Q1: 8 new logos and the connector launched"]),
    # a quiet title lets the lines its writer labelled "Goal:" through, not a quiet section
    ("# Checkout squad: sprint goal log\n\n## Sprint 47 (Nov 9 - Nov 20, 2026)\n\n"
     "**Goal:** Apple Pay behind a flag for 10% of iOS users.\nResult: met on day 8.\n\n"
     "## Results\n\n**Goal:** Cut p95 to 2 s.\n",
     ["Apple Pay behind a flag for 10% of iOS users."]),
    # a plan's prose sentence with an amount and a dated "by" commits; a design note does not
    ("# Research strategy 2027\n\n## Technology transfer\n\nClose a £10M seed round for the "
     "venture fund by June 2027.\nWrite tier-1 tables as Iceberg tables, query them through "
     "Trino for ad-hoc work.\n", ["Close a £10M seed round for the venture fund by June 2027."]),
    # an Outcome column beside Target is what to reach; "where I want" heads goals
    ("# Grant plan 2027\n\n## Outcomes framework\n\n| Outcome | Indicator | Target | When |\n"
     "|---|---|---|---|\n| Course running in all six hubs | hubs | 6 | by September 2027 |\n",
     ["Course running in all six hubs: hubs: 6"]),
    ("# Business plan 2027\n\n## Where I want the practice to be\n\n"
     "I want us to be the firm manufacturers call first.\n",
     ["I want us to be the firm manufacturers call first."]),
    # a wish heading in a plan, and a goals label with an aside in meeting notes
    ("# Business goals 2027\n\n## Things I want but can't put a number on yet\n\n"
     "- get better at saying no to scope creep\n", ["get better at saying no to scope creep"]),
    ("# Leadership sync 2026-11-23\n\nCompany goals agreed for Q1 (Lena to write them up in "
     "the OKR doc):\n\n- Improve gross margin.\n", ["Improve gross margin."]),
    # an archived plan's goals stay goals (past, they fail T), results columns and all
    ("# Team README\n\n## Last quarter (Q3 2026), archived\n\n| Goal | Result |\n|---|---|\n"
     "| Launch the referral program by August 31, 2026 | Shipped |\n",
     ["Launch the referral program by August 31, 2026"]),
    ("# Branch plan 2027\n\n## Last year's plan (2026, archived)\n\n- Increase e-loans.\n",
     ["Increase e-loans."]),
    # a README's period section lists what is to be changed or delivered by then
    ("# Growth engineering\n\n## This quarter\n\n1. Ship the onboarding checklist to all "
     "workspaces.\n2. Pair with design on Fridays.\n",
     ["Ship the onboarding checklist to all workspaces."]),
    # standing service standards are goals
    ("# Support plan 2027\n\n## Ongoing service standards\n\n- Answer 90% of calls within "
     "60 seconds.\n", ["Answer 90% of calls within 60 seconds."]),
    # a goals section's table names its goals in its first column
    ("# Mobile Q1 2027\n\n## Goals\n\n| Name | Status | Owner | Target date |\n"
     "|---|---|---|---|\n| Improve accessibility | Not started | Lucy | Q1 2027 |\n",
     ["Improve accessibility"]),
    # a document that states its period is a plan, whose prose commitments are goals even
    # when soft ("get to know"); its means and decisions stay quiet
    ("# My first 90 days\n\nPeriod: 2026-12-07 to 2027-03-07\n\n## Days 31-60\n\n"
     "My main aim for this stretch is to cut the on-call load.\n"
     "I would like to get to know our partners in Finance.\n\n## How we will get there\n\n"
     "- Weekly board round with the physios.\n\n## Things we decided\n\n"
     "- We will not open on Sundays.\n",
     ["My main aim for this stretch is to cut the on-call load.",
      "I would like to get to know our partners in Finance."]),
    ("# Licensing plan\n\nThe goals in Section 3 are organised under three themes.\n", []),
    # goals carried over from an earlier list are goals; where things stand is not
    ("# My goals for 2027\n\n## Where I am now\n\n- Savings: 3 months of spending\n\n"
     "## Carried over from last year's list\n\n1. Finish the Python course by October "
     "2026.\n", ["Finish the Python course by October 2026."]),
    # a goals section's prose: an imperative with an amount and a time is a goal, whatever
    # its verb; the same verb with neither stays quiet
    # a handle that names the owner stays part of the goal
    ("# Roadmap\n\n## Maintainers' goals for 2027\n\n- @mira-k: Release tidepool 1.0 by "
     "September 30, 2027.\n", ["@mira-k: Release tidepool 1.0 by September 30, 2027."]),
    # Markdown does not read "2.1 ..." lines as a list; an outline of them is one all
    # the same, item by item
    ("# Volunteer plan 2027\n\n## Aims\n\n2.1 Recruit 60 new drivers by June 2027.\n"
     "2.2 Make volunteering more inclusive.\n\n## Background\n\n2.5 million meals were "
     "served in 2026.\n",
     ["Recruit 60 new drivers by June 2027.", "Make volunteering more inclusive."]),
    # ... nor lettered lines
    ("# Pilot charter 2027\n\n## Success criteria\n\na. Mis-picks fall below 0.2% of "
     "lines.\nb. Safety improves.\n\n## Notes\n\na. Safety improved.\nb. We met twice.\n",
     ["Mis-picks fall below 0.2% of lines.", "Safety improves."]),
    ("# BD plan 2027\n\n## Priorities\n\nMove 25% of new matters onto fixed fees by Q4 "
     "2027.\nMove the team offsite.\n",
     ["Move 25% of new matters onto fixed fees by Q4 2027."]),
    # a process verb before "to" opens a goal, not a task handed to someone ("Ana to ...")
    ("# Research plan 2027\n\n## Goals\n\n- Talk to customers more.\n- Ana to send the "
     "deck.\n", ["Talk to customers more."]),
    # "re-" in front of a verb is still that verb
    ("# Procurement plan 2027\n\n## Category plans\n\n- Re-tender the cleaning contract "
     "for 10% less by June 30.\n", ["Re-tender the cleaning contract for 10% less by June 30."]),
    # in a plan, an item that acts with a dated "by" is a commitment, and so are its
    # siblings that could be one; an undated task is not
    ("# Procurement plan 2027\n\n## Category plans\n\n- Consolidate the project tools onto "
     "one by June 30.\n- Renegotiate the CRM renewal by August 31.\n- Look at SaaS sprawl.\n"
     "\n## Notes\n\n- Send the deck to finance.\n",
     ["Consolidate the project tools onto one by June 30.",
      "Renegotiate the CRM renewal by August 31.", "Look at SaaS sprawl."]),
    # a theme holding a quiet word ("design") under a goals heading is no design write-up
    ("# Design team 2027\n\n## Aims for 2027\n\n### Design system\n\n- Make the design "
     "system better.\n\n## Design\n\n- Use an 8px grid.\n", ["Make the design system better."]),
]


@pytest.mark.parametrize(("doc", "expected"), SECTIONS)
def test_objective_statements_event_plans_and_schedules(doc: str, expected: list[str]) -> None:
    assert texts(doc) == expected
