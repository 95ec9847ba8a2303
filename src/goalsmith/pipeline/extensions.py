"""The one place where goalsmith's spaCy extension attributes are registered."""

from __future__ import annotations

from spacy.tokens import Doc

from goalsmith.goal import GoalParts


def register_extensions() -> None:
    """Register ``doc._.goal``; safe to call any number of times."""
    if not Doc.has_extension("goal"):
        Doc.set_extension("goal", default=None)


# Where spaCy keeps the value of ``doc._.goal`` in ``doc.user_data``. Reading it there
# skips building an Underscore object on each access (every component reads the parts,
# several times per goal); were spaCy to store it elsewhere, the lookup would just miss
# and the public ``doc._`` path below would answer.
_GOAL_KEY = ("._.", "goal", None, None)


def goal_parts(doc: Doc) -> GoalParts:
    """The doc's GoalParts, created on first use by whichever component runs first.

    Components read ``goal_parts(doc).text``: ``doc.text`` rebuilds the string from
    the tokens on every access.
    """
    parts = doc.user_data.get(_GOAL_KEY)
    if parts is not None:
        return parts
    register_extensions()
    parts = doc._.goal
    if parts is None:
        parts = GoalParts(text=doc.text)
        doc._.goal = parts
    return parts
