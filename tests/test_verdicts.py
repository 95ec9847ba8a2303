"""SMART verdicts, goal by goal: the rubric (../shared/RUBRIC.md) as a table.

Each case is a goal and its expected verdicts written as "S+ M+ A+ R? T+":
``+`` pass, ``-`` fail, ``?`` unknown. Today is 2026-11-29 (a Sunday) and the fiscal
year starts in January unless a case says otherwise. No objectives are configured, so
R is ``?`` unless the goal states why. Every goal that is not SMART also gets its
rewrite audited (tests/test_rewrite.py reuses this table).
"""

from __future__ import annotations

import pytest

import goalsmith
from goalsmith.verdict import Audit

TODAY = "2026-11-29"
MARK = {"pass": "+", "fail": "-", "unknown": "?"}
LETTERS = (("S", "specific"), ("M", "measurable"), ("A", "attainable"), ("R", "relevant"),
           ("T", "time_bound"))


def verdicts(result: Audit) -> str:
    """ "S+ M- A? R? T-" for an audit."""
    return " ".join(f"{letter}{MARK[result.criteria[name].verdict]}" for letter, name in LETTERS)


def run(text: str, **settings: object) -> Audit:
    settings.setdefault("today", TODAY)
    return goalsmith.audit(text, objectives=(), **settings)


# ----------------------------------------------------------------------------- sales
SALES = [
    ("increase sales", "S- M- A? R? T-"),
    ("Increase sales by 20% by the end of next quarter", "S+ M+ A+ R? T+"),
    ("Increase EMEA pipeline by 25% by end of Q3", "S+ M+ A+ R? T+"),
    # deal steps: a named party set to sign or approve, a named account's paper done
    ("MT: get Oscorp to sign DPA + MSA by 12/18", "S+ M+ A+ R? T+"),
    ("Get Finance to approve the 2027 budget by Dec 15", "S+ M+ A+ R? T+"),
    ("Get Hooli order form countersigned by Fri 12/4", "S+ M+ A+ R? T+"),
    ("Renew Acme contract by Q2", "S+ M+ A+ R? T+"),
    ("Get Acme to renew by Q2", "S- M- A? R? T+"),
    # a status that promises the result; a writer's and a tax team's verbs; near misses
    ("Status (Tues): Priya is on track to deliver the Q1 content calendar by Friday.",
     "S+ M+ A+ R? T+"),
    ("Anika and Joel will co-author the 2027 graduate recruitment plan by 20 December.",
     "S+ M+ A+ R? T+"),
    ("Tax team to catch up the late state sales tax filings by Q1.", "S+ M+ A+ R? T+"),
    ("H&S to reduce near misses at DIRFT by 30% by end Jan.", "S+ M+ A+ R? T+"),
    ("Raise win rate from 20% to 25% by Q2 2027", "S+ M+ A+ R? T+"),
    ("Get win rate to 120% by Q2", "S+ M+ A- R? T+"),
    ("Try to get win rate to 25% by Q2", "S+ M+ A+ R? T+"),
    ("Close 12 new logos in Q1 2027", "S+ M+ A+ R? T+"),
    ("Book 40 meetings per week", "S+ M+ A+ R? T-"),
    ("Book 40 meetings per week through Q1", "S+ M+ A+ R? T+"),
    ("Hit quota this quarter", "S+ M+ A+ R? T+"),
    ("Grow ARR from $2M to $3M by end of FY27", "S+ M+ A+ R? T+"),
    ("Increase revenue by 500% next quarter", "S+ M+ A- R? T+"),
    ("Increase revenue by 400% in the next 6 months", "S+ M+ A- R? T+"),
    ("Double pipeline next quarter", "S+ M+ A+ R? T+"),
    ("Triple pipeline next quarter", "S+ M+ A- R? T+"),
    ("Reduce the sales cycle by 150% by Q3", "S+ M+ A- R? T+"),
    ("Improve sales performance", "S- M- A? R? T-"),
    ("Sell more in Germany", "S+ M- A? R? T-"),
    ("Sell more in Germany by Q2", "S+ M- A? R? T+"),
    ("Increase average deal size to $50k by end of Q1 2027", "S+ M+ A+ R? T+"),
    ("Shorten the sales cycle to 45 days by June 30, 2027", "S+ M+ A+ R? T+"),
    ("Increase pipeline", "S- M- A? R? T-"),
    ("Increase pipeline by X% by Q3", "S- M- A? R? T+"),
    ("Generate $1.5M in qualified pipeline by March 31", "S+ M+ A+ R? T+"),
    ("Win rate of 30% by end of Q2", "S+ M+ A+ R? T+"),
    ("Every AE books 15 discovery calls per week in Q1 2027", "S+ M+ A+ R? T+"),
    ("Increase net revenue retention to 115% by end of 2027", "S+ M+ A+ R? T+"),
    ("Achieve 130% quota attainment this year", "S+ M+ A+ R? T+"),
    ("Increase win rate by 5 points by Q2, confidence 3/10", "S+ M+ A- R? T+"),
    ("Increase win rate by 5 points by Q2 (confidence 8/10)", "S+ M+ A+ R? T+"),
    ("Increase win rate by 5 points by Q2 (confidence 5/10)", "S+ M+ A+ R? T+"),
    ("Grow the business (confidence 3/10)", "S- M- A- R? T-"),
    ("Increase revenue year over year", "S- M- A? R? T-"),
    ("Increase revenue 10% annually", "S+ M+ A+ R? T-"),
    ("Grow bookings 15% starting in January", "S+ M+ A+ R? T-"),
    ("Grow bookings 15% after the reorg", "S+ M+ A+ R? T-"),
    ("Increase bookings 15% ASAP", "S+ M+ A+ R? T-"),
    ("Increase bookings 15% at some point next year", "S+ M+ A+ R? T+"),
    ("Increase bookings 15% in the coming months", "S+ M+ A+ R? T-"),
    ("Increase bookings by 15% by Q3 2025", "S+ M+ A+ R? T-"),
    ("Increase bookings by 15% by 2031", "S+ M+ A+ R? T+"),
    ("Increase bookings by 15% before the holidays", "S+ M+ A+ R? T-"),
    ("Increase bookings by 15% this summer", "S+ M+ A+ R? T-"),
    ("Sales: close 30 deals in the mid-market segment by end of Q1", "S+ M+ A+ R? T+"),
    ("Close more deals", "S- M- A? R? T-"),
    ("Increase mid-market renewals", "S+ M- A? R? T-"),
    ("Grow enterprise sales in EMEA by 30% in H1 2027", "S+ M+ A+ R? T+"),
    ("Reach 3x pipeline coverage by end of January", "S+ M+ A+ R? T+"),
    ("Maria will sign 3 new channel partners by March 31, 2027", "S+ M+ A+ R? T+"),
    ("Do better", "S- M- A? R? T-"),
    ("Drive success", "S- M- A? R? T-"),
    ("Increase by 20% by Q2", "S- M+ A+ R? T+"),
    ("Increase ARR by 20% by Q2 so that we can fund the EMEA launch", "S+ M+ A+ R+ T+"),
    ("Increase win rate to 30% by Q2 so that we hit our annual plan", "S+ M+ A+ R+ T+"),
    # average order value is a catalogue measure, not the abstract word "value"
    ("Raise average basket value from £31.40 to £33.00 by 31 March 2027", "S+ M+ A+ R? T+"),
    ("Grow AOV by 8% by June 2027", "S+ M+ A+ R? T+"),
]

