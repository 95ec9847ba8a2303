"""The Specific verdict, by the rubric's definition (../shared/RUBRIC.md, "S").

A goal passes S when it names a concrete outcome (a committed action on a concrete
object) and pins it down (a target, a named deliverable or a scope). Each section is one
behaviour of the rules or of the parts they read; the cases are written for these tests.
Today is 2026-11-29 and no objectives are configured.
"""

from __future__ import annotations

import pytest

import goalsmith

# (goal, expected S verdict)
UNLISTED_VERBS = [
    # a verb the lists do not know is one of delivery: a named object or a whole set
    # is a deliverable, one bare noun is only worked on (as with "fix the CRM")
    ("Repave the north parking lot by June", "pass"),
    ("Our admins will rotate all API keys by March", "pass"),
    ("Teachers will recalibrate every rubric by March", "pass"),
    ("Tidy the stockroom", "fail"),
    # delivery verbs listed in the data
    ("Remodel the kitchen by June 2027", "pass"),
    ("Declutter the garage", "pass"),
    ("Reconcile the bank accounts by January 10", "pass"),
]

COMPLETION = [
    # completing one identified thing, or a whole set, is a yes/no fact
    ("Deprecate the v1 billing API by Q3", "pass"),
    ("Get a new laptop", "pass"),
    ("Remove all legacy feature flags by Q2", "pass"),
    ("Remove all Java 8 services by Q3", "pass"),
    ("Call all 25 renewals due in March by Feb 15", "pass"),
    ("Upload all 2026 expense reports to the portal by Jan 15", "pass"),
    # a standard's number names which one: it is no count of the object
    ("Get ISO 13485 recertification signed off by Q3", "pass"),
    ("Get the SOC 2 report signed off by March", "pass"),
    # ... but not a vague mass or an abstract word
    ("Eliminate waste", "fail"),
    ("Get my life together", "fail"),
    # unlisted nouns delivered are deliverables: only listed abstract words are abstract
    ("Migrate the customer database to Postgres", "pass"),
    ("Finish a sprint distance duathlon by June", "pass"),
    ("Set up a 24/7 on-call rota by Q1", "pass"),
    ("Learn to ski by March", "pass"),
    ("Learn to be more patient", "fail"),
    # many listed artifacts acted on by a change verb are not one deliverable
    ("Strengthen alumni partnerships", "fail"),
]

ABSTRACT = [
    ("Ship whatever sales asks for", "fail"),
    ("Deliver value faster every release", "fail"),  # "every release" is a cadence
    ("Improve the quality of our processes", "fail"),
    ("Raise the share of annual contracts from 30% to 45% by Q4", "pass"),
    ("Halve time-to-first-value by Q2", "pass"),
    ("Double the design team by Q4", "pass"),  # a team noun names which team
    ("Double the team by Q4", "fail"),
    ("Be better prepared for board meetings", "fail"),
    ("Make the test suite 3x faster by Q2", "pass"),  # a counted change of time
    ("Make the sales team 20% faster", "fail"),
    # a target that counts something concrete says what a vague object measures
    ("Grow the team to 40 engineers by Q3", "pass"),
    ("Grow the business by 20%", "fail"),
    # presence, footprint, traction: specific once a scope says where
    ("Build our presence in the Nordics", "pass"),
    ("Widen our footprint across Iberia", "pass"),
    ("Build our presence", "fail"),
    # a rank is a verifiable outcome; a superlative standing is a claim, wherever it is
    ("Become a top-decile support org by 2028", "pass"),
    ("Be the fastest 3PL in the region", "fail"),
    ("We are going to be the UK's favourite pharmacy", "fail"),
    ("Become the leading provider of home care in Ohio", "fail"),
    ("Open the largest store in Leeds by May", "pass"),
    # "game" is abstract as one's standing, concrete once a word says which games
    ("Sell out every home game", "pass"),
    ("Raise our game", "fail"),
    ("Build community", "fail"),
    ("Grow the Discord community to 10k members by Q2", "pass"),
]

