"""Domain knowledge as data: TOML tables shipped with the package.

Every word list, the metric catalogue and the rule table live in TOML files
beside this module, so a reader sees them in one place and users extend them in
their configuration instead of in code.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@cache
def load_data(name: str) -> dict[str, Any]:
    """The parsed ``<name>.toml`` table shipped in ``goalsmith/data`` (cached; do not mutate)."""
    text = resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def phrases(name: str) -> tuple[str, ...]:
    """One list of ``words.toml``'s ``[phrases]`` table, which several layers read:
    "hedge_adverbs" ("maybe": no verb, no part of an object), "abbreviations" (words a
    point follows without ending the sentence), "chat_fillers" and "chat_labels" (chat
    words before a goal: "ok so", "quick one:"), "question_frames" ("what if")."""
    return tuple(load_data("words")["phrases"][name])


@cache
def hedge_adverbs() -> frozenset[str]:
    """ "maybe", "probably": one-word hedges, no verb and no part of an object."""
    return frozenset(phrases("hedge_adverbs"))


@cache
def abbreviations() -> frozenset[str]:
    """ "st", "e.g": words a point follows without ending the sentence."""
    return frozenset(phrases("abbreviations"))


@cache
def vague_counts() -> tuple[str, ...]:
    """ "a few", "several", "some": counts that name no number (``time.toml``)."""
    return tuple(load_data("time").get("vague_counts", {}).get("words", ()))


@cache
def calendar_names(kind: str) -> tuple[str, ...]:
    """Every spelling of the months or of the weekdays (``kind`` is "months" or
    "weekdays"; ``time.toml``), lower case: "sat", "saturday"."""
    return tuple(name for names in load_data("time")[kind].values() for name in names)
