"""The words around a goal that are no part of it (wrappers.py): a message's greeting and
sign-off, an OKR tracker's status tags, scores and progress notes, and sentences that
state how things are beside the goal."""

from __future__ import annotations

import pytest

from goalsmith import audit
from goalsmith.rewrite import goal_bounds
from goalsmith.wrappers import (
    background_span,
    context_sentences,
    courtesies,
    dialogue_spans,
    filler_spans,
    handover_spans,
    log_spans,
    request_span,
    slogan_span,
    status_spans,
    template_spans,
    tracker_spans,
)

MESSAGES = [
    ("Hi team, we will hire 4 SDRs by February 15. Thanks, Rosa", "Hi team, ", " Thanks, Rosa"),
    ("Hey Lisa — can we get the FY26 audit wrapped up soon? Thanks, Marcus", "Hey Lisa — ",
     " Thanks, Marcus"),
    ("Hello product squad, we will run 2 usability tests every sprint. Thanks, Arun",
     "Hello product squad, ", " Thanks, Arun"),
    ("Hello, Mr. Tanaka — can we digitise the library catalogue? Thanks, Bea",
     "Hello, Mr. Tanaka — ", " Thanks, Bea"),
    ("Hi Dr. Li, can we improve patient experience scores this year? Best, Ward 7 manager",
     "Hi Dr. Li, ", " Best, Ward 7 manager"),
    ("Morning all - I'm going to merge our billing systems by Q1. Cheers, Dev", "Morning all - ",
     " Cheers, Dev"),
    ("Dear board, the development office will raise $250,000 by December 31. Warmly, Grace",
     "Dear board, ", " Warmly, Grace"),
    # no message: a goal that merely starts or ends like one
    ("Hit quota. Thanks to the new comp plan, renewals grow", "", ""),
    ("Best practice adoption to 80% by June", "", ""),
    ("Hiring plan done by June", "", ""),
]


@pytest.mark.parametrize(("text", "greeting", "sign_off"), MESSAGES)
def test_courtesies_are_found(text: str, greeting: str, sign_off: str) -> None:
    found = [text[a:b] for a, b in courtesies(text)]
    assert found == [part for part in (greeting, sign_off) if part]


OWNED = [
    # the person greeted or signing owns nothing; the goal's own subject does
    ("Hi Tom, I'll get the 409A valuation refreshed by January 31. Cheers, Aisha", ["I"]),
    ("Hey team, Priya to run 3 field events in DACH every quarter. Cheers, Max", ["Priya"]),
    ("Hey team — bring build times down 50% in 2 weeks. Cheers, Kai", []),
]


@pytest.mark.parametrize(("text", "owners"), OWNED)
def test_greeted_and_signing_people_own_nothing(text: str, owners: list[str]) -> None:
    assert [a.text for a in audit(text, today="2026-11-29").parts.actors] == owners


def test_rewrite_leaves_the_courtesies_out() -> None:
    text = "Hey team, Priya to run 3 field events in DACH every quarter. Cheers, Max"
    lo, hi = goal_bounds(text)
    assert text[lo:hi] == "Priya to run 3 field events in DACH every quarter"
    rewrite = audit(text, today="2026-11-29").rewrite
    assert rewrite is not None and rewrite.text.startswith("Priya to run 3 field events")
    assert "Cheers" not in rewrite.text and "Hey" not in rewrite.text


