"""A: Attainable. "Challenging but realistic."

Fail when the text contradicts realism: a bounded rate above 100%, a reduction above
100%, a negative count, a change far beyond what the metric plausibly moves in the
time given (the catalogue's per-quarter and per-year bounds, counted from the
baseline when given, percentage points and percent kept apart), or a low stated
confidence. Pass when there is a target (or a deliverable with a deadline) and none
of that; unknown when there is nothing to judge. A past deadline is T's business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from goalsmith import milestones
from goalsmith.goal import Target
from goalsmith.rules.base import Goal, Outcome, evidence, info_value, is_named_target
from goalsmith.rules.registry import make_finding, section, thresholds
from goalsmith.verdict import Criterion, Finding


@dataclass(frozen=True)
class Change:
    """How far a target moves its metric, in the catalogue's unit of change."""

    size: float  # in the better direction; percent (relative) or percentage points
    unit: str  # "percent" or "points"

    def describe(self) -> str:
        return f"+{_num(self.size)}%" if self.unit == "percent" else f"+{_num(self.size)} points"


def _num(value: float) -> str:
    return f"{value:,.0f}" if abs(value - round(value)) < 0.05 else f"{value:,.1f}"


def check(goal: Goal) -> Outcome:
    limits = thresholds()
    confidence = goal.parts.confidence
    errors: list[Finding] = []
    notes: list[Finding] = []
    if confidence is not None and confidence.value < float(limits.get("low_confidence", 0.5)):
        errors.append(make_finding("A105", confidence.span, confidence=confidence.text))
    for target in goal.targets:
        errors += _impossible(goal, target)
    if not any(f.rule in ("A101", "A102", "A103") for f in errors):
        errors += _implausible(goal)
    if errors:
        return Outcome(Criterion("fail", evidence(*(f.span for f in errors)),
                                 _fail_reason(errors[0].rule)), errors + notes)

    confident = (confidence is not None
                 and confidence.value >= float(limits.get("confident", 0.7)))
    support = [confidence.span] if confident and confidence is not None else []
    if goal.targets:
        notes += _perfection(goal)
        notes += _milestone_note(goal)
        reason = "a realistic target" + (" (stated confidence)" if confident else "")
        return Outcome(Criterion("pass", evidence(*(t.span for t in goal.targets), *support),
                                 reason), notes)
    metric = goal.parts.metric
    if metric is not None and goal.has_named_target:
        return Outcome(Criterion("pass", evidence(metric.span, *support),
                                 f"a target known by name (\"{metric.text}\")"), notes)
    if goal.is_deliverable and goal.deadline is not None and metric is not None:
        return Outcome(Criterion("pass", evidence(metric.span, *support),
                                 "a deliverable with a deadline"), notes)
    extra = goal.extra_deliverable
    if extra is not None and goal.deadline is not None:
        # A compound goal is judged on its concrete part: "... and run the city 10k".
        return Outcome(Criterion("pass", evidence(extra[1].span, *support),
                                 "a deliverable with a deadline"), notes)
    why = "a deliverable with no deadline" if goal.is_deliverable else "no target to judge"
    return Outcome(Criterion("unknown", (), why), notes)


_FAIL_REASONS = {
    "A101": "a rate above 100%", "A102": "a reduction above 100%",
    "A103": "a negative count or time",
    "A104": "a change far beyond what is plausible", "A105": "the writer's confidence is low",
}


def _fail_reason(rule: str) -> str:
    return _FAIL_REASONS.get(rule, "not realistic")


def _metric_name(goal: Goal) -> str:
    info = goal.metric_info
    name = info_value(info, "name")
    if name:
        return str(name)
    return goal.parts.metric.text if goal.parts.metric else "this metric"


_OF_WHAT = re.compile(r"[ \t]+of[ \t]+(?:(?:the|all|our|its)[ \t]+)?([a-z][a-z ]{0,20})",
                      re.IGNORECASE)


