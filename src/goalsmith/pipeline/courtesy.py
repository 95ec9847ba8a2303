"""Greetings and sign-offs around a goal written as a message.

"Hi team, we will hire 4 SDRs by February 15. Thanks, Rosa": the goal is the words
between "Hi team," and "Thanks, Rosa". Neither the person greeted nor the one who signs
owns the goal, and neither part pins or measures anything, so the readers do not see
them (``api`` blanks them, offsets unchanged) and a rewrite leaves them out.

The words are data (``words.toml``: greetings, greeting_audiences, sign_offs).
"""

from __future__ import annotations

import re
from functools import lru_cache

from goalsmith.data import phrases


def _alternatives(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                    for w in sorted(words, key=len, reverse=True))


# A name as greeted or signed: "Tom", "Dr. Li", "Mr. Tanaka", "Ops".
_NAME = r"(?:(?:dr|mr|mrs|ms|mx|prof)\.?[ \t]+)?[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’-]*){0,2}"
_MARK = r"[ \t]*(?:,|:|!|[—–]|-(?=[ \t])|\.{3}|…)[ \t]*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    greetings = _alternatives(phrases("greetings"))
    audiences = _alternatives(phrases("greeting_audiences"))
    sign_offs = _alternatives(phrases("sign_offs"))
    # "Hi team,", "Hello product squad,", "Hey Lisa —", "Hello, Mr. Tanaka —"
    greeting = re.compile(
        rf"\A[ \t]*(?i:{greetings})(?![\w'’])"
        rf"(?:[ \t]+(?:(?i:(?:[a-z][\w&-]*[ \t]+){{0,2}}(?:{audiences}))(?![\w'’])|{_NAME}))?"
        rf"{_MARK}(?:{_NAME}[ \t]*(?:,|[—–]|-(?=[ \t]))[ \t]*)?")
    # ". Thanks, Sam", "? Cheers, Lou", "— Best, Ward 7 manager" at the very end
    sign_off = re.compile(
        rf"(?:(?<=[.!?)])|[ \t]+[—–-])[ \t]*(?i:{sign_offs})(?![\w'’])"
        r"(?:[ \t]*[,!.][ \t]*[^!?\n]{0,40}?)?[ \t]*[.!]?[ \t]*\Z")
    return greeting, sign_off


def greeting_end(text: str) -> int:
    """Where the goal starts after a greeting that opens ``text``, or 0."""
    match = _patterns()[0].match(text)
    if match is None or not text[match.end():].strip():
        return 0
    return match.end()


def sign_off_start(text: str) -> int:
    """Where a sign-off closing ``text`` starts, or ``len(text)``."""
    match = _patterns()[1].search(text, max(0, len(text) - 80))
    if match is None or not text[:match.start()].strip():
        return len(text)
    return match.start()


def courtesies(text: str) -> list[tuple[int, int]]:
    """The spans of the greeting and the sign-off around a goal (none, one or both)."""
    spans = []
    start, end = greeting_end(text), sign_off_start(text)
    if start:
        spans.append((0, start))
    if end < len(text) and end >= start:
        spans.append((end, len(text)))
    return spans