SCOPE = [
    ("Reduce complaints from landlords", "pass"),
    ("Expand coding clubs for teenagers", "pass"),
    ("Cut travel spend for engineering", "pass"),
    ("Lower CPU usage of the search indexers", "pass"),
    ("Grow field-sales bookings by Q3", "pass"),
    ("Grow organic signups by TBD", "pass"),  # the channel pins it; M fails on TBD
    ("Advertise more on podcasts", "pass"),  # more of the activity, in a channel
    ("Increase revenue from customers", "fail"),  # every revenue is from customers
    ("Improve the quality of the support macros", "fail"),
    ("more demos pls", "fail"),
    ("reduce time to first value", "fail"),  # a bare measure: "to first value" is its name
    ("maybe a health score dashboard?", "fail"),  # no verb: "maybe" is none
    # a scope word that is the object itself says which part of nothing
    ("get webinars going again asap", "fail"),
    ("Get partner webinars going again by March", "pass"),
    ("Complete 1:1s with every direct report every two weeks.", "pass"),
]

ACTIONS = [
    # vague verbs that a count right after them makes a result
    ("Support 5,000 concurrent sessions on the chat service", "pass"),
    ("Promote four engineers to senior by Q2", "pass"),
    ("Promote a growth mindset", "fail"),
    ("Explore 5 new partner programs by Q3", "fail"),
    # a hedge in front of a concrete, pinned outcome is only a warning
    ("We're hoping to launch the referral program by May", "pass"),
    # a vague verb glued to a noun names the subject of a stated result
    ("Help desk first-contact resolution at 70% by Q2", "pass"),
    # a target known by name is reached or held, not changed
    ("Keep travel costs at or under budget this year", "pass"),
    ("Improve the forecast", "fail"),
    ("Make the forecast better", "fail"),  # a comparative after it: changed, not reached
    ("Hit quota asap", "pass"),
    # "Be" before words that are no noun phrase is a way to be, however scoped
    ("Be bold, be human, be memorable in everything we put out.", "fail"),
    # "a new" thing is which one only with two words saying what it is for
    ("Launch a new campaign by May", "fail"),
    ("People team to launch a new performance review process", "pass"),
    # "to" inside a hyphenated name opens no purpose clause
    ("Raise stage-3-to-win conversion by 4 points by Q3", "pass"),
]

VAGUE_OBJECTS = [
    # a table row's opening bar, row number or short label cell is no part of the goal
    ("| 1.2 | Publish the CHIP annual report | Planning | 3/31/2027 |", "pass"),
    ("| fitness | run the Chicago Marathon | Oct 2027 |", "pass"),
    ("| Launch usage-based pricing | Owner: Ana | Due: TBD |", "pass"),
    ("| Increase sales | Owner: Ana | Due: Q3 |", "fail"),
    # "w/" is "with": what comes after it is no part of the object
    ("Publish public status page w/ component-level incidents by Jan 15 | SRE", "pass"),
    # a ticket's key before a cell mark is no part of the goal
    ("SEC-2211 | Reduce SIEM alert volume by 30% | Due: TBD | Assignee: Farah N.", "pass"),
    # keeping up a vague state ("own quality") is no outcome, unless what it is about says which
    ("We own quality this year, every shift.", "fail"),
    ("Develop and publish a strategy on supply chain resilience for the DoD.", "pass"),
    # idioms of effort name no result
    ("Raise the bar on quality, every line, every shift", "fail"),
    ("Ops needs to get its act together on OTIF", "fail"),
    ("Trustees to give thought to succession planning for the Chair.", "fail"),
    # a disorder names nothing to count
    ("Reduce the chaos in the freezer room ASAP!!", "fail"),
    # an adverb or a bare mark after the verb is how or when, never what
    ("Recruit quickly.", "fail"),
    ("Deploy fast, learn faster", "fail"),
    ("We will run 1:1s every week", "fail"),
    ("Ship a fast checkout by Q2", "pass"),  # "fast" before a noun is part of the object
    # an intent opener is no object: the vague verb after it is the action
    ("We aim to nurture a spirit of curiosity across the district.", "fail"),
    ("We want staff to feel supported.", "fail"),
    # a subject no owner list knows, then a modal: the clause after it is the outcome
    ("The commission will continue to monitor water quality.", "fail"),
    ("The clinic will open a second site in Leeds by June", "pass"),
    # comparative or vague end states are abstract outcomes
    ("The council will make it simpler for residents to renew permits.", "fail"),
    ("Get the invoice queue under control by January 15.", "fail"),
    ("Be more patient with new joiners", "fail"),
    ("Harden our login flow.", "fail"),
    ("Improve flood resilience in riverside towns", "fail"),
    # activity verbs are no outcome unless a count pins them
    ("Attend the quarterly planning offsite.", "fail"),
    ("Attend 4 industry conferences in 2027", "pass"),
    ("Attend yoga 3 times a week", "pass"),  # ... or how often after the object
    ("Attend yoga", "fail"),
]