# ------------------------------------------------------------------------- marketing
MARKETING = [
    ("Generate 500 MQLs per month", "S+ M+ A+ R? T-"),
    ("Generate 500 MQLs in Q1 2027", "S+ M+ A+ R? T+"),
    ("Launch the partner portal by March 31", "S+ M+ A+ R? T+"),
    ("Launch the partner portal", "S+ M+ A? R? T-"),
    ("Publish the Q3 pricing page by Friday", "S+ M+ A+ R? T+"),
    ("Improve brand awareness", "S- M- A? R? T-"),
    ("Increase website traffic by 30% by end of Q1", "S+ M+ A+ R? T+"),
    ("Explore new channels", "S- M- A? R? T-"),
    ("Increase email open rate to 110% by Q2", "S+ M+ A- R? T+"),
    ("Grow LinkedIn followers from 2,000 to 3,000 by June 2027", "S+ M+ A+ R? T+"),
    ("Run 4 webinars in H1 2027", "S+ M+ A+ R? T+"),
    ("Cut cost per lead by 20% by end of Q2", "S+ M+ A+ R? T+"),
    ("Increase conversion rate from 10% to 15% by Q3", "S+ M+ A+ R? T+"),
    ("Increase marketing-sourced pipeline by 20%", "S+ M+ A+ R? T-"),
    ("Increase signups by N by end of Q1", "S- M- A? R? T+"),
    ("Add [target] new leads in Q1", "S- M- A? R? T+"),
    ("Publish 8 case studies by end of June 2027", "S+ M+ A+ R? T+"),
    ("Explore influencer marketing", "S- M- A? R? T-"),
    ("Host the customer summit in London by September 2027", "S+ M+ A+ R? T+"),
    ("Increase click-through rate to 3% by the end of the month", "S+ M+ A+ R? T+"),
    ("Get 200 trial signups per week through Q2", "S+ M+ A+ R? T+"),
    ("Improve marketing", "S- M- A? R? T-"),
    ("Boost share of voice eventually", "S- M- A? R? T-"),
]

