"""The Python API every front end calls: ``audit``, ``audit_many``, ``rewrite``.

text -> pipeline (GoalParts) -> rules (Judgement) -> rewriter (Rewrite) -> Audit.
"""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar, overload

from goalsmith.data import phrases
from goalsmith.goal import GoalParts
from goalsmith.settings import Settings, load_settings
from goalsmith.verdict import Audit, GoalContext, Rewrite
from goalsmith.wrappers import phrase_alternatives, wrapper_spans

if TYPE_CHECKING:
    from goalsmith.parallel import WorkerPool

# Longer texts are cut for analysis; the audit keeps the full text and says so.
MAX_GOAL_CHARS = 5_000

Item = str | tuple[str, GoalContext | None]
Pair = tuple[str, GoalContext | None]
T = TypeVar("T")


def _settings(settings: Settings | None, overrides: dict[str, Any]) -> Settings:
    base = settings if settings is not None else load_settings()
    if isinstance(overrides.get("today"), str):
        overrides["today"] = date.fromisoformat(overrides["today"])
    return base.with_(**overrides)


def _clean(text: str) -> str:
    """The text with control characters but tabs (and lone surrogates) as spaces; offsets
    unchanged.

    They would only confuse the tokenizer (a lone surrogate makes it raise) and the renderers.
    A run of more than 64 characters without a space is cut by a space every 64: spaCy's
    affix splitting is quadratic in a token's length ("%" * 5000 takes seconds), and no
    goal's words are that long.
    """
    if not text.isprintable():
        # (a tab is kept: it separates the cells of a KPI row pasted as text)
        text = "".join(ch if ch.isprintable() or ch == "\t" else " " for ch in text)
    text = _field_cells(_without_wrappers(_without_markup(text)))
    if _LONG_RUN.search(text) is None:
        return text
    return _LONG_RUN.sub(_cut_run, text)


# Markdown and chat markup around a goal's words, blanked with offsets kept: bold and
# italics ("**webinar attendance**", "_Owner:_"), code ticks ("`MTTR`"), a link's brackets
# and address ("[Dashboard](https://...)"), and struck-out words with their marks ("~~30~~
# 40": the old value is no longer the goal). Not snake_case ("quote_to_cash"), nor a
# footnote's star ("12%* by Q4").
_MARKUP = re.compile(
    r"(?P<strike>~~[^~\n]{1,80}~~)"
    r"|(?P<open>\*\*|__|`|(?<![\w*])\*|(?<!\w)_)(?=[^\s*_`])(?P<inner>[^\n]{0,120}?)"
    r"(?<=[^\s*_`])(?P=open)(?![\w*])"
    r"|(?P<lb>\[)(?P<label>[^\]\n]{1,80})(?P<rest>\]\((?:https?://|www\.)[^)\s]{1,200}\))")


def _blank_markup(match: re.Match[str]) -> str:
    if match["strike"]:
        return " " * len(match["strike"])
    if match["lb"]:
        return " " + match["label"] + " " * len(match["rest"])
    mark = " " * len(match["open"])
    return mark + match["inner"] + mark


def _without_markup(text: str) -> str:
    if not any(ch in text for ch in "*_`~["):
        return text  # (the common case: plain text)
    return _MARKUP.sub(_blank_markup, text)


def _without_wrappers(text: str) -> str:
    """The text with what surrounds the goal and is no part of it blanked, offsets kept:
    a message's greeting and sign-off, a tracker's status notes, sentences of context, a
    request to the assistant ("Hi team, ... Thanks, Sam", "KR 2.2 — 10% done —"; see
    wrappers.py)."""
    for start, end in wrapper_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _field_cells(text: str) -> str:
    """A row of labelled cells read as the colon-separated cells the readers know, with
    offsets unchanged: "Goal - X | Owner - Y | Due - Q3" as "Goal:  X | Owner:  Y | Due:  Q3"."""
    if "-" not in text and "–" not in text and "—" not in text:
        return text
    text = _LABEL_ARROW.sub(lambda m: m["label"] + ": ", text, count=1)
    return _FIELD_DASH.sub(lambda m: m["lead"] + ":" + " " * (len(m["dash"]) - 1), text)


# "goal for Q2 -> get 100% of students ...": an arrow after a goal label is its colon
_LABEL_ARROW = re.compile(r"\A(?P<label>[ \t]*(?i:(?:my|our|the|a)[ \t]+)?(?i:goals?|targets?|"
                          r"okrs?|objectives?|aims?)\b[^:\n>]{0,30}?[ \t]*)->")


_FIELDS = phrase_alternatives(phrases("field_labels"))
# ("Goal - " at the start or after a cell mark: the dash is the label's colon)
_FIELD_DASH = re.compile(
    rf"(?P<lead>(?:\A|[|;•][ \t]{{0,3}})(?i:{_FIELDS}))(?P<dash>[ \t]{{1,3}}[-–—][ \t]{{1,3}})")


_LONG_RUN = re.compile(r"\S{65,}")
_RUN_PIECE = 64


def _cut_run(match: re.Match[str]) -> str:
    """The run with every 64th character a space: same length, so offsets hold."""
    run = match.group()
    return "".join(" " if i % _RUN_PIECE == _RUN_PIECE - 1 else ch for i, ch in enumerate(run))


