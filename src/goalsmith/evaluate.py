"""Accuracy on the corpus's held-out split: what `goalsmith evaluate` reports.

Every figure is computed against the hand-written labels in ``corpus/goals.jsonl``
(see corpus/README.md); the test split is never used to tune rules or patterns.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from goalsmith.corpus import CorpusItem
from goalsmith.goal import reported
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
    """A target's identity for exact comparison: kind, value, currency, comparator, range..."""
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
    # The same spans scored leniently: a prediction overlapping a labelled span counts
    # (as owners are scored), so boundary conventions ("in EMEA" vs "EMEA") don't count.
    overlap: dict[str, PRF] = field(default_factory=lambda: {k: PRF() for k in SPAN_LABELS})

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
        rows += [(f"span {label} (overlap)",
                  f"P {p.precision:.3f}, R {p.recall:.3f}, F1 {p.f1:.3f}")
                 for label, p in self.overlap.items()]
        return rows


def _predicted_spans(audit: Audit) -> dict[str, set[tuple[int, int]]]:
    return {label: _parts_spans(audit.parts, label) for label in SPAN_LABELS}


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
            _score_overlap(scores.overlap[label], list(predicted[label]), list(gold))
    return scores


def _score_owners(prf: PRF, audit: Audit, item: CorpusItem) -> None:
    # An owner counts as found when a predicted actor overlaps the labelled ACTOR span.
    gold = [(s.start, s.end) for s in item.spans if s.label == "ACTOR"]
    _score_overlap(prf, [a.span for a in audit.parts.actors], gold)


def _score_overlap(prf: PRF, predicted: list, gold: list) -> None:
    """A labelled span is found when a prediction overlaps it; a prediction is wrong when
    it overlaps none."""
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


# ------------------------------------------------------------- rules vs model


@dataclass
class Predictions:
    """What each system predicted for one corpus item."""

    item: CorpusItem
    rules: Any  # GoalParts from the rules-only pipeline
    ents: list[tuple[str, int, int]]  # the trained model's entities
    goal_probability: float | None


def _parts_spans(parts: Any, label: str) -> set[tuple[int, int]]:
    """The spans of one label in ``parts``; the action and the metric of every outcome of
    a compound goal count, as the corpus marks one per outcome."""
    outcomes = [(parts.action, parts.metric), *parts.extra_outcomes]
    if label == "ACTION":
        return {a.span for a, _ in outcomes if a is not None and a.text}
    if label == "METRIC":
        return {shown.span for shown in (reported(m) for _, m in outcomes) if shown}
    if label == "SCOPE":
        return {s.span for s in parts.scope}
    return {a.span for a in parts.actors}


def predict(items: Sequence[CorpusItem], model_dir: Any | None) -> list[Predictions]:
    """Run the rules-only pipeline and the trained model over ``items``."""
    import spacy

    from goalsmith.pipeline import build_nlp, goal_parts
    from goalsmith.pipeline.model import tagged_spans

    trained = spacy.load(model_dir) if model_dir is not None else None
    out = []
    for item in items:
        today = date.fromisoformat(item.today or "2026-11-29")
        rules_nlp = build_nlp(today, item.fiscal_year_start or 1, use_model=False)
        parts = goal_parts(rules_nlp(item.text))
        ents: list[tuple[str, int, int]] = []
        probability = None
        if trained is not None:
            doc = trained(item.text)
            ents = tagged_spans(doc)
            probability = doc.cats.get("GOAL")
        out.append(Predictions(item, parts, ents, probability))
    return out


def span_scores(predictions: Sequence[Predictions], policy: dict[str, str],
                overlap: bool = False) -> dict[str, PRF]:
    """Span P/R/F1 per label for goals, with the model merged under ``policy``: exact
    boundaries, or with ``overlap`` any overlap (as owners are scored)."""
    from goalsmith.pipeline.model import merge_into

    scores = {label: PRF() for label in SPAN_LABELS}
    for p in predictions:
        if not p.item.goal:
            continue
        parts = merge_into(p.rules, p.ents, policy) if p.ents or "model" in policy.values() \
            else p.rules
        for label in SPAN_LABELS:
            gold = {(s.start, s.end) for s in p.item.spans if s.label == label}
            predicted = _parts_spans(parts, label)
            if overlap:
                _score_overlap(scores[label], list(predicted), list(gold))
            else:
                _score_exact(scores[label], predicted, gold)
    return scores