# ----------------------------------------------------------------- customer success
CUSTOMER_SUCCESS = [
    ("Reduce churn", "S- M- A? R? T-"),
    ("Reduce logo churn from 8% to 5% by end of FY27", "S+ M+ A+ R? T+"),
    ("Zero churn this year", "S+ M+ A+ R? T+"),
    ("Improve customer satisfaction", "S- M- A? R? T-"),
    ("Raise CSAT to 90% by Q2", "S+ M+ A+ R? T+"),
    ("Reach an NPS of 50 by end of 2027", "S+ M+ A+ R? T+"),
    ("Respond to every ticket within 24 hours", "S+ M+ A+ R? T-"),
    ("Respond to every ticket within 24 hours by end of Q1", "S+ M+ A+ R? T+"),
    ("Cut first response time to under 2 hours by March 2027", "S+ M+ A+ R? T+"),
    ("Keep churn below 3% every quarter", "S+ M+ A+ R? T-"),
    ("Renew 95% of enterprise accounts in Q1 2027", "S+ M+ A+ R? T+"),
    ("Focus on customer retention", "S- M- A? R? T-"),
    ("Increase NRR by 10 points by end of 2027", "S+ M+ A+ R? T+"),
    ("Reduce churn by 120% by Q2", "S+ M+ A- R? T+"),
    ("Onboard 20 new customers in December", "S+ M+ A+ R? T+"),
    ("Increase CSAT by 10% by Q3", "S+ M+ A+ R? T+"),
    ("Improve onboarding", "S- M- A? R? T-"),
    ("Reduce time to value to 30 days for mid-market customers by Q2", "S+ M+ A+ R? T+"),
    ("Reduce the support ticket backlog soon", "S- M- A? R? T-"),
    ("Increase health scores for strategic accounts", "S+ M- A? R? T-"),
    ("Keep gross revenue retention at or above 90% through 2027", "S+ M+ A+ R? T+"),
    ("Customer satisfaction", "S- M- A? R? T-"),
]