def extract(text: str, settings: Settings | None = None, use_model: bool | None = None,
            **overrides: Any) -> GoalParts:
    """The parts of one goal (the pipeline layer only).

    ``use_model=False`` skips the trained pipeline (rules only): cheaper for one
    short text, as when the rewriter checks a candidate sentence.
    """
    from goalsmith.pipeline import rules_only

    s = _settings(settings, overrides)
    clean = _clean(text)[:MAX_GOAL_CHARS]
    if use_model is False:  # the shipped pipeline's rule components: one pipeline to load
        return _parts_of(rules_only(_nlp_for(s), clean), text)
    return _parts_of(_nlp_for(s, use_model)(clean), text)


def _nlp_for(s: Settings, use_model: bool | None = None) -> Any:
    """The (cached) pipeline for these settings' calendar and the user's vocabulary."""
    from goalsmith.pipeline import build_nlp

    return build_nlp(s.today, s.fiscal_year_start, use_model, extra_words=s.extra_words,
                     extra_metrics=s.extra_metrics)


def _parts_of(doc: Any, original: str) -> GoalParts:
    from goalsmith.pipeline import goal_parts

    parts = goal_parts(doc)
    parts.text = original
    return parts


def _finish(parts: GoalParts, s: Settings, context: GoalContext | None,
            answers: dict[str, str] | None = None) -> Audit:
    from goalsmith.rewrite import rewrite_goal
    from goalsmith.rules import judge

    judgement = judge(parts, s, context)
    # A SMART goal needs no rewrite, unless the user answered the coach's questions.
    wanted = not judgement.smart or bool(answers)
    rewrite = rewrite_goal(parts, judgement, s, context, answers) if wanted else None
    return Audit(text=parts.text, parts=parts, judgement=judgement, rewrite=rewrite,
                 settings=s.to_dict())


def audit(text: str, settings: Settings | None = None, context: GoalContext | None = None,
          answers: dict[str, str] | None = None, **overrides: Any) -> Audit:
    """Audit one goal against the SMART rubric.

    ``settings`` defaults to the discovered configuration; keyword overrides
    (``today=``, ``fiscal_year_start=``, ``objectives=`` ...) replace its values.
    ``context`` carries what surrounds the goal in a sheet or document;
    ``answers`` are the user's answers to the coach's questions, by slot.
    """
    s = _settings(settings, overrides)
    parts = extract(text, s)
    return _finish(parts, s, context, answers)


@overload
def audit_many(items: Iterable[Item], settings: Settings | None = None, n_process: int = 1,
               batch_size: int = 256, transform: None = None,
               workers: WorkerPool | None = None, **overrides: Any) -> Iterator[Audit]: ...


@overload
def audit_many(items: Iterable[Item], settings: Settings | None = None, n_process: int = 1,
               batch_size: int = 256, *, transform: Callable[[Audit], T],
               workers: WorkerPool | None = None, **overrides: Any) -> Iterator[T]: ...


def audit_many(items: Iterable[Item], settings: Settings | None = None, n_process: int = 1,
               batch_size: int = 256, transform: Callable[[Audit], Any] | None = None,
               workers: WorkerPool | None = None, **overrides: Any) -> Iterator[Any]:
    """Audit many goals, streaming results in input order.

    Items are goal texts or ``(text, GoalContext)`` pairs. With ``n_process`` > 1
    the work is spread over worker processes (whole audits, so the rules run in
    parallel too); results still come back in order.

    ``transform``, when given, is applied to each Audit where it is made and its
    result is yielded instead: with worker processes it runs in the workers, so
    the parent receives only what the caller needs. It must be picklable (a
    top-level function, or an instance of a top-level class) to be used with
    ``n_process`` > 1.

    ``workers``, a :class:`goalsmith.parallel.WorkerPool` started earlier (so its
    processes load the pipeline while the caller reads its input), does the work
    instead of new processes; it must have been started with the same settings.
    """
    s = _settings(settings, overrides)
    if n_process == -1:
        n_process = os.cpu_count() or 1
    pairs = (_as_pair(item) for item in items)
    if workers is not None:
        yield from workers.audit(pairs, batch_size, transform)
        return
    if n_process > 1:
        from goalsmith.parallel import audit_in_workers

        yield from audit_in_workers(pairs, s, n_process, batch_size, transform)
        return
    nlp = _nlp_for(s)
    batch: list[Pair] = []
    for pair in pairs:
        batch.append(pair)
        if len(batch) >= batch_size:
            yield from _audit_batch(nlp, batch, s, transform)
            batch = []
    if batch:
        yield from _audit_batch(nlp, batch, s, transform)


def _as_pair(item: Item) -> Pair:
    if isinstance(item, tuple):
        return item[0], item[1]
    return item, None


def _audit_batch(nlp: Any, batch: list[Pair], s: Settings,
                 transform: Callable[[Audit], Any] | None = None) -> Iterator[Any]:
    texts = (_clean(text)[:MAX_GOAL_CHARS] for text, _ in batch)
    with _fewer_collections():
        done = [_finish(_parts_of(doc, text), s, context)
                for doc, (text, context) in zip(nlp.pipe(texts, batch_size=len(batch)), batch,
                                                strict=True)]
        if transform is not None:
            done = [transform(audit) for audit in done]
    yield from done


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run a batch with the cyclic garbage collector's first threshold raised.

    An audit makes tens of thousands of short-lived objects that reference counting
    frees; at the default threshold (700) the collector still walks the young ones every
    few goals, about a tenth of the batch's time. The old thresholds come back after.
    """
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], _GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


_GC_THRESHOLD = 50_000


def rewrite(text: str, settings: Settings | None = None, context: GoalContext | None = None,
            **overrides: Any) -> Rewrite | None:
    """The rewrite of one goal, or None when it is already SMART."""
    return audit(text, settings, context, **overrides).rewrite
