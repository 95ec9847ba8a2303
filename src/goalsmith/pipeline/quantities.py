"""Targets (quantities) and stated confidence.

``find_targets`` reads every quantified target in a goal: percentages, percentage and
basis points, money, counts with their counted noun, multipliers, ranges, baselines,
comparators, scores, ratios, durations, frequencies and placeholders for hidden numbers.
It also returns a stated confidence ("confidence 7/10"). The ``goalsmith_quantities``
spaCy component runs it on each doc, after ``goalsmith_timex``, and stores the result in
``goal_parts(doc)``.

How it reads (all word lists are in ``data/quantities.toml``):

- Every number (digits, or a number word with a unit or counted noun) is an anchor.
  Around it the reader looks left for a currency, a comparator ("at least") and a
  relation word ("by", "to", "from", "up"), and right for a magnitude ("k", "M", "bn",
  "million"), a unit ("%", "pts", "bps", "x", "hours", "/5", ":1"), a second number
  ("15-20%", "from 12% to 18%") and a counted noun ("40 meetings").
- Phrases without digits have their own patterns: frequencies ("twice a month"),
  multiplier words ("double", "cut in half"), placeholders ("$N", "X%", "TBD").
- Numbers that are not targets are dropped: years, labels and versions ("SOC 2",
  "Windows 11", "Python 3.12"), ranks ("top 50", "#1", "a top-3 vendor"), ordinals,
  dates, times of day, IDs and phone numbers, numbers inside words ("Q3", "B2B"),
  numbers naming a scope ("our 3 regions") and numbers inside ``exclude`` spans
  (time expressions already claimed by ``goalsmith_timex``).
- quantulum3 is consulted only for a number followed by a physical-unit word the
  tables do not read themselves ("5 km", "20 GB"); it is imported lazily and its
  answers are cached and made independent of the hash seed.

Decisions a reader of the output must know:

- A range ("15-20%", "between 10 and 15", "$1-2M") sets ``low`` and ``high`` and
  ``value`` = ``high`` (the extreme a plausibility check must look at).
- "from 12% to 18%" (and "12% -> 18%") is one target: value 18, baseline 12, a level.
  "up from 42", "from a baseline of 30", "(currently 20%)" give the nearest target a
  baseline and are not targets themselves.
- ``relative`` is True for a change: "by 25%", "up 25%", "+25%", "a 25% increase",
  "25% YoY", "10 more reps", or a bare percentage, points or multiplier after a change
  verb in the same clause ("reduce churn 10%", "grow pipeline 3x"). "to", "of", "at",
  level verbs ("reach", "maintain") and bounding comparators ("above 50", "under 5%")
  make a level. A bare money amount, count, duration or score is a level even after a
  change verb: it is the verb's object ("raise $2M", "hire 10 reps").
- Basis points are points: "150 bps" is kind ``points``, value 1.5, unit "bps".
- "$" alone is USD. A bare big amount before a money word ("1.5M ARR") is kind
  ``currency`` with ``currency`` None: no currency is assumed. Without a money word
  "200k users" is a count (200000, noun "users"). A lower-case "m"/"b" magnitude is
  read only after a currency ("$5m") or before a plural it counts ("2m downloads");
  otherwise it may be metres ("swim 400m").
- "pounds" is GBP when the goal talks about money or the amount has a magnitude,
  otherwise mass ("lose 10 pounds": a count with unit "lb").
- Physical quantities ("run 5 km") are kind ``count`` with ``unit`` the unit symbol;
  quantulum3 "time" units become durations.
- "win 3 of 5 deals" is one count: 3, noun "deals" (the 5 is the pool).
- A count's span includes its counted noun ("40 meetings"), and so does a placeholder's
  ("N new customers", noun "new customers"); a money amount's span does not include the
  money word ("1.5M" in "1.5M ARR", noun "ARR"). A multiplier verb is its own span
  ("Double" in "Double pipeline").
- "zero defects" is a count with value 0.0 (rules may flag it as a perfection target).
- A score's unit is the metric ("NPS"), the scale ("/5"), or both ("CSAT/5").
- A bare four-digit number from 1900 to 2100 is a year, never a count: write "2,000
  users" for a count.
- Stated confidence is normalised to 0..1: "8/10" -> 0.8, "70%" -> 0.7, "0.6" -> 0.6,
  a bare number up to 10 is out of 10; "high/medium/low confidence" -> 0.8/0.6/0.3
  ("very high" 0.9, "very low" 0.1). "customer confidence" is a metric, not a statement.
- In the component, a ``duration`` timeframe ("within 24 hours") is not excluded: it is
  read as a duration target. A ``cadence`` timeframe that holds a frequency ("3 times a
  week") is not excluded either, so the frequency is read.
"""

from __future__ import annotations

import re
import threading
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from goalsmith.data import load_data
from goalsmith.goal import Confidence, Target
from goalsmith.pipeline.extensions import goal_parts
from goalsmith.pipeline.timex import in_spans, reason_spans

Span = tuple[int, int]

_D = load_data("quantities")
_WS = r"\s{1,3}"  # bounded whitespace between the words of a phrase


# ---------------------------------------------------------------- regex building


def _phrase(phrase: str) -> str:
    """A phrase as a regex: words joined by bounded whitespace, word-guarded ends."""
    body = _WS.join(re.escape(word) for word in phrase.split(" "))
    if phrase[:1].isalnum():
        body = r"(?<![\w])" + body
    if phrase[-1:].isalnum():
        body += r"(?![\w])"
    return body


def _alt(phrases: Iterable[str]) -> str:
    """An alternation that prefers the longest phrase (sorted, so it is deterministic)."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(_phrase(p) for p in ordered) + ")"


def _alt_tail(phrases: Iterable[str]) -> str:
    """Like ``_alt`` for units written after a number: no guard before ("50bps", "24hours")."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(_phrase(p).removeprefix(r"(?<![\w])") for p in ordered) + ")"


def _lower_set(items: Iterable[str]) -> frozenset[str]:
    return frozenset(item.lower() for item in items)


_TOKEN = re.compile(r"[^\s:=]+|[:=]")
_OPENERS = "([{\"'“‘"


@lru_cache(maxsize=512)
def _tail_tokens(text: str, pos: int) -> tuple[tuple[str, int], ...]:
    """The (lower-cased word, start) tokens in the 60 characters before ``pos``."""
    lo = max(0, pos - 60)
    toks = []
    for m in _TOKEN.finditer(text, lo, pos):
        word, start = m.group(), m.start()
        if start == lo and lo > 0 and not text[lo - 1].isspace():
            continue  # a word cut by the window
        stripped = word.lstrip(_OPENERS)
        if stripped:
            toks.append((stripped.lower(), start + len(word) - len(stripped)))
    return tuple(toks)


class _Suffixes:
    """Phrases looked up among the words just before a position.

    A set lookup of the last one, two, ... words replaces a regex anchored at the end of
    a window, which Python would try at every position of the window.
    """

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = {tuple(_TOKEN.findall(p.lower())): p for p in phrases}
        lengths: dict[str, set[int]] = {}
        for key in self.phrases:
            lengths.setdefault(key[-1], set()).add(len(key))
        # last word -> the phrase lengths ending with it, longest first
        self.by_last = {w: sorted(ks, reverse=True) for w, ks in lengths.items()}

    def longest(self, toks: Sequence[tuple[str, int]], end: int) -> int:
        """How many tokens before index ``end`` form a phrase (the longest), or 0."""
        if not end:
            return 0
        for k in self.by_last.get(toks[end - 1][0], ()):
            if k == 1 or (k <= end and tuple(t[0] for t in toks[end - k:end]) in self.phrases):
                return k
        return 0

    def find(self, text: str, pos: int) -> int | None:
        """Start of the phrase that ends right before ``pos`` (spaces allowed), or None."""
        toks = _tail_tokens(text, pos)
        k = self.longest(toks, len(toks))
        return toks[len(toks) - k][1] if k else None


def _ends_with(phrases: Iterable[str]) -> _Suffixes:
    return _Suffixes(phrases)


_NUMBERS = _D["numbers"]
_WORD_VALUES: dict[str, float] = {}
for _table in ("units", "teens", "tens", "phrases"):
    _WORD_VALUES.update({k.lower(): float(v) for k, v in _NUMBERS[_table].items()})
_TIMES_WORDS = {k.lower(): float(v) for k, v in _NUMBERS["times_words"].items()}

_SMALL_WORD = (
    "(?:" + _alt(_NUMBERS["tens"]) + r"(?:[\s-]" + _alt(_NUMBERS["units"]) + ")?"
    + "|" + _alt([*_NUMBERS["teens"], *_NUMBERS["units"]]) + ")")
# "a hundred and twenty", "two hundred fifty", "one thousand two hundred": compound
# number words, read by ``_word_number``: scaled parts ("two hundred", "fifty thousand"),
# then an optional last small number; the small-number alternation is written twice only,
# so the patterns that hold it stay quick to compile (they compile on the first goal).
_SCALED_WORD = (r"(?:(?:(?<![\w])a|" + _SMALL_WORD + r")[\s-](?:hundred|thousand)(?![\w]))")
_NUM_WORD = ("(?:" + _SCALED_WORD + r"(?:,?\s(?:and\s)?" + _SCALED_WORD + ")*"
             + r"(?:,?\s(?:and\s)?(?:" + _SMALL_WORD + r")(?![\w]))?"
             + "|" + _SMALL_WORD + "|" + _alt(_NUMBERS["phrases"]) + ")")
_SCALE_WORDS = {"hundred": 100.0, "thousand": 1000.0}


def _word_number(raw: str) -> float:
    """The value of number words: "twenty-five", "a dozen", "a hundred and twenty",
    "one thousand two hundred"."""
    low = re.sub(r"[\s,-]+", " ", raw.lower()).strip()
    if low in _WORD_VALUES:
        return _WORD_VALUES[low]
    total = current = 0.0
    for word in low.split():
        if word in _SCALE_WORDS:
            current = (current or 1.0) * _SCALE_WORDS[word]  # ("a hundred": one hundred)
            if word == "thousand":
                total, current = total + current, 0.0
        else:
            current += _WORD_VALUES.get(word, 0.0)
    return total + current
# (a comma before one or two digits and a percent sign or a magnitude is a decimal comma,
# as much of Europe writes it: "12,5%", "1,2 M€", "2,8 million")
# A decimal comma ("4,6/5", "3,5x", "from 5,5 to 6,5"; not a list: "1,2,3"), thousands by
# commas or by spaces ("60 000", "2 500 m²"), or a run of digits; then decimals.
_DIGITS = (r"(?:\d{1,3},\d{1,2}(?!\d|,\d|[ \t]*(?:and|or|&)[ \t]*\d)|\d{1,3}(?:,\d{3}){1,4}(?!\d)"
           r"|(?<![^\W\d_])\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?![\d.,]?\d)|\d{1,15})"
           r"(?:\.\d{1,8})?")

_CUR = _D["currency"]
_SYMBOLS: dict[str, str] = dict(_CUR["symbols"])
_CODES = frozenset(_CUR["codes"])
_SYMBOL_RE = "(?:" + "|".join(
    re.escape(s) for s in sorted(_SYMBOLS, key=lambda s: (-len(s), s))) + ")"
_CODE_RE = r"(?<![A-Za-z])(?:" + "|".join(sorted(_CODES)) + r")(?![A-Za-z])"

# The anchor: an optional sign and currency, then digits or a number word.
_CORE = re.compile(
    rf"(?P<sign>[+\-−](?=[\d$€£¥₹]))?"
    rf"(?:(?P<sym>{_SYMBOL_RE})\s?|(?P<code>{_CODE_RE})\s{{0,2}})?"
    rf"(?:(?P<num>{_DIGITS})|(?i:(?P<word>{_NUM_WORD})))"
)

_MAG = _D["magnitudes"]
_MAG_ATTACHED = re.compile(
    "(?P<m>" + "|".join(sorted({*_MAG["attached"], *_MAG["attached_currency_only"]},
                              key=lambda s: (-len(s), s))) + r")(?![A-Za-z0-9])")
_MAG_SPACED = re.compile(r"\s{1,2}(?i:(?P<m>" + _alt(_MAG["words"])[3:-1] + "))")
_MAG_SPACED_SHORT = re.compile(r"\s(?P<m>MM|mn|bn|M|K|B)(?![\w])")
# A lower-case plural after "2m" or "1.5b" says the number counts it, in millions or
# billions: "2m downloads", "1.5m users" (but "swim 400m", "a 10m pool" are metres).
_COUNTED_AFTER_RE = re.compile(r"[ \t]{1,2}([a-z][a-z\-]{1,20}[a-rt-z]s)\b")
_METRE_PLURALS = frozenset(_D["units"]["metre_plurals"])


def _counted_after(text: str, pos: int) -> bool:
    after = _COUNTED_AFTER_RE.match(text, pos)
    return after is not None and after.group(1) not in _METRE_PLURALS

_MAG_VALUES = {**_MAG["attached"], **_MAG["attached_currency_only"]}
_MAG_WORD_VALUES = {k.lower(): v for k, v in _MAG["words"].items()}