NOT_SCOPE = [
    # a whole set of a dimension or of everyone restricts nothing
    ("Grow engagement across every channel in Q2", "fail"),
    ("Reports for everybody.", "fail"),
    ("Lift retention in all regions", "fail"),
    ("Lift retention in all EMEA regions", "pass"),  # a named region still says which
    # an infinitive after "to" is a verb, not a place
    ("Expand outreach to help families find tutors", "fail"),
    # a set phrase, and a target the tagger marked as a part
    ("Vaccination reminders - keep on top of them.", "fail"),
    ("CFO: lower the cost-to-income ratio to X by year end.", "fail"),
    ("As discussed in Tuesday's pipeline review, we need to shorten the sales cycle.", "fail"),
]

# a level of money grows something unnamed; an amount of money is what is raised
MONEY_WITHOUT_OBJECT = [
    ("Grow from $142k to $165k a month before March 1.", "fail"),
    ("Raise $250,000 for the scholarship fund by June 30", "pass"),
    ("Save $500 a month by June", "pass"),
]

NAMED_RESULTS = [
    # a target known by name, a named level, a stated confidence before the goal
    ("I will hit my number in Q1.", "pass"),
    ("Keep cloud spend flat through 2027", "pass"),
    ("Confidence 8/10: open the Lisbon office by Q3", "pass"),
    # a deliverable done for every member of a named set
    ("Hold check-ins with every new starter by March", "fail"),  # an inflow, no closed set
    ("Hold check-ins with every departing contractor by June 30", "pass"),
    ("Pricing memo: finalize by Q1", "pass"),  # a topic, then its verb
    ("ops metrics dashboard - by end of month.", "fail"),  # no action at all
]

# an amount alone states how much of nothing named: the amount is not its own subject
# a particle after the object belongs to the verb: "sort ... out" is "sort out"
SPLIT_PHRASAL_VERBS = [
    ("Sort the garage out by June", "fail"),
    ("Me: sort my finances out this year.", "fail"),
    ("Clear the loft out by June", "pass"),
]

AMOUNT_WITHOUT_METRIC = [
    ("Kitchen team: 20% faster by next month", "fail"),
    ("Sales: 15% more by Q2", "fail"),
    ("Support: 30% quicker by June", "fail"),
    ("Support: first-response time 30% quicker by June", "pass"),
    ("40% of trial accounts activated by Q2", "pass"),  # "of" names what is counted
    ("Q1 bookings: $4.5M", "pass"),
]

ALL = (UNLISTED_VERBS + COMPLETION + ABSTRACT + SCOPE + ACTIONS + VAGUE_OBJECTS + NOT_SCOPE
       + MONEY_WITHOUT_OBJECT + NAMED_RESULTS + AMOUNT_WITHOUT_METRIC
       + SPLIT_PHRASAL_VERBS)


@pytest.mark.parametrize(("text", "expected"), ALL, ids=[c[0][:60] for c in ALL])
def test_specific(text: str, expected: str) -> None:
    result = goalsmith.audit(text, today="2026-11-29", objectives=())
    specific = result.criteria["specific"]
    assert specific.verdict == expected
    if expected == "fail":
        errors = [f for f in result.findings if f.criterion == "specific"
                  and f.severity == "error"]
        assert errors and all(f.suggestion for f in errors)