def _share_of(text: str, target: Target) -> bool | None:
    """True when "N% of" names a whole of people or things (a share), False when it names
    a reference level ("of target"), None when neither follows the amount."""
    found = _OF_WHAT.match(text, target.span[1])
    if found is None:
        return None
    words = found.group(1).lower().split()
    known = section("attainable")
    for n in range(min(len(words), 2), 0, -1):
        phrase = " ".join(words[:n])
        # (a reference ends its phrase: "110% of target accounts" counts accounts)
        ends = n == len(words) or words[n] in _AFTER_REFERENCE
        if phrase in known.get("share_references", ()) and ends:
            return False
        if phrase in known.get("share_wholes", ()):
            return True
    return None


_AFTER_REFERENCE = frozenset({"by", "for", "in", "on", "at", "this", "next", "and", "or",
                              "every", "each", "per", "from", "to", "through", "during",
                              "across", "within", "before", "until"})


_MOVE_PARTICLE = re.compile(r"[ \t]+(down|up|lower|higher)\b", re.IGNORECASE)


def _direction(goal: Goal) -> str | None:
    """Which way the goal moves its metric: the action's, else the catalogue's better way."""
    action, metric = goal.parts.action, goal.parts.metric
    if action is not None and action.direction in ("up", "down"):
        return action.direction
    if action is not None and action.direction == "reach" and metric is not None:
        # "Get my credit utilization down by 150%", "bring costs down": the particle moves it
        particle = _MOVE_PARTICLE.match(goal.parts.text, metric.span[1])
        if particle is not None:
            return "down" if particle.group(1).lower() in ("down", "lower") else "up"
    better = info_value(goal.metric_info, "better")
    return better if better in ("up", "down") else None


# "to below 0%", "under 0%": a level strictly under zero.
_STRICTLY_BELOW = re.compile(r"\b(?:below|under|less than|fewer than)\b|<(?!=)", re.IGNORECASE)


def _impossible(goal: Goal, target: Target) -> list[Finding]:
    """Numbers that cannot happen at all, whatever the time given."""
    value = target.value
    if value is None:
        return []
    # A share of an uncatalogued metric or population ("120% of customers", "a 130%
    # collection rate") is a rate like any other: only the catalogue can say a metric
    # may pass 100% (quota attainment, NRR).
    info = goal.metric_info
    bounded = bool(info_value(info, "bounded_100", False)) if info is not None else (
        target.kind == "percent" and not target.relative)
    whole = _share_of(goal.parts.text, target) if target.kind == "percent" else None
    if whole is not None:
        bounded = whole  # "150% of pupils" is a share; "150% of target" a level
    found: list[Finding] = []
    # (a time too: "cut order cycle time to -2 days"; a change "by -2 days" is no level)
    negative = value < 0 or (target.low is not None and target.low < 0)
    if negative and (target.kind == "count" or (target.kind == "duration"
                                                and not target.relative)):
        found.append(make_finding("A103", target.span, target=target.text))
    if (target.kind == "percent" and target.relative and value > 100
            and _direction(goal) == "down"):
        found.append(make_finding("A102", target.span, target=target.text))
    if bounded:
        level = _level(target)
        # A bounded score runs 0-100 too: NPS 140 or a Lighthouse score of 140 cannot be.
        score = _score_level(target) if level is None else None
        if level is not None and level > 100:
            found.append(make_finding("A101", target.span, metric=_metric_name(goal),
                                      target=target.text, value=f"{_num(level)}%"))
        elif level is not None and (
                min(v for v in (level, target.low) if v is not None) < 0
                or (level == 0 and _STRICTLY_BELOW.search(target.text))):
            found.append(make_finding("A106", target.span, metric=_metric_name(goal),
                                      target=target.text, value=f"{_num(level)}%"))
        elif score is not None and score > 100:
            found.append(make_finding("A101", target.span, metric=_metric_name(goal),
                                      target=target.text, value=f"{_num(score)} of 100"))
    return found


def _level(target: Target) -> float | None:
    """The level a percent/points target reaches on a 0-100 scale, when the text says it."""
    value = target.value
    if value is None:
        return None
    top = max(v for v in (value, target.high) if v is not None)
    if target.kind == "percent" and not target.relative:
        return top
    if target.kind == "percent" and target.baseline is not None:
        return target.baseline * (1 + value / 100)
    if target.kind == "points" and target.baseline is not None:
        return target.baseline + value
    return None


