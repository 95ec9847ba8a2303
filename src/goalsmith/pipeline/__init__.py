"""The goal-parts pipeline: ``spacy.blank("en")`` plus goalsmith's components.

Order matters and is fixed here: time expressions first (so no other component
reads "Q3" or "2027" as a number), then quantities (targets and stated
confidence), then owners, then the action / metric / scope / reason parts that
lean on all of the above.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import spacy
from spacy.language import Language

from goalsmith.pipeline.extensions import goal_parts, register_extensions

COMPONENTS = ("goalsmith_timex", "goalsmith_quantities", "goalsmith_actors", "goalsmith_parts")

__all__ = ["COMPONENTS", "build_nlp", "goal_parts"]


def _import_components() -> None:
    # Importing the modules registers their factories with spaCy.
    from goalsmith.pipeline import actors, parts, quantities, timex  # noqa: F401


@lru_cache(maxsize=8)
def build_nlp(today: date, fiscal_year_start: int = 1) -> Language:
    """A ready pipeline for one reference date and fiscal calendar (cached)."""
    _import_components()
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("goalsmith_timex", config={
        "today": today.isoformat(), "fiscal_year_start": fiscal_year_start})
    nlp.add_pipe("goalsmith_quantities")
    nlp.add_pipe("goalsmith_actors")
    nlp.add_pipe("goalsmith_parts")
    return nlp