STATUS = [
    ("[at risk] Sofia to roll out the new commission plan", ["[at risk] "]),
    # a priority tag, and emoji opening the line as a mark
    ("[P1] Grow revenue from $5M to $25M by end of Q3", ["[P1] "]),
    ("(High) Cut churn to 2% by June", ["(High) "]),
    ("🔥 Cut churn to 2% by June", ["🔥 "]),
    ("🚀🚀 Launch the partner portal by March", ["🚀🚀 "]),
    ("(stretch) Launch the customer community", ["(stretch) "]),
    # a status in capitals opening the goal, set off by a dash or a colon ("Done" is a word)
    ("BLOCKED - Sam: sign the Globex reseller agreement ASAP", ["BLOCKED - "]),
    ("AT RISK: hire 3 AEs by June", ["AT RISK: "]),
    ("Done - ship the pricing page", []),
    # a label the result is set equal to
    ("Done = public roadmap page published by Dec 15", ["Done = "]),
    ("Goal == cut churn to 2% by Q3", ["Goal == "]),
    ("ARR = $4M by Q3", []),
    # an e-mail's subject line or a channel's topic; a topic with a time in it stays
    ("Topic: renewals — Jo to save 8 of the 12 at-risk accounts by Friday",
     ["Topic: renewals — "]),
    ("FW: LMS — IT to migrate all courses to Canvas by end of next quarter", ["FW: LMS — "]),
    ("Re: FY27 budget — reduce SaaS spend by 15% by June 30", ["Re: "]),
    ("Subject: Raise eNPS (owner: HR)", ["Subject: "]),
    ("Re-engage 200 dormant leads by Q1", []),
    ("KR3 (0.8, committed): Renewals team to hit 95% gross renewal rate", [" (0.8, committed)"]),
    ("KR 2.2 — 10% done — improve SEO by Q2", [" — 10% done", "KR 2.2 — 10% done — "]),
    ("O2 Ship faster / KR2: at least 10 production deploys per week", ["O2 Ship faster / "]),
    # a checklist's mark, a strike-through's tildes, a plan's heading
    ("[x] VP Talent hired by Q1", ["[x] "]),
    ("☐ Launch a customer health score in Gainsight", ["☐ "]),
    ("~~Migrate the billing service to Kubernetes~~", ["~~", "~~"]),
    ("Pillar A, Objective 2 - Open the Dallas distribution center by Q3 2027",
     ["Pillar A, Objective 2 - "]),
    ("Strategic Priority 4 > Outcome 4.3: Ship the data platform", [
        "Strategic Priority 4 > Outcome 4.3: "]),
    ("SpO2 > 100% on RA by Friday", []),
    # a number in brackets after a word that is no key result is the writer's
    ("Hire 3 AEs (0.5 FTE each) by June", []),
    ("Raise NPS (stretch goal: 60) by Q3", []),
]


def test_a_status_in_capitals_is_no_owner() -> None:
    parts = audit("BLOCKED - Sam: sign the Globex reseller agreement ASAP",
                  today="2026-11-29").parts
    assert [a.text for a in parts.actors] == ["Sam"]
    assert parts.action is not None and parts.action.text == "sign"


def test_progress_is_no_target() -> None:
    parts = audit("KR 2.2 — 10% done — improve SEO by Q2", today="2026-11-29").parts
    assert parts.targets == [] and parts.action is not None and parts.action.text == "improve"


CONTEXT = [
    ("DAU/MAU is 19%. Grow DAU/MAU to 25% by EOY", ["DAU/MAU is 19%."]),
    ("Paid search CPL is $180. Cut cost per lead to $120 by end of Q2. The CFO is watching.",
     ["Paid search CPL is $180.", "The CFO is watching."]),
    ("The ward logged 40 falls last quarter. Reduce falls by 20% on the ward this quarter",
     ["The ward logged 40 falls last quarter."]),
    # a lone statement is a key result, and a plan's long statement is read as it stands
    ("Churn is below 2% by June", []),
    ("Churn is 4% today. Churn will be below 2% by June.", ["Churn is 4% today."]),
    ("The U.S. Department of the Interior workforce is diverse and engaged", []),
    # a statement before the goal matters only for its numbers
    ("Tax season was chaos. Get my finances in order by April", []),
    ("Our website traffic dipped in October. The content team will work on SEO.",
     ["Our website traffic dipped in October."]),
]


def test_a_context_number_is_no_target() -> None:
    parts = audit("Overtime is 18% of hours. Reduce overtime hours ASAP",
                  today="2026-11-29").parts
    assert parts.targets == []