# ----------------------------------------------------------------------- engineering
ENGINEERING = [
    ("Steel erector to top out the east core by week 32 of the programme", "S+ M+ A? R? T-"),
    # emissions are a catalogued metric; a named level before them is reached or not
    ("Reduce cloud carbon footprint by 35% vs 2023 by FY2027", "S+ M+ A+ R? T+"),
    ("Achieve net-zero Scope 2 emissions by 2028", "S+ M+ A+ R? T+"),
    ("Cut Scope 1 emissions by 140% by 2030", "S+ M+ A- R? T+"),
    # "ensure that" opens the result ensured; "X owns this:" names the owner
    ("The Contractor must ensure that all fire safety inspections are completed no later than "
     "31 January 2027.", "S+ M+ A+ R? T+"),
    ("PMM owns this: ship battlecards for the top 5 competitors by end of January",
     "S+ M+ A+ R? T+"),
    # an arrow after a goal label is its colon
    ("goal for Q2 -> get 100% of students to submit homework on time", "S+ M+ A+ R? T+"),
    # a hyphenated word is no leading adverbial ("On-time", not "On ..., ")
    ("On-time delivery at 97% or higher for the Midwest region, eventually", "S+ M+ A+ R? T-"),
    # a named process is what a process verb delivers; "the process" alone names none
    ("Automate the returns process by June", "S+ M+ A+ R? T+"),
    ("Automate the process", "S- M- A? R? T-"),
    # a note's "NB:" is no hidden number
    ("FP&A to deliver the FY28 budget by Oct 31 (NB: board meeting in Nov)", "S+ M+ A+ R? T+"),
    # a level set by a benchmark, a peer or the past is a target known by name
    ("By the end of Q3, the collections team will bring DSO down to the industry median.",
     "S+ M+ A+ R? T+"),
    ("Get on-time delivery back to 2019 levels by June", "S+ M+ A+ R? T+"),
    ("Match HubSpot's share of voice in our category by the end of 2027", "S+ M+ A+ R? T+"),
    ("SMB CSMs to match last year's renewal rate by the end of FY27", "S+ M+ A+ R? T+"),
    # a language's CEFR level is a level known by name, with the language or "level" said
    ("I will learn Spanish to B1 level by December 2027", "S+ M+ A+ R? T+"),
    ("Get to B2 in German by end of 2027", "S+ M+ A+ R? T+"),
    ("Scale search and authz to C1 and C2 requirements by EOY", "S+ M- A? R? T+"),
    # a comparison with a past period or a market index names its level
    ("Talent Acquisition will get offer acceptance rate higher than last year's by June",
     "S+ M+ A+ R? T+"),
    ("Outperform the S&P 500 on portfolio returns in 2027", "S+ M+ A+ R? T+"),
    # ... but "more ... than" is "more", and "over last year" is no comparison
    ("Book more meetings than last quarter by June", "S- M- A? R? T+"),
    ("Grow sales over last year", "S- M- A? R? T-"),
    # ... but a place or an owner's possessive is no benchmark
    ("Reduce ED wait times at St Mary's", "S+ M- A? R? T-"),
    # phrasal verbs with their preposition deliver a named thing
    ("Dad to put up the Christmas lights by Dec 6", "S+ M+ A+ R? T+"),
    ("Sign up for the community college photography course by June", "S+ M+ A+ R? T+"),
    # a goal inside a message: the greeting and sign-off are no part of it
    ("Hi team, quick one for Q1: we will raise the EMEA win rate from 18% to 24%. Thanks, Sam",
     "S+ M+ A+ R? T+"),
    ("Hi all, for Q1 the maths department will get Year 9 homework completion from 60% to 85%."
     " Best, Ruth", "S+ M+ A+ R? T+"),
    # a row of labelled cells ("Goal - ... | Owner - ... | Due - ...")
    ("Goal - ship dark mode | Owner - Design | Due - 2027-04-30", "S+ M+ A+ R? T+"),
    ("Goal - relaunch the website | Owner - Web team | Due - soon", "S+ M+ A? R? T-"),
    # a declarative result whose state word leads the deadline ("done by")
    ("Territory plan completed by Dec 15.", "S+ M+ A+ R? T+"),
    ("Territory plan for FY27 done by Dec 15 — owner: Dana", "S+ M+ A+ R? T+"),
    # automating a process is done or not, even when a metric's word names it
    ("Automate payroll by Q1", "S+ M+ A+ R? T+"),
    ("Controller to automate bank reconciliations", "S+ M+ A? R? T-"),
    ("We will automate commission calculations by the end of Q1 2027", "S+ M+ A+ R? T+"),
    ("Outsource payroll by June", "S+ M+ A+ R? T+"),
    ("automate stuff", "S- M- A? R? T-"),
    ("Ship the new billing API by end of Q1", "S+ M+ A+ R? T+"),
    ("Reduce p95 latency to 200ms by June 30, 2027", "S+ M+ A+ R? T+"),
    ("Achieve 99.9% uptime in 2027", "S+ M+ A+ R? T+"),
    ("Achieve 100% uptime in 2027", "S+ M+ A+ R? T+"),
    ("Zero defects in production by Q2", "S+ M+ A+ R? T+"),
    ("Improve code quality", "S- M- A? R? T-"),
    ("Migrate all services to Kubernetes by end of 2027", "S+ M+ A+ R? T+"),
    ("Increase test coverage to 80% by Q3", "S+ M+ A+ R? T+"),
    ("Increase test coverage to 180% by Q3", "S+ M+ A- R? T+"),
    ("Reduce MTTR by 30% over the next 6 months", "S+ M+ A+ R? T+"),
    ("Release version 2.0 of the mobile app by Q2", "S+ M+ A+ R? T+"),
    ("Look into CI speed", "S- M- A? R? T-"),
    ("Reduce incidents", "S- M- A? R? T-"),
    ("Reduce change failure rate to 10% by end of H1 2027", "S+ M+ A+ R? T+"),
    ("Cut build time from 20 minutes to 8 minutes by Q2", "S+ M+ A+ R? T+"),
    ("Work on performance", "S- M- A? R? T-"),
    ("Increase deployment frequency to 10 per week by end of Q1", "S+ M+ A+ R? T+"),
    ("Launch the developer portal after the migration", "S+ M+ A? R? T-"),
    ("Fix bugs", "S- M- A? R? T-"),
    ("Reduce error rate by 50% by end of Q1 so that enterprise customers renew",
     "S+ M+ A+ R+ T+"),
    # going live with a named system is done or not; going live alone names nothing
    ("Go live with the new warehouse management system by March 31", "S+ M+ A+ R? T+"),
    ("Go live with Epic at both hospitals by 2027-04-01", "S+ M+ A+ R? T+"),
    ("Go live by Q2", "S- M- A? R? T+"),
    # a name a number is part of ("24/7"), a list of names that says which, a thing sold out
    ("Launch 24/7 chat coverage for Premium customers by the end of Q1", "S+ M+ A+ R? T+"),
    ("Ship role-based permissions (Admin, Approver, Viewer) by May 31, 2027",
     "S+ M+ A+ R? T+"),
    ("Ship new features (faster, better) by Q2", "S- M- A? R? T+"),
    ("Sell out all 800 places in the Harbour 10K by 1 May 2027", "S+ M+ A+ R? T+"),
    # a named account, then done
    ("Get Kestrel Logistics signed this quarter.", "S+ M+ A+ R? T+"),
    ("Get Marketing aligned by Q2", "S- M- A? R? T+"),
    ("Retire the legacy lab results interface by June 30, 2027", "S+ M+ A+ R? T+"),
    # a named target with no verb of reaching, and a degree after it, is a change
    ("Finance: forecast better", "S- M- A? R? T-"),
    # a name capitalised in a sentence that is not; a recertification is done or not
    ("Launch Guild Wars (the PvP guild mode) to all players by 31 March 2027",
     "S+ M+ A+ R? T+"),
    ("Build Dashboards by Q2", "S- M- A? R? T+"),
    ("Achieve ISO 9001 recertification for the aseptic unit by April", "S+ M+ A+ R? T+"),
]