def _score_level(target: Target) -> float | None:
    """The level a plain score target reaches ("a score of 140"), not a change."""
    if target.kind != "score" or target.relative or target.value is None:
        return None
    return max(v for v in (target.value, target.high) if v is not None)


def change_of(goal: Goal, target: Target) -> Change | None:
    """The target's change in the catalogue's unit, or None when the text cannot say."""
    value, baseline = target.value, target.baseline
    if value is None:
        return None
    unit = str(info_value(goal.metric_info, "change_unit", "percent"))
    down = _direction(goal) == "down"
    if unit == "points":
        if target.kind == "points":
            return Change(abs(value), "points")
        if target.kind == "percent" and baseline is not None:
            moved = baseline * value / 100 if target.relative else value - baseline
            return Change(abs(moved), "points")
        if target.kind == "score" and baseline is not None:
            # "NPS from 32 to 95": a score measured in points moves by the difference
            return Change(abs(value if target.relative else value - baseline), "points")
        return None
    if target.kind == "multiplier":
        # "3x pipeline coverage" is a level; "double", "triple", "by 2x" are changes, and
        # so is a multiple of a known metric stated with no verb ("revenue 5x in Q1").
        action = goal.parts.action
        # (a colon stands for the verb too: "Side-project revenue: 10x by March")
        verbless = action is None or not action.text.strip(":=")
        moving = target.relative or (action is not None and action.direction in ("up", "down")
                                     ) or (verbless and goal.metric_info is not None
                                           and not _of_a_named_level(goal, target))
        if not moving or info_value(goal.metric_info, "unit") == "ratio":
            return None
        factor = value
        size = (1 - factor) * 100 if down or factor < 1 else (factor - 1) * 100
        return Change(abs(size), "percent")
    if target.kind == "percent" and target.relative:
        return Change(abs(value), "percent")
    if baseline not in (None, 0) and not target.relative and target.kind != "placeholder":
        return Change(abs(value - baseline) / abs(baseline) * 100, "percent")
    if baseline not in (None, 0) and target.relative:
        return Change(abs(value) / abs(baseline) * 100, "percent")
    return None


def _of_a_named_level(goal: Goal, target: Target) -> bool:
    """ "Pipeline 3x quota": a multiple of a level the team knows by name, not a change."""
    words = goal.parts.text[target.span[1]:target.span[1] + 30].split()
    return bool(words) and is_named_target(words[0].strip(".,;:"))


def plausible_limit(goal: Goal, months: float, unit: str) -> float | None:
    """The largest plausible change over ``months`` from the catalogue's quarter and year bounds.

    Up to a quarter: the quarter's bound; up to a year: straight between the two; beyond
    a year: the year's bound repeated (compounded for relative change, added for points).
    """
    info = goal.metric_info
    quarter = info_value(info, "max_change_quarter")
    year = info_value(info, "max_change_year")
    metric = goal.parts.metric
    if info is None and unit == "percent" and metric is not None and metric.kind != "abstract":
        # An uncatalogued metric: only bounds no kind of metric plausibly passes.
        limits = thresholds()
        quarter = limits.get("fallback_max_change_quarter")
        year = limits.get("fallback_max_change_year")
    if quarter is None or year is None:
        return None
    quarter, year = float(quarter), float(year)
    if months <= 3:
        return quarter
    if months <= 12:
        return quarter + (year - quarter) * (months - 3) / 9
    if unit == "percent":
        return ((1 + year / 100) ** (months / 12) - 1) * 100
    return year * months / 12


def horizon_months(goal: Goal) -> tuple[float, str]:
    """Months the change has (a year when no deadline is given) and a reader's label: from
    today to the deadline, or over the period named when it is yet to start ("grow revenue
    350% in 2027" has the twelve months of 2027)."""
    if goal.deadline is None or goal.deadline <= goal.today:
        return 12.0, "a year"
    frame = goal.deadline_frame
    if frame is not None and frame.kind == "period" and frame.start is not None and (
            frame.start > goal.today and frame.end == goal.deadline):
        # whole calendar months: "in 2027" is 12, "in Q1" is 3
        months = (12 * (frame.end.year - frame.start.year) + frame.end.month
                  - frame.start.month + 1)
        return float(months), "a month" if months == 1 else f"{months} months"
    days = (goal.deadline - goal.today).days
    months = days / 30.44
    if months < 1.5:
        return months, f"{days} days"
    if months < 24:
        return months, f"{round(months)} months"
    return months, f"{months / 12:.1f} years"


