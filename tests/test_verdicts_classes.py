"""Verdict classes that planning documents exposed, as a table (rubric: ../shared/RUBRIC.md).

Each case is a goal and its expected S and M verdicts ("S+ M-"), or its A verdict with the
rule that decides it. Today is 2026-11-29; no objectives are configured. These cases are
kept apart from tests/test_verdicts.py because that table also drives the rewrite tests.
"""

from __future__ import annotations

import pytest
from tests.test_verdicts import MARK, run

from goalsmith.verdict import Audit


def s_and_m(result: Audit) -> str:
    return (f"S{MARK[result.criteria['specific'].verdict]} "
            f"M{MARK[result.criteria['measurable'].verdict]}")


SPECIFIC_AND_MEASURABLE = [
    # A group set to work on a named deliverable: the group's verb is the outcome.
    ("Have every SDR complete the objection-handling course by June 30.", "S+ M+"),
    ("Have the sales team complete the MEDDICC course by Q2", "S+ M+"),
    ("Make every sales call count.", "S- M-"),  # "sales" alone is no group of people
    # An achievement after be / get / become is a yes/no outcome.
    ("be promoted to senior engineer by the end of 2027", "S+ M+"),
    ("Get promoted to senior engineer by July 2027", "S+ M+"),
    ("Get certified by March", "S+ M+"),
    ("Be listed in the analyst quadrant for revenue intelligence by the end of 2027.", "S+ M+"),
    ("Be seen as a leader by Q3", "S- M-"),  # no listed achievement
    # Receiving or reaching one named artifact, standard or version.
    ("Receive a SOC 2 Type II report with no exceptions by September 30, 2027.", "S+ M+"),
    ("Receive SOC 2 Type II report with no exceptions by September 30, 2027.", "S+ M+"),
    ("Achieve SOC 2 Type II with no exceptions by September 30, 2027.", "S+ M+"),
    ("Reach SLSA level 3 for all release pipelines by H1", "S+ M+"),
    ("Accessibility: reach WCAG 2.2 AA on the checkout flow by June 30", "S+ M+"),
    ("Deprecate API v1 by 30 September 2027", "S+ M+"),
    ("Frontend guild removes jQuery from the admin console by 2027-04-30", "S+ M+"),
    ("Reach EMEA by Q3", "S- M-"),  # a place is no standard
    # Completing an identified thing or a counted, definite set, whatever the direction.
    ("Retire the 14 unused Looker dashboards.", "S+ M+"),
    ("Retire the legacy monolith by Q3", "S+ M+"),
    ("Eliminate the 3 manual steps in the close process by Q3", "S+ M+"),
    ("Close the two open Sev-1 escalations at Meridian Health by March 1.", "S+ M+"),
    ("Quit smoking by January 1, 2027", "S+ M+"),
    # ... or a plural that "the" and a version or a name identify (not a bare "the")
    ("Deprecate the v2 billing webhooks by Q3", "S+ M+"),
    ("Retire the Oracle reporting servers by June", "S+ M+"),
    ("Remove the legacy dashboards", "S- M-"),
    ("Close the November books by December 8", "S+ M+"),  # a period says which ones
    # an amount after "the" says which one: one named deal, not a count of deals
    ("Close the $1.2M Harbour Freight deal by March 15", "S+ M+"),
    ("Close the deals by March 15", "S- M-"),
    ("Pay off the car loan by 2028", "S+ M+"),
    # A verb that names no change, or attaches a thing, on a deliverable.
    ("Take the AWS Cloud Practitioner exam by February 15", "S+ M+"),
    ("Take ownership of the roadmap by Q2", "S+ M-"),  # ownership is abstract
    ("Add rate limiting to the public API by Dec 20", "S+ M+"),
    ("Add revenue to the pipeline by Q3", "S- M-"),  # a metric, with no target
    # "one" before a counted noun is a count target.
    ("Release one customer case study per month by June 30, 2027.", "S+ M+"),
    ("We will release two case studies per month through Q2", "S+ M+"),
    # No measure, or a set the text does not count.
    ("Diversify the interview panel.", "S- M-"),
    ("Hire the people the 2027 plan needs", "S- M-"),
    ("Hire 40 engineers by Q3", "S+ M+"),
    ("Email all customers about the price change by Friday", "S+ M+"),
    ("Pay people fairly, and say how we do it", "S- M-"),
    # A compound goal is judged on its concrete part, for M as for S.
    ("Research vendor options and publish a shortlist memo by April 30", "S+ M+"),
    ("Research vendor options and hire analysts by April 30", "S- M-"),  # how many?
    # Doing something for each member of a whole, named set is checkable; an inflow
    # ("every new hire") or an undecided measure is not.
    ("Run a security briefing with every branch manager by March 31", "S+ M+"),
    ("Tutors hold a goal-setting chat with every pupil by October 31", "S+ M+"),
    ("Ensure every repository has a named maintainer by June 30", "S+ M+"),
    ("Ensure all pending refunds get processed, with a target of TBD", "S- M-"),
    # Merging a counted set into one is a yes/no fact.
    ("Consolidate the four ticketing tools into one by Q3", "S+ M+"),
    # Named targets and levels: "my number", "flat".
    ("I will make my number this quarter", "S+ M+"),
    ("Keep support headcount flat through 2027", "S+ M+"),
    # A skill one has or has not is learned or not; another needs a target to say how far.
    ("Learn to drive by June 30", "S+ M+"),
    ("Learn to knit someday", "S- M-"),
    ("Learn to play 3 songs on the piano by May", "S+ M+"),
    # Moving one named thing somewhere is done or not, whatever its head word.
    ("Port the game to PlayStation by H2", "S+ M+"),
    # A hedge before the verb leaves the clause a verb's, not a subject's.
    ("We aim to flush all 900 hydrants by June", "S+ M+"),
    # Converting a whole, known set to something new is done or not (a rate is not).
    ("Convert all 2,600 street lamps to LED by 2028", "S+ M+"),
    ("Switch every office to the new VPN by March", "S+ M+"),
    ("Convert leads to customers", "S- M-"),
    # A singular word for a metric listed in the plural names the thing launched.
    ("Launch online booking for the yoga studio by March 31", "S+ M+"),
    # A standard's number is part of a declarative subject.
    ("ISO 27001 certificate issued by Q3", "S+ M+"),
    # "IT" in capitals is the function, not the pronoun.
    ("Cut shadow IT in the finance org by Q2", "S+ M-"),
    # A number glued to its unit is part of a stated result's subject.
    ("Rolling 12-month budget approved by Feb 1", "S+ M+"),
    # A count of a plural counts things, whatever the plural ("teams").
    ("Double the number of teams on the new CI from 4 to 8 by Q3", "S+ M+"),
    # A skill is no scope: "to play the cello" pins nothing.
    ("Aisha will learn to play piano", "S- M-"),
    # A leading "finally" is read past, as a courtesy is.
    ("Finally finish the garden shed by May", "S+ M+"),
    # A stated result done in every member of a named set.
    ("Smart meters installed in all 30 staff flats by June", "S+ M+"),
    # A known metric stated at a level the team knows by name.
    ("Operating cash flow positive by Q4 2027", "S+ M+"),
    ("Sales headcount flat through 2027", "S+ M+"),
    ("Keep morale positive", "S- M-"),  # no known metric
    # A misspelt comparative is still one: "beter" notes are no deliverable.
    ("Write up beter meeting notes", "S- M-"),
    ("Get beter at cold calls", "S- M-"),
    # Clearing every member of a whole, named set is done or not; a generic set is no set.
    ("Fix all P1 bugs by March", "S+ M+"),
    ("AppSec will eliminate all P1 security vulnerabilities in production within 30 days",
     "S+ M+"),
    ("Fix all issues", "S- M-"),
    # ... and so is going over each member of one
    ("Update all IEPs by June", "S+ M+"),
    ("Reconcile every supplier account by the end of January", "S+ M+"),
    ("Update the website", "S- M-"),
    # "in addition" adds an aim, it names no part; a bracketed remark qualifies nothing
    ("The EMEA team will improve win rates, in addition shorten the sales cycle", "S- M-"),
    ("Improve lead routing (it skips people on PTO)", "S- M-"),
    ("Grow pipeline (mostly in EMEA)", "S+ M-"),
    # a vague count counts nothing, before the object or inside it
    ("Hire a few SDRs by June", "S- M-"),
    ("Hire a bunch of SDRs soon", "S- M-"),
    ("Hire two SDRs by June", "S+ M+"),
    # an owner tag with a title's point between the subject and its verb
    ("Sales (DRI: Mr. Okafor) will raise attendance from 48% to 58%", "S+ M+"),
    # a filler between the people wanted and their verb
    ("i want all the managers to like finish the leadership training by the end of the year",
     "S+ M+"),
    # headings before a goal, and a spoken correction's second number
    ("Comp Plans > FY27 > publish the FY27 sales comp plan by December 15", "S+ M+"),
    ("Onboarding completion > 70% by EOQ", "S+ M+"),
    ("School Plan > Attendance > improve attendance", "S- M-"),
    ("so the events team uh is gonna book twelve no fifteen weddings by the end of march",
     "S+ M+"),
    # a tracker's line: the finding's numbers are no target, its status no outcome
    ("Finding OPS-6 (high) - forklift certification expired for 14 operators (OSHA). "
     "Remediation: recertify all 14 operators by 2026-12-20. Owner: Site Safety Lead. "
     "Status: open", "S+ M+"),
    ("Finding 3.3 - background checks not completed for 9 contractors. Remediation: TBD. "
     "Owner: Talent Acquisition. Status: open", "S- M-"),
    ("Risk H-02 (high): Reduce readmissions. Status: open", "S- M-"),
    # a new thing named by what it is for is one deliverable; "a new campaign" is not
    ("Implement a new expense policy in Q1", "S+ M+"),
    ("Launch a new campaign in Q1", "S- M-"),
    # where a migration goes is what it delivers; a ticket's key and component are labels
    ("migrate to Postgres 16 by May", "S+ M+"),
    ("move to the new office by May", "S+ M+"),
    ("EDU-12 [curriculum] Publish the new Year 7 science curriculum by March 1", "S+ M+"),
    # a system's go-live is a delivered state, as "live" is
    ("Salesforce go-live by 15 Jan", "S+ M+"),
    ("CPQ go-live by 15 Jan", "S+ M+"),
    # a wish commits as "want to" does
    ("I'd love to grow newsletter subscribers from 8,000 to 10,000 by June", "S+ M+"),
    # A hyphenated word after "every" is part of the set's name.
    ("Account managers will call every at-risk account in the next two weeks", "S+ M+"),
    # One named thing stated as delivered or cleared (a measure stated as changed is not).
    ("Benefits renewal signed before March 1 (People Ops)", "S+ M+"),
    ("KYC backlog will be cleared ASAP", "S+ M+"),
    ("Customer churn reduced by March", "S- M-"),
    # A bracketed note inside a stated result's subject; chat words before the goal.
    ("Objective 1.4: Tenant satisfaction with repairs (TSM TP02) to reach 82% by March 2027",
     "S+ M+"),
    ("ok so we need to hire two AEs and a sales engineer before the holidays", "S+ M+"),
    # A bracketed owner or time tag in front leaves the goal after it whole.
    ("(DRI: Mateo) Ship the partner co-marketing kit by Feb 15", "S+ M+"),
    ("(Q3) launch the buddy program", "S+ M+"),
    # An edition's "Plus" is part of a name; a feature launched in a named product; an
    # undecided date is no undecided target.
    ("IT Security Manager to achieve Cyber Essentials Plus certification by 30 April 2027.",
     "S+ M+"),
    ("CS Ops will launch health scores in Gainsight by Jan 31", "S+ M+"),
    ("Launch health scores in EMEA by Q2", "S+ M-"),
    ("Roll out the new parental leave policy by X date", "S+ M+"),
    ("Publish the new ethics curriculum online by X", "S+ M+"),
    ("Grow revenue by X", "S- M-"),
    ("Hire N engineers by Q2", "S- M-"),
    # Listed misspellings and chat spellings read as the word meant; "bump" raises;
    # "rationalise" is a change with no direction of its own.
    ("Improve developer experiance soon.", "S- M-"),
    ("Drive more revenue thru partners in the future", "S+ M-"),
    ("Bump my 401k contribution to X% starting in January", "S- M-"),
    ("Bump my 401k contribution to 8% by January", "S+ M+"),
    ("Objective 12.4: Rationalise the office estate.", "S- M-"),
    # "a lot more" is "more"; selling one identified thing is done or not; making a named
    # artifact anew delivers it; a scope after "per" is what a rate counts per.
    ("We're going to sell a lot more in the Nordics.", "S+ M-"),
    ("Dad to sell the old car by Friday", "S+ M+"),
    ("Rebuild the partner deal-registration process by January", "S+ M+"),
    ("Streamline the onboarding process by January", "S- M-"),
    ("get the charity on people's radar", "S- M-"),
    ("Reduce energy use per unit by X pct by 2028", "S- M-"),
    # A question that puts a goal: the goal is the clause after it.
    ("What if we cut cost per lead in half by the end of Q2?", "S+ M+"),
    ("What would it take to get trial-to-paid conversion above 12% in H1 2027?", "S+ M+"),
    # "done" before a "by" deadline is the state the object is got into, as before "ASAP"
    # (a rewrite adding a deadline to "get my renewals done ASAP" failed its own audit).
    ("Get my renewals done ASAP", "S+ M+"),
    ("Get my renewals done by March", "S+ M+"),
    # A comparative of quality makes the object a wish that no scope pins; a quantity's
    # comparative is pinned ("sell more in Germany").
    ("better onboarding for new hires", "S- M-"),
    ("Better data in Salesforce", "S- M-"),
    ("Get better payment terms from vendors", "S- M-"),
    ("sell more in Germany", "S+ M-"),
    # Stopping ends a habit or one named thing; stopping a way of working names no result.
    ("Quit drinking soda by March", "S+ M+"),
    ("Quit my job by June", "S+ M+"),
    ("stop chasing tire-kickers", "S- M-"),
    ("we gotta stop breaking prod tables", "S- M-"),
    # A comparative object and a vague end state say nothing checkable.
    ("I want to write cleaner code", "S- M-"),
    ("Noor wants to get the renewal forecast into better shape this quarter", "S- M-"),
    # Junk and vague objects.
    ("Hire quickly", "S- M-"),
    ("Get the support backlog in check by March", "S- M-"),
    ("Attend the all-hands", "S- M-"),
]


