"""R: Relevant. "Why is it important?"

With organisation objectives: pass naming the objective the goal serves (shared metric,
theme, region up the hierarchy, or a content word of its object), fail when it serves
none; a stated reason does not rescue it. Without objectives: pass on a stated reason,
else unknown with R301 telling how to supply objectives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from goalsmith.data import load_data
from goalsmith.rules.base import Goal, Outcome, evidence, lookup_metric
from goalsmith.rules.registry import make_finding
from goalsmith.verdict import Criterion

_WORD = re.compile(r"[a-z0-9][a-z0-9\-]{0,40}")


@dataclass(frozen=True)
class Features:
    """What an objective or a goal is about, in comparable lower-case keys."""

    kpis: frozenset[str]
    themes: frozenset[str]
    regions: frozenset[str]
    words: frozenset[str]


def check(goal: Goal) -> Outcome:
    parts = goal.parts
    objectives = goal.settings.objectives
    if objectives:
        mine = _goal_features(goal)
        for objective in objectives:
            link = _link(mine, objective_features(objective))
            if link:
                span = parts.metric.span if parts.metric else None
                return Outcome(Criterion("pass", evidence(span),
                                         f"serves \"{objective}\" ({link})"), [])
        return Outcome(Criterion("fail", (), "serves none of the objectives"),
                       [make_finding("R101", None, count=len(objectives),
                                     objective=objectives[0])])
    if parts.reason is not None:
        return Outcome(Criterion("pass", evidence(parts.reason.span),
                                 f"states why: \"{parts.reason.text[:50]}\""), [])
    return Outcome(Criterion("unknown", (), "no objectives given and no reason stated"),
                   [make_finding("R301", None)])


def _link(goal: Features, objective: Features) -> str:
    """How the goal serves the objective, in a few words ("" when it does not)."""
    if shared := sorted(goal.kpis & objective.kpis):
        return f"shared metric {shared[0]}"
    if shared := sorted(goal.themes & objective.themes):
        return f"theme {shared[0].replace('_', ' ')}"
    if shared := sorted(goal.regions & objective.regions):
        return f"region {shared[0]}"
    if shared := sorted(goal.words & objective.words):
        return f"shared word \"{shared[0]}\""
    return ""


@lru_cache(maxsize=512)
def objective_features(text: str) -> Features:
    """The features of one objective text (cached: the same objectives serve every goal)."""
    lowered = text.lower()
    info = lookup_metric(text)
    kpis = {str(info.name).lower()} if info is not None and getattr(info, "name", None) else set()
    themes = set(_themes_named_in(lowered))
    for kpi in kpis:
        themes |= _themes_of_metric(kpi)
    regions = {r for r in _tables()[0] if _has_phrase(lowered, r)}
    regions |= {parent for parent in set(_tables()[0].values()) if _has_phrase(lowered, parent)}
    return Features(frozenset(kpis), frozenset(themes), frozenset(regions),
                    frozenset(_content_words(lowered)))


def _goal_features(goal: Goal) -> Features:
    parts = goal.parts
    metric = parts.metric
    kpis: set[str] = set()
    texts: list[str] = []
    if metric is not None and metric.kind != "abstract":
        texts.append(metric.text.lower())
        info = goal.metric_info
        if info is not None and getattr(info, "name", None):
            kpis.add(str(info.name).lower())
        if metric.kpi:
            kpis.add(metric.kpi.lower())
    for _action, extra in parts.extra_outcomes:
        if extra is not None and extra.kind != "abstract":
            texts.append(extra.text.lower())
    scope_texts = [s.text.lower() for s in parts.scope]
    themes: set[str] = set()
    for kpi in kpis:
        themes |= _themes_of_metric(kpi)
    for text in texts:
        themes |= _themes_of_metric(text) | set(_themes_named_in(text))
    regions: set[str] = set()
    for text in scope_texts:
        regions |= _region_chain(text)
    words: set[str] = set()
    for text in [*texts, *scope_texts]:
        words |= _content_words(text)
    return Features(frozenset(kpis), frozenset(themes), frozenset(regions), frozenset(words))


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, tuple[tuple[str, ...], tuple[str, ...]]],
                       frozenset[str]]:
    data = load_data("themes")
    regions = {str(k).lower(): str(v).lower() for k, v in data.get("regions", {}).items()}
    themes = {name: (tuple(w.lower() for w in row.get("words", [])),
                     tuple(m.lower() for m in row.get("metrics", [])))
              for name, row in sorted(data.get("themes", {}).items())}
    generic = frozenset(w.lower() for w in data.get("matching", {}).get("generic_words", []))
    return regions, themes, generic


@lru_cache(maxsize=2048)
def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])" + re.escape(phrase) + r"(?:s|es)?(?![a-z0-9])")


def _has_phrase(text: str, phrase: str) -> bool:
    return bool(_phrase_pattern(phrase).search(text))


def _themes_named_in(text: str) -> list[str]:
    return [name for name, (words, _) in _tables()[1].items()
            if any(_has_phrase(text, w) for w in words)]


@lru_cache(maxsize=1024)
def _themes_of_metric(metric: str) -> set[str]:
    """Themes a metric (catalogue name or the goal's metric words) belongs to."""
    return {name for name, (_, metrics) in _tables()[1].items()
            if any(m == metric or _has_phrase(metric, m) for m in metrics)}


def _region_chain(text: str) -> set[str]:
    """A region and every region above it: germany -> dach -> emea."""
    regions = _tables()[0]
    chain: set[str] = set()
    current = text.strip()
    if current not in regions and current not in set(regions.values()):
        current = next((r for r in regions if _has_phrase(text, r)), current)
    for _ in range(10):  # the hierarchy is shallow; the bound guards against cycles
        chain.add(current)
        parent = regions.get(current)
        if parent is None:
            break
        current = parent
    return chain


def _content_words(text: str) -> set[str]:
    generic = _tables()[2]
    words = set()
    for word in _WORD.findall(text):
        stem = word[:-1] if len(word) > 3 and word.endswith("s") else word
        if stem not in generic and word not in generic and len(stem) > 2 and not stem.isdigit():
            words.add(stem)
    return words
