"""General readings behind the verdicts, one table per cause (RUBRIC.md).

Each table pins one cause of a wrong verdict in the way a reader would state it:
time tied to a condition, a duration target next to a real deadline, a count with an
ordinal, "down from A to B", outline labels, named levels, closed-set subjects, and
objects that are feelings, claims or hyphenated sources. Today is 2026-11-29 and no
objectives are configured, so R is "?" unless the goal states why.
"""

from __future__ import annotations

from datetime import date

import pytest
from tests.test_verdicts import TODAY, run, verdicts

from goalsmith.pipeline.quantities import find_targets
from goalsmith.pipeline.timex import find_timeframes

# A time tied to a condition or an undated event fails T; a lead time before an event is
# a duration of the target, not a deadline.
TIME_CLAUSES = [
    ("Hire two support engineers when headcount allows", "vague"),
    ("Retire the old ticketing tool once the new desk is live", "vague"),
    ("Move the archive to cold storage before the old bucket is deleted", "vague"),
    ("Run the pricing survey after the redesign has been approved", "vague"),
    ("Publish the agenda 3 days before the board meeting", "duration"),
    ("Ship the brief two weeks before the old site is retired", "duration"),
    ("plan the trip eventualy", "vague"),
    ("Refresh 14 of the 22 gallery interactives before the school holidays", "vague"),
    ("Cut the marking backlog to 50 scripts by the end of term", "vague"),
]


@pytest.mark.parametrize(("text", "kind"), TIME_CLAUSES, ids=[c[0][:50] for c in TIME_CLAUSES])
def test_time_tied_to_a_condition(text: str, kind: str) -> None:
    frames = find_timeframes(text, date.fromisoformat(TODAY))
    assert [f.kind for f in frames] == [kind]
    assert frames[0].end is None