_CUR_AFTER = re.compile(
    rf"\s{{0,2}}(?P<code>{_CODE_RE})|\s{{0,1}}(?P<sym>[€£¥₹$])"
    rf"|\s{{1,2}}(?i:(?P<word>{_alt(_CUR['words'])})|(?P<amb>{_alt(_CUR['ambiguous_words'])}))"
)
_CUR_WORDS = {k.lower(): v for k, v in _CUR["words"].items()}
_MONEY_NOUN = re.compile(r"\s{1,3}(?P<n>" + _alt(_CUR["money_nouns"]) + ")")

_U = _D["units"]
_TIME_UNITS = {k.lower(): v for k, v in _U["time"].items()}
_UNIT = re.compile(
    r"(?P<hy>-)?\s{0,2}(?:"
    rf"(?P<points>{_alt_tail(_U['points'])})"
    rf"|(?P<bps>{_alt_tail(_U['basis_points'])})"
    rf"|(?P<pct>{_alt_tail(_U['percent'])})"
    r"|(?P<fold>fold)(?![\w])"
    rf"|(?P<stars>{_alt_tail(_D['scores']['after'])})"
    rf"|(?P<time>{_alt_tail(_U['time'])})"
    r")",
    re.IGNORECASE,
)
_ATTACHED_UNIT = re.compile(
    r"(?P<mult>[xX×])(?![A-Za-z0-9])|(?P<time>" + "|".join(_U["time_attached"])
    + r")(?![A-Za-z0-9])")
_TIMES = re.compile(r"\s{1,2}(?i:times)(?![\w])")
_SECONDS_ATTACHED = re.compile(r"s(?![A-Za-z0-9'’])")
_SECONDS_LINKS = _lower_set(_U["seconds_links"])  # "down 30s": seconds, not a decade
_SCALE = re.compile(r"\s?/\s?(?P<den>\d{1,3})(?![\d/]|[.,]\d)|\s{1,2}(?i:out\s{1,2}of)\s{1,2}"
                    r"(?P<den2>\d{1,3})(?![\d])")
_SCALES = frozenset(int(s) for s in _U["score_scales"])
_RATIO = re.compile(r":(?P<den>\d{1,3}(?:\.\d{1,2})?)(?![\d:])")
_PLUS = re.compile(r"\+(?![\d])")
_TIME_OF_DAY = re.compile(r"\s{0,1}" + _alt(_U["time_of_day"]), re.IGNORECASE)
_POOL = re.compile(r"\s{1,2}(?i:(?P<out>out\s{1,2})?of)\s{1,2}(?i:(?:the|our|my|their)\s{1,2})?"
                   r"(?P<n>\d{1,3}(?:,\d{3})?)(?![\w.,])")
# "15 of the old customers": a count of a group named without its size.
_PARTITIVE = re.compile(r"\s{1,2}(?i:of)\s{1,2}(?i:the|our|my|their|these|those)(?=\s{1,2}\D)")
_JOINERS = frozenset(".,-/")
_AFTER_DIGITS_BAD = re.compile(r"[.,]\d|[-.]\d{2,4}[-.]\d|/\d")

_CMP = _D["comparators"]
_AT_LEAST = frozenset(" ".join(_TOKEN.findall(p.lower())) for p in _CMP["at_least_before"])
_REL_WORDS = frozenset(["by", "to", "from", "up", "down"])
_CMP_BEFORE = _Suffixes([*_CMP["at_least_before"], *_CMP["at_most_before"]])
_APPROX = _Suffixes(_CMP["approx"])
_BETWEEN = _Suffixes(["between"])
_AFTER_CMP = re.compile(
    r"\s{0,3}(?:(?P<least>" + _alt(_CMP["at_least_after"]) + ")|(?P<most>"
    + _alt(_CMP["at_most_after"]) + "))", re.IGNORECASE)
_ARROWS = frozenset(_D["baselines"]["arrows"])
_ARROW_ALT = "|".join(re.escape(a) for a in sorted(_ARROWS, key=len, reverse=True))
_ARROW_NEXT = re.compile(rf"\s{{0,2}}(?:{_ARROW_ALT})\s{{0,2}}\d")
_ARROW_BEFORE = re.compile(rf"(?:{_ARROW_ALT})\s{{0,2}}\Z")
# A spoken correction between two amounts: "twelve no fifteen", "3, sorry, 4".
_CORRECTION_JOIN = re.compile(r"[ \t]{0,2},?[ \t]{1,2}(?:no|sorry|i mean|make that|or rather)"
                              r"[ \t]{0,2},?[ \t]{1,2}(?=[\d$€£a-z])", re.IGNORECASE)
# Two amounts in neighbouring cells of a KPI row pasted as text ("68% | 75%", "3.4\t2.9"):
# the baseline, then the target.
_CELL_JOIN = re.compile(r"[ ]{0,3}(?:\||\t)[ \t]{0,3}")
_RANGE_JOIN = re.compile(r"\s{0,2}(?:(?P<arrow>"
                         + "|".join(re.escape(a) for a in _D["baselines"]["arrows"])
                         + r")|(?P<dash>[-–—])|(?P<to>to|through|thru)(?![\w])|"
                         r"(?P<and>and)(?![\w]))\s{0,2}", re.IGNORECASE)

_REL = _D["relation"]
_LEVEL_WORDS = _lower_set(_REL["level_words"])
_LEVEL_CMP = frozenset(" ".join(_TOKEN.findall(p.lower())) for p in _REL["level_comparators"])
_CHANGE_VERBS = _lower_set(_REL["change_verbs"])
_BARE_LEAD = _CHANGE_VERBS | _LEVEL_WORDS | _lower_set(_REL["bare_number_lead"])
_WORD = re.compile(r"[a-z]+")
_REL_AFTER = re.compile(r"\s{0,2}" + _alt(_REL["relative_after"]), re.IGNORECASE)
_BASELINE_MARK = _ends_with(_D["baselines"]["markers"])

_NT = _D["not_targets"]
_LABEL_BEFORE = _ends_with(_NT["label_words"])
_RANK_BEFORE = _ends_with(_NT["rank_words"])
_LABEL_VERBS = _lower_set(_NT["label_verbs"])
_PLACE_BEFORE = _ends_with(_NT["place_words"])
# What follows a numbered place that opens the goal as its subject: "Ward 7 will ...".
_SUBJECT_AFTER = re.compile(r"[A-Z]?\s*(?:[:,\-–—]|to\b|will\b|shall\b|must\b|aims\b|\Z)")
_CLAUSE_OPENERS = _lower_set(_NT["clause_openers"])
_SCOPE_BEFORE = _ends_with(_NT["scope_determiners"])
_AIMED_FOR = _ends_with(_NT["aimed_for"])
_WINDOW_BEFORE = _ends_with(_NT["window_words"])
_MONTH_BEFORE = _ends_with(_NT["months"])
_MONTH_AFTER = re.compile(r"(?:\s{1,2}of)?\s{1,2}" + _alt(_NT["months"]), re.IGNORECASE)
_DATE_PREP_BEFORE = _ends_with(["by", "on", "before", "until", "due", "since", "after"])
# A phrase of ``never`` followed by a time unit is a range after all: "from 9 to 5 days".
_TIME_UNIT_NEXT = re.compile(r"\s{1,3}" + _alt(
    [u for u in _U["time"] if len(u) >= 3] + ["percent", "per cent"]), re.IGNORECASE)
# Matched at number anchors only (every phrase begins with a number).
_NEVER = re.compile("(?:" + "|".join(
    _WS.join(re.escape(w) for w in p.split(" "))
    for p in sorted(set(_NT["never"]), key=lambda p: (-len(p), p))) + r")(?![\w])", re.IGNORECASE)
_NO_ONE = _Suffixes(["no", "any", "every", "some"])
# Dates and phone numbers: digits first, so the scan is fast; boundaries checked in code.
# A day date keeps one separator ("8/10/27", "8.10.27"); "8.8/10" is a score.
_DATES = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?![\w])|\d{1,2}([/.])\d{1,2}\1\d{2,4}(?![\w])"
                    r"|\(?\d{3}\)?[\s.-]\d{3}[.-]\d{4}(?![\w])")
# Every match of ``_DATES`` holds a digit, a "-", "/" or "." and a digit; this cheap scan
# (it can jump from digit to digit) skips the full pattern on most goals.
_DATE_HINT = re.compile(r"\d[-/.]\d")
_STOPWORDS = _lower_set(_NT["stopwords"])
_IRREGULAR_PLURALS = _lower_set(_NT["irregular_plurals"])
# (two letters joined by a slash are one word: "3 A/B tests")
_NOUN_WORD = re.compile(r"[ \t]{1,3}([A-Za-z]/[A-Za-z]|[A-Za-z][A-Za-z0-9'’&-]{0,30}[A-Za-z0-9]"
                        r"|[A-Za-z])(?![\w])")

_PHYS = _D["physical"]
# ("10m": metres or millions?; of single letters only a litre of a liquid, "2L of water":
# "5G" is a network and "2L in sales" two lakh)
_GLUED_UNIT = re.compile(r"([A-Za-z]{2,4}|L(?= (?:of )?(?:" + "|".join(
    map(re.escape, _PHYS["litre_liquids"])) + r")\b))(?![\w])")
_UNIT_HINTS = _lower_set(_PHYS["unit_hints"])
_UNIT_SYMBOLS = frozenset(_PHYS["unit_symbols"])
_BUSINESS_ACRONYMS = frozenset(_PHYS["business_acronyms"])

_SCORE = _D["scores"]
_SCORE_METRICS = {k.lower(): v for k, v in _SCORE["metrics"].items()}
_SCORE_METRIC_BEFORE = _Suffixes(_SCORE["metrics"])
_SCORE_CONNECTORS = _Suffixes(_SCORE["connectors"])
# Score metrics named by one unambiguous word ("NPS", "CSAT", "GPA"), found anywhere
# earlier in a bare number's clause.
_SCORE_CLAUSE_WORDS = frozenset(k for k in _SCORE_METRICS
                                if " " not in k and k not in ("score", "rating"))
_CLAUSE_BREAK_WORDS = frozenset(["and", "but", "so", "because", "while", "which", "then"])
_NOT_COUNTED = _lower_set(_NT["counted_nouns"])
_CADENCE_ADJECTIVES = _lower_set(_NT["cadence_adjectives"])
_ORDINAL_ADJECTIVES = _lower_set(_NT["ordinal_adjectives"])
# "Goal 2.3. The unit will ...": an outline label and its number open the text.
_OUTLINE_LABEL = re.compile(
    r"\s{0,3}(?:[#*>-]{1,3}\s{0,2})?" + _alt(_NT["outline_labels"])
    + r"\s{0,2}#?(?P<n>\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?)(?:[.:)\]-]|(?<=\d\.\d))\s{1,3}\S",
    re.IGNORECASE)
_LEADING_ADJECTIVES = _CADENCE_ADJECTIVES | _ORDINAL_ADJECTIVES
_TARGET_NOUN_AFTER = re.compile(r"\s{1,3}(?:[\w-]{1,12}\s{1,3}){0,2}?" + _alt(_NT["target_nouns"]),
                                re.IGNORECASE)
_VERSION_VERBS = _lower_set(_NT["version_verbs"])
_QUALIFIER_BEFORE = _ends_with(_NT["qualifiers"])
_ITEM_BOUNDS = frozenset(_NT["item_bounds"])
_ITEM_DETERMINERS = frozenset(_NT["item_determiners"])

_PH = _D["placeholders"]
_PH_LETTERS = "".join(sorted(_PH["letters"]))
_PH_DIGIT = "".join(sorted(_PH["digit_letters"]))
_PH_BARE = "".join(sorted(_PH["bare_letters"]))
_PLACEHOLDER = re.compile(
    rf"(?P<words>{_alt(_PH['words'])})"
    rf"|(?P<bracket>[\[<{{]\s{{0,2}}(?i:{_alt(_PH['bracket_words'])})\s{{0,2}}[\]>}}])"
    rf"|(?P<money>(?P<sym>{_SYMBOL_RE})\s?(?:X{{1,3}}(?:,X{{3}}){{1,3}}|[{_PH_LETTERS}]{{1,3}}\d{{0,2}})"
    r"(?:MM|M|K|k|B|bn)?\+?)(?![\w])"
    rf"|(?<![\w$])(?P<pct>[{_PH_LETTERS}nx]{{1,3}}\s?%)"
    rf"|(?<![\w$])(?P<suffixed>[{_PH_DIGIT}]\d{{1,2}}|[{_PH_BARE}](?:k|K|M|MM|B|bn)|[{_PH_LETTERS}]\+)"
    r"(?![\w+]|:)"  # ("NB: ..." is a note)
    r"|(?<![\w$])(?P<repeat>(?P<rl>[XYZN])(?P=rl){1,4}|X{1,3}(?:,X{3}){1,3})(?![\w])"
    rf"|(?<![\w$.\-/])(?P<bare>[{_PH_BARE}])(?![\w/&'’.\-+%])"
)
_PH_WORDS_CI = re.compile(_alt(_PH["words"]), re.IGNORECASE)
_PH_LEAD = _ends_with(_PH["lead_words"])
_PH_NAME = _ends_with(_PH["name_words"])
_PH_DATE_WORDS = _lower_set(_PH["date_words"])
_PH_INPUT = _ends_with(_PH["undecided_inputs"])

