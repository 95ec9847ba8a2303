"""Time expressions: deadlines, periods, durations, cadences and vague time.

``find_timeframes`` reads a goal and returns every time expression in it, each
resolved against a reference date and a fiscal calendar (RUBRIC.md, "T:
Time-bound" and "Conventions for resolving time"). It works in three passes over
a lower-cased copy of the text (same length, so spans map back exactly):

1. **cores**: compiled regexes find what names a date or a period ("Q3 FY27",
   "March 31", "next quarter", "2027-06-30", "within the next 90 days"...), each
   resolved to its days by ``goalsmith.calendar``;
2. **context**: the words just before and after a core decide what the goal does
   with it: "by"/"until" make a deadline, "in"/"during" a period, "before" the day
   before, "starting" a start with no end, "end of"/"mid-"/"early" pick a point.
   Cores that only mean time in context (a bare "2027", "the quarter", "by 3/31")
   are dropped without it, which is what keeps "95%", "31 meetings" or "Windows
   11" out;
3. **phrases**: word lists from ``data/time.toml`` find vague time ("soon",
   seasons, "after the reorg", "TBD") and cadences ("per week", "monthly"), where
   no resolved expression already covers the text.

dateparser is used only for an isolated explicit date written in a form the
patterns find but do not resolve themselves (year first with a month name),
imported lazily and cached per span.

Decisions beyond the rubric (kept here so rules and docs can cite them):

* a quarter or half with a calendar year ("Q3 2027", "H1 2027", "first half of
  2027") is a calendar one; with "FY"/"fiscal" a fiscal one; with no year it
  follows the fiscal grid (the calendar grid when the fiscal year starts in January);
* "this/next/last year", "year-end" and "EOY" are calendar years; "this fiscal
  year", "FY", "EOFY" fiscal ones; "this/next quarter" and "EOQ" follow the fiscal
  quarter grid (identical to the calendar grid for starts in Jan/Apr/Jul/Oct);
* an ambiguous numeric date "03/04/2027" is month first (DATE_ORDER MDY); with dots
  ("03.04.2027") day first; a first number above 12 is always the day;
* in a goal, a bare month or year is time only after a time word ("in May", "by
  2028", "mid-2027"): "the May campaign", "2027 plan", "by 2000 users" are not;
  ``resolve_period`` reads headings and answers leniently ("2027 Sales Plan", "March");
* "next Friday" is the coming Friday, like "by Friday" and "this Friday";
* "last quarter" after a comparison word ("over last year", "vs last quarter",
  "last year's") is a baseline, not a time frame, and is not reported; past
  windows ("the past 12 months") likewise;
* "within N units" is a deadline N units from today, except that hours, minutes,
  "in under N", "within N days of <event>", "in the first 90 days", "for N months"
  and service-level verbs ("respond", "resolve tickets") make it a duration;
* "early <period>" is the end of its first third, "mid" its middle, "late" its
  last day (see ``goalsmith.calendar.point_in``);
* an undated event ("after the reorg") is a vague timeframe with granularity
  "event"; durations in hours or minutes have granularity "hour"/"minute".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
from operator import itemgetter
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from goalsmith import calendar as cal
from goalsmith.data import load_data, phrases
from goalsmith.goal import Timeframe
from goalsmith.pipeline.extensions import goal_parts

__all__ = ["TimexComponent", "find_timeframes", "in_spans", "make_timex", "opens_complement",
           "reason_spans",
           "resolve_period"]

_DATA = load_data("time")
ONE_DAY = timedelta(days=1)

# ---------------------------------------------------------------------------
# Text normalisation and tokens
# ---------------------------------------------------------------------------

# Same-length replacements, so that offsets in the normalised text are offsets in
# the original: curly quotes and dashes read as their ASCII forms.
_SAME_LENGTH = str.maketrans({"’": "'", "‘": "'", "`": "'", "–": "-", "—": "-",
                              "‐": "-", "‑": "-", "−": "-", "\u00a0": " "})
_SAME_LENGTH_ASCII = tuple((chr(k), v) for k, v in sorted(_SAME_LENGTH.items()) if k < 128)

# Words (with apostrophes) and single punctuation marks; hyphens act as spaces.
_TOKEN_RE = re.compile(r"[a-z0-9']+|[^\sa-z0-9'\-]")


_SPOKEN = _DATA["spoken"]


def _spoken_two_digits() -> dict[str, int]:
    """ "seven" -> 7, "twenty seven" -> 27, "thirty" -> 30: a year's last two digits."""
    words = {**_SPOKEN["year_units"], **_SPOKEN["year_teens"]}
    for ten, tens_value in _SPOKEN["year_tens"].items():
        words[ten] = tens_value
        words.update({f"{ten} {unit}": tens_value + value
                      for unit, value in _SPOKEN["year_units"].items()})
    return words


_SPOKEN_YY = _spoken_two_digits()
_YY_ALT = "|".join(sorted((w.replace(" ", r"[\s-]") for w in _SPOKEN_YY), key=len,
                          reverse=True))
# a year's second half said as a number of ten or more ("twenty | twenty seven"), so that
# "twenty five percent" stays a number
_YEAR_YY_ALT = "|".join(sorted((w.replace(" ", r"[\s-]") for w, v in _SPOKEN_YY.items()
                                if v >= 10), key=len, reverse=True))
_SPACES_RE = re.compile(r"[\s-]+")
_SPOKEN_RE = re.compile(
    r"(?<![\w])(?:(?P<p>" + "|".join(_SPOKEN["period_letters"]) + r")\s("
    + "|".join(_SPOKEN["period_numbers"]) + r")"  # "q two"
    + r"|(?:twenty\s(?P<y>" + _YEAR_YY_ALT + r")"  # "twenty twenty seven"
    + r"|two\sthousand(?:\sand)?\s(?P<y2>" + _YY_ALT + r"))"  # "two thousand and eight"
    + r"|(?P<fy>fy)\s(?P<fyy>" + _YY_ALT + r"))(?![\w-])")


