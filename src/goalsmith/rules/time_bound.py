"""T: Time-bound. "When will it happen?"

Pass when a deadline or time window resolves to an end date that is not past;
fail on no time, vague time, a cadence alone, a start with no end, an undated
event, a duration that belongs to the target, or a past date. A goal with no time
of its own takes its context's period (a document heading, a due-date cell).
"""

from __future__ import annotations

from datetime import date

from goalsmith.goal import Timeframe
from goalsmith.rules.base import Goal, Outcome, evidence, long_date
from goalsmith.rules.registry import make_finding, thresholds
from goalsmith.verdict import Criterion, Finding

# Timeframe kinds a reader's context may override: they say how often or how fast,
# not by when, so a period stated around the goal completes them.
_CONTEXT_COMPLETES = ("cadence", "duration")


def suggested_deadline(goal: Goal) -> str:
    """The configured default period as a reader writes it, for suggestions."""
    frame = resolve(goal.settings.default_period, goal)
    if frame is None or frame.end is None:
        return goal.settings.default_period
    return f"the end of {goal.settings.default_period} ({long_date(frame.end)})"


def resolve(text: str, goal: Goal) -> Timeframe | None:
    from goalsmith.pipeline import timex

    try:
        return timex.resolve_period(text, goal.today, goal.settings.fiscal_year_start)
    except (ValueError, TypeError, OverflowError):
        return None


def check(goal: Goal) -> Outcome:
    """Judge T and record the resolved deadline on ``goal``."""
    parts = goal.parts
    own_end = parts.deadline
    if own_end is not None:
        frame = _frame_ending(parts.timeframes, own_end)
        goal.deadline, goal.deadline_source, goal.deadline_frame = own_end, "text", frame
        return _judge_date(goal, own_end, frame, inherited=None)

    frames = list(parts.timeframes)
    blocking = [t for t in frames if t.kind not in _CONTEXT_COMPLETES]
    context = goal.context
    if not blocking and context is not None and context.period:
        inherited = resolve(context.period, goal)
        if inherited is not None and inherited.end is not None:
            source = context.period_source or "the goal's context"
            goal.deadline, goal.deadline_source = inherited.end, source
            goal.deadline_frame = None
            return _judge_date(goal, inherited.end, None, inherited=(context.period, source))

    deadline = suggested_deadline(goal)
    if not frames:
        return Outcome(Criterion("fail", (), "no deadline or time window"),
                       [make_finding("T101", None, deadline=deadline)])
    frame = (blocking or frames)[0]
    rule = _rule_for(frame)
    return Outcome(Criterion("fail", evidence(frame.span), _REASONS[rule]),
                   [make_finding(rule, frame.span, time=frame.text, deadline=deadline)])


_REASONS = {
    "T102": "the time is vague",
    "T103": "a cadence with no end date",
    "T105": "a start with no end date",
    "T106": "tied to an undated event",
    "T107": "a duration that is part of the target, not a deadline",
}


def _rule_for(frame: Timeframe) -> str:
    """Which T finding explains a time expression that resolves to no end date."""
    if frame.kind == "cadence":
        return "T103"
    if frame.kind == "duration":
        return "T107"
    granularity = (frame.granularity or "").lower()
    if granularity in ("event", "undated_event"):
        return "T106"
    if granularity == "start" or (frame.start is not None and frame.end is None):
        return "T105"
    return "T102"


def _frame_ending(frames: list[Timeframe], end: date) -> Timeframe | None:
    return next((t for t in frames if t.end == end and t.kind in ("deadline", "period")), None)


def _judge_date(goal: Goal, end: date, frame: Timeframe | None,
                inherited: tuple[str, str] | None) -> Outcome:
    span = frame.span if frame else None
    time_text = frame.text if frame else (inherited[0] if inherited else "")
    today = goal.today
    if end < today:
        finding = make_finding("T104", span, time=time_text, date=end.isoformat(),
                               today=today.isoformat(), deadline=suggested_deadline(goal))
        return Outcome(Criterion("fail", evidence(span), f"the deadline {end} is past"),
                       [finding])
    findings: list[Finding] = []
    years = int(thresholds().get("distant_years", 3))
    if _years_between(today, end) > years:
        findings.append(make_finding("T201", span, date=long_date(end), years=years))
    if inherited is not None:
        findings.append(make_finding("T301", None, time=inherited[0], date=end.isoformat(),
                                     source=inherited[1]))
        reason = f"due {end} (from {inherited[1]})"
    else:
        reason = f"due {end}"
    return Outcome(Criterion("pass", evidence(span), reason), findings)


def _years_between(start: date, end: date) -> float:
    return (end - start).days / 365.25