_MULT = _D["multipliers"]
_MULT_WORDS = {k.lower(): float(v) for k, v in _MULT["words"].items()}
_FRACTIONS = {k.lower(): float(v) for k, v in _D["fractions"].items()}
_SHARES = {k.lower(): float(v) for k, v in _D["shares"].items()}
_MULT_WORD = re.compile(
    r"(?P<w>" + _alt(_MULT["words"]) + r")(?!-)"
    r"|(?P<half>" + _alt(_MULT["half_phrases"]) + ")"
    r"|(?P<frac>" + _alt(_D["fractions"]) + r")(?![\w-])"
    r"|(?<![\w-])(?P<share>" + _alt(_D["shares"]) + r")(?=[ \t])"
    # (not "a quarter of a million", an amount, nor "half of them", no set the goal names)
    r"(?![ \t]+(?:an?[ \t]+(?:" + _alt(_D["magnitudes"]["words"]) + r")|them|it|us|those|"
    r"these|which)\b)"
    r"|(?P<factor>" + _alt(_MULT["factor_phrases"]) + r")\s{1,3}(?P<n>\d{1,3}(?:\.\d{1,2})?)"
    r"(?![\w.])"
    r"|(?<![\w])[x×](?P<xn>\d{1,3}(?:\.\d{1,2})?)(?![\w.])",
    re.IGNORECASE,
)
_MULT_NOT_BEFORE = re.compile(r"[\s-]{1,2}" + _alt(_MULT["not_before"]), re.IGNORECASE)
_MULT_NOT_AFTER = _ends_with(_MULT["not_after"])
_MULT_OBJECTS_AT_START = _lower_set(_MULT["objects_at_start"])

_FREQ_PERIODS = {k.lower(): v for k, v in _U["frequency_periods"].items()}
_FREQ_ADVERBS = {k.lower(): v for k, v in _U["frequency_adverbs"].items()}
_FREQUENCY = re.compile(
    rf"(?:(?P<num>{_DIGITS})|(?P<word>{_NUM_WORD}))\s{{0,2}}"
    rf"(?:times|x|×|(?P<occ>{_alt(_U['frequency_occasions'])}))"
    rf"|(?P<tw>{_alt(_NUMBERS['times_words'])})",
    re.IGNORECASE,
)
_FREQ_TAIL = re.compile(
    r"\s{0,3}(?:(?:(?:a|an|per|each|every)\s{1,3}|/\s{0,2})(?:single\s{1,3})?"
    rf"(?P<per>{_alt(_U['frequency_periods'])})|(?P<adv>{_alt(_U['frequency_adverbs'])}))",
    re.IGNORECASE,
)

_CONF = _D["confidence"]
_CONF_WORD = _alt(_CONF["words"])
_CONF_LEVEL = _alt(_CONF["levels"])
_CONF_LEVELS = {k.lower(): float(v) for k, v in _CONF["levels"].items()}
_CONF_SCALE = (r"(?P<scale>/\s{0,2}(?:100|10|5)(?![\d])|out\s{1,2}of\s{1,2}(?:10(?![\d])|ten)"
               r"|%|percent|per\s{1,2}cent|pct)")
# digits or words: "30%", "two out of ten", "forty percent"
_CONF_NUMBER = (r"(?:\d{1,3}(?:\.\d{1,3})?|(?:(?<![\w])a|one)[\s-]hundred(?![\w])|"
                + _SMALL_WORD + ")")  # (a confidence is at most a hundred)
_CONFIDENCE = re.compile(
    rf"(?P<w1>{_CONF_WORD})(?:\s{{0,2}}(?:level|score|rating))?\s{{0,2}}"
    # "confidence in this target is 30%": what the confidence is in, then its level
    r"(?:(?:in|on)\s{1,2}(?:this|the|our|that)\s{1,2}(?:target|goal|plan|number|objective)"
    r"\s{1,2}(?=is\s))?"
    r"(?:[:=(\-–]\s{0,2}|(?:is|of|at)\s{1,2})?"
    r"(?:(?:about|around|roughly|approximately|maybe|only|just|like)\s{1,2})?"  # "about 30%"
    r"(?P<n1>" + _CONF_NUMBER + r")\s{0,2}"
    + _CONF_SCALE.replace("scale", "s1") + "?"
    + r"|(?P<n2>" + _CONF_NUMBER + r")\s{0,2}" + _CONF_SCALE.replace("scale", "s2")
    + rf"\s{{0,2}}(?:{_CONF_WORD})"
    + rf"|(?P<l1>{_CONF_LEVEL})[\s-]{{1,2}}(?:confidence|conf\.?)(?![\w])"
    + rf"|(?P<w3>{_CONF_WORD})(?:\s{{1,2}}level)?\s{{0,2}}[:=]?\s{{0,2}}(?:is\s{{1,2}})?"
    + rf"(?P<l2>{_CONF_LEVEL})",
    re.IGNORECASE,
)
_CHANCE = re.compile(
    rf"(?<![\w.])(?P<share>{_CONF_NUMBER})\s{{0,2}}(?:%|percent|per\s{{1,2}}cent)\s{{0,2}}"
    rf"(?:{_alt(_CONF['chance_words'])})"
    r"(?![\w])(?!\s{1,2}of(?![\w]))"
    rf"|(?<![\w])(?:{_alt(_CONF['odds_words'])})\s{{0,2}}"
    r"(?:(?:are|is|at)\s{1,2}|of\s{1,2}success\s{0,2}(?:is\s{1,2})?)?[:=]?\s{0,2}"
    r"(?P<score>\d{1,3})\s{0,2}(?P<scale>/\s{0,2}10(?![\d])|%)",
    re.IGNORECASE,
)
# cheap pre-check: a word of the lists above is in the goal
_CHANCE_GATE = tuple(sorted({w.lower() for w in (*_CONF["chance_words"], *_CONF["odds_words"])}))
_CONF_OWNER_BEFORE = _ends_with(_CONF["metric_owners"])
_CONF_LEVEL_OK_BEFORE = re.compile(r"(?:\A|[(\[,;:\-–—]|(?<![\w])with|(?<![\w])and)\s{0,3}"
                                   r"(?:a\s{1,2})?\Z", re.IGNORECASE)

_CLAUSE_END = re.compile(r"[.;!?\n](?!\d)")

# ``_DIGITS`` with the first digit of both branches in front: the same matches, and a
# leading digit class lets the regex engine jump from digit to digit instead of trying
# both branches at every character (about twice as fast over a goal).
_DIGIT_ANCHOR = re.compile(r"\d(?:\d{0,2}(?:,\d{3}){1,4}(?!\d)|\d{0,14})(?:\.\d{1,8})?")
_PREFIX_CHARS = re.compile(r"[+\-−A-Z" + re.escape("".join(sorted({c for s in _SYMBOLS
                                                                  for c in s}))) + "]")
_WORD_ANCHOR = re.compile(r"(?i:" + _NUM_WORD + ")")
_LETTERS = re.compile(r"[A-Za-z]+")
_NUMBER_WORD_FIRST = frozenset(phrase.split()[0] for phrase in _WORD_VALUES)
_NUMBER_WORD_HEADS = frozenset(
    w for phrase in _WORD_VALUES for w in phrase.split() if w not in ("a", "of", "half"))
_MONEY_WORDS = frozenset(p.lower() for p in _CUR["money_context"] if " " not in p)
_MONEY_PHRASES = tuple(p.lower() for p in _CUR["money_context"] if " " in p)
_DIGIT_X = re.compile(r"\d\s{0,2}[x×X]")
_X_DIGIT = re.compile(r"[x×]\d")
_FREQ_HEADS = frozenset(["times", *_TIMES_WORDS, *_U["frequency_occasions"]])
_MULT_HEADS = frozenset([*(w.split()[0] for w in _MULT_WORDS), "half", "factor", "percent",
                         *(p.split()[-1] for p in _FRACTIONS)])
_PH_TRIGGER = re.compile(
    r"[KLMNXYZ](?<![A-Za-z][KLMNXYZ])(?![a-jl-z])|[nx](?<![A-Za-z][nx])(?=\s?%)"
    r"|[\[<{?_]|" + _SYMBOL_RE + r"\s?[A-Z]")
_PH_HEADS = frozenset(w.lower() for w in _PH["words"] if w.isalpha())


# ---------------------------------------------------------------- small helpers


def _num_value(raw: str) -> float:
    raw = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    head, comma, tail = raw.rpartition(",")
    if comma and len(tail) <= 2:
        return float(f"{head.replace(',', '')}.{tail}")  # a decimal comma: "12,5"
    return float(raw.replace(",", ""))


class _Claims:
    """Character spans already taken, kept as sorted disjoint intervals.

    Lookups bisect, so a megabyte of text with thousands of claimed spans stays linear.
    """

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self.add(spans)

    def add(self, spans: Iterable[Span]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        for s, e in sorted([*zip(self._starts, self._ends, strict=True), *spans]):
            if e <= s:
                continue
            if starts and s <= ends[-1]:
                ends[-1] = max(ends[-1], e)
            else:
                starts.append(s)
                ends.append(e)
        self._starts, self._ends = starts, ends

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int):
            return False
        i = bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