def _spoken_times(low: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``low`` with periods and years said aloud written as digits, padded to the same
    length, and the spans replaced (a time read there is widened to the whole words)."""
    if "twenty" not in low and "thirty" not in low and " one" not in low and (
            " two" not in low and " three" not in low and " four" not in low):
        return low, ()
    regions: list[tuple[int, int]] = []

    def digits(m: re.Match[str]) -> str:
        if m["p"]:
            said = m["p"] + str(_SPOKEN["period_numbers"][m.group(2)])
        else:
            two = _SPOKEN_YY[_SPACES_RE.sub(" ", m["y"] or m["y2"] or m["fyy"])]
            said = f"fy{two:02d}" if m["fyy"] else f"20{two:02d}"
        regions.append(m.span())
        return said.ljust(len(m.group()))

    return _SPOKEN_RE.sub(digits, low), tuple(regions)


def _widened(frame: _Frame, regions: tuple[tuple[int, int], ...]) -> _Frame:
    """``frame`` over the whole of any spoken words its span cuts ("q two" read as "q2")."""
    start, end = frame.start, frame.end
    for lo, hi in regions:
        if lo < end < hi:
            end = hi
        if lo < start < hi:
            start = lo
    return frame if (start, end) == (frame.start, frame.end) else replace(
        frame, start=start, end=end)


def _normalise(text: str) -> str:
    """Lower-case ``text`` without changing its length (so spans stay exact)."""
    low = text.lower()
    if low.isascii():
        # str.translate with this table walks the text in Python-level steps; ASCII text
        # only needs the table's few ASCII entries (the backtick).
        for old, new in _SAME_LENGTH_ASCII:
            if old in low:
                low = low.replace(old, new)
        return low
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return low.translate(_SAME_LENGTH)


def _key(phrase: str) -> str:
    """A phrase as the token matcher sees it: tokens joined by single spaces."""
    return " ".join(_TOKEN_RE.findall(_normalise(phrase)))


def _alt(words: Any) -> str:
    """A regex matching any of the literal phrases (the longest it can); spaces match 1-3.

    The phrases are laid out as a trie ("jan(?:uary)?" rather than "january|jan"): the
    regex engine then rejects a position after one character test instead of trying
    every phrase, which is what keeps lists of a hundred phrases cheap.
    """
    trie: dict[str, Any] = {}
    for word in {_normalise(w) for w in words if w}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [(r"\s{1,3}" if char == " " else re.escape(char)) + _trie_regex(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a phrase may end here: the rest is optional (greedy, so longest first)
        return f"(?:{body})?"
    return body


def _table(section: dict[str, list[str]]) -> dict[str, str]:
    """{phrase key: class} from a TOML table of class = [phrases]."""
    return {_key(p): cls for cls, phrases in section.items() for p in phrases}


class _Ctx:
    """One text being read: the original, its normalised form and its tokens."""

    def __init__(self, text: str, today: date, fiscal_start: int,
                 lenient: bool = False) -> None:
        self.text = text
        self.lenient = lenient  # a heading or an answer: bare months and years count
        self.low, self.spoken = _spoken_times(_normalise(text))
        low = self.low
        self.today = today
        self.fiscal_start = fiscal_start
        self._tokens: list[tuple[int, int, str]] | None = None
        # Cheap gate: which letter runs occur, plus "#" for digits and "/" for slashes.
        words = set(_LETTERS_RE.findall(low))
        if _DIGIT_RE.search(low):
            words.add("#")
        if "/" in low:
            words.add("/")
        self.words = words

    def _index(self) -> list[tuple[int, int, str]]:
        if self._tokens is None:
            # C-level helpers only: this runs once per text and is on the hot path.
            spans = list(map(_SPAN, _TOKEN_RE.finditer(self.low)))
            self._starts = list(map(_FIRST, spans))
            self._ends = list(map(_SECOND, spans))
            words = _TOKEN_RE.findall(self.low)
            self._tokens = list(zip(self._starts, self._ends, words, strict=True))
        return self._tokens

    def before(self, pos: int, count: int = 12) -> list[tuple[int, str]]:
        """(start, token) of up to ``count`` tokens ending at or before ``pos``."""
        tokens = self._index()
        last = bisect_right(self._ends, pos)
        return [(start, word) for start, _, word in tokens[max(0, last - count):last]]

    def after(self, pos: int, count: int = 8) -> list[tuple[int, str]]:
        """(end, token) of up to ``count`` tokens starting at or after ``pos``."""
        tokens = self._index()
        first = bisect_left(self._starts, pos)
        return [(end, word) for _, end, word in tokens[first:first + count]]


_SPAN = re.Match.span
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)
_LETTERS_RE = re.compile(r"[a-z]+")
_FILLERS = frozenset(phrases("chat_fillers"))
_DIGIT_RE = re.compile(r"\d")


def _match_tail(tokens: list[tuple[int, str]], table: dict[str, str],
                longest: int) -> tuple[str, str, int] | None:
    """The longest phrase of ``table`` that ends the token list: (phrase, class, start)."""
    if not tokens or tokens[-1][1] not in _last_words(table):
        return None
    for size in range(min(longest, len(tokens)), 0, -1):
        phrase = " ".join(word for _, word in tokens[-size:])
        cls = table.get(phrase)
        if cls is not None:
            return phrase, cls, tokens[-size][0]
    return None


def _match_head(tokens: list[tuple[int, str]], table: dict[str, str],
                longest: int) -> tuple[str, str, int] | None:
    """The longest phrase of ``table`` that starts the token list: (phrase, class, end)."""
    if not tokens or tokens[0][1] not in _first_words(table):
        return None
    for size in range(min(longest, len(tokens)), 0, -1):
        phrase = " ".join(word for _, word in tokens[:size])
        cls = table.get(phrase)
        if cls is not None:
            return phrase, cls, tokens[size - 1][0]
    return None


_EDGE_WORDS: dict[tuple[int, int], frozenset[str]] = {}


def _last_words(table: dict[str, str]) -> frozenset[str]:
    """The words phrases of ``table`` end with (a quick test before joining tokens)."""
    found = _EDGE_WORDS.get((id(table), -1))
    if found is None:
        found = _EDGE_WORDS[(id(table), -1)] = frozenset(k.split()[-1] for k in table if k)
    return found


def _first_words(table: dict[str, str]) -> frozenset[str]:
    found = _EDGE_WORDS.get((id(table), 0))
    if found is None:
        found = _EDGE_WORDS[(id(table), 0)] = frozenset(k.split()[0] for k in table if k)
    return found


def _longest(table: dict[str, str]) -> int:
    return max((len(k.split()) for k in table), default=1)


# ---------------------------------------------------------------------------
# Word tables from data/time.toml
# ---------------------------------------------------------------------------

def _spellings(section: dict[str, list[str]]) -> dict[str, int]:
    return {_normalise(s): int(num) for num, spellings in section.items() for s in spellings}


MONTHS = _spellings(_DATA["months"])
WEEKDAYS = _spellings(_DATA["weekdays"])
AMBIGUOUS = frozenset(_normalise(w) for w in _DATA["ambiguous_names"]["words"])
UNITS = {_normalise(s): unit for unit, spellings in _DATA["units"].items() for s in spellings}
SHORT_UNITS = frozenset(_DATA["units_needing_digits"]["words"])
SUB_DAY_UNITS = frozenset(_DATA["sub_day_units"]["words"])
NUMBERS = {_key(k): float(v) for k, v in _DATA["numbers"].items()}
VAGUE_COUNTS = frozenset(_key(w) for w in _DATA["vague_counts"]["words"])
ORDINALS = {_normalise(k): int(v) for k, v in _DATA["ordinals"].items()}
HALF_WORDS = {_normalise(k): int(v) for k, v in _DATA["half_words"].items()}
RELATIVE = {_key(k): int(v) for k, v in _DATA["relative_words"].items()}
RELATIVE_BARE = {k.removeprefix("the "): v for k, v in RELATIVE.items()}
ENDS = {_normalise(k): v for k, v in _DATA["ends"].items()}
DAYS = {_normalise(k): int(v) for k, v in _DATA["days"].items()}
HOLIDAYS = {_normalise(k): tuple(int(x) for x in v.split("-"))
            for k, v in _DATA["holidays"].items()}

PREFIXES = _table(_DATA["prefixes"])
_FAST = {_key(p): "fast" for p in _DATA["duration"]["fast_prefixes"]}
PREFIX_TABLE = {**PREFIXES, **_FAST}
PREFIX_LONGEST = _longest(PREFIX_TABLE)
SUFFIXES = _table(_DATA["suffixes"])
SUFFIX_LONGEST = _longest(SUFFIXES)
# A "the" before or after a modifier is read separately ("by the end of the quarter").
MODIFIERS = {_key(p).removeprefix("the ").removesuffix(" the"): cls
             for cls, phrases in _DATA["modifiers"].items() for p in phrases}
MODIFIER_LONGEST = _longest(MODIFIERS)
COMPARISONS = {_key(w): "comparison" for w in _DATA["comparison_words"]["words"]}
COMPARISON_LONGEST = _longest(COMPARISONS)
EVENT_LINKS = {_key(w): "link" for w in _DATA["duration"]["event_links"]}
SLA_WORDS = frozenset(_key(w) for w in _DATA["duration"]["sla_verbs"])
SLA_COMPOUNDS = frozenset(_key(w) for w in _DATA["duration"]["sla_compounds"])
CLAUSE_BREAKS = frozenset(_DATA["duration"]["clause_breaks"]) | set(",.;:!?()[]")
NOT_A_PERIOD = frozenset(_key(w) for w in _DATA["not_a_period"]["words"])
BASELINE_NOUNS = frozenset(_DATA["comparison_words"]["baseline_nouns"])
WINDOW_NEXT = frozenset(_DATA["window_words"]["words"])
SPECIFIC_WORDS = frozenset(_DATA["duration"]["specific_words"])
NOUN_PHRASE_BREAKS = frozenset(_DATA["duration"]["noun_phrase_breaks"])
ATTRIBUTIVE_DETERMINERS = frozenset(_DATA["attributive"]["determiners"])
ATTRIBUTIVE_NOT_NOUNS = frozenset(_DATA["attributive"]["not_nouns"])
ATTRIBUTIVE_TARGETS = frozenset(_DATA["attributive"]["target_nouns"])
WEEKDAY_FOLLOWERS = frozenset(_DATA["attributive"]["weekday_followers"])

# The granularity reported for each calendar unit.
GRANULARITY = {"business_day": "day", "fiscal_year": "year"}

# ---------------------------------------------------------------------------
# Regex pieces
# ---------------------------------------------------------------------------

_S = r"\s{1,3}"
_OS = r"\s{0,3}"
_YEAR4 = r"(?:19|20)\d{2}"
_MONTH = _alt(MONTHS)
_WEEKDAY = _alt(WEEKDAYS)
_REL = _alt(RELATIVE_BARE)
# Singular spellings only: "the coming months" is vague, "the coming month" is not.
_PERIOD_UNITS = {s: u for s, u in UNITS.items()
                 if u in ("week", "month", "quarter", "half", "year") and not s.endswith("s")
                 and s not in SHORT_UNITS}
_PERIOD_UNIT = _alt(_PERIOD_UNITS)
_FISCAL_WORD = r"(?:fiscal|financial)"
# A year reference after a quarter, half or month: "2027", "'27", "FY27", "of next year".
_YREF = (
    r"(?:(?:fy|fiscal(?:\s{1,3}year)?|financial\s{1,3}year|cy|calendar(?:\s{1,3}year)?)"
    r"\s{0,2}'?-?\s{0,2}(?:\d{4}|\d{2})(?!\d)"
    r"|'\s?\d{2}(?![\d%])"
    rf"|{_YEAR4}(?![\d%]|[.,]\d)"
    rf"|(?:the{_S})?(?:{_REL}){_S}(?:(?:fiscal|calendar|financial){_S})?(?:year|fy)(?![\w])"
    rf"|the{_S}(?:(?:fiscal|calendar|financial){_S})?year(?![\w])"
    r")"
)
_YREF_SUFFIX = (rf"(?:\s{{0,2}}(?:,\s{{0,2}}|of{_S}|in{_S}|/\s{{0,2}}|-\s{{0,2}})?"
                rf"(?P<yref>{_YREF}))")
_NUM_WORDS = _alt(NUMBERS)
_TENS_WORDS = frozenset({"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                         "ninety"})
_ONES_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"})
_ALL_UNITS = _alt(UNITS)
# Cores that can modify a noun: "the Q1 plan", "the FY28 budget", "the 2027 intake".
_YEAR_KINDS = frozenset({"fiscal", "financial", "calendar"})
_ATTRIBUTIVE_CORE_RE = re.compile(
    rf"(?:q[1-4]|h[12]|[1-4][qh]|fy|cy|fiscal|financial|calendar|year|{_YEAR4}|{_WEEKDAY})")


_GUARD_RE = re.compile(r"^\(\?<!\[((?:[^\]\\]|\\.)+)\]\)")


@dataclass(frozen=True)
class _Pattern:
    """A compiled pattern whose leading ``(?<![...])`` guard is checked in Python.

    A pattern that starts with a lookbehind cannot use the regex engine's fast scan
    for its first character; moving the guard out makes every pattern several times
    faster on typical goals.
    """

    regex: re.Pattern[str]
    word_before: bool  # a letter, digit or underscore before the match rejects it
    chars_before: frozenset[str]

    def finditer(self, text: str) -> list[re.Match[str]]:
        found = []
        pos = 0
        search = self.regex.search
        while (m := search(text, pos)) is not None:
            start, end = m.span()
            if start and self._bad(text[start - 1]):
                pos = start + 1
                continue
            found.append(m)
            pos = end if end > start else start + 1
        return found

    def _bad(self, char: str) -> bool:
        return (self.word_before and (char.isalnum() or char == "_")) \
            or char in self.chars_before


def _compile(pattern: str) -> _Pattern:
    guard = _GUARD_RE.match(pattern)
    if guard is None:
        return _Pattern(re.compile(pattern), False, frozenset())
    chars = guard.group(1)
    word = "\\w" in chars
    literal = re.sub(r"\\(.)", r"\1", chars.replace("\\w", ""))
    return _Pattern(re.compile(pattern[guard.end():]), word, frozenset(literal))


# ---------------------------------------------------------------------------
# Cores: what names a date or a period
# ---------------------------------------------------------------------------

@dataclass
class _Core:
    """A date or period found in the text, before its context is read."""

    start: int
    end: int
    bounds: cal.Bounds | None
    granularity: str | None
    point: bool = False  # names one day
    implicit: bool = False  # named with no year: a later occurrence may be meant
    # "" | "context" (a prefix or modifier) | "loose" (context, unless read leniently)
    # | "modifier" | "deadline" (a deadline word) | "closing" (a deadline word but "on"/"at")
    needs: str = ""
    kind: str | None = None  # "deadline" for EOQ-like words; "window" for N-unit windows
    relative: int = 0  # -1 for "last quarter"
    following: Callable[[], cal.Bounds] | None = None  # the next occurrence when implicit
    window: tuple[float, str, str, bool] | None = None  # count, unit, next-word, anchored
    vague_count: bool = False


Resolver = Callable[[re.Match[str], _Ctx], "_Core | None"]
Gate = tuple[frozenset[str], ...]
_CORES: list[tuple[_Pattern, Gate, Resolver]] = []


def _gate(*groups: Iterable[str]) -> Gate:
    """Words of which the text must contain at least one per group for a pattern to run.

    Phrases contribute their longest word; "#" stands for any digit, "/" for a slash.
    """
    def words(group: Iterable[str]) -> frozenset[str]:
        found = set()
        for phrase in group:
            runs = _LETTERS_RE.findall(_normalise(phrase)) or [phrase]
            found.add(max(runs, key=len))
        return frozenset(found)
    return tuple(words(group) for group in groups)


class _GateIndex:
    """Which registered patterns a text's words open, found with set operations only."""

    def __init__(self, gates: list[Gate]) -> None:
        self.gates = gates
        self.by_word: dict[str, set[int]] = {}
        for index, gate in enumerate(gates):
            for word in gate[0]:
                self.by_word.setdefault(word, set()).add(index)
        self.words = frozenset(self.by_word)

    def open(self, words: set[str]) -> list[int]:
        candidates: set[int] = set()
        for word in self.words.intersection(words):
            candidates |= self.by_word[word]
        return sorted(i for i in candidates
                      if all(not group.isdisjoint(words) for group in self.gates[i][1:]))


def _core(pattern: str, gate: Gate) -> Callable[[Resolver], Resolver]:
    """Register a resolver for a core pattern, run only when its gate is open."""
    compiled = _compile(pattern)

    def register(func: Resolver) -> Resolver:
        _CORES.append((compiled, gate, func))
        return func
    return register


_DIGITS = _gate(["#"])
_MONTH_GATE = _gate(MONTHS)
_QH_GATE = _gate(["q", "h"])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _yearly(bounds: cal.Bounds) -> Callable[[], cal.Bounds]:
    return lambda: cal.shift_years(bounds, 1)


def _parse_yref(yref: str, ctx: _Ctx) -> tuple[int, bool] | None:
    """(year, fiscal?) for a year reference such as "2027", "'27", "FY27", "next year"."""
    ref = yref.strip(" ,/-")
    fiscal = "fy" in ref or "fiscal" in ref or "financial" in ref
    digits = re.search(r"\d{2,4}", ref)
    if digits:
        return cal.full_year(int(digits.group())), fiscal
    words = ref.split()
    offset = 0
    for size in (2, 1):
        if " ".join(words[:size]) in RELATIVE_BARE:
            offset = RELATIVE_BARE[" ".join(words[:size])]
            break
    if words and words[0] == "the" and len(words) > 1:
        offset = RELATIVE_BARE.get(" ".join(words[1:3]), RELATIVE_BARE.get(words[1], 0))
    if fiscal:
        return cal.fiscal_year_of(ctx.today, ctx.fiscal_start) + offset, True
    return ctx.today.year + offset, False


def _day_core(m: re.Match[str], day: date | None) -> _Core | None:
    if day is None:
        return None
    return _Core(m.start(), m.end(), (day, day), "day", point=True)


MOVABLE_HOLIDAYS = {_normalise(k): v for k, v in _DATA["movable_holidays"].items()}
_NTH = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3",
        "fourth": "4", "4th": "4", "last": "last"}


@_core(rf"(?<![\w])(?:the{_S})?(?P<n>{'|'.join(_NTH)}){_S}(?P<w>{_WEEKDAY}){_S}(?:of|in){_S}"
       rf"(?P<m>{_MONTH})(?![\w])(?:{_S}(?P<y>{_YEAR4})(?![\w]))?",
       _gate(MONTHS))
