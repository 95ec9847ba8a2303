"""The metric catalogue and the word lexicon (``data/metrics.toml``, ``data/words.toml``).

Everything goalsmith knows about metrics (aliases, unit, better direction, whether the
rate is capped at 100%, how far it plausibly moves in a quarter or a year, the target a
rewrite suggests) and about goal words (verbs by direction, hedges, abstract objects,
team and role nouns, scope words, reason markers) is data. This module turns that data
into fast lookups:

* :func:`tokenize` splits text into :class:`Tok` tokens with character offsets;
* :class:`PhraseIndex` finds the longest listed phrase at a token position;
* :class:`Catalogue` (and the module-level :func:`lookup`) maps text to a :class:`MetricInfo`;
* :func:`lexicon` gives the word lists as phrase indexes, verbs with all their inflections;
* :func:`vocabulary` bundles a lexicon and a catalogue with the user's additions
  (``[words]``, ``[metrics.<name>]``) under a hashable key, for the pipeline's caches.

Matching is case-insensitive, tolerant of plurals ("meetings" finds "meeting") and treats
a hyphen inside a word like a space ("time-to-fill" = "time to fill").
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any, NamedTuple

from goalsmith.data import abbreviations, load_data, phrases

UNITS = ("percent", "currency", "count", "duration", "score", "ratio", "mass", "distance",
         "frequency")
DIRECTIONS = ("up", "down")
# The words of a label that names an owner in a tag or a signature ("(DRI: Sam)",
# "- Owner: Mei"), as a regex alternation shared by the owner finder and the rewriter.
OWNER_LABEL_WORDS = r"owners?|dri|lead|assignee|responsible|responsibility|accountable|mgr|jointly"

# Numbers, words (keeping "don't" whole), contraction tails ("'ll", "'s") and any other
# single character. Bounded alternatives: linear time on any input.
# (a version is one word: "v3.0", "v2.3.1")
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|\b[vV]\d+(?:\.\d+)+\b|[^\W_]+(?:['’]t\b)?"
                       r"|['’][^\W\d_]+|\S")
# A hyphen glued to a word on both sides joins the word ("mid-market", "On-time").
HYPHENS = frozenset("-‐‑")


WordsExtra = Mapping[str, Sequence[str]] | Iterable[tuple[str, Sequence[str]]]
MetricsExtra = Mapping[str, Mapping[str, Any]] | Iterable[tuple[str, Mapping[str, Any]]]


class CatalogueError(ValueError):
    """A metric table (shipped or from configuration) that cannot be used."""


class Tok(NamedTuple):
    """One token: its text, character span, lowercase form and plural-folded form."""

    text: str
    start: int
    end: int
    low: str
    norm: str


def singular(word: str) -> str:
    """A light plural fold used on both sides of every match ("logos" -> "logo")."""
    if len(word) <= 2 or not word.endswith("s") or word.endswith(("ss", "us", "is", "'s")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1]


# words.toml's [spelling]: misspellings read as the word meant, in every match.
_SPELLING: dict[str, str] = {k.lower(): str(v).lower()
                             for k, v in load_data("words").get("spelling", {}).items()}


@lru_cache(maxsize=4096)
def _fold(text: str) -> tuple[str, str]:
    low = text.lower().replace("’", "'")
    low = _SPELLING.get(low, low)  # "beter" is read as "better"
    return low, singular(low)


def spelled(word: str) -> str:
    """``word`` in lower case, a listed misspelling read as the word meant ("beter")."""
    return _fold(word)[0]


def tokenize(text: str) -> tuple[Tok, ...]:
    """Tokens of ``text`` with glued hyphens dropped, so "demo-to-close" is three words.

    Cached: the owner and parts components both read the same goal."""
    return _tokenize(text) if len(text) <= 4096 else _tokenize.__wrapped__(text)


@lru_cache(maxsize=2048)
def _tokenize(text: str) -> tuple[Tok, ...]:
    tokens: list[Tok] = []
    append = tokens.append
    for match in _TOKEN_RE.finditer(text):
        word = match.group()
        start = match.start()
        if word in HYPHENS and _glued(text, start):
            continue
        if word == "." and _abbreviated(text, start, tokens):
            continue  # "Dept. chair to ...": the point of an abbreviation ends nothing
        low, norm = _fold(word)
        # tuple.__new__ skips the NamedTuple's Python-level __new__: this runs per token.
        append(_new_tuple(Tok, (word, start, start + len(word), low, norm)))
    return tuple(tokens)


_new_tuple = tuple.__new__


def _abbreviated(text: str, pos: int, tokens: list[Tok]) -> bool:
    """Whether the point at ``pos`` closes a listed abbreviation with a lower-case word
    after it ("Dept. chair", "Asst. manager"), which no sentence end is."""
    return bool(tokens) and tokens[-1].end == pos and tokens[-1].low in _SHORT_FORMS and (
        _LOWER_NEXT.match(text, pos + 1) is not None)


_LOWER_NEXT = re.compile(r"[ \t]{1,3}[a-z]")
# (not a company's "Co." or "Inc.", whose point is part of the name)
_SHORT_FORMS = frozenset(w for w in abbreviations() if "." not in w) - {
    "co", "inc", "ltd", "corp"}


def _glued(text: str, pos: int) -> bool:
    return 0 < pos < len(text) - 1 and not text[pos - 1].isspace() and not text[pos + 1].isspace()


def phrase_key(phrase: str, folded: bool = True) -> tuple[str, ...]:
    """The token key a phrase is indexed under (the same folding as the text)."""
    return tuple(t.norm if folded else t.low for t in tokenize(phrase))


class PhraseIndex:
    """Longest-match lookup of multi-word phrases over a token list.

    ``folded`` indexes plural-folded forms (nouns); otherwise lowercase forms (verbs,
    markers). A phrase added with ``exact=True`` only matches its written capitalisation.

    The phrases form a trie of token keys: a lookup walks as far as the tokens follow
    some phrase, so its cost is the length of the match, not the number of phrases that
    share a first word ("to" opens thirty reason markers). The owner and parts
    components call ``match_at`` at almost every token, so this is on the hot path.
    """

    def __init__(self, folded: bool = True) -> None:
        self.folded = folded
        self._field = 4 if folded else 3  # Tok.norm or Tok.low
        # first key -> node; a node is [phrases ending here, children by next key], and
        # the phrases ending at a node are (value, surface or None) in listing order.
        self._by_first: dict[str, _Node] = {}

    def starts(self, tok: Tok) -> bool:
        """Whether any phrase starts with this token (a cheap pre-check)."""
        return tok[self._field] in self._by_first

    def add(self, phrase: str, value: Any, exact: bool = False) -> None:
        toks = tokenize(phrase)
        if not toks:
            return
        key = tuple(t.norm if self.folded else t.low for t in toks)
        surface = tuple(t.text for t in toks) if exact else None
        level = self._by_first
        node: _Node = level.setdefault(key[0], [[], {}])
        for word in key[1:]:
            node = node[1].setdefault(word, [[], {}])
        if any(s == surface for _, s in node[0]):
            return  # the first listing wins: data order sets precedence
        node[0].append((value, surface))

    def match_at(self, toks: Sequence[Tok], i: int, end: int | None = None
                 ) -> tuple[int, Any] | None:
        """``(j, value)`` for the longest phrase covering ``toks[i:j]``, or None.

        Among phrases of one length the first listed wins (an exact-case phrase only
        when the tokens are written that way)."""
        count = len(toks)
        if i >= count:
            return None
        field_ = self._field
        node = self._by_first.get(toks[i][field_])
        if node is None:
            return None
        limit = count if end is None or end > count else end
        j = i + 1
        if j > limit:
            return None
        ends, children = node
        if not children or j == limit:
            return self._pick(toks, i, j, ends)
        # Walk on while the tokens follow some phrase, remembering where phrases end.
        found = [(j, ends)] if ends else []
        while children and j < limit:
            node = children.get(toks[j][field_])
            if node is None:
                break
            j += 1
            ends, children = node
            if ends:
                found.append((j, ends))
        for j, ends in reversed(found):
            hit = self._pick(toks, i, j, ends)
            if hit is not None:
                return hit
        return None

    @staticmethod
    def _pick(toks: Sequence[Tok], i: int, j: int, ends: list[tuple[Any, tuple[str, ...] | None]]
              ) -> tuple[int, Any] | None:
        """The first phrase ending at token ``j`` whose written form fits, as ``(j, value)``."""
        for value, surface in ends:
            # (an exact form's plural is written the same way: "GMs", "PMs")
            if surface is None or all(toks[i + m].text in (word, word + "s")
                                      for m, word in enumerate(surface)):
                return j, value
        return None

    def find_all(self, toks: Sequence[Tok], start: int = 0, end: int | None = None
                 ) -> list[tuple[int, int, Any]]:
        """Non-overlapping leftmost-longest matches in ``toks[start:end]``."""
        found: list[tuple[int, int, Any]] = []
        limit = len(toks) if end is None else min(end, len(toks))
        field_, by_first = self._field, self._by_first
        i = start
        while i < limit:
            if toks[i][field_] not in by_first:
                i += 1
                continue
            hit = self.match_at(toks, i, limit)
            if hit is None:
                i += 1
                continue
            found.append((i, hit[0], hit[1]))
            i = hit[0]
        return found


# A trie node: [(value, exact surface or None) of the phrases ending here, children].
_Node = list[Any]


# ------------------------------------------------------------------ metrics


@dataclass(frozen=True)
class MetricInfo:
    """One catalogue metric. ``name`` is what extractions report as ``kpi``."""

    name: str
    aliases: tuple[str, ...] = ()
    domain: str = "general"
    unit: str = "count"
    better: str = "up"
    bounded_100: bool = False
    change_unit: str = "percent"  # how max_change_* are counted: "percent" or "points"
    max_change_quarter: float = 100.0
    max_change_year: float = 300.0
    default_target: str = "20%"
    default_mode: str = "by"  # "by" a change ("by 20%") or "to" a level ("to 99.9%")


_FIELD_NAMES = tuple(f.name for f in fields(MetricInfo))
# The fields a ``[metrics.<name>]`` table may set ("name" comes from the table's key).
METRIC_FIELDS = tuple(f for f in _FIELD_NAMES if f != "name")


def _metric_from_table(table: Mapping[str, Any], base: MetricInfo | None = None) -> MetricInfo:
    """A MetricInfo from a TOML table, over ``base`` when it refines a known metric."""
    unknown = sorted(set(table) - set(_FIELD_NAMES))
    name = str(table.get("name") or (base.name if base else ""))
    if unknown:
        raise CatalogueError(f"metric {name!r}: unknown field(s) {', '.join(unknown)}")
    if not name:
        raise CatalogueError("a metric needs a name")
    values: dict[str, Any] = {} if base is None else {
        f: getattr(base, f) for f in _FIELD_NAMES}
    for key, value in table.items():
        values[key] = tuple(str(a) for a in value) if key == "aliases" else value
    values["name"] = name
    info = MetricInfo(**values)
    if info.unit not in UNITS:
        raise CatalogueError(f"metric {name!r}: unit must be one of {', '.join(UNITS)}")
    if info.better not in DIRECTIONS:
        raise CatalogueError(f"metric {name!r}: better must be 'up' or 'down'")
    if info.change_unit not in ("percent", "points") or info.default_mode not in ("by", "to"):
        raise CatalogueError(f"metric {name!r}: change_unit must be percent/points and "
                             "default_mode by/to")
    try:
        return replace(info, bounded_100=bool(info.bounded_100),
                       max_change_quarter=float(info.max_change_quarter),
                       max_change_year=float(info.max_change_year),
                       default_target=str(info.default_target))
    except (TypeError, ValueError) as exc:
        raise CatalogueError(f"metric {name!r}: {exc}") from exc


@dataclass(frozen=True)
class Catalogue:
    """A set of metrics with an alias index. Immutable: ``with_extra`` returns a new one."""

    metrics: tuple[MetricInfo, ...]
    _index: PhraseIndex = field(default_factory=PhraseIndex, repr=False, compare=False)
    # lookup() results by text: the rules and the rewriter look up the same metric
    # phrases ("pipeline", "win rate") goal after goal.
    _lookups: dict[str, MetricInfo | None] = field(default_factory=dict, repr=False,
                                                   compare=False)

    def __post_init__(self) -> None:
        for info in self.metrics:
            # The name is always an alias too, so "win rate" finds itself.
            for alias in (info.name, *info.aliases):
                self._index.add(alias, info)

    @classmethod
    def from_tables(cls, tables: Iterable[Mapping[str, Any]]) -> Catalogue:
        return cls(tuple(_metric_from_table(t) for t in tables))

    def get(self, name: str) -> MetricInfo | None:
        """The metric called exactly ``name`` (case-insensitive), or None."""
        wanted = name.lower()
        return next((m for m in self.metrics if m.name.lower() == wanted), None)

    def with_extra(self, extra: Mapping[str, Mapping[str, Any]] | Iterable[tuple[str, Any]]
                   ) -> Catalogue:
        """A catalogue with the user's metrics added (or known ones refined), by name.

        ``extra`` maps a metric name to a table with MetricInfo's fields, as in a config
        file's ``[metrics."demo requests"]``; Settings.extra_metrics can be passed as is.
        """
        items = extra.items() if isinstance(extra, Mapping) else extra
        metrics = list(self.metrics)
        users: list[MetricInfo] = []
        for name, table in items:
            if not isinstance(table, Mapping):
                raise CatalogueError(f"metric {name!r}: expected a table of fields")
            known = self.get(str(table.get("name", name)))
            info = _metric_from_table({"name": str(name), **table}, base=known)
            if known is not None:
                metrics.remove(known)
            users = [m for m in users if m.name.lower() != info.name.lower()] + [info]
        # The user's metrics come first, so their names and aliases win over a shipped
        # alias ("demo requests" is an alias of leads until a user makes it a metric).
        return Catalogue((*users, *metrics))

    def match_at(self, toks: Sequence[Tok], i: int, end: int | None = None
                 ) -> tuple[int, MetricInfo] | None:
        """The longest alias starting at token ``i``: ``(end_token, metric)``."""
        return self._index.match_at(toks, i, end)

    def find(self, toks: Sequence[Tok], start: int = 0, end: int | None = None
             ) -> list[tuple[int, int, MetricInfo]]:
        """Every alias occurrence in ``toks[start:end]``, leftmost-longest."""
        return self._index.find_all(toks, start, end)

    def lookup(self, text: str) -> MetricInfo | None:
        """The metric named in ``text``: the longest alias found (the earliest on a tie)."""
        text = text[:2000]
        cache = self._lookups
        if text in cache:
            return cache[text]
        hits = self.find(tokenize(text))
        best = max(hits, key=lambda h: (h[1] - h[0], -h[0]))[2] if hits else None
        if len(cache) >= _LOOKUPS_KEPT:
            cache.clear()
        cache[text] = best
        return best


_LOOKUPS_KEPT = 4096


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    """The shipped catalogue (cached)."""
    return Catalogue.from_tables(load_data("metrics")["metric"])


def catalogue_for(extra_metrics: Iterable[tuple[str, Any]] = ()) -> Catalogue:
    """The shipped catalogue plus ``Settings.extra_metrics`` (cached per distinct value)."""
    if extra_metrics == ():
        return default_catalogue()
    items = extra_metrics if isinstance(extra_metrics, tuple) else tuple(extra_metrics)
    # The tables are dicts (unhashable), so the cache is keyed by their canonical JSON.
    return _vocabulary(vocabulary_key((), items)).catalogue


def _catalogue_with(metrics: Mapping[str, Any]) -> Catalogue:
    return default_catalogue().with_extra(metrics) if metrics else default_catalogue()


def lookup(text: str) -> MetricInfo | None:
    """The shipped catalogue's metric named in ``text`` (see :meth:`Catalogue.lookup`)."""
    return default_catalogue().lookup(text)