@pytest.mark.parametrize(("text", "expected"), SPECIFIC_AND_MEASURABLE,
                         ids=[c[0][:60] for c in SPECIFIC_AND_MEASURABLE])
def test_specific_and_measurable(text: str, expected: str) -> None:
    assert s_and_m(run(text)) == expected


ATTAINABLE = [
    # A bound just passed is no verdict; one passed far still is.
    ("Raise dbt test coverage from 38% to 75% of models by March 31, 2027.", "pass", None),
    ("Raise test coverage from 20% to 80% by March 31, 2027.", "fail", "A104"),
    ("Triple pipeline next quarter", "fail", "A104"),
    ("Increase revenue by 150% next quarter", "fail", "A104"),
    ("Get win rate to 120% by Q2", "fail", "A101"),
    ("Reduce churn by 120% by Q2", "fail", "A102"),
    # "down" after the object moves it down; a share of people is at most all of them, a
    # level against a reference is not
    ("Get my credit utilization down by 150% by EOY", "fail", "A102"),
    ("Raise sport participation to 150% of pupils by 31 March", "fail", "A101"),
    ("Cap executive bonus payouts at 150% of target for FY2027", "pass", None),
    ("Get 110% of target accounts engaged by Q2", "fail", "A101"),
    # a confidence stated in what it is about
    ("Cut the cost base by 40% within 12 months; our confidence in this target is 30%.",
     "fail", "A105"),
    # ... and a rate set below zero
    ("Get the bounce rate to -10% by Q2", "fail", "A106"),
    ("Cut the bounce rate by 10 points to 0% by Q2", "pass", None),
    ("Reduce readmissions to below 0% next year", "fail", "A106"),
    ("Get churn to under 1% by June", "pass", None),
    # a capped rate of the catalogue, and a pair of amounts each before the same word
    ("Crash-free sessions ≥ 101% on iOS by Q1", "fail", "A101"),
    ("Grow add-on revenue from $30k MRR to $150k MRR by next quarter", "fail", "A104"),
    ("Grow add-on revenue from $30k MRR to $40k MRR by next quarter", "pass", None),
    # A bracket between a team word and "confidence" leaves the confidence stated.
    ("Data catalogue used weekly by 50% of analysts outside the data team (confidence 3/10)"
     " by Q2.", "fail", "A105"),
    ("Increase win rate by 5 points by Q2, confidence 3/10", "fail", "A105"),
    # A score counted in points moves by the difference from its baseline.
    ("Get NPS from 32 to 95 by January", "fail", "A104"),
    ("Get NPS from 32 to 45 by March", "pass", None),
    # a negative level stated as the end of a from/to pair
    ("Cut persistent absence from 18% to -5% by March 31", "fail", "A106"),
    # A metric stated with its move, its "-s" no verb; a verb after its subject still is one.
    ("leads from events up 500% by EOQ", "fail", "A104"),
    ("Leads up 20% by EOQ", "pass", None),
    # what is wanted of a measure is its move; a start written "starting from" is a baseline
    ("The CRO wants ARR to grow from $4M to $16M next quarter", "fail", "A104"),
    ("Get 1 million followers on Instagram by next month, starting from 300", "fail", "A104"),
    # a savings rate is a share of income; a KPI row reads baseline cell, then target cell
    ("Increase my savings rate to 150% of my income by next year", "fail", "A101"),
    ("Digital take-up | 68% | 103% | FY27", "fail", "A101"),
    ("Patient falls per 1,000 bed days\t3.4\t-1\tFY2027", "fail", "A103"),
]


@pytest.mark.parametrize(("text", "verdict", "rule"), ATTAINABLE,
                         ids=[c[0][:60] for c in ATTAINABLE])
def test_attainable(text: str, verdict: str, rule: str | None) -> None:
    result = run(text)
    assert result.criteria["attainable"].verdict == verdict
    rules = {f.rule for f in result.findings if f.criterion == "attainable"}
    assert (rule in rules) if rule else not rules & {"A101", "A102", "A103", "A104", "A105",
                                                           "A106"}


# A user's [words] addition changes a verdict: one list read by the parts pipeline, one
# read by the rules.
USER_WORDS = [
    ("Get knighted by 2030", "achievements", "knighted", "S- M-", "S+ M+"),
    ("Become a top-tercile vendor by Q4", "rank_words", "tercile", "S- M-", "S+ M+"),
]


@pytest.mark.parametrize(("text", "key", "word", "shipped", "extended"), USER_WORDS,
                         ids=[c[1] for c in USER_WORDS])
def test_user_words_change_the_verdict(text: str, key: str, word: str, shipped: str,
                                       extended: str) -> None:
    assert s_and_m(run(text)) == shipped
    assert s_and_m(run(text, extra_words=((key, (word,)),))) == extended