def _overlaps(span: Span, spans: Sequence[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


# A time of day on the 24-hour clock with its leading zero, after a word that places it:
# "by 0900 on 18 Dec", "at 0630". No count is written with a leading zero.
_MILITARY_TIME = re.compile(r"0\d[0-5]\d(?![\d.,:%])")
_TIME_PLACERS = frozenset({"by", "at", "before", "until", "till", "from", "to", "and", "after"})


def _is_military_time(text: str, pos: int) -> bool:
    return (_MILITARY_TIME.match(text, pos) is not None and not text[pos - 1:pos].isalnum()
            and _prev_word(text, pos) in _TIME_PLACERS)


def _prev_word(text: str, pos: int) -> str:
    toks = _tail_tokens(text, pos)
    return toks[-1][0] if toks else ""


def _ends(phrases: _Suffixes, text: str, pos: int) -> bool:
    return phrases.find(text, pos) is not None


def _is_plural(word: str) -> bool:
    low = word.lower()
    if low in _IRREGULAR_PLURALS:
        return True
    return len(low) >= 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _clean(value: float) -> float:
    # Avoid 1.2000000000000002 from float multiplication.
    return float(round(value, 9))


# ---------------------------------------------------------------- candidates


@dataclass
class _Cand:
    """A target being read: mutable while the reader extends it."""

    start: int
    end: int
    kind: str
    value: float | None
    unit: str | None = None
    currency: str | None = None
    comparator: str | None = None
    low: float | None = None
    high: float | None = None
    baseline: float | None = None
    rel: str | None = None  # by, to, from, up, down
    sign: str | None = None
    cmp_phrase: str | None = None
    relative: bool | None = None  # decided by the reader when the phrase decides it
    noun: str | None = None
    is_baseline: bool = False
    lead: int = 0  # where the amount itself begins (after rel/comparator)
    anchors: list[int] = field(default_factory=list)

    def target(self, text: str) -> Target:
        return Target(
            text=text[self.start:self.end], span=(self.start, self.end), kind=self.kind,
            value=self.value, unit=self.unit, currency=self.currency,
            comparator=self.comparator, low=self.low, high=self.high,
            baseline=self.baseline, relative=bool(self.relative), noun=self.noun)


@dataclass
class _Amount:
    """One number with what is written right after it."""

    start: int  # start of sign/currency/number
    end: int
    num_start: int
    value: float
    is_word: bool
    raw: str
    kind: str | None = None
    unit: str | None = None
    currency: str | None = None
    scale: float = 1.0
    has_mag: bool = False
    hyphen: bool = False
    plus: bool = False
    sign: str | None = None


def _read_left(text: str, start: int) -> tuple[int, str | None, str | None, str | None]:
    """(new start, relation word, comparator phrase, comparator) before an amount.

    Read right to left: a hedge ("about"), a comparator ("at least", "up to", "≥"),
    then a relation word ("by", "to", "from", "up", "down").
    """
    toks = _tail_tokens(text, start)
    i = len(toks) - _APPROX.longest(toks, len(toks))
    k = _CMP_BEFORE.longest(toks, i)
    cmp_phrase = comparator = None
    if k:
        cmp_phrase = " ".join(t[0] for t in toks[i - k:i])
        comparator = "at_least" if cmp_phrase in _AT_LEAST else "at_most"
        i -= k
    rel = toks[i - 1][0] if i and toks[i - 1][0] in _REL_WORDS else None
    if i and toks[i - 1][0] in _ARROWS:
        rel = "to"  # "Backlog → 0": an arrow with no amount before it points at the target
    if rel:
        i -= 1
    new_start = toks[i][1] if (rel or cmp_phrase) else start
    return new_start, rel, cmp_phrase, comparator


def _read_amount(text: str, m: re.Match[str], money_goal: bool,
                 joined: bool = False) -> _Amount | None:
    """Read one anchor and its unit tail; None when the number is not a quantity.

    ``joined`` is True for the second amount of a range, whose left side is the joint.
    """
    start = m.start()
    sign = m.group("sign")
    if joined:
        pass
    elif sign:
        before = text[start - 1] if start else " "
        if before.isdigit():
            start += 1  # "15-20": the dash joins a range, it is not a sign
            sign = None
        elif not (before.isspace() or before in "([{=:,;"):
            return None  # "COVID-19", "top-3", "(EVM)-3": a label joined by a hyphen
    before = text[start - 1] if start and not joined else " "
    if before.isalnum() or before in "_'’#/:\\@&^" or (
            before in ".," and start >= 2 and text[start - 2].isdigit()):
        return None  # inside a word, a version, a date, a rank or an ID
    if before in "-–" and start >= 2 and text[start - 2].isalpha():
        return None
    if _is_enumeration(text, start, m.end()):
        return None
    sym, code = m.group("sym"), m.group("code")
    currency = _SYMBOLS.get(sym) if sym else code
    raw = m.group("num") or m.group("word")
    is_word = m.group("num") is None
    value = _word_number(raw) if is_word else None
    if value is None:
        value = _num_value(raw)
    num_start = m.start("num") if not is_word else m.start("word")
    amount = _Amount(start=start, end=m.end(), num_start=num_start, value=value,
                     is_word=is_word, raw=raw, currency=currency, sign=sign)
    if currency:
        amount.kind = "currency"
    if is_word and raw.lower().rsplit(" ", 1)[-1] in _MAG_WORD_VALUES:
        amount.has_mag = True  # "a grand", "two thousand": a magnitude, like "5 grand"
        if raw.lower().endswith(_MONEY_MAGNITUDE):
            amount.kind = "currency"
    pos = m.end()
    if (not is_word and text[pos:pos + 1] in _JOINERS and _AFTER_DIGITS_BAD.match(text, pos)
            and not _SCALE.match(text, pos)):
        return None  # "3.12.1", "555-123-4567", "3/31"
    _read_magnitude(text, amount, money_goal)
    _read_unit(text, amount, money_goal)
    nxt = text[amount.end:amount.end + 1]
    glued = _GLUED_UNIT.match(text, amount.end) if nxt.isalpha() else None
    if amount.kind is None and (nxt.isalnum() or nxt == "_") and not (
            glued is not None and _unit_like(glued.group(1))):
        return None  # "3rd", "5G", "3PL": a number inside a word (not "10kg", "5km")
    return amount


def _is_enumeration(text: str, start: int, end: int) -> bool:
    """"(1)", "2)" or "3." opening a list item: a list marker, not a quantity."""
    after = text[end:end + 1]
    before = text[start - 1:start] if start else ""
    if after == ")" and before != "(" and text[start:end].isdigit() and (
            int(text[start:end]) <= 20 and not _ends(_BASELINE_MARK, text, start)):
        return True  # "will 1) support ... 2) expand" (not "(baseline 12)")
    if before == "(" and after == ")" and text[start:end].isdigit():
        return True  # "(3)" (not "($6,400)", an amount in brackets)
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip(" \t-*•§") and _OUTLINE_NUMBER.fullmatch(
            text, start, end) and _WORD_AFTER_OUTLINE.match(text, end):
        return True  # "3.2 Reduce churn ...", "1.2.3 Complete ...": an outline's number
    return (after in (")", ".") and not text[line_start:start].strip(" \t-*•")
            and not text[end + 1:end + 2].isdigit())


_OUTLINE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}")
_WORD_AFTER_OUTLINE = re.compile(r"\.?:?[ \t]+[A-Z][a-z]")


_MONEY_MAGNITUDE = "grand"  # a thousand of money, never of things


def _read_magnitude(text: str, amount: _Amount, money_goal: bool) -> None:
    pos = amount.end
    nxt = text[pos:pos + 1]
    if not nxt.isalnum() and not nxt.isspace():
        return  # "25%", "25," "25)": no magnitude
    m = None if amount.is_word or not nxt.isalpha() else _MAG_ATTACHED.match(text, pos)
    if m and (m.group("m") in _MAG["attached"] or amount.currency
              or _counted_after(text, m.end())):
        amount.scale, amount.end, amount.has_mag = _MAG_VALUES[m.group("m")], m.end(), True
        return
    if not nxt.isspace():
        return
    m = _MAG_SPACED.match(text, pos)
    if m:
        word = re.sub(r"\s+", " ", m.group("m").lower())
        amount.scale = _MAG_WORD_VALUES[word]
        amount.end, amount.has_mag = m.end(), True
        if word == _MONEY_MAGNITUDE:
            amount.kind = "currency"  # "5 grand": money, its currency unstated
        return
    m = _MAG_SPACED_SHORT.match(text, pos)
    if m and amount.currency:
        amount.scale, amount.end, amount.has_mag = _MAG_VALUES[m.group("m")], m.end(), True


def _read_unit(text: str, amount: _Amount, money_goal: bool) -> None:
    """The unit written after the amount: currency, %, points, x, time, scale, ratio."""
    pos = amount.end
    if amount.currency is None:
        nxt = text[pos:pos + 1]
        m = _CUR_AFTER.match(text, pos) if nxt and not nxt.isdigit() else None
        if m:
            word = (m.group("word") or m.group("amb") or "").lower()
            word = re.sub(r"\s+", " ", word)
            if m.group("amb") and not (money_goal or amount.has_mag):
                amount.kind, amount.unit = "count", _CUR["ambiguous_physical_unit"]
            else:
                amount.currency = (m.group("code") or _SYMBOLS.get(m.group("sym") or "")
                                   or _CUR_WORDS.get(word) or _CUR["ambiguous_words"].get(word))
                amount.kind = "currency"
            amount.end = m.end()
            pos = m.end()
    if amount.kind is None:
        nxt = text[pos:pos + 1]
        m = (_ATTACHED_UNIT.match(text, pos) if nxt.isalpha() and not amount.is_word
             else None)
        if m and m.group("mult"):
            amount.kind, amount.unit, amount.end = "multiplier", "x", m.end()
        elif m:
            amount.kind, amount.unit = "duration", _U["time_attached"][m.group("time")]
            amount.end = m.end()
        elif _SECONDS_ATTACHED.match(text, pos) and (
                "." in amount.raw or (len(amount.raw) <= 3 and (
                    _prev_word(text, amount.start) in _SECONDS_LINKS
                    or _ARROW_NEXT.match(text, pos + 1) or _ARROW_BEFORE.search(
                        text, max(0, amount.start - 4), amount.start)))):
            # "from 4.2s to 1.5s", "bring handle time down 30s", "58s → 52s": seconds (a
            # bare "20s" or "1990s", "in their 30s", "Year 7s" stays a decade, an age or a
            # year group)
            amount.kind, amount.unit, amount.end = "duration", "second", pos + 1
        else:
            _read_word_unit(text, amount)
    pos = amount.end
    m = _PLUS.match(text, pos) if text[pos:pos + 1] == "+" else None
    if m and not amount.is_word:
        amount.plus, amount.end = True, m.end()


def _read_word_unit(text: str, amount: _Amount) -> None:
    pos = amount.end
    nxt = text[pos:pos + 1]
    if not nxt or nxt in ",;)]\"'!?.":
        return  # nothing can follow: skip the tail patterns
    m = _UNIT.match(text, pos)
    if m:
        hy = bool(m.group("hy"))
        if m.group("points"):
            amount.kind, amount.unit = "points", "pts"
        elif m.group("bps"):
            amount.kind, amount.unit, amount.scale = "points", "bps", amount.scale / 100
        elif m.group("pct"):
            amount.kind, amount.unit = "percent", "%"
        elif m.group("fold"):
            amount.kind, amount.unit = "multiplier", "x"
        elif m.group("stars"):
            amount.kind, amount.unit = "score", "stars"
        else:
            word = m.group("time")
            if word == "S" or (word == "s" and m.start("time") == pos):
                return  # "5S", "3s": a name or a plural; "2.5 s" is seconds
            amount.kind, amount.unit = "duration", _TIME_UNITS[re.sub(r"\s+", " ", word.lower())]
        amount.end, amount.hyphen = m.end(), hy
        return
    m = _TIMES.match(text, pos) if nxt.isspace() else None
    if m and not _FREQ_TAIL.match(text, m.end()):
        amount.kind, amount.unit, amount.end = "multiplier", "x", m.end()
        return
    m = None if amount.is_word or nxt not in " /" else _SCALE.match(text, pos)
    if m:
        den = int(m.group("den") or m.group("den2"))
        if m.group("den2") and _NOUN_WORD.match(text, m.end()):
            return  # "3 out of 5 deals": a count, read with its noun later
        if "." not in amount.raw and _ends(_DATE_PREP_BEFORE, text, amount.start):
            amount.kind = "skip"  # "by 4/5": a date
        elif den in _SCALES and (amount.value <= den or m.group("den")):
            # "6/5" is still a score on a 5 scale (an impossible one, for A to judge)
            amount.kind, amount.unit, amount.end = "score", f"/{den}", m.end()
        elif m.group("den") and den < amount.value < 1000 and amount.value > 31:
            # "130/80": a paired reading (blood pressure); the value is its first number
            amount.kind, amount.unit, amount.end = "ratio", f"/{den}", m.end()
        else:
            amount.kind = "skip"
        return
    m = None if amount.is_word or nxt != ":" else _RATIO.match(text, pos)
    if m:
        den = m.group("den")
        if len(den) == 2 and den[0] in "012345" and amount.value <= 24:
            amount.kind = "skip"  # a time of day, "10:30"
        elif float(den) > 0:
            amount.kind, amount.unit, amount.end = "ratio", f":{den}", m.end()
            amount.scale = 1 / float(den)
        else:
            amount.kind = "skip"


# ---------------------------------------------------------------- nouns and units


def _read_noun(text: str, pos: int, claimed: _Claims) -> tuple[str | None, int, bool]:
    """The counted noun after a count: (noun, end, "more"/"fewer" seen)."""
    words: list[tuple[str, int, int]] = []
    more = False
    while len(words) < 4:
        m = _NOUN_WORD.match(text, pos)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if not words and low in _LEADING_ADJECTIVES and _NOUN_WORD.match(text, m.end()):
            # "12 monthly board packs", "25 first meetings"
            words.append((word, m.start(1), m.end(1)))
            pos = m.end()
            continue
        if m.start(1) in claimed:
            break
        if not words and not more and low in ("more", "fewer", "less", "additional"):
            more = low != "additional"
            pos = m.end()
            if low == "additional":
                words.append((word, m.start(1), m.end(1)))
            continue
        if low in _STOPWORDS or low in _TIME_UNITS:
            break
        words.append((word, m.start(1), m.end(1)))
        pos = m.end()
    if not words:
        return None, pos, more
    # With no plural, a singular compound counts ("one customer case study").
    chosen = words[:3]
    for i, (word, _, _) in enumerate(words):
        if _is_plural(word):
            chosen = words[: i + 1]
            break
    noun = text[chosen[0][1]:chosen[-1][2]]
    return noun, chosen[-1][2], more


def _unit_like(word: str) -> bool:
    """Whether a word after a number looks like a physical unit (so quantulum3 may read it)."""
    if word in _BUSINESS_ACRONYMS:
        return False
    return (word in _UNIT_SYMBOLS or word.lower() in _UNIT_HINTS
            or any(ch in word for ch in "/°²³µ"))


_QUANTULUM_LOCK = threading.Lock()


@contextmanager
def _typeguard_off() -> Iterator[None]:
    """quantulum3's first parse imports inflect, whose ``@typechecked`` methods typeguard
    recompiles at import: 1.8 of the ~2.3 s that first parse costs, in every process
    (each ``--jobs`` worker too). Only its run-time type checks are lost, so the import
    runs with the decorator as the identity; later calls find inflect loaded."""
    import sys

    if "inflect" in sys.modules:
        yield
        return
    try:
        import typeguard
    except ImportError:
        yield
        return
    original = typeguard.typechecked

    def identity(target: Any = None, **_options: Any) -> Any:
        return target if target is not None else (lambda decorated: decorated)

    typeguard.typechecked = identity  # type: ignore[assignment]
    try:
        yield
    finally:
        typeguard.typechecked = original


@lru_cache(maxsize=4096)
def _physical(snippet: str) -> tuple[float, str, str, int] | None:
    """quantulum3's reading of "<number> <unit ...>": (value, unit, entity, end) or None.

    Only the first quantity is used, and only when it starts at the number. When the
    unit's surface is ambiguous in quantulum3's tables (its pick then depends on set
    order, i.e. on the hash seed), the alphabetically first unit is taken instead.
    """
    try:
        with _QUANTULUM_LOCK, warnings.catch_warnings(), _typeguard_off():
            warnings.simplefilter("ignore")
            from quantulum3 import parser

            quantities = parser.parse(snippet)
    except Exception:  # a fallback must never break the goal's reading
        return None
    if not quantities:
        return None
    q = quantities[0]
    if q.span[0] != 0 or q.unit is None:
        return None
    unit = _deterministic_unit(q.unit, snippet[q.span[0]:q.span[1]])
    name = str(getattr(unit, "name", "unk"))
    entity = str(getattr(getattr(unit, "entity", None), "name", "unknown"))
    if entity in ("dimensionless", "unknown") or name in ("dimensionless", "unk"):
        return None
    symbol = _PHYS["symbols"].get(name)
    if symbol is None:
        symbols = sorted(getattr(unit, "symbols", None) or [])
        symbol = symbols[0] if symbols else name
    return float(q.value), symbol, entity, q.span[1]


def _deterministic_unit(unit: Any, surface: str) -> Any:
    """quantulum3's unit, or the alphabetically first one when its surface is ambiguous."""
    try:
        from quantulum3 import load

        units = load.units("en_US")
        word = surface.split()[-1] if surface.split() else surface
        for table, key in ((units.symbols, word), (units.surfaces, word),
                           (units.surfaces_lower, word.lower()),
                           (units.symbols_lower, word.lower())):
            found = table.get(key) if hasattr(table, "get") else None
            if found:
                if len(found) > 1:
                    unit = sorted(found, key=lambda u: str(u.name))[0]
                break
    except Exception:  # quantulum3 internals differ between versions: keep its answer
        pass
    return unit


# ---------------------------------------------------------------- reading numbers


def _anchors(text: str, number_words: bool) -> list[int]:
    """Where numbers begin: digit runs, and number words when the text has any."""
    found = [m.start() for m in _DIGIT_ANCHOR.finditer(text)]
    if number_words:
        # Try the number-word pattern only at words that can begin one ("two", "a dozen").
        for w in _LETTERS.finditer(text):
            p = w.start()
            if (w.group().lower() in _NUMBER_WORD_FIRST and not (p and text[p - 1] == "-")
                    and _WORD_ANCHOR.match(text, p)):
                found.append(p)
        found.sort()
    return found


def _core_at(text: str, anchor: int) -> re.Match[str] | None:
    """The anchor with the sign and currency written before it ("-$", "USD ")."""
    lo = max(0, anchor - 6)
    if not _PREFIX_CHARS.search(text, lo, anchor):
        return _CORE.match(text, anchor)
    for p in range(lo, anchor + 1):
        m = _CORE.match(text, p)
        if m and (m.start("num") if m.group("num") else m.start("word")) == anchor:
            return m
    return None


_FROM_BEFORE = re.compile(r"(?i)(?<!work )(?<!working )(?<!open )\bfrom[ \t]+\Z")


def _read_numbers(text: str, claimed: _Claims, money_goal: bool,
                  number_words: bool) -> list[_Cand]:
    cands: list[_Cand] = []
    end = 0
    for anchor in _anchors(text, number_words):
        if anchor < end or anchor in claimed:
            continue
        never = _NEVER.match(text, anchor)
        if never and (_TIME_UNIT_NEXT.match(text, never.end()) or _FROM_BEFORE.search(
                text, max(0, anchor - 12), anchor)):
            # "from 9 to 5 business days": a range of a duration; "onboarding steps from 9
            # to 5": a change (not "work from 9 to 5")
            never = None
        elif never or (text[anchor].isalpha() and _ends(_NO_ONE, text, anchor)):
            # "24/7", "one-on-one", "no one"
            end = never.end() if never else anchor + 1
            continue
        m = _core_at(text, anchor)
        if m is None:
            continue
        cand = _read_one(text, m, claimed, money_goal)
        end = max(end, m.end())
        if cand is not None:
            cands.append(cand)
            end = max(end, cand.end)
    return cands


def _read_one(text: str, m: re.Match[str], claimed: _Claims,
              money_goal: bool) -> _Cand | None:
    first = _read_amount(text, m, money_goal)
    if first is None or first.kind == "skip" or _is_military_time(text, first.num_start):
        return None
    start, rel, cmp_phrase, comparator = _read_left(text, first.start)
    second = _read_second(text, first, claimed, money_goal)
    if second and first.kind is None and first.sign is None and rel is None and _ends(
            _LABEL_BEFORE, text, first.start):
        return None  # "Grade 3 to 95%": the label's number opens no range; "to 95%" is read alone
    if _site_number(text, first, rel):
        return None  # "conversion at 412 to 30%": store 412's conversion; "to 30%" is read alone
    between = _BETWEEN.find(text, first.start)
    if second and second[0] == "and" and between is None:
        second = None
    if first.sign in ("-", "−"):
        first.value = -first.value
    cand = _Cand(start=start, end=first.end, kind=first.kind or "count",
                 value=_clean(first.value * first.scale), unit=first.unit,
                 currency=first.currency, comparator=comparator, rel=rel,
                 sign=first.sign, cmp_phrase=cmp_phrase, lead=first.start,
                 anchors=[first.num_start])
    if between is not None and second:
        cand.start = between
    last = first
    if second:
        join, amount2 = second
        _merge_second(cand, first, amount2, join)
        last = amount2
        cand.anchors.append(amount2.num_start)
    if cand.kind == "count" and not _count_allowed(text, cand, first, last):
        return None
    if cand.kind == "count" and cand.rel is None and _prev_word(text, cand.start) == "per":
        return None  # "support tickets per 1,000 users": the denominator of a rate
    if not _finish_tail(text, cand, last, claimed, money_goal):
        return None
    if cand.kind == "count" and cand.noun is None and _label_verb_opens(text, first.start):
        return None  # "Release 2": with no counted noun, the label reading stands
    if cand.kind == "duration" and not _duration_allowed(text, cand, first):
        return None
    if (_ends(_RANK_BEFORE, text, cand.lead) or (
            _ends(_RANK_BEFORE, text, cand.start) and cand.rel != "by")) and not (
            cand.noun is not None and _label_verb_opens(text, first.start)):
        # (but "grow our cash position by 15%" changes the measure, and "Place 20
        # bylined articles" opens with a verb)
        return None
    if _ends(_QUALIFIER_BEFORE, text, cand.start) or _names_items(text, cand):
        return None  # "invoices older than 60 days", "orders over $50k": which items
    if _month_next_to(text, first, last):
        return None
    if cand.kind in ("count", "multiplier") and first.is_word and cand.noun is None and (
            cand.kind == "count" and not first.has_mag) and cand.rel != "to" and not (
            first.raw.lower() == "zero" and (text[:cand.start].rstrip().endswith(":")
                                             or _prev_word(text, cand.start) == "at")):
        # a number word needs a counted noun ("one of", "three."), "to zero", or is the
        # zero of a metric label ("Pressure ulcers: zero") or a level ("churn at zero")
        return None
    if (cand.kind == "count" and not first.has_mag and _is_year(first) and cand.unit is None):
        return None
    if cand.kind == "count" and cand.unit is None:
        _maybe_score(text, cand)
    if cand.kind == "count" and cand.noun is not None and cand.noun.lower() in _NOT_COUNTED:
        return None  # "on a 4.0 scale": the measure's range, not a target
    if _is_bare(cand, last) and _is_outline_label(text, cand):
        return None
    if _is_bare(cand, last) and _prev_word(text, cand.start) not in _BARE_LEAD and not (
            (first.has_mag or "," in first.raw) and not _after_name(text, cand.start)) and (
            not _ends(_BASELINE_MARK, text, cand.start)) and (  # "(currently 60)" is a level
            first.sign != "+") and (  # "housing units +500": a plus makes it a change
            _RATE_AFTER.match(text, cand.end) is None):  # "credit apps 20/wk": a rate
        # "RFC 42", "Order 14036": a lone number is a name, not a target (but "MAU 250k",
        # "signups 5,000": a magnitude or grouped digits are an amount, unless a name
        # precedes them: "the Lisbon 10k")
        return None
    if _is_version(text, cand, first):
        return None
    # "down from 34 days to 25 days": the pair already holds its baseline and target.
    cand.is_baseline = cand.baseline is None and (
        _ends(_BASELINE_MARK, text, cand.start) or _baseline_before(text, cand))
    return cand


# A count per unit of time after a bare number: "20/wk", "150 per week", "12 a day".
_RATE_AFTER = re.compile(r"[ \t]{0,2}(?:/[ \t]{0,2}|per[ \t]{1,2}|an?[ \t]{1,2}|each[ \t]{1,2})"
                         + _alt(_TIME_UNITS) + r"(?![\w/])", re.IGNORECASE)


# What may follow a site's number: its own target, a time, or the goal's end.
_AFTER_SITE = re.compile(r"[ \t]*(?:[,.;:)|\-–—]|\Z|(?:back[ \t]+)?(?:to|from|up|down|under|below|"
                         r"above|over|by|before|in|this|next|for|through|thru|until|till|"
                         r"asap|eventually|soon)(?![\w]))", re.IGNORECASE)
# The measure's own target right after a site's number: "at 412 to 30%", "at 104 back above 55".
_SITE_TARGET = re.compile(r"[ \t]+(?:back[ \t]+)?(?:to|from|up|down|under|below|above|over)"
                          r"[ \t]+[\d$€£]", re.IGNORECASE)
_SITE_NUMBER = re.compile(r"\d{3,5}")
_SITE_LOOKBACK = 60  # characters searched back for the clause's verb
# Verbs that hold a measure at a level: "keep headcount at 450" states the level.
_HOLDING_VERBS = frozenset(("keep", "keeps", "keeping", "hold", "holds", "holding", "maintain",
                            "maintains", "maintaining", "sustain", "stay", "remain", "cap"))


def _site_number(text: str, first: _Amount, rel: str | None) -> bool:
    """Whether a bare number after "at" names a site (a store, a plant, a depot) rather
    than the level it is at: a change of the measure is stated around it ("raise NPS at
    509 from 52 to 60", "conversion at 412 to 30%", "grow loyalty signups at 412"). Not
    "keep churn at 2", nor "hold headcount at 45 through Q2"."""
    if (first.kind is not None or first.sign is not None or rel is not None or first.has_mag
            or _SITE_NUMBER.fullmatch(first.raw) is None or _prev_word(text, first.start) != "at"
            or _AFTER_SITE.match(text, first.end) is None):
        return False
    # (the number's own clause only: "Raise NPS by 5 points, keep headcount at 450")
    lead = re.split(r"[,;.!?]", text[max(0, first.start - _SITE_LOOKBACK):first.start])[-1]
    before = _WORD.findall(lead.lower())
    if any(w in _HOLDING_VERBS for w in before):
        return False
    return any(w in _CHANGE_VERBS for w in before) or (
        _SITE_TARGET.match(text, first.end) is not None)


def _after_name(text: str, pos: int) -> bool:
    """Whether a capitalised word that is not an acronym ends just before ``pos``."""
    words = text[max(0, pos - 40):pos].split()
    return bool(words) and words[-1][:1].isupper() and not words[-1].isupper()


def _is_outline_label(text: str, cand: _Cand) -> bool:
    """ "Goal 2.3. The unit will ...": the number of an outline label at the text's start."""
    if cand.start > 24:
        return False
    m = _OUTLINE_LABEL.match(text)
    return m is not None and m.start("n") == cand.start


def _names_items(text: str, cand: _Cand) -> bool:
    """Money that says which items are meant, not how much: "accounts over $50k ARR"
    (a bound right after a plural that is not a money word), "my $4,800 balance"."""
    if cand.kind != "currency":
        return False
    prev = _prev_word(text, cand.start)
    if cand.comparator is None and cand.rel is None:
        # "hit the $5.0M Q4 plan": the amount is the level the plan names.
        return prev in _ITEM_DETERMINERS and _TARGET_NOUN_AFTER.match(text, cand.end) is None
    # "... receivables to under $5,000": a change to a level is a target, whatever precedes.
    # (not a name: "Cost per acquisition on Google Ads below $60" bounds the cost)
    written = text[:cand.start].rstrip().rsplit(None, 1)[-1:] or [""]
    return (cand.rel != "to" and cand.cmp_phrase in _ITEM_BOUNDS and _is_plural(prev)
            and prev.isalpha() and prev not in _MONEY_WORDS and written[0][:1].islower())


def _is_version(text: str, cand: _Cand, first: _Amount) -> bool:
    """ "upgrade the Rails app to 7.2": a decimal after "to" in an upgrade is a version."""
    if not (cand.kind == "count" and cand.rel == "to" and "." in first.raw
            and cand.noun is None and cand.unit is None):
        return False
    clause_start = 0
    for m in _CLAUSE_END.finditer(text, max(0, cand.start - 120), cand.start):
        clause_start = m.end()
    words = _WORD.findall(text[max(clause_start, cand.start - 120):cand.start].lower())
    return not _VERSION_VERBS.isdisjoint(words)


def _is_bare(cand: _Cand, last: _Amount) -> bool:
    return (cand.kind == "count" and cand.noun is None and cand.unit is None
            and cand.rel is None and cand.comparator is None and cand.low is None
            and cand.baseline is None and not last.plus)


_BRACKET_CLOSE_NOW = re.compile(r"\s{0,2}(?:(?:today|now|currently|at present)\s{0,2})?\)",
                                re.IGNORECASE)


def _baseline_before(text: str, cand: _Cand) -> bool:
    # "up from 42": the relation word "from" is inside the span, the marker before it.
    if cand.rel != "from":
        return False
    # "cut DSO to 42 days (from 51)", "(from £1.2m today)": a "from" alone in brackets is
    # where it starts
    bracketed = text[:cand.start].rstrip().endswith("(") and (
        _BRACKET_CLOSE_NOW.match(text, cand.end) is not None)
    return bracketed or _ends(_BASELINE_MARK, text, cand.lead)


def _read_second(text: str, first: _Amount, claimed: _Claims,
                 money_goal: bool) -> tuple[str, _Amount] | None:
    """A second amount joined to the first: a range or a from/to pair."""
    j = (_CORRECTION_JOIN.match(text, first.end) or _CELL_JOIN.match(text, first.end)
         or _RANGE_JOIN.match(text, first.end))
    if not j:
        return None
    m = _CORE.match(text, j.end())
    if not m:
        return None
    anchor = m.start("num") if m.group("num") else m.start("word")
    if anchor in claimed:
        return None
    second = _read_amount(text, m, money_goal, joined=True)
    if second is None or second.kind == "skip":
        return None
    if j.re is _CORRECTION_JOIN:
        return "correction", second  # "twelve no fifteen weddings": the second stands
    join = ("arrow" if j.re is _CELL_JOIN else  # a table row: baseline cell, target cell
            "dash" if j.group("dash") else "to" if j.group("to") else
            "and" if j.group("and") else "arrow")
    if (first.kind and second.kind and (first.kind, first.unit) != (second.kind, second.unit)
            and not first.kind == second.kind == "currency"):
        return None  # "20% to $5M": two targets, not a range
    if first.kind in (None, "count") and second.kind in (None, "count") and (
            _is_year(first) or _is_year(second)):
        return None
    return join, second


def _merge_second(cand: _Cand, first: _Amount, second: _Amount, join: str) -> None:
    """Fold the second amount in: unit and magnitude are shared ("$1-2M", "15-20%")."""
    if not first.has_mag and second.has_mag and first.currency and not second.currency:
        first.scale = second.scale
    if not second.has_mag and first.has_mag and not second.currency:
        second.scale = first.scale
    if join == "correction":
        # a speaker's correction: "seventy no eighty percent" is eighty percent
        cand.kind = second.kind or first.kind or "count"
        cand.unit, cand.currency = second.unit or first.unit, second.currency or first.currency
        cand.value, cand.end = _clean(second.value * second.scale), second.end
        return
    kind = first.kind or second.kind or "count"
    unit = first.unit or second.unit
    currency = first.currency or second.currency
    v1 = _clean(first.value * first.scale)
    v2 = _clean(second.value * second.scale)
    if second.sign in ("-", "−") and join in ("to", "arrow"):
        v2 = -v2  # "from 140 to -10": the sign is the writer's (a dash joins only ranges)
    cand.kind, cand.unit, cand.currency, cand.end = kind, unit, currency, second.end
    if kind == "currency":
        cand.currency = currency
    if (join == "to" and cand.rel == "from") or join == "arrow":
        cand.value, cand.baseline = v2, v1
        cand.relative = False
    else:
        cand.low, cand.high = min(v1, v2), max(v1, v2)
        cand.value = cand.high
    if second.plus:
        cand.comparator = cand.comparator or "at_least"


def _finish_tail(text: str, cand: _Cand, last: _Amount, claimed: _Claims,
                 money_goal: bool) -> bool:
    """Counted noun, pool ("3 of 5 deals"), money word, physical unit, trailing comparator."""
    if last.plus:
        cand.comparator = cand.comparator or "at_least"
    if cand.kind == "count" and cand.unit is None:
        m = _MONEY_NOUN.match(text, cand.end)
        if m and (last.has_mag or last.value * last.scale >= 1000):
            cand.kind, cand.noun = "currency", re.sub(r"\s+", " ", m.group("n"))
            cand.noun = re.sub(r"^(?:in|of) ", "", cand.noun, flags=re.IGNORECASE)
        else:
            if not _read_count_tail(text, cand, last, claimed):
                return False
    if cand.kind not in ("count",) or cand.unit is not None:
        rel_after = _REL_AFTER.match(text, cand.end)
        if rel_after:
            cand.relative = True
    m = _AFTER_CMP.match(text, cand.end)
    if m and cand.comparator is None:
        cand.comparator = "at_least" if m.group("least") else "at_most"
        cand.end = m.end()
    return True


def _read_count_tail(text: str, cand: _Cand, last: _Amount, claimed: _Claims) -> bool:
    m = _TIME_OF_DAY.match(text, cand.end)
    if m:
        return False
    pool = _POOL.match(text, cand.end)
    if pool and cand.low is None:
        noun, end, _ = _read_noun(text, pool.end(), claimed)
        if noun and _num_value(pool.group("n")) >= (cand.value or 0):
            cand.noun, cand.end = noun, end
            return True
        if pool.group("out") and not noun:
            den = int(_num_value(pool.group("n")))
            if den in _SCALES and (cand.value or 0) <= den:
                cand.kind, cand.unit, cand.end = "score", f"/{den}", pool.end()
                return True
    partitive = _PARTITIVE.match(text, cand.end) if cand.low is None else None
    if partitive:
        noun, end, _ = _read_noun(text, partitive.end(), claimed)
        if noun and _is_plural(noun.rsplit(" ", 1)[-1]):
            # "win back 15 of the old wholesale customers": 15 customers ("Release 2 of
            # the app" is a label)
            cand.noun, cand.end = noun, end
            return True
    # "10 kg", and a unit glued to its number: "10kg", "5km", "20GB"
    word_m = _NOUN_WORD.match(text, cand.end) or _GLUED_UNIT.match(text, cand.end)
    if (word_m and _unit_like(word_m.group(1)) and not last.is_word
            and _read_physical(text, cand, last, word_m)):
        return True
    noun, end, more = _read_noun(text, cand.end, claimed)
    if noun:
        cand.noun, cand.end = noun, end
    if more:
        cand.relative = True
    # "a 3-year deal", "two-way": a hyphenated adjective, not a count
    return not (text[cand.end:cand.end + 1] == "-" and text[cand.end + 1:cand.end + 2].isalpha())


def _read_physical(text: str, cand: _Cand, last: _Amount, word_m: re.Match[str]) -> bool:
    words = list(re_finditer_limit(text, word_m.start(), 3))
    snippet_end = words[-1] if words else word_m.end()
    snippet = text[last.num_start:snippet_end]
    found = _physical(snippet)
    if found is None:
        return False
    value, symbol, entity, end = found
    cand.end = last.num_start + end
    if entity == "time":
        cand.kind, cand.unit = "duration", symbol
    elif entity == "currency":
        cand.kind = "currency"
    else:
        cand.kind, cand.unit = "count", symbol
    if cand.low is None:
        cand.value = _clean(value)
    return True


def re_finditer_limit(text: str, pos: int, limit: int) -> Iterable[int]:
    """End offsets of up to ``limit`` words from ``pos`` (the phrase sent to quantulum3)."""
    for _ in range(limit):
        m = _NOUN_WORD.match(text, pos)
        if not m:
            return
        pos = m.end()
        yield pos


def _label_verb_opens(text: str, pos: int) -> bool:
    """ "Release | two case studies", "we will issue | 40 refunds": the word before ``pos``
    is a label word that is also a verb, and it opens the clause."""
    toks = _tail_tokens(text, pos)
    if not toks or toks[-1][0] not in _LABEL_VERBS:
        return False
    if len(toks) == 1:
        return not text[:toks[-1][1]].strip()
    before = toks[-2][0]
    return before in _CLAUSE_OPENERS or before.endswith((",", ";", ":"))


def _count_allowed(text: str, cand: _Cand, first: _Amount, last: _Amount) -> bool:
    """Labels, IDs, scope numbers and pairs of labels are not counts."""
    if first.sign is None and _ends(_LABEL_BEFORE, text, first.start) and not (
            _label_verb_opens(text, first.start)):
        return False  # "SOC 2", "Windows 11", "Tier 1 accounts"
    place = _PLACE_BEFORE.find(text, first.start) if first.sign is None else None
    if place is not None and text[place].isupper() and (
            text[:place].strip() or _SUBJECT_AFTER.match(text, first.end)):
        return False  # "the Terminal 2 gates", "Ward 7 to cut ..." (not "Plant 20,000 trees")
    if not first.is_word and "," not in first.raw and len(first.raw.split(".")[0]) >= 7:
        return False  # an ID or a phone number written as one run of digits
    if cand.rel is None and cand.comparator is None and _ends(_SCOPE_BEFORE, text, cand.start) \
            and not _ends(_AIMED_FOR, text, cand.start):
        return False  # "our 3 regions" (but "aim for 20 demos")
    # "tier 1 or 2 customers": the second label of a pair
    toks = _tail_tokens(text, first.start)
    return not (len(toks) >= 2 and toks[-1][0] in ("or", "and", "&", "to")
                and toks[-2][0].isdigit() and _ends(_LABEL_BEFORE, text, toks[-2][1]))


def _duration_allowed(text: str, cand: _Cand, first: _Amount) -> bool:
    """A duration is a target unless it is a time window ("in 3 months", "for 2 weeks")."""
    if cand.comparator is not None:
        return cand.cmp_phrase != "over"
    if cand.rel in ("to", "by", "from", "up", "down"):
        return True
    if first.hyphen:  # "a 2-hour response time": a target only after "to", "achieve"...
        toks = _tail_tokens(text, cand.start)
        if toks and toks[-1][0] in ("a", "an", "the"):
            toks = toks[:-1]
        return bool(toks) and toks[-1][0] in _LEVEL_WORDS
    return not _ends(_WINDOW_BEFORE, text, cand.start)


def _month_next_to(text: str, first: _Amount, last: _Amount) -> bool:
    if _ends(_MONTH_BEFORE, text, first.start):
        return True
    return first.kind is None and _MONTH_AFTER.match(text, last.end) is not None


def _is_year(amount: _Amount) -> bool:
    raw = amount.raw
    return (not amount.is_word and len(raw) == 4 and raw.isdigit()
            and 1900 <= int(raw) <= 2100 and amount.currency is None)


def _score_metric(text: str, pos: int) -> str | None:
    """The score metric named just before ``pos`` ("NPS of at least"), or None."""
    toks = _tail_tokens(text, pos)
    end = len(toks)
    for _ in range(4):
        k = _SCORE_METRIC_BEFORE.longest(toks, end)
        if k:
            phrase = _SCORE_METRIC_BEFORE.phrases[tuple(t[0] for t in toks[end - k:end])]
            return str(_SCORE_METRICS[phrase.lower()])
        k = _SCORE_CONNECTORS.longest(toks, end)
        if not k:
            return None
        end -= k
    return None


def _maybe_score(text: str, cand: _Cand) -> None:
    """A count read as a score: after a score metric ("NPS of 50"), with one as its noun
    ("a 3.7 GPA"), or bare in a clause that names one ("lift NPS for X from 31 to 45")."""
    metric = _score_metric(text, cand.lead)
    if metric is None and cand.noun is not None:
        metric = _SCORE_METRICS.get(cand.noun.lower())
    if metric is None and cand.noun is None:
        metric = _score_metric_in_clause(text, cand.lead)
    if metric is not None:
        cand.kind, cand.unit, cand.noun = "score", metric, None


def _score_metric_in_clause(text: str, pos: int) -> str | None:
    """A one-word score metric earlier in the clause, with no other number in between."""
    for word, _ in reversed(_tail_tokens(text, pos)):
        word = word.rstrip(".,;:!?")
        if word in _SCORE_CLAUSE_WORDS:
            return str(_SCORE_METRICS[word])
        if word in _CLAUSE_BREAK_WORDS or any(ch.isdigit() for ch in word):
            return None
    return None


def _fix_score_unit(text: str, cand: _Cand) -> None:
    """"CSAT of 4.5/5": the metric and the scale together."""
    if cand.kind != "score" or not (cand.unit or "").startswith("/"):
        return
    metric = _score_metric(text, cand.lead)
    if metric:
        cand.unit = f"{metric}{cand.unit}"


# ---------------------------------------------------------------- other recognisers


def _read_frequencies(text: str, claimed: _Claims) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _FREQUENCY.finditer(text):
        if m.start() in claimed:
            continue
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.#"):
            continue
        tail = _FREQ_TAIL.match(text, m.end())
        if not tail and (not (m.group("tw") or m.group().lower().endswith("times"))
                         or not _ends(_CMP_BEFORE, text, m.start())):
            continue  # "at least twice" needs no period; "5 days", "1x" need one
        if m.group("num"):
            value = _num_value(m.group("num"))
        elif m.group("word"):
            value = _word_number(m.group("word"))
        else:
            value = _TIMES_WORDS[m.group("tw").lower()]
        period = (tail.group("per") or "").lower() if tail else ""
        per = (_FREQ_PERIODS.get(re.sub(r"\s+", " ", period)) if period
               else _FREQ_ADVERBS[tail.group("adv").lower()] if tail else None)
        start, rel, cmp_phrase, comparator = _read_left(text, m.start())
        out.append(_Cand(start=start, end=tail.end() if tail else m.end(), kind="frequency",
                         value=float(value), unit=f"per {per}" if per else None,
                         comparator=comparator, rel=rel,
                         cmp_phrase=cmp_phrase, relative=False, lead=m.start(),
                         anchors=[m.start()]))
    return out


# "deploy frequency from weekly to daily", "Release cadence: monthly": the level a measure of
# how often is set at, said as a cadence word (once per that period).
_CADENCE_WORD = _alt(_FREQ_ADVERBS)
_CADENCE_LEVEL = re.compile(
    r"(?i)(?<![\w])(?:frequency|cadence)(?![\w])[^.;!?\n]{0,40}?"
    r"(?:(?<![\w])to\s{1,2}|:\s{0,2})(?P<adv>" + _CADENCE_WORD + r")(?![\w])")


# A letter grade a student aims at: "raise my math grade to a B", "a C+ or better in
# algebra", "Chem grade >= B-", "get an A in chemistry". Read only after a word that sets
# a level, and only where the goal speaks of grades or names the class ("in ...").
_LETTER_GRADE = re.compile(
    r"(?<![\w])(?P<lead>(?:(?:to|at least|get|earn|achieve|score|make|keep|maintain|hold)"
    r"[ \t]+(?:an?[ \t]+)?)|(?:>=|≥|at least)[ \t]*)"
    r"(?P<g>[A-DF][+-]?)(?![\w+\-])(?P<tail>[ \t]+or[ \t]+(?:better|higher|above))?")
_GRADE_CONTEXT = re.compile(r"(?i)(?<![\w])(?:grades?|marks?|gpa|report card)(?![\w])")
_GRADE_CLASS_AFTER = re.compile(r"[ \t]+(?:or[ \t]+(?:better|higher|above)[ \t]+)?in[ \t]+\w")
_GRADE_POINTS = {"A": 4.0, "B": 3.0, "C": 2.0, "D": 1.0, "F": 0.0}


def _read_letter_grades(text: str, claimed: _Claims) -> list[_Cand]:
    """Letter grades as score targets, on the usual 4-point scale (B+ is 3.3)."""
    out: list[_Cand] = []
    graded = _GRADE_CONTEXT.search(text) is not None
    for m in _LETTER_GRADE.finditer(text):
        start = m.start("g")
        if start in claimed or not (graded or _GRADE_CLASS_AFTER.match(text, m.end("g"))):
            continue
        grade = m.group("g")
        value = _GRADE_POINTS[grade[0]] + {"+": 0.3, "-": -0.3}.get(grade[1:], 0.0)
        lead = m.group("lead").strip().lower()
        at_least = bool(m.group("tail")) or lead.startswith((">=", "≥", "at least"))
        begin = m.start() if lead.startswith(("to", ">=", "≥", "at least")) else start
        out.append(_Cand(start=begin, end=m.end(), kind="score", value=round(value, 1),
                         unit="grade", comparator="at_least" if at_least else None,
                         rel="to" if lead.startswith("to") else None, cmp_phrase=None,
                         relative=False, lead=start, anchors=[start]))
    return out


def _read_cadence_levels(text: str, claimed: _Claims) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _CADENCE_LEVEL.finditer(text):
        if m.start("adv") in claimed:
            continue
        per = _FREQ_ADVERBS[m.group("adv").lower()]
        start = m.start("adv")
        out.append(_Cand(start=start, end=m.end("adv"), kind="frequency", value=1.0,
                         unit=f"per {per}", comparator=None, rel=None, cmp_phrase=None,
                         relative=False, lead=start, anchors=[start]))
    return out


def _read_multiplier_words(text: str, claimed: _Claims) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _MULT_WORD.finditer(text):
        if m.start() in claimed:
            continue
        if m.group("w"):
            blocked = _MULT_NOT_BEFORE.match(text, m.end())
            if blocked and _opens_clause(text, m.start()) and text[m.end()].isspace() and (
                    blocked.group().strip().lower() in _MULT_OBJECTS_AT_START):
                blocked = None  # "Double bookings in APAC": an imperative verb and its object
            if blocked or _ends(_MULT_NOT_AFTER, text, m.start()):
                continue
            value = _MULT_WORDS[m.group("w").lower()]
        elif m.group("half"):
            value = 0.5
        elif m.group("frac") or m.group("share"):
            # "by a third" is a change; "half of" a share of the whole, a level
            share = m.group("share")
            value = _SHARES[share.lower()] if share else _FRACTIONS[m.group("frac").lower()]
            out.append(_Cand(start=m.start(), end=m.end(), kind="percent", value=value,
                             unit="%", relative=not share, lead=m.start(),
                             anchors=[m.start()]))
            continue
        else:
            value = float(m.group("n") or m.group("xn"))
        out.append(_Cand(start=m.start(), end=m.end(), kind="multiplier", value=value,
                         unit="x", relative=True, lead=m.start(), anchors=[m.start()]))
    return out


# A time written on a clock face that measures how long, after a word that bounds or
# moves it: "under 24:30", "from 3:30 to 3:10", "a sub-2:59 marathon", "down to 5:00".
# "by 9:30", "at 10:00" and "9:30 am" are times of day.
_CLOCK = r"\d{1,2}:[0-5]\d(?::[0-5]\d)?"
_CLOCK_TRIGGER = re.compile(r"\d:[0-5]\d")
_CLOCK_DURATION = re.compile(
    rf"(?i)(?<![\w:])(?:(?P<cmp>under|below|sub|sub-|less[ \t]+than|faster[ \t]+than|"
    rf"at[ \t]+most|no[ \t]+more[ \t]+than)[ \t]*|(?P<from>from)[ \t]+(?P<base>{_CLOCK})"
    rf"[ \t]+(?:down[ \t]+)?to[ \t]+|(?P<to>(?:down[ \t]+)?to)[ \t]+)(?P<val>{_CLOCK})"
    r"(?![\d:]|[ \t]*(?:am|pm|a\.m|p\.m|o'clock|hrs?\b|h\b))")


def _clock_value(clock: str) -> float:
    """ "3:30" -> 3.5, "24:30" -> 24.5, "1:02:30" -> 1.0417: in its leading unit."""
    parts = [int(p) for p in clock.split(":")]
    return round(sum(p / 60 ** i for i, p in enumerate(parts)), 4)


def _read_clock_durations(text: str, claimed: _Claims) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _CLOCK_DURATION.finditer(text):
        if m.start("val") in claimed:
            continue
        comparator = "at_most" if m.group("cmp") else None
        baseline = _clock_value(m.group("base")) if m.group("from") else None
        out.append(_Cand(start=m.start(), end=m.end(), kind="duration",
                         value=_clock_value(m.group("val")), comparator=comparator,
                         baseline=baseline, relative=False, lead=m.start("val"),
                         anchors=[m.start("val")] + ([m.start("base")] if baseline else [])))
    return out


def _opens_clause(text: str, pos: int) -> bool:
    """Whether ``pos`` starts the text, a line, or what follows an owner prefix ("Sales: ")."""
    before = text[max(0, pos - 40):pos].rstrip()
    return not before or before[-1] in ":;\n.!?-•*"


def _read_placeholders(text: str, claimed: _Claims, scan_words: bool) -> list[_Cand]:
    out: list[_Cand] = []
    # The full pattern is tried only where a trigger character stands (fast scan).
    for t in _PH_TRIGGER.finditer(text):
        if t.start() in claimed or (out and t.start() < out[-1].end):
            continue
        m = _PLACEHOLDER.match(text, t.start())
        if m is None:
            continue
        cand = _placeholder(text, m, claimed)
        if cand is not None:
            out.append(cand)
    if not scan_words:
        return out
    taken = _Claims((c.start, c.end) for c in out)
    for m in _PH_WORDS_CI.finditer(text):  # "tbd", "to be determined" in any case
        if m.start() in claimed or m.start() in taken or _undecided_input(text, m.start()):
            continue
        out.append(_Cand(start=m.start(), end=m.end(), kind="placeholder", value=None,
                         lead=m.start(), anchors=[m.start()]))
    out.sort(key=lambda c: c.start)
    return out


def _code_name_before(text: str, pos: int) -> bool:
    """Whether the word before ``pos`` makes a letter-and-digit code a name: an article
    ("the N2 exam") or an acronym ("JLPT N2")."""
    before = _tail_tokens(text, pos)
    if not before:
        return False
    word = text[before[-1][1]:pos].strip()
    return before[-1][0] in ("the", "this", "that") or (
        len(word) >= 2 and word.isupper() and word.isalpha())


def _undecided_input(text: str, pos: int) -> bool:
    """ "budget TBD", "owner: TBC": what is undecided is an input, not the target."""
    before = text[:pos].rstrip(" \t:-–—")
    return _ends(_PH_INPUT, before, len(before))


def _placeholder(text: str, m: re.Match[str], claimed: _Claims) -> _Cand | None:
    cand = _Cand(start=m.start(), end=m.end(), kind="placeholder", value=None,
                 lead=m.start(), anchors=[m.start()])
    if m.group("bare"):
        if _ends(_PH_NAME, text, m.start()) or _ends(_MULT_NOT_AFTER, text, m.start()):
            return None
        nxt = _NOUN_WORD.match(text, m.end())
        if nxt is not None and nxt.group(1).lower() in _PH_DATE_WORDS:
            return None  # "by X date": an undecided deadline
        noun_next = bool(nxt and nxt.group(1)[0].islower()
                         and nxt.group(1).lower() not in _STOPWORDS)
        unit_next = _UNIT.match(text, m.end()) is not None
        if not (_ends(_PH_LEAD, text, m.start()) or noun_next or unit_next):
            return None
    coded = m.group("suffixed")
    if coded and coded[1:].isdigit() and _code_name_before(text, m.start()):
        return None  # "the JLPT N2 exam", "the N5 level": a grade's name, not a hidden number
    if m.group("money"):
        # A hidden amount has no value to carry a currency: the code is its unit.
        cand.unit = _SYMBOLS.get(m.group("sym"))
    elif m.group("pct"):
        cand.unit = "%"
    else:
        u = _UNIT.match(text, m.end())
        if u and (u.group("pct") or u.group("points") or u.group("time")) and not (
                u.group("hy")):
            cand.unit = ("%" if u.group("pct") else "pts" if u.group("points") else
                         _TIME_UNITS[re.sub(r"\s+", " ", u.group("time").lower())])
            cand.end = u.end()
        elif not m.group("words") and not m.group("bracket"):
            noun, end, more = _read_noun(text, cand.end, claimed)
            if noun:
                cand.noun, cand.end = noun, end
            if more:
                cand.relative = True
    start, rel, cmp_phrase, comparator = _read_left(text, cand.start)
    cand.start, cand.rel, cand.cmp_phrase, cand.comparator = start, rel, cmp_phrase, comparator
    m2 = _AFTER_CMP.match(text, cand.end)
    if m2 and cand.comparator is None and not m.group("words"):
        cand.comparator = "at_least" if m2.group("least") else "at_most"
        cand.end = m2.end()
    if text[m.start():m.end()].endswith("+") and cand.comparator is None:
        cand.comparator = "at_least"
    return cand


# ---------------------------------------------------------------- confidence


# OKR shorthand: a key result ending in a bracketed score out of 10, "... live (4/10)".
_TRAILING_SCORE = re.compile(r"\((?P<n>\d{1,2}(?:\.\d)?)\s{0,2}/\s{0,2}10\)[\s.;]{0,4}\Z")


# A score in brackets right after a stated confidence: "confidence low (3/10)".
_SCORE_AFTER = re.compile(r"[ \t]{0,2}\([ \t]{0,2}\d{1,2}(?:\.\d)?[ \t]{0,2}/[ \t]{0,2}10"
                          r"[ \t]{0,2}\)")


def _find_confidence(text: str) -> Confidence | None:
    """The first stated confidence. Searched only around each "conf" in the text, and in
    a bracketed score out of 10 that ends the goal."""
    low = text.lower()
    at = low.find("conf")
    if at < 0 and any(word in low for word in _CHANCE_GATE):
        chance = _stated_chance(text)
        if chance is not None:
            return chance
    if at < 0:
        trailing = _TRAILING_SCORE.search(text, max(0, len(text) - 16))
        if trailing is None or float(trailing.group("n")) > 10:
            return None
        return Confidence(text=trailing.group().rstrip(" .;"), span=(
            trailing.start(), trailing.start() + len(trailing.group().rstrip(" .;"))),
            value=float(trailing.group("n")) / 10)
    searched = 0
    while at >= 0:
        pos = max(searched, at - 30)
        while True:
            m = _CONFIDENCE.search(text, pos, at + 60)
            if m is None or m.start() > at:
                break
            value = _confidence_value(text, m)
            if value is not None:
                # "conf low (3/10)": the score in brackets says the same level
                scored = _SCORE_AFTER.match(text, m.end())
                end = scored.end() if scored is not None else m.end()
                return Confidence(text=text[m.start():end], span=(m.start(), end), value=value)
            pos = m.end()
        searched = at
        at = low.find("conf", at + 4)
    return None


def _stated_chance(text: str) -> Confidence | None:
    """A likelihood stated in other words: "realistically it's a 30% chance", "odds are
    3/10" (the writer's confidence, not a target)."""
    m = _CHANCE.search(text)
    if m is None:
        return None
    if m.group("share"):
        share = m.group("share")
        value = (float(share) if share[0].isdigit() else _word_number(share)) / 100
    else:
        scale = m.group("scale").replace(" ", "")
        value = float(m.group("score")) / (10 if scale.startswith("/") else 100)
    if not 0 <= value <= 1:
        return None
    return Confidence(text=m.group(), span=m.span(), value=_clean(value))


def _owned_confidence(text: str, pos: int) -> bool:
    """ "customer confidence": a word that makes the confidence a metric stands right
    before ``pos``. A bracket or a punctuation mark between them breaks the link: in
    "... outside the data team (confidence 3/10)" the confidence is stated, not a metric."""
    toks = _tail_tokens(text, pos)
    if not toks or _CONF_OWNER_BEFORE.longest(toks, len(toks)) == 0:
        return False
    word, start = toks[-1]
    return not text[start + len(word):pos].strip()


def _confidence_value(text: str, m: re.Match[str]) -> float | None:
    if (m.group("w1") or m.group("w3") or m.group("l1")) and _owned_confidence(text, m.start()):
        return None  # "customer confidence": a metric
    if m.group("l1") or m.group("l2"):
        if m.group("l1") and not _CONF_LEVEL_OK_BEFORE.search(text, max(0, m.start() - 12),
                                                              m.start()):
            return None  # "build high confidence in ...": not a stated confidence
        level = (m.group("l1") or m.group("l2")).lower()
        return _CONF_LEVELS.get(re.sub(r"\s+", " ", level))
    raw = m.group("n1") or m.group("n2")
    scale = re.sub(r"\s+", "", m.group("s1") or m.group("s2") or "").lower()
    number = float(raw) if raw[0].isdigit() else _word_number(raw)
    if scale.startswith("/"):
        value = number / float(scale[1:])
    elif scale.startswith("outof"):
        value = number / 10
    elif scale in ("%", "percent", "pct"):
        value = number / 100
    elif number <= 1:
        value = number
    elif number <= 10:
        value = number / 10
    elif number <= 100:
        value = number / 100
    else:
        return None
    return _clean(value) if 0 <= value <= 1 else None


# ---------------------------------------------------------------- post-processing


_SHARE_OF = re.compile(r"\s{1,3}of\s{1,3}(?:all\s{1,3}|the\s{1,3}|our\s{1,3})?[A-Za-z]")


def _decide_relative(text: str, cand: _Cand) -> None:
    if cand.relative is not None:
        return
    if cand.kind in ("ratio", "frequency"):
        cand.relative = False
        return
    if cand.rel in ("by", "up", "down") or cand.sign == "+":
        cand.relative = True
        return
    if cand.rel in ("to", "from"):
        cand.relative = False
        return
    if cand.cmp_phrase and cand.cmp_phrase in _LEVEL_CMP:
        cand.relative = False
        return
    prev = _prev_word(text, cand.start)
    if prev in _LEVEL_WORDS:
        cand.relative = False
        return
    if cand.kind == "percent" and (_SHARE_OF.match(text, cand.end)
                                   or text[:cand.start].rstrip().endswith(":")):
        cand.relative = False  # "40% of claims", "FNOL share: 40%": a level, not a change
        return
    if cand.kind in ("currency", "count", "duration", "score"):
        # An amount is a change only when the text says so ("by", "more", "+"): after a
        # change verb it is the verb's object ("raise $2M", "expand ... 550,000 homes").
        cand.relative = False
        return
    clause_start = 0
    for m in _CLAUSE_END.finditer(text, max(0, cand.start - 200), cand.start):
        clause_start = m.end()
    words = _WORD.findall(text[max(clause_start, cand.start - 200):cand.start].lower())
    cand.relative = not _CHANGE_VERBS.isdisjoint(words)


def _mark_trailing_baselines(text: str, cands: list[_Cand]) -> None:
    """ "reach $10M ARR from $1M", "grow NPS to 50 from 32": a "from" amount after a level of
    the same kind in its clause is where the measure starts (not "hire 5 engineers from 3
    agencies": another noun is counted)."""
    prev = None
    for cand in cands:
        if (cand.rel == "from" and prev is not None and cand.baseline is None
                and prev.baseline is None and not prev.relative and _same_measure(prev, cand)
                and not _CLAUSE_END.search(text, prev.end, cand.start)):
            cand.is_baseline = True
        if not cand.is_baseline:
            prev = cand


def _same_measure(level: _Cand, start: _Cand) -> bool:
    """Whether ``start`` counts what ``level`` does: the same kind, unit and noun, or a bare
    number after a score, a percentage or a count ("NPS to 50 from 32")."""
    if start.noun not in (None, level.noun):
        return False
    bare = start.kind == "count" and start.unit is None and start.currency is None
    return (level.kind, level.currency, level.unit) == (start.kind, start.currency, start.unit) \
        or (bare and start.noun is None and level.kind in ("score", "percent", "count"))


def _attach_baselines(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Give each baseline ("up from 42") to its nearest target in the same sentence."""
    targets = [c for c in cands if not c.is_baseline]
    starts = [t.start for t in targets]  # in text order: _resolve sorted them
    for base in (c for c in cands if c.is_baseline):
        i = bisect_left(starts, base.start)
        owner = None
        if i and not _CLAUSE_END.search(text, targets[i - 1].end, base.start):
            owner = targets[i - 1]
        elif i < len(targets) and not _CLAUSE_END.search(text, base.end, targets[i].start):
            owner = targets[i]
        if owner is not None and owner.baseline is None and owner.kind != "placeholder":
            owner.baseline = base.value
            if owner.relative is None and owner.rel is None:
                owner.relative = False
    return targets


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """Keep the earliest, then longest, of overlapping candidates."""
    cands.sort(key=lambda c: (c.start, -c.end))
    kept: list[_Cand] = []
    for cand in cands:
        if kept and cand.start < kept[-1].end:
            continue
        kept.append(cand)
    return kept


def _adjacent(text: str, prev: _Cand, cand: _Cand) -> bool:
    """Whether two amounts stand side by side, or each before the same word: "from $30k MRR
    to $150k MRR"."""
    gap = text[prev.end:cand.start].split()
    if not gap:
        return True
    after = text[cand.end:cand.end + 40].split()
    return len(gap) == 1 and gap[0].isalpha() and bool(after) and (
        after[0].strip(".,;:").lower() == gap[0].lower())


def _merge_pairs(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Join "from 100 kg" + "to 50 kg" (units read after the pair was looked for)."""
    out: list[_Cand] = []
    for cand in cands:
        prev = out[-1] if out else None
        if (prev is not None and prev.rel == "from" and cand.rel == "to"
                and cand.kind == "count" and cand.unit is None and cand.noun is None
                and prev.unit is not None and prev.kind in ("duration", "count")):
            cand.kind, cand.unit = prev.kind, prev.unit  # "from 31 minutes to under 27"
        if (prev is not None and cand.rel == "to" and _adjacent(text, prev, cand)
                and (prev.kind, prev.unit, prev.currency) == (cand.kind, cand.unit, cand.currency)
                and prev.kind not in ("placeholder", "frequency")
                and None is prev.low is cand.low and None is prev.baseline is cand.baseline
                and prev.value is not None and cand.value is not None):
            if prev.rel == "from":
                prev.baseline, prev.value, prev.relative = prev.value, cand.value, False
                prev.is_baseline = False  # "down from 92 kg | to 84 kg": the pair holds both
            else:
                prev.low, prev.high = sorted((prev.value, cand.value))
                prev.value = prev.high
            prev.end, prev.noun = cand.end, cand.noun or prev.noun
            prev.comparator = prev.comparator or cand.comparator
            continue
        if (prev is not None and cand.kind == "placeholder" and (
                (prev.rel == "from" and text[prev.end:cand.start].strip().lower() in ("", "to"))
                or (prev.baseline is None and _CELL_JOIN.fullmatch(text, prev.end, cand.start)))):
            # "from 14% to X%", "11% | X%" (a KPI row's cells): one undecided target with
            # its start, not two targets
            cand.start, cand.baseline, cand.relative = prev.start, prev.value, False
            if prev.kind not in ("percent", "score", "count"):
                cand.unit = prev.unit  # "from 45 days to TBD": the start's unit, for a reader
            cand.currency = cand.currency or prev.currency
            out[-1] = cand
            continue
        out.append(cand)
    return out


def _claim_dates(text: str) -> list[Span]:
    """Dates and phone numbers: their numbers are never targets."""
    if _DATE_HINT.search(text) is None:
        return []
    return [m.span() for m in _DATES.finditer(text)
            if not (m.start() and text[m.start() - 1].isalnum())]


# ---------------------------------------------------------------- the public reader


def find_targets(text: str, exclude: Sequence[tuple[int, int]] = ()
                 ) -> tuple[list[Target], Confidence | None]:
    """Targets in ``text`` (in text order, exact spans) and the stated confidence, if any.

    ``exclude`` are character spans already claimed by time expressions; no number
    inside them is read as a target. Pure and cached.
    """
    if not isinstance(text, str) or not text:
        return [], None
    key = tuple(sorted((int(s), int(e)) for s, e in exclude))
    targets, confidence = _find_cached(text, key)
    return list(targets), confidence


@lru_cache(maxsize=8192)
def _find_cached(text: str, exclude: tuple[Span, ...]) -> tuple[tuple[Target, ...],
                                                                 Confidence | None]:
    low = text.lower()
    words = frozenset(_WORD.findall(low))
    has_digit = _DIGIT_ANCHOR.search(text) is not None
    number_words = not _NUMBER_WORD_HEADS.isdisjoint(words)
    readers = []  # each reader runs only when its cheap trigger is present
    if not _FREQ_HEADS.isdisjoint(words) or (has_digit and _DIGIT_X.search(text)):
        readers.append(_read_frequencies)
    ph_words = not _PH_HEADS.isdisjoint(words) or "to be" in low or "??" in text
    if ph_words or _PH_TRIGGER.search(text):
        readers.append(partial(_read_placeholders, scan_words=ph_words))
    if not _MULT_HEADS.isdisjoint(words) or _X_DIGIT.search(text):
        readers.append(_read_multiplier_words)
    if has_digit and _CLOCK_TRIGGER.search(text):
        readers.append(_read_clock_durations)
    if _LETTER_GRADE.search(text):
        readers.append(_read_letter_grades)
    confidence = _find_confidence(text) if "conf" in low or text.rstrip(" .;").endswith(
        "10)") or any(word in low for word in _CHANCE_GATE) else None
    if not (readers or has_digit or number_words or "frequency" in words or "cadence" in words):
        return (), confidence
    claimed = _Claims(exclude)
    if has_digit:
        claimed.add(_claim_dates(text))
    if confidence is not None:
        claimed.add([confidence.span])
    money_goal = (not _MONEY_WORDS.isdisjoint(words) or "£" in text
                  or any(p in low for p in _MONEY_PHRASES))
    found: list[_Cand] = []
    for reader in readers:
        new = _resolve([c for c in reader(text, claimed)
                        if not any(a in claimed for a in c.anchors)])
        found += new
        claimed.add((c.start, c.end) for c in new)
    if has_digit or number_words:
        found += _read_numbers(text, claimed, money_goal, number_words)
    if "frequency" in words or "cadence" in words:
        # (a cadence word is claimed as a time; here it is the level a frequency is set at)
        found += _read_cadence_levels(text, _Claims((c.start, c.end) for c in found))
    found = _merge_pairs(text, _resolve(found))
    for cand in found:
        _fix_score_unit(text, cand)
    _mark_trailing_baselines(text, found)
    targets = _attach_baselines(text, found)
    reasons = reason_spans(text) if has_digit or number_words or readers else ()
    if reasons:  # "... so that we can fund 18 months of runway": a why, not a target
        targets = [c for c in targets if not in_spans(c.start, reasons)]
    for cand in targets:
        _decide_relative(text, cand)
    return tuple(c.target(text) for c in targets), confidence


# ---------------------------------------------------------------- the spaCy component


# "in their first 90 days": a window over the items' lives, not a duration target.
_FIRST_WINDOW = re.compile(r"(?<![\w])(?:first|1st|initial)(?![\w])", re.IGNORECASE)


def _timex_exclusions(doc: Doc) -> tuple[list[Span], list[Any]]:
    """Spans to exclude, and the duration timeframes that are themselves targets."""
    parts = goal_parts(doc)
    exclude: list[Span] = []
    durations = []
    for tf in parts.timeframes:
        if tf.kind == "duration" and _FIRST_WINDOW.search(tf.text) is None:
            durations.append(tf)
        elif tf.kind == "cadence" and _FREQUENCY.search(tf.text) and _FREQ_TAIL.search(tf.text):
            continue  # "3 times a week": the frequency is a target, let it be read
        else:
            exclude.append((int(tf.span[0]), int(tf.span[1])))
    return exclude, durations


def _duration_target(text: str, tf: Any) -> Target:
    """A Target for a duration timeframe ("within 24 hours") that the reader did not find."""
    start, end = int(tf.span[0]), int(tf.span[1])
    inner, _ = find_targets(text[start:end])
    number = _DIGIT_ANCHOR.search(text, start, end)
    if number and not any(t.kind == "duration" for t in inner):
        # "for 30 minutes": read the amount without the window word that hides it
        start = number.start()
        inner, _ = find_targets(text[start:end])
    for t in inner:
        if t.kind == "duration":
            return replace(t, span=(start + t.span[0], start + t.span[1]))
    m = re.search(r"(?<![\w])(?:a|an|one)\s{1,3}(" + _alt(_U["time"])[3:-1] + ")",
                  text[start:end], re.IGNORECASE)
    unit = _TIME_UNITS.get(re.sub(r"\s+", " ", m.group(1).lower())) if m else None
    comparator = "at_most" if re.match(r"\s*(?:within|under|in less than|less than)",
                                       text[start:end], re.IGNORECASE) else None
    return Target(text=text[start:end], span=(start, end), kind="duration",
                  value=1.0 if m else None, unit=unit, comparator=comparator)


class QuantitiesComponent:
    """Fills ``goal_parts(doc).targets`` and ``.confidence``; runs after goalsmith_timex."""

    def __call__(self, doc: Doc) -> Doc:
        parts = goal_parts(doc)
        exclude, durations = _timex_exclusions(doc)
        targets, confidence = find_targets(parts.text, exclude)
        for tf in durations:
            span = (int(tf.span[0]), int(tf.span[1]))
            if not any(t.kind == "duration" and t.span[0] < span[1] and span[0] < t.span[1]
                       for t in targets):
                targets = [t for t in targets if not _overlaps(t.span, [span])]
                targets.append(_duration_target(parts.text, tf))
        targets.sort(key=lambda t: t.span)
        parts.targets = targets
        parts.confidence = confidence
        return doc


@Language.factory("goalsmith_quantities")
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    """The ``goalsmith_quantities`` pipeline component."""
    return QuantitiesComponent()