# -------------------------------------------------------------------------------- hr
HR = [
    ("Submit my PhD thesis by June", "S+ M+ A+ R? T+"),
    ("Hire two SDRs by end of Q1", "S+ M+ A+ R? T+"),
    ("VP Talent hired", "S+ M+ A? R? T-"),
    ("VP Talent hired by March 31, 2027", "S+ M+ A+ R? T+"),
    ("Time-to-fill is ≤45 days by Q2", "S+ M+ A+ R? T+"),
    ("Reduce employee attrition to 10% by end of 2027", "S+ M+ A+ R? T+"),
    ("Improve employee engagement", "S- M- A? R? T-"),
    ("Hire N engineers by Q3", "S- M- A? R? T+"),
    ("Be a better manager", "S- M- A? R? T-"),
    ("Hire 5 account executives in EMEA by end of Q2", "S+ M+ A+ R? T+"),
    ("Raise the engagement score to 80% by Q4", "S+ M+ A+ R? T+"),
    ("Reduce time to fill to 30 days by end of March", "S+ M+ A+ R? T+"),
    ("Increase offer acceptance rate to 140% by Q3", "S+ M+ A- R? T+"),
    # a cadence says how often, not how many or which: as unpinned as "run reviews"
    ("Run quarterly performance reviews", "S- M- A? R? T-"),
    ("Run quarterly performance reviews for all 40 engineers", "S+ M+ A? R? T-"),
    ("Hire a Head of Sales Enablement by Q1 2027", "S+ M+ A+ R? T+"),
    ("Hire more engineers", "S- M- A? R? T-"),
    ("Improve culture", "S- M- A? R? T-"),
    ("Complete manager training for all 12 team leads by end of February",
     "S+ M+ A+ R? T+"),
]

# -------------------------------------------------------------------------- personal
PERSONAL = [
    ("Lose 5 kg by June 2027", "S+ M+ A+ R? T+"),
    ("Get fit", "S- M- A? R? T-"),
    ("Read 24 books in 2027", "S+ M+ A+ R? T+"),
    ("Run a marathon by October 2027", "S+ M+ A+ R? T+"),
    ("Reduce my weight from 100 kg to 50 kg by end of January", "S+ M+ A- R? T+"),
    ("Walk 10,000 steps a day", "S+ M+ A+ R? T-"),
    ("Save $10,000 by end of 2027", "S+ M+ A+ R? T+"),
    ("Be more productive", "S- M- A? R? T-"),
    ("Read more books", "S- M- A? R? T-"),
    ("Work out 3 times a week through March 2027", "S+ M+ A+ R? T+"),
    ("Save more money someday", "S- M- A? R? T-"),
    ("Complete the AWS Solutions Architect certification by Q2 to get better at cloud design",
     "S+ M+ A+ R+ T+"),
    ("Pay off $5,000 of debt within 12 months", "S+ M+ A+ R? T+"),
    ("Sleep better", "S- M- A? R? T-"),
    # one thing a generic verb does where a name says happens or not; without the name, vague
    ("Take a two-week trip to Japan in Q2 2027", "S+ M+ A+ R? T+"),
    ("Take a trip in Q2 2027", "S- M- A? R? T+"),
]

# ---------------------------------------------------------- declarative key results
DECLARATIVE = [
    ("Pipeline coverage at 3x by end of Q1", "S+ M+ A+ R? T+"),
    ("Churn reduced to 4% by end of 2027", "S+ M+ A+ R? T+"),
    ("Partner portal launched by Q2", "S+ M+ A+ R? T+"),
    ("Win rate is 28% or higher by end of Q2", "S+ M+ A+ R? T+"),
    ("NPS of 45 by Q3", "S+ M+ A+ R? T+"),
    ("ARR of $12M by end of FY2027", "S+ M+ A+ R? T+"),
    ("CSAT at 92% for enterprise customers by H1", "S+ M+ A+ R? T+"),
    ("Churn reduced", "S- M- A? R? T-"),
]

# ------------------------------------------------------------------ compound goals
COMPOUND = [
    ("Increase pipeline by 20% by Q2 and hire two SDRs and launch a blog", "S+ M+ A+ R? T+"),
    ("Launch the partner portal and grow the business by Q2", "S+ M+ A+ R? T+"),
    ("Raise CSAT to 90% and cut churn to 5% by end of 2027", "S+ M+ A+ R? T+"),
    # a leading time, then the clause, then an aside after a comma: the clause is no adverbial
    ("By the end of Q2 we will launch the accountant workspace, with bulk export",
     "S+ M+ A+ R? T+"),
]