def verdict_agreement(predictions: Sequence[Predictions], policy: dict[str, str]
                      ) -> dict[str, int]:
    """Per criterion (and for `smart`), how many goals get the labelled fail/not-fail call."""
    from goalsmith.pipeline.model import merge_into
    from goalsmith.rules import judge

    right = dict.fromkeys((*CRITERIA_KEYS, "smart"), 0)
    for p in predictions:
        item = p.item
        if not item.goal or item.verdicts is None:
            continue
        settings = Settings(today=date.fromisoformat(item.today or "2026-11-29"),
                            fiscal_year_start=item.fiscal_year_start or 1)
        judgement = judge(merge_into(p.rules, p.ents, policy), settings)
        right["smart"] += judgement.smart == item.smart
        for k in CRITERIA_KEYS:
            right[k] += (judgement.criteria[k].verdict == "fail") == (item.verdicts[k] == "fail")
    return right


def choose_policy(predictions: Sequence[Predictions]) -> dict[str, str]:
    """Label by label, the policy that best finds the part, at no cost in verdicts.

    Exact spans are not the product's aim, verdicts are: a policy that finds better
    spans but gets any criterion's verdict (or the `smart` flag) wrong for more goals
    than the rules alone is not taken. Nor is one that finds the part worse than the
    rules alone by either measure, overlap or exact F1: the model is used only where it
    is at least as good as the rules on every count. Among the rest, "finds" is the
    overlap F1 (a part found with other boundaries, "EMEA" for "in EMEA", still serves
    the verdicts and the owner slot), then the exact F1; remaining ties go to the simpler
    policy (rules first).
    """
    from goalsmith.pipeline.model import POLICIES

    rules_only = dict.fromkeys(SPAN_LABELS, "rules")
    floor = verdict_agreement(predictions, rules_only)
    best: dict[str, str] = {}
    for label in SPAN_LABELS:
        results = []
        # A goal has one action and one metric: "union" means nothing for them.
        choices = [p for p in POLICIES if p != "union" or label in ("SCOPE", "ACTOR")]
        for policy in choices:
            trial = rules_only | {label: policy}
            if policy != "rules" and any(
                    got < floor[k] for k, got in verdict_agreement(predictions, trial).items()):
                continue
            results.append((*_span_f1(predictions, trial, label), -POLICIES.index(policy),
                            policy))
        rules_f1 = next(r[:2] for r in results if r[-1] == "rules")
        kept = [r for r in results if r[0] >= rules_f1[0] and r[1] >= rules_f1[1]]
        best[label] = max(kept)[-1]
    return best


def _span_f1(predictions: Sequence[Predictions], policy: dict[str, str],
             label: str) -> tuple[float, float]:
    """(overlap F1, exact F1) of one label under ``policy``, rounded as printed:
    differences below the third decimal are noise, not a reason."""
    return (round(span_scores(predictions, policy, overlap=True)[label].f1, 3),
            round(span_scores(predictions, policy)[label].f1, 3))


def rules_says_goal(text: str) -> bool:
    """The rules' goal / not-goal call: lint's detector, the sentence as an item in a plan."""
    from goalsmith.sources.documents import find_candidates

    return bool(find_candidates(f"# Plan\n\n- {text}\n", "markdown"))


def goal_scores(predictions: Sequence[Predictions]) -> dict[str, PRF]:
    """Goal / not-goal P/R/F1 (positive class: goal) for rules, model and both together."""
    scores = {"rules": PRF(), "model": PRF(), "rules and model": PRF()}
    for p in predictions:
        by_rules = rules_says_goal(p.item.text)
        by_model = (p.goal_probability or 0.0) >= 0.5
        scores["rules"].add(by_rules, p.item.goal)
        scores["model"].add(by_model, p.item.goal)
        scores["rules and model"].add(by_rules and by_model, p.item.goal)
    return scores


def _prf_cell(prf: PRF) -> str:
    return f"{prf.precision:.3f} / {prf.recall:.3f} / **{prf.f1:.3f}**"


