"""The parts of a goal, as the pipeline extracts them.

These plain dataclasses are the one vocabulary shared by every layer: the spaCy
components fill them (``doc._.goal``), the rules read them, the rewriter and the
renderers turn them into text and JSON. Spans are ``(start, end)`` character
offsets into the goal text, end exclusive, as CONTRACT.md requires.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

CharSpan = tuple[int, int]

TARGET_KINDS = (
    "percent", "points", "currency", "count", "multiplier",
    "duration", "frequency", "score", "ratio", "placeholder",
)
TIMEFRAME_KINDS = ("deadline", "period", "duration", "cadence", "vague")
ACTOR_KINDS = ("person", "team", "role", "organisation", "pronoun")


def _span(span: CharSpan | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


# Openings of a stated deadline: "by March 31", "before the end of Q1".
_STATED_DEADLINE = ("by ", "before ", "no later than ")


@dataclass(frozen=True)
class Timeframe:
    """A time expression: a deadline, a period, a duration, a cadence or vague time."""

    text: str
    span: CharSpan
    kind: str  # one of TIMEFRAME_KINDS
    start: date | None = None
    end: date | None = None
    granularity: str | None = None  # day, week, month, quarter, half, year, ...

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "span": _span(self.span), "kind": self.kind,
            "start": _iso(self.start), "end": _iso(self.end),
            "granularity": self.granularity,
        }


@dataclass(frozen=True)
class Target:
    """A quantified target (or a placeholder standing in for one)."""

    text: str
    span: CharSpan
    kind: str  # one of TARGET_KINDS
    value: float | None = None
    unit: str | None = None
    currency: str | None = None
    comparator: str | None = None  # at_least, at_most or None
    low: float | None = None
    high: float | None = None
    baseline: float | None = None
    relative: bool = False  # "by 25%" (a change) rather than "to 25%" (a level)
    noun: str | None = None  # what is counted: "meetings" in "40 meetings"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "span": _span(self.span), "kind": self.kind,
            "value": self.value, "unit": self.unit, "currency": self.currency,
            "comparator": self.comparator, "low": self.low, "high": self.high,
            "baseline": self.baseline, "relative": self.relative,
        }


@dataclass(frozen=True)
class Actor:
    """Who owns the goal."""

    text: str
    span: CharSpan
    kind: str  # one of ACTOR_KINDS

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": _span(self.span), "kind": self.kind}


@dataclass(frozen=True)
class Scope:
    """A qualifier that says which, where or who: region, segment, product, channel..."""

    text: str
    span: CharSpan
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": _span(self.span), "kind": self.kind}


@dataclass(frozen=True)
class Action:
    """The verb of change or achievement (or the verb of a declarative result)."""

    text: str
    span: CharSpan
    lemma: str
    direction: str | None  # up, down, reach, deliver, or None when non-committal
    committal: bool = True  # False for "work on", "focus on", "explore"...
    hedge: str | None = None  # "try to", "focus on" written before a concrete verb

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": _span(self.span), "lemma": self.lemma,
                "direction": self.direction}


@dataclass(frozen=True)
class Metric:
    """What the action acts on: a metric, a deliverable or a population."""

    text: str
    span: CharSpan
    kpi: str | None = None  # the metric catalogue's name, when it is a known metric
    kind: str = "metric"  # metric, deliverable, population, abstract
    # the words at its end that narrow what is counted: "per order", "with a mentor"
    qualifier: CharSpan | None = None
    # False when the object is no noun phrase ("get fit", "travel more", "Save £500"): the
    # rules still read the words (a finding names them, the catalogue knows "Save"), but
    # nothing is reported as the metric.
    phrase: bool = True
    # The words reported as the metric when they differ from those the rules read: the
    # thing made without the state it should reach ("the forecast" in "make the forecast
    # more accurate"), or what a saving is for ("an emergency fund" in "Save $10,000 for an
    # emergency fund", where the rules read the verb, which the catalogue knows).
    shown: tuple[str, CharSpan] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": _span(self.span), "kpi": self.kpi}

    @property
    def head_end(self) -> int:
        """Where the metric's own words end, before a qualifier."""
        return self.qualifier[0] if self.qualifier is not None else self.span[1]


@dataclass(frozen=True)
class Reason:
    """Why the goal matters: a "so that", "to support", "because" clause."""

    text: str
    span: CharSpan

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": _span(self.span)}


@dataclass(frozen=True)
class Confidence:
    """A stated confidence, normalised to 0..1 ("8/10" -> 0.8, "70% confident" -> 0.7)."""

    text: str
    span: CharSpan
    value: float

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": _span(self.span), "value": self.value}


@dataclass
class GoalParts:
    """Everything the pipeline found in one goal. Filled component by component."""

    text: str
    action: Action | None = None
    metric: Metric | None = None
    targets: list[Target] = field(default_factory=list)
    timeframes: list[Timeframe] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    scope: list[Scope] = field(default_factory=list)
    reason: Reason | None = None
    confidence: Confidence | None = None
    # Extra outcomes in a compound goal ("... and hire two SDRs"): (action, metric) pairs.
    extra_outcomes: list[tuple[Action, Metric | None]] = field(default_factory=list)

    @property
    def deadline(self) -> date | None:
        """The end date that makes the goal time-bound: the latest deadline or period end.
        A deadline stated with "by" outranks a period named elsewhere ("... by March 31 to
        replace the contract that ends in 2027", "... by end of Q1 (forgings come next
        year)"): the period is then background, not when the goal is done."""
        ends = [t for t in self.timeframes if t.kind in ("deadline", "period") and t.end]
        if any(t.kind == "deadline" and t.text.lower().startswith(_STATED_DEADLINE)
               for t in ends):
            ends = [t for t in ends if t.kind == "deadline"]
        return max(t.end for t in ends) if ends else None

    @property
    def cadence(self) -> Timeframe | None:
        return next((t for t in self.timeframes if t.kind == "cadence"), None)

    def to_dict(self) -> dict[str, Any]:
        """The CONTRACT.md ``extractions`` object."""
        cadence = self.cadence
        return {
            "action": self.action.to_dict() if self.action else None,
            "metric": _reported(self.metric),
            "targets": [t.to_dict() for t in self.targets],
            "timeframes": [t.to_dict() for t in self.timeframes],
            "deadline": _iso(self.deadline),
            "cadence": cadence.text if cadence else None,
            "actors": [a.to_dict() for a in self.actors],
            "scope": [s.to_dict() for s in self.scope],
            "reason": self.reason.to_dict() if self.reason else None,
            "confidence": self.confidence.value if self.confidence else None,
            # the further outcomes of a compound goal, each with its action and metric
            "outcomes": [{"action": action.to_dict(),
                          "metric": _reported(metric)}
                         for action, metric in self.extra_outcomes],
        }


def reported(metric: Metric | None) -> Metric | None:
    """The metric as the product reports it: the words it shows (see ``Metric.shown``),
    else none when the object is no noun phrase."""
    if metric is None:
        return None
    if metric.shown is not None:
        text, span = metric.shown
        return replace(metric, text=text, span=span, qualifier=None, phrase=True, shown=None)
    return metric if metric.phrase else None


def _reported(metric: Metric | None) -> dict[str, Any] | None:
    shown = reported(metric)
    return shown.to_dict() if shown is not None else None