# ----------------------------------------------------------------------- hedges
HEDGES = [
    ("Focus on increasing enterprise renewals to 90% by Q3", "S+ M+ A+ R? T+"),
    ("Strive for excellence", "S- M- A? R? T-"),
    ("Try to improve things", "S- M- A? R? T-"),
    ("Aim to close 10 enterprise deals by end of Q1", "S+ M+ A+ R? T+"),
    # RUBRIC S: a non-committal action fails unless a *verifiable* deliverable is
    # committed to (M's launch/ship/publish... + artifact); "work on" commits to none.
    ("Work on the partner portal", "S- M- A? R? T-"),
    ("Try to increase pipeline", "S- M- A? R? T-"),
    # "probably", "maybe": a hedge between the modal and the verb, not part of the object
    ("We should probably explore a move to Kubernetes", "S- M- A? R? T-"),
    ("We will probably grow ARR 20% by Q3", "S+ M+ A+ R? T+"),
    # "be" before a verb's -ing form or a plan: the verb after it is the action
    ("I am planning to run a marathon by October", "S+ M+ A+ R? T+"),
    ("We're aiming for 130% NRR next year", "S+ M+ A+ R? T+"),
    ("Aim for excellence", "S- M- A? R? T-"),
]

# ------------------------------------------------------------- placeholders
PLACEHOLDERS = [
    ("Increase ARR by $N by Q4", "S- M- A? R? T+"),
    ("Grow MRR to XXX by end of 2027", "S- M- A? R? T+"),
    ("Increase pipeline by TBD", "S- M- A? R? T-"),
    ("Increase win rate to X% by end of Q2", "S- M- A? R? T+"),
    # a deliverable whose extent is a placeholder is undecided too; "by TBD" is a time
    ("Roll out endpoint detection to X% of company laptops by Q3", "S+ M- A+ R? T+"),
    ("Move benefits administration onto a single platform by TBD", "S+ M+ A? R? T-"),
    # ... and so is an undecided word right after a named deliverable
    ("Publish the Local Plan review TBD", "S+ M+ A? R? T-"),
    ("Ship the pricing page, TBC", "S+ M+ A? R? T-"),
    ("Increase NPS TBD", "S- M- A? R? T-"),
]

# ---------------------------------------------- time expressions that resolve (T+)
RESOLVING_TIMES = [
    ("Increase pipeline by 20% within 90 days", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% in the next 6 months", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by the end of the month", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by EOY", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by EOQ", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by end of FY26", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% in FY2027", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% in the first half of 2027", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by 31/03/2027", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by 2027-06-30", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by H2", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% this year", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% in Q3", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by mid-2027", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by Friday", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by 2028", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by 2030", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% over the next two quarters", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by end of next week", "S+ M+ A+ R? T+"),
    ("Increase pipeline by 20% by Q4", "S+ M+ A+ R? T+"),
]

# ---------------------------------------------- time expressions that do not (T-)
FAILING_TIMES = [
    # a day of every month comes back: no deadline
    ("Treasurer to collect 100% of subs by the 1st of every month", "S+ M+ A+ R? T-"),
    ("Increase pipeline by 20% soon", "S+ M+ A+ R? T-"),
    ("Increase pipeline by 20% eventually", "S+ M+ A+ R? T-"),
    ("Increase pipeline by 20% in the future", "S+ M+ A+ R? T-"),
    ("Increase pipeline by 20% over time", "S+ M+ A+ R? T-"),
    ("Increase pipeline by 20% at some point", "S+ M+ A+ R? T-"),
    ("Increase pipeline by 20% every quarter", "S+ M+ A+ R? T-"),
    ("Increase pipeline by 20% monthly", "S+ M+ A+ R? T-"),
    ("Increase pipeline by 20% by Q2 2026", "S+ M+ A+ R? T-"),
    ("Increase pipeline by 20% by March 2026", "S+ M+ A+ R? T-"),
    ("Increase pipeline by 20% once the new CRM is live", "S+ M+ A+ R? T-"),
    ("Increase pipeline by 20% in the spring", "S+ M+ A+ R? T-"),
    # a period's end that names a process is no deadline
    ("Cut month-end close from 10 days to 6 days", "S+ M+ A+ R? T-"),
    ("Shorten quarter-end close to 5 days", "S+ M+ A+ R? T-"),
    ("Reduce errors in month-end close", "S+ M- A? R? T-"),
]

