"""Accuracy on the corpus's held-out split: what `goalsmith evaluate` reports.

Every figure is computed against the hand-written labels in ``corpus/goals.jsonl``
(see corpus/README.md); the test split is never used to tune rules or patterns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from goalsmith.corpus import CorpusItem
from goalsmith.settings import Settings
from goalsmith.verdict import Audit

CRITERIA_KEYS = ("specific", "measurable", "attainable", "relevant", "time_bound")
TARGET_FIELDS = ("kind", "value", "currency", "comparator", "low", "high", "baseline")
SPAN_LABELS = ("ACTION", "METRIC", "SCOPE", "ACTOR")


@dataclass
class PRF:
    """Counts for precision / recall / F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, predicted: bool, gold: bool) -> None:
        if predicted and gold:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1


def _num(value: Any) -> float | None:
    return None if value is None else round(float(value), 4)


def target_key(target: dict[str, Any]) -> tuple:
    """A target's identity for exact comparison: kind, value, currency, comparator, range, baseline."""
    key = []
    for name in TARGET_FIELDS:
        value = target.get(name)
        key.append(value if name in ("kind", "currency", "comparator") else _num(value))
    return tuple(key)


def targets_match(predicted: Iterable[dict[str, Any]], gold: Iterable[dict[str, Any]]) -> bool:
    return Counter(map(target_key, predicted)) == Counter(map(target_key, gold))


def audit_item(item: CorpusItem, auditor: Callable[..., Audit]) -> Audit:
    # Explicit settings: a goalsmith.toml near the working directory must not leak in.
    settings = Settings(today=date.fromisoformat(item.today or "2026-11-29"),
                        fiscal_year_start=item.fiscal_year_start or 1)
    return auditor(item.text, settings)


@dataclass
class GoalScores:
    goals: int
    deadline_right: int
    targets_right: int
    smart_right: int
    fail_prf: dict[str, PRF]
    owner: PRF
    spans: dict[str, PRF]
    deadline_misses: list[tuple[str, str | None, str | None]]
    target_misses: list[tuple[str, list, list]]

    def as_rows(self) -> list[tuple[str, str]]:
        n = self.goals or 1
        rows = [
            ("goals scored", str(self.goals)),
            ("deadline exactly right", f"{self.deadline_right / n:.1%}"),
            ("targets exactly right", f"{self.targets_right / n:.1%}"),
            ("`smart` flag right", f"{self.smart_right / n:.1%}"),
        ]
        rows += [(f"F1 of `fail`, {k}", f"{p.f1:.3f} (P {p.precision:.3f}, R {p.recall:.3f})")
                 for k, p in self.fail_prf.items()]
        rows.append(("owners", f"P {self.owner.precision:.3f}, R {self.owner.recall:.3f}, "
                               f"F1 {self.owner.f1:.3f}"))
        rows += [(f"span {label} (exact)", f"P {p.precision:.3f}, R {p.recall:.3f}, F1 {p.f1:.3f}")
                 for label, p in self.spans.items()]
        return rows


def _predicted_spans(audit: Audit) -> dict[str, set[tuple[int, int]]]:
    p = audit.parts
    return {
        "ACTION": {p.action.span} if p.action else set(),
        "METRIC": {p.metric.span} if p.metric else set(),
        "SCOPE": {s.span for s in p.scope},
        "ACTOR": {a.span for a in p.actors},
    }


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score_goals(items: Sequence[CorpusItem], auditor: Callable[..., Audit]) -> GoalScores:
    """Deadline, targets, verdicts, owners and spans against the labels of ``items``."""
    scores = GoalScores(0, 0, 0, 0, {k: PRF() for k in CRITERIA_KEYS}, PRF(),
                        {label: PRF() for label in SPAN_LABELS}, [], [])
    for item in items:
        if not item.goal or item.verdicts is None:
            continue
        audit = audit_item(item, auditor)
        data = audit.to_dict()
        scores.goals += 1
        predicted_deadline = data["extractions"]["deadline"]
        if predicted_deadline == item.deadline:
            scores.deadline_right += 1
        else:
            scores.deadline_misses.append((item.text, item.deadline, predicted_deadline))
        predicted_targets = data["extractions"]["targets"]
        if targets_match(predicted_targets, item.targets):
            scores.targets_right += 1
        else:
            scores.target_misses.append((item.text, list(item.targets), predicted_targets))
        scores.smart_right += audit.smart == item.smart
        for key in CRITERIA_KEYS:
            scores.fail_prf[key].add(audit.criteria[key].verdict == "fail",
                                     item.verdicts[key] == "fail")
        _score_owners(scores.owner, audit, item)
        predicted = _predicted_spans(audit)
        for label in SPAN_LABELS:
            gold = {(s.start, s.end) for s in item.spans if s.label == label}
            _score_exact(scores.spans[label], predicted[label], gold)
    return scores


def _score_owners(prf: PRF, audit: Audit, item: CorpusItem) -> None:
    # An owner counts as found when a predicted actor overlaps the labelled ACTOR span.
    gold = [(s.start, s.end) for s in item.spans if s.label == "ACTOR"]
    predicted = [a.span for a in audit.parts.actors]
    prf.tp += sum(any(_overlaps(g, p) for p in predicted) for g in gold)
    prf.fn += sum(not any(_overlaps(g, p) for p in predicted) for g in gold)
    prf.fp += sum(not any(_overlaps(g, p) for g in gold) for p in predicted)


def _score_exact(prf: PRF, predicted: set, gold: set) -> None:
    prf.tp += len(predicted & gold)
    prf.fp += len(predicted - gold)
    prf.fn += len(gold - predicted)


def markdown_table(rows: Sequence[tuple[str, str]], header: tuple[str, str]) -> str:
    lines = [f"| {header[0]} | {header[1]} |", "|---|---|"]
    lines += [f"| {a} | {b} |" for a, b in rows]
    return "\n".join(lines)