def evaluation_report(split: str = "test", model_dir: Any | None = None) -> str:
    """The Markdown tables `goalsmith evaluate` prints."""
    from goalsmith.corpus import load_corpus
    from goalsmith.pipeline import trained_model

    items = load_corpus(split)
    trained = trained_model()
    if model_dir is None and trained is not None:
        model_dir = trained[0]
    product_policy = trained[1] if trained is not None else dict.fromkeys(SPAN_LABELS, "rules")
    predictions = predict(items, model_dir)
    lines = [f"## Parts on the {split} split ({sum(i.goal for i in items)} goals)"]
    for overlap, how in ((False, "Exact character spans"),
                         (True, "Overlapping spans (a prediction that overlaps a labelled "
                                "span counts, as owners are scored)")):
        rules_only = span_scores(predictions, dict.fromkeys(SPAN_LABELS, "rules"), overlap)
        model_only = span_scores(predictions, dict.fromkeys(SPAN_LABELS, "model"), overlap)
        combined = span_scores(predictions, product_policy, overlap)
        lines += ["", f"{how}; P / R / **F1**.", "",
                  "| label | rules only | model only | product (policy) |", "|---|---|---|---|"]
        lines += [f"| {label} | {_prf_cell(rules_only[label])} | "
                  f"{_prf_cell(model_only[label])} | {_prf_cell(combined[label])} "
                  f"({product_policy.get(label, 'rules')}) |" for label in SPAN_LABELS]
    goal = goal_scores(predictions)
    lines += ["", f"## Goal / not-goal on the {split} split ({len(items)} sentences)", "",
              "| system | P / R / **F1** (class: goal) |", "|---|---|"]
    lines += [f"| {name} | {_prf_cell(prf)} |" for name, prf in goal.items()]
    scores = score_goals(items, _product_auditor())
    lines += ["", f"## Goal audits on the {split} split (the product pipeline)", "",
              markdown_table(scores.as_rows(), ("measure", "figure"))]
    return "\n".join(lines)


def _product_auditor() -> Callable[..., Audit]:
    from goalsmith.api import audit

    return audit


# ------------------------------------------------------------- lint on documents


@dataclass
class LintScores:
    documents: int
    flagged: int
    flagged_right: int  # flagged lines that are labelled non-SMART goals
    nonsmart: int
    nonsmart_flagged: int
    misses: list[tuple[str, int, str]]  # non-SMART goals not flagged
    false_alarms: list[tuple[str, int]]  # flagged lines that are not non-SMART goals

    @property
    def precision(self) -> float:
        return self.flagged_right / self.flagged if self.flagged else 1.0

    @property
    def recall(self) -> float:
        return self.nonsmart_flagged / self.nonsmart if self.nonsmart else 1.0


def score_lint(docs_dir: Any, split: str | None = None) -> LintScores:
    """Precision and recall of `goalsmith lint` (errors only) against corpus/docs labels.

    A line is flagged when lint reports an error-level diagnostic on it, the level
    that fails CI by default.
    """
    from pathlib import Path

    from goalsmith.lint import LintOptions, lint_paths
    from goalsmith.lint.files import SourceFile

    folder = Path(docs_dir)
    records = [json.loads(line) for line in
               (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    scores = LintScores(0, 0, 0, 0, 0, [], [])
    options = LintOptions(use_cache=False)
    for record in records:
        if split is not None and record.get("split") != split:
            continue
        path = folder / record["file"]
        settings = Settings(today=date.fromisoformat(record.get("today", "2026-11-29")),
                            fiscal_year_start=record.get("fiscal_year_start", 1))
        source = SourceFile(path.name, str(path), data=path.read_bytes())
        report = lint_paths([source], settings, options)
        flagged = {d.line for d in report.diagnostics if d.level == "error"}
        nonsmart = {g["line"]: g["text"] for g in record["goals"] if not g["smart"]}
        scores.documents += 1
        scores.flagged += len(flagged)
        scores.flagged_right += len(flagged & set(nonsmart))
        scores.nonsmart += len(nonsmart)
        scores.nonsmart_flagged += len(set(nonsmart) & flagged)
        scores.misses += [(record["file"], n, t) for n, t in nonsmart.items() if n not in flagged]
        scores.false_alarms += [(record["file"], n) for n in sorted(flagged - set(nonsmart))]
    return scores


def lint_report(docs_dir: Any, split: str | None) -> str:
    """The Markdown table for `goalsmith evaluate --lint-docs`."""
    scores = score_lint(docs_dir, split)
    rows = [
        ("documents", str(scores.documents)),
        ("lines flagged (error level)", str(scores.flagged)),
        ("of those, labelled non-SMART goals (precision)",
         f"{scores.flagged_right} ({scores.precision:.1%})"),
        ("labelled non-SMART goals", str(scores.nonsmart)),
        ("of those, flagged (recall)", f"{scores.nonsmart_flagged} ({scores.recall:.1%})"),
    ]
    title = f"## `goalsmith lint` on labelled documents ({split or 'all'} half)"
    return title + "\n\n" + markdown_table(rows, ("measure", "figure"))