# ------------------------------------- what pins an outcome, and what does not
PINNING = [
    # a scope opening a short owner's name pins it; one inside the owner's name does not
    ("Rural clinics: increase telehealth visits.", "S+ M- A? R? T-"),
    ("Warehouse team to do more cycle counts.", "S- M- A? R? T-"),
    ("Reduce the outpatient no-show rate to <target>% by EOQ", "S+ M- A? R? T+"),
    ("Get in front of more decision makers in retail banking.", "S+ M- A? R? T-"),
    # an amount counted in a metric is no subject; a vague count names no deliverable
    ("$3M in pipeline by Q3", "S+ M+ A+ R? T+"),
    ("Expansion: $N in upsell ARR by Q3", "S- M- A? R? T+"),
    ("Ship some improvements to the editor", "S- M- A? R? T-"),
    ("events budget — spend it better this year", "S- M- A? R? T+"),
    # a fraction is a target; a goal frame may state the result itself
    ("Cut support tickets caused by bugs by a third ASAP", "S+ M+ A+ R? T-"),
    ("my goal for q1 is 300k closed won in the smb segment", "S+ M+ A+ R? T+"),
    ("Boost team spirit with monthly socials", "S- M- A? R? T-"),
    ("Improve developer experience in 2027", "S- M- A? R? T+"),
    ("Sign the renewal with the data-enrichment vendor before January 1.", "S+ M+ A+ R? T+"),
    # one listed deliverable a phrase after it says which of is named
    ("Our Chief Data Officer will publish a data strategy for the Ministry by the end of "
     "Q1 2027", "S+ M+ A+ R? T+"),
    ("Roll out a new process for deal-desk approvals.", "S+ M+ A? R? T-"),
    ("Publish a data strategy by Q1", "S- M- A? R? T+"),
    # a heading over a goal that names its own object; a heading that is the metric
    ("Laptop refresh: replace all 1,100 Windows 10 devices before October 14",
     "S+ M+ A+ R? T+"),
    ("Forecast calls: tighten them up", "S- M- A? R? T-"),
    ("Churn: reduce to 5% by Q4", "S+ M+ A+ R? T+"),
    # a named thing got signed is a deliverable
    ("Kai, pls get the Brightwater contract signed by friday", "S+ M+ A+ R? T+"),
    # a named deliverable pins the outcome, even when a metric word names it
    ("Publish the partner onboarding guide by March 31", "S+ M+ A+ R? T+"),
    ("Implement a lead-routing model by Q2", "S+ M+ A+ R? T+"),
    ("Finance director hired by Q2", "S+ M+ A+ R? T+"),
    ("Close the Brightline renewal by January 31", "S+ M+ A+ R? T+"),
    ("Fix the checkout timeout bug by Friday", "S+ M+ A+ R? T+"),
    ("Pass the AWS architect exam by June 2027", "S+ M+ A+ R? T+"),
    ("Reach break-even by Q4 2027", "S+ M+ A+ R? T+"),
    # upkeep of an unnamed thing, judgement words and bare objects pin nothing
    ("Fix the CRM", "S- M- A? R? T-"),
    ("Refresh our brand", "S- M- A? R? T-"),
    ("Hire great designers", "S- M- A? R? T-"),
    ("Hire the right people by Q1", "S- M- A? R? T+"),
    ("Improve the product", "S- M- A? R? T-"),
    ("Improve SEO", "S- M- A? R? T-"),
    ("Reduce noise at work", "S- M- A? R? T-"),
    # non-committal actions stay activity, however pinned their object is
    ("Explore 5 new partner programs by Q3", "S- M+ A+ R? T+"),
    ("Look into a new billing tool", "S- M- A? R? T-"),
    ("Focus on mid-market renewals in Q1", "S- M- A? R? T+"),
    # "on-call", "in-app": a glued preposition is part of the word
    ("Reduce on-call alerts by 30% by Q2", "S+ M+ A+ R? T+"),
]

# ----------------------------------------------- realistic and impossible changes
REALISM = [
    ("Raise survey completion to 125% by Q2", "S+ M+ A- R? T+"),
    ("Cut deploy time from 40 min to 10 min by Q1", "S+ M+ A+ R? T+"),
    ("Raise utilisation from 40% to 70% by Q1", "S+ M+ A+ R? T+"),
    ("Cut page weight by 40% by Q1", "S+ M+ A+ R? T+"),
    ("Reduce my weight from 100 kg to 50 kg by end of January", "S+ M+ A- R? T+"),
    # income is revenue: tripling it within a quarter is out of reach
    ("Triple licensing income in Q1, from £2k to £6k.", "S+ M+ A- R? T+"),
    ("Grow net income by 10% by Q4", "S+ M+ A+ R? T+"),
    # a multiple of a known metric with no verb is a change; of a named level, a level
    ("10x new bookings by Q1", "S+ M+ A- R? T+"),
    ("Pipeline 3x quota by Q2", "S+ M+ A+ R? T+"),
    # a colon stands for the verb: a multiple after it is a change
    ("Side-project revenue: 10x by end of next month", "S+ M+ A- R? T+"),
    ("Pipeline: 3x quota by March", "S+ M+ A+ R? T+"),
    # a baseline after "currently"; a rate's measure before "of" (bounded at 100%)
    ("we want 200 members by next month (currently 60)", "S+ M+ A- R? T+"),
    ("Get day-30 retention of new users to 140% by June", "S+ M+ A- R? T+"),
    ("Grow DAU/MAU ratio to 110% by Q2", "S+ M+ A- R? T+"),  # a share of the month's users
]