# ------------------------------------------------------------------ lexicon


@dataclass(frozen=True)
class Verb:
    """A listed verb: its lemma (as listed) and the category it commits to."""

    lemma: str
    category: str  # up, down, reach, deliver, improve, generic
    form: str = "base"  # base, s, past, ing: how it was written


_VOWELS = "aeiou"


def _inflect(word: str, irregular: Sequence[str]) -> list[tuple[str, str]]:
    """(form, kind) pairs for one verb word: base, -s, -ed (and participles), -ing."""
    forms = [(word, "base")]
    if word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        forms += [(word[:-1] + "ies", "s"), (word[:-1] + "ied", "past"), (word + "ing", "ing")]
    elif word.endswith("e"):
        stem = word if word.endswith("ee") else word[:-1]
        forms += [(word + "s", "s"), (word + "d", "past"), (stem + "ing", "ing")]
    else:
        ess = "es" if word.endswith(("s", "sh", "ch", "x", "z", "o")) else "s"
        forms += [(word + ess, "s"), (word + "ed", "past"), (word + "ing", "ing")]
        # Consonant doubling ("ship" -> "shipped", "enrol" -> "enrolled"). Both spellings
        # are listed; the wrong one never occurs in text, so it costs nothing.
        if (len(word) >= 3 and word[-1] in "bdglmnprt" and word[-2] in _VOWELS
                and word[-3] not in _VOWELS):
            forms += [(word + word[-1] + "ed", "past"), (word + word[-1] + "ing", "ing")]
    forms += [(w, "s" if w.endswith("s") and not w.startswith("'") else "past")
              for w in irregular]
    return forms


