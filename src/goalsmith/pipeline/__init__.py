"""The goal-parts pipeline: goalsmith's components on the trained pipeline or a blank one.

Order matters and is fixed here: time expressions (so no other component reads
"Q3" or "2027" as a number), then quantities (targets and stated confidence), then
owners, then the action / metric / scope / reason parts that lean on all of the
above, and last, when the trained model is used, ``goalsmith_model_parts``: it runs
the trained components on the Docs whose parts they can still change and merges
their spans under the measured policy (see ``model.py``).
"""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from goalsmith.catalogue import MetricsExtra, WordsExtra, vocabulary_key
from goalsmith.pipeline.extensions import goal_parts, register_extensions

__all__ = ["RULE_COMPONENTS", "build_nlp", "goal_parts", "rules_only", "trained_model"]

# The rule components, in pipeline order; the model's merge comes after them.
RULE_COMPONENTS = ("goalsmith_timex", "goalsmith_quantities", "goalsmith_actors",
                   "goalsmith_parts")


def _import_components() -> None:
    # Importing the modules registers their factories with spaCy.
    from goalsmith.pipeline import actors, model, parts, quantities, timex  # noqa: F401


def trained_model() -> tuple[Path, dict[str, str]] | None:
    """The shipped trained pipeline and its label policy, or None when there is none."""
    from goalsmith.models import model_path
    from goalsmith.pipeline.model import read_policy

    path = model_path()
    return None if path is None else (path, read_policy(path))


def build_nlp(today: date, fiscal_year_start: int = 1, use_model: bool | None = None,
              extra_words: WordsExtra = (), extra_metrics: MetricsExtra = ()) -> Language:
    """A ready pipeline for one reference date, fiscal calendar and vocabulary (cached).

    ``use_model``: True loads the trained pipeline, False never does, None (the
    default) loads it only when its measured policy uses it for some part, so a
    model that does not beat the rules costs nothing.
    ``extra_words`` / ``extra_metrics``: the user's word lists and metrics, as in
    ``Settings.extra_words`` / ``Settings.extra_metrics`` (or the config's tables as
    dicts). The cache is keyed by their canonical form, so equal additions share one
    pipeline and different ones never do. An unknown word list raises CatalogueError.
    """
    return _build_nlp(today, fiscal_year_start, use_model,
                      vocabulary_key(extra_words, extra_metrics))


@lru_cache(maxsize=8)
def _build_nlp(today: date, fiscal_year_start: int, use_model: bool | None,
               vocab_key: str) -> Language:
    _import_components()
    register_extensions()
    trained = trained_model() if use_model is not False else None
    if trained is not None and use_model is None and set(trained[1].values()) == {"rules"}:
        trained = None
    # The goal / not-goal classifier is for evaluation and documents, not for one goal.
    # The saved tokenizer is spaCy's English one, which the config builds anyway:
    # reading it back from disk would build it twice (a tenth of a cold start).
    nlp = (spacy.load(trained[0], exclude=["textcat", "tokenizer"]) if trained is not None
           else spacy.blank("en"))
    # The components that read words get the user's additions as plain JSON config.
    vocab_config = {} if not vocab_key else {
        "extra_words": (extras := json.loads(vocab_key))["words"],
        "extra_metrics": extras["metrics"]}
    timex, quantities, actors, parts = RULE_COMPONENTS
    nlp.add_pipe(timex, config={
        "today": today.isoformat(), "fiscal_year_start": fiscal_year_start})
    nlp.add_pipe(quantities)
    nlp.add_pipe(actors, config=vocab_config)
    nlp.add_pipe(parts, config=vocab_config)
    if trained is not None:
        # The trained components leave the main line: goalsmith_model_parts runs them,
        # after the rules, on the Docs that need them.
        held = [nlp.remove_pipe(name) for name in list(nlp.pipe_names)
                if not name.startswith("goalsmith_")]
        merge = nlp.add_pipe("goalsmith_model_parts",
                             config={"policy": trained[1], **vocab_config})
        merge.trained = held
    return nlp


def rules_only(nlp: Language, text: str) -> Doc:
    """``text`` through ``nlp``'s rule components alone, skipping the trained model.

    The same parts as a pipeline built with ``use_model=False``, without building and
    holding a second pipeline with a vocabulary of its own: the rewriter audits its
    candidate sentences this way, one short text at a time.
    """
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name in RULE_COMPONENTS:
            doc = component(doc)
    return doc