def _nth_weekday_of_month(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """The last Friday of January, the first Monday in March 2027: one day of a month."""
    weekday = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[WEEKDAYS[m["w"]]]
    rule = f"{MONTHS[m['m']]:02d}-{weekday}-{_NTH[m['n']]}"
    day = cal.holiday_in(rule, int(m["y"])) if m["y"] else cal.next_holiday(ctx.today, rule)
    return _day_core(m, day)


@_core(rf"(?<![\w])(?P<h>{_alt(MOVABLE_HOLIDAYS)})(?![\w])(?:{_S}(?P<y>{_YEAR4})(?![\w]))?",
       _gate(MOVABLE_HOLIDAYS))
def _movable_holiday(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """By Easter, before Diwali, Thanksgiving 2027: a holiday whose date moves each year
    (not one that names what is counted: "in Black Friday weekend revenue")."""
    if _names_a_count(m, ctx):
        return None
    rule = MOVABLE_HOLIDAYS[re.sub(r"\s+", " ", m["h"])]
    day = cal.holiday_in(rule, int(m["y"])) if m["y"] else cal.next_holiday(ctx.today, rule)
    core = _day_core(m, day)
    if core is not None:
        core.needs, core.implicit = "context", not m["y"]
    return core


@_core(rf"(?<![\w.$/-])(?P<y>{_YEAR4})(?P<sep>[-/.])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})"
       r"(?![\w]|[.,/-]\d)", _DIGITS)
def _iso_date(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """2027-06-30, 2027/06/30."""
    return _day_core(m, _safe_date(int(m["y"]), int(m["m"]), int(m["d"])))


def _day_month_order(first: int, second: int, dotted: bool) -> tuple[int, int]:
    """(month, day) of a numeric date; month first unless unambiguous or dotted."""
    if first > 12 >= second:
        return second, first
    if second > 12 >= first:
        return first, second
    return (second, first) if dotted else (first, second)


@_core(r"(?<![\w.$/-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
       r"(?![\w]|[.,/-]\d)", _DIGITS)
def _numeric_date(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """3/31/2027, 31/03/2027, 31.03.2027, 3-31-27."""
    dotted = m["sep"] == "."
    if dotted and len(m["y"]) == 2:
        return None  # "1.2.27" is a version number more often than a date
    month, day = _day_month_order(int(m["a"]), int(m["b"]), dotted)
    return _day_core(m, _safe_date(cal.full_year(int(m["y"])), month, day))


# The words that state a confidence (quantities.toml's, one word each: "conf." is "conf").
_CONFIDENCE_WORDS = frozenset(w.rstrip(".") for w in load_data("quantities")["confidence"]["words"]
                              if " " not in w)


@_core(r"(?<![\w.$/-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.,]\d)", _gate(["/"]))
def _short_numeric_date(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """By 3/31: a date only after a deadline word (else "3/5 deals" would be one), and
    never a stated confidence ("I'd put my confidence at 4/10")."""
    words = [word for _, word in ctx.before(m.start(), 5)]
    stated = max((k for k, word in enumerate(words) if word in _CONFIDENCE_WORDS), default=None)
    if stated is not None and not _CLOSING_WORDS.intersection(words[stated:]):
        return None
    month, day = _day_month_order(int(m["a"]), int(m["b"]), dotted=False)
    found = cal.next_date(ctx.today, month, day)
    core = _day_core(m, found)
    if core is not None:
        core.needs, core.implicit = "deadline", True
    return core


def _explicit_or_next(m: re.Match[str], ctx: _Ctx, month: int, day: int,
                      year: str | None) -> _Core | None:
    if year:
        return _day_core(m, _safe_date(cal.full_year(int(year.strip("' "))), month, day))
    core = _day_core(m, cal.next_date(ctx.today, month, day))
    if core is not None:
        core.implicit = True
    return core


_DAY_SUFFIX = r"(?:st|nd|rd|th)?"
_DATE_YEAR = rf"(?:[\s,-]{{0,3}}(?:of{_S})?(?P<year>{_YEAR4}(?![\d%])|'\s?\d{{2}}(?![\d%])))?"


@_core(rf"(?<![\w])(?P<month>{_MONTH})\.?[\s-]{{0,3}}(?:the{_S})?(?P<day>\d{{1,2}}){_DAY_SUFFIX}"
       rf"(?!\d|[.:]\d|\s{{0,2}}%|[a-z]){_DATE_YEAR}", _MONTH_GATE)
def _month_day(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """March 31, Mar 31st 2027, March 31, 2027, Jan 15th, Mar-31-2027."""
    return _explicit_or_next(m, ctx, MONTHS[m["month"]], int(m["day"]), m["year"])


@_core(rf"(?<![\w$.,])(?P<day>\d{{1,2}}){_DAY_SUFFIX}[\s-]{{0,3}}(?:of{_S})?"
       rf"(?P<month>{_MONTH})\.?(?![\w]){_DATE_YEAR}", _gate(MONTHS, ["#"]))
def _day_month(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """31 March 2027, the 31st of March, 15-Mar-2027, "by 15 jan"."""
    core = _explicit_or_next(m, ctx, MONTHS[m["month"]], int(m["day"]), m["year"])
    if core is not None and not m["year"] and ctx.text[m.start("month")].islower() and (
            m["month"] in AMBIGUOUS):
        core.needs = "context"  # "by 15 jan" is a date, "close 3 may ..." is not
    return core


# (keyed with spaces: "thirty-first" and "thirty first" are one word)
DAY_ORDINALS = {_normalise(k).replace("-", " "): int(v) for k, v in _DATA["day_ordinals"].items()}
_DAY_WORD = _alt(DAY_ORDINALS).replace(r"\s{1,3}", r"[\s-]{1,3}")
_DAY_WORD_GATE = _gate(MONTHS, DAY_ORDINALS)


def _day_word(m: re.Match[str]) -> int:
    return DAY_ORDINALS[" ".join(re.split(r"[\s-]+", m["day"]))]


@_core(rf"(?<![\w])(?P<month>{_MONTH})\.?{_S}(?:the{_S})?(?P<day>{_DAY_WORD})(?![\w-])"
       rf"{_DATE_YEAR}", _DAY_WORD_GATE)
def _month_day_word(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """Dictated: "March thirty-first", "by january fifteenth 2027"."""
    return _explicit_or_next(m, ctx, MONTHS[m["month"]], _day_word(m), m["year"])


@_core(rf"(?<![\w-])(?:the{_S})?(?P<day>{_DAY_WORD}){_S}of{_S}(?P<month>{_MONTH})\.?(?![\w])"
       rf"{_DATE_YEAR}", _DAY_WORD_GATE)
def _day_word_month(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """Dictated: "the fifteenth of January", "the thirty first of march"."""
    return _explicit_or_next(m, ctx, MONTHS[m["month"]], _day_word(m), m["year"])


# "w/c 7 Dec", "the week of March 8", "week commencing 7 December": the whole week (Monday
# to Sunday) that holds the day.
_WEEK_OF = (rf"(?:(?:the{_S})?(?:week|wk){_S}(?:of|commencing|beginning|starting)"
            r"|w/c|w\.c\.|wc)")


@_core(rf"(?<![\w/])(?:{_WEEK_OF}){_S}(?:(?P<month>{_MONTH})\.?[\s-]{{0,3}}(?P<day>\d{{1,2}})"
       rf"|(?P<day2>\d{{1,2}}){_DAY_SUFFIX}[\s-]{{0,3}}(?:of{_S})?(?P<month2>{_MONTH}))"
       rf"{_DAY_SUFFIX}\.?(?![\w]){_DATE_YEAR}", _gate(["week", "wk", "w/c", "wc"], MONTHS))
def _week_of(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    month, day = (m["month"], m["day"]) if m["month"] else (m["month2"], m["day2"])
    core = _explicit_or_next(m, ctx, MONTHS[month], int(day), m["year"])
    if core is None or core.bounds is None:
        return None
    core.bounds, core.granularity, core.point = cal.week_bounds(core.bounds[0]), "week", False
    return core


_WEEK_OF_SOMETHING = re.compile(r"[ \t]+of[ \t]+(?!(?:19|20)\d{2}\b)[a-z]")


# "by wk 14", "before week 9 2027", "due CW 12", "by FW20": an ISO week number, a
# Monday-to-Sunday week; without a year, the next week of that number that has not ended.
@_core(rf"(?<![\w/])(?:week|wk|cw|kw|fw)\.?[\s#]{{0,2}}(?P<n>\d{{1,2}})(?![\w%/]|[.,:]\d)"
       rf"(?:[\s,]{{1,3}}(?:of{_S})?(?P<year>{_YEAR4}(?![\d%])))?",
       _gate(["week", "wk", "cw", "kw", "fw"]))
def _week_number(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    week = int(m["n"])
    if not 1 <= week <= 53 or _WEEK_OF_SOMETHING.match(ctx.low, m.end()):
        return None  # "by week 32 of the programme": a week counted from an undated start
    year = int(m["year"]) if m["year"] else ctx.today.year
    bounds = cal.iso_week_bounds(year, week)
    if bounds is None:
        return None
    if not m["year"] and bounds[1] < ctx.today:
        bounds = cal.iso_week_bounds(year + 1, week)
    if bounds is None:
        return None
    core = _Core(m.start(), m.end(), bounds, "week")
    # ("week 3 of onboarding" counts weeks of something else: only after a deadline word)
    core.needs = "" if m["year"] else "deadline"
    return core


# "by P7", "end of Period 9": a retail period, one month of the fiscal year (P1 is its
# first month); the next one that has not ended, and only after a deadline word ("P1
# incidents" is a priority).
@_core(r"(?<![\w/])(?:p|period)[ \t]?(?P<n>\d{1,2})(?![\w%/]|[.,:]\d)",
       _gate(["period", "p"], ["#"]))
def _fiscal_period(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    period = int(m["n"])
    if not 1 <= period <= _PERIODS:
        return None  # (a 13-period year's P13 has no month)
    month = (ctx.fiscal_start - 1 + period - 1) % _PERIODS + 1
    core = _Core(m.start(), m.end(), cal.next_month(ctx.today, month), "month")
    core.needs = "closing"  # (not "on P1 tickets", "in P2": a priority)
    return core


_PERIODS = 12


@_core(rf"(?<![\w])(?P<y>{_YEAR4})[\s./-]{{1,2}}(?P<month>{_MONTH})\.?[\s./-]{{1,2}}"
       rf"(?P<day>\d{{1,2}}){_DAY_SUFFIX}(?![\w])", _gate(MONTHS, ["#"]))
def _year_first_named(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """2027 Mar 31, 2027-Mar-31: rare forms handed to dateparser."""
    return _day_core(m, _dateparser_date(m.group(), ctx.today))


def _ambiguous_word(ctx: _Ctx, start: int, word: str) -> bool:
    """A month or weekday spelling that is also an English word, written like one."""
    if word not in AMBIGUOUS:
        return False
    original = ctx.text[start]
    if original.islower():
        return True
    before = ctx.text[:start].rstrip(" \t\"'*-#>")
    return not before or before[-1] in ".!?:\n"


@_core(rf"(?<![\w])(?:(?P<next>next|this coming|this){_S})?(?P<month>{_MONTH})\.?"
       rf"(?:{_OS},?{_OS}(?:of{_S})?(?P<yref>{_YEAR4}(?![\d%]|[.,]\d)|'\s?\d{{2}}(?![\d%])"
       rf"|(?:this|next|last){_S}year(?![\w])))?(?![\w])", _MONTH_GATE)
def _month(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """March, March 2027, Mar '27, March of next year."""
    month = MONTHS[m["month"]]
    if m["yref"]:
        parsed = _parse_yref(m["yref"], ctx)
        if parsed is None:
            return None
        return _Core(m.start(), m.end(), cal.month_bounds(parsed[0], month), "month")
    bounds = cal.next_month(ctx.today, month)
    if m["next"] == "next" and month == ctx.today.month:
        bounds = cal.month_bounds(ctx.today.year + 1, month)  # "next November", in November
    if m["next"]:
        # "next March", "this coming June": a time whatever stands before it
        return _Core(m.start(), m.end(), bounds, "month")
    # A bare month is a time only after a time word ("in May", "by March"), except in a
    # heading or an answer (lenient reading): "the May campaign" is a name.
    needs = "context" if _ambiguous_word(ctx, m.start("month"), m["month"]) else "loose"
    if needs == "loose" and _closing_tag(ctx, m.start(), m.end()):
        needs = ""  # "Pick/pack: 0 mis-ships, Dec": a month set off at the end dates the goal
    return _Core(m.start(), m.end(), bounds, "month", implicit=True, needs=needs,
                 following=_yearly(bounds))


def _closing_tag(ctx: _Ctx, start: int, end: int) -> bool:
    """Whether ``ctx.text[start:end]`` closes the goal, set off by a comma or a dash."""
    return not ctx.low[end:].strip(" \t.!)") and ctx.low[:start].rstrip().endswith(
        (",", "-", "–", "—", "|", ";"))


def _quarter_or_half(m: re.Match[str], ctx: _Ctx, letter: str, number: int,
                     yref: str | None) -> _Core | None:
    """Bounds of Qn / Hn with an optional year reference (see module notes)."""
    is_half = letter == "h"
    if is_half and number > 2:
        return None
    fs = ctx.fiscal_start
    unit = "half" if is_half else "quarter"
    if yref:
        parsed = _parse_yref(yref, ctx)
        if parsed is None:
            return None
        year, fiscal = parsed
        grid = fs if fiscal else 1
        bounds = (cal.half_bounds if is_half else cal.quarter_bounds)(year, number, grid)
        return _Core(m.start(), m.end(), bounds, unit)
    upcoming = cal.upcoming_half if is_half else cal.upcoming_quarter
    bounds = upcoming(ctx.today, number, fs)
    return _Core(m.start(), m.end(), bounds, unit, implicit=True, following=_yearly(bounds))


@_core(rf"(?<![\w$])(?P<letter>[qh])(?P<n>[1-4]){_YREF_SUFFIX}?(?![\w])", _QH_GATE)
def _qh(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """Q3, Q3 2027, Q3'27, Q3 FY27, Q3FY27, H2, H1 of next year, fiscal Q2."""
    return _quarter_or_half(m, ctx, m["letter"], int(m["n"]), m["yref"])


@_core(rf"(?<![\w$])(?P<yref>(?:fy|cy){_OS}'?-?{_OS}(?:\d{{4}}|\d{{2}})|{_YEAR4})"
       r"\s{0,2}[-/ ]?\s{0,2}(?P<letter>[qh])(?P<n>[1-4])(?![\w])", _QH_GATE)
def _year_qh(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """FY27 Q3, FY2027-Q3, 2027 Q3, 2027-H1."""
    return _quarter_or_half(m, ctx, m["letter"], int(m["n"]), m["yref"])


@_core(rf"(?<![\w$.])(?P<n>[1-4])(?P<letter>[qh])(?:\s{{0,2}}(?P<yref>'?\s?\d{{2}}(?!\d)"
       rf"|{_YEAR4}|fy{_OS}'?(?:\d{{4}}|\d{{2}})))?(?![\w])", _QH_GATE)
def _number_first_qh(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """3Q27, 1H 2027, 4Q. A half needs its year or a capital ("by end of 1H"): "2h" alone
    is two hours."""
    if m["letter"] == "h" and not m["yref"] and ctx.text[m.start("letter")] != "H":
        return None
    return _quarter_or_half(m, ctx, m["letter"], int(m["n"]), m["yref"])


_ORDINAL = _alt(ORDINALS)
_HALF_WORD = _alt(HALF_WORDS)
_OF_YREF = rf"(?:{_S}(?:of|in){_S}(?P<yref>{_YREF}))"


@_core(rf"(?<![\w])(?P<ord>{_ORDINAL}){_S}(?:(?P<fiscal>{_FISCAL_WORD}){_S})?"
       rf"(?:quarter|qtr|quater)(?:{_OF_YREF}|{_S}(?P<yref2>{_YEAR4})(?![\d%]))?(?![\w])",
       _gate(["quarter", "qtr", "quater"]))
def _ordinal_quarter(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """The third quarter (of 2027), 3rd quarter, final quarter of the year."""
    yref = m["yref"] or m["yref2"]
    if m["ord"] in ("last", "final") and not yref:
        return None  # "last quarter" is the previous one (a relative period)
    if m["fiscal"] and yref and "fy" not in yref and "fiscal" not in yref:
        yref = "fy " + yref
    return _quarter_or_half(m, ctx, "q", ORDINALS[m["ord"]], yref)


@_core(rf"(?<![\w])(?P<hw>{_HALF_WORD})[\s-]{{1,3}}half(?:[\s-]{{1,2}}year)?"
       rf"(?:{_OF_YREF}|{_S}(?P<yref2>{_YEAR4})(?![\d%]))?(?![\w])", _gate(["half"]))
def _half_words(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """First half of 2027, the second half of the year, back half, 1st half."""
    yref = m["yref"] or m["yref2"]
    if m["hw"] in ("last", "latter") and not yref:
        return None
    return _quarter_or_half(m, ctx, "h", HALF_WORDS[m["hw"]], yref)


@_core(rf"(?<![\w$])(?:fy|{_FISCAL_WORD}(?:{_S}year)?){_OS}'?-?{_OS}(?P<y>\d{{4}}|\d{{2}})"
       r"(?:[-/](?P<y2>\d{4}|\d{2}))?(?![\w%]|[.,]\d)", _gate(["fy", "fiscal", "financial"], ["#"]))
def _fiscal_year(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """FY26, FY2027, FY 2027, fiscal 2027, fiscal year 2027, FY2026/27 (ends 2027)."""
    year = cal.full_year(int(m["y2"] or m["y"]))
    return _Core(m.start(), m.end(), cal.fiscal_year_bounds(year, ctx.fiscal_start), "year")


@_core(rf"(?<![\w$])(?:cy{_OS}'?-?{_OS}(?P<y>\d{{4}}|\d{{2}})"
       rf"|(?:calendar(?:{_S}year)?|(?:the{_S})?year){_S}(?P<y4>{_YEAR4}))(?![\w%]|[.,]\d)",
       _gate(["cy", "calendar", "year"], ["#"]))
def _calendar_year(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """CY2027, calendar year 2027, the year 2027."""
    year = cal.full_year(int(m["y"] or m["y4"]))
    return _Core(m.start(), m.end(), cal.year_bounds(year), "year")


# Plural words after which a "by 2000" is a count ("by 2000 users"), not a year.
_NOT_PLURAL = frozenset({"is", "was", "as", "has", "this", "plus", "thus", "us", "its", "across",
                         "less", "unless", "always", "ends", "towards", "afterwards"})


@_core(rf"(?<![\w$€£¥#.,/'])(?P<y>{_YEAR4}){_OS}[-–]{_OS}(?P<y2>{_YEAR4}|\d{{2}})"
       r"(?![\w%+]|[.,/-]\d)", _DIGITS)
def _year_range(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """2027-2029, 2027–29: a span of years ends with its last. "2026-27" alone is left
    out: it names one school or financial year, whose end the calendar does not tell."""
    first, last = int(m["y"]), cal.full_year(int(m["y2"]))
    if last <= first or (len(m["y2"]) == 2 and last - first < 2) or last - first > 10:
        return None
    bounds = (cal.year_bounds(first)[0], cal.year_bounds(last)[1])
    return _Core(m.start(), m.end(), bounds, "year", needs="loose")


@_core(rf"(?<![\w$€£¥#.,/'])(?P<y>{_YEAR4})(?![\w%+]|[.,/-]\d)", _DIGITS)
def _plain_year(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """2027, only after a time word ("in 2027", "by 2028", "mid-2027", "end of 2027")."""
    if re.match(r"\d-", ctx.low[max(0, m.start() - 2):m.start()]):
        return None  # the end of "2026-2027" or of a number range
    after = ctx.after(m.end(), 1)
    if after and not ctx.lenient:
        end, word = after[0]
        # "2027 trucks" counts trucks; "in 2027 — Ops Director": a mark ends the time first
        direct = not ctx.low[m.end():end - len(word)].strip()
        if direct and len(word) > 2 and word.endswith("s") and word.isalpha() and (
                word not in _NOT_PLURAL) and not _heading(ctx.low, m.start(), m.end()):
            return None
    year = int(m["y"])
    return _Core(m.start(), m.end(), cal.year_bounds(year), "year", needs="loose")


@_core(rf"(?<![\w])(?P<rel>{_REL}){_S}(?:(?P<cal>fiscal|financial|calendar){_S})?"
       rf"(?P<unit>{_PERIOD_UNIT}|fy)(?![\w])", _gate(RELATIVE_BARE))
def _relative(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """This/next/last week, month, quarter, half, year, fiscal year, FY."""
    unit = _PERIOD_UNITS.get(m["unit"], "year")
    if m["unit"] == "fy" or (m["cal"] in ("fiscal", "financial") and unit == "year"):
        unit = "fiscal_year"
    rel = re.sub(r"\s+", " ", m["rel"])
    offset = RELATIVE_BARE[rel]
    bounds = cal.relative_period(ctx.today, unit, offset, ctx.fiscal_start)
    core = _Core(m.start(), m.end(), bounds, GRANULARITY.get(unit, unit), relative=offset)
    if rel in WINDOW_NEXT and unit in ("week", "month", "year") \
            and _preceded_by_the(ctx, m.start()):
        # "within the next year" is a year from today; "next year" the calendar year.
        core.window = (1, unit, rel, True)
    return core


@_core(rf"(?<![\w])(?P<unit>{_FISCAL_WORD}{_S}year|calendar{_S}year|{_PERIOD_UNIT}|fy)"
       r"(?![\w]|\s{0,3}'?-?\d)", _gate([*_PERIOD_UNITS, "fy"]))
def _bare_unit(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """The quarter, the year, month, FY: the current one, in "end of the quarter"."""
    word = re.sub(r"\s+", " ", m["unit"])
    unit = _PERIOD_UNITS.get(word, "year")
    if word == "fy" or word.startswith(("fiscal", "financial")):
        unit = "fiscal_year"
    fs = ctx.fiscal_start
    bounds = cal.period_bounds(ctx.today, unit, fs)
    needs = "modifier" if unit == "half" or not _preceded_by_the(ctx, m.start()) \
        else "context"
    return _Core(m.start(), m.end(), bounds, GRANULARITY.get(unit, unit), implicit=True,
                 needs=needs, following=lambda: cal.relative_period(ctx.today, unit, 1, fs))


def _preceded_by_the(ctx: _Ctx, pos: int) -> bool:
    tokens = ctx.before(pos, 1)
    return bool(tokens) and tokens[-1][1] == "the"


@_core(rf"(?<![\w])(?P<e>{_alt(ENDS)})(?:{_S}(?:of{_S})?(?P<yref>{_YREF}))?(?![\w])", _gate(ENDS))
def _ends(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """EOQ, EOY, EOM, EOW, EOFY, year-end (2027), quarter-end, the weekend."""
    unit = ENDS[re.sub(r"\s+", " ", m["e"])]
    if not m["yref"] and _modifies_noun(m, ctx):
        return None
    before = ctx.before(m.start(), 1)
    if before and before[-1][1] in _CADENCE_LINK_WORDS:
        return None  # "at each month end", "within 5 days of every quarter-end": a cadence
    if before and not m["yref"] and unit in ("year", "fiscal_year") and (
            _YEAR_BEFORE_END.fullmatch(before[-1][1])):
        return None  # "by FY25 year-end": that year's end, which the year itself reads
    fs = ctx.fiscal_start
    if m["yref"] and unit in ("year", "fiscal_year"):
        parsed = _parse_yref(m["yref"], ctx)
        if parsed is None:
            return None
        year, fiscal = parsed
        fiscal = fiscal or unit == "fiscal_year"
        bounds = cal.fiscal_year_bounds(year, fs) if fiscal else cal.year_bounds(year)
    elif m["yref"]:
        return None
    else:
        bounds = cal.period_bounds(ctx.today, unit, fs)
    return _Core(m.start(), m.end(), bounds, GRANULARITY.get(unit, unit), kind="deadline")


_YEAR_BEFORE_END = re.compile(r"fy'?\d{2}(?:\d{2})?|(?:19|20)\d{2}")
# Words after a period's end that leave it a time: "year-end and beyond", "month-end we ...".
_FOLLOW_AS_TIME = frozenset({"and", "or", "but", "so", "then", "we", "i", "to", "with",
                             "if", "when", "because", "as"})
# Words that lead a period's end as a time: "by month-end", "before year-end".
_END_LEADS = frozenset({"by", "at", "before", "until", "till", "til", "through", "after",
                        "around", "near", "from", "to", "of", "for", "on", "since", "the"})


def _modifies_noun(m: re.Match[str], ctx: _Ctx) -> bool:
    """ "month-end close", "quarter-end reporting": a period's end naming a process, not a
    time, when a word follows it and no time preposition leads it."""
    if "end" not in m["e"]:
        return False
    nxt = ctx.after(m.end(), 1)
    before = ctx.before(m.start(), 2)
    if len(before) == 2 and before[-1][1] == "the" and before[0][1] not in _END_LEADS:
        before.pop()  # "speed up the month-end close": "the" before a noun, no time word
    return bool(nxt) and nxt[0][1][:1].isalpha() and nxt[0][1] not in _FOLLOW_AS_TIME and \
        not (before and before[-1][1] in _END_LEADS)


@_core(rf"(?<![\w])(?P<d>{_alt(DAYS)})(?![\w])", _gate(DAYS))
def _named_day(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """Today, tomorrow, EOD, COB, end of day (not "today's discussion": a day's thing)."""
    if ctx.low[m.end():m.end() + 2] in ("'s", "’s"):
        return None
    return _day_core(m, ctx.today + timedelta(days=DAYS[re.sub(r"\s+", " ", m["d"])]))


_CADENCE_LINK_WORDS = frozenset({"every", "each", "per", "other", "second", "single"})


_WEEKDAY_RELATIVE = {"this": 0, "next": 0, "coming": 0, "upcoming": 0, "last": -7, "past": -7}


@_core(rf"(?<![\w])(?P<wd>{_WEEKDAY})\.?(?![\w])", _gate(WEEKDAYS))
def _weekday(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """Friday, by Friday, this/next/coming Friday (all the coming one), last Friday."""
    before = ctx.before(m.start(), 1)
    last = before[-1][1] if before else ""
    if last in _CADENCE_LINK_WORDS:
        return None  # "every Monday" is a cadence
    day = cal.next_weekday(ctx.today, WEEKDAYS[m["wd"]])
    start = m.start()
    if last in _WEEKDAY_RELATIVE:
        day += timedelta(days=_WEEKDAY_RELATIVE[last])
        start = before[-1][0]
    core = _Core(start, m.end(), (day, day), "day", point=True)
    if start == m.start() and m["wd"] in AMBIGUOUS:
        # "Sun", "Wed", "sat": a weekday only after a time word.
        core.needs = "loose" if ctx.text[m.start()].isupper() else "context"
    return core


# "this weekend" is the Saturday and Sunday of this week; "next weekend" those of the next.
_WEEKEND_OFFSETS = {"this": 0, "coming": 0, "upcoming": 0, "next": 1}


@_core(rf"(?<![\w])(?P<rel>{_alt(_WEEKEND_OFFSETS)}){_S}weekend(?![\w])", _gate(["weekend"]))
def _weekend(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """This weekend, next weekend, the coming weekend: Saturday to Sunday."""
    sunday = cal.relative_period(ctx.today, "week", _WEEKEND_OFFSETS[m["rel"]])[1]
    return _Core(m.start(), m.end(), (sunday - timedelta(days=1), sunday), "week")


# Words that may follow "the 15th" when it is a day of the month.
_AFTER_DAY_OF_MONTH = frozenset({"of", "and", "or", "at", "to", "so", "in", "for", "with", "by",
                                 "latest", "eod", "cob", "deadline", ",", ".", ";", ":", ")",
                                 "!", "?", "-", "/", "("})


@_core(rf"(?<![\w])(?P<day>\d{{1,2}})(?:st|nd|rd|th)(?![\w])"
       rf"(?:{_S}of{_S}(?P<which>the|this|next){_S}month(?![\w]))?",
       _gate(["st", "nd", "rd", "th"]))
def _day_of_month(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """By the 15th (of next month): a date only after a deadline word."""
    after = ctx.after(m.end(), 3)
    if after and after[0][1] not in _AFTER_DAY_OF_MONTH:
        return None  # "the 1st 30 days", "21st century": an ordinal, not a date
    if [word for _, word in after[:3]] in (["of", "each", "month"], ["of", "every", "month"]):
        return None  # "by the 10th of each month": a day that comes back, no deadline
    day = int(m["day"])
    today = ctx.today
    if m["which"] == "next":
        first = cal.add_months(today.replace(day=1), 1)
        found = _safe_date(first.year, first.month, day)
    elif m["which"]:
        found = _safe_date(today.year, today.month, day)
    else:
        found = cal.next_day_of_month(today, day)
    core = _day_core(m, found)
    if core is not None:
        core.needs, core.implicit = "deadline", not m["which"]
    return core


_HOLIDAY_COUNTS = frozenset({"revenue", "sales", "orders", "traffic", "gmv", "conversion",
                             "bookings", "spend", "aov", "campaign", "promo", "promotion"})


def _names_a_count(m: re.Match[str], ctx: _Ctx) -> bool:
    """Whether a holiday names what is counted ("Black Friday (weekend) revenue")."""
    return any(word in _HOLIDAY_COUNTS for _, word in ctx.after(m.end(), 2))


@_core(rf"(?<![\w])(?P<h>{_alt(HOLIDAYS)})(?![\w])", _gate(HOLIDAYS))
def _holiday(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """By Christmas: a fixed-date holiday, after a time word (not one that names what is
    counted: "in Black Friday weekend revenue")."""
    if _names_a_count(m, ctx):
        return None
    month, day = HOLIDAYS[re.sub(r"\s+", " ", m["h"])]
    core = _day_core(m, cal.next_date(ctx.today, month, day))
    if core is not None:
        core.needs, core.implicit = "context", True
    return core


@_core(rf"(?<![\w])(?:rest|remainder|balance){_S}of{_S}(?:the{_S}|this{_S})?"
       rf"(?:(?P<cal>{_FISCAL_WORD}){_S})?(?P<unit>{_PERIOD_UNIT}|fy)(?![\w])",
       _gate(["rest", "remainder", "balance"]))
def _rest_of(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """The rest of the year / remainder of the quarter: today to the period's end."""
    unit = _PERIOD_UNITS.get(m["unit"], "year")
    if m["unit"] == "fy" or (m["cal"] and unit == "year"):
        unit = "fiscal_year"
    end = cal.period_bounds(ctx.today, unit, ctx.fiscal_start)[1]
    return _Core(m.start(), m.end(), (ctx.today, end), GRANULARITY.get(unit, unit))


@_core(r"(?<![\w])mid-?(?P<unit>year|quarter|month)(?![\w])",
       _gate(["midyear", "midquarter", "midmonth", "mid"]))
def _mid_word(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """Midyear, mid-quarter: the middle of the current period, or of the next one if past."""
    unit = m["unit"]
    fs = ctx.fiscal_start
    bounds = cal.period_bounds(ctx.today, unit, fs)
    day = cal.point_in(bounds, "mid")
    if day < ctx.today:
        day = cal.point_in(cal.relative_period(ctx.today, unit, 1, fs), "mid")
    return _day_core(m, day)


_WINDOW_SUFFIX = _alt(_DATA["window_suffixes"]["words"])


_WINDOW_WORDS = WINDOW_NEXT | {"first", "1st", "past", "last", "previous", "prior"}


# Counts are read backwards from the unit: digits right before it, or number words.
_DIGITS_BEFORE_RE = re.compile(r"(?<![\w$.,])(\d{1,4}(?:\.\d{1,2})?)[\s-]{0,2}$")
_COUNT_WORDS_MAX = max(len(k.split()) for k in (*NUMBERS, *VAGUE_COUNTS))


# The unit comes right after a digit, a space or a hyphen; matching that character
# first (rather than guarding with a lookbehind) keeps the regex scan fast.
@_core(rf"[\s\d-](?P<unit>{_ALL_UNITS})(?![\w])"
       rf"(?:{_OS}(?P<suffix>{_WINDOW_SUFFIX})(?![\w]))?", _gate(UNITS))
def _window(m: re.Match[str], ctx: _Ctx) -> _Core | None:
    """Within 90 days, in the next 6 months, over the next two quarters, 24 hours."""
    count_start, count, vague = _count_before(ctx, m.start("unit"), m["unit"] in SHORT_UNITS)
    if count_start < 0:
        return None
    before = ctx.before(count_start, 1)
    next_word = before[-1][1] if before and before[-1][1] in _WINDOW_WORDS else ""
    start = before[-1][0] if next_word else count_start
    count, unit = _whole_units(count, UNITS[re.sub(r"\s+", " ", m["unit"])])
    anchored = bool(m["suffix"]) and m["suffix"].strip() not in ("time", "later")
    return _Core(start, m.end(), None, GRANULARITY.get(unit, unit), kind="window",
                 window=(count, unit, next_word, anchored), vague_count=vague)


def _count_before(ctx: _Ctx, pos: int, digits_only: bool) -> tuple[int, float, bool]:
    """(start, value, vague?) of the count written just before ``pos``; start -1 if none."""
    found = _DIGITS_BEFORE_RE.search(ctx.low, max(0, pos - 12), pos)
    if found is not None:
        return found.start(), float(found.group(1)), False
    if digits_only:
        return -1, 0.0, False
    tokens = ctx.before(pos, _COUNT_WORDS_MAX)
    for size in range(len(tokens), 0, -1):
        phrase = " ".join(word for _, word in tokens[-size:])
        if phrase in VAGUE_COUNTS:
            return tokens[-size][0], 0.0, True
        value = NUMBERS.get(phrase)
        if value is None and size == 2 and tokens[-2][1] in _TENS_WORDS \
                and tokens[-1][1] in _ONES_WORDS:
            value = NUMBERS[tokens[-2][1]] + NUMBERS[tokens[-1][1]]
        if value is not None:
            return tokens[-size][0], value, False
    return -1, 0.0, False


# Fractional counts become whole counts of a smaller unit ("half a year" = 6 months).
_SMALLER = {"year": ("month", 12), "fiscal_year": ("month", 12), "half": ("month", 6),
            "quarter": ("month", 3), "month": ("day", 30), "week": ("day", 7),
            "day": ("hour", 24), "business_day": ("hour", 24), "hour": ("minute", 60),
            "minute": ("second", 60)}


def _whole_units(count: float, unit: str) -> tuple[int, str]:
    if count != int(count) and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        return round(count * factor), smaller
    return int(min(count, 10_000)), unit


def _find_cores(ctx: _Ctx) -> Iterator[_Core]:
    for index in _CORE_GATES.open(ctx.words):
        pattern, _, resolve = _CORES[index]
        for match in pattern.finditer(ctx.low):
            try:
                core = resolve(match, ctx)
            except (ValueError, OverflowError):
                core = None  # a year beyond what datetime can hold
            if core is not None:
                _drop_full_stop(core, ctx)
                yield core


# Full spellings of months and weekdays: a dot after one ends the sentence ("by Friday.");
# after an abbreviation ("Fri.", "Feb.") it belongs to the name.
_FULL_NAMES = frozenset(max((s for s in MONTHS if MONTHS[s] == n), key=len) for n in range(1, 13)) \
    | frozenset(max((s for s in WEEKDAYS if WEEKDAYS[s] == n), key=len) for n in range(7))
_LAST_WORD_RE = re.compile(r"([a-z]+)\.$")


def _drop_full_stop(core: _Core, ctx: _Ctx) -> None:
    """Keep a sentence's full stop out of the span ("by end of February." ends at "y")."""
    if ctx.low[core.end - 1:core.end] != ".":
        return
    last = _LAST_WORD_RE.search(ctx.low, max(core.start, core.end - 12), core.end)
    if last is not None and last.group(1) in _FULL_NAMES:
        core.end -= 1


# ---------------------------------------------------------------------------
# Context: what the words around a core make of it
# ---------------------------------------------------------------------------

# Words skipped between a time word and its period: "in the first 90 days", "by this Friday".
_DETERMINERS = frozenset({"the", "this", "my", "our", "your", "their", "its", "fiscal"})


@dataclass
class _Frame:
    """A placed core: its extended span and what it resolves to."""

    start: int
    end: int
    kind: str
    first: date | None
    last: date | None
    granularity: str | None
    core: _Core | None = None
    prefix: str = ""
    prefix_class: str = ""
    modifier: str = ""
    # A past period compared with ("over last year"): kept while ranges are joined
    # ("from 2019 to 2024"), then dropped.
    baseline: bool = False
    # Names the period a plan or target is for ("the Q3 revenue target", "the plan for
    # 2027"): dropped when the goal states another time.
    planned: bool = False


def _read_context(core: _Core, ctx: _Ctx) -> tuple[int, str, str, str, int, str]:
    """(span start, prefix, prefix class, modifier, span end, suffix class) around a core."""
    tokens = ctx.before(core.start)
    if tokens and tokens[-1][1] in _DETERMINERS:
        tokens.pop()
    start = core.start
    modifier = ""
    found = _match_tail(tokens, MODIFIERS, MODIFIER_LONGEST)
    if found:
        modifier, start = found[1], found[2]
        tokens = tokens[:-len(found[0].split())]
        if tokens and tokens[-1][1] == "the":
            start = tokens.pop()[0]
    if tokens and tokens[-1][1] in (":", "-"):
        tokens = tokens[:-1]
    prefix = prefix_class = ""
    found = _match_tail(tokens, PREFIX_TABLE, PREFIX_LONGEST)
    if found:
        prefix, prefix_class, start = found
    elif _of_a_cadence(tokens):
        # "hit quota every quarter | of 2027": the period the cadence runs through
        prefix, prefix_class, start = "of", "period", tokens[-1][0]
    end, suffix_class = core.end, ""
    after = _match_head(ctx.after(core.end, SUFFIX_LONGEST), SUFFIXES, SUFFIX_LONGEST)
    if after:
        suffix_class, end = after[1], after[2]
    return start, prefix, prefix_class, modifier, end, suffix_class


def _of_a_cadence(tokens: list[tuple[int, str]]) -> bool:
    """Whether the words before a period are "every <unit> of" ("every quarter of"), with a
    unit the cadence reader knows."""
    return len(tokens) >= 3 and tokens[-1][1] == "of" and tokens[-2][1] in _CADENCE_UNITS \
        and tokens[-3][1] in ("every", "each")


def _has_context(core: _Core, prefix: str, prefix_class: str, modifier: str, ctx: _Ctx
                 ) -> bool:
    if core.needs == "loose" and ctx.lenient:
        return True
    if core.needs in ("context", "loose"):
        return bool(prefix_class or modifier) or _follows_range(ctx.low, core.start) \
            or _leads_range(ctx.low, core.end) or _heading(ctx.low, core.start, core.end)
    if core.needs == "modifier":
        return bool(modifier)
    if core.needs in ("deadline", "closing"):
        return prefix_class in ("deadline", "before", "start", "after", "range") and not (
            core.needs == "closing" and prefix in _POINT_PREFIXES)
    return True


_RANGE_LEFT = re.compile(rf"(?:{_YEAR4}|q[1-4]|h[12]|{_MONTH})\.?\s{{0,3}}"
                         r"(?:-|to|through|thru|until|till|and)\s{0,3}$")


_RANGE_RIGHT = re.compile(rf"\s{{0,3}}(?:-|to|through|thru|until|till)\s{{0,3}}"
                          rf"(?:{_YEAR4}|q[1-4]|h[12]|{_MONTH})(?![a-z])")


# A period heading the goals after it: "2027 goals: read 24 books", "2027: run a marathon",
# "2027 Goals > Fitness > swim 2 km ...".
_HEADING_OPEN = re.compile(r"[ \t]{0,20}(?:[-*#>•]+[ \t]{1,5})?")
_HEADING_CLOSE = re.compile(r"[ \t]{0,3}(?:(?:goals?|okrs?|targets?|objectives?|priorities|"
                            r"resolutions?|plan|aims?)[ \t]{0,3})?[:\-–—>/][ \t]")


def _heading(low: str, start: int, end: int) -> bool:
    """Is ``low[start:end]`` a period heading the goal (at its start, before a colon)?"""
    return _HEADING_OPEN.fullmatch(low, 0, start) is not None and (
        _HEADING_CLOSE.match(low, end) is not None)


def _follows_range(low: str, pos: int) -> bool:
    """Is ``pos`` the second end of a range such as "2027-2028" or "from 2027 to 2028"?"""
    return bool(_RANGE_LEFT.search(low, max(0, pos - 24), pos))


def _leads_range(low: str, pos: int) -> bool:
    """Is ``pos`` the end of a range's first part ("Jan" in "Jan-Mar 2027")?"""
    return bool(_RANGE_RIGHT.match(low, pos))


def _is_baseline(core: _Core, ctx: _Ctx) -> bool:
    """A past period being compared with: "over last year", "last quarter's 40 deals",
    "from the 2018 baseline", "10% over FY 2020"."""
    after = ctx.after(core.end, 1)
    if after and after[0][1] in BASELINE_NOUNS:
        return True
    if _level_at_time(core, ctx):
        return True
    assert core.bounds is not None
    past = core.relative < 0 or (core.bounds[1] < ctx.today and not core.implicit)
    if not past:
        # "cut cost per lead by 20% vs Q3": after a word that only compares, a bare period
        # is the one compared with, even one yet to come ("Q3", "FY26")
        tokens = ctx.before(core.start, 3)
        found = _match_tail(tokens, COMPARISONS, COMPARISON_LONGEST)
        return found is not None and found[0] in _ONLY_COMPARE
    if core.relative < 0 and (ctx.low.startswith("'s", core.end)
                              or ctx.low.startswith("s'", core.end)):
        return True
    tokens = ctx.before(core.start, COMPARISON_LONGEST + 1)
    while tokens and tokens[-1][1] in _DETERMINERS:
        tokens.pop()
    found = _match_tail(tokens, COMPARISONS, COMPARISON_LONGEST)
    # "on"/"of" compare only with a relative period ("up 10% on last year").
    return found is not None and (core.relative < 0 or found[0] not in ("on", "of"))


_NOW_WORDS = frozenset({"today", "now"})
_WAS_WORDS = frozenset({"was", "were", "currently", "vs"})


def _level_at_time(core: _Core, ctx: _Ctx) -> bool:
    """A level stated as it stands, not the deadline: "(99.2% today)", "18 open today",
    "(was 27% in Q3)"."""
    before = [word for _, word in ctx.before(core.start, 5)]
    bracketed = ctx.low.rfind("(", 0, core.start) > ctx.low.rfind(")", 0, core.start)
    if ctx.low[core.start:core.end] in _NOW_WORDS and before and (
            before[-1] == "%" or before[-1].isdigit()
            or (bracketed and any(w.isdigit() for w in before[-3:]))):
        return True  # (not "Ship 3 fixes today")
    return bracketed and any(w in _WAS_WORDS for w in before) and any(
        w.isdigit() for w in before)


# Comparison words that never open a time frame (time.toml; "over", "from", "on" may).
_ONLY_COMPARE = frozenset(_key(w) for w in _DATA["comparison_words"]["only_compare"])


def _place(core: _Core, ctx: _Ctx) -> _Frame | None:
    """Read a core's context and decide its kind and dates; None when it is no time."""
    start, prefix, pclass, modifier, end, sclass = _read_context(core, ctx)
    if not _has_context(core, prefix, pclass, modifier, ctx):
        return None
    if _year_of_event(core, ctx):
        return None  # "by the 2027 harvest": the event, which has no date, is meant
    named = _names_a_thing(core, ctx) if not modifier and (
        pclass in ("", "period") or prefix in _POINT_PREFIXES) else None
    if named == "thing":
        return None
    if core.kind == "window":
        return _place_window(core, start, end, prefix, pclass, ctx)
    if core.bounds is None:
        return None
    if core.window is not None and prefix in _WINDOW_PREFIXES:
        last = cal.advance(ctx.today, 1, core.window[1], ctx.fiscal_start)
        kind = "deadline" if pclass == "deadline" else "period"
        return _Frame(start, end, kind, ctx.today, last, core.granularity, core, prefix, pclass)
    kind, first, last, granularity = _decide(core, prefix, pclass, modifier, sclass, ctx.today)
    return _Frame(start, end, kind, first, last, granularity, core, prefix, pclass, modifier,
                  baseline=_is_baseline(core, ctx), planned=named == "target")


def _year_of_event(core: _Core, ctx: _Ctx) -> bool:
    """ "by the 2027 harvest", "before the 2027 conference": a year naming which of a
    recurring event is meant, which still gives no date."""
    if core.granularity != "year" or not re.fullmatch(r"\d{4}", ctx.low[core.start:core.end]):
        return False
    before, after = ctx.before(core.start, 1), ctx.after(core.end, 2)
    if not before or before[-1][1] not in _EVENT_DETERMINERS or not after:
        return False
    return after[0][1] in _EVENT_WORDS or (
        len(after) == 2 and f"{after[0][1]} {after[1][1]}" in _EVENT_WORDS)


def _names_a_thing(core: _Core, ctx: _Ctx) -> str | None:
    """ "the Q1 territory plan", "our FY28 budget", "the Saturday market": a period used
    as a noun's modifier names a thing ("thing"), it does not say when the goal is done.
    Before a target noun ("hit the Q3 revenue target") it does ("target"), unless the
    goal states another time. None when the period is not a modifier."""
    if not _ATTRIBUTIVE_CORE_RE.match(ctx.low, core.start):
        return None
    if _weekday_before_noun(core, ctx):
        return "thing"
    before = ctx.before(core.start, 2)
    if before and before[-1][1] in _YEAR_KINDS:
        before.pop()  # "the fiscal year 2026 study" also holds the core "year 2026"
    if not before or before[-1][1] not in ATTRIBUTIVE_DETERMINERS:
        return None
    after = ctx.after(core.end, 3)
    if not after or not after[0][1].isalpha() or after[0][1] in ATTRIBUTIVE_NOT_NOUNS:
        return None
    if ctx.low[core.end:after[0][0] - len(after[0][1])].strip():
        return None  # a mark between: "for Q1 — DRI: Omar", "for Q1 - ravi"
    return "target" if any(word in ATTRIBUTIVE_TARGETS for _, word in after) else "thing"


def _weekday_before_noun(core: _Core, ctx: _Ctx) -> bool:
    """ "extend Saturday opening", "in Tuesday's review": a weekday right before a noun or
    its "'s", with or without a determiner (see [attributive] weekday_followers)."""
    if ctx.low[core.start:core.end].rstrip(".") not in WEEKDAYS:
        return False
    if ctx.low.startswith("'s", core.end):
        return True
    after = ctx.after(core.end, 3)
    if not after or ctx.low[core.end:after[0][0] - len(after[0][1])].strip():
        return False  # the end, or a mark between: "Friday, so that ...", "Friday."
    words = [word for _, word in after]
    if len(words) == 3 and words[0] in ("and", "or") and words[1] in WEEKDAYS:
        words = words[2:]  # "on Friday and Saturday bookings"
    word = words[0]
    return word.isalpha() and not word.endswith("ly") and word not in MONTHS and (
        word not in ATTRIBUTIVE_NOT_NOUNS and word not in WEEKDAY_FOLLOWERS)


def _drop_planning_periods(frames: list[_Frame]) -> list[_Frame]:
    """ "the territory plan for 2027 by the end of next week": with another dated frame,
    "for <period>" names the period planned, not when the goal is done."""
    def planned(f: _Frame) -> bool:
        return f.planned or (f.prefix == "for" and f.kind == "period" and f.core is not None
                             and f.core.kind != "window" and f.core.window is None)
    if not any(f.last is not None and f.kind in ("deadline", "period") and not planned(f)
               for f in frames):
        return frames
    return [f for f in frames if not planned(f)]


# Words that make "the next month" a window from today rather than the calendar month.
_WINDOW_PREFIXES = frozenset({"within", "in", "over", "during", "for", "throughout",
                              "over the course of", "in the course of"})

# Deadline words that only make a deadline of a day: "on March 31", but "on Q1 renewals".
_POINT_PREFIXES = frozenset({"on", "at"})
# One-word deadline prefixes but "on"/"at" (the "closing" need): "by", "until", "due" ...
_CLOSING_WORDS = frozenset(w for w, kind in PREFIXES.items()
                           if kind in ("deadline", "before") and " " not in w) - _POINT_PREFIXES


def _decide(core: _Core, prefix: str, pclass: str, modifier: str, sclass: str,
            today: date) -> tuple[str, date | None, date | None, str | None]:
    """(kind, start, end, granularity) of a dated core in its context."""
    bounds = core.bounds
    assert bounds is not None
    granularity = core.granularity
    point: date | None = None
    if modifier and modifier != "end" and not core.point:
        point = cal.point_in(bounds, modifier)
        if core.implicit and point < today and core.following is not None:
            bounds = core.following()
            point = cal.point_in(bounds, modifier)
    elif core.point:
        point = bounds[0]
    if pclass == "start" or sclass == "start":
        return "period", point or bounds[0], None, "day" if point else granularity
    if pclass == "after":
        return "period", (point or bounds[1]) + ONE_DAY, None, "day"
    if pclass == "before" and modifier != "end" and core.kind != "deadline" \
            and sclass != "ending":
        # "before year end" is by the end; "before March 1" the day before.
        day = (point or bounds[0]) - ONE_DAY
        return "deadline", day, day, "day"
    if point is not None:
        return "deadline", point, point, "day"
    if prefix in _POINT_PREFIXES and modifier != "end" and core.kind != "deadline":
        return "period", bounds[0], bounds[1], granularity  # "on Q1 renewals"
    if modifier == "end" or pclass in ("deadline", "before") or sclass in ("deadline", "ending") \
            or core.kind == "deadline":
        return "deadline", bounds[0], bounds[1], granularity
    return "period", bounds[0], bounds[1], granularity


_PAST_WINDOW = frozenset({"past", "last", "previous", "prior"})


def _place_window(core: _Core, start: int, end: int, prefix: str, pclass: str,
                  ctx: _Ctx) -> _Frame | None:
    """Kind and dates of "N units" after its prefix (see the module notes)."""
    assert core.window is not None
    count, unit, next_word, anchored = core.window
    granularity = core.granularity
    has_prefix = bool(prefix)

    def frame(kind: str, first: date | None = None, last: date | None = None,
              gran: str | None = granularity) -> _Frame:
        return _Frame(start, end, kind, first, last, gran, core, prefix, pclass)

    if next_word in _PAST_WINDOW:
        return None  # "the past 12 months" is a baseline window
    if core.vague_count:
        return frame("vague", gran=None) if has_prefix or next_word else None
    if next_word in ("first", "1st"):
        return frame("duration") if has_prefix else None
    if unit in SUB_DAY_UNITS:
        return frame("duration") if has_prefix or next_word else None
    if pclass == "fast":
        return frame("duration")
    window_end = cal.advance(ctx.today, count, unit, ctx.fiscal_start)
    if next_word or anchored:
        kind = "deadline" if pclass == "deadline" else "period"
        return frame(kind, ctx.today, window_end)
    if prefix in ("within", "in"):
        if _counts_from_event(ctx, end) or _in_service_clause(ctx, start) or (
                prefix == "within" and (unit == "business_day" or (unit == "day" and count <= 30))
                and _per_item_clause(ctx, start)):
            return frame("duration")
        return frame("deadline", ctx.today, window_end)
    if prefix in ("for", "during"):
        return frame("duration")
    return None


def _counts_from_event(ctx: _Ctx, pos: int) -> bool:
    """ "within 2 days of signup": the window counts from an event, not from today."""
    return _match_head(ctx.after(pos, 2), EVENT_LINKS, 2) is not None


def _in_service_clause(ctx: _Ctx, pos: int) -> bool:
    """Does a service-level verb ("respond", "resolve") govern the clause before ``pos``?

    A count in the clause ("contact 50 prospects within 2 weeks", "get 40 logos approved
    within 90 days") makes it a deadline for that many; a share ("resolve 95% of
    tickets") does not.
    """
    clause = _clause_before(ctx, pos)
    if _clause_has_count(clause):
        return False
    return any((word in SLA_WORDS or (index and f"{clause[index - 1]} {word}" in SLA_WORDS))
               and " ".join(clause[index:index + 2]) not in SLA_COMPOUNDS
               for index, word in enumerate(clause))


# Verbs that change a total ("triple", "grow", "cut"), as words.toml lists them, one word
# each: after one, the window is when the total has changed.
_CHANGE_VERBS = frozenset(verb for category in ("up", "down")
                          for verb in load_data("words")["verbs"][category] if " " not in verb)


def _per_item_clause(ctx: _Ctx, pos: int) -> bool:
    """ "see new patients within 10 working days", "ship 98% of orders within 2 days": a
    short window after a bare plural (no count, no change "by N", no "the"/"our"/"all"
    in its noun phrase) is how long each item may take, a duration, not a deadline."""
    clause = _clause_before(ctx, pos)
    if _clause_has_count(clause) or any(
            word == "by" and index + 1 < len(clause) and clause[index + 1][:1].isdigit()
            for index, word in enumerate(clause)) or (
            not _CHANGE_VERBS.isdisjoint(clause) and not _participle_before(clause)):
        # ("triple signups within 30 days": the total changes by then; but "increase the
        # share of payments made within 21 days" times each payment)
        return False
    return any(_bare_plural(clause, index) for index in range(len(clause)))


# Irregular past forms ("made", "paid", "sent"), as words.toml lists them (not "be"'s or
# "have"'s, which are no participles).
_IRREGULAR_PARTICIPLES = frozenset(
    form for verb, forms in load_data("words")["verbs"]["irregular"].items()
    if verb not in ("be", "have") for form in forms)


def _participle_before(clause: list[str]) -> bool:
    """Whether the window follows a participle: "payments made | within 21 days"."""
    return bool(clause) and (clause[-1].endswith("ed") or clause[-1] in _IRREGULAR_PARTICIPLES)


def _bare_plural(words: list[str], index: int) -> bool:
    word = words[index]
    if not (len(word) > 3 and word.isalpha() and word.endswith("s") and word not in _NOT_PLURAL
            and not word.endswith(("ss", "us", "is"))):
        return False
    for previous in reversed(words[max(0, index - 3):index]):
        if previous in SPECIFIC_WORDS or previous[:1].isdigit() or previous in NUMBERS:
            return False
        if previous in NOUN_PHRASE_BREAKS:
            break
    return True


def _clause_before(ctx: _Ctx, pos: int) -> list[str]:
    """The words of the clause that ends at ``pos`` (after the last clause break)."""
    words = [word for _, word in ctx.before(pos, 16)]
    for index in range(len(words) - 1, -1, -1):
        if words[index] in CLAUSE_BREAKS:
            return words[index + 1:]
    return words


def _clause_has_count(words: list[str]) -> bool:
    return any(word[0].isdigit() and (index + 1 >= len(words)
                                      or words[index + 1] not in ("%", "percent"))
               for index, word in enumerate(words))


def _select(frames: list[_Frame]) -> list[_Frame]:
    """Longest first, then leftmost; keep those that overlap nothing kept."""
    chosen: list[_Frame] = []
    for frame in sorted(frames, key=lambda f: (f.start - f.end, f.start)):
        if all(frame.end <= c.start or frame.start >= c.end for c in chosen):
            chosen.append(frame)
    return sorted(chosen, key=lambda f: f.start)


_RANGE_GAP = re.compile(r"\s{0,3}(?:-|to|and|&)?\s{0,3}")
_RANGE_PREFIXES = frozenset({"through", "thru", "until", "till", "til", "'til", "up until"})


def _merge_ranges(frames: list[_Frame], ctx: _Ctx) -> list[_Frame]:
    """Join "from January to March", "Q1-Q2 2027", "between Q1 and Q2" into one period."""
    merged: list[_Frame] = []
    for frame in frames:
        previous = merged[-1] if merged else None
        joined = _join(previous, frame, ctx) if previous is not None else None
        if joined is not None:
            merged[-1] = joined
        else:
            merged.append(_in_sequence(previous, frame, ctx) if previous else frame)
    return merged


_LIST_GAP = re.compile(r"\s{0,3}(?:,|and|or|&|, and|, or)\s{0,3}")


def _in_sequence(left: _Frame, right: _Frame, ctx: _Ctx) -> _Frame:
    """In a list ("in Q3 and Q4"), a period named without a year follows the one before it."""
    if right.core is None or not right.core.implicit or left.first is None \
            or right.first is None or right.last is None:
        return right
    if right.last >= left.first or not _LIST_GAP.fullmatch(ctx.low[left.end:right.start]):
        return right
    first, last = cal.shift_years((right.first, right.last), 1)
    return _Frame(right.start, right.end, right.kind, first, last, right.granularity,
                  right.core, right.prefix, right.prefix_class, right.modifier, right.baseline,
                  right.planned)


def _join(left: _Frame, right: _Frame, ctx: _Ctx) -> _Frame | None:
    if left.core is None or right.core is None or left.core.kind == "window" \
            or right.core.kind == "window" or left.first is None or right.last is None:
        return None
    if left.prefix_class not in ("", "start", "range", "period"):
        return None
    gap = ctx.low[left.end:right.start]
    found = _RANGE_GAP.fullmatch(gap)
    if found is None:
        return None
    separator = gap.strip()
    if separator == "and" and left.prefix_class != "range":
        return None
    if not separator and right.prefix not in _RANGE_PREFIXES:
        return None
    first, last = left.first, right.last
    if first > last and right.core.implicit:
        last = cal.shift_years((last, last), 1)[1]  # "Q3-Q4" asked in Q4: next Q3 to Q4
    elif first > last and left.core.implicit:
        first = cal.add_years(first, -1)  # "Jan-Mar 2027" asked in June 2027
    if first > last:
        return None
    return _Frame(left.start, right.end, "period", first, last, right.granularity,
                  right.core, left.prefix, left.prefix_class)


# ---------------------------------------------------------------------------
# Phrases: vague time, undated events, seasons, TBD, cadences
# ---------------------------------------------------------------------------

_VAGUE = _DATA["vague"]
_VAGUE_RE = _compile(rf"(?<![\w])(?:{_alt(_VAGUE['phrases'])})(?![\w])")
_VAGUE_NOT_BEFORE = frozenset(_VAGUE["not_before"])
_VAGUE_NOT_AFTER = frozenset(_VAGUE["not_after"])
_VAGUE_STARTS = frozenset(w for w in _DATA["prefixes"]["start"] if " " not in w)
_SEASONS = _DATA["seasons"]
_SEASON_RE = _compile(
    rf"(?<![\w])(?P<season>{_alt(_SEASONS['words'])})(?:{_S}(?:of{_S})?(?P<year>{_YEAR4}|'\d{{2}}))?"
    r"(?![\w])")
_SEASON_CONTEXT = {_key(w): "season" for w in _SEASONS["context"]}
_EVENTS = _DATA["events"]
_EVENT_WORDS = frozenset(_key(w) for w in _EVENTS["words"])
_EVENT_DETERMINERS = frozenset(_EVENTS["determiners"])
_LINKS_NEEDING_DETERMINER = frozenset(_EVENTS["links_needing_determiner"])
_EVENT_RE = _compile(
    rf"(?<![\w])(?P<link>{_alt(_EVENTS['links'])})[\s-]{{1,3}}"
    rf"(?P<det>(?:{_alt(_EVENTS['determiners'])}){_S}(?:{_YEAR4}{_S})?)?"
    rf"(?:(?:{_alt(_EVENTS['adjectives'])}){_S}){{0,2}}(?:{_alt(_EVENTS['words'])})(?![\w])")
_CLAUSES = _DATA["event_clauses"]
_EVENT_CLAUSE_RE = _compile(
    rf"(?<![\w])(?:(?:{_alt(_CLAUSES['links'])}){_S}(?:{_alt(_CLAUSES['determiners'])}){_S}"
    rf"(?:[\w'-]{{1,20}}{_S}){{0,3}}?(?:{_alt(_CLAUSES['linking_verbs'])}){_S}"
    rf"(?:{_alt(_CLAUSES['states'])}|[a-z]{{2,20}}(?:ed|en))"
    rf"|(?:{_alt(_CLAUSES['condition_links'])}){_S}(?:[\w'-]{{1,20}}{_S}){{1,3}}?"
    rf"(?:{_alt(_CLAUSES['condition_verbs'])}))(?![\w])")
_TBD = _DATA["tbd"]
_TBD_RE = _compile(
    rf"(?<![\w])(?:(?:{_alt(_TBD['before'])}){_OS}(?:is{_S}|:{_OS}|-{_OS}|of{_S})?"
    rf"(?:{_alt(_TBD['words'])})|(?:{_alt(_TBD['words'])}){_S}(?:{_alt(_TBD['after'])}))(?![\w])")
_CADENCE_WORDS = {_normalise(k): v for k, v in _DATA["cadence_words"].items()}
_CADENCE_WORD_RE = _compile(rf"(?<![\w/])(?P<w>{_alt(_CADENCE_WORDS)})(?![\w])")
_CADENCE_CASED = dict(_DATA["cadence_case_sensitive"])
_CADENCE_CASED_RE = _compile(
    r"(?<![\w])(?P<w>" + "|".join(re.escape(w) for w in sorted(_CADENCE_CASED)) + r")(?![\w])")
_LINKS = _DATA["cadence_links"]
_CADENCE_UNITS = {s: u for s, u in UNITS.items() if s not in SHORT_UNITS or s == "mo"}
_CADENCE_LINK_RE = _compile(
    rf"(?<![\w])(?P<link>{_alt(_LINKS['always'] + _LINKS['after_count'])})\s{{0,3}}"
    rf"(?:(?P<n>\d{{1,3}}|{_NUM_WORDS}|other|single|second){_S})?"
    rf"(?P<unit>{_alt(_CADENCE_UNITS)}|{_WEEKDAY}s?|morning|evening|night)(?![\w])")
_PER_SLASH_RE = _compile(rf"/\s?(?P<unit>{_alt(_CADENCE_UNITS)})(?![\w/])")
_ON_WEEKDAYS_RE = _compile(rf"(?<![\w])on{_S}(?:{_WEEKDAY})s(?![\w])")
_COUNT_WORDS = frozenset(_DATA["cadence_counts"]["words"])
_CADENCE_EXCLUDE = {_key(w): "metric" for w in _DATA["cadence_exclusions"]["next_words"]}
_AFTER_COUNT = frozenset(_LINKS["after_count"])


def _phrase(m: re.Match[str], kind: str, granularity: str | None = None) -> _Frame:
    return _Frame(m.start(), m.end(), kind, None, None, granularity)


_VAGUE_GATE = _gate(_VAGUE["phrases"])
_SEASON_GATE = _gate(_SEASONS["words"])
_EVENT_GATE = _gate(_EVENTS["words"])
_TBD_GATE = _gate(_TBD["words"])
_EVENT_CLAUSE_GATE = _gate(_CLAUSES["links"] + _CLAUSES["condition_links"])
_CADENCE_WORD_GATE = _gate(_CADENCE_WORDS)
_CADENCE_CASED_GATE = _gate(_CADENCE_CASED)
_CADENCE_LINK_GATE = _gate(_LINKS["always"] + _LINKS["after_count"],
                           [*_CADENCE_UNITS, *WEEKDAYS, "morning", "evening", "night"])
_PER_SLASH_GATE = _gate(["/"], _CADENCE_UNITS)
_ON_WEEKDAYS_GATE = _gate([f"{w}s" for w in WEEKDAYS])


PhraseHandler = Callable[[re.Match[str], _Ctx], "_Frame | None"]
# (pattern, gate, handler, reads the original text rather than the lower-cased one)
_PHRASES: list[tuple[_Pattern, Gate, PhraseHandler, bool]] = []


def _phrases(pattern: _Pattern, gate: Gate,
             original: bool = False) -> Callable[[PhraseHandler], PhraseHandler]:
    """Register a handler for a vague or cadence phrase pattern."""
    def register(func: PhraseHandler) -> PhraseHandler:
        _PHRASES.append((pattern, gate, func, original))
        return func
    return register


@_phrases(_VAGUE_RE, _VAGUE_GATE)
def _vague(m: re.Match[str], ctx: _Ctx) -> _Frame | None:
    """Soon, ASAP, eventually, in the coming months ("long-term contracts" is not)."""
    after = ctx.after(m.end(), 1)
    before = ctx.before(m.start(), 1)
    if after and after[0][1] in _VAGUE_NOT_BEFORE:
        return None
    if before and before[-1][1] in _VAGUE_NOT_AFTER:
        return None
    if before and before[-1][1] in _VAGUE_STARTS:
        # "Starting next sprint we will ...": the opener is part of the time
        return _Frame(before[-1][0], m.end(), "vague", None, None, None)
    return _phrase(m, "vague")


@_phrases(_SEASON_RE, _SEASON_GATE)
def _season(m: re.Match[str], ctx: _Ctx) -> _Frame | None:
    """This summer, by fall 2027: a season after a time word or before a year."""
    tokens = ctx.before(m.start(), 3)
    if tokens and tokens[-1][1] == "the":
        tokens.pop()
    found = _match_tail(tokens, _SEASON_CONTEXT, 2)
    if found or m["year"]:
        return _Frame(found[2] if found else m.start(), m.end(), "vague", None, None, None)
    return None


@_phrases(_EVENT_RE, _EVENT_GATE)
def _event(m: re.Match[str], ctx: _Ctx) -> _Frame | None:
    """After the reorg, once funding closes, by the launch."""
    if m["link"] in _LINKS_NEEDING_DETERMINER and not m["det"]:
        return None  # "by funding projects" is a means, not an event
    return _offset_or_event(m, ctx)


def _offset_or_event(m: re.Match[str], ctx: _Ctx) -> _Frame:
    """ "approved six weeks before its launch": a count of time units right before the
    event makes a lead time, a duration of the target; otherwise an undated event."""
    before = ctx.before(m.start(), 2)
    if len(before) == 2 and before[1][1] in UNITS and (
            before[0][1][:1].isdigit() or before[0][1] in NUMBERS):
        return _Frame(before[0][0], m.end(), "duration", None, None, "event")
    return _phrase(m, "vague", "event")


@_phrases(_EVENT_CLAUSE_RE, _EVENT_CLAUSE_GATE)
def _event_clause(m: re.Match[str], ctx: _Ctx) -> _Frame | None:
    """Before the old one is decommissioned, once the new CRM is live, when budget allows."""
    return _offset_or_event(m, ctx)


@_phrases(_TBD_RE, _TBD_GATE)
def _tbd(m: re.Match[str], ctx: _Ctx) -> _Frame | None:
    """Deadline: TBD, date TBC."""
    return _phrase(m, "vague")


@_phrases(_CADENCE_WORD_RE, _CADENCE_WORD_GATE)
def _cadence_word(m: re.Match[str], ctx: _Ctx) -> _Frame | None:
    """Weekly, monthly, annually, year over year (not "monthly recurring revenue")."""
    if _names_a_metric(ctx, m.end()):
        return None
    return _phrase(m, "cadence", _CADENCE_WORDS[re.sub(r"\s+", " ", m["w"])] or None)


@_phrases(_CADENCE_CASED_RE, _CADENCE_CASED_GATE, original=True)
def _cadence_cased(m: re.Match[str], ctx: _Ctx) -> _Frame | None:
    """YoY, QoQ, MoM, WoW (case matters: "mom" and "wow" are words)."""
    return _phrase(m, "cadence", _CADENCE_CASED[m["w"]])


@_phrases(_CADENCE_LINK_RE, _CADENCE_LINK_GATE)
def _cadence_link(m: re.Match[str], ctx: _Ctx) -> _Frame | None:
    """Per week, every quarter, each Friday, a month (after a count)."""
    if m["link"].strip() in _AFTER_COUNT and not _after_count(ctx, m.start()):
        return None
    unit_word = re.sub(r"\s+", " ", m["unit"])
    unit = _CADENCE_UNITS.get(unit_word, "day" if unit_word in
                              ("morning", "evening", "night") else "week")
    return _phrase(m, "cadence", GRANULARITY.get(unit, unit))


@_phrases(_PER_SLASH_RE, _PER_SLASH_GATE)
def _per_slash(m: re.Match[str], ctx: _Ctx) -> _Frame | None:
    """40 meetings/week."""
    before = ctx.low[max(0, m.start() - 2):m.start()].rstrip(" ")[-1:]
    if not (before.isalnum() or before == "%"):
        return None
    unit = _CADENCE_UNITS[re.sub(r"\s+", " ", m["unit"])]
    return _phrase(m, "cadence", GRANULARITY.get(unit, unit))


@_phrases(_ON_WEEKDAYS_RE, _ON_WEEKDAYS_GATE)
def _on_weekdays(m: re.Match[str], ctx: _Ctx) -> _Frame | None:
    """On Mondays."""
    return _phrase(m, "cadence", "week")


def _find_phrases(ctx: _Ctx) -> list[_Frame]:
    found = []
    for index in _PHRASE_GATES.open(ctx.words):
        pattern, _, handle, original = _PHRASES[index]
        for match in pattern.finditer(ctx.text if original else ctx.low):
            frame = handle(match, ctx)
            if frame is not None:
                found.append(frame)
    return found


def _names_a_metric(ctx: _Ctx, pos: int) -> bool:
    """ "monthly recurring revenue", "daily active users": part of a metric's name."""
    return _match_head(ctx.after(pos, 2), _CADENCE_EXCLUDE, 2) is not None


def _after_count(ctx: _Ctx, pos: int) -> bool:
    """Is there a count just before "a week" ("40 meetings a week", "twice a month")?"""
    tokens = ctx.before(pos, 4)
    if not tokens:
        return False
    last = tokens[-1][1]
    if last in _COUNT_WORDS:
        return True
    if last in PREFIXES or last in _FAST:
        return False  # "within a week" is a window
    return any(word[0].isdigit() or word in _COUNT_WORDS or word in NUMBERS
               for _, word in tokens if word not in ("a", "an"))


_CORE_GATES = _GateIndex([gate for _, gate, _ in _CORES])
_PHRASE_GATES = _GateIndex([gate for _, gate, _, _ in _PHRASES])

# ---------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------

# Longer texts are read in full, but no single call may keep work unbounded: the
# caches key on the text, so very long texts are scanned once per call at most.
_CACHE_SIZE = 8192


def find_timeframes(text: str, today: date, fiscal_year_start: int = 1) -> list[Timeframe]:
    """Every time expression in ``text``, resolved, in text order (cached per arguments)."""
    return list(_find_cached(text, _as_date(today), fiscal_year_start))


def _as_date(today: date) -> date:
    # A datetime would not compare with the dates the calendar returns.
    return today.date() if isinstance(today, datetime) else today


@lru_cache(maxsize=_CACHE_SIZE)
def _find_cached(text: str, today: date, fiscal_year_start: int,
                 lenient: bool = False) -> tuple[Timeframe, ...]:
    if not 1 <= fiscal_year_start <= 12:
        raise ValueError(f"fiscal_year_start must be 1..12, not {fiscal_year_start}")
    if not text or not isinstance(text, str):
        return ()
    ctx = _Ctx(text, today, fiscal_year_start, lenient)
    placed = [frame for core in _find_cores(ctx) if (frame := _place(core, ctx)) is not None]
    frames = [f for f in _merge_ranges(_select(placed), ctx) if not f.baseline]
    phrases = _select(_find_phrases(ctx))
    frames += [p for p in phrases
               if all(p.end <= f.start or p.start >= f.end for f in frames)]
    if not lenient:
        frames = _drop_planning_periods(_outside(frames, reason_spans(text)))
        frames = _windows_as_durations(frames, text)
        frames = _without_window_anchors(frames, text)
        frames = [_counted_from(f, ctx) for f in frames]
        if "day" in ctx.low or "first" in ctx.low or "start" in ctx.low:
            frames = _from_start(frames, ctx)
    if ctx.spoken:
        frames = [_widened(f, ctx.spoken) for f in frames]
    frames.sort(key=lambda f: f.start)
    return tuple(Timeframe(text=text[f.start:f.end], span=(f.start, f.end), kind=f.kind,
                           start=f.first, end=f.last, granularity=f.granularity)
                 for f in frames)


# A time counted from someone's start, as 30/60/90-day plans write it: "by day 60",
# "in my first 30 days", "within 90 days of joining", "within 180 days of their January 4
# start". It is a date only when the text gives the start ("starting Dec 7", "start: Feb
# 1", "your Dec 1 start"); otherwise it names none.
_FROM_START_RE = re.compile(
    rf"(?<![\w])(?:(?:by|on){_S}day{_S}(?P<d>\d{{1,3}})(?![\w])"
    rf"|(?:in|within|during|over){_S}(?:my|your|their|his|her|the){_S}first{_S}"
    rf"(?P<n>\d{{1,3}}|{_NUM_WORDS}){_S}(?P<unit>days?|weeks?|months?)(?![\w])"
    rf"|within{_S}(?P<n2>\d{{1,3}}|{_NUM_WORDS}){_S}(?P<unit2>days?|weeks?|months?){_S}of{_S}"
    r"(?:joining|starting|arrival|(?:my|your|their|his|her)\s[^.;,()\n]{0,25}?"
    r"(?:start|first\s+day|arrival)(?:\s+date)?)(?![\w]))")
# The start such a count runs from: "starting Dec 7", "(start: Feb 1)", "start date Jan 4",
# "starts Jan 11", just before the date; "your Dec 1 start", just after it.
_START_BEFORE = re.compile(r"(?:start(?:ing|s)?(?:\s+date)?|joining|joins)\s*[:\-–]?\s*"
                           r"(?:on\s+)?\Z")
_START_AFTER = re.compile(r"\s+start(?:\s+date)?(?![\w])")
# What makes the count the writer's (or the reader's) own start even with no date given.
_OWN_START = re.compile(r"\A(?:by|on)\s|\b(?:my|your)\s+first\b|\bof\s+(?:joining|starting)\b")


def _from_start(frames: list[_Frame], ctx: _Ctx) -> list[_Frame]:
    """A count from someone's start: the start's date plus the count, or vague time when
    the text gives no start (the start itself is no deadline)."""
    m = _FROM_START_RE.search(ctx.low)
    if m is None:
        return frames
    if m["d"]:
        count, unit = int(m["d"]), "day"
    else:
        count, unit = _count_of(m["n"] or m["n2"]), (m["unit"] or m["unit2"]).rstrip("s")
    start = _start_frame(frames, ctx)
    if start is None and not _OWN_START.search(m.group()):
        # "onboard customers in their first 30 days", "assess every newcomer within 10 days
        # of arrival": each one's own start, a service level, not the writer's
        return frames
    kept = [f for f in frames if not (f.start < m.end() and m.start() < f.end)
            and not (start is not None and f.end == start.end)]
    span_end = m.end()
    if start is not None:
        bracket = _START_BRACKET.match(ctx.low, m.end())
        if bracket is not None and bracket.end() >= start.start:
            # "In my first 30 days (start: Feb 1)": one time, which a rewrite keeps whole
            span_end = start.end + ctx.low.startswith(")", start.end)
        elif not (start.start < m.end() and m.start() < start.end):
            # (elsewhere the start stays a time, a start with no end: no object)
            kept.append(replace(start, kind="period", last=None))
    if start is not None and count > 0:
        end = cal.advance(start.first, count, unit, ctx.fiscal_start)
        kept.append(_Frame(m.start(), span_end, "deadline", ctx.today, end, "day"))
    else:
        kept.append(_Frame(m.start(), m.end(), "vague", None, None, None))
    return kept


def _start_frame(frames: list[_Frame], ctx: _Ctx) -> _Frame | None:
    """The first day named as someone's start, its span widened over the start word
    ("(start Jan 4)"); "starting Dec 7" is one frame already, "your Dec 1 start" ends
    with the word."""
    for f in frames:
        if f.first is None or f.granularity != "day":
            continue
        before = _START_BEFORE.search(ctx.low, max(0, f.start - 20), f.start)
        if before is not None:
            return replace(f, start=before.start())
        if ctx.low.startswith("start", f.start) or _START_AFTER.match(ctx.low, f.end):
            return f
    return None


def _count_of(word: str) -> int:
    """A count written in digits, in words ("two") or as "a"/"an"; 0 when unknown."""
    if word in ("a", "an"):
        return 1
    return int(word) if word.isdigit() else int(NUMBERS.get(word, 0))


# The bracket that opens right after a count from a start and holds the start.
_START_BRACKET = re.compile(r"\s*\(\s*")


_COUNT_BEFORE_FROM = re.compile(
    rf"(?<![\w])(?P<n>\d{{1,3}}|{_NUM_WORDS}|a|an){_S}(?P<unit>days?|weeks?|months?){_S}\Z")


def _counted_from(frame: _Frame, ctx: _Ctx) -> _Frame:
    """ "two weeks from Monday", "10 days after Jan 4": a day counted on from a named day
    is the deadline (not a start with no end)."""
    if frame.prefix not in ("from", "after") or frame.first is None or (
            frame.granularity != "day") or frame.last not in (None, frame.first):
        return frame
    m = _COUNT_BEFORE_FROM.search(ctx.low, max(0, frame.start - 30), frame.start)
    if m is None:
        return frame
    count = _count_of(m["n"])
    if count <= 0:
        return frame
    end = cal.advance(frame.first, count, m["unit"].rstrip("s"), ctx.fiscal_start)
    return _Frame(m.start(), frame.end, "deadline", ctx.today, end, "day")


# Windows this long are how long a project takes, not how fast a routine is done.
_PROJECT_UNITS = frozenset({"month", "quarter", "half", "year"})


def _windows_as_durations(frames: list[_Frame], text: str) -> list[_Frame]:
    """ "Close the monthly books within 5 business days by March": next to a deadline that
    ends later or right before one, right before a cadence ("within 5 business days every
    month") or bounded ("in 7 business days or less"), a bare "within/in N units" window
    is how fast a routine is done, a duration target."""
    windows = [f for f in frames if f.kind == "deadline" and f.prefix in ("within", "in")
               and f.core is not None and f.core.window is not None
               and not f.core.window[2] and not f.core.window[3]
               and f.core.window[1] not in _PROJECT_UNITS]
    if not windows:
        return frames
    out = []
    for frame in frames:
        if frame in windows and frame.last is not None and (any(
                other.kind == "deadline" and other.last is not None
                and other.last > frame.last and other not in windows for other in frames)
                or _deadline_follows(frame, frames, windows, text)
                or _cadence_follows(frame, frames, text)
                or _BOUND_AFTER.match(text, frame.end)):
            frame = replace(frame, kind="duration", first=None, last=None)
        out.append(frame)
    return out


def _deadline_follows(frame: _Frame, frames: list[_Frame], windows: list[_Frame],
                      text: str) -> bool:
    """Whether a deadline stands right after the window ("close the books in 4 days | by
    Sept 30"): the window is how fast, the deadline when, even one already past."""
    return any(other.kind == "deadline" and other not in windows and other.last is not None
               and other.start >= frame.end and not text[frame.end:other.start].strip()
               for other in frames)


_ANCHOR_LINK = re.compile(r"\s{1,2}(?:of|after|following)\s{1,2}(?:the\s{1,2})?",
                          re.IGNORECASE)


def _without_window_anchors(frames: list[_Frame], text: str) -> list[_Frame]:
    """ "close the books within 5 business days of | month end": a period named with no
    date that a duration counts from is the event it repeats after, not a deadline."""
    durations = [f for f in frames if f.kind == "duration"]
    if not durations:
        return frames
    return [f for f in frames if not (
        f.kind in ("deadline", "period") and not any(ch.isdigit() for ch in text[f.start:f.end])
        and any(d.end <= f.start and _ANCHOR_LINK.fullmatch(text, d.end, f.start)
                for d in durations))]


# "in 7 business days or less": a bound on how long it takes, never a deadline.
_BOUND_AFTER = re.compile(r"\s{0,2}(?:or\s(?:less|fewer|under|sooner|faster|quicker)|max\b|"
                          r"at\smost\b|or\sbetter\b)", re.IGNORECASE)


def _cadence_follows(frame: _Frame, frames: list[_Frame], text: str) -> bool:
    """Whether a cadence ("every month", "each week") follows the window directly: the
    window then repeats with it, so it has no single end."""
    return any(other.kind == "cadence" and 0 <= other.start - frame.end <= 3
               and not text[frame.end:other.start].strip(" ,") for other in frames)


def resolve_period(text: str, today: date, fiscal_year_start: int = 1) -> Timeframe | None:
    """The one best time reading of a short context text: a heading, a cell, an answer.

    "Q1 2027 Revenue Plan", "My goals for 2027", "Period: H1 2027", "2027-03-31",
    "end of March", "Q2", "next quarter". A bare year counts here ("2027 Plan")
    though it does not in a goal. A single day next to a word that marks a meeting
    or a document date ("Notes from the 2027-01-12 sync", "Meeting 12 March",
    "Updated 3/1/2027") is when something happened, not a period: it is ignored.

    Returns the first reading with an end date; failing that the first other one
    (vague, a cadence, a start with no end) so the caller can say why it does not
    resolve; None when the text names no time. Only a result with ``end`` set gives
    a deadline.
    """
    frames = list(_find_cached(text, _as_date(today), fiscal_year_start, lenient=True))
    if _mentions_not_a_period(text):
        frames = [f for f in frames if f.granularity != "day"]
    dated = [f for f in frames if f.kind in ("deadline", "period") and f.end is not None]
    if dated:
        return dated[0]
    others = [f for f in frames if f.kind != "duration"]
    return others[0] if others else None


@lru_cache(maxsize=1024)
def _mentions_not_a_period(text: str) -> bool:
    # Cached: the rules resolve the same default period ("next quarter") for every goal.
    tokens = _TOKEN_RE.findall(_normalise(text))
    phrases = {*tokens, *(f"{a} {b}" for a, b in pairwise(tokens)),
               *(f"{a} {b} {c}" for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False))}
    return bool(NOT_A_PERIOD & phrases)


@lru_cache(maxsize=1024)
def _dateparser_date(span: str, today: date) -> date | None:
    """An explicit date the patterns found but do not read themselves (cached per span)."""
    import dateparser  # lazy: importing it costs a fifth of a second

    settings = {"RELATIVE_BASE": datetime(today.year, today.month, today.day),
                "PREFER_DATES_FROM": "future", "DATE_ORDER": "YMD",
                "REQUIRE_PARTS": ["day", "month", "year"]}
    try:
        parsed = dateparser.parse(span, languages=["en"], settings=settings)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    return parsed.date() if parsed is not None else None


_REASON_RE = re.compile(rf"(?<![\w'])(?:{_alt(_DATA['reason']['markers'])})(?![\w'])")
# "get 30% of users to enable 2FA by Q2": after a verb such as "get" or "help" that opens
# the clause, the first "to" that follows its short object says what should happen, so the
# time in it is the goal's. A participle in between ("get the plan approved to support
# the launch") ends the object, and the "to" is a purpose again.
_COMPLEMENT_HOST_RE = re.compile(
    rf"(?:^\s*|[:.!?–—-]\s+|\b(?:will|to|must|should|shall)\s+)"
    rf"(?:{_alt(load_data('words')['objects']['complement_verbs'])})"
    r"\s+(?:(?!to\b)(?![a-z]+ed\b)[^\s:;]+\s+){1,8}$")
_SENTENCE_END_RE = re.compile(r"[.;!?\n](?!\d)")
# "due to" and a short noun phrase, then the change: the cause names a part of the metric.
_CAUSE_QUALIFIER_RE = re.compile(r"due to(?:\s+[a-z][\w-]*){1,3}\s+(?:by|from|under|below)\s+"
                                 r"[$€£]?\d")


def opens_complement(before: str) -> bool:
    """Whether a "to" clause right after ``before`` (lowercase text) is the outcome of a
    verb such as "get" or "help" that opens the clause, rather than a purpose."""
    return _COMPLEMENT_HOST_RE.search(before) is not None


@lru_cache(maxsize=_CACHE_SIZE)
def reason_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Purpose or cause clauses ("so that ...", "because ...") after a goal's outcome.

    Each span runs from its marker to the end of its sentence. Times and numbers inside
    say why, not when or how much (see data/time.toml, [reason]). A marker that opens
    the text is a leading reason, whose extent this reader does not judge: not reported.
    """
    if not isinstance(text, str) or not text:
        return ()
    low = _normalise(text)
    spans: list[tuple[int, int]] = []
    pos = 0
    while (m := _REASON_RE.search(low, pos)) is not None:
        # The sentence start, searched back no further than where this scan resumed.
        sentence = max(pos, *(low.rfind(ch, pos, m.start()) + 1 for ch in ".;!?\n"))
        end_m = _SENTENCE_END_RE.search(low, m.end())
        end = end_m.start() if end_m else len(low)
        if low.startswith("which", m.start()) and low[:m.start()].rstrip().endswith(","):
            # ", which will protect next year's plan, by the end of the fiscal year": an
            # aside set off by commas ends at its closing comma
            close = low.find(",", m.end(), end)
            end = close if close != -1 else end
        if low.startswith("to ", m.start()) and opens_complement(low[sentence:m.start()]):
            pos = m.end()
            continue
        if _CAUSE_QUALIFIER_RE.match(low, m.start()) is not None:
            pos = m.end()  # "returns due to defects by 50%": which returns, not why
            continue
        if any(word not in _FILLERS for word in _LETTERS_RE.findall(low, sentence, m.start())):
            spans.append((m.start(), end))  # (not after "ok": "ok so we need to ...")
        pos = max(end, m.end())
    return tuple(spans)


def in_spans(pos: int, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``pos`` lies in one of ``spans`` (sorted, disjoint), by bisection."""
    index = bisect_right(spans, (pos, float("inf"))) - 1
    return index >= 0 and pos < spans[index][1]


def _outside(frames: list[_Frame], spans: tuple[tuple[int, int], ...]) -> list[_Frame]:
    return [f for f in frames if not in_spans(f.start, spans)] if spans else frames


# ---------------------------------------------------------------------------
# The spaCy component
# ---------------------------------------------------------------------------

class TimexComponent:
    """Sets ``goal_parts(doc).timeframes`` from the doc's text."""

    def __init__(self, today: date | None, fiscal_year_start: int) -> None:
        if not 1 <= fiscal_year_start <= 12:
            raise ValueError(f"fiscal_year_start must be 1..12, not {fiscal_year_start}")
        self.today = today
        self.fiscal_year_start = fiscal_year_start

    def __call__(self, doc: Doc) -> Doc:
        # No configured date means the real today, read when the doc is processed.
        today = self.today or date.today()
        parts = goal_parts(doc)
        parts.timeframes = find_timeframes(parts.text, today, self.fiscal_year_start)
        return doc


@Language.factory("goalsmith_timex", default_config={"today": "", "fiscal_year_start": 1})
def make_timex(nlp: Language, name: str, today: str, fiscal_year_start: int) -> TimexComponent:
    """The ``goalsmith_timex`` factory: ``today`` is an ISO date, or "" for the real today."""
    return TimexComponent(date.fromisoformat(today) if today else None, int(fiscal_year_start))