REQUESTS = [
    ("can you make this SMART: cut my screen time", ["can you make this SMART: "]),
    ("help me turn this into a goal: get my weight down to 85 kg by June",
     ["help me turn this into a goal: "]),
    ("need a SMART version of: better attribution", ["need a SMART version of: "]),
    ("I need a SMART version of: better attribution", ["I need a SMART version of: "]),
    ("can you help me write a goal to improve our SEO", ["can you help me write a goal to "]),
    # a label or a verb that merely mentions a goal is no request
    ("Sales goal: hit quota", []),
    ("Make the goal tracker live by June", []),
    ("Please ship the portal by June", []),
]


def test_the_assistant_owns_nothing() -> None:
    audit_ = audit("can you make this SMART: close 40 deals in Germany by June",
                   today="2026-11-29")
    assert audit_.parts.actors == [] and audit_.smart


SLOGANS = [
    ("Support: CSAT at 95% or higher by end of Q1!!! LET'S GOOO", [" LET'S GOOO"]),
    ("Reduce quote-to-cash cycle time by 30%!!! SPEED WINS", [" SPEED WINS"]),
    # one capitalised word after a goal is more likely its region or a name
    ("Hit quota! EMEA", []),
    ("Win 5 deals. ACME AND GLOBEX", []),
]


def test_a_rallying_cry_owns_nothing() -> None:
    parts = audit("Support: CSAT at 95% or higher by end of Q1!!! LET'S GOOO",
                  today="2026-11-29").parts
    assert [a.text for a in parts.actors] == ["Support"]


def test_a_long_run_on_leads_to_its_goal() -> None:
    text = ("Our CSAT on chat has been stuck around 82% for a year and Mira says it is mostly the "
            "handoff between tier 1 and tier 2, we tried a macro fix in July that did nothing, "
            "so the support leads will get chat CSAT to 90% by end of next quarter")
    (start, end), = background_span(text)
    assert start == 0 and text[end:].startswith("the support leads will")
    parts = audit(text, today="2026-11-29").parts
    assert [a.text for a in parts.actors] == ["support leads"]
    assert [t.text for t in parts.targets] == ["to 90%"]
    # a short reason before "so" is no background
    assert background_span("Churn is high, so we will cut it to 2% by June") == []


TRACKERS = [
    ("[SALES-412] Raise win rate to 24% by Q2", ["[SALES-412] "]),
    ("OPS-231: Reduce p95 latency below 200ms by EOQ", ["OPS-231: "]),
    ("EPIC: Improve campaign attribution", ["EPIC: "]),
    ("Story - As a CSM I want a churn-risk score", ["Story - "]),
    ("feat(billing): cut failed payments by 20% by Q2", ["feat(billing): "]),
    ("TODO: sell the old car by Saturday", ["TODO: "]),
    ("+1 @carlos, and let's get comp bands published", ["+1 @carlos, and "]),
    ("+1 to @zoe's challenge! I'm in for 100 pushups a day", ["+1 to @zoe's challenge! "]),
    # a "+1" that runs straight into the goal gives up only itself
    ("+1 to improving retention by 10% by June", ["+1 "]),
    # words that open goals, and a team written in lower case, are no tags
    ("Fix the onboarding flow by March", []),
    ("Issue 40 invoices by Friday", []),
    ("Bug bash: fix 50 bugs by Friday", []),
    ("Task force to cut costs by 5%", []),
    ("ops: cut returns processing time from 6 days to 3 by end of q1", []),
    # the minutes' items, formal resolutions and a board's direction
    ("AI: Maria to reduce gross churn by Q2", ["AI: "]),
    ("ACTION - RB to send the pricing proposal by Friday", ["ACTION - "]),
    ("Next steps: update the discharge checklist by 12/10", ["Next steps: "]),
    ("NS: send the MSA redlines back to legal by 12/7", ["NS: "]),
    ("RESOLVED, that the Company shall open a second distribution centre", ["RESOLVED, that "]),
    ("It is hereby agreed that Engineering will cut p95 latency to 300ms",
     ["It is hereby agreed that "]),
    ("The Board of Governors directs the University to raise its graduation rate to 65%",
     ["The Board of Governors directs "]),
    ("Public accountability post: I'm going to book 100 demos by Dec 31",
     ["Public accountability post: "]),
    # a board that acts, or asks for no one's action, is the subject
    ("The board will approve the budget by March", []),
    ("The committee requests a budget by May", []),
    ("Actionable insights for every rep by Q2", []),
]

