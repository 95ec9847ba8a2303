"""Where goalsmith's trained pipeline joins the rules: ``goalsmith_model_parts``.

The trained components (``tok2vec`` and a BIO ``tagger`` from ``models/``) are held
by this component, last in the pipeline: it runs them on the Docs whose parts the
model can still change (see ``ModelParts.needs_model``) and merges the ACTOR / METRIC
/ SCOPE / ACTION spans they tag into the rules' GoalParts, label by label, by a
policy measured on the corpus's dev split:

- ``rules``: keep what the rules found, ignore the model;
- ``model``: the model's spans replace the rules';
- ``fallback``: the model's spans only where the rules found nothing;
- ``union``: the rules' spans plus the model's that overlap none of them.

The measured policy ships beside the model (``goalsmith.json``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from goalsmith.catalogue import Vocabulary, tokenize, vocabulary
from goalsmith.data import hedge_adverbs
from goalsmith.goal import Action, Actor, GoalParts, Metric, Scope
from goalsmith.pipeline.actors import owner_position
from goalsmith.pipeline.extensions import goal_parts
from goalsmith.pipeline.parts import remark_spans

POLICIES = ("rules", "model", "fallback", "union")
LABELS = ("ACTOR", "METRIC", "SCOPE", "ACTION")
POLICY_FILE = "goalsmith.json"
DEFAULT_POLICY = dict.fromkeys(LABELS, "rules")
GOAL_LABEL = "GOAL"
OUTSIDE_TAG = "O"

Span = tuple[int, int]


def read_policy(model_dir: Path) -> dict[str, str]:
    """The label-by-label policy stored with a trained model (rules for anything missing)."""
    path = model_dir / POLICY_FILE
    if not path.is_file():
        return dict(DEFAULT_POLICY)
    stored = json.loads(path.read_text(encoding="utf-8")).get("policy", {})
    return {label: stored.get(label, "rules") if stored.get(label) in POLICIES else "rules"
            for label in LABELS}


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def merge_spans(rules: Sequence, model: Sequence, policy: str,
                span_of: Callable[[object], Span] = lambda x: x.span) -> list:
    """Combine two lists of span-bearing parts under one policy."""
    if policy == "model":
        return list(model)
    if policy == "fallback":
        return list(rules) if rules else list(model)
    if policy == "union":
        extra = [m for m in model if not any(_overlaps(span_of(m), span_of(r)) for r in rules)]
        return sorted([*rules, *extra], key=span_of)
    return list(rules)


@lru_cache(maxsize=4096)
def actor_kind(text: str, vocab: Vocabulary | None = None) -> str:
    """person, team, role, organisation or pronoun for an owner span the model found."""
    lex = (vocab or vocabulary()).lexicon
    toks = tokenize(text)
    if not toks:
        return "person"
    if len(toks) == 1 and toks[0].low in lex.pronouns:
        return "pronoun"
    for i in range(len(toks)):
        if lex.teams.match_at(toks, i) or lex.team_suffixes.match_at(toks, i):
            return "team"
    for i in range(len(toks)):
        if lex.roles.match_at(toks, i) or lex.title_prefixes.match_at(toks, i):
            return "role"
    if any(t.low in lex.organisation_words for t in toks) or (
            len(toks) == 1 and toks[0].text.isupper() and len(toks[0].text) > 1):
        return "organisation"
    return "person"


@lru_cache(maxsize=4096)
def scope_kind(text: str, vocab: Vocabulary | None = None) -> str:
    toks = tokenize(text)
    scope = (vocab or vocabulary()).lexicon.scope
    for i in range(len(toks)):
        hit = scope.match_at(toks, i)
        if hit is not None and isinstance(hit[1], str):
            return hit[1]
    return "other"


# Words around a scope that say nothing of which part: "for", "the", "all".
_SCOPE_FILLER = frozenset(("in", "for", "from", "to", "across", "among", "at", "on", "of",
                           "with", "within", "into", "the", "a", "an", "all", "our", "my",
                           "their", "its", "your", "every", "each", "any", "and", "or"))


def qualifies(text: str, vocab: Vocabulary | None = None) -> bool:
    """Whether a scope the model found names a part ("mid-market", "in EMEA"): not one
    that only names everybody ("from customers", "for our users")."""
    generic = (vocab or vocabulary()).lexicon.generic_groups
    words = [t.low for t in tokenize(text) if t.text[:1].isalnum()]
    content = [w for w in words if w not in _SCOPE_FILLER]
    return bool(content) and not all(w in generic for w in content)


# Prefixes a hyphen joins to the word they modify: "mis-picks", "re-triage", "non-EU".
_JOINED_PREFIXES = frozenset(("mis", "re", "pre", "non", "co", "sub", "un", "multi", "self",
                              "anti", "semi", "post", "over", "under", "de"))


def _word_prefix(text: str, start: int, end: int) -> bool:
    """Whether the span is only a prefix of a hyphenated word ("mis" of "mis-picks"): the
    tagger marked a piece, which names no part of anything."""
    return (text[start:end].lower() in _JOINED_PREFIXES and text[end:end + 1] == "-"
            and text[end + 1:end + 2].isalpha())


def model_metric(text: str, span: Span, vocab: Vocabulary | None = None) -> Metric:
    info = (vocab or vocabulary()).catalogue.lookup(text)
    return Metric(text, span, info.name if info else None, "metric" if info else "population")


def model_action(text: str, span: Span, vocab: Vocabulary | None = None) -> Action:
    toks = tokenize(text)
    hit = (vocab or vocabulary()).lexicon.verbs.match_at(toks, 0) if toks else None
    if hit is None:
        return Action(text, span, text.lower(), None)
    verb = hit[1]
    direction = verb.category if verb.category in ("up", "down", "reach", "deliver") else None
    return Action(text, span, verb.lemma, direction)


def merge_into(parts: GoalParts, ents: Sequence[tuple[str, int, int]],
               policy: dict[str, str], vocab: Vocabulary | None = None) -> GoalParts:
    """GoalParts with the model's entities merged in under ``policy``.

    ``vocab`` (the user's words and metrics) classifies the spans the model found.
    """
    text = parts.text
    by_label: dict[str, list[Span]] = {label: [] for label in LABELS}
    for label, start, end in ents:
        if label not in by_label:
            continue
        spans = by_label[label]
        if label == "ACTOR" and spans and not text[spans[-1][1]:start].strip():
            # "Grants manager | Ruth Adeyemi": one owner the tagger marked in two pieces.
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    # The tagger sometimes marks an object or a beneficiary ("hire a VP Sales", "for
    # customers"); an owner only stands where a goal names one.
    actors = [Actor(text[s:e], (s, e), actor_kind(text[s:e], vocab))
              for s, e in by_label["ACTOR"] if owner_position(text, (s, e), vocab)]
    # "Warehouse team to ...": a scope tagged inside the owner is part of the owner.
    # A scope tagged over a target ("to X", "$50k") is the number, not a part, and one
    # after "per" what a rate is counted per ("energy use per unit").
    taken = [a.span for a in parts.actors] + [t.span for t in parts.targets]
    remarks = remark_spans(text)
    scopes = [Scope(text[s:e], (s, e), scope_kind(text[s:e], vocab))
              for s, e in by_label["SCOPE"] if qualifies(text[s:e], vocab)
              and not any(_overlaps((s, e), span) for span in taken)
              and not text[:s].rstrip().lower().endswith((" per", "/"))
              and not any(r <= s and e <= q for r, q in remarks)
              and not _word_prefix(text, s, e)]
    metrics = [model_metric(text[s:e], (s, e), vocab) for s, e in by_label["METRIC"][:1]]
    # (a hedge adverb the tagger marked is no verb: "maybe a health score dashboard?")
    actions = [model_action(text[s:e], (s, e), vocab) for s, e in by_label["ACTION"][:1]
               if text[s:e].lower() not in hedge_adverbs()]
    rules_metric = [parts.metric] if parts.metric else []
    rules_action = [parts.action] if parts.action else []
    metric = merge_spans(rules_metric, metrics, policy["METRIC"])
    action = merge_spans(rules_action, actions, policy["ACTION"])
    # The model's outcome replaces the rules' reading of the goal's outcomes, extras too.
    model_outcome = "model" in (policy["METRIC"], policy["ACTION"])
    merged = replace(
        parts,
        actors=merge_spans(parts.actors, actors, policy["ACTOR"]),
        scope=merge_spans(parts.scope, scopes, policy["SCOPE"]),
        metric=metric[0] if metric else None,
        action=action[0] if action else None,
        extra_outcomes=[] if model_outcome else parts.extra_outcomes,
    )
    return _settle_action(merged, vocab) if not rules_action else merged


def _settle_action(parts: GoalParts, vocab: Vocabulary | None) -> GoalParts:
    """The tagger's verb where the rules read a metric's name that opens with a verb ("Win
    rate by stage reported weekly", "Mean time to detect under 1 hour") is no verb."""
    action, metric = parts.action, parts.metric
    if action is None or metric is None or not _overlaps(action.span, metric.span):
        return parts
    toks = tokenize(parts.text[action.span[0]:metric.span[1]])
    named = (vocab or vocabulary()).catalogue.match_at(toks, 0, len(toks)) if toks else None
    if named is not None and toks[named[0] - 1].end > action.span[1] - action.span[0]:
        return replace(parts, action=None)
    return parts


def tagged_spans(doc: Doc) -> list[tuple[str, int, int]]:
    """(label, start_char, end_char) for the BIO tags the trained tagger put on ``doc``."""
    spans: list[tuple[str, int, int]] = []
    label, start, end = None, 0, 0
    for token in doc:
        tag = token.tag_
        inside = tag.startswith("I-") and label == tag[2:]
        if inside:
            end = token.idx + len(token.text)
            continue
        if label is not None:
            spans.append((label, start, end))
            label = None
        if tag.startswith(("B-", "I-")):  # a stray I- opens a span too
            label, start, end = tag[2:], token.idx, token.idx + len(token.text)
    if label is not None:
        spans.append((label, start, end))
    return spans


class ModelParts:
    """The pipeline component that tags Docs with the trained model and applies the policy.

    ``trained`` are the trained components (tok2vec, then the tagger that reads its
    output from ``doc.tensor``), set by ``build_nlp``. They run only on the Docs that
    ``needs_model``: the tok2vec pass is the costliest step of the pipeline, and with a
    ``fallback`` policy its spans are dropped whenever the rules found that part.
    """

    def __init__(self, policy: dict[str, str], vocab: Vocabulary) -> None:
        self.policy = {label: policy.get(label, "rules") for label in LABELS}
        self.vocab = vocab
        self.trained: list[tuple[str, Any]] = []

    def needs_model(self, parts: GoalParts) -> bool:
        """Whether the model's spans can change these parts under the policy.

        ``rules`` never uses them; ``fallback`` only where the rules found nothing;
        ``model`` and ``union`` always.
        """
        found = {"ACTOR": bool(parts.actors), "METRIC": parts.metric is not None,
                 "SCOPE": bool(parts.scope), "ACTION": parts.action is not None}
        return any(policy in ("model", "union") or (policy == "fallback" and not found[label])
                   for label, policy in self.policy.items())

    def __call__(self, doc: Doc) -> Doc:
        if self.needs_model(goal_parts(doc)):
            for _, proc in self.trained:
                doc = proc(doc)
            self._merge(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """The batched ``__call__``: the trained components see each batch's Docs at once."""
        for batch in minibatch(docs, size=batch_size):
            tagged = [doc for doc in batch if self.needs_model(goal_parts(doc))]
            for _, proc in self.trained:
                tagged = list(proc.pipe(tagged, batch_size=max(1, len(tagged))))
            for doc in tagged:
                self._merge(doc)
            yield from batch

    def _merge(self, doc: Doc) -> None:
        doc._.goal = merge_into(goal_parts(doc), tagged_spans(doc), self.policy, self.vocab)


@Language.factory("goalsmith_model_parts",
                  default_config={"policy": dict(DEFAULT_POLICY), "extra_words": {},
                                  "extra_metrics": {}})
def make_model_parts(nlp: Language, name: str, policy: dict[str, str],
                     extra_words: dict[str, list[str]],
                     extra_metrics: dict[str, dict[str, Any]]) -> ModelParts:
    return ModelParts(policy, vocabulary(extra_words, extra_metrics))


def goal_probability(doc: Doc) -> float | None:
    """The trained classifier's probability that the Doc is a goal (None without a model)."""
    return doc.cats.get(GOAL_LABEL) if doc.cats else None
