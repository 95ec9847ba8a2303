"""The rule layer: GoalParts in, SMART verdicts and findings out.

One module per criterion (``specific``, ``measurable``, ``attainable``, ``relevant``,
``time_bound``), each returning a verdict with the findings that explain it. Rule ids,
levels and messages live in ``data/rules.toml`` (see :mod:`goalsmith.rules.registry`).

Disabled rules (``Settings.disabled_rules``): their findings are dropped. When a
dropped finding was the only reason for a ``fail``, the verdict becomes ``unknown``
(the check that would decide it is switched off, so the tool no longer claims a
result either way; ``unknown`` never counts as a pass). A ``fail`` always keeps at
least one finding.
"""

from __future__ import annotations

from collections.abc import Callable

from goalsmith.goal import GoalParts
from goalsmith.rules import attainable, measurable, relevant, specific, time_bound
from goalsmith.rules.base import Goal, Outcome, usable
from goalsmith.settings import Settings
from goalsmith.verdict import CRITERIA, Criterion, Finding, GoalContext, Judgement

__all__ = ["CHECKS", "judge"]

# Time first: attainability and milestones depend on the deadline it resolves.
CHECKS: tuple[tuple[str, Callable[[Goal], Outcome]], ...] = (
    ("time_bound", time_bound.check),
    ("specific", specific.check),
    ("measurable", measurable.check),
    ("attainable", attainable.check),
    ("relevant", relevant.check),
)

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def judge(parts: GoalParts, settings: Settings, context: GoalContext | None = None) -> Judgement:
    """SMART verdicts and findings for one goal's extracted parts."""
    goal = Goal(parts=usable(parts), settings=settings, context=context)
    disabled = {rule.upper() for rule in settings.disabled_rules}
    criteria: dict[str, Criterion] = {}
    findings: list[Finding] = []
    for name, check in CHECKS:
        outcome = _without_disabled(check(goal), disabled)
        criteria[name] = outcome.criterion
        findings += outcome.findings
    order = {name: i for i, name in enumerate(CRITERIA)}
    findings.sort(key=lambda f: (order[f.criterion], _SEVERITY_ORDER[f.severity], f.rule))
    plan = attainable.milestone_plan(goal) if settings.milestones else []
    return Judgement(
        criteria={name: criteria[name] for name in CRITERIA},
        findings=tuple(findings),
        deadline=goal.deadline,
        deadline_source=goal.deadline_source,
        owner_source=_owner_source(parts, context),
        milestones=tuple(plan),
    )


def _without_disabled(outcome: Outcome, disabled: set[str]) -> Outcome:
    if not disabled:
        return outcome
    kept = [f for f in outcome.findings if f.rule not in disabled]
    criterion = outcome.criterion
    if criterion.verdict == "fail" and not any(f.severity == "error" for f in kept):
        dropped = ", ".join(sorted({f.rule for f in outcome.findings} & disabled))
        criterion = Criterion("unknown", (), f"not checked ({dropped} disabled)")
    return Outcome(criterion, kept)


def _owner_source(parts: GoalParts, context: GoalContext | None) -> str | None:
    if parts.actors:
        return "text"
    if context is not None and context.owner:
        return context.owner_source or "context"
    return None