FILLERS = [
    ("uh dana and i are gonna get the budget locked in by um the fifteenth of january",
     ["uh ", "um "]),
    ("Um, so we need to cut churn", ["Um, "]),
    # capitals and longer words are no hesitation: the ER, umbrellas
    ("um so the ER team needs door-to-doctor time under 30 minutes", ["um "]),
    ("umbrella sales up 10% by June", []),
]

HANDOVERS = [
    ("It's on Jake to close 12 new logos by March 31", ["It's on "]),
    ("Over to Tomás: 4 customer case studies published by end of next week", ["Over to "]),
    ("The goal for the onboarding pod is to cut time-to-first-value to 10 days",
     ["The goal for ", "is"]),
    ("The goal for me is to visit 3 countries by end of 2027", ["The goal for ", "is"]),
    # a goal that is no handover: "over to" in a goal, a goal for a thing
    ("Move the team over to the new CRM by March", []),
    ("The goal for Q1 is 20 demos", []),
    ("It's on track to hit 20% by June", []),
]

LOGS = [
    ("Mon 30 Nov: focus on the top 50 accounts", ["Mon 30 Nov: "]),
    ("2026-12-01 — commit: Hannah will ship the Q1 territory plan by Dec 18",
     ["2026-12-01 — commit: "]),
    ("Week 49: publish the Q4 bookings dashboard by Friday", ["Week 49: "]),
    ("Day 1/100: I will write one journal entry a day until March 9", ["Day 1/100: "]),
    ("Entry 8 (Nov 27): get supplier lead times down", ["Entry 8 (Nov 27): "]),
    ("30/11 - we'll write better docs", ["30/11 - "]),
    # a date that is a deadline, and days that are counted, stay
    ("2027-03-31: launch the partner portal", []),
    ("Day 30 of onboarding: 80% of reps certified", []),
    ("Week 12 retention above 40% by June", []),
]

DIALOGUES = [
    ("Coach: what's the goal? A: cut paid CAC by 20% by March", ["Coach: what's the goal? A: "]),
    ("Coach: why does this matter? A: because CAC is out of control. Coach: so the goal? A: "
     "cut paid CAC by 20% by March",
     ["Coach: why does this matter? A: ", " Coach: so the goal? A: "]),
    ("Goal? -> close more deals this quarter", ["Goal? -> "]),
    # a question that holds a time keeps it: only the labels go
    ("Q: Target for next quarter? A: grow revenue from $1.2M to $6M", ["Q:", " A: "]),
    # a coach who owns the goal, and a question in a goal, are no dialogue
    ("Coach: run 3 clinics by May", []),
    ("Can we hit 20% growth by June?", []),
]

TEMPLATES = [
    ("I will [save] [$10,000] by [December 2027]", ["[", "]", "[", "]", "[", "]"]),
    # the prompts left unfilled stay, as placeholders
    ("[Owner] will [reduce] churn to [X]% by [date]", ["[", "]"]),
    # one bracket, footnote marks and a checklist's box are no template
    ("[KL] Increase average deal size by 10%", []),
    ("Improve the loss ratio [1] ([1] net of reinsurance)", []),
    ("- [ ] Increase share of voice [brand]", []),
    ("Increase outcomes with partners[^1] by [^2] six Missions", []),
]