ALL_CASES = (PINNING + REALISM + SALES + MARKETING + CUSTOMER_SUCCESS + ENGINEERING + HR
             + PERSONAL + DECLARATIVE + COMPOUND + HEDGES + PLACEHOLDERS + RESOLVING_TIMES
             + FAILING_TIMES)


@pytest.mark.parametrize(("text", "expected"), ALL_CASES, ids=[c[0][:60] for c in ALL_CASES])
def test_verdicts(text: str, expected: str) -> None:
    assert verdicts(run(text)) == expected


# ------------------------------------------------------ other fiscal-year starts
FISCAL = [
    # (text, fiscal start month, expected verdicts, expected deadline)
    ("Increase ARR by 20% by end of FY27", 10, "S+ M+ A+ R? T+", "2027-09-30"),
    ("Increase ARR by 20% by end of FY26", 10, "S+ M+ A+ R? T-", "2026-09-30"),
    ("Increase bookings by 10% in Q1", 10, "S+ M+ A+ R? T+", "2026-12-31"),
    ("Hit quota in Q4", 4, "S+ M+ A+ R? T+", "2027-03-31"),
    ("Close 10 deals in H1", 7, "S+ M+ A+ R? T+", "2026-12-31"),
    ("Close 10 deals in H2", 7, "S+ M+ A+ R? T+", "2027-06-30"),
    ("Grow pipeline by 25% by end of FY2027", 4, "S+ M+ A+ R? T+", "2027-03-31"),
    ("Grow pipeline by 25% by EOQ", 2, "S+ M+ A+ R? T+", "2027-01-31"),
]


@pytest.mark.parametrize(("text", "fys", "expected", "deadline"), FISCAL,
                         ids=[f"{c[0]} (FY starts {c[1]})" for c in FISCAL])
def test_fiscal_calendars(text: str, fys: int, expected: str, deadline: str) -> None:
    result = run(text, fiscal_year_start=fys)
    assert verdicts(result) == expected
    assert result.to_dict()["extractions"]["deadline"] == deadline


def test_there_are_enough_cases() -> None:
    # The table is the spec; it must cover the rubric broadly.
    assert len(ALL_CASES) + len(FISCAL) >= 150


@pytest.mark.parametrize(("text", "expected"), ALL_CASES, ids=[c[0][:60] for c in ALL_CASES])
def test_every_fail_is_explained(text: str, expected: str) -> None:
    result = run(text)
    for name, criterion in result.criteria.items():
        if criterion.verdict == "fail":
            errors = [f for f in result.findings if f.criterion == name and f.severity == "error"]
            assert errors, f"{name} fails without an error finding"
            assert all(f.suggestion for f in errors)


# The Specific verdict alone, for the patterns of personal yes/no goals, verbs that
# name their behaviour, causative "make X happier", named artifacts with an abstract
# head word, and compound goals judged on their concrete part.
SPECIFIC_ONLY = [
    ("Quit smoking by January 1, 2027", "pass"),       # ending a habit is a yes/no fact
    ("Stop vaping for good", "pass"),
    ("Pay off the car loan by June 2027", "pass"),     # clearing a debt, too
    ("stop procrastinating", "fail"),                  # ... but not a vague habit
    ("Write a will at some point next year", "pass"),  # "a will" is a noun, not a modal
    ("Swim twice a week", "pass"),                     # the verb is the behaviour, pinned
    ("Score at least 7.5 on IELTS by March 2027", "pass"),
    ("Increase by 20% by Q3", "fail"),                 # a change of nothing named
    ("Make customers 20% happier.", "fail"),           # the complement is abstract
    ("Make the clinic twice as good next year", "fail"),
    ("Make onboarding 2 days shorter by Q2", "pass"),  # a concrete complement
    ("Introduce a cross-docking process at the Dallas hub", "pass"),
    ("People Ops will roll out the new performance review process by Q1", "pass"),
    ("Build a strong strategy", "fail"),               # one judgement word names nothing
    ("Grow the business and increase ARR by 10% by Q3.", "pass"),
    ("Improve morale and reduce attrition and ship more", "fail"),
    # scope qualifiers the parts extractor reads (teams, whole sets, names)
    ("Reduce pager alerts on the search team", "pass"),
    ("Increase referrals from the product org next quarter", "pass"),
    ("Email reminders to every March renewal by February 1", "pass"),
    ("Resolve the open escalations at Orchid Health by Q1", "pass"),
    ("Improve morale on the team", "fail"),            # "the team" names no team
    ("Cut the steps to file a claim from 9 to 4", "pass"),  # the target is the goal's
    ("Publish the 2028 hiring strategy by March", "pass"),
    ("Publish a strategy", "fail"),
]


@pytest.mark.parametrize(("text", "expected"), SPECIFIC_ONLY,
                         ids=[c[0][:60] for c in SPECIFIC_ONLY])
def test_specific_verdict(text: str, expected: str) -> None:
    assert run(text).criteria["specific"].verdict == expected
