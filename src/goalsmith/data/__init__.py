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
def hedge_adverbs() -> frozenset[str]:
    """ "maybe", "probably": one-word hedges, no verb and no part of an object (``words.toml``)."""
    return frozenset(load_data("words")["phrases"]["hedge_adverbs"])


@cache
def chat_fillers() -> frozenset[str]:
    """ "ok", "so": chat words that open a goal and are no part of it (``words.toml``)."""
    return frozenset(load_data("words")["phrases"]["chat_fillers"])


@cache
def question_frames() -> tuple[str, ...]:
    """ "what if", "what would it take to": questions that put a goal (``words.toml``)."""
    return tuple(load_data("words")["phrases"]["question_frames"])


@cache
def chat_labels() -> tuple[str, ...]:
    """ "quick one", "fyi": chat labels that open a goal before a colon (``words.toml``)."""
    return tuple(load_data("words")["phrases"]["chat_labels"])


@cache
def abbreviations() -> frozenset[str]:
    """ "st", "e.g": words a point follows without ending the sentence (``words.toml``)."""
    return frozenset(load_data("words")["phrases"]["abbreviations"])


@cache
def vague_counts() -> tuple[str, ...]:
    """ "a few", "several", "some": counts that name no number (``time.toml``)."""
    return tuple(load_data("time").get("vague_counts", {}).get("words", ()))