def _verb_forms(phrase: str, irregular: Mapping[str, Sequence[str]]) -> list[tuple[str, str]]:
    """Inflections of a (possibly phrasal or hyphenated) verb as written phrases."""
    words = phrase.split()
    # "roll out" inflects its first word; "fine-tune" and "cross-sell" their last.
    if len(words) == 1 and "-" in phrase:
        head, sep, tail = phrase.rpartition("-")
        return [(head + sep + form, kind) for form, kind in _inflect(tail, irregular.get(tail, ()))]
    head, rest = words[0], " ".join(words[1:])
    return [((form + " " + rest).strip(), kind)
            for form, kind in _inflect(head, irregular.get(head, ()))]


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``words.toml`` as phrase indexes (built once)."""

    verbs: PhraseIndex
    modals: PhraseIndex
    hedges: PhraseIndex
    noncommittal: PhraseIndex
    declarative_states: PhraseIndex
    abstract: PhraseIndex
    determiners: frozenset[str]
    deliverables: PhraseIndex
    perfection: PhraseIndex
    comparators: PhraseIndex
    teams: PhraseIndex
    team_suffixes: PhraseIndex
    roles: PhraseIndex
    title_prefixes: PhraseIndex
    pronouns: frozenset[str]
    possessive_teams: PhraseIndex
    role_quantifiers: frozenset[str]
    organisation_words: frozenset[str]
    labels: PhraseIndex
    owner_labels: PhraseIndex
    not_names: frozenset[str]
    scope: PhraseIndex
    reasons: PhraseIndex
    implicit_metric: Mapping[str, str]
    number_words: frozenset[str]
    boundaries: frozenset[str]
    object_tails: PhraseIndex = field(default_factory=PhraseIndex)  # degree and manner
    degree_tails: PhraseIndex = field(default_factory=PhraseIndex)
    numbered_units: PhraseIndex = field(default_factory=PhraseIndex)
    upkeep_verbs: frozenset[str] = frozenset()
    yes_no_verbs: frozenset[str] = frozenset()
    saving_verbs: frozenset[str] = frozenset()
    causative_verbs: frozenset[str] = frozenset()
    result_verbs: frozenset[str] = frozenset()
    cadence_adjectives: frozenset[str] = frozenset()
    singular_openers: frozenset[str] = frozenset()
    definite_sets: frozenset[str] = frozenset()
    scope_prepositions: frozenset[str] = frozenset()
    not_scope: PhraseIndex | None = None
    qualifiable: frozenset[str] = frozenset()
    completion_verbs: frozenset[str] = frozenset()
    relocation_verbs: frozenset[str] = frozenset()
    clearing_verbs: frozenset[str] = frozenset()
    remake_verbs: frozenset[str] = frozenset()
    process_verbs: frozenset[str] = frozenset()
    competency_verbs: frozenset[str] = frozenset()
    habits: PhraseIndex | None = None
    habit_verbs: frozenset[str] = frozenset()
    proof_verbs: frozenset[str] = frozenset()
    creation_verbs: frozenset[str] = frozenset()
    object_enders: PhraseIndex = field(default_factory=lambda: PhraseIndex(folded=False))
    generic_groups: frozenset[str] = frozenset()
    counted_committal: frozenset[str] = frozenset()
    measurable_comparatives: frozenset[str] = frozenset()
    skill_verbs: frozenset[str] = frozenset()
    binary_skills: PhraseIndex = field(default_factory=PhraseIndex)
    complement_states: frozenset[str] = frozenset()
    scopable: frozenset[str] = frozenset()
    rank_words: frozenset[str] = frozenset()
    achievements: frozenset[str] = frozenset()
    causal_people_verbs: frozenset[str] = frozenset()
    attach_verbs: frozenset[str] = frozenset()
    entry_verbs: frozenset[str] = frozenset()
    # Lemmas of the "improve" verbs (direction from the metric), for the rewriter.
    improve_verbs: frozenset[str] = frozenset()
    adverbs: PhraseIndex = field(default_factory=lambda: PhraseIndex(folded=False))
    vague_states: PhraseIndex = field(default_factory=lambda: PhraseIndex(folded=False))
    liking_verbs: PhraseIndex = field(default_factory=lambda: PhraseIndex(folded=False))
    status_words: PhraseIndex = field(default_factory=lambda: PhraseIndex(folded=False))
    named_levels: frozenset[str] = frozenset()
    intent_words: frozenset[str] = frozenset()
    counting_adjectives: frozenset[str] = frozenset()
    counted_abstracts: frozenset[str] = frozenset()
    state_heads: frozenset[str] = frozenset()
    goal_frames: frozenset[str] = frozenset()
    open_sets: frozenset[str] = frozenset()
    dimensions: frozenset[str] = frozenset()  # singular


def _index(phrases: Iterable[str], value: Any = True, folded: bool = True,
           exact: Iterable[str] = ()) -> PhraseIndex:
    index = PhraseIndex(folded=folded)
    exact_set = set(exact)
    for phrase in phrases:
        index.add(phrase, value if value is not True else phrase, exact=phrase in exact_set)
    return index


@lru_cache(maxsize=1)
def verb_lemmas(categories: tuple[str, ...] = ("up", "down", "reach", "improve", "deliver",
                                               "generic")) -> frozenset[str]:
    """The one-word base forms of the shipped ``[verbs]`` lists of these categories
    ("get to" gives "get"): for checks that only ask whether a word is a known verb."""
    verbs = load_data("words").get("verbs", {})
    return frozenset(phrase.split()[0].lower() for key in categories
                     for phrase in verbs.get(key, ()) if phrase.split())


def _verb_index(verbs: Mapping[str, Any]) -> PhraseIndex:
    index = PhraseIndex(folded=False)
    irregular = verbs.get("irregular", {})
    misspelled: dict[str, list[str]] = {}
    for wrong, meant in verbs.get("misspelled", {}).items():
        misspelled.setdefault(meant, []).append(wrong)
    # Category order sets precedence when a verb is listed twice.
    for category in ("down", "up", "reach", "improve", "deliver", "generic"):
        for lemma in verbs.get(category, ()):
            for written in (lemma, *misspelled.get(lemma, ())):
                for form, kind in _verb_forms(written, irregular):
                    index.add(form, Verb(lemma, category, kind))
    return index


@lru_cache(maxsize=8)
def _rank_re(ranks: frozenset[str]) -> re.Pattern[str]:
    """The rank pattern for one list of rank words (cached per list)."""
    listed = "|".join(re.escape(word) for word in sorted(ranks, key=lambda w: (-len(w), w)))
    return re.compile(r"(?<![\w-])(?:top[ \t-]{0,2}(?:\d{1,3}(?:\.\d)?%?" + (
        f"|{listed}" if listed else "") + r")|#[ \t]?\d{1,3}|number[ \t-]one|no\.[ \t]?1)"
                      r"(?![\w])", re.IGNORECASE)


_FRAME_OPENERS = frozenset({"our", "my", "the", "one", "another", "their", "this", "a", "an"})
_FRAME_LINKS = frozenset({"for", "in", "over", "during", "this", "next"})


def past_modals(toks: Sequence[Tok], j: int, lex: Lexicon) -> int:
    """The token after the modals at ``j`` ("will", "wants to", "is going to", "please")."""
    n = j
    while n < len(toks):
        modal = lex.modals.match_at(toks, n)
        if modal is None:
            break
        n = modal[0]
    return n


# Words of talk that open a sentence before its subject ("ok so", "quick one:"), and the
# openings of a question that puts a goal ("What if", "Can we"): read by the owner
# finder, the parts and the rewriter (which leaves them out of the rewritten sentence).
_FILLERS = frozenset(f for f in phrases("chat_fillers") if " " not in f)
_FILLER_RUNS = tuple(tuple(f.split()) for f in phrases("chat_fillers") if " " in f)
_FILLER_RUN_OPENERS = frozenset(run[0] for run in _FILLER_RUNS)
_FILLER_LABELS = tuple(tuple(label.split()) for label in phrases("chat_labels"))
QUESTION_MODALS = frozenset({"can", "could", "should", "shall", "would", "will"})
# longest first: "what would it take to" before "what if"
_QUESTION_FRAMES = tuple(sorted((tuple(f.split()) for f in phrases("question_frames")),
                                key=len, reverse=True))
_QUESTION_OPENERS = frozenset(frame[0] for frame in _QUESTION_FRAMES)
ANYONE = frozenset({"someone", "somebody"})


def skip_fillers(text: str, toks: Sequence[Tok], i: int) -> int:
    """The token after the chat words that open a goal ("ok so", "ok, so", "quick one:"),
    or ``i``."""
    while i + 1 < len(toks):
        run = next((len(words) for words in _FILLER_RUNS
                    if tuple(t.low for t in toks[i:i + len(words)]) == words), 0) \
            if toks[i].low in _FILLER_RUN_OPENERS else 0
        if run and i + run < len(toks):
            i += run  # "Going forward I want ...", "Moving forward, we ..."
            i += i + 1 < len(toks) and toks[i].text == ","
        elif toks[i].low in _FILLERS and text[toks[i].end:toks[i + 1].start] != "-" and not (
                toks[i].low == "so" and toks[i + 1].low == "that"):
            i += 1  # (not "Well-being", "Right-size", nor the reason "So that ...")
        elif toks[i].text == "," and i > 0 and toks[i - 1].low in _FILLERS:
            i += 1
        else:
            label = next((len(words) for words in _FILLER_LABELS
                          if tuple(t.low for t in toks[i:i + len(words)]) == words), 0)
            if not label or i + label >= len(toks) or toks[i + label].text not in (":", ","):
                return i
            i += label + 1  # "quick one: we need ..."
    return i


def past_question_frame(toks: Sequence[Tok], i: int) -> int:
    """The token after a question that puts a goal at ``i`` ("What if | we cut ...",
    "What would it take to | get ..."), or ``i``."""
    if i >= len(toks) or toks[i].low not in _QUESTION_OPENERS:
        return i  # the common case, checked once: this runs at every clause start
    for frame in _QUESTION_FRAMES:
        end = i + len(frame)
        if end < len(toks) and tuple(t.low for t in toks[i:end]) == frame:
            # "can we", "should we": the pronoun stays, as the clause's subject
            return end - 1 if frame[-1] == "we" else end
    return i


def question_subject(toks: Sequence[Tok], i: int, pronouns: frozenset[str]) -> int:
    """The subject after a yes/no question's modal at ``i`` ("Can | we cut churn?",
    "can | someone update ..."), or ``i``."""
    if i + 2 < len(toks) and toks[i].low in QUESTION_MODALS and (
            toks[i + 1].low in pronouns or toks[i + 1].low in ANYONE) and (
            toks[i + 1].text != "US"):
        return i + 1
    if i == 0 and i + 3 < len(toks) and toks[i].low in QUESTION_MODALS and toks[i].text[
            :1].isupper() and (toks[i + 1].low == "the" or toks[i + 1].text[:1].isupper()) \
            and toks[-1].text == "?":
        return i + 1  # "Could the support team get NPS to 50?": the one asked
    return i


def goal_frame_end(toks: Sequence[Tok], i: int, lex: Lexicon) -> int:
    """The token after a frame that names the goal before stating it ("Our goal is to",
    "The other goal for December is to", "My main aim this year will be to"), else ``i``.
    The rewriter reads the same frame to keep it in front of its filled sentence."""
    n = len(toks)
    if i >= n or toks[i].low not in _FRAME_OPENERS:
        return i
    k = next((m for m in range(i + 1, min(n, i + 5)) if toks[m].norm in lex.goal_frames), n)
    if k >= n:
        return i
    k += 1
    if k < n and toks[k].low in _FRAME_LINKS:  # "for December", "this year"
        k = next((m for m in range(k + 1, min(n, k + 6)) if toks[m].low in ("is", "will")), n)
    if k + 1 < n and toks[k].low == "is" and toks[k + 1].low == "to":
        return k + 2
    if k + 1 < n and toks[k].low == "is" and toks[k + 1].text[:1].isdigit():
        return k + 1  # "my goal for q1 is 300k closed won": the result it states
    if k + 2 < n and toks[k].low == "will" and toks[k + 1].low == "be" and \
            toks[k + 2].low == "to":
        return k + 3
    return i


def names_a_rank(text: str, rank_words: frozenset[str]) -> bool:
    """Whether ``text`` names a rank: "a top-3 vendor", "the #1 CRM", "top-quartile"."""
    return _rank_re(rank_words).search(text[:200]) is not None


def _short_caps(term: str) -> bool:
    # Short all-capitals acronyms ("US", "NA", "IT") collide with ordinary words.
    return term.isupper() and len(term.replace(".", "")) <= 3


# The lists a user may extend under ``[words]``: key -> (words.toml section, what it holds).
# build_lexicon reads exactly these; anything else in ``extra`` is an error, not a no-op.
WORD_LISTS: dict[str, tuple[str, str]] = {
    "verbs_up": ("verbs", "verbs that raise a number (increase, grow)"),
    "verbs_down": ("verbs", "verbs that lower a number (reduce, cut)"),
    "verbs_reach": ("verbs", "verbs that reach or hold a level (hit, maintain)"),
    "verbs_deliver": ("verbs", "verbs that deliver one thing (launch, hire)"),
    "verbs_improve": ("verbs", "verbs whose direction is the metric's better one (improve)"),
    "verbs_generic": ("verbs", "verbs that name no change (do, execute)"),
    "modals": ("phrases", "auxiliaries between owner and verb (will, need to)"),
    "hedges": ("phrases", "hedges before a concrete verb (try to, aim to)"),
    "noncommittal": ("phrases", "phrases that commit to nothing (work on, explore)"),
    "declarative_states": ("phrases", "results stated as a state (live, in place)"),
    "comparators": ("phrases", "words qualifying a number (at least, up to)"),
    "abstract": ("objects", "objects too abstract to measure (business, performance)"),
    "qualifiable": ("objects", "abstract measures a concrete word makes specific (quality)"),
    "deliverables": ("objects", "objects that are a verifiable deliverable (portal, playbook)"),
    "perfection": ("objects", "targets promising perfection (100%, never)"),
    "upkeep_verbs": ("objects", "verbs of upkeep that need a named object (fix, own)"),
    "yes_no_verbs": ("objects", "verbs whose completion is a yes/no fact (quit, pay off)"),
    "saving_verbs": ("objects", "verbs of putting money by for a purpose (save, raise)"),
    "causative_verbs": ("objects", "verbs whose result follows the object (make X happier)"),
    "result_verbs": ("objects", "verbs whose object is followed by its end state (get X approved)"),
    "cadence_adjectives": ("objects", "words saying how often, not how many (quarterly)"),
    "determiners": ("objects", "words before an object that do not change it (the, our)"),
    "singular_openers": ("objects", "openers of one particular thing (the, a)"),
    "definite_sets": ("objects", "openers of a whole known set (all, every)"),
    "completion_verbs": ("objects", "verbs completing one identified thing (retire, obtain)"),
    "relocation_verbs": ("objects", "verbs moving records somewhere (migrate ... to the ERP)"),
    "clearing_verbs": ("objects", "verbs clearing what they act on (fix): fix all P1 bugs"),
    "remake_verbs": ("objects", "upkeep verbs making a named artifact anew (rebuild, redesign)"),
    "process_verbs": ("objects", "verbs that change how a process runs, done or not (automate)"),
    "competency_verbs": ("objects", "verbs whose object is a quality shown (demonstrate)"),
    "habits": ("objects", "habits whose end is a yes/no fact (smoking): quit smoking"),
    "proof_verbs": ("objects", "verbs whose object is a claim to bear out (prove, show)"),
    "creation_verbs": ("objects", "verbs bringing a new thing into being (launch, build)"),
    "achievements": ("objects", "participles of an achievement (promoted, certified)"),
    "causal_people_verbs": ("objects", "verbs that have people do something (have, get)"),
    "attach_verbs": ("objects", "verbs attaching one thing to another (add): add SSO to the app"),
    "skill_verbs": ("objects", "verbs whose object may be a skill (learn): learn to swim"),
    "binary_skills": ("objects", "skills one has or has not (swim, drive): learn to swim"),
    "complement_states": ("objects", "end states last in a made object (pop): make X pop"),
    "entry_verbs": ("objects", "verbs of opening in a place (launch, open): launch in Japan"),
    "measurable_comparatives": ("objects", "comparatives naming a measure (faster, cheaper)"),
    "scopable": ("objects", "words of market standing a scope makes specific (presence)"),
    "rank_words": ("objects", "words of a rank after \"top\" (quartile, tier)"),
    "object_enders": ("objects", "set phrases that end an object (end to end, asap)"),
    "adverbs": ("objects", "adverbs that are no object alone after a verb (fast): hire fast"),
    "vague_states": ("objects", "end states that set no checkable result (under control)"),
    "liking_verbs": ("objects", "verbs of liking that make an object a feeling (love)"),
    "status_words": ("objects", "standings claimed with be/become (leader, go-to)"),
    "named_levels": ("objects", "levels a metric is held at (flat, unchanged)"),
    "intent_words": ("objects", "words of wanting that are never delivery (want, hope)"),
    "counting_adjectives": ("objects", "adjectives that make a plural a count (active)"),
    "counted_abstracts": ("objects", "abstract plurals that a count makes concrete (48 people)"),
    "state_heads": ("objects", "nouns whose 'of' phrase names a feeling or climate (a culture of)"),
    "goal_frames": ("objects", "nouns that name a goal before stating it (our goal is to ...)"),
    "open_sets": ("objects", "words making a group an inflow, never done (new, incoming)"),
    "dimensions": ("scope_phrases", "whole dimensions that pin nothing (channel, region)"),
    "counted_committal": ("phrases", "vague verbs a count makes a result (promote, support)"),
    "teams": ("owners", "team and department nouns (sales, revops)"),
    "team_suffixes": ("owners", "words that make a name a team (team, squad)"),
    "numbered_units": ("owners", "units named only with a number or letter (line, unit)"),
    "roles": ("owners", "roles and titles, singular (AE, account manager)"),
    "title_prefixes": ("owners", "title words opening a role (VP, head of)"),
    "pronouns": ("owners", "subject pronouns that own a goal (we, I)"),
    "possessive_teams": ("owners", "owner phrases built on possessives (my team)"),
    "role_quantifiers": ("owners", "quantifiers naming a role as owner (every, each)"),
    "organisation_words": ("owners", "words making a name an organisation (Inc, Department)"),
    "labels": ("owners", "line labels that name no owner (Goal, KR)"),
    "owner_labels": ("owners", "labels that introduce an owner (Owner, DRI)"),
    "not_names": ("owners", "capitalised words that are never a person's name"),
    "accounts": ("scope", "named accounts and account sets"),
    "region": ("scope", "regions (EMEA, APAC)"),
    "country": ("scope", "countries"),
    "segment": ("scope", "market segments (mid-market, enterprise)"),
    "channel": ("scope", "channels (partner, inbound)"),
    "product": ("scope", "product names"),
    "prepositions": ("scope_phrases", "prepositions opening a which/where qualifier (for, on)"),
    "not_scope": ("scope_phrases", "set phrases that qualify nothing (across the board)"),
    "generic_groups": ("scope_phrases", "plural groups that qualify nothing (customers)"),
    "markers": ("reason", "words opening a reason clause (so that, because)"),
}


def build_lexicon(data: Mapping[str, Any], extra: Mapping[str, Sequence[str]] | None = None
                  ) -> Lexicon:
    """The lexicon for a words table; ``extra`` adds users' words to lists by name.

    Raises CatalogueError for a key that is not in :data:`WORD_LISTS` (a typo would
    otherwise be silently ignored) or a value that is not a list of words.
    """
    extra = extra or {}
    _check_extra_words(extra)

    def words(section: str, name: str) -> list[str]:
        return [*data.get(section, {}).get(name, ()), *extra.get(name, ())]

    owners = data.get("owners", {})
    scope = data.get("scope", {})
    # Owner words listed under case_sensitive match only as written there ("IT", not "it").
    owner_exact = {w.lower(): w for w in owners.get("case_sensitive", ())}
    scope_exact = set(scope.get("case_sensitive", ()))
    scope_index = PhraseIndex()
    for kind in ("accounts", "region", "country", "segment", "channel", "product"):
        for term in words("scope", kind):
            scope_index.add(term, kind, exact=term in scope_exact or _short_caps(term))
    roles, teams = PhraseIndex(), PhraseIndex()
    for index, name in ((roles, "roles"), (teams, "teams")):
        for term in words("owners", name):
            written = owner_exact.get(term.lower())
            index.add(written or term, term, exact=written is not None)
    verbs = dict(data.get("verbs", {}))
    for category in ("up", "down", "reach", "deliver", "improve", "generic"):
        verbs[category] = [*verbs.get(category, ()), *extra.get(f"verbs_{category}", ())]
    phrases = data.get("phrases", {})
    return Lexicon(
        verbs=_verb_index(verbs),
        modals=_index([*words("phrases", "modals"), *phrases.get("lowercase_modals", ())],
                      folded=False, exact=phrases.get("lowercase_modals", ())),
        hedges=_index([*words("phrases", "hedges"), *phrases.get("hedge_adverbs", ())],
                      folded=False),
        noncommittal=_index(words("phrases", "noncommittal"), folded=False),
        declarative_states=_index(words("phrases", "declarative_states"), folded=False),
        # (lowercase "it" only: "reduce shadow IT" names the IT function)
        abstract=_index(words("objects", "abstract"), exact=("it",)),
        determiners=frozenset(w.lower() for w in words("objects", "determiners")),
        deliverables=_index(words("objects", "deliverables")),
        perfection=_index(words("objects", "perfection"), folded=False),
        comparators=_index(words("phrases", "comparators"), folded=False),
        teams=teams,
        team_suffixes=_index(words("owners", "team_suffixes")),
        numbered_units=_index(words("owners", "numbered_units")),
        roles=roles,
        title_prefixes=_index(words("owners", "title_prefixes")),
        pronouns=frozenset(w.lower() for w in words("owners", "pronouns")),
        possessive_teams=_index(words("owners", "possessive_teams")),
        role_quantifiers=frozenset(w.lower() for w in words("owners", "role_quantifiers")),
        organisation_words=frozenset(w.lower() for w in words("owners", "organisation_words")),
        labels=_index(words("owners", "labels")),
        owner_labels=_index(words("owners", "owner_labels"), folded=False),
        not_names=frozenset(w.lower() for w in words("owners", "not_names")),
        scope=scope_index,
        reasons=_index(words("reason", "markers"), folded=False),
        implicit_metric=dict(data.get("implicit_metric", {})),
        number_words=frozenset(w.lower() for w in phrases.get("number_words", ())),
        boundaries=frozenset(w.lower() for w in phrases.get("boundaries", ())),
        object_tails=_index([*phrases.get("degree_tails", ()), *phrases.get("manner_tails", ())]),
        degree_tails=_index(phrases.get("degree_tails", ())),
        upkeep_verbs=frozenset(w.lower() for w in words("objects", "upkeep_verbs")),
        yes_no_verbs=frozenset(w.lower() for w in words("objects", "yes_no_verbs")),
        saving_verbs=frozenset(w.lower() for w in words("objects", "saving_verbs")),
        causative_verbs=frozenset(w.lower() for w in words("objects", "causative_verbs")),
        result_verbs=frozenset(w.lower() for w in words("objects", "result_verbs")),
        cadence_adjectives=frozenset(w.lower() for w in words("objects", "cadence_adjectives")),
        singular_openers=frozenset(w.lower() for w in words("objects", "singular_openers")),
        definite_sets=frozenset(w.lower() for w in words("objects", "definite_sets")),
        scope_prepositions=frozenset(w.lower() for w in words("scope_phrases", "prepositions")),
        not_scope=_index(words("scope_phrases", "not_scope")),
        qualifiable=frozenset(singular(w.lower()) for w in words("objects", "qualifiable")),
        completion_verbs=_lowered(words("objects", "completion_verbs")),
        relocation_verbs=_lowered(words("objects", "relocation_verbs")),
        clearing_verbs=_lowered(words("objects", "clearing_verbs")),
        remake_verbs=_lowered(words("objects", "remake_verbs")),
        process_verbs=_lowered(words("objects", "process_verbs")),
        competency_verbs=_lowered(words("objects", "competency_verbs")),
        habits=_index(words("objects", "habits")),
        habit_verbs=_lowered(words("objects", "habit_verbs")),
        proof_verbs=_lowered(words("objects", "proof_verbs")),
        creation_verbs=_lowered(words("objects", "creation_verbs")),
        object_enders=_index(words("objects", "object_enders"), folded=False),
        generic_groups=_lowered(words("scope_phrases", "generic_groups")),
        counted_committal=_lowered(words("phrases", "counted_committal")),
        measurable_comparatives=_lowered(words("objects", "measurable_comparatives")),
        skill_verbs=_lowered(words("objects", "skill_verbs")),
        binary_skills=_index(words("objects", "binary_skills")),
        complement_states=_lowered(words("objects", "complement_states")),
        scopable=frozenset(singular(w.lower()) for w in words("objects", "scopable")),
        rank_words=_lowered(words("objects", "rank_words")),
        achievements=_lowered(words("objects", "achievements")),
        causal_people_verbs=_lowered(words("objects", "causal_people_verbs")),
        attach_verbs=_lowered(words("objects", "attach_verbs")),
        entry_verbs=_lowered(words("objects", "entry_verbs")),
        improve_verbs=_lowered(verbs["improve"]),
        adverbs=_index(words("objects", "adverbs"), folded=False),
        vague_states=_index(words("objects", "vague_states"), folded=False),
        liking_verbs=_index(words("objects", "liking_verbs"), folded=False),
        status_words=_index(words("objects", "status_words"), folded=False),
        named_levels=_lowered(words("objects", "named_levels")),
        intent_words=_lowered(words("objects", "intent_words")),
        counting_adjectives=_lowered(words("objects", "counting_adjectives")),
        counted_abstracts=_lowered(words("objects", "counted_abstracts")),
        state_heads=_lowered(words("objects", "state_heads")),
        goal_frames=_lowered(words("objects", "goal_frames")),
        open_sets=_lowered(words("objects", "open_sets")),
        dimensions=frozenset(singular(w.lower()) for w in words("scope_phrases", "dimensions")),
    )


def _lowered(terms: Iterable[str]) -> frozenset[str]:
    return frozenset(term.lower() for term in terms)


def _check_extra_words(extra: Mapping[str, Any]) -> None:
    unknown = sorted(str(k) for k in extra if k not in WORD_LISTS)
    if unknown:
        raise CatalogueError(f"unknown word list{'s' if len(unknown) > 1 else ''} "
                             f"{', '.join(unknown)}; known lists: {', '.join(WORD_LISTS)}")
    for key, value in extra.items():
        # A bare string would otherwise be read as a list of its letters.
        if not isinstance(value, list | tuple) or not all(isinstance(w, str) for w in value):
            raise CatalogueError(f"word list {key}: expected a list of words, not {value!r}")


def _pairs(extra: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> Iterable[tuple[str, Any]]:
    return extra.items() if isinstance(extra, Mapping) else extra


def _merged_words(extra_words: WordsExtra) -> dict[str, list[str]]:
    """The user's word lists by key (a key given twice adds both), empty lists dropped."""
    merged: dict[str, list[str]] = {}
    for key, value in _pairs(extra_words):
        _check_extra_words({key: value})
        merged.setdefault(str(key), []).extend(value)
    return {key: value for key, value in merged.items() if value}