# A pronoun subject is no undated event: "when it is assigned" is how, not when.
NOT_EVENTS = [
    "Answer each chat when it is assigned",
    "Make sure the team is trained on the new tool",
    "as the team grows, hire 3 SDRs",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_clauses_that_name_no_event(text: str) -> None:
    assert not [f for f in find_timeframes(text, date.fromisoformat(TODAY))
                if f.granularity == "event"]


# A short "within N units" next to a later deadline is how fast, not by when; long
# windows stay deadlines, and so does a lone window.
WINDOWS = [
    ("Reconcile the payroll within 3 business days by June", "within 3 business days",
     "duration"),
    ("Answer supplier queries within 48 hours by the end of Q1", "within 48 hours", "duration"),
    ("Launch the store within 3 months by Q3", "within 3 months", "deadline"),
    ("Launch the store within 30 days", "within 30 days", "deadline"),
    ("Audit the accounts renewing in Q2 within 6 weeks", "within 6 weeks", "deadline"),
    # right before a cadence the window repeats with it: how fast, with no single end
    ("Reconcile the bank accounts within 3 business days each month",
     "within 3 business days", "duration"),
    ("Answer vendor emails within 2 days every week", "within 2 days", "duration"),
    ("Ship the app within 30 days, then every month", "within 30 days", "deadline"),
]


@pytest.mark.parametrize(("text", "window", "kind"), WINDOWS, ids=[c[0][:50] for c in WINDOWS])
def test_a_window_before_a_deadline(text: str, window: str, kind: str) -> None:
    frames = find_timeframes(text, date.fromisoformat(TODAY))
    assert [f.kind for f in frames if f.text == window] == [kind]


# Targets: ordinals after a count, "down from A to B", a "9 to 5" range of days,
# an amount the plan names, and an outline label that is no count.
TARGETS = [
    ("Hold 30 first calls with hospital buyers", [("30 first calls", "count", 30.0, None)]),
    ("Book 12 third-round interviews", [("12 third-round interviews", "count", 12.0, None)]),
    ("Lead time down from 40 days to 28 days", [("from 40 days to 28 days", "duration", 28.0,
                                                  40.0)]),
    ("Win rate up from 18% to 24%", [("from 18% to 24%", "percent", 24.0, 18.0)]),
    ("Cut approval time from 9 to 5 days", [("from 9 to 5 days", "duration", 5.0, 9.0)]),
    ("Work 9 to 5 on weekdays", []),
    ("Make the $2.5M Q1 plan", [("$2.5M", "currency", 2500000.0, None)]),
    ("Stay within our $60k travel budget", [("$60k", "currency", 60000.0, None)]),
    ("Pay off my $3,200 card balance", []),
    ("Goal 4.1. The desk will answer [N] percent of calls", [("[N] percent", "placeholder",
                                                              None, None)]),
    ("Objective 2: hire 6 nurses", [("6 nurses", "count", 6.0, None)]),
    # the number of a company list or index names the list, not a count
    ("Win Fortune 500 logos this year", []),
    ("Land S&P 500 customers in the US", []),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS, ids=[c[0][:50] for c in TARGETS])
def test_targets(text: str, expected: list[tuple[str, str, float | None, float | None]]) -> None:
    targets, _ = find_targets(text)
    assert [(t.text, t.kind, t.value, t.baseline) for t in targets] == expected


VERDICTS = [
    # a comparative after the object makes it an open-ended "more", not a deliverable
    ("Agents will respond to refund requests faster.", "S- M- A? R? T-"),
    # one new thing of a kind names nothing; an acronym or a scope says which
    ("Launch a new campaign soon", "S- M- A? R? T-"),
    ("Implement a new WMS by March", "S+ M+ A+ R? T+"),
    ("Launch a new campaign in Germany by Q2", "S+ M+ A+ R? T+"),
    # a frame that names the goal before stating it
    ("My goal is to run a marathon by October 2027", "S+ M+ A+ R? T+"),
    ("The goal is to increase ARR by 20% by Q4", "S+ M+ A+ R? T+"),
    ("The other goal for December is to sign 2 more design partners.", "S+ M+ A+ R? T+"),
    ("Our goal is to grow revenue", "S- M- A? R? T-"),
    # scores out of 10 are no dates; a group word glued to a noun only modifies it
    ("Raise the arrival survey score to at least 8.8/10 by the end of 2027.", "S+ M+ A+ R? T+"),
    ("Publish a people-data dictionary by the end of H1.", "S+ M+ A+ R? T+"),
    # a level to move up, a vague end state, and a share of a population in a state
    ("Get the ward's cleaning score up.", "S- M- A? R? T-"),
    ("Get the product org unstuck.", "S- M- A? R? T-"),
    ("Get 90% of target accounts engaged by Q2.", "S+ M+ A+ R? T+"),
    ("Raise digital FNOL share: 140% of claims by Q3 2027", "S+ M+ A- R? T+"),
    # the future perfect's own verb
    ("By 2030 we will have hired 40 nurses.", "S+ M+ A+ R? T+"),
    # Markdown and chat markup around the words reads as the words
    ("Increase **webinar attendance** by 30% by June", "S+ M+ A+ R? T+"),
    ("`MTTR` under 30 min by EOQ", "S+ M+ A+ R? T+"),
    ("**Owner: People Ops** — launch the new review process by Jan 31", "S+ M+ A+ R? T+"),
    ("Book ~~30~~ 40 demos by June", "S+ M+ A+ R? T+"),
    ("Grow GWP 12%* by Q4 *excl. reinsurance", "S+ M+ A+ R? T+"),
    # an outline's number is a label, not a target; a number with points before a unit is one
    ("3.2 Reduce churn to 3% by Q2", "S+ M+ A+ R? T+"),
    ("A.3 — Pour 40 slabs by June", "S+ M+ A+ R? T+"),
    ("Score 7.5 in IELTS by March 2027", "S+ M+ A+ R? T+"),
    # a deadline handed over before the verb
    ("Facilities, you have until end of FY27 to cut energy use by 12%", "S+ M+ A+ R? T+"),
    ("Priya has until June 30 to close 40 deals", "S+ M+ A+ R? T+"),
    ("Raise aided brand awareness in the UK from 14% to X% by the end of 2027.",
     "S+ M- A? R? T+"),
    # a score on a 0-100 scale cannot pass 100; a bracketed score out of 10 is confidence
    ("Reach a Lighthouse accessibility score of 140 on the home page by March 2027",
     "S+ M+ A- R? T+"),
    ("Raise NPS to 140 by Q2", "S+ M+ A- R? T+"),
    ("Raise the Lighthouse performance score from 62 to 90 by Q2", "S+ M+ A+ R? T+"),
    ("Q4: $2M ARR and 3 enterprise pilots live (4/10)", "S+ M+ A- R? T+"),
    # "bring" a metric to a level; an aside between the owner and the verb
    ("Bring cost per MQL on paid social below $120 within 90 days.", "S+ M+ A+ R? T+"),
    ("Priya (FP&A) will deliver the FY2027 budget by Dec 11.", "S+ M+ A+ R? T+"),
    ("The CHRO's office will publish a pay-equity report for all US employees by the end of "
     "Q2 2027.", "S+ M+ A+ R? T+"),
    # "get" or "help" people "to" act: that clause is the outcome, its time the deadline
    ("Get 30% of users to enable SSO by Q2", "S+ M+ A+ R? T+"),
    ("Get 70% of companies on a free trial to convert to paid customers", "S+ M+ A+ R? T-"),
    ("Churn is up. Get 30% of users to enable SSO by Q2", "S+ M+ A+ R? T+"),
    ("Hire 2 SDRs to support EMEA by Q2", "S+ M+ A+ R+ T-"),
    # a counted closed set as the subject, with a modal or in a stated state
    ("All 23 academic staff will complete the assessment-literacy workshop by the end of "
     "March.", "S+ M+ A+ R? T+"),
    ("All 9 entities reconciled by May 31", "S+ M+ A+ R? T+"),
    ("Total volunteer hours reach 21,000 by the end of 2027", "S+ M+ A+ R? T+"),
    # a group named by its leader owns the goal
    ("The enterprise team led by Tomasz will grow Nordics pipeline to $6M by June 30",
     "S+ M+ A+ R? T+"),
    ("Help center deflection at 40%+ by Q2", "S+ M+ A+ R? T+"),
    # ranking in a named top N is a checkable standing
    ("Rank in the top 3 on Google for \"sales forecasting\" by June 2027", "S+ M+ A? R? T+"),
    # claims, recurring activities with no count, and vague states about a topic
    ("Become the go-to brand for mid-market logistics buyers", "S- M- A? R? T-"),
    ("Run quarterly pulse surveys", "S- M- A? R? T-"),
    ("Hold QBRs every quarter", "S- M- A? R? T-"),
    ("Get the marketing team aligned on messaging", "S- M- A? R? T-"),
    # condition or event times fail T (no context period here)
    ("Fill the two open designer roles when budget allows", "S+ M+ A? R? T-"),
    ("Move the wiki to Confluence before the old server is switched off", "S+ M+ A? R? T-"),
    # a duration target next to a real deadline: measurable, and time-bound by the deadline
    ("Close the quarterly books within 6 business days by June", "S+ M+ A+ R? T+"),
    # "add" one new thing ships it; "add" a count is a change
    ("Add a Slack (Enterprise Grid) connector by June 30, 2027", "S+ M+ A+ R? T+"),
    ("Add more partners by June 30, 2027", "S- M- A? R? T+"),
    # declarative counts and changes
    ("40 first demos with regional hospitals by March 31.", "S+ M+ A+ R? T+"),
    ("Time to first invoice down from 21 days to 14 days by Q2.", "S+ M+ A+ R? T+"),
    ("Shorten contract review from 9 to 5 business days by April", "S+ M+ A+ R? T+"),
    # a placeholder with only its time window stays undecided
    ("The clinic will see [N] percent of referrals within ten working days by Q3",
     "S+ M- A+ R? T+"),
    # a level known by name, and an amount the plan names
    ("Reach operating breakeven by Q2 2028", "S+ M+ A+ R? T+"),
    ("Hit the $3M Q2 plan.", "S+ M+ A+ R? T+"),
    # designations, coordinated modifiers and closed-set subjects
    ("Earn Magnet Recognition designation for the ICU by 2028", "S+ M+ A+ R? T+"),
    ("Automate vendor and payroll reconciliations for all 9 entities by May 31",
     "S+ M+ A+ R? T+"),
    ("Both senior residents pass their board exams by June 2027", "S+ M+ A+ R? T+"),
    # feelings, claims and vague states name no outcome
    ("Build an app teachers love by Q3", "S- M- A? R? T+"),
    ("Validate that small gyms will pay for scheduling by Q2", "S- M- A? R? T+"),
    ("Try to get the bakery into the press by May 2027", "S- M- A? R? T+"),
    ("Sort out the release process by Q1", "S- M- A? R? T+"),
    # a hyphenated source and a scope prefix pin the metric
    ("Partner-sourced pipeline: $4M by H1", "S+ M+ A+ R? T+"),
    ("APAC: grow pipeline by Q2", "S+ M- A? R? T+"),
    # units in a state are counted; a tenfold rise in a quarter is not plausible
    ("Grow monthly active workspaces 10x next quarter", "S+ M+ A- R? T+"),
    ("Grow monthly active workspaces 40% next quarter", "S+ M+ A+ R? T+"),
    # a compound judged on its concrete part, past "maybe"
    ("get in shape and maybe run the harbour 10k in May 2027", "S+ M+ A+ R? T+"),
    # money raised is the object itself; a change "by" an amount still names nothing
    ("Raise $250,000 for the scholarship fund by June 30", "S+ M+ A+ R? T+"),
    ("Increase by $2M by Q3", "S- M+ A+ R? T+"),
    # verbs of feeling or of working alongside, standings and domains are no result
    ("Delight our enterprise customers in Q1", "S- M- A? R? T+"),
    ("Brand: be the most loved name in dev tools", "S- M- A? R? T-"),
    ("Strengthen cybersecurity across federal agencies", "S- M- A? R? T-"),
    ("Collaborate with finance on forecasting", "S- M- A? R? T-"),
    # a skill to get better at is no deliverable
    ("I want to get better at giving feedback", "S- M- A? R? T-"),
    # a decision to settle is a deliverable
    ("Settle on a new CRM vendor by March", "S+ M+ A+ R? T+"),
    # wanting people to do something: their verb is the outcome
    ("I want my team to hit 98% schedule adherence on the night shift by Q2",
     "S+ M+ A+ R? T+"),
    # opening in a place is the deliverable; a time is no place
    ("Launch in Japan by Q3", "S+ M+ A+ R? T+"),
    ("Launch in Q3", "S- M- A? R? T+"),
    # a rank claimed with "be" is a yes/no standing, in any spelling
    ("We aim to be the #1 vendor in the public sector segment by 2028", "S+ M+ A? R? T+"),
    ("Be the number one vendor in DACH by 2028", "S+ M+ A? R? T+"),
    # a second sentence that opens with its count is judged as an outcome too
    ("Strengthen the agency's cybersecurity posture. By FY2028, 95% of agency systems "
     "will use phishing-resistant MFA.", "S+ M+ A+ R? T+"),
    # a whole, named group holding something is a yes/no state
    ("Every ninth grader has an assigned advisor by October 1", "S+ M+ A+ R? T+"),
    ("Everyone has fun by June", "S- M- A? R? T+"),
    # a count makes people a group; a place in a ranking is reached or not
    ("Hire 48 people by end of Q1", "S+ M+ A+ R? T+"),
    ("Finish in the top 3 of the county league by June", "S+ M+ A+ R? T+"),
    ("Finish in Q3", "S- M- A? R? T+"),
    # a time word between a hedge and its verb; a deliverable for every member of a group
    ("We hope to someday offer free dental screenings to every kid in the district",
     "S+ M+ A? R? T-"),
    ("Make a difference in our community", "S- M- A? R? T-"),
    # people recruited with no count; a thing defined by how much others rely on it
    ("Recruit volunteers by June", "S- M- A? R? T+"),
    ("Recruit 20 volunteers by June", "S+ M+ A+ R? T+"),
    ("Build a pipeline engine sales can rely on by Q2", "S- M- A? R? T+"),
    ("Launch the pricing page we want by Q2", "S+ M+ A+ R? T+"),
    # "X is launched": the participle's verb delivers; "before the quarter ends" is its end
    ("The onboarding buddy scheme is launched in all six offices by March 31",
     "S+ M+ A+ R? T+"),
    ("Run at least 12 executive briefings before the quarter ends", "S+ M+ A+ R? T+"),
    # a state word that runs on into a noun is an adjective; "build out" is one verb;
    # an uncounted "new" plural is no one deliverable
    ("Reliable public transport", "S- M- A? R? T-"),
    ("The API is public by June", "S+ M+ A+ R? T+"),
    ("Build out the partner program by Q2", "S+ M+ A+ R? T+"),
    ("Expand into new markets", "S- M- A? R? T-"),
    ("Launch 3 new features by Q2", "S+ M+ A+ R? T+"),
    # an uncounted plural with no article says neither which nor how many, unless a
    # phrase after it says which; the whole organisation narrows nothing
    ("RevOps: build dashboards", "S- M- A? R? T-"),
    ("Marketing team: run campaigns in Q1", "S- M- A? R? T+"),
    ("Ship features by Q2", "S- M- A? R? T+"),
    ("I will write integration tests for the checkout flow by December 18", "S+ M+ A+ R? T+"),
    ("Expand broadband access across the state", "S- M- A? R? T-"),
    ("Expand broadband access in the state of Ohio", "S+ M- A? R? T-"),
    # a cause right after the object that a change follows says which part, not why
    ("The plant manager will reduce customer returns due to defects by 50% by Q2 2027",
     "S+ M+ A+ R? T+"),
    ("Cut costs by 10% by June due to budget pressure", "S+ M+ A+ R+ T+"),
    # a counted abstract in the target is a set: the team's size
    ("Grow the team to 60 people by end of Q1", "S+ M+ A+ R? T+"),
    ("Grow our people", "S- M- A? R? T-"),
    ("We need a new CRM by March", "S+ M+ A+ R? T+"),
    # a quality shown, as appraisal forms write it, is checked how?
    ("The employee will demonstrate improved attention to detail in reconciliations.",
     "S- M- A? R? T-"),
    ("Demonstrate the new dashboard to the board by May", "S+ M+ A+ R? T+"),
    ("Demonstrate a 20% lift in conversion by June", "S+ M+ A+ R? T+"),
    # a leading "To ..." is the goal itself when a reason or a confidence follows its comma
    ("To cut CI build time from 25 to 10 minutes within 8 weeks, in order to speed up review.",
     "S+ M+ A+ R+ T+"),
    ("To cut recruiting agency spend by 40% this year, confidence 2/10", "S+ M+ A- R? T+"),
    ("To support the EMEA launch, hire two SDRs by March", "S+ M+ A+ R+ T+"),
    # a 30/60/90-day plan with its start in brackets
    ("By day 60 (start Jan 4) the new shift lead will cut changeover time from 45 to 30 minutes",
     "S+ M+ A+ R? T+"),
    # the growth of a measure is a measure; growth alone is not
    ("Acme will hold opex growth below 5% year over year", "S+ M+ A+ R? T-"),
    ("Drive growth", "S- M- A? R? T-"),
    # a time on a clock face is how long
    ("Lower my marathon time from 3:30 to 3:10 by April", "S+ M+ A+ R? T+"),
    ("COO wants the business continuity plan refreshed by end of next week", "S+ M+ A+ R? T+"),
    # settling one thing: "nail down", "lock in"
    ("Nail down the Q1 roadmap by Friday", "S+ M+ A+ R? T+"),
    ("Lock in the wedding budget by January 15", "S+ M+ A+ R? T+"),
    # a question to the person addressed: "@ines can you ...", "Maria, can you ..."
    ("@ines can you ship the new lead routing rules by friday?", "S+ M+ A+ R? T+"),
    ("Maria, can you get NPS above 50 by Q2?", "S+ M+ A+ R? T+"),
    # chat replies, tracker items and dictation: what surrounds the goal is left out
    ("+1, let's also nail down the Q1 roadmap by friday", "S+ M+ A+ R? T+"),
    ("[SALES-412] Raise enterprise win rate from 18% to 24% by end of Q2", "S+ M+ A+ R? T+"),
    ("feat(billing): cut failed payments by 20% by Q2", "S+ M+ A+ R? T+"),
    ("uh dana and i are gonna get the wedding budget locked in by um the fifteenth of january",
     "S+ M+ A+ R? T+"),
]


# A standing claimed with "be"/"become" is abstract, whatever its scope; a rank is not.
# "Experience" with a concrete word in front is a measure a scope can pin. A hire stated
# as "in seat" is done or not; so is clearing out one named place.
STANDING = [
    ("Become the clear leader in mid-market payroll software by 2028", "S- M- A? R? T+"),
    ("Be top of mind for procurement leads in Benelux", "S- M- A? R? T-"),
    ("Be the most reliable app in our category", "S- M- A? R? T-"),
    # moving a body of records somewhere is done or not; moving a measure says not how much
    ("Migrate purchase orders from spreadsheets to the new ERP by 1 March 2027",
     "S+ M+ A+ R? T+"),
    ("Move customer tickets to Zendesk by June 30, 2027", "S+ M+ A+ R? T+"),
    ("Move revenue to annual contracts by Q3 2027", "S- M- A? R? T+"),
    # a place people want (to work) is a feeling; a claim to prove needs a measure
    ("Build a company people want to work for", "S- M- A? R? T-"),
    ("Prove the Academy reduces support load", "S- M- A? R? T-"),
    ("Prove the Academy reduces support load by 20% by June 30, 2027", "S+ M+ A+ R? T+"),
    ("Demonstrate the new triage model to the board by March 31, 2027", "S+ M+ A+ R? T+"),
    # "time-to-<event>" heads a measure, which a placeholder does not pin; as a modifier
    # ("the cost-per-hire report") it names a deliverable
    ("Cut time-to-first-dashboard to X minutes by Q3 2027", "S- M- A? R? T+"),
    ("Cut time-to-first-dashboard to 10 minutes by Q3 2027", "S+ M+ A+ R? T+"),
    ("Publish the cost-per-hire report by March 31, 2027", "S+ M+ A+ R? T+"),
    # a count before the owner, or its opener, is neither target nor object
    ("Our two enterprise CSMs will keep logo churn at zero across the top 20 accounts "
     "through Q3 2027.", "S+ M+ A+ R? T+"),
    ("Two AEs will close 10 deals by June 30, 2027", "S+ M+ A+ R? T+"),
    # a number in the owner's name is no target
    ("Ward 7 nursing staff will reduce inpatient falls.", "S- M- A? R? T-"),
    ("Ward 7 nurses will reduce falls by 20% by June 30, 2027", "S+ M+ A+ R? T+"),
    ("Falls on Ward 3 to decrease by 20% by June 2027", "S+ M+ A+ R? T+"),
    # open positions are counted, as people are; owners before the verb, a note between them
    ("Fill 6 open harbour pilot positions in 2027", "S+ M+ A+ R? T+"),
    ("Done = first draft of my novel finished by end of next month", "S+ M+ A+ R? T+"),
    ("Grow West Africa bookings from ₦400m to ₦600m by end of FY27", "S+ M+ A+ R? T+"),
    # an inline list: the first item is the goal, the next item's mark ends its object
    ("Priya: 1) close 12 new logos in the Nordics by March 31 2) lift average deal size to "
     "$48k by March 31 3) get renewals signed earlier", "S+ M+ A+ R? T+"),
    ("(a) grow LinkedIn followers to 20k; (b) post 3 times a week", "S+ M+ A+ R? T-"),
    ("I will 1) make 60 cold calls a day 2) send 30 follow-up emails a day", "S+ M+ A+ R? T-"),
    ("Ravi will: (a) build the territory planning model for FY2027 by December 15; (b) "
     "rebalance the 12 AE patches", "S+ M+ A+ R? T+"),
    ("We will consolidate our three 3PL contracts into one by mid-2027", "S+ M+ A+ R? T+"),
    # a headline that opens with its number is no breadcrumb of headings
    ("3 hires / Q1 / Talent", "S+ M+ A+ R? T+"),
    ("- Q1 bookings $3.2M (green, Head of Sales)", "S+ M+ A+ R? T+"),
    ("$2M pipeline / Q3 / EMEA team", "S+ M+ A+ R? T+"),
    ("2027 Goals > Fitness > swim 2 km three times a week", "S+ M+ A+ R? T+"),
    # the time first, a cell mark, the goal, the owner last
    ("Q2 2027 | sign 15 new logos in mid-market | Sales East", "S+ M+ A+ R? T+"),
    ("H1 2027 :: publish the public roadmap :: Head of Product", "S+ M+ A+ R? T+"),
    # a baseline after the level: tenfold ARR in a month is beyond plausible
    ("Team to reach ₹10 crore ARR from ₹1 crore this quarter", "S+ M+ A- R? T+"),
    ("Improve our market position by Q3", "S- M- A? R? T+"),
    ("Jen (dispensary) and Raj will clear the owings backlog by Friday", "S+ M+ A+ R? T+"),
    # a title in single or curly quotes is part of the object, as in double quotes
    ("Expand the 'Champions' advocacy program to 40 members by June 30, 2027",
     "S+ M+ A+ R? T+"),
    ("Publish the ‘Ways of Working’ guide by March 31, 2027", "S+ M+ A+ R? T+"),
    ("Become the obvious choice for small clinics", "S- M- A? R? T-"),
    ("Become the most-used CRM in the Nordics with 500 customers by 2027", "S+ M+ A+ R? T+"),
    ("Be 15% fitter by June 30, 2027", "S- M+ A+ R? T+"),
    ("Become a top-3 vendor in DACH by 2028", "S+ M+ A? R? T+"),
    ("Hire a team leader for the Lisbon office by Q2 2027", "S+ M+ A+ R? T+"),
    ("Improve the onboarding experience on the iOS app by Q3 2027", "S+ M- A? R? T+"),
    ("Improve the customer experience", "S- M- A? R? T-"),
    ("New CFO in seat by end of March 2027", "S+ M+ A+ R? T+"),
    ("Declutter the attic by June 30, 2027", "S+ M+ A+ R? T+"),
    ("Reconcile the bank accounts within 3 business days each month", "S+ M+ A+ R? T-"),
]


@pytest.mark.parametrize(("text", "expected"), STANDING, ids=[c[0][:60] for c in STANDING])
def test_standing_ranks_and_done_states(text: str, expected: str) -> None:
    assert verdicts(run(text)) == expected


# Owners: an HR business partner is a role, also after "our"; business partners being
# signed are no owners.
OWNERS = [
    ("Our HR business partners will cut case time to 14 days", ["HR business partners"]),
    ("Sign 3 new business partners in DACH by Q2", []),
    ("The CHRO's office will publish the pay-equity report by June", ["CHRO's office"]),
    ("The SRE team (owner: Fatima Okafor) will bring MTTR down to 45 minutes by Q3",
     ["SRE team", "Fatima Okafor"]),
    # a prefix that says whose the goal is; a period's goals belong to no one
    ("Rui owns: Acme Freight expansion signed at $300k+ by Feb 28", ["Rui"]),
    ("Jon's goal: get benefits enrollment to 90% by March", ["Jon"]),
    ("Q1's goals: ship the partner portal", []),
    # a group named by its leader: the leader is found, "led" is not the goal's verb
    ("The enterprise team led by Tomasz will grow Nordics pipeline to $6M by June 30",
     ["Tomasz"]),
    # the person addressed is the owner, and "you" is that person again
    ("@maria can you own getting NPS above 50 for enterprise by Q2?", ["@maria"]),
    ("Maria, can you get NPS above 50 by Q2?", ["Maria"]),
    # a ticket's key, an item's type and a reply's "+1" name no owner
    ("[CS-311] Reduce SMB logo churn from 3.1% to 2.4% monthly by end of Q2 — DRI: Ana",
     ["Ana"]),
    ("[DEAL-DESK] Win rate of 30% on competitive deals by Q1", []),
    ("EPIC: Improve campaign attribution", []),
    ("+1 @carlos, and let's get comp bands published before the next review cycle", []),
    ("+1 on this, also we gotta look into the memory leak", ["we"]),
    ("so ravi's gonna um work on tech debt", ["ravi"]),
    # the party a resolution binds or a board directs; the one appraised
    ("RESOLVED, that Management shall reduce cost per lead from $180 to $140 by 31 March 2027",
     ["Management"]),
    ("The Board directs the CRO to increase EMEA pipeline by 25% by the end of Q1 2027",
     ["CRO"]),
    ("AI: Maria to reduce gross churn in the SMB segment by end of Q2 2027", ["Maria"]),
    ("The employee will complete 20 hours of professional development by June 30",
     ["employee"]),
    # who a post is with or calls on owns nothing
    ("Get 25 customer reviews on G2 in 3 months w/ @cs_team #B2Bmarketing", []),
    ("I'm running the Berlin half marathon on April 4, cheer me on @jules", ["I"]),
    ("By day 60 (start Jan 4) the new shift lead will cut changeover time by 30%",
     ["new shift lead"]),
    # a manager's label at the end of a shorthand goal
    ("Cut freight cost per unit 12% by EOY; mgr: RK", ["RK"]),
    ("Hire a sales mgr: by Q2", []),
]


@pytest.mark.parametrize(("text", "owners"), OWNERS, ids=[c[0][:50] for c in OWNERS])
def test_owners(text: str, owners: list[str]) -> None:
    assert [a.text for a in run(text).parts.actors] == owners


@pytest.mark.parametrize(("text", "expected"), VERDICTS, ids=[c[0][:60] for c in VERDICTS])
def test_verdicts(text: str, expected: str) -> None:
    assert verdicts(run(text)) == expected


# What the parts reader takes as the object, and of which kind.
OBJECTS = [
    # a vague verb's count after a preposition is who it involves, not a stated level
    ("Explore co-selling with two hyperscalers", "co-selling"),
    ("Achieve Pathway to Excellence status by 2029", "Pathway to Excellence status"),
    ("Automate bank and card reconciliations by May", "bank and card reconciliations"),
    ("Increase ARR and NRR by 10%", "ARR"),
    ("Run the Lisbon 10k in under 55 minutes", "the Lisbon 10k"),
    ("Marketing-generated pipeline: $2M by Q3", "Marketing-generated pipeline"),
    # a short bracketed aside inside the object does not end it
    ("Add a Slack (Enterprise Grid) connector by June 30, 2027",
     "a Slack (Enterprise Grid) connector"),
    ("Launch the partner portal (v2) by March 31, 2027", "the partner portal"),
    # "on-time" before a noun is part of the name, not "deliver ... on time"
    ("Raise the on-time graduation rate by 5 points by 2028", "the on-time graduation rate"),
    ("Deliver projects on time", "projects"),
    # what is wanted or needed is the object, as "get" would have it; a done state after
    # it is the result
    ("We want a churn-risk score on every account page by March", "a churn-risk score"),
    ("We need fewer stockouts", "stockouts"),
    ("COO wants the business continuity plan refreshed by end of next week",
     "the business continuity plan"),
    # a listed name holds its "and": travel and entertainment is one spend
    ("Reduce travel and entertainment spend by 15% by Q2.", "travel and entertainment spend"),
]


@pytest.mark.parametrize(("text", "metric"), OBJECTS, ids=[c[0][:50] for c in OBJECTS])
def test_objects(text: str, metric: str) -> None:
    parts = run(text).parts
    assert parts.metric is not None and parts.metric.text == metric


def test_a_scope_prefix_is_scope_even_when_read_as_a_team() -> None:
    parts = run("Mobile: increase DAU by the end of next quarter").parts
    assert [s.text for s in parts.scope] == ["Mobile"]
    assert parts.metric is not None and parts.metric.text == "DAU"
