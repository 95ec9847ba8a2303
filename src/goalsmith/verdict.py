"""What the rule layer and the rewriter produce: verdicts, findings, rewrites.

These are the rest of CONTRACT.md's audit object (``goal.py`` holds the
extractions). Front ends render them; nothing here parses text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from goalsmith.goal import CharSpan, GoalParts

CRITERIA = ("specific", "measurable", "attainable", "relevant", "time_bound")
VERDICTS = ("pass", "fail", "unknown")
SEVERITIES = ("error", "warning", "info")
SLOT_SOURCES = ("text", "answer", "config", "default")
SCHEMA = "goalsmith.audit/1"


@dataclass(frozen=True)
class GoalContext:
    """What surrounds a goal in a sheet or a document, read as a reader would.

    ``period`` is a time text the goal inherits when it states none of its own
    (a document heading, a "Period:" line, a due-date cell); ``period_source``
    says where it came from, for the output.
    """

    owner: str | None = None
    owner_source: str | None = None
    period: str | None = None
    period_source: str | None = None


@dataclass(frozen=True)
class Finding:
    rule: str
    criterion: str
    severity: str
    message: str
    span: CharSpan | None = None
    suggestion: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule, "criterion": self.criterion, "severity": self.severity,
            "message": self.message,
            "span": None if self.span is None else [self.span[0], self.span[1]],
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class Criterion:
    verdict: str  # one of VERDICTS
    evidence: tuple[CharSpan, ...] = ()
    reason: str = ""  # one line for the card: why this verdict

    def to_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict, "evidence": [[s, e] for s, e in self.evidence]}


@dataclass(frozen=True)
class Judgement:
    """The rule layer's answer for one goal."""

    criteria: dict[str, Criterion]
    findings: tuple[Finding, ...]
    deadline: date | None = None
    deadline_source: str | None = None  # "text", or where an inherited deadline came from
    owner_source: str | None = None
    milestones: tuple[dict[str, Any], ...] = ()

    @property
    def smart(self) -> bool:
        c = self.criteria
        return (all(c[k].verdict == "pass" for k in ("specific", "measurable", "attainable",
                                                      "time_bound"))
                and c["relevant"].verdict != "fail")

    @property
    def goal_class(self) -> str:
        passed = sum(self.criteria[k].verdict == "pass"
                     for k in ("specific", "measurable", "attainable"))
        return {3: "SMART", 2: "Partially SMART"}.get(passed, "Not SMART")

    @property
    def score(self) -> int:
        return sum(c.verdict == "pass" for c in self.criteria.values())


@dataclass(frozen=True)
class Slot:
    slot: str  # target, deadline, owner, baseline, reason, action
    value: str
    source: str  # one of SLOT_SOURCES
    span: CharSpan | None = None  # where the value stands in the rewrite text

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"slot": self.slot, "value": self.value, "source": self.source}
        if self.span is not None:
            data["span"] = [self.span[0], self.span[1]]
        return data


@dataclass(frozen=True)
class Rewrite:
    text: str
    slots: tuple[Slot, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "slots": [s.to_dict() for s in self.slots]}


@dataclass(frozen=True)
class Audit:
    """One goal, audited: CONTRACT.md's audit object."""

    text: str
    parts: GoalParts
    judgement: Judgement
    rewrite: Rewrite | None
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def smart(self) -> bool:
        return self.judgement.smart

    @property
    def goal_class(self) -> str:
        return self.judgement.goal_class

    @property
    def score(self) -> int:
        return self.judgement.score

    @property
    def criteria(self) -> dict[str, Criterion]:
        return self.judgement.criteria

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self.judgement.findings

    def to_dict(self) -> dict[str, Any]:
        extractions = self.parts.to_dict()
        # The rules may resolve a deadline the text itself lacks (an inherited period).
        deadline = self.judgement.deadline
        extractions["deadline"] = deadline.isoformat() if deadline else None
        extractions["deadline_source"] = self.judgement.deadline_source
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "text": self.text,
            "smart": self.smart,
            "class": self.goal_class,
            "score": self.score,
            "criteria": {k: self.criteria[k].to_dict() for k in CRITERIA},
            "findings": [f.to_dict() for f in self.findings],
            "extractions": extractions,
            "rewrite": self.rewrite.to_dict() if self.rewrite else None,
            "settings": self.settings,
        }
        if self.judgement.milestones:
            data["milestones"] = list(self.judgement.milestones)
        return data
