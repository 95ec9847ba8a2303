"""The one place where goalsmith's spaCy extension attributes are registered."""

from __future__ import annotations

from spacy.tokens import Doc

from goalsmith.goal import GoalParts


def register_extensions() -> None:
    """Register ``doc._.goal``; safe to call any number of times."""
    if not Doc.has_extension("goal"):
        Doc.set_extension("goal", default=None)


def goal_parts(doc: Doc) -> GoalParts:
    """The doc's GoalParts, created on first use by whichever component runs first.

    Components read ``goal_parts(doc).text``: ``doc.text`` rebuilds the string from
    the tokens on every access.
    """
    register_extensions()
    parts = doc._.goal
    if parts is None:
        parts = GoalParts(text=doc.text)
        doc._.goal = parts
    return parts
