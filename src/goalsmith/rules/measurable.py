"""M: Measurable. "How will I measure success?"

Pass on a quantified target or a verifiable deliverable (or a target the team knows by
name: "hit quota"); fail on none, or on a placeholder ("TBD", "X%"). A change with no
baseline is an info finding, a number with no metric a warning.
"""

from __future__ import annotations

import re

from goalsmith.rules.base import Goal, Outcome, evidence, info_value
from goalsmith.rules.registry import make_finding
from goalsmith.rules.specific import names_rank
from goalsmith.verdict import Criterion, Finding

# Target kinds that state a change from an unstated level when "relative".
_CHANGE_KINDS = ("percent", "points", "multiplier")


def check(goal: Goal) -> Outcome:
    parts = goal.parts
    metric = parts.metric
    example = str(info_value(goal.metric_info, "default_target", "20%"))
    object_text = goal.metric_words if metric and metric.kind != "abstract" else "the metric"

    if goal.targets and not _window_of_placeholder(goal):
        findings = _target_findings(goal)
        spans = [t.span for t in goal.targets]
        first = goal.targets[0]
        return Outcome(Criterion("pass", evidence(*spans), f"target \"{first.text}\""), findings)
    if not goal.targets and _target_placeholder(goal):
        # "Roll out endpoint detection to X% of laptops": how far it goes is undecided.
        return _placeholder_fail(goal, example)
    if metric is not None and goal.is_deliverable:
        action = parts.action
        return Outcome(Criterion("pass", evidence(action.span if action else None, metric.span),
                                 f"deliverable \"{metric.text}\""), [])
    extra = goal.extra_deliverable
    if extra is not None:
        # A compound goal is judged on its concrete part: "... and publish the memo".
        action, delivered = extra
        return Outcome(Criterion("pass", evidence(action.span, delivered.span),
                                 f"deliverable \"{delivered.text}\""), [])
    if metric is not None and metric.kind != "abstract" and names_rank(goal, metric.text):
        # "Become a top-3 vendor in DACH": whether the rank is held is a yes/no fact.
        return Outcome(Criterion("pass", evidence(metric.span),
                                 f"rank \"{metric.text}\""), [])
    if metric is not None and goal.has_named_target:
        return Outcome(Criterion("pass", evidence(metric.span),
                                 f"named target \"{metric.text}\""), [])
    if goal.placeholders:
        return _placeholder_fail(goal, example)
    return Outcome(Criterion("fail", (), "no target and no deliverable"),
                   [make_finding("M101", None, object=object_text, target=example)])


# "by TBD", "date TBD": the placeholder stands for a time, which T judges.
_TIME_BEFORE = re.compile(r"\b(?:by|until|before|due|date|deadline|eta|when|timeline)\W{0,3}$",
                          re.IGNORECASE)


def _target_placeholder(goal: Goal) -> bool:
    """Whether a placeholder stands for a target rather than a time."""
    text = goal.parts.text
    return any(not _TIME_BEFORE.search(text[max(0, h.span[0] - 12):h.span[0]])
               and not goal.dates_deliverable(h) for h in goal.placeholders)


def _placeholder_fail(goal: Goal, example: str) -> Outcome:
    holder = goal.placeholders[0]
    return Outcome(Criterion("fail", evidence(holder.span),
                             f"\"{holder.text}\" is a placeholder"),
                   [make_finding("M102", holder.span, placeholder=holder.text, target=example)])


def _window_of_placeholder(goal: Goal) -> bool:
    """ "process [N] percent of applications within ten business days": the only numbers
    are time windows of an undecided target, which stays undecided."""
    holders = goal.placeholders
    return bool(holders) and all(
        t.kind == "duration" and t.span[0] >= holders[0].span[1] for t in goal.targets)


def _target_findings(goal: Goal) -> list[Finding]:
    findings: list[Finding] = []
    metric = goal.parts.metric
    if metric is None or metric.kind == "abstract":
        first = goal.targets[0]
        findings.append(make_finding("M201", first.span, target=first.text))
    for target in goal.targets:
        if target.relative and target.baseline is None and target.kind in _CHANGE_KINDS:
            findings.append(make_finding("M301", target.span, target=target.text))
            break  # one reminder is enough
    return findings
