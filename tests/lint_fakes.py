"""A stand-in for the engine in lint unit tests: fast, predictable verdicts.

A goal "passes" a criterion by a visible marker, so tests read like a spec:
a digit makes it Specific, Measurable and Attainable, "by" or an inherited period
makes it Time-bound.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from goalsmith.goal import GoalParts
from goalsmith.verdict import Audit, Criterion, Finding, GoalContext, Judgement, Rewrite

CALLS: list[tuple[str, GoalContext | None]] = []


def fake_audit(text: str, context: GoalContext | None) -> Audit:
    has_target = bool(re.search(r"\d", text))
    timed = bool(re.search(r"\bby\b", text)) or bool(context and context.period)
    criteria = {
        "specific": Criterion("pass" if has_target else "fail"),
        "measurable": Criterion("pass" if has_target else "fail"),
        "attainable": Criterion("pass" if has_target else "unknown"),
        "relevant": Criterion("unknown"),
        "time_bound": Criterion("pass" if timed else "fail"),
    }
    findings = []
    if not has_target:
        findings.append(Finding("S101", "specific", "error", "Too general.", (0, len(text)),
                                "Name the metric."))
        findings.append(Finding("M101", "measurable", "error", "No target.", None,
                                "Add a target."))
    if not timed:
        findings.append(Finding("T101", "time_bound", "error", "No deadline.", None,
                                "Add a deadline."))
    findings.append(Finding("R301", "relevant", "info", "No objectives.", None, None))
    deadline = date(2027, 3, 31) if timed else None
    source = (context.period_source if context and context.period and
              not re.search(r"\bby\b", text) else "text") if timed else None
    judgement = Judgement(criteria=criteria, findings=tuple(findings), deadline=deadline,
                          deadline_source=source)
    rewrite = None if judgement.smart else Rewrite(f"{text} by 20% by March 31, 2027.")
    return Audit(text=text, parts=GoalParts(text=text), judgement=judgement, rewrite=rewrite,
                 settings={"today": "2026-11-29", "fiscal_year_start": 1})


def fake_audit_many(items: Iterable[Any], settings: Any = None, **_: Any) -> Iterator[Audit]:
    for item in items:
        text, context = item if isinstance(item, tuple) else (item, None)
        CALLS.append((text, context))
        yield fake_audit(text, context)
