"""Time expressions in goals: what each one means, read the way RUBRIC.md says.

Each table row is a goal, the time expression the component must report (its exact
text, which pins the span), its kind and its resolved start and end. Tables are
grouped by reference date and fiscal-year start, since both change the answer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
import spacy

from goalsmith.goal import GoalParts, Timeframe
from goalsmith.pipeline.extensions import goal_parts
from goalsmith.pipeline.timex import find_timeframes, make_timex, reason_spans, resolve_period

D = date.fromisoformat
N = None  # no date

Row = tuple[str, str, str, str | None, str | None]


def the_frame(goal: str, today: str, fiscal_start: int, expected_text: str) -> Timeframe:
    """The timeframe whose text is ``expected_text`` (fails listing what was found)."""
    frames = find_timeframes(goal, D(today), fiscal_start)
    matching = [f for f in frames if f.text == expected_text]
    assert matching, f"{expected_text!r} not found in {goal!r}; found {frames}"
    return matching[0]


def check(goal: str, today: str, fiscal_start: int, text: str, kind: str,
          start: str | None, end: str | None) -> None:
    frame = the_frame(goal, today, fiscal_start, text)
    assert goal[frame.span[0]:frame.span[1]] == text
    assert (frame.kind, frame.start, frame.end) == (
        kind, D(start) if start else None, D(end) if end else None)


# --- Reference date 2026-11-29 (a Sunday), calendar fiscal year -----------------------

NOV_29: list[Row] = [
    # Absolute dates
    ("Grow EMEA pipeline 18% by March 31", "by March 31", "deadline", "2027-03-31", "2027-03-31"),
    ("Sign 5 partners by 31/03/2027", "by 31/03/2027", "deadline", "2027-03-31", "2027-03-31"),
    ("Launch the pricing page on 2027-06-30", "on 2027-06-30", "deadline", "2027-06-30",
     "2027-06-30"),
    ("Close the Acme renewal by 3/31/2027", "by 3/31/2027", "deadline", "2027-03-31",
     "2027-03-31"),
    ("Hire a VP Talent by 31 March 2027", "by 31 March 2027", "deadline", "2027-03-31",
     "2027-03-31"),
    ("Publish the partner guide by Jan 15th", "by Jan 15th", "deadline", "2027-01-15",
     "2027-01-15"),
    # a day, then a lowercase month that is also a word, after a deadline word
    ("move the inboxes to the new helpdesk by 15 jan - owner: Ida", "by 15 jan", "deadline",
     "2027-01-15", "2027-01-15"),
    ("publish the fixture list by 20 dec", "by 20 dec", "deadline", "2026-12-20",
     "2026-12-20"),
    ("Ship v2 of the portal by March 31st, 2027", "by March 31st, 2027", "deadline",
     "2027-03-31", "2027-03-31"),
    ("Complete SOC 2 prep by the 15th of March", "by the 15th of March", "deadline",
     "2027-03-15", "2027-03-15"),
    # a day in words, as dictated
    ("Finish the report by the fifteenth of January", "by the fifteenth of January", "deadline",
     "2027-01-15", "2027-01-15"),
    ("submit the abstracts by february tenth", "by february tenth", "deadline", "2027-02-10",
     "2027-02-10"),
    ("grow savings by december thirty first twenty twenty seven",
     "by december thirty first twenty twenty seven", "deadline", "2027-12-31", "2027-12-31"),
    ("Launch by the thirty-first of March", "by the thirty-first of March", "deadline",
     "2027-03-31", "2027-03-31"),
    # a count from someone's start (30/60/90-day plans): a date when the start is given,
    # vague time when it is not; each item's own start is a service level, not a start
    ("In my first 30 days as an AE (starting Dec 7) I will complete product certification",
     "In my first 30 days", "deadline", "2026-11-29", "2027-01-06"),
    ("By day 60 (start Jan 4) the new shift lead will cut changeover time",
     "By day 60 (start Jan 4)", "deadline", "2026-11-29", "2027-03-05"),
    ("Within 30 days of your Dec 1 start you will send the first newsletter",
     "Within 30 days of your Dec 1 start", "deadline", "2026-11-29", "2026-12-31"),
    ("By day 90 the new PMM will have launched messaging", "By day 90", "vague", N, N),
    ("Onboard customers in their first 30 days", "in their first 30 days", "duration", N, N),
    ("Get legal sign-off no later than 30 June 2027", "no later than 30 June 2027", "deadline",
     "2027-06-30", "2027-06-30"),
    ("Finish the audit before March 31", "before March 31", "deadline", "2027-03-30",
     "2027-03-30"),
    ("Submit the plan by Sept 30", "by Sept 30", "deadline", "2027-09-30", "2027-09-30"),
    ("Renew 90% of contracts by 31.03.2027", "by 31.03.2027", "deadline", "2027-03-31",
     "2027-03-31"),
    ("Deliver the board deck by 12/15", "by 12/15", "deadline", "2026-12-15", "2026-12-15"),
    ("Close the deal on Nov 29", "on Nov 29", "deadline", "2026-11-29", "2026-11-29"),
    ("Book 20 demos by Dec 1", "by Dec 1", "deadline", "2026-12-01", "2026-12-01"),
    ("Finalise the budget by 2027 Mar 31", "by 2027 Mar 31", "deadline", "2027-03-31",
     "2027-03-31"),  # an unusual order: read by dateparser
    # Months
    ("Hire two SDRs by March", "by March", "deadline", "2027-03-01", "2027-03-31"),
    ("Launch the webinar series in March 2027", "in March 2027", "period", "2027-03-01",
     "2027-03-31"),
    ("Reach 100 new logos by end of March", "by end of March", "deadline", "2027-03-01",
     "2027-03-31"),
    ("Book 40 meetings in November", "in November", "period", "2026-11-01", "2026-11-30"),
    # "next <month>": the next one to come ("next November", said in November, is a year on)
    ("Ship v2 by next March", "by next March", "deadline", "2027-03-01", "2027-03-31"),
    ("Pass the DELE B2 exam by next November", "by next November", "deadline",
     "2027-11-01", "2027-11-30"),
    ("Open the café this coming June", "this coming June", "period", "2027-06-01",
     "2027-06-30"),
    ("Cut churn to 3% by mid-March", "by mid-March", "deadline", "2027-03-15", "2027-03-15"),
    ("Migrate billing by Mar '27", "by Mar '27", "deadline", "2027-03-01", "2027-03-31"),
    ("Roll out the playbook in May", "in May", "period", "2027-05-01", "2027-05-31"),
    ("Train all AEs by may", "by may", "deadline", "2027-05-01", "2027-05-31"),
    ("Hire 2 AEs starting in January through March", "starting in January through March",
     "period", "2027-01-01", "2027-03-31"),
    ("Run the pilot Jan-Mar 2027", "Jan-Mar 2027", "period", "2027-01-01", "2027-03-31"),
    ("Close the books by the end of December", "by the end of December", "deadline",
     "2026-12-01", "2026-12-31"),
    # Quarters
    ("Increase EMEA pipeline by 25% by end of Q3", "by end of Q3", "deadline", "2027-07-01",
     "2027-09-30"),
    ("Raise win rate to 25% in Q3", "in Q3", "period", "2027-07-01", "2027-09-30"),
    ("Hit $2M ARR in Q4", "in Q4", "period", "2026-10-01", "2026-12-31"),
    ("Close $2M in Q3 2026", "in Q3 2026", "period", "2026-07-01", "2026-09-30"),
    ("Close $2M in Q3 2027", "in Q3 2027", "period", "2027-07-01", "2027-09-30"),
    ("Ship the portal by Q3'27", "by Q3'27", "deadline", "2027-07-01", "2027-09-30"),
    ("Ship the portal by Q3 '27", "by Q3 '27", "deadline", "2027-07-01", "2027-09-30"),
    ("Hit the Q3 FY27 revenue target", "Q3 FY27", "period", "2027-07-01", "2027-09-30"),
    ("Land 12 logos in FY27 Q3", "in FY27 Q3", "period", "2027-07-01", "2027-09-30"),
    ("Grow NRR to 115% in the 3rd quarter", "in the 3rd quarter", "period", "2027-07-01",
     "2027-09-30"),
    ("Lift CSAT to 90 by the third quarter of 2027", "by the third quarter of 2027", "deadline",
     "2027-07-01", "2027-09-30"),
    ("reduce churn 2 points in q3", "in q3", "period", "2027-07-01", "2027-09-30"),
    ("Launch in 3Q27", "in 3Q27", "period", "2027-07-01", "2027-09-30"),
    ("Hit plan in 2027-Q2", "in 2027-Q2", "period", "2027-04-01", "2027-06-30"),
    ("Close 30 deals in Q1 of next year", "in Q1 of next year", "period", "2027-01-01",
     "2027-03-31"),
    ("Grow ARR by Q1", "by Q1", "deadline", "2027-01-01", "2027-03-31"),
    ("Run 3 campaigns from Q1 to Q3 2027", "from Q1 to Q3 2027", "period", "2027-01-01",
     "2027-09-30"),
    ("Keep 40 meetings per week between Q1 and Q2", "between Q1 and Q2", "period",
     "2027-01-01", "2027-06-30"),
    ("Double pipeline in Q3-Q4", "in Q3-Q4", "period", "2027-07-01", "2027-12-31"),
    ("Hit plan in Q3 and Q4", "Q4", "period", "2027-10-01", "2027-12-31"),  # follows Q3 2027
    ("Fill the pipeline before Q3", "before Q3", "deadline", "2027-06-30", "2027-06-30"),
    ("Stay above 95% uptime until Q1", "until Q1", "deadline", "2027-01-01", "2027-03-31"),
    ("Keep CAC flat through the end of Q1", "through the end of Q1", "deadline", "2027-01-01",
     "2027-03-31"),
    ("Onboard 10 partners by the start of Q3", "by the start of Q3", "deadline", "2027-07-01",
     "2027-07-01"),
    ("Land the first logo by mid-Q3", "by mid-Q3", "deadline", "2027-08-15", "2027-08-15"),
    ("Close the gap by late Q3", "by late Q3", "deadline", "2027-09-30", "2027-09-30"),
    ("Reach $1M sometime in Q3", "sometime in Q3", "period", "2027-07-01", "2027-09-30"),
    ("Hire the team in fiscal Q2", "in fiscal Q2", "period", "2027-04-01", "2027-06-30"),
    ("Hit quota in the final quarter of 2027", "in the final quarter of 2027", "period",
     "2027-10-01", "2027-12-31"),
    # Halves
    ("Launch the partner portal by H1", "by H1", "deadline", "2027-01-01", "2027-06-30"),
    ("Grow revenue 10% during H2", "during H2", "period", "2026-07-01", "2026-12-31"),
    ("Expand to DACH in the first half of 2027", "in the first half of 2027", "period",
     "2027-01-01", "2027-06-30"),
    ("Win 5 banks in the second half of next year", "in the second half of next year", "period",
     "2027-07-01", "2027-12-31"),
    ("Reach 200 customers in 1H27", "in 1H27", "period", "2027-01-01", "2027-06-30"),
    ("Ship SSO by H2 2027", "by H2 2027", "deadline", "2027-07-01", "2027-12-31"),
    ("Double MQLs in the back half of the year", "in the back half of the year", "period",
     "2026-07-01", "2026-12-31"),
    # Fiscal years (January start: the calendar year)
    ("Deliver $5M bookings in FY2027", "in FY2027", "period", "2027-01-01", "2027-12-31"),
    ("Hit quota by FY26", "by FY26", "deadline", "2026-01-01", "2026-12-31"),
    ("Grow NRR to 120% in fiscal 2027", "in fiscal 2027", "period", "2027-01-01", "2027-12-31"),
    ("Cut costs 5% in fiscal year 2027", "in fiscal year 2027", "period", "2027-01-01",
     "2027-12-31"),
    ("Sign 3 OEM deals this fiscal year", "this fiscal year", "period", "2026-01-01",
     "2026-12-31"),
    ("Retire the legacy CRM by end of FY26", "by end of FY26", "deadline", "2026-01-01",
     "2026-12-31"),
    ("Grow ARR 30% by the end of the fiscal year", "by the end of the fiscal year", "deadline",
     "2026-01-01", "2026-12-31"),
    ("Hit $10M in CY2027", "in CY2027", "period", "2027-01-01", "2027-12-31"),
    # Ends of periods
    ("Close 5 deals by EOM", "by EOM", "deadline", "2026-11-01", "2026-11-30"),
    ("Finish QBRs by eoq", "by eoq", "deadline", "2026-10-01", "2026-12-31"),
    ("Launch the portal by EOY", "by EOY", "deadline", "2026-01-01", "2026-12-31"),
    ("Send the proposal by EOW", "by EOW", "deadline", "2026-11-23", "2026-11-29"),
    ("Renew the top 10 accounts by year-end", "by year-end", "deadline", "2026-01-01",
     "2026-12-31"),
    ("Close the books by the end of the month", "by the end of the month", "deadline",
     "2026-11-01", "2026-11-30"),
    ("Clean the CRM by end of yr", "by end of yr", "deadline", "2026-01-01", "2026-12-31"),
    ("Fix the forecast by end of quater", "by end of quater", "deadline", "2026-10-01",
     "2026-12-31"),
    ("Rebuild the deck by end of next week", "by end of next week", "deadline", "2026-11-30",
     "2026-12-06"),
    ("Hire the CFO by the beginning of next year", "by the beginning of next year", "deadline",
     "2027-01-01", "2027-01-01"),
    ("Reprice by the start of the quarter", "by the start of the quarter", "deadline",
     "2027-01-01", "2027-01-01"),  # the current quarter's start is past: the next one
    ("Send the summary by EOD", "by EOD", "deadline", "2026-11-29", "2026-11-29"),
    ("Review the forecast at year-end", "at year-end", "deadline", "2026-01-01", "2026-12-31"),
    ("Reply to the RFP by tomorrow", "by tomorrow", "deadline", "2026-11-30", "2026-11-30"),
    ("Plan the offsite by year-end 2027", "by year-end 2027", "deadline", "2027-01-01",
     "2027-12-31"),
    ("Finish the migration by EOFY", "by EOFY", "deadline", "2026-01-01", "2026-12-31"),
    # Relative periods
    ("Book 15 demos this week", "this week", "period", "2026-11-23", "2026-11-29"),
    # a weekend is its Saturday and Sunday (weeks run Monday to Sunday)
    ("Declutter the house this weekend", "this weekend", "period", "2026-11-28", "2026-11-29"),
    ("Clean out the garage next weekend", "next weekend", "period", "2026-12-05",
     "2026-12-06"),
    ("Hire an SE next month", "next month", "period", "2026-12-01", "2026-12-31"),
    ("Add $500k pipeline next quarter", "next quarter", "period", "2027-01-01", "2027-03-31"),
    ("Add $500k pipeline nxt qtr", "nxt qtr", "period", "2027-01-01", "2027-03-31"),
    ("Grow ARR 40% this year", "this year", "period", "2026-01-01", "2026-12-31"),
    ("Launch in three markets next year", "next year", "period", "2027-01-01", "2027-12-31"),
    ("Close 4 deals within the quarter", "within the quarter", "deadline", "2026-10-01",
     "2026-12-31"),
    ("Keep NPS above 50 for the rest of the year", "for the rest of the year", "period",
     "2026-11-29", "2026-12-31"),
    ("Hire two AEs in the coming quarter", "in the coming quarter", "period", "2027-01-01",
     "2027-03-31"),
    ("Win 10 logos at some point next year", "at some point next year", "period", "2027-01-01",
     "2027-12-31"),
    ("Expand to Japan sometime next year", "sometime next year", "period", "2027-01-01",
     "2027-12-31"),
    # Windows from today
    ("Close 10 deals within 90 days", "within 90 days", "deadline", "2026-11-29", "2027-02-27"),
    ("Hire 3 AEs in the next 6 months", "in the next 6 months", "period", "2026-11-29",
     "2027-05-29"),
    ("Double pipeline over the next two quarters", "over the next two quarters", "period",
     "2026-11-29", "2027-06-30"),
    ("Book 20 meetings within two weeks", "within two weeks", "deadline", "2026-11-29",
     "2026-12-13"),
    ("Launch the pilot in 6 weeks", "in 6 weeks", "deadline", "2026-11-29", "2027-01-10"),
    ("Close the round within a month", "within a month", "deadline", "2026-11-29",
     "2026-12-29"),
    ("Ship the beta in two weeks' time", "in two weeks' time", "period", "2026-11-29",
     "2026-12-13"),
    ("Reach 1,000 users 6 months from now", "6 months from now", "period", "2026-11-29",
     "2027-05-29"),
    ("Grow revenue 20% within the next year", "within the next year", "deadline", "2026-11-29",
     "2027-11-29"),  # RUBRIC: "within the next N years" is today + N years (N = 1)
    ("Hire a CSM in the next month", "in the next month", "period", "2026-11-29", "2026-12-29"),
    ("Fix the funnel over the next week", "over the next week", "period", "2026-11-29",
     "2026-12-06"),
    ("Hire a CSM by next month", "by next month", "deadline", "2026-12-01", "2026-12-31"),
    ("Win 3 banks in the next quarter", "in the next quarter", "period", "2027-01-01",
     "2027-03-31"),  # quarters stay aligned to the grid
    ("Close the gap by the end of the week", "by the end of the week", "deadline", "2026-11-23",
     "2026-11-29"),
    ("Cut CAC 10% within the next 12 months", "within the next 12 months", "deadline",
     "2026-11-29", "2027-11-29"),
    ("Complete onboarding within 1.5 years", "within 1.5 years", "deadline", "2026-11-29",
     "2028-05-29"),
    ("Add 50 accounts within a couple of weeks", "within a couple of weeks", "deadline",
     "2026-11-29", "2026-12-13"),
    ("Hire 4 engineers within twenty-one days", "within twenty-one days", "deadline",
     "2026-11-29", "2026-12-20"),
    # Weekdays
    ("Send the pricing proposal by Friday", "by Friday", "deadline", "2026-12-04", "2026-12-04"),
    ("Demo the prototype next Friday", "next Friday", "deadline", "2026-12-04", "2026-12-04"),
    ("Kick off the pilot on Monday", "on Monday", "deadline", "2026-11-30", "2026-11-30"),
    ("Finalise the slides before Friday", "before Friday", "deadline", "2026-12-03",
     "2026-12-03"),
    ("Keep 100% logo retention on Q1 renewals", "on Q1", "period", "2027-01-01", "2027-03-31"),
    ("Drive 500 visits within the 1st 30 days after launch", "within the 1st 30 days",
     "duration", N, N),
    ("Launch the course in the month of August", "in the month of August", "period",
     "2027-08-01", "2027-08-31"),
    ("Cut the rate 10% from 2019 to 2024", "from 2019 to 2024", "period", "2019-01-01",
     "2024-12-31"),  # a range stays a range, even in the past
    ("Serve federal needs for 2027 and beyond", "for 2027 and beyond", "period", "2027-01-01",
     N),
    ("Pick the vendor by Wed", "by Wed", "deadline", "2026-12-02", "2026-12-02"),
    # Years
    ("Reach $10M ARR by 2028", "by 2028", "deadline", "2028-01-01", "2028-12-31"),
    ("Open a Paris office in 2027", "in 2027", "period", "2027-01-01", "2027-12-31"),
    ("Set the quota plan for 2027", "for 2027", "period", "2027-01-01", "2027-12-31"),
    ("Be cash-flow positive by mid-2027", "by mid-2027", "deadline", "2027-06-30", "2027-06-30"),
    ("Hire a GM for LATAM by mid-year", "by mid-year", "deadline", "2027-06-30", "2027-06-30"),
    ("Reach break-even in early 2027", "in early 2027", "deadline", "2027-04-30", "2027-04-30"),
    ("Sunset the old plan before 2028", "before 2028", "deadline", "2027-12-31", "2027-12-31"),
    ("Grow ARR 2x by the end of 2027", "by the end of 2027", "deadline", "2027-01-01",
     "2027-12-31"),
    ("Reach 2000 users by 2027", "by 2027", "deadline", "2027-01-01", "2027-12-31"),
    ("Hold share from 2027 to 2028", "from 2027 to 2028", "period", "2027-01-01",
     "2028-12-31"),
    # Past deadlines with an explicit year stay past (the rule layer fails them)
    ("Close the books by March 2025", "by March 2025", "deadline", "2025-03-01", "2025-03-31"),
    ("Launch the app by 2025-06-30", "by 2025-06-30", "deadline", "2025-06-30", "2025-06-30"),
    ("Hit plan in Q2 2026", "in Q2 2026", "period", "2026-04-01", "2026-06-30"),
    # Starts with no end
    ("Book 40 meetings a month starting in January", "starting in January", "period",
     "2027-01-01", N),
    ("Run weekly pipeline reviews from Q2 onwards", "from Q2 onwards", "period", "2027-04-01", N),
    ("Publish case studies as of next month", "as of next month", "period", "2026-12-01", N),
    ("Grow usage after Q1", "after Q1", "period", "2027-04-01", N),
    # Durations that are themselves the target
    ("Respond to every ticket within 24 hours", "within 24 hours", "duration", N, N),
    ("Resolve tickets within 2 days", "within 2 days", "duration", N, N),
    # a change to a total is due by the window's end, unless the window times each item
    ("Triple inbound demo requests within 30 days", "within 30 days", "deadline",
     "2026-11-29", "2026-12-29"),
    ("Increase the share of first payments made within 21 days", "within 21 days",
     "duration", N, N),
    ("Load the dashboard in under 10 minutes", "in under 10 minutes", "duration", N, N),
    ("Respond to 90% of inbound leads within 1 business day", "within 1 business day",
     "duration", N, N),
    ("Follow up within 2 days of every demo", "within 2 days", "duration", N, N),
    ("Keep uptime above 99.9% for 3 months", "for 3 months", "duration", N, N),
    ("Ramp new AEs to quota in their first 90 days", "in their first 90 days", "duration", N, N),
    ("Answer chats within 48h", "within 48h", "duration", N, N),
    ("Cut the sales cycle to less than 30 days", "less than 30 days", "duration", N, N),
    # Cadences
    ("Book 40 meetings per week", "per week", "cadence", N, N),
    ("Post weekly updates to the channel", "weekly", "cadence", N, N),
    ("Review the forecast every month", "every month", "cadence", N, N),
    ("Run a win-loss review each quarter", "each quarter", "cadence", N, N),
    ("Make 60 calls a day", "a day", "cadence", N, N),
    ("Meet each rep 3 times a week", "a week", "cadence", N, N),
    ("Publish the newsletter biweekly", "biweekly", "cadence", N, N),
    ("Grow the customer base annually", "annually", "cadence", N, N),
    ("Grow bookings 15% year over year", "year over year", "cadence", N, N),
    ("Grow bookings 15% YoY", "YoY", "cadence", N, N),
    ("Report pipeline monthly", "monthly", "cadence", N, N),
    ("Update the CRM daily", "daily", "cadence", N, N),
    ("Hold business reviews quarterly", "quarterly", "cadence", N, N),
    ("Run a demo every Monday", "every Monday", "cadence", N, N),
    ("Log 40 meetings/week", "/week", "cadence", N, N),
    ("Run standups on Mondays", "on Mondays", "cadence", N, N),
    ("Send reports every other week", "every other week", "cadence", N, N),
    ("Hold a QBR once a quarter", "a quarter", "cadence", N, N),
    # the period a cadence runs through ("every quarter of 2027"); not "the class of 2027"
    ("Hit quota every quarter of 2027", "of 2027", "period", "2027-01-01", "2027-12-31"),
    # Vague
    ("Improve onboarding soon", "soon", "vague", N, N),
    ("Fix the pricing page ASAP", "ASAP", "vague", N, N),
    ("Eventually expand into APAC", "Eventually", "vague", N, N),
    ("Build a partner channel in the future", "in the future", "vague", N, N),
    ("Improve win rates over time", "over time", "vague", N, N),
    ("Launch a community at some point", "at some point", "vague", N, N),
    ("Someday open a Tokyo office", "Someday", "vague", N, N),
    # a repeat with no interval says not how often, so it is no cadence
    ("Run security awareness training regularly", "regularly", "vague", N, N),
    ("Review the drug list periodically", "periodically", "vague", N, N),
    # a slot for a date still to be written
    ("Ship the German landing pages by [date]", "[date]", "vague", N, N),
    ("Grow the SMB segment in the coming months", "in the coming months", "vague", N, N),
    ("Close the Acme deal before the holidays", "before the holidays", "vague", N, N),
    ("Launch the referral program this summer", "this summer", "vague", N, N),
    ("Hire a RevOps lead by fall 2027", "by fall 2027", "vague", N, N),
    ("Launch the new pricing after the reorg", "after the reorg", "vague", N, N),
    ("Migrate to the new CRM once funding closes", "once funding", "vague", N, N),
    ("Roll out territories, deadline: TBD", "deadline: TBD", "vague", N, N),
    # sprints and school terms have no calendar dates of their own
    ("we gotta fix the flaky e2e suite this sprint", "this sprint", "vague", N, N),
    ("Get a 3.7 GPA this semester", "this semester", "vague", N, N),
    # the farm year's events have no date, nor do they with a year naming which one
    ("Cut calf mortality before calving", "before calving", "vague", N, N),
    ("Lift yield to 9 t/ha by the 2027 harvest", "by the 2027 harvest", "vague", N, N),
    ("Launch the app by the 2027 conference", "by the 2027 conference", "vague", N, N),
    # ISO week numbers: the next such week that has not ended (Monday to Sunday)
    ("Document all Tier 1 SOPs by wk 14", "by wk 14", "deadline", "2027-04-05", "2027-04-11"),
    ("Launch by CW 50", "by CW 50", "deadline", "2026-12-07", "2026-12-13"),
    ("Cut cost per lead to $95 by FW20", "by FW20", "deadline", "2027-05-17", "2027-05-23"),
    # closing punctuation after the number is no decimal
    ("Document all SOPs by wk 14.", "by wk 14", "deadline", "2027-04-05", "2027-04-11"),
    ("Cut cost per lead to $95 by FW20, owner: Tomás", "by FW20", "deadline", "2027-05-17",
     "2027-05-23"),
    ("Increase renewals by 10% by P6.", "by P6", "deadline", "2027-06-01", "2027-06-30"),
    # a retail period is a month of the fiscal year, after a deadline word; "P1" after
    # anything else is a priority
    ("Cut waste 10% by P6", "by P6", "deadline", "2027-06-01", "2027-06-30"),
    ("Audit findings to zero by Period 10", "by Period 10", "deadline", "2027-10-01",
     "2027-10-31"),
    ("Raise CRM completeness to 98% by end of P1", "by end of P1", "deadline", "2027-01-01",
     "2027-01-31"),
    # common misspellings of month names
    ("Complete the training by end of Janaury", "by end of Janaury", "deadline", "2027-01-01",
     "2027-01-31"),
    # a date before a colon, unlike a time of day ("3:00pm")
    ("By Feb 15: sign new contracts with the carriers", "By Feb 15", "deadline", "2027-02-15",
     "2027-02-15"),
    ("Ship the app before week 9 2027", "before week 9 2027", "deadline", "2027-02-28",
     "2027-02-28"),
    # a count of days or weeks from a named day is the deadline
    ("Launch shipment tracking two weeks from Monday", "two weeks from Monday", "deadline",
     "2026-11-29", "2026-12-14"),
    ("Launch the portal 10 days after Jan 4", "10 days after Jan 4", "deadline", "2026-11-29",
     "2027-01-15"),
    # a mark after a period ends it: "Q1 - ravi" modifies nothing
    ("Forecast accuracy within 5% of actuals for Q1 - ravi", "for Q1", "period",
     "2027-01-01", "2027-03-31"),
    ("Starting next sprint we will retrain the model monthly", "Starting next sprint",
     "vague", N, N),
    ("Recruit 120 participants by the end of the semester", "by the end of the semester",
     "vague", N, N),
    ("Grow pipeline in the near future", "in the near future", "vague", N, N),
    ("Add upsell motions going forward", "going forward", "vague", N, N),
    ("Reach 100 partners within a few weeks", "within a few weeks", "vague", N, N),
]


@pytest.mark.parametrize(("goal", "text", "kind", "start", "end"), NOV_29)
def test_time_expressions_on_2026_11_29(goal, text, kind, start, end):
    check(goal, "2026-11-29", 1, text, kind, start, end)


# --- 2026-01-15 (a Thursday), calendar fiscal year --------------------------------------

JAN_15: list[Row] = [
    ("Grow ARR in Q1", "in Q1", "period", "2026-01-01", "2026-03-31"),  # contains today
    ("Hire two AEs by March", "by March", "deadline", "2026-03-01", "2026-03-31"),
    ("Renew Acme by Jan 15th", "by Jan 15th", "deadline", "2026-01-15", "2026-01-15"),
    ("Renew Acme by Jan 10", "by Jan 10", "deadline", "2027-01-10", "2027-01-10"),
    ("Send the deck by Friday", "by Friday", "deadline", "2026-01-16", "2026-01-16"),
    ("Book 10 demos this week", "this week", "period", "2026-01-12", "2026-01-18"),
    ("Close 3 deals next week", "next week", "period", "2026-01-19", "2026-01-25"),
    ("Add $1M pipeline next quarter", "next quarter", "period", "2026-04-01", "2026-06-30"),
    ("Launch the portal by EOY", "by EOY", "deadline", "2026-01-01", "2026-12-31"),
    ("Cut churn by mid-March", "by mid-March", "deadline", "2026-03-15", "2026-03-15"),
    ("Ship SSO by H1", "by H1", "deadline", "2026-01-01", "2026-06-30"),
    ("Close 10 deals within 90 days", "within 90 days", "deadline", "2026-01-15", "2026-04-15"),
    ("Hire 5 reps in the next 3 months", "in the next 3 months", "period", "2026-01-15",
     "2026-04-15"),
    ("Win 5 logos by the end of January", "by the end of January", "deadline", "2026-01-01",
     "2026-01-31"),
    ("Rebuild the deck by the start of the month", "by the start of the month", "deadline",
     "2026-02-01", "2026-02-01"),
    ("Hit plan by mid-year", "by mid-year", "deadline", "2026-06-30", "2026-06-30"),
    ("Grow ARR in Q4", "in Q4", "period", "2026-10-01", "2026-12-31"),
    ("Reach 50 partners by year-end", "by year-end", "deadline", "2026-01-01", "2026-12-31"),
    ("Train all reps over the next two quarters", "over the next two quarters", "period",
     "2026-01-15", "2026-09-30"),
    ("Grow 10% over last year in Q2", "in Q2", "period", "2026-04-01", "2026-06-30"),
    ("Fix onboarding by the 20th", "by the 20th", "deadline", "2026-01-20", "2026-01-20"),
]


@pytest.mark.parametrize(("goal", "text", "kind", "start", "end"), JAN_15)
def test_time_expressions_on_2026_01_15(goal, text, kind, start, end):
    check(goal, "2026-01-15", 1, text, kind, start, end)


# --- 2027-06-30 (a Wednesday, the last day of Q2 and H1), calendar fiscal year -------------

JUN_30: list[Row] = [
    ("Grow ARR in Q2", "in Q2", "period", "2027-04-01", "2027-06-30"),
    ("Grow ARR in Q1", "in Q1", "period", "2028-01-01", "2028-03-31"),
    ("Ship the portal by H1", "by H1", "deadline", "2027-01-01", "2027-06-30"),
    ("Ship the portal by H2", "by H2", "deadline", "2027-07-01", "2027-12-31"),
    ("Close the quarter by the end of the month", "by the end of the month", "deadline",
     "2027-06-01", "2027-06-30"),
    ("Finish the audit by June 30", "by June 30", "deadline", "2027-06-30", "2027-06-30"),
    ("Finish the audit by June", "by June", "deadline", "2027-06-01", "2027-06-30"),
    ("Hit plan by mid-year", "by mid-year", "deadline", "2027-06-30", "2027-06-30"),
    ("Send the plan by Friday", "by Friday", "deadline", "2027-07-02", "2027-07-02"),
    ("Onboard 5 partners next week", "next week", "period", "2027-07-05", "2027-07-11"),
    ("Fix the funnel by the end of this week", "by the end of this week", "deadline",
     "2027-06-28", "2027-07-04"),
    ("Add pipeline next quarter", "next quarter", "period", "2027-07-01", "2027-09-30"),
    ("Grow 20% within 6 months", "within 6 months", "deadline", "2027-06-30", "2027-12-30"),
    ("Run the pilot Jan-Mar 2027", "Jan-Mar 2027", "period", "2027-01-01", "2027-03-31"),
    ("Cut churn by mid-March", "by mid-March", "deadline", "2028-03-15", "2028-03-15"),
    ("Land 3 banks in the second half of the year", "in the second half of the year", "period",
     "2027-07-01", "2027-12-31"),
    ("Close books by end of Q2 2027", "by end of Q2 2027", "deadline", "2027-04-01",
     "2027-06-30"),
]


@pytest.mark.parametrize(("goal", "text", "kind", "start", "end"), JUN_30)
def test_time_expressions_on_2027_06_30(goal, text, kind, start, end):
    check(goal, "2027-06-30", 1, text, kind, start, end)


# --- 2026-12-31 (a Thursday, the last day of the year), calendar fiscal year --------------

DEC_31: list[Row] = [
    ("Hire a CRO next month", "next month", "period", "2027-01-01", "2027-01-31"),
    ("Close the books by EOY", "by EOY", "deadline", "2026-01-01", "2026-12-31"),
    ("Grow ARR 5% within 2 months", "within 2 months", "deadline", "2026-12-31", "2027-02-28"),
    ("Hit plan in Q4", "in Q4", "period", "2026-10-01", "2026-12-31"),
    ("Add pipeline next quarter", "next quarter", "period", "2027-01-01", "2027-03-31"),
    ("Ship it by end of next week", "by end of next week", "deadline", "2027-01-04",
     "2027-01-10"),
    ("Book 10 demos this week", "this week", "period", "2026-12-28", "2027-01-03"),
    ("Send the proposal by Friday", "by Friday", "deadline", "2027-01-01", "2027-01-01"),
    ("Launch within a month", "within a month", "deadline", "2026-12-31", "2027-01-31"),
    ("Grow 3x in 3 months", "in 3 months", "deadline", "2026-12-31", "2027-03-31"),
    ("Reach 100 customers next year", "next year", "period", "2027-01-01", "2027-12-31"),
    ("Sign 2 partners by Dec 31", "by Dec 31", "deadline", "2026-12-31", "2026-12-31"),
    ("Sign 2 partners by Dec 30", "by Dec 30", "deadline", "2027-12-30", "2027-12-30"),
    ("Ship by the end of January", "by the end of January", "deadline", "2027-01-01",
     "2027-01-31"),
]


@pytest.mark.parametrize(("goal", "text", "kind", "start", "end"), DEC_31)
def test_time_expressions_on_2026_12_31(goal, text, kind, start, end):
    check(goal, "2026-12-31", 1, text, kind, start, end)


# --- Fiscal calendars: bare quarters and halves follow the fiscal year -----------------

FISCAL: list[tuple[str, int, str, str, str, str | None, str | None]] = [
    # October start, asked 2026-11-29: FY27 runs 2026-10-01..2027-09-30
    ("2026-11-29", 10, "Retire the CRM by end of FY26", "by end of FY26", "deadline",
     "2025-10-01", "2026-09-30"),
    ("2026-11-29", 10, "Grow ARR 30% in FY2027", "in FY2027", "period", "2026-10-01",
     "2027-09-30"),
    ("2026-11-29", 10, "Hit plan in Q1", "in Q1", "period", "2026-10-01", "2026-12-31"),
    # a retail period counts from the fiscal year's first month: P6 is March
    ("2026-11-29", 10, "Cut waste 10% by P6", "by P6", "deadline", "2027-03-01",
     "2027-03-31"),
    ("2026-11-29", 10, "Hit plan in Q3", "in Q3", "period", "2027-04-01", "2027-06-30"),
    ("2026-11-29", 10, "Hit plan in Q3 FY27", "in Q3 FY27", "period", "2027-04-01",
     "2027-06-30"),
    ("2026-11-29", 10, "Hit plan in FY27 Q4", "in FY27 Q4", "period", "2027-07-01",
     "2027-09-30"),
    ("2026-11-29", 10, "Hit plan in Q3 2027", "in Q3 2027", "period", "2027-07-01",
     "2027-09-30"),  # a calendar year names a calendar quarter
    ("2026-11-29", 10, "Ship SSO by H2", "by H2", "deadline", "2027-04-01", "2027-09-30"),
    ("2026-11-29", 10, "Ship SSO by H1", "by H1", "deadline", "2026-10-01", "2027-03-31"),
    ("2026-11-29", 10, "Hire 3 SEs this fiscal year", "this fiscal year", "period", "2026-10-01",
     "2027-09-30"),
    ("2026-11-29", 10, "Open Tokyo next fiscal year", "next fiscal year", "period",
     "2027-10-01", "2028-09-30"),
    ("2026-11-29", 10, "Finish the migration by EOFY", "by EOFY", "deadline", "2026-10-01",
     "2027-09-30"),
    ("2026-11-29", 10, "Close 5 deals by EOQ", "by EOQ", "deadline", "2026-10-01",
     "2026-12-31"),
    ("2026-11-29", 10, "Launch by EOY", "by EOY", "deadline", "2026-01-01", "2026-12-31"),
    ("2026-11-29", 10, "Hit plan in the third quarter", "in the third quarter", "period",
     "2027-04-01", "2027-06-30"),
    ("2026-11-29", 10, "Grow ARR by the end of the fiscal year", "by the end of the fiscal year",
     "deadline", "2026-10-01", "2027-09-30"),
    ("2026-11-29", 10, "Hit plan in fiscal year 2026", "in fiscal year 2026", "period",
     "2025-10-01", "2026-09-30"),
    # April start, asked 2026-01-15: FY26 runs 2025-04-01..2026-03-31
    ("2026-01-15", 4, "Hit plan in Q4", "in Q4", "period", "2026-01-01", "2026-03-31"),
    ("2026-01-15", 4, "Hit plan in Q1", "in Q1", "period", "2026-04-01", "2026-06-30"),
    ("2026-01-15", 4, "Grow ARR in FY2027", "in FY2027", "period", "2026-04-01", "2027-03-31"),
    ("2026-01-15", 4, "Ship SSO by EOFY", "by EOFY", "deadline", "2025-04-01", "2026-03-31"),
    ("2026-01-15", 4, "Win 4 banks in Q3 FY27", "in Q3 FY27", "period", "2026-10-01",
     "2026-12-31"),
    ("2026-01-15", 4, "Close the books by H2", "by H2", "deadline", "2025-10-01", "2026-03-31"),
    ("2026-01-15", 4, "Launch next quarter", "next quarter", "period", "2026-04-01",
     "2026-06-30"),
    ("2026-01-15", 4, "Grow 5% in the next fiscal year", "in the next fiscal year", "period",
     "2026-04-01", "2027-03-31"),
    # July start, asked 2027-06-30: FY27 ends today
    ("2027-06-30", 7, "Hit plan in Q4", "in Q4", "period", "2027-04-01", "2027-06-30"),
    ("2027-06-30", 7, "Hit plan in Q1", "in Q1", "period", "2027-07-01", "2027-09-30"),
    ("2027-06-30", 7, "Close 5 deals this fiscal year", "this fiscal year", "period",
     "2026-07-01", "2027-06-30"),
    ("2027-06-30", 7, "Hire in H1", "in H1", "period", "2027-07-01", "2027-12-31"),
    ("2027-06-30", 7, "Expand in FY28 Q2", "in FY28 Q2", "period", "2027-10-01", "2027-12-31"),
    ("2027-06-30", 7, "Grow ARR by FY28", "by FY28", "deadline", "2027-07-01", "2028-06-30"),
    # October start, asked 2026-12-31
    ("2026-12-31", 10, "Launch next quarter", "next quarter", "period", "2027-01-01",
     "2027-03-31"),
    ("2026-12-31", 10, "Launch in Q2", "in Q2", "period", "2027-01-01", "2027-03-31"),
    ("2026-12-31", 10, "Launch in Q1", "in Q1", "period", "2026-10-01", "2026-12-31"),
]


@pytest.mark.parametrize(("today", "fiscal_start", "goal", "text", "kind", "start", "end"),
                         FISCAL)
def test_fiscal_calendars(today, fiscal_start, goal, text, kind, start, end):
    check(goal, today, fiscal_start, text, kind, start, end)


# --- Numbers that are targets, not dates --------------------------------------------------

@pytest.mark.parametrize(("goal", "only"), [
    ("Grow EMEA pipeline 18% by March 31", ["by March 31"]),
    ("Keep 95% retention", []),
    ("Book 31 meetings", []),
    ("Keep first response time on P1 tickets under 1 hour", ["under 1 hour"]),  # a priority
    ("Win 3 of 5 deals", []),
    ("Grow the top 50 accounts", []),
    ("Migrate every laptop to Windows 11", []),
    ("Get 2x pipeline coverage", []),
    ("Sell $2027 of add-ons", []),
    ("Win 3/5 competitive deals", []),
    ("Increase signups by 2000 users", []),
    ("Raise NPS from 30 to 45", []),
    ("Hit 1.2.27 release quality", []),
    ("Reach 24/7 support coverage", []),
    ("Cut time-to-fill to 45 days", []),
    ("Close 12 new logos with 3:1 pipeline coverage", []),
    ("Grow the May campaign list 10%", []),
    ("May the team exceed quota", []),
    ("We may hire in May", ["in May"]),
    ("Grow revenue 20% over last year", []),
    ("Beat last quarter's bookings by 10% this quarter", ["this quarter"]),
    # a level as it stands is no deadline: "(99.2% today)", "(was 27% in Q3)"
    ("Get uptime to 99.9% (99.2% today)", []),
    ("Fill 25 open roles (18 open today, more coming)", []),
    ("Get churn to 2% by June (was 3% in Q3)", ["by June"]),
    ("Ship 3 fixes today", ["today"]),
    ("Grow ARR compared to last year by Q2", ["by Q2"]),
    ("Double the wins of the past 12 months", []),
    ("Grow Monthly Recurring Revenue 10% by Q2", ["by Q2"]),
    ("Increase daily active users by 15%", []),
    ("Hire 2 AEs in 2027 and 2028", ["in 2027", "2028"]),  # the second year of a pair
    ("Raise win rate to 25% in 2027.", ["in 2027"]),
    # a plural after a year counts it, unless a mark ends the time first
    ("Buy 2027 trucks", []),
    ("Ship 50,000 orders in 2027 — Sales Ops", ["in 2027"]),
    ("Grow the 2027 plan by 5%", []),
    ("Sell SOC 2 reports to 40 banks", []),
    ("Fall churn below 2% by fall", ["by fall"]),
    ("Sign long-term contracts with 5 banks", []),
    ("Spend one day per week on coaching", ["per week"]),
    ("Cut emissions 20% from the 2018 baseline", []),
    ("Grow awards 10% over FY 2020 levels", []),
    ("Grow awards 10% over FY 2020", []),  # a past period after "over": the baseline
    ("Study the Sun and the solar system", []),
    ("Protect our systems from 21st century threats", []),
    ("Expand rural access by funding 40 projects", []),
    ("Rank 1st in the region", []),
    # a weekday before a noun or its "'s" names an event, with or without "the"
    ("Run the Casual Friday program", []),
    ("Library services will extend Saturday opening at all branches", []),
    ("Cut wait time at Saturday distributions to under 20 minutes", ["under 20 minutes"]),
    ("As discussed in Tuesday's pipeline review, shorten the sales cycle", []),
    ("Reduce no-shows on Friday and Saturday bookings to under 5%", []),
    # ... but before a time of day, a clause or a mark it is the day
    ("Send the report Friday morning", ["Friday"]),
    ("Ship Friday so sales can demo", ["Friday"]),
    ("Launch Monday with 3 partners", ["Monday"]),
    ("Send invoices Friday latest", ["Friday latest"]),
    ("we will close 3 may deals", []),  # no deadline word before "3 may"
])
def test_numbers_that_are_not_dates(goal, only):
    texts = [f.text for f in find_timeframes(goal, D("2026-11-29"), 1)]
    assert texts == only


def test_every_span_is_the_text_it_names():
    goal = "Grow EMEA pipeline 18% by March 31 and book 40 meetings per week through Q1 2027"
    frames = find_timeframes(goal, D("2026-11-29"), 1)
    assert [f.text for f in frames] == ["by March 31", "per week", "through Q1 2027"]
    for frame in frames:
        assert goal[frame.span[0]:frame.span[1]] == frame.text


def test_frames_are_in_text_order_with_a_cadence_and_a_deadline():
    frames = find_timeframes("Book 40 meetings per week through Q1", D("2026-11-29"), 1)
    assert [(f.kind, f.granularity) for f in frames] == [("cadence", "week"),
                                                         ("deadline", "quarter")]


@pytest.mark.parametrize(("goal", "granularity"), [
    ("Reach $1M by March 31", "day"),
    ("Reach $1M by March", "month"),
    ("Reach $1M by Q3", "quarter"),
    ("Reach $1M by H2", "half"),
    ("Reach $1M by 2028", "year"),
    ("Reach $1M by FY27", "year"),
    ("Reach $1M by end of next week", "week"),
    ("Book 40 meetings per week", "week"),
    ("Report quarterly", "quarter"),
    ("Reply within 24 hours", "hour"),
    ("Launch after the reorg", "event"),
    ("Launch soon", None),
])
def test_granularity(goal, granularity):
    frames = find_timeframes(goal, D("2026-11-29"), 1)
    assert [f.granularity for f in frames] == [granularity]


def test_unicode_quotes_and_dashes():
    frames = find_timeframes("Ship by Q3’27 and run the pilot Jan–Mar 2027", D("2026-11-29"), 1)
    assert [(f.text, f.end) for f in frames] == [("by Q3’27", D("2027-09-30")),
                                                 ("Jan–Mar 2027", D("2027-03-31"))]


# --- The goal's deadline (GoalParts.deadline: the latest deadline or period end) ------------

@pytest.mark.parametrize(("goal", "today", "fiscal_start", "deadline"), [
    ("Increase EMEA pipeline by 25% by end of Q3", "2026-11-29", 1, "2027-09-30"),
    ("Book 40 meetings per week through Q1", "2026-11-29", 1, "2027-03-31"),
    ("Respond within 24 hours", "2026-11-29", 1, None),
    ("Book 40 meetings per week", "2026-11-29", 1, None),
    ("Grow ARR 15% year over year", "2026-11-29", 1, None),
    ("Hire 2 AEs starting in January", "2026-11-29", 1, None),
    ("Launch the portal soon", "2026-11-29", 1, None),
    ("Launch the portal after the reorg", "2026-11-29", 1, None),
    ("Grow revenue 20% at some point next year", "2026-11-29", 1, "2027-12-31"),
    ("Close the books by March 2025", "2026-11-29", 1, "2025-03-31"),
    ("Beat last quarter by 10% this quarter and next quarter", "2026-11-29", 1, "2027-03-31"),
    ("Hit $2M by FY26 and $3M by FY27", "2026-11-29", 10, "2027-09-30"),
    ("Grow ARR 30% in the next 6 months", "2026-11-29", 1, "2027-05-29"),
    ("Cut churn to 3% by mid-March", "2026-01-15", 1, "2026-03-15"),
    ("Ship SSO by H2", "2026-11-29", 10, "2027-09-30"),
    ("Reach 1,000 customers", "2026-11-29", 1, None),
    # a period that modifies a noun names a thing; "for <period>" is what a plan covers
    ("Send the Q1 pricing memo by Tuesday", "2026-11-29", 1, "2026-12-01"),
    ("Circulate the FY28 hiring budget before January 10", "2026-11-29", 1, "2027-01-09"),
    ("Draft the 2027 intern plan by 15 March 2027", "2026-11-29", 1, "2027-03-15"),
    ("Fill the roles named in the fiscal year 2026 staffing study by October 1, 2026",
     "2026-11-29", 1, "2026-10-01"),
    ("Trim the calendar year 2027 travel budget by 5% by June 30", "2026-11-29", 1,
     "2027-06-30"),
    ("Lock the sales comp plan for 2027 by the end of next week", "2026-11-29", 1,
     "2026-12-06"),
    ("Circulate the Q4 board pack within 5 days of quarter close", "2026-11-29", 1, None),
    ("Sell 20 prints at the Sunday fair", "2026-11-29", 1, None),
    ("Finish week 3 of onboarding", "2026-11-29", 1, None),
    ("Steel erector to top out the east core by week 32 of the programme", "2026-11-29", 1,
     None),
    ("Finance will speed up the month-end close", "2026-11-29", 1, None),
    ("Finish the month-end close by the month-end", "2026-11-29", 1, "2026-11-30"),
    ("Run 5 days from Monday to Friday", "2026-11-29", 1, "2026-12-04"),
    ("FP&A will build a driver-based model for 2027 hiring", "2026-11-29", 1, None),
    ("Secure 100% of logos for Q3 renewals", "2026-11-29", 1, "2027-09-30"),
    ("Hit the Q3 FY27 revenue target", "2026-11-29", 1, "2027-09-30"),
    ("Hit the Q3 revenue target by August 15", "2026-11-29", 1, "2027-08-15"),
    # a reason clause says why, not when
    ("Ship the audit log by Q1 so that we can close the Q3 deals", "2026-11-29", 1,
     "2027-03-31"),
    ("Refinance by June 2027 because the loan resets in 2029", "2026-11-29", 1, "2027-06-30"),
    ("Finish the course by May 2 so I can start the new role in June", "2026-11-29", 1,
     "2027-05-02"),
    # an end word after "before" is the end itself
    ("Sign the Acme renewal before year end", "2026-11-29", 1, "2026-12-31"),
    ("Close the deal before quarter-end", "2026-11-29", 1, "2026-12-31"),
    # a short window after a bare plural is how long each item may take
    ("Grade essays within 5 days", "2026-11-29", 1, None),
    ("Invoices paid within 10 business days", "2026-11-29", 1, None),
    ("Dispatch 97% of parcels within 3 days", "2026-11-29", 1, None),
    ("Get 30 case studies signed off within 60 days", "2026-11-29", 1, "2027-01-28"),
    ("Publish the onboarding stages in the wiki within 20 days", "2026-11-29", 1, "2026-12-19"),
    ("Cut repeat tickets by 40% within 30 days", "2026-11-29", 1, "2026-12-29"),
    # a dateless period a window counts from is the event it repeats after
    ("Reconcile the bank accounts within 3 business days of month end", "2026-11-29", 1, None),
    ("Close the books within 5 days of the end of the month", "2026-11-29", 1, None),
    ("Ship within 30 days of January 15", "2026-11-29", 1, "2027-01-15"),
    # periods and years said aloud (dictation); a number in words stays a number
    ("increase pipeline coverage to three x by end of q one", "2026-11-29", 1, "2027-03-31"),
    ("Retire the legacy editor by mid twenty twenty seven", "2026-11-29", 1, "2027-06-30"),
    ("Publish three papers in FY twenty seven", "2026-11-29", 1, "2027-12-31"),
    ("Ship in two thousand and twenty eight", "2026-11-29", 1, "2028-12-31"),
    ("Grow demo requests by twenty five percent", "2026-11-29", 1, None),
    # holidays whose date moves: the next one, or the year's when a year is given
    ("Finish the certificate by Easter", "2026-11-29", 1, "2027-03-28"),
    ("Get repeat purchases to 35% by Thanksgiving", "2026-11-29", 1, "2027-11-25"),
    ("Book the health check before Diwali", "2026-11-29", 1, "2027-10-28"),
    ("Launch the new site before Black Friday", "2026-11-29", 1, "2027-11-25"),
    ("Ship the app by Diwali 2026", "2026-11-29", 1, "2026-11-08"),
    # the Nth or last weekday of a month (the "last Friday" alone was last week's)
    ("Ship dark mode by the last Friday of January", "2026-11-29", 1, "2027-01-29"),
    ("Ship by the first Monday in March 2027", "2026-11-29", 1, "2027-03-01"),
    # a period's end after "each" or "every" recurs: a cadence, no deadline
    ("Close the books at each month end", "2026-11-29", 1, None),
    ("Accounts presented within 20 working days of each quarter end", "2026-11-29", 1, None),
    # a year heading the goals after it dates them; "2027 trucks" still counts trucks
    ("2027 goals: read 24 books, run a marathon", "2026-11-29", 1, "2027-12-31"),
    ("Buy 2027 trucks", "2026-11-29", 1, None),
    ("2027 Goals > Fitness > swim 2 km three times a week", "2026-11-29", 1, "2027-12-31"),
    # a contact centre is a place, not a service level: the window is a deadline
    ("Reduce turnover in the contact centre from 35% to 25% within 12 months", "2026-11-29",
     1, "2027-11-29"),
    # a month set off at the very end dates the goal (not an ambiguous one in lower case)
    ("Pick/pack: 0 mis-ships, Dec", "2026-11-29", 1, "2026-12-31"),
    ("Ship it, may", "2026-11-29", 1, None),
    # the week commencing a day is the whole week, Monday to Sunday; "w/e" is its last day
    ("Refresh the persona doc, w/c 7 Dec", "2026-11-29", 1, "2026-12-13"),
    ("Ship the pricing page the week of Dec 7", "2026-11-29", 1, "2026-12-13"),
    ("Ship it week commencing 14 December 2026", "2026-11-29", 1, "2026-12-20"),
    ("Ship the pricing page w/e 11 Dec", "2026-11-29", 1, "2026-12-11"),
    # a half written number first with a capital needs no year; "2h" is two hours
    ("Lift demo-to-close rate from 18% to 24% by end of 1H", "2026-11-29", 1, "2027-06-30"),
    ("Fix the outage in 2h", "2026-11-29", 1, None),
    # after "vs" a period is the one compared with, never the deadline
    ("Cut cost per lead on LinkedIn by 20-25% vs Q3", "2026-11-29", 1, None),
    ("Reduce inventory write-offs by 20-30% vs FY26", "2026-11-29", 1, None),
    ("Grow revenue 10% vs FY26 by Q4", "2026-11-29", 1, "2026-12-31"),
    # terse notes drop "of": "by end Jan"; "end user" is no time
    ("Cut dwell from 95 to 60 mins by end Jan", "2026-11-29", 1, "2027-01-31"),
    ("Cut dwell by end March.", "2026-11-29", 1, "2027-03-31"),
    ("Cut end user tickets by 10%", "2026-11-29", 1, None),
    # a year's own end after it is that year's, even one already past
    ("Reduce the variance to under 5% by FY25 year-end", "2026-11-29", 1, "2025-12-31"),
    ("Reduce the variance by year-end", "2026-11-29", 1, "2026-12-31"),
    # a window right before a deadline is how fast, not when
    ("GA to close the books in 4 days by Sept 30, 2026", "2026-11-29", 1, "2026-09-30"),
    ("Ship it in 2 weeks by Friday", "2026-11-29", 1, "2026-12-04"),
    ("Hire 3 AEs in 90 days", "2026-11-29", 1, "2027-02-27"),
    # a stated confidence is no date; a day's thing is no deadline; a holiday may name
    # what is counted
    ("Raise STAR scores by 20 points, but I'd put my confidence at 4/10", "2026-11-29", 1,
     None),
    ("Confidence 3/10: ship by 4/10", "2026-11-29", 1, "2027-04-10"),
    ("Present at the conference on 4/10", "2026-11-29", 1, "2027-04-10"),
    ("Per today's PLC discussion, Ms. Baptiste will track running records", "2026-11-29", 1,
     None),
    ("Hit $1.5M in Black Friday weekend revenue by Nov 27, 2026", "2026-11-29", 1,
     "2026-11-27"),
    ("Grow Black Friday sales 20% by Black Friday", "2026-11-29", 1, "2027-11-26"),
])
def test_goal_deadline_through_goal_parts(goal, today, fiscal_start, deadline):
    parts = GoalParts(text=goal, timeframes=find_timeframes(goal, D(today), fiscal_start))
    assert parts.deadline == (D(deadline) if deadline else None)


def test_cadence_through_goal_parts():
    goal = "Book 40 meetings per week through Q1"
    parts = GoalParts(text=goal, timeframes=find_timeframes(goal, D("2026-11-29"), 1))
    assert parts.cadence is not None and parts.cadence.text == "per week"


# --- resolve_period: headings, due-date cells, answers ----------------------------------------

@pytest.mark.parametrize(("text", "kind", "start", "end"), [
    ("Q1 2027 Revenue Plan", "period", "2027-01-01", "2027-03-31"),
    ("My goals for 2027", "period", "2027-01-01", "2027-12-31"),
    ("Period: H1 2027", "period", "2027-01-01", "2027-06-30"),
    ("2027 Sales Plan", "period", "2027-01-01", "2027-12-31"),
    ("2027-03-31", "deadline", "2027-03-31", "2027-03-31"),
    ("31/03/2027", "deadline", "2027-03-31", "2027-03-31"),
    ("end of March", "deadline", "2027-03-01", "2027-03-31"),
    ("Q2", "period", "2027-04-01", "2027-06-30"),
    ("next quarter", "period", "2027-01-01", "2027-03-31"),
    ("FY27 OKRs", "period", "2027-01-01", "2027-12-31"),
    ("by Friday", "deadline", "2026-12-04", "2026-12-04"),
    ("within 90 days", "deadline", "2026-11-29", "2027-02-27"),
    ("Team goals, second half of 2027", "period", "2027-07-01", "2027-12-31"),
    ("Q1 2027 planning meeting notes", "period", "2027-01-01", "2027-03-31"),
    # a span of years ends with its last year; "2026-27" alone names one school year
    ("School of Chemistry Strategic Plan 2027-2029", "period", "2027-01-01", "2029-12-31"),
    ("Strategy 2027–29", "period", "2027-01-01", "2029-12-31"),
])
def test_resolve_period(text, kind, start, end):
    frame = resolve_period(text, D("2026-11-29"), 1)
    assert frame is not None
    assert (frame.kind, frame.start, frame.end) == (kind, D(start), D(end))


@pytest.mark.parametrize("text", [
    "Notes from the 2027-01-12 sync",  # the date of a meeting is not a period
    "Meeting 12 March",
    "Updated 3/1/2027",
    "Team offsite agenda, Jan 12",
    "Revenue plan",
    "",
    "Top 50 accounts",
    "School improvement plan 2026-27",
])
def test_resolve_period_finds_no_period(text):
    frame = resolve_period(text, D("2026-11-29"), 1)
    assert frame is None or frame.end is None


@pytest.mark.parametrize(("text", "kind"), [
    ("ASAP", "vague"),
    ("someday", "vague"),
    ("TBD date", "vague"),
    ("weekly", "cadence"),
    ("starting in January", "period"),
])
def test_resolve_period_reports_what_does_not_resolve(text, kind):
    frame = resolve_period(text, D("2026-11-29"), 1)
    assert frame is not None and frame.kind == kind and frame.end is None


def test_a_year_after_of_names_no_period_without_a_cadence():
    assert find_timeframes("Grow the class of 2027 to 120 students", D("2026-11-29")) == []


def test_resolve_period_with_a_fiscal_calendar():
    frame = resolve_period("Q1 targets", D("2026-11-29"), 10)
    assert frame is not None and (frame.start, frame.end) == (D("2026-10-01"), D("2026-12-31"))


# --- The spaCy component ----------------------------------------------------------------

def test_component_fills_goal_parts():
    nlp = spacy.blank("en")
    nlp.add_pipe("goalsmith_timex", config={"today": "2026-11-29", "fiscal_year_start": 10})
    doc = nlp("Ship the partner portal by end of FY26 and review it monthly")
    frames = goal_parts(doc).timeframes
    assert [(f.text, f.kind, f.end) for f in frames] == [
        ("by end of FY26", "deadline", D("2026-09-30")), ("monthly", "cadence", None)]


def test_component_without_a_date_uses_the_real_today():
    component = make_timex(spacy.blank("en"), "goalsmith_timex", "", 1)
    nlp = spacy.blank("en")
    doc = component(nlp("Close 5 deals this week"))
    frame = goal_parts(doc).timeframes[0]
    assert frame.start is not None and frame.start <= date.today() <= frame.end


def test_component_rejects_a_bad_fiscal_start():
    with pytest.raises(ValueError):
        make_timex(spacy.blank("en"), "goalsmith_timex", "2026-11-29", 13)


def test_a_datetime_reference_is_read_as_its_date():
    from datetime import datetime

    frames = find_timeframes("Launch by Friday", datetime(2026, 11, 29, 23, 59), 1)
    assert frames[0].end == D("2026-12-04")


def test_find_timeframes_returns_a_fresh_list():
    first = find_timeframes("Launch by Q3", D("2026-11-29"), 1)
    first.clear()
    assert len(find_timeframes("Launch by Q3", D("2026-11-29"), 1)) == 1


def test_timeframe_json_follows_the_contract():
    frame = find_timeframes("Increase EMEA pipeline by 25% by end of Q3", D("2026-11-29"), 1)[0]
    assert frame.to_dict() == {"text": "by end of Q3", "span": [30, 42], "kind": "deadline",
                               "start": "2027-07-01", "end": "2027-09-30",
                               "granularity": "quarter"}


# --- Robustness --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "",
    " ",
    "\x00\x01\x02 by Q3 \x7f",
    "İİİ by March 31 ﬁnish",  # characters whose lower case is longer
    "🚀 Ship by Q3 🎯",
    "by " * 5000,
    "Q" * 10000,
    "2027-" * 5000,
    "1/" * 10000,
    "in the next " * 3000,
    "mid-" * 5000 + "2027",
])
def test_odd_input_never_raises(text):
    frames = find_timeframes(text, D("2026-11-29"), 1)
    for frame in frames:
        assert text[frame.span[0]:frame.span[1]] == frame.text


def test_spans_survive_characters_whose_lower_case_is_longer():
    text = "İİİ by March 31"
    frame = find_timeframes(text, D("2026-11-29"), 1)[0]
    assert frame.text == "by March 31"


def test_binary_junk_and_200_kb_finish_quickly():
    junk = bytes(range(256)).decode("latin-1") * 800
    big = ("Grow EMEA pipeline 18% by March 31 and book 40 meetings per week. " * 3000)[:200_000]
    started = time.perf_counter()
    find_timeframes(junk, D("2026-11-29"), 1)
    frames = find_timeframes(big, D("2026-11-29"), 1)
    # A generous bound: it only catches runaway backtracking, not speed.
    assert time.perf_counter() - started < 20
    assert sum(f.text == "by March 31" for f in frames) > 2000


REAL_GOALS = Path(__file__).resolve().parents[2] / "shared" / "data" / "real-goals"


def test_real_goals_never_raise_and_spans_hold():
    count = 0
    for name in ("sourcegraph_okrs.jsonl", "performance_gov_fy22_goals.jsonl"):
        with (REAL_GOALS / name).open(encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line)["text"]
                for frame in find_timeframes(text, D("2026-11-29"), 10):
                    assert text[frame.span[0]:frame.span[1]] == frame.text
                    assert frame.kind in ("deadline", "period", "duration", "cadence", "vague")
                    if frame.kind in ("deadline", "period") and frame.end is not None:
                        assert frame.start is None or frame.start <= frame.end
                count += 1
    assert count > 1000


def test_same_output_under_different_hash_seeds():
    script = (
        "import json, datetime\n"
        "from goalsmith.pipeline.timex import find_timeframes\n"
        "goals = ['Grow 18% by March 31 and 40 meetings per week through Q1',"
        " 'Launch after the reorg, soon, or monthly', 'Q3-Q4 in FY27 before the holidays']\n"
        "print(json.dumps([[f.to_dict() for f in find_timeframes(g,"
        " datetime.date(2026, 11, 29), 10)] for g in goals]))\n")
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "TZ": "Pacific/Kiritimati"}
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                                env=env, check=True)
        outputs.add(result.stdout)
    assert len(outputs) == 1


# --- A sentence's full stop after a full month or weekday name is not part of the span -----

@pytest.mark.parametrize(("goal", "text"), [
    ("Migrate billing by end of February.", "by end of February"),
    ("Send the board pack by Thursday.", "by Thursday"),
    ("Renew the lease by 30 June.", "by 30 June"),
    ("Close the books by Fri. at noon", "by Fri."),
    ("Close it by Feb. 2027", "by Feb. 2027"),
])
def test_full_stop_ends_the_sentence_not_the_span(goal, text):
    assert [f.text for f in find_timeframes(goal, D("2026-11-29"))] == [text]


@pytest.mark.parametrize(("goal", "reasons"), [
    ("Cut churn by 2 points so that we can hit the FY27 plan",
     ["so that we can hit the FY27 plan"]),
    ("Hire 3 SREs because pages doubled. Ship SSO by Q2.", ["because pages doubled"]),
    ("To support the launch, hire 2 SDRs", []),  # a leading reason is not judged here
    # an aside set off by commas ends at its closing comma; the deadline after it is the goal's
    ("Reach 90% renewals, which will protect next year's plan, by the end of the year",
     ["which will protect next year's plan"]),
    ("Cut churn to 5%, which will protect 2027 revenue", ["which will protect 2027 revenue"]),
    ("Because.", []),
    ("", []),
])
def test_reason_spans(goal, reasons):
    assert [goal[s:e] for s, e in reason_spans(goal)] == reasons


# Normalising keeps the length (spans map back) and reads curly quotes, dashes and the
# backtick as their ASCII forms, on ASCII text (its fast path) and on any other.
@pytest.mark.parametrize(("text", "expected"), [
    ("By Q3", "by q3"),
    ("By `Q3`", "by 'q3'"),
    ("By the team’s Q3 – FY27", "by the team's q3 - fy27"),
    ("İstanbul by Q3", "İstanbul by q3"),   # a letter whose lower case is longer stays
    ("", ""),
])
def test_normalise_keeps_length_and_reads_punctuation_as_ascii(text: str, expected: str) -> None:
    from goalsmith.pipeline.timex import _normalise

    assert _normalise(text) == expected and len(_normalise(text)) == len(text)


def test_goal_parts_is_what_the_doc_extension_holds() -> None:
    # goal_parts reads the parts straight from spaCy's storage of doc._.goal.
    import spacy

    doc = spacy.blank("en")("Grow ARR by Q3")
    parts = goal_parts(doc)
    assert doc._.goal is parts and goal_parts(doc) is parts
    replaced = GoalParts(text="Grow ARR by Q3")
    doc._.goal = replaced
    assert goal_parts(doc) is replaced