# Each finder against its table: (text, the spans it finds, as text).
FOUND = [(finder, text, spans) for finder, table in (
    (status_spans, STATUS), (context_sentences, CONTEXT), (request_span, REQUESTS),
    (slogan_span, SLOGANS), (tracker_spans, TRACKERS), (filler_spans, FILLERS),
    (handover_spans, HANDOVERS), (log_spans, LOGS), (dialogue_spans, DIALOGUES),
    (template_spans, TEMPLATES))
    for text, spans in table]


# The one a goal is handed to owns it, wherever the handing words stand.
HANDED = [
    ("It's on Jake to close 12 new logos in the Nordics by March 31, 2027", ["Jake"]),
    ("It's on Dr. Osei to launch the executive MBA cohort by September 2027", ["Dr. Osei"]),
    ("Over to Raj: dedupe 100% of account records in HubSpot by end of next month", ["Raj"]),
    ("The goal for Ms. Alvarez is to improve reading scores", ["Ms. Alvarez"]),
    ("The goal for the onboarding pod is to cut time-to-first-value to 10 days by Q1",
     ["onboarding pod"]),
    ("Cut offer-to-start dropoff from 12% to 4% by end of Q1, with Ines leading", ["Ines"]),
    ("Ship the mobile app rewrite soon — Ayo's on the hook", ["Ayo"]),
    ("Hit quota every quarter, Diego?", ["Diego"]),
    ("Get the new SOPs done (me) by Friday", ["me"]),
    # the readers addressed are no owner
    ("Can we hit 20% growth by June, team?", ["we"]),
    # an executive's ask: the one asked owns it
    ("I'm asking every clinical director to cut documentation time by 25% by June",
     ["clinical director"]),
    ("My ask of every leader in this company is to lead with more empathy", ["leader"]),
    ("I'm asking for a 20% raise by June", ["I"]),
    ("Our people are our strategy. In 2027 I'm asking every leader to bring attrition "
     "below 10%", ["leader"]),
    ("Next year, I'm asking every principal to cut absence to 5%", ["principal"]),
    # a journal entry's date and label are no part of the goal, nor its deadline
    ("2026-12-01 — commit: The store manager to cut weekend overtime by 25% by January",
     ["store manager"]),
    # the coach who asks owns nothing; a "Who:" field names the owner
    ("Coach: what's next? A: we should look into observability", ["we"]),
    ("What: run 4 parent workshops / When: by end of March / Who: Family liaison",
     ["Family liaison"]),
]


@pytest.mark.parametrize(("text", "owners"), HANDED)
def test_the_one_handed_the_goal_owns_it(text: str, owners: list[str]) -> None:
    assert [a.text for a in audit(text, today="2026-11-29").parts.actors] == owners


@pytest.mark.parametrize("text", ["Mon 30 Nov: I'll write 500 words every morning",
                                  "2026-12-01 — commit: I will stop procrastinating"])
def test_a_log_entry_date_is_no_deadline(text: str) -> None:
    assert audit(text, today="2026-11-29").criteria["time_bound"].verdict == "fail"


def test_a_filled_template_is_read_and_rewritten_plain() -> None:
    done = audit("[Mr. Chen] will [increase] [homework completion] to [90%] by [June 30]",
                 today="2026-11-29")
    assert done.judgement.smart and [a.text for a in done.parts.actors] == ["Mr. Chen"]
    partly = audit("I will [book] [15] [demos] per [week]", today="2026-11-29")
    assert partly.rewrite is not None
    assert partly.rewrite.text == ("I will book 15 demos per week by the end of next quarter"
                                   " (March 31, 2027).")


@pytest.mark.parametrize(("finder", "text", "spans"), FOUND,
                         ids=[f"{f.__name__}:{t[:40]}" for f, t, _ in FOUND])
def test_wrappers_are_found(finder, text: str, spans: list[str]) -> None:
    assert [text[a:b] for a, b in finder(text)] == spans