def _implausible(goal: Goal) -> list[Finding]:
    months, label = horizon_months(goal)
    margin = 1 + float(thresholds().get("implausible_margin", 0.0))
    for target in goal.targets:
        change = change_of(goal, target)
        if change is None:
            continue
        limit = plausible_limit(goal, months, change.unit)
        # The bound is an estimate: only a change well past it is "far beyond".
        if limit is None or change.size <= limit * margin:
            continue
        shown_limit = Change(limit, change.unit).describe()
        steps = _steps_text(goal, target)
        return [make_finding("A104", target.span, change=change.describe(), horizon=label,
                             metric=_metric_name(goal), limit=shown_limit,
                             steps=steps or "monthly steps")]
    return []


def _perfection(goal: Goal) -> list[Finding]:
    bounded = info_value(goal.metric_info, "bounded_100")
    for target in goal.targets:
        value = target.value
        if value is None or target.comparator == "at_most":
            continue
        perfect_rate = (target.kind == "percent" and not target.relative and value >= 100
                        and bounded is not False)
        zero = value == 0 and not target.relative and target.kind in ("count", "percent")
        wiped_out = (target.kind == "percent" and target.relative and value == 100
                     and _direction(goal) == "down")
        if perfect_rate or zero or wiped_out:
            level = "95%" if perfect_rate else "a low, non-zero level (e.g. under 2%)"
            return [make_finding("A201", target.span, target=target.text,
                                 suggestion_level=level)]
    return []


def primary_target(goal: Goal) -> Target | None:
    """The target the milestones follow: the first numeric one."""
    return next((t for t in goal.targets if t.value is not None), None)


def milestone_plan(goal: Goal) -> list[dict[str, object]]:
    """Dated steps for the goal's main target, when it has a number and a future deadline."""
    target = primary_target(goal)
    if target is None or goal.deadline is None or goal.deadline <= goal.today:
        return []
    return milestones.for_target(target, goal.today, goal.deadline)


def _steps_text(goal: Goal, target: Target, limit: int = 4) -> str:
    deadline = goal.deadline
    if deadline is None or deadline <= goal.today:
        return ""
    steps = milestones.for_target(target, goal.today, deadline)
    if not steps:
        return ""
    labels = [str(s["label"]) for s in steps]
    if len(labels) > limit:
        labels = [*labels[: limit - 1], "…", labels[-1]]
    return ", ".join(labels)


def _milestone_note(goal: Goal) -> list[Finding]:
    """A301: a large target, or one over a long time, gets computed steps."""
    limits = thresholds()
    target = primary_target(goal)
    deadline = goal.deadline
    if target is None or deadline is None or not _large(goal, target, deadline, limits):
        return []
    steps = _steps_text(goal, target)
    if not steps:
        return []
    _, label = horizon_months(goal)
    kind = "weekly" if (deadline - goal.today).days < milestones.WEEKLY_BELOW_DAYS else "monthly"
    return [make_finding("A301", target.span, horizon=label, step_kind=kind, steps=steps)]


def _large(goal: Goal, target: Target, deadline: date, limits: dict[str, object]) -> bool:
    days = (deadline - goal.today).days
    if days < int(limits.get("milestone_min_span_days", 60)):  # type: ignore[call-overload]
        return False
    if days >= int(limits.get("milestone_min_days", 180)):  # type: ignore[call-overload]
        return True
    change = change_of(goal, target)
    year = info_value(goal.metric_info, "max_change_year")
    if change is None or year is None:
        return False
    share = float(limits.get("milestone_min_change", 0.5))  # type: ignore[arg-type]
    return change.size >= share * float(year)