def lexicon(extra_words: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> Lexicon:
    """The shipped lexicon, plus ``Settings.extra_words`` when given (cached per value)."""
    # The shipped one has its own cache, so users' lexicons never evict it.
    return _lexicon_with(extra_words) if extra_words else _shipped_lexicon()


@lru_cache(maxsize=1)
def _shipped_lexicon() -> Lexicon:
    return build_lexicon(load_data("words"))


@lru_cache(maxsize=8)
def _lexicon_with(extra_words: tuple[tuple[str, tuple[str, ...]], ...]) -> Lexicon:
    return build_lexicon(load_data("words"), _merged_words(extra_words))


# ---------------------------------------------------------------- vocabulary


@dataclass(frozen=True)
class Vocabulary:
    """The word lexicon and the metric catalogue that one pipeline reads.

    Equal and hashed by ``key`` alone: the canonical JSON of the user's additions, ""
    for the shipped vocabulary. So a Vocabulary can be an argument of a cached function,
    and a result cached under one vocabulary is never served for another.
    """

    key: str
    lexicon: Lexicon = field(compare=False, repr=False)
    catalogue: Catalogue = field(compare=False, repr=False)


# Keys of recently seen additions by the identity of the objects given: Settings keeps the
# same tuples across copies, so each goal's audit does not re-serialise them. The entry
# holds the objects, so their ids cannot be reused while it is remembered.
_KEYS_SEEN: dict[tuple[int, int], tuple[Any, Any, str]] = {}


def vocabulary_key(extra_words: WordsExtra = (), extra_metrics: MetricsExtra = ()) -> str:
    """The canonical key of a set of additions ("" when there are none).

    Raises CatalogueError for an unknown word list or a value that is not a list of words.
    """
    seen = _KEYS_SEEN.get((id(extra_words), id(extra_metrics)))
    if seen is not None and seen[0] is extra_words and seen[1] is extra_metrics:
        return seen[2]
    key = _canonical_key(extra_words, extra_metrics)
    # Only tuples (what Settings holds) are remembered: a list or dict may change later.
    if isinstance(extra_words, tuple) and isinstance(extra_metrics, tuple):
        if len(_KEYS_SEEN) >= 64:
            _KEYS_SEEN.clear()
        _KEYS_SEEN[(id(extra_words), id(extra_metrics))] = (extra_words, extra_metrics, key)
    return key


def _canonical_key(extra_words: WordsExtra, extra_metrics: MetricsExtra) -> str:
    words_ = _merged_words(extra_words)
    metrics = {str(name): table for name, table in _pairs(extra_metrics)}
    if not words_ and not metrics:
        return ""
    return json.dumps({"metrics": metrics, "words": words_}, sort_keys=True, default=str)


def vocabulary(extra_words: WordsExtra = (), extra_metrics: MetricsExtra = ()) -> Vocabulary:
    """The shipped vocabulary plus the user's words and metrics (built once per value).

    Both arguments take the configuration's forms: ``Settings.extra_words`` /
    ``Settings.extra_metrics`` pairs, or the ``[words]`` / ``[metrics]`` tables as dicts.
    """
    return _vocabulary(vocabulary_key(extra_words, extra_metrics))


@lru_cache(maxsize=16)
def _vocabulary(key: str) -> Vocabulary:
    if not key:
        return Vocabulary("", lexicon(), default_catalogue())
    data = json.loads(key)
    words_ = tuple((name, tuple(terms)) for name, terms in sorted(data["words"].items()))
    return Vocabulary(key, lexicon(words_), _catalogue_with(data["metrics"]))


def words() -> dict[str, Any]:
    """The raw ``words.toml`` tables (for rules that need a list as is; do not mutate)."""
    return load_data("words")
