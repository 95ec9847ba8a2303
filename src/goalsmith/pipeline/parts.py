"""The parts of a goal: action, metric (or deliverable), scope, reason, compound outcomes.

Runs last in the pipeline, after time expressions, targets and owners are known, and
reads the goal by position (there is no parser):

    [owner prefix] [leading adverbial,] [owner] [modal] [hedge] ACTION object [scope]
        [target] [time] [and ACTION object ...] [reason]

* ``action``: the verb of change or achievement with its direction (up, down, reach,
  deliver; "improve" takes the metric's better direction), or a non-committal phrase
  ("work on", "explore") with ``committal=False``; a hedge before a concrete verb ("try
  to get win rate to 25%") is kept in ``Action.hedge``. Declarative results ("VP Talent
  hired by Q1", "time-to-fill is <=45 days", "Win rate at 25%", "Portal live by May")
  take the participle, the copula or the linking word as the action.
* ``metric``: what the action acts on, with its catalogue name (``kpi``) and kind:
  ``metric`` (a catalogue metric), ``deliverable`` (the partner portal), ``population``
  (enterprise accounts, discovery calls) or ``abstract`` (the business, performance).
* ``scope``: region, country, segment, channel, product, named accounts or team words
  that pin the outcome down ("EMEA", "in Germany", "mid-market").
* ``reason``: the purpose or cause clause ("so that ...", "to support ...").
* ``extra_outcomes``: further (action, object) pairs of a compound goal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from goalsmith.catalogue import (
    ANYONE,
    Catalogue,
    Lexicon,
    MetricInfo,
    PhraseIndex,
    Tok,
    Verb,
    Vocabulary,
    goal_frame_end,
    names_a_rank,
    past_question_frame,
    question_subject,
    skip_fillers,
    tokenize,
    vocabulary,
)
from goalsmith.data import abbreviations, hedge_adverbs, load_data, vague_counts
from goalsmith.goal import Action, Actor, GoalParts, Metric, Reason, Scope, Target, Timeframe
from goalsmith.pipeline.actors import (
    _AND,
    _PERIOD_TOKEN,
    LIST_ITEM,
    MAX_CHARS,
    _team_at,
    _token_at,
    actor_words,
    finding_end,
    opens_why,
    past_aside,
    past_floating,
    past_reporting_frame,
    predicate_after_place,
    skip_adverbial,
    split_prefix,
    without_repeats,
)
from goalsmith.pipeline.extensions import goal_parts
from goalsmith.pipeline.timex import opens_complement

# Verbs the lists do not know are read as delivery verbs that need a named object.
_UNLISTED = "unlisted"
_DIRECTIONS = {"up": "up", "down": "down", "reach": "reach", "deliver": "deliver",
               _UNLISTED: "deliver"}
# Currency codes and the symbols written in letters ("KES", "KSh", "zł"): part of an amount.
_CURRENCY_CODES = frozenset([*load_data("quantities")["currency"]["codes"], *(
    symbol for symbol in load_data("quantities")["currency"]["symbols"] if symbol.isalpha())])
_NUMBERISH_RE = re.compile(r"[\d$€£¥%~±+<>=≤≥#]")
_CLOSERS = frozenset({",", ";", ".", "!", "?", "(", ")", "[", "]", '"', "“", "”", "–", "—",
                      "-", "|", "\n", ":", "…"})
# Words after which "to <verb>" is part of the predicate, not a purpose clause.
_TO_VERB_HOSTS = frozenset({"want", "wants", "need", "needs", "plan", "plans", "going", "able",
                            "have", "has", "like", "try", "tries", "aim", "aims", "hope",
                            "hopes", "how", "about", "order", "expected", "committed", "ready",
                            "used", "trying", "aiming", "hoping", "seek", "seeks", "strive",
                            "strives", "intend", "intends", "continue", "continues", "start",
                            "begin", "learn", "learning",
                            # what something is found to be: "discovered to be flaky"
                            "discovered", "found", "shown", "proven", "proved", "deemed",
                            "considered", "known", "believed", "said", "likely", "unlikely",
                            "supposed"})
# Linking words of a declarative result: "Win rate at 25%", "Uptime of 99.9%".
_LINKS = frozenset({"at", "of", "above", "below", "under", "over", "to", ":", "=", ">", "<",
                    "≥", "≤", "~", "around", "about", "near", "reaching", "hitting",
                    "exceeding", "within", "beyond", "past", "north", "south"})
_COORDINATORS = frozenset({"and", ",", ";", "&", "plus", "while", "then", ".", "also", "+"})
_CLAUSE_FILLERS = frozenset({"and", "then", "also", "we", "i", "they", "will", "to", "'ll",
                             "should", "must", "can", "shall", "additionally", "finally",
                             "as", "well", "plus", "maybe", "perhaps", "possibly",
                             "ideally", "hopefully"})
_VERB_JOINERS = frozenset({"and", "&", "or", "/", ","})
_SINCE_TIME = frozenset({"january", "february", "march", "april", "may", "june", "july",
                         "august", "september", "october", "november", "december", "jan",
                         "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                         "dec", "last", "the", "q1", "q2", "q3", "q4", "h1", "h2", "launch",
                         "then", "fy", "our", "its"})
# After these, "since" is a time when a past verb follows ("since we launched") and a
# cause otherwise ("since we only use 60% of the floor").
_SINCE_SUBJECTS = frozenset({"we", "it", "i", "they"})
_TOP_N_RE = re.compile(r"\b(?:top|largest|biggest)[ \t]{1,3}\d{1,4}[ \t]{1,3}"
                       r"(?:[A-Za-z-]{1,20}[ \t]{1,3}){0,2}?(?:accounts|customers|logos|clients)\b",
                       re.IGNORECASE)
# "Grade 8", "3rd-grade", "5th graders": a school year says which pupils.
_GRADE_RE = re.compile(r"\bgrade[ \t]\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)[ \t-]grad(?:e|ers?)\b",
                       re.IGNORECASE)
# "share of voice vs. Brightline": a named rival says which comparison is meant.
_VERSUS_RE = re.compile(r"\b(?:vs\.?|versus)[ \t]{1,3}[A-Z][\w&'’-]{0,30}"
                        r"(?:[ \t][A-Z][\w&'’-]{0,30}){0,2}")
# Scope phrases read by pattern, with their kind.
_SCOPE_PATTERNS = ((_TOP_N_RE, "accounts"), (_GRADE_RE, "segment"), (_VERSUS_RE, "accounts"))
_MAX_NP = 10
# A list of names in brackets right after an object says which ones: "(Admin, Approver,
# Viewer)".
_ENUMERATED_RE = re.compile(r"[ \t]{0,2}\((?:[A-Z][^(),\n]{0,29},[ \t]?){1,8}"
                            r"(?:and[ \t])?[A-Z][^(),\n]{0,29}\)")
# "marketing-sourced pipeline": the source of what is counted says which part of it.
_SOURCE_RE = re.compile(
    r"(?<![\w-])[A-Za-z][A-Za-z0-9&]{1,24}-(?:" + "|".join(sorted(
        re.escape(w) for w in load_data("words").get("scope_phrases", {}).get(
            "source_participles", ()))) + r")(?![\w-])", re.IGNORECASE)
_SO_MODALS = frozenset({"can", "could", "will", "would", "may", "might", "'ll", "are", "is"})
_SO_SUBJECTS = frozenset({"they", "we", "it", "i", "people", "customers", "the", "our",
                          "everyone", "staff", "users"})
_COMPARATIVES = frozenset({"more", "less", "fewer"})
_OBJECT_OPENERS = frozenset({"the", "a", "an", "our", "my", "their", "its", "your", "this",
                             "these", "those", "more", "new", "every", "all", "each", "us",
                             "them", "it", "his", "her"})
# Words after which a number is part of a name or rank: "top 3 vendor", "version 2".
_RANK_WORDS = frozenset({"top", "tier", "#", "no", "number", "version", "v", "level", "sev",
                         "p", "phase", "stage", "gen", "series"})
_TIME_UNITS = frozenset({"day", "week", "month", "quarter", "year", "sprint", "night",
                         "weekday", "fortnight"})
_MAX_EXTRAS = 6
# Words that, after an object's first word, open a cadence rather than qualify a noun.
_CADENCE_OPENERS = frozenset({"every", "each"})
# Boundary words that open a noun phrase when no time follows: "next steps".
_NOUN_OPENERS = frozenset({"next"})
# Small words inside a proper name written in title case: "Pathway to Excellence".
_NAME_JOINERS = frozenset({"to", "of"})
# Verbs whose object is a state: any abstract word in it makes the state vague.
_COPULAS = frozenset({"be", "become", "stay", "remain", "feel", "seem"})
# Particles that make "get/bring X up" a move of a level: "get the score up".
_MOVE_PARTICLES = frozenset({"up", "down", "higher", "lower"})
# Words that open a clause used as an object: "build what customers want".
_FREE_RELATIVES = frozenset({"what", "whatever", "whichever", "however"})


def _phrase_at(goal: _Goal, j: int, listed: PhraseIndex, limit: int) -> int | None:
    """The token after the longest listed phrase at ``j``, or None."""
    hit = listed.match_at(goal.toks, j, limit)
    return None if hit is None else hit[0]


def _claims_status(goal: _Goal, start: int, end: int) -> bool:
    """Whether the object claims a standing ("the undisputed leader", "top of mind")."""
    listed = goal.lex.status_words
    return any(_phrase_at(goal, k, listed, end) is not None for k in range(start, end))


def _liked(goal: _Goal, start: int, end: int) -> bool:
    """Whether the object ends in a clause of liking: "a product | clinics love"."""
    liking = goal.lex.liking_verbs
    return any(_phrase_at(goal, k, liking, end) == end for k in range(start + 2, end))


def _lone_adverb(goal: _Goal, j: int, limit: int) -> bool:
    """ "hire fast", "ship quickly, ...", "starting now": a listed adverb that ends its
    phrase (nothing nounish after it) is how or when, not what ("fast checkout" is what)."""
    end = _phrase_at(goal, j, goal.lex.adverbs, limit)
    if end is None:
        return False
    if end >= limit:
        return True
    nxt = goal.toks[end]
    return (nxt.text in _CLOSERS or nxt.low in goal.lex.boundaries or goal.in_time[end]
            or not nxt.text[:1].isalnum())


@dataclass
class _Goal:
    """The token stream of one goal with the spans other components found."""

    text: str
    toks: tuple[Tok, ...]
    lex: Lexicon
    cat: Catalogue
    in_time: list[bool]
    in_target: list[bool]
    in_actor: list[bool]
    in_amount: list[bool]  # inside a target but not its counted noun (placeholders wholly)

    def numberish(self, j: int) -> bool:
        """A number, a currency or comparison sign, or a token of a stated target that is
        not the thing counted ("meetings" in "40 meetings" is counted; "[target]" is not)."""
        tok = self.toks[j]
        if self.in_amount[j]:
            return True
        if _NUMBERISH_RE.match(tok.text):
            return not self.code_number(j)
        return self.in_target[j] and (
            tok.low in self.lex.number_words or not tok.text[:1].isalpha()
            or tok.text in _CURRENCY_CODES)  # "KES 150m"

    def code_number(self, j: int) -> bool:
        """Whether the digits at ``j`` and the capitals glued to them name a thing ("3PL",
        "2FA"), not an amount (no target holds them; one capital may be a unit: "10K")."""
        toks = self.toks
        return j + 1 < len(toks) and toks[j].text.isdigit() and not self.in_target[j] and (
            toks[j].end == toks[j + 1].start and len(toks[j + 1].text) >= 2
            and toks[j + 1].text.isalpha() and toks[j + 1].text.isupper())

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.toks[i].start, self.toks[j - 1].end

    def slice(self, i: int, j: int) -> str:
        start, end = self.span(i, j)
        return self.text[start:end]


@dataclass
class _Clause:
    action: Action | None
    metric: Metric | None
    end: int  # token after the clause's object
    start: int  # token where the action starts
    subject: tuple[int, int] | None = None  # a subject no owner list knows, if read


# Words of a frequency target: "3 times a week", "twice a month".
_TIMES = frozenset({"times", "time", "once", "twice", "thrice"})


def _how_often_at(goal: _Goal, k: int) -> bool:
    """Whether a frequency target starts at token ``k`` ("3 times a week", "twice a day")."""
    return k < len(goal.toks) and goal.in_target[k] and any(
        goal.toks[m].low in _TIMES for m in range(k, min(k + 2, len(goal.toks))))


def _mask(toks: Sequence[Tok], spans: Sequence[tuple[int, int]]) -> list[bool]:
    """Per token, whether it overlaps one of the character spans."""
    mask = [False] * len(toks)
    for start, end in spans:
        n = _token_at(toks, start)
        if n > 0 and toks[n - 1].end > start:
            n -= 1
        while n < len(toks) and toks[n].start < end:
            mask[n] = True
            n += 1
    return mask


# ----------------------------------------------------------------- objects


def _skip_quantity(goal: _Goal, j: int, limit: int) -> tuple[int, int | None]:
    """Skip the quantity in front of an object ("at least 40", "$2M", "more"); returns the
    next token and the index of a comparative word ("more", "fewer") if one was skipped."""
    lex, toks = goal.lex, goal.toks
    comparative = None
    while j < limit:
        tok = toks[j]
        if not goal.in_target[j] and goal.cat.match_at(toks, j, limit) is not None:
            break  # a metric written with a number word or digits: "no-shows", "1:1s"
        nxt_num = j + 1 < limit and (goal.numberish(j + 1) or toks[j + 1].low in lex.number_words)
        if goal.numberish(j) or (j > 0 and goal.numberish(j - 1) and _number_part(goal, j)):
            j += 1  # (the "/7" of "24/7" too)
        elif j > 0 and goal.in_target[j] and toks[j - 1].text[:1].isdigit() and (
                goal.text[toks[j - 1].end:tok.start] == "-"):
            j += 1  # the unit of "a 2-hour response time", "a 4.8-star rating"
        elif tok.low in _COMPARATIVES:
            comparative = comparative if comparative is not None else j
            j += 1
        elif (past := _intensifier_end(toks, j, limit)) is not None:
            j = past  # "sell | a lot | more in the Nordics"
        elif tok.low in lex.number_words and tok.text[:1].isalpha():
            # Prepositions and articles only count when a number follows ("by 20%", "a dozen").
            if lex.comparators.match_at(toks, j, j + 1) is not None and not nxt_num and not (
                    tok.low == "of" and j > 0 and goal.numberish(j - 1)):
                break
            j += 1
        else:
            break
    return j, comparative


_INTENSIFIERS = (("a", "lot"), ("a", "bit"), ("a", "little"), ("lots",), ("way",),
                 ("much",), ("far",))


def _intensifier_end(toks: Sequence[Tok], j: int, limit: int) -> int | None:
    """The token after an intensifier that a comparative follows ("a lot | more", "way |
    fewer"), or None."""
    for words in _INTENSIFIERS:
        end = j + len(words)
        if end < limit and tuple(t.low for t in toks[j:end]) == words and (
                toks[end].low in _COMPARATIVES):
            return end
    return None


# Words besides the cardinals that a number naming a thing is written with: "a half
# marathon", "a quarter-end close".
_NAMING_WORDS = frozenset({"a", "an", "half", "quarter"})


def _object_end(goal: _Goal, start: int, limit: int) -> int:
    """The token after the object phrase that starts at ``start``."""
    toks, lex, cat = goal.toks, goal.lex, goal.cat
    j = start
    if j < limit and _lone_adverb(goal, j, limit):
        return start  # "Hire fast.": how, not what
    while j < limit and j - start < _MAX_NP:
        if goal.in_time[j] and not _names_deliverable(goal, start, j, limit) and not (
                j > start and toks[j].low in _DONE_STATES and j + 1 < limit
                and toks[j + 1].low in ("by", "before")):
            break  # (but "get my renewals | done | by March": the state, then the deadline)
        if goal.in_actor[j] and j > start:
            break
        if j > start and lex.object_tails.match_at(toks, j, limit) is not None and not (
                _hyphenated(goal, j)):
            break  # "build times | a lot", "customers | quicker": how much, not what
        if j > start and toks[j].low in _HEDGE_ADVERBS:
            break  # "raise the series B | maybe Q3"
        if j > start and toks[j].low in ("to", "per") and toks[j - 1].low in _MEASURE_HEADS \
                and j + 1 < limit and toks[j + 1].text[:1].isalpha() and not (
                    goal.in_target[j] or goal.in_time[j + 1] or _infinitive_at(goal, j + 1, limit)
                    or _measure_ends_at(goal, j)):  # (a listed name ends there: "response time")
            j += 1  # "time to first value", "cost per lead": one measure, as _MEASURE_SHAPE
            continue
        hit = cat.match_at(toks, j, limit)
        if hit is not None and not any(goal.in_time[k] for k in range(j, hit[0])):
            j = hit[0]  # a metric name is one unit: "time to first response"
            continue
        quoted = _quoted_title_end(goal, j, limit)
        if quoted is not None:
            j = quoted  # 'the "Metrics 101" course': a quoted title is part of the name
            continue
        if j > start + 1 and _state_ends_clause(goal, j, limit) and not any(
                goal.in_target[k] for k in range(max(0, start - 3), start)):
            # "get the product org | unstuck": the end state, not part of the name (but
            # "90% of accounts engaged" counts a share of accounts in that state)
            break
        tok = toks[j]
        if j == start + 1 and toks[start].low in lex.singular_openers and (
                tok.text[:1] in _CURRENCY_MARKS):
            named = _amount_end(goal, j, limit)
            if named is not None:
                j = named  # "pay off the £2,900 card balance": the amount says which one
                continue
        scope = lex.scope.match_at(toks, j, limit)
        if scope is not None and scope[0] - j >= 2:
            j = scope[0]  # so is a scope phrase: "Fortune 500 accounts"
            continue
        tok = toks[j]
        if j == start and tok.low in _NOUN_OPENERS and j + 1 < limit and not goal.in_time[j] \
                and toks[j + 1].text[:1].isalpha() and toks[j + 1].low not in lex.boundaries:
            j += 1  # "log next steps": "next" opens a noun phrase, not a time
            continue
        if _joins_name(goal, start, j, limit):
            j += 2  # "Pathway to Excellence", "Bank of America": one name
            continue
        if j == start + 1 and _shared_head(goal, j, limit):
            j += 1  # "bank | and credit-card reconciliations": one head, two modifiers
            continue
        aside = _aside_end(goal, start, j, limit)
        if aside is not None:
            j = aside  # "an OpenTelemetry (OTLP) sink": the object goes on after the aside
            continue
        if goal.numberish(j) and not _number_of_the_object(goal, start, j, limit):
            break
        if j > start and goal.in_target[j] and tok.low in lex.boundaries:
            break
        if tok.low in ("a", "an") and j > start and j + 1 < limit and (
                toks[j + 1].norm in _TIME_UNITS):
            break  # "2 blog posts a week"
        # "monthly community engagement": a cadence word in front of a noun qualifies it.
        # ("every at-risk account": a small word glued to a hyphen is a word part)
        qualifier = tok.low in lex.determiners and j + 1 < limit and toks[j + 1].text[
            :1].isalpha() and (toks[j + 1].low not in lex.boundaries
                               or _hyphenated(goal, j + 1)) and not (
            j > start and tok.low in _CADENCE_OPENERS)  # "value faster | every sprint"
        if _agent_names_which(goal, start, j, limit):
            j += 1  # "support tickets caused | by bugs": who or what caused them says which
            continue
        if (tok.low in lex.boundaries and not qualifier and not _hyphenated(goal, j)
                and not (j > start and _hyphenated(goal, j - 1))  # "the go-to brand"
                and not (tok.text.isupper() and len(tok.text) > 1  # "OR turnover time"
                         and lex.scope.match_at(toks, j, j + 1) is not None)
                and not (tok.text == "&" and _glued(goal, j))  # "T&E spend", "G&A"
                # an edition's "Plus" in a name: "Cyber Essentials Plus", "Disney Plus"
                and not (j > start and tok.text == "Plus" and toks[j - 1].text[:1].isupper())
                and not _noun_after_article(goal, start, j)) or (
                tok.text in _CLOSERS and not _glued(goal, j)) or (tok.low == "'s" and j == start):
            break
        if j > start and not _noun_after_article(goal, start, j) and (
                lex.reasons.match_at(toks, j, limit) is not None or _ends_object(goal, j, limit)
                or _predicate_after_plural(goal, start, j, limit)):
            break
        if tok.text == "#" and j + 1 < limit and toks[j + 1].start == tok.end and \
                toks[j + 1].text.isdigit():
            j += 2  # "the #1 vendor": a rank inside the name
            continue
        if not (tok.text[:1].isalnum() or tok.text in ("'s", "&", "/", "'", "’s")
                or _glued(goal, j)):
            break
        j += 1
    while j > start and toks[j - 1].low in ("of", "'s", "&", "/", "the", "a", "an") and not (
            toks[j - 1].low == "a" and j - 1 > start and toks[j - 2].end == toks[j - 1].start):
        j -= 1  # (not the glued "A" of "G&A")
    return j


_DONE_STATES = frozenset({"done", "completed", "finished", "signed", "live"})
_QUOTES = frozenset({'"', "“", "”"})
# The last character of every currency symbol quantities.toml lists: "$", "₹", "R$".
_CURRENCY_MARKS = frozenset(symbol[-1] for symbol in load_data("quantities")["currency"]["symbols"]
                            if not symbol[-1].isalpha())
# Magnitude words written apart from the number: "the ₹4.5 lakh car loan".
_MAGNITUDE_WORDS = frozenset(load_data("quantities")["magnitudes"]["words"])
# Words of a hedge that end an object and are no verb: "raise the series B | maybe Q3".
_HEDGE_ADVERBS = hedge_adverbs()
# Measure words a "to"/"per" phrase completes: "time to first value", "cost per lead".
_MEASURE_HEADS = frozenset({"time", "days", "hours", "cost", "costs"})
_QUOTED_MAX = 12  # tokens in a quoted title


_STATE_TOPICS = frozenset({"on", "with", "about", "around"})


def _state_ends_clause(goal: _Goal, j: int, limit: int) -> bool:
    """Whether a listed vague end state starts at ``j`` and closes the clause there."""
    state = goal.lex.vague_states.match_at(goal.toks, j, limit)
    if state is None:
        return False
    after = state[0]
    # "aligned | on messaging", "comfortable | with the tool": what the state is about
    return after >= limit or goal.in_time[after] or not goal.toks[after].text[:1].isalnum() \
        or goal.toks[after].low in _STATE_TOPICS


def _quoted_title_end(goal: _Goal, j: int, limit: int) -> int | None:
    """The token after a quoted title opening at ``j`` ('"Metrics 101"', "‘Ways of
    Working’", "'Champions'", whose opening mark the tokenizer leaves on the word), else
    None."""
    toks = goal.toks
    glued = toks[j].text[:1] == "'" and toks[j].text[1:2].isalpha()
    if toks[j].text not in _QUOTES and toks[j].text != "‘" and not glued:
        return None
    for n in range(j + 1, min(limit, j + _QUOTED_MAX)):
        if toks[n].text in _QUOTES or toks[n].text in ("’", "'"):
            return n + 1 if n > j + 1 or glued else None
        if toks[n].text in (".", ";", "(", ")"):
            return None
    return None


def _amount_end(goal: _Goal, j: int, limit: int) -> int | None:
    """The token after a money amount at ``j`` ("£2,900", "$40k") when a word follows it."""
    toks = goal.toks
    k = j + 1
    while k < limit and k - j < 4 and toks[k].start == toks[k - 1].end and (
            toks[k].text[:1].isdigit() or toks[k].low in ("k", "m", "bn", "mm")):
        k += 1
    if j + 1 < k < limit and toks[k].low in _MAGNITUDE_WORDS:
        k += 1  # "the ₹4.5 lakh car loan", "the $2 million grant"
    if k == j + 1 or k >= limit or not toks[k].text[:1].isalpha():
        return None
    return k


_LIST_ITEM_RE = re.compile(LIST_ITEM)


def _aside_end(goal: _Goal, start: int, j: int, limit: int) -> int | None:
    """The token after a short bracketed aside inside an object ("an OpenTelemetry (OTLP)
    sink"), when the object's head word follows it; None elsewhere ("the portal (v2) by
    Q1" ends at the bracket, as before)."""
    toks = goal.toks
    if j == start or toks[j].text != "(":
        return None
    for close in range(j + 1, min(limit, j + 5)):
        if toks[close].text == ")":
            break
        if not toks[close].text.isalnum() or goal.in_time[close] or goal.in_target[close]:
            return None
    else:
        return None
    after = close + 1
    if close == j + 2 and _LIST_ITEM_RE.fullmatch(toks[j + 1].text):
        return None  # "automate commission calcs | (2) integrate Gong": the next item
    if (after >= limit or close == j + 1 or not toks[after].text.isalpha()
            or not toks[after].text.islower() or toks[after].low in goal.lex.boundaries
            or goal.in_time[after] or goal.in_target[after]):
        return None
    return after


def _joins_name(goal: _Goal, start: int, j: int, limit: int) -> bool:
    """ "achieve Pathway to Excellence designation": a small word between two words
    written in title case, inside the object, joins one proper name (not a place: "Sales
    to Germany" keeps its scope)."""
    toks = goal.toks
    if not (start < j and j + 1 < limit and toks[j].low in _NAME_JOINERS
            and toks[j].text.islower() and j - 1 > 0):
        return False
    before, after = toks[j - 1].text, toks[j + 1].text
    return (_title_case(before) and _title_case(after) and not goal.in_time[j + 1]
            and not goal.in_actor[j + 1] and not goal.in_target[j + 1]
            and goal.lex.scope.match_at(toks, j + 1, limit) is None)


def _shared_head(goal: _Goal, j: int, limit: int) -> bool:
    """ "Automate bank and credit-card reconciliations": a lone singular word, "and" or
    "or", then a short phrase ending in a plural before the object ends, is one head
    with two modifiers (not two objects)."""
    toks, lex = goal.toks, goal.lex
    if toks[j].low not in ("and", "or", "&") or goal.in_time[j] or goal.in_target[j]:
        return False
    first = toks[j - 1]
    if not first.text.isalpha() or first.norm != first.low or goal.cat.match_at(
            toks, j - 1, j) is not None:
        return False  # "ARR and NRR": two metrics; "AEs and SDRs": two groups
    for k in range(j + 1, min(limit, j + 5)):
        tok = toks[k]
        if goal.in_time[k] or goal.in_target[k] or goal.in_actor[k] or (
                tok.low in lex.boundaries and not _in_compound(goal, k)):
            return False
        if k == j + 1 and lex.verbs.match_at(toks, k, limit) is not None:
            return False  # "... and launch the blog": a second outcome
        if k > j + 1 and tok.norm != tok.low and tok.text.isalpha():
            return k + 1 >= limit or not toks[k + 1].text[:1].isalnum() or (
                toks[k + 1].low in lex.boundaries)
    return False


def _title_case(word: str) -> bool:
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()


def _version_of_name(goal: _Goal, start: int, j: int, limit: int) -> bool:
    """ "Python 2 code", "Windows 10 laptops": a bare number that is no target, after a
    capitalised word inside the object and before a word, is a version of that name."""
    toks = goal.toks
    if j <= start or goal.in_target[j] or goal.in_amount[j]:
        return False
    if _standard_number(goal, j):
        return True  # "ISO 27001", "SOC 2": the number is the standard's name
    return (toks[j - 1].text[:1].isupper()
            and _VERSION_RE.fullmatch(toks[j].text) is not None and toks[j].text[:1].isdigit()
            and len(toks[j].text) <= 5 and j + 1 < limit
            and toks[j + 1].text[:1].isalpha() and toks[j + 1].low not in goal.lex.boundaries)


def _standard_number(goal: _Goal, j: int) -> bool:
    """ "ISO 9001", "SOC 2": the number after an acronym that names which one (not a
    measure's value: "MRR 50000"); "Ward 3", "Terminal 2": a capitalised place's number."""
    if j == 0 or goal.in_target[j] or goal.in_amount[j]:
        return False
    name, number = goal.toks[j - 1], goal.toks[j]
    if not (number.text.isdigit() and len(number.text) <= 5
            and goal.text[name.end:number.start] == " "):  # (not "COVID-19")
        return False
    if name.text.istitle() and name.low in _PLACE_WORDS:
        return True
    return (name.text.isupper() and name.text.isalpha() and 2 <= len(name.text) <= 5
            and goal.cat.match_at(goal.toks, j - 1, j) is None)


# Places a capitalised word names with a number ("Ward 3"), as quantities.toml lists them.
_PLACE_WORDS = frozenset(load_data("quantities")["not_targets"]["place_words"])


def _noun_after_article(goal: _Goal, start: int, j: int) -> bool:
    """ "write a will", "get my driving licence": a boundary word right after an article
    or possessive that opens the object is a noun or modifier of it, not a boundary."""
    return j > start and j - 1 == start and goal.toks[start].low in goal.lex.singular_openers \
        and goal.toks[j].text[:1].isalpha()


def _number_in_name(goal: _Goal, start: int, j: int, limit: int) -> bool:
    """ "the 2027 course catalogue", "the 15 accounts flagged red": a number that is no
    target, after an article and before a word, names which thing."""
    toks, lex = goal.toks, goal.lex
    if j > start + 1 and _number_part(goal, j) and not goal.in_target[j]:
        return True  # "a 24/7 NOC": the rest of a number already read as a name
    opener = toks[j - 1].low if j > start else ""
    after = j + 1
    while after < limit and after - j < 4 and _number_part(goal, after):
        after += 1  # "24/7", "9-to-5"
    return (j > start and (opener in lex.singular_openers or opener in lex.definite_sets)
            and not goal.in_target[j] and after < limit
            and (toks[after].text[:1].isalpha() or goal.code_number(after))  # "our three 3PL"
            and (toks[after].low not in goal.lex.boundaries or _hyphenated(goal, after)))


def _number_part(goal: _Goal, j: int) -> bool:
    """A "/" or "-" or digits glued to the number before it: the "/7" of "24/7", and the
    second year of "the 1890–1920 collection" (the tokens leave the dash out)."""
    toks = goal.toks
    if j == 0:
        return False
    between = goal.text[toks[j - 1].end:toks[j].start]
    return (between == "" and (toks[j].text in ("/", "-", "–") or toks[j].text.isdigit())) or (
        between in ("-", "–") and toks[j].text.isdigit() and toks[j - 1].text.isdigit())


def _in_compound(goal: _Goal, j: int) -> bool:
    """Whether the word at ``j`` is glued by a hyphen to the word before or after it."""
    toks, text = goal.toks, goal.text
    before = j > 0 and text[toks[j - 1].end:toks[j].start] == "" and toks[j - 1].text == "-"
    return before or _hyphenated(goal, j)


def _predicate_after_plural(goal: _Goal, start: int, j: int, limit: int) -> bool:
    """Whether a verb in its plain form at ``j`` is what a counted plural before it does
    ("100% of teachers | submit lesson plans", "all residents | have access"), which ends
    the object. Only after a share or a whole set: elsewhere the word is as often a noun
    of the name ("the treatment works upgrade", "Hiring managers have ...")."""
    prev, tok, toks = goal.toks[j - 1], goal.toks[j], goal.toks
    counted = toks[start].low in _SET_QUANTIFIERS or (
        start >= 2 and toks[start - 1].low == "of" and goal.in_target[start - 2])
    if not counted or not (prev.text.isalpha() and prev.norm != prev.low) or goal.in_target[j]:
        return False
    verb = goal.lex.verbs.match_at(goal.toks, j, j + 1)
    return verb is not None and verb[1].form == "base" and tok.text.islower() and (
        goal.cat.match_at(goal.toks, j - 1, limit) is None
        and goal.cat.match_at(goal.toks, j, limit) is None)


def _ends_object(goal: _Goal, j: int, limit: int) -> bool:
    """Whether a set phrase ends the object here ("deliver projects | on time"); glued into
    a modifier of the noun after it ("the on-time graduation rate") it does not."""
    hit = goal.lex.object_enders.match_at(goal.toks, j, limit)
    if hit is None:
        return False
    end = hit[0]
    return not (_hyphenated(goal, j) and end < limit and goal.toks[end].text[:1].isalpha()
                and goal.toks[end].low not in goal.lex.boundaries)


def _agent_names_which(goal: _Goal, start: int, j: int, limit: int) -> bool:
    """Whether "by" at ``j`` names the agent of a participle in the object ("incidents
    caused | by deploys", "bugs reported | by customers"), not a deadline or a target."""
    toks = goal.toks
    return (toks[j].low == "by" and j > start + 1 and j + 1 < limit
            and _participle(goal, j - 1) and not goal.in_time[j] and not goal.in_target[j]
            and not goal.in_time[j + 1] and not goal.in_target[j + 1]
            and toks[j + 1].text[:1].isalpha() and toks[j + 1].low not in goal.lex.boundaries)


def _hyphenated(goal: _Goal, j: int) -> bool:
    """ "on-call", "in-app", "after-school": a small word glued to a hyphen is a word part."""
    toks = goal.toks
    if j + 1 >= len(toks):
        return False
    # The word tokenizer may keep the hyphen as a token or drop it: read the text between.
    if toks[j + 1].text == "-":
        return j + 2 < len(toks) and toks[j].end == toks[j + 1].start \
            and toks[j + 1].end == toks[j + 2].start
    return goal.text[toks[j].end:toks[j + 1].start] == "-"


def _number_of_the_object(goal: _Goal, start: int, j: int, limit: int) -> bool:
    """Whether the number at ``j`` is part of the object, not a target after it: "the
    top 3", "the under-12s", "a daily 15-minute huddle", "API v2", "the city 10k"."""
    toks = goal.toks
    inside = j > start and not goal.in_target[j]
    return (j > start and toks[j - 1].low in _RANK_WORDS) or (
        j > start and _hyphenated(goal, j - 1)) or (  # "the under-12s"
        inside and _hyphenated(goal, j)) or (  # a length glued to its unit: "15-minute"
        _version_of_name(goal, start, j, limit)) or _number_in_name(goal, start, j, limit) or (
        inside and goal.lex.deliverables.match_at(toks, j, limit) is not None)


def _names_deliverable(goal: _Goal, start: int, j: int, limit: int) -> bool:
    """Whether the time expression at ``j`` is part of a name: "the Q3 pricing page"."""
    if not (j == start or goal.toks[j - 1].low in ("the", "our", "a", "an", "my", "all",
                                                    "every", "each")):
        return False
    n = j
    while n < limit and goal.in_time[n]:
        n += 1
    # (a length glued to its unit may follow: "a daily 15-minute safety huddle")
    return n < limit and n - j <= 2 and (goal.toks[n].text[:1].isalpha() or (
        goal.toks[n].text.isdigit() and _hyphenated(goal, n))) and (
        goal.toks[n].low not in goal.lex.boundaries)


def _names_role(goal: _Goal, start: int, end: int) -> bool:
    """Whether the phrase names a role or title: "a VP Sales", "Head of Sales Enablement"."""
    lex = goal.lex
    if lex.roles.match_at(goal.toks, end - 1, end) is not None:
        return True
    return any(lex.title_prefixes.match_at(goal.toks, k, end) is not None
               for k in range(start, end))


def _counted_before(goal: _Goal, core: int) -> bool:
    """Whether a target counts the words from ``core`` on: "48 | people", "70% of | firms"."""
    if core > 0 and goal.in_target[core - 1]:
        return True
    return core > 1 and goal.toks[core - 1].low == "of" and goal.in_target[core - 2]


def _head_abstract(goal: _Goal, start: int, end: int) -> bool:
    """Whether the object names nothing measurable: "the business", "more productive"."""
    lex, toks = goal.lex, goal.toks
    core = start
    while core < end and toks[core].low in lex.determiners:
        core += 1
    if core >= end:
        return False
    if toks[end - 1].low in lex.counted_abstracts and _counted_before(goal, core):
        return False  # "hire 48 people", "70% of companies": a counted set or a share
    whole = lex.abstract.match_at(toks, core, end)
    if whole is not None and whole[0] == end:
        return True
    if toks[core].low in _FREE_RELATIVES:
        return True  # "build what customers want"
    # "the share of paying teams", "the number of meetings": an "of" phrase is abstract
    # only when both its sides are ("the quality of our processes").
    of = next((k for k in range(core + 1, end - 1) if toks[k].low == "of"), None)
    if of is not None:
        if toks[of - 1].low in lex.state_heads:
            return True  # "a culture of continuous improvement": a climate, not a thing
        if toks[of - 1].low in _COUNT_HEADS and toks[end - 1].norm != toks[end - 1].low and (
                toks[end - 1].low not in lex.generic_groups):
            return False  # "the number of teams": counted things (not "of things")
        return _head_abstract(goal, core, of) and _head_abstract(goal, of + 1, end)
    if lex.abstract.match_at(toks, end - 1, end) is None:
        return False
    # "time-to-first-value": the head of a hyphenated compound is the compound.
    if end - 1 > core and _hyphenated(goal, end - 2):
        return False
    # "weekly active teams": units in a state are counted.
    if end - 1 > core and toks[end - 2].low in lex.counting_adjectives and (
            toks[end - 1].norm != toks[end - 1].low):
        return False
    # "the recruiting team", "a finance team": a team noun in front names which team.
    if lex.team_suffixes.match_at(toks, end - 1, end) is not None and any(
            lex.teams.match_at(toks, k, end - 1) is not None for k in range(core, end - 1)):
        return False
    if toks[end - 1].low == "growth" and end - 1 > core and any(
            j == end - 1 for _, j, _ in goal.cat.find(toks, core, end - 1)):
        return False  # "opex growth", "revenue growth": the change of a measure is a measure
    if toks[end - 1].norm not in lex.qualifiable:
        return True
    # "data quality", "developer satisfaction": a concrete word in front says what is
    # measured; "our presence", "team performance", "sales performance" (a metric word
    # in front says whose, not which measure) stay abstract.
    metric_words = {k for i, j, _ in goal.cat.find(toks, core, end - 1)
                    for k in range(i, j)}
    return not any(k not in metric_words and _content_words(goal, k, k + 1)
                   for k in range(core, end - 1))


def _kpi(goal: _Goal, start: int, end: int) -> tuple[MetricInfo | None, bool]:
    """The catalogue metric in ``toks[start:end]`` and whether it covers the head word."""
    hits = goal.cat.find(goal.toks, start, end)
    if not hits:
        return None, False
    # "day-30 retention of new users": the measure before "of" is what is measured, and
    # the words after it the people it is taken on (not "the number of new users").
    for _, j, info in hits:
        if j < end and goal.toks[j].low == "of" and _measure_ends_at(goal, j):
            return info, False
    for i, j, info in hits:
        if i < end <= j:
            return info, True
    # a name of the head hidden by an earlier, overlapping one: "qualified | pipeline
    # coverage" (the leftmost match is "qualified pipeline")
    for k in range(hits[0][0] + 1, end):
        hit = goal.cat.match_at(goal.toks, k, end)
        if hit is not None and hit[0] == end:
            return hit[1], True
    return max(hits, key=lambda h: h[1] - h[0])[2], False


def _holds_claim(goal: _Goal, start: int, end: int) -> bool:
    """Whether the object is a clause with its own finite verb: "the Academy | reduces"."""
    for k in range(start + 1, end):
        verb = goal.lex.verbs.match_at(goal.toks, k, end)
        if verb is not None and verb[1].form == "s":
            return True
    return False


# The shape of a measure the catalogue may not list, heading the object: "time-to-<event>",
# "cost per <unit>" (not "the cost-per-hire report").
_MEASURE_SHAPE = re.compile(rf"\b(?:{'|'.join(sorted(_MEASURE_HEADS))})(?:[- ](?:to|per)[- ]"
                            r"[a-z][\w-]{0,40}|"
                            r" (?:to|per)(?: [a-z][\w-]{0,20}){1,3})\Z",  # "time to first value"
                            re.IGNORECASE)
_DESTINATION_WINDOW = 6  # tokens between a moved object and its "to": "from spreadsheets"


def _destination_after(goal: _Goal, end: int) -> bool:
    """Whether a destination follows the object: "... (from spreadsheets) to the new ERP"."""
    toks = goal.toks
    for k in range(end, min(len(toks) - 1, end + _DESTINATION_WINDOW)):
        if toks[k].low in ("to", "onto", "into") and not (goal.in_target[k]
                                                          or goal.in_time[k]):
            return toks[k + 1].text[:1].isalpha()
        if toks[k].low not in ("from", "the", "our", "all", "its") and not (
                toks[k].text[:1].isalpha()):
            return False
    return False


def _content_words(goal: _Goal, start: int, end: int) -> int:
    """How many words of the object are not determiners: "the partner portal" has two."""
    lex = goal.lex
    return sum(1 for k in range(start, end)
               if goal.toks[k].low not in lex.determiners and goal.toks[k].text[:1].isalnum()
               and lex.abstract.match_at(goal.toks, k, k + 1) is None)


def _shows_quality(goal: _Goal, start: int, end: int) -> bool:
    """Whether a competency verb's object is a quality: no number in it, no article that
    points at one thing ("the new dashboard"), no capitalised name."""
    toks = goal.toks
    lead = max(0, start - 2)  # (the amount may stand before the object: "a 20% lift")
    return not any(goal.numberish(k) or goal.in_target[k] for k in range(lead, end)) and not any(
        k > start and toks[k].text[:1].isupper() for k in range(start, end)) and (
        toks[start].low not in ("the", "a", "an", "our", "my"))


def _object_kind(goal: _Goal, start: int, end: int, category: str | None, lemma: str | None,
                 info: MetricInfo | None, covers_head: bool, role: bool) -> str:
    """metric, deliverable, population or abstract, for the object ``toks[start:end]``.

    A delivery verb on a role is a hire ("VP Sales hired"); on one named thing it is a
    deliverable even when a metric word names it ("close the Vanguard renewal"). An
    upkeep verb ("fix", "own") and a change verb only make a deliverable of a *named*
    object ("fix the flaky e2e suite", not "fix the CRM"); an uncounted plural
    ("hire great engineers") is a population, which a target or a scope must pin.
    """
    lex = goal.lex
    if info is None and _MEASURE_SHAPE.search(goal.slice(start, end)):
        return "population"  # "time-to-first-dashboard": a measure no catalogue lists
    deliver = category in ("deliver", _UNLISTED)
    # An unlisted verb may be upkeep ("tidy the stockroom"): it needs a named object too.
    upkeep = (lemma or "") in lex.upkeep_verbs or category == _UNLISTED
    named = _content_words(goal, start, end) >= 2
    # "recalibrate every rubric": a whole set names what an unlisted verb acts on.
    if category == _UNLISTED and _closed_set(goal, start, end):
        named = True
    if (lemma or "") in lex.process_verbs and (
            not _head_abstract(goal, start, end)
            or (goal.toks[end - 1].norm in _PROCESS_HEADS
                and _content_words(goal, start, end - 1) > 0)):
        return "deliverable"  # "automate payroll", "the returns process": it runs by itself

    if (lemma or "") in lex.competency_verbs and _shows_quality(goal, start, end):
        return "abstract"  # "demonstrate improved attention to detail": how is it checked?
    if deliver and upkeep and not named:
        # "own quality": keeping up a vague state is no more checkable than improving it
        # (not "develop a strategy on supply chain resilience": what it is about says which)
        return "abstract" if _head_abstract(goal, start, end) and not _qualified_after(
            goal, end) else "population"
    if deliver and _vaguely_counted(goal, start, end):
        return "population"  # "ship some improvements to the editor": how many, which?
    if deliver and role:
        return "population" if _uncounted_plural(goal, start, end) else "deliverable"
    if deliver and _ENUMERATED_RE.match(goal.text, goal.toks[end - 1].end):
        return "deliverable"  # "ship role-based permissions (Admin, Approver, Viewer)"
    if deliver and info is None and _open_plural(goal, start, end):
        return "population"  # "expand into new markets": which, and how many?
    completes = (lemma or "") in lex.completion_verbs
    if (lemma or "") in lex.proof_verbs and _holds_claim(goal, start, end):
        return "metric"  # "prove the Academy reduces support load": by how much?
    if (lemma or "") in lex.relocation_verbs and end > start and (
            deliver or _closed_set(goal, start, end)) and (
            goal.toks[end - 1].norm != goal.toks[end - 1].low
            or _one_of_a_kind(goal, start, end)) and _destination_after(goal, end):
        # "migrate purchase orders to the new ERP", "convert all 8,400 streetlights to
        # LED", "port the game to Switch": all of it there, or not ("move revenue to annual
        # contracts" says not how much, and "convert leads to customers" counts a rate)
        return "deliverable"
    if covers_head and (lemma or "") in lex.creation_verbs and _other_number(goal, end - 1, info):
        return "deliverable"  # "launch online booking": a feature, not the bookings metric
    if covers_head and (lemma or "") in lex.creation_verbs and end < len(goal.toks) and (
            goal.toks[end].low in ("in", "into")) and _named_place_after(goal, end) and (
            lex.scope.match_at(goal.toks, end + 1, end + 2) is None):
        return "deliverable"  # "launch health scores in Gainsight": a feature of a product
    if covers_head:
        # "get the Brightwater contract signed"; "sign the renewal | with the vendor"
        one = (deliver or (completes and _done_participle(goal, end - 1))) and (
            named or (deliver and _qualified_after(goal, end))) and (
            _one_of_a_kind(goal, start, end))
        if deliver and not one and _closed_set(goal, start, end):
            return "population"  # "qualify the 200 oldest open opportunities": every one
        if deliver and _named_plural(goal, start, end):
            return "deliverable"  # "close the Q4 books": those, all of them, or not
        if completes and _counted_set(goal, start, end):
            return "deliverable"  # "eliminate the 3 manual steps": all of them, or not
        if (lemma or "") in lex.yes_no_verbs and goal.toks[start].low in lex.singular_openers \
                and _one_of_a_kind(goal, start, end):
            return "deliverable"  # "pay off my credit card debt": all of that one, or not
        return "deliverable" if one else "metric"
    # "reach SLSA level 3", "deprecate API v1", "remove jQuery": reaching or completing a
    # named standard, product or version is done or not.
    if (category == "reach" or completes) and info is None and _proper_name(goal, start, end):
        return "deliverable"
    if (lemma or "") in lex.creation_verbs and _generic_new(goal, start, end) and \
            not _qualified_after(goal, end):
        return "population"  # "launch a new campaign": which one? ("a new ATS" is named)
    listed = lex.deliverables.match_at(goal.toks, end - 1, end) is not None
    # "publish the 2027 engineering strategy", "roll out the new review process": a
    # delivery of one named artifact, even when its head word alone would be abstract.
    remakes = (lemma or "") in lex.remake_verbs and named
    if deliver and (not upkeep or remakes) and (named or _qualified_after(goal, end)) and (
            listed) and _one_of_a_kind(goal, start, end):
        return "deliverable"  # ... or "publish a data strategy | for the Ministry"
    if _head_abstract(goal, start, end) or ((lemma or "") in _COPULAS and (
            _names_abstract(goal, start, end - 1) or _claims_status(goal, start, end))
            and not names_a_rank(goal.slice(start, end), lex.rank_words)):
        return "abstract"  # "the business"; "be better prepared": a vague state
    if deliver and _generic_group(goal, start, end):
        return "population"  # "hire the people the plan needs": how many is not said
    # "take a trip to Japan", "do a talk at KubeCon": one thing a generic verb does, where a
    # name says, happens or not.
    if category == "generic" and goal.toks[start].low in ("a", "an") and (
            _singular_head(goal, end)) and _named_place_after(goal, end):
        return "deliverable"
    # "quit smoking", "pay off the car loan": ending a habit or a debt is a yes/no fact.
    if (lemma or "") in goal.lex.yes_no_verbs and _ends_one_thing(goal, lemma or "", start, end):
        return "deliverable"
    # "build dashboards", "run campaigns": an uncounted plural with no article is how
    # many of what? Not one identified thing.
    if deliver and _bare_plural(goal, start, end) and not _proper_name(goal, start, end) \
            and not _qualified_after(goal, end) and not _closed_set(goal, start, end) \
            and not _title_cased_name(goal, start, end):
        return "population"
    # Many things ("strengthen family partnerships") are one deliverable only when
    # delivered.
    if listed and (named or (deliver and not upkeep)) and (deliver or _singular_head(goal, end)):
        return "deliverable"
    # "Retire the legacy monolith", "Get a standing desk": completing one identified
    # thing is a yes/no fact even with a verb that is not one of delivery.
    if (lemma or "") in goal.lex.completion_verbs and (
            _one_of_a_kind(goal, start, end) or _closed_set(goal, start, end)
            or _named_plural(goal, start, end)) and not _names_abstract(goal, start, end):
        return "deliverable"
    # "add rate limiting to the public API", "add an OTLP sink": one uncounted thing
    # attached to a whole, or one new thing, is a feature shipped.
    if (lemma or "") in lex.attach_verbs and info is None and _singular_head(goal, end) and (
            (end < len(goal.toks) and goal.toks[end].low in ("to", "into"))
            or goal.toks[start].low in ("a", "an")):
        return "deliverable"
    if info is not None and not deliver:
        return "metric"
    # Any other noun phrase acted on by a delivery verb ("migrate the user db") is a
    # deliverable: only listed abstract words are abstract.
    return "deliverable" if deliver else "population"


def _named_plural(goal: _Goal, start: int, end: int) -> bool:
    """ "the v1 REST endpoints", "the Oracle reporting servers", "the Q4 books": "the" and a
    version, a name or a period before a plural head say which ones, all of them."""
    toks = goal.toks
    between = range(start + 1, end - 1)
    return end - start >= 3 and toks[start].low == "the" and not _singular_head(goal, end) \
        and not any(toks[k].low in goal.lex.boundaries for k in between) \
        and any((_VERSION_RE.fullmatch(toks[k].text) or toks[k].text[:1].isupper()
                 or goal.in_time[k]) and not goal.in_target[k] for k in between)


def _other_number(goal: _Goal, k: int, info: MetricInfo | None) -> bool:
    """Whether the singular word at ``k`` names a metric only listed in the plural
    ("booking" for "bookings"): the thing, not the count of it."""
    tok = goal.toks[k]
    if info is None or tok.norm != tok.low or not tok.text.isalpha():
        return False
    return not any(alias.lower().split()[-1] == tok.low for alias in info.aliases)


def _done_participle(goal: _Goal, j: int) -> bool:
    """Whether ``toks[j]`` is the past participle of a verb of delivery ("signed")."""
    verb = goal.lex.verbs.match_at(goal.toks, j, j + 1) if j >= 0 else None
    return verb is not None and verb[1].form == "past" and verb[1].category == "deliver"


def _closed_set(goal: _Goal, start: int, end: int) -> bool:
    """A whole, known set: "all 2027 quotas", "the 200 oldest open opportunities"."""
    toks = goal.toks
    if toks[start].low in ("all", "every", "each") or (
            start > 0 and toks[start - 1].low in ("all", "every", "each")):
        return True
    # "accessible versions of all 34 core components": one of each member of the set.
    if any(toks[k].low == "of" and toks[k + 1].low in ("all", "every", "each")
           for k in range(start + 1, end - 1)):
        return True
    return _counted_set(goal, start, end)


@lru_cache(maxsize=1)
def _cardinals() -> frozenset[str]:
    """Number words ("two", "fourteen"), from the quantity reader's own table."""
    numbers = load_data("quantities").get("numbers", {})
    return frozenset(word.lower() for table in ("units", "teens", "tens")
                     for word in numbers.get(table, {}))


def _counted_set(goal: _Goal, start: int, end: int) -> bool:
    """A set whose size the text states as a name, not a target: "the 14 unused
    dashboards", "the two open Sev-1 escalations"."""
    cardinals = _cardinals()
    return any((goal.numberish(k) or goal.toks[k].low in cardinals)
               and _number_in_name(goal, start, k, end) for k in range(start + 1, end))


_VERSION_RE = re.compile(r"(?:v|V)?\d{1,3}(?:\.\d{1,3}){0,2}|[IVX]{1,4}")


_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,6}s")


def _proper_name(goal: _Goal, start: int, end: int) -> bool:
    """ "SLSA level 3", "WCAG 2.2 AA", "API v1", "jQuery": every word after the opener is a
    name, a version or a label word, and one of them is written as a name is (capitals
    after its first letter: an acronym or a product name)."""
    toks, lex = goal.toks, goal.lex
    core = start
    while core < end and toks[core].low in lex.determiners:
        core += 1
    if core >= end or end - core > 6:
        return False
    scope = lex.scope.match_at(toks, core, end)
    if scope is not None and scope[0] == end:
        return False  # "reach EMEA": a place, not a standard
    written_as_name = False
    for k in range(core, end):
        text = toks[k].text
        if goal.in_target[k]:
            return False
        if k == end - 1 and k == start and _PLURAL_ACRONYM.fullmatch(text) and (
                k > 0 and lex.verbs.match_at(toks, k - 1, k) is not None):
            return False  # "hold QBRs": a verb's plural acronym is a kind, not a name
        if any(ch.isupper() for ch in text[1:]):
            written_as_name = True
        elif not (text[:1].isupper() or _VERSION_RE.fullmatch(text)
                  or toks[k].low in _RANK_WORDS or _standard_number(goal, k)
                  or (k == end - 1 and k > core and _done_participle(goal, k))):
            return False  # (but "get ISO 27001 certified": the standard, then done)
    # "get Kestrel Logistics signed": a capitalised name, then done
    return written_as_name or (end - 1 > core and _done_participle(goal, end - 1))


def _title_cased_name(goal: _Goal, start: int, end: int) -> bool:
    """ "Launch Guild Wars": words capitalised in a sentence that is not, a name (the
    capitals of a title-case heading name nothing: "Launch Partner Programs")."""
    toks = goal.toks
    if end - start < 2 or start == 0 or not all(
            toks[k].text[:1].isupper() and toks[k].text.isalpha() for k in range(start, end)):
        return False
    lower = sum(1 for k, tok in enumerate(toks) if (k < start or k >= end)
                and tok.text.isalpha() and tok.text.islower() and len(tok.text) > 3)
    return lower >= 2


def _generic_group(goal: _Goal, start: int, end: int) -> bool:
    """ "people", "the people the plan needs", "customers": a generic plural group with no
    count and no word that closes the set ("all customers" is every one of them)."""
    toks, lex = goal.toks, goal.lex
    core = start
    while core < end and (toks[core].low in lex.singular_openers or goal.numberish(core)):
        core += 1
    counted = any(goal.numberish(k) for k in range(start, core))
    closed = toks[start].low in ("all", "every", "each") or (
        start > 0 and toks[start - 1].low in ("all", "every", "each"))
    # "a people-data dictionary": a group word hyphenated to the next word only modifies it
    return core < end and toks[core].low in lex.generic_groups and not counted and not closed \
        and not _hyphenated(goal, core)


def _named_place_after(goal: _Goal, end: int) -> bool:
    """Whether a named place or event follows the object: "... | to Japan", "| at KubeCon"."""
    toks = goal.toks
    return end + 1 < len(toks) and toks[end].low in ("to", "in", "at", "on") and (
        toks[end + 1].text[:1].isupper()) and not (goal.in_time[end + 1] or goal.in_actor[end + 1])


def _singular_head(goal: _Goal, end: int) -> bool:
    """Whether the object's last word is singular: "the bathroom", not "family
    partnerships" (an acronym such as "ATS" is one thing)."""
    head = goal.toks[end - 1]
    return head.norm == head.low or head.text.isupper()


def _names_abstract(goal: _Goal, start: int, end: int) -> bool:
    """Whether any word of the object is a listed abstract word: "my life together" (a
    team noun such as "finance" names a team, not an abstraction)."""
    lex, toks = goal.lex, goal.toks
    return any(toks[k].low not in lex.determiners
               and lex.abstract.match_at(toks, k, k + 1) is not None
               and lex.teams.match_at(toks, k, k + 1) is None for k in range(start, end))


def _complement(goal: _Goal, start: int, end: int, limit: int) -> Metric | None:
    """ "Make customers 20% happier": an abstract word right after the object (past its
    target and "as") is what should change, so the whole phrase is abstract."""
    k = end
    while k < limit and k - end < 4 and (goal.in_target[k] or goal.numberish(k)
                                         or goal.toks[k].low == "as"):
        k += 1
    if k >= limit or goal.in_time[k] or goal.lex.abstract.match_at(goal.toks, k, k + 1) is None:
        return None
    lex, toks = goal.lex, goal.toks
    people = lex.teams.match_at(toks, end - 1, end) is not None or (
        lex.roles.match_at(toks, end - 1, end) is not None)
    if k > end and toks[k].low in lex.measurable_comparatives and not people:
        return None  # "make the build 2x faster": a counted change of time, size or cost
    return Metric(goal.slice(start, k + 1), goal.span(start, k + 1), None, "abstract")


_STATE_OPENERS = _COMPARATIVES | {"twice", "as"}


def _made_thing(goal: _Goal, metric: Metric, start: int, end: int) -> Metric:
    """ "Make renewals smoother", "Make customers 20% happier": the metric is the thing
    made ("renewals"), not the state it should reach. Only for an abstract state, which
    the kind, read from the whole phrase, keeps."""
    toks, lex = goal.toks, goal.lex
    if metric.kind != "abstract":
        return metric  # ("make the forecast more accurate": the rules read the comparative)
    stop = _token_at(toks, metric.span[1])
    for k in range(start + 1, stop):
        tok = toks[k]
        counted = (goal.numberish(k) or goal.in_target[k]) and k + 1 < stop
        # The state past the object ("Jenna's life | easier"), or a comparative that ends
        # the object ("renewals smoother"; not "my number", "a bigger impact").
        state_word = k == end < stop or (
            k == end - 1 == stop - 1 and tok.low.endswith("er")
            and lex.abstract.match_at(toks, k, k + 1) is not None
            and toks[k - 1].low not in _OBJECT_OPENERS and toks[k - 1].low not in lex.determiners)
        if tok.low in _STATE_OPENERS or counted or state_word:
            return replace(metric, text=goal.slice(start, k), span=goal.span(start, k),
                           qualifier=None)
    return metric


def _ends_one_thing(goal: _Goal, lemma: str, start: int, end: int) -> bool:
    """Whether a yes/no verb's object is one thing to end: any for "pay off" and "kick";
    for "stop", "quit", "give up" a listed habit ("quit smoking"), a name ("stop using
    Jira") or one identified thing ("quit my job"), not a way of working ("stop chasing
    tire-kickers")."""
    lex = goal.lex
    if lemma not in lex.habit_verbs:
        return True
    toks = goal.toks
    if lex.habits is not None and lex.habits.find_all(toks, start, end):
        return True
    return _proper_name(goal, start, end) or _title_cased_name(goal, start, end) or (
        _one_of_a_kind(goal, start, end))


def _one_of_a_kind(goal: _Goal, start: int, end: int) -> bool:
    """ "the Vanguard renewal", "a deal-scoring model": one thing, singular, no count."""
    toks = goal.toks
    head = toks[end - 1]
    # (or a name before it says which: "get Hooli order form signed")
    opened = toks[start].low in goal.lex.singular_openers or _standard_at(goal, start, end) or (
        end - start >= 2 and _name_modifier(goal, start))
    # A number that names which one ("the 2027 engineering strategy", "the $1.1M Globex
    # deal") is no count.
    named = _amount_end(goal, start + 1, end) if opened and start + 1 < end and (
        toks[start + 1].text[:1] in _CURRENCY_MARKS) else None
    return opened and head.norm == head.low and not any(
        goal.numberish(k) and not _number_in_name(goal, start, k, end)
        and not (k > start and _standard_at(goal, k - 1, end))
        and not (named is not None and k < named) for k in range(start, end))


def _name_modifier(goal: _Goal, k: int) -> bool:
    """Whether ``toks[k]`` is a name in capitals (not an acronym, a place or a scope word)
    that says which thing the words after it name: "Hooli" in "Hooli order form"."""
    tok = goal.toks[k]
    return (tok.text[:1].isupper() and tok.text.isalpha() and not tok.text.isupper()
            and goal.lex.scope.match_at(goal.toks, k, k + 1) is None
            and goal.lex.teams.match_at(goal.toks, k, k + 1) is None  # "Get Marketing aligned"
            and goal.lex.verbs.match_at(goal.toks, k, k + 1) is None)


def _standard_at(goal: _Goal, k: int, end: int) -> bool:
    """ "ISO 13485", "SOC 2": an acronym and the number that names which standard, before
    more of the object (one named thing, like "the" opens one)."""
    toks = goal.toks
    if k < 0 or k + 2 >= end:
        return False
    acronym, number = toks[k].text, toks[k + 1].text
    return (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= 6
            and number.isdigit() and not goal.in_target[k + 1])


def _uncounted_plural(goal: _Goal, start: int, end: int) -> bool:
    """ "engineers", "SDRs": a plural role with no count or article (how many?)."""
    if goal.lex.roles.match_at(goal.toks, end - 1, end) is None:
        return False
    return _bare_plural(goal, start, end)


def _generic_new(goal: _Goal, start: int, end: int) -> bool:
    """ "a new campaign", "a new system": one new thing of a kind, no name to tell which
    (an acronym or a capital names one: "a new ATS", "a new Salesforce instance", and so
    do words that say what it is for: "a new expense policy", "a new territory model")."""
    toks = goal.toks
    return (end - start == 3 and toks[start].low in ("a", "an")
            and toks[start + 1].low == "new"
            and all(tok.text == tok.low and tok.text[:1].isalpha()
                    for tok in toks[start + 2:end]))


def _qualified_after(goal: _Goal, end: int) -> bool:
    """Whether a phrase after the object says which ones: "tests | for the checkout flow",
    "records | to Workday" (a time, "in Q1", says nothing of which)."""
    toks, n = goal.toks, len(goal.toks)
    # the scope prepositions, and "with": "contracts | with our top 5 carriers"
    link = end < n and (toks[end].low in goal.lex.scope_prepositions or toks[end].low == "with")
    if not link or end + 1 >= n or (
            goal.in_time[end] or goal.in_time[end + 1] or goal.in_target[end + 1]):
        return False
    # "features | to win the market": a purpose, not which features
    return not (toks[end].low == "to" and _infinitive_at(goal, end + 1, n)) and (
        goal.lex.reasons.match_at(toks, end, n) is None)


def _open_plural(goal: _Goal, start: int, end: int) -> bool:
    """ "new markets", "more partners": an uncounted plural opened by a word of an open
    set, never one identified thing."""
    toks = goal.toks
    head = toks[end - 1]
    counted = start > 0 and (goal.numberish(start - 1) or goal.in_target[start - 1])
    return (end - start <= 3 and toks[start].low in goal.lex.open_sets and not counted
            and head.norm != head.low and not any(goal.numberish(k) for k in range(start, end)))


def _vaguely_counted(goal: _Goal, start: int, end: int) -> bool:
    """ "some improvements", "a few dashboards": a plural counted by no number."""
    head = goal.toks[end - 1]
    # (the count may stand before the object read: "hire a few | SDRs")
    opening = f" {goal.slice(max(0, start - 2), end).lower()}"
    return head.norm != head.low and any(f" {w} " in opening for w in vague_counts())


def _bare_plural(goal: _Goal, start: int, end: int) -> bool:
    """ "volunteers", "great engineers": a plural with no count or article."""
    toks = goal.toks
    head = toks[end - 1]
    before = toks[start - 1].low if start > 0 else ""
    counted = goal.numberish(start - 1) if start > 0 else False
    # "quarterly pulse surveys": a cadence word says how often, not how many or which
    first = start
    while first < end - 1 and toks[first].low in goal.lex.cadence_adjectives:
        first += 1
    return (head.norm != head.low and toks[first].low not in goal.lex.determiners
            and not counted and before not in goal.lex.number_words)


def _entry(goal: _Goal, after: int, lemma: str | None,
           verb_span: tuple[int, int] | None) -> Metric | None:
    """ "Launch | in Japan", "open | in Leeds": a verb of opening with no object, before
    a place, is itself the deliverable."""
    lex, toks = goal.lex, goal.toks
    if verb_span is None or (lemma or "") not in lex.entry_verbs or after + 1 >= len(toks):
        return None
    if toks[after].low not in ("in", "into", "across", "throughout"):
        return None
    place = toks[after + 1]
    if lex.scope.match_at(toks, after + 1) is None and not (
            place.text[:1].isupper() and place.text.isalpha() and not goal.in_time[after + 1]):
        return None
    return Metric(goal.text[verb_span[0]:verb_span[1]], verb_span, None, "deliverable")


def _ranked(goal: _Goal, after: int, verb_span: tuple[int, int] | None) -> Metric | None:
    """ "Finish | in the top 3 of the league": a rank reached, read past "in"."""
    toks = goal.toks
    if verb_span is None or after + 1 >= len(toks) or toks[after].low not in ("in", "among"):
        return None
    end = _object_end(goal, after + 1, len(toks))
    if end <= after + 1 or not names_a_rank(goal.slice(after + 1, end), goal.lex.rank_words):
        return None
    return Metric(goal.slice(after + 1, end), goal.span(after + 1, end), None, "population")


def _metric(goal: _Goal, start: int, end: int, category: str | None,
            lemma: str | None = None, comparative: int | None = None,
            verb_span: tuple[int, int] | None = None) -> Metric | None:
    """The Metric for the object ``toks[start:end]`` of a verb of ``category``."""
    lex = goal.lex
    if lemma is not None and end > start and not any(
            ch.isalpha() for ch in goal.slice(start, end)):
        end = start  # "hold 1:1s" split to ":": a verb's object with no word is none
    if end <= start:
        implicit = lex.implicit_metric.get(lemma or "")
        if implicit is None and comparative is not None and category not in (None, "generic"):
            # "Invest more in ETFs", "prospect more into insurance": more of the activity
            # the verb names, which a scope or a target must pin.
            return Metric(goal.toks[comparative].text, goal.span(comparative, comparative + 1),
                          None, "population")
        if implicit is None:
            return _entry(goal, start, lemma, verb_span) or _ranked(goal, start, verb_span)
        if comparative is not None:  # "sell more in Germany"
            return Metric(goal.toks[comparative].text, goal.span(comparative, comparative + 1),
                          implicit, "metric")
        if verb_span is None:
            return None
        # "Save $10,000": the verb itself names what is measured.
        return Metric(goal.text[verb_span[0]:verb_span[1]], verb_span, implicit, "metric")
    if comparative is not None and (lemma or "") in _COPULAS:
        # "Be more present", "become less reactive": a comparative state, not a thing.
        return Metric(goal.slice(start, end), goal.span(start, end), None, "abstract")
    info, covers_head = _kpi(goal, start, end)
    role = _names_role(goal, start, end)
    if info is not None and not covers_head and role:
        info = None  # "a Head of Sales Enablement" is a hire, not the sales metric
    kind = _object_kind(goal, start, end, category, lemma, info, covers_head, role)
    # "the enterprise sales playbook" is an artifact, not the sales metric; "migrate the
    # user db": a metric word that does not name the delivered thing is only a modifier.
    if kind == "deliverable" or (kind == "population" and category in ("deliver", _UNLISTED)
                                 and (not covers_head or _closed_set(goal, start, end))):
        info = None
    reach = _narrowed_end(goal, start, end)
    return Metric(goal.slice(start, reach), goal.span(start, reach),
                  info.name if info is not None else None, kind,
                  goal.span(end, reach) if reach > end else None)


# (not "in", "from": "the number of accounts in EMEA" names a region, which is scope)
_COUNTED_QUALIFIERS = frozenset({"with", "without", "using", "who", "that", "on"})
_QUALIFIER_MAX = 6  # words of a phrase that says which things are counted


def _narrowed_end(goal: _Goal, start: int, end: int) -> int:
    """Where a metric ends once the words that say which quantity is meant are in it: a
    "per" that is no period ("cost per order", "support tickets per 1,000 users"), and
    what narrows the things a share or a number counts ("the share of courses with open
    textbooks", "the percentage of users who invite a teammate")."""
    toks, n = goal.toks, len(goal.toks)
    if end >= n or end == start:
        return end
    if toks[end].low == "per":
        stop = _plain_run(goal, end + 1, 3)
        last = toks[stop - 1] if stop > end + 1 else None
        return stop if last is not None and last.norm not in _TIME_UNITS else end
    counts = any(toks[k].low in _COUNT_HEADS and k + 1 < end and toks[k + 1].low == "of"
                 for k in range(start, min(end, start + 3)))
    if counts and toks[end].low in _COUNTED_QUALIFIERS:
        stop = _plain_run(goal, end + 1, _QUALIFIER_MAX)
        return stop if stop > end + 1 else end
    return end


def _plain_run(goal: _Goal, k: int, most: int) -> int:
    """The end of a run of up to ``most`` words from ``k`` that are no time, target,
    owner, boundary, reason or punctuation; ``k`` when the run would stop inside a phrase
    ("with 2 | and 3 bedrooms") or go on past ``most`` ("using two or more modules" is
    one bound)."""
    toks, lex, n = goal.toks, goal.lex, len(goal.toks)
    stop = k
    while stop < n:
        tok = toks[stop]
        if tok.low in _PHRASE_JOINERS and stop > k and (
                goal.numberish(stop - 1) or toks[stop - 1].low in _cardinals()):
            if stop + 1 < n and toks[stop + 1].low in _COMPARATIVES:
                stop += 2  # "using two or more modules": one bound, not two phrases
                continue
            return k
        if goal.in_time[stop] or goal.in_target[stop] or goal.in_actor[stop] or (
                tok.low in lex.boundaries and stop > k) or not (
                tok.text[:1].isalnum() or _glued(goal, stop)) or (
                lex.reasons.match_at(toks, stop, n) is not None) or tok.low in _COORDINATORS:
            break
        if stop - k == most:
            return k
        stop += 1
    return stop


_PHRASE_JOINERS = frozenset({"or", "and", "&", "nor"})


# ----------------------------------------------------------------- actions


def _direction(goal: _Goal, verb: Verb, metric: Metric | None) -> str | None:
    """The verb's direction; "improve" follows the metric's better direction."""
    if verb.category == "improve":
        info = goal.cat.get(metric.kpi) if metric and metric.kpi else None
        return info.better if info is not None else "up"
    upkeep = verb.lemma in goal.lex.upkeep_verbs or verb.category == _UNLISTED
    if upkeep and (metric is None or metric.kind != "deliverable"):
        return None  # "fix the CRM": work on something, with no result that can be checked
    # "take the AWS exam", "add SSO to the admin console": a verb that names no change, or
    # one that attaches a thing, delivers when its object is a deliverable.
    if metric is not None and metric.kind == "deliverable" and (
            verb.lemma in goal.lex.attach_verbs or (
                verb.category == "generic" and not _abstract_word_in(goal, metric.text))):
        return "deliver"  # (but "take ownership of the roadmap" is no deliverable)
    return _DIRECTIONS.get(verb.category)


def _abstract_word_in(goal: _Goal, text: str) -> bool:
    """Whether any word of ``text`` is a listed abstract word ("ownership of the roadmap")."""
    toks = tokenize(text)
    abstract = goal.lex.abstract
    return any(abstract.match_at(toks, k, k + 1) is not None for k in range(len(toks)))


# Prefixes written with a hyphen before a verb: "re-engage", "co-host", "pre-sell".
_VERB_PREFIXES = frozenset({"re", "co", "pre", "up", "cross", "de", "un", "over", "out",
                            "double", "triple"})


def _after_hyphen(goal: _Goal, j: int) -> bool:
    """Whether the word at ``j`` is glued by a hyphen to a word of three letters or more
    before it ("partner-led", not "re-engaged")."""
    toks = goal.toks
    if j == 0:
        return False
    k = j - 1
    if toks[k].text == "-":
        if k == 0 or toks[k].end != toks[j].start:
            return False
        k -= 1
    elif goal.text[toks[k].end:toks[j].start] != "-":
        return False
    return toks[k].text.isalpha() and len(toks[k].text) >= 3 and toks[k].end < toks[j].start


def _verb_at(goal: _Goal, j: int, limit: int) -> tuple[int, Verb] | None:
    """A lexicon verb at ``j``, unless the words there name a metric ("Win rate at 25%");
    a prefix glued to it by a hyphen is part of it ("re-engage", "co-host")."""
    verb = goal.lex.verbs.match_at(goal.toks, j, limit)
    if verb is None and j + 1 < limit and goal.toks[j].low in _VERB_PREFIXES and (
            _hyphenated(goal, j)):
        verb = goal.lex.verbs.match_at(goal.toks, j + 1, limit)
    if verb is None:
        return None
    if verb[1].form in ("past", "ing") and _after_hyphen(goal, j):
        return None  # "Marketing-sourced pipeline", "AI-driven triage": an adjective
    if j > 0 and len(goal.toks[j - 1].text) == 1 and goal.toks[j - 1].text.isalpha() and (
            _hyphenated(goal, j - 1)):
        return None  # "e-books", "x-rays": a word part, not a verb
    metric = goal.cat.match_at(goal.toks, j, limit)
    if metric is not None and metric[0] - j >= 2 and metric[0] > verb[0]:
        return None
    # (only with no subject before it: "Each AE | books 40 calls" is a verb; a base form
    # only before a bound: "shrink below 1.2%", not "spend $50k on ads")
    if metric is not None and metric[0] >= verb[0] and (
            j == 0 or not goal.toks[j - 1].text[:1].isalnum()) and (
            _stated_move_at(goal, metric[0], limit) if verb[1].form == "s" else (
                metric[0] < limit and goal.toks[metric[0]].low in _BOUND_WORDS
                and goal.in_target[metric[0]])):
        return None  # "Leads up 500%", "Loss prevention: shrink below 1.2% of sales"
    return verb


_STATED_MOVES = frozenset({"up", "down"})
_BOUND_WORDS = frozenset({"below", "under", "above", "over"})
_SOURCE_WORDS = frozenset({"from", "in", "for", "on", "at", "via"})
_SOURCE_MAX = 4  # words of a source phrase: "from partner events"


def _stated_move_at(goal: _Goal, k: int, limit: int) -> bool:
    """Whether a metric's result follows at ``k``, after a short source phrase at most:
    "| up 500%", "| to 2%", "| from events | up 500%"."""
    toks = goal.toks
    end = k
    if k < limit and toks[k].low in _SOURCE_WORDS and not goal.in_target[k]:
        end = next((m for m in range(k + 1, min(limit, k + _SOURCE_MAX + 1))
                    if not toks[m].text.isalpha() or toks[m].low in _STATED_MOVES
                    or goal.in_target[m]), k)
    return end < limit and (goal.in_target[end] or toks[end].low in _STATED_MOVES)


def _unlisted_verb(goal: _Goal, i: int, limit: int) -> tuple[int, Verb] | None:
    """ "Renovate the bathroom", "Teachers return graded work": an unlisted word that opens
    a clause right before its object (an article, a possessive, "all", a number) or right
    after the clause's owner is read as a verb of delivery. The lists name the vague and
    the change verbs, so an unknown verb is taken as a concrete one."""
    toks = goal.toks
    if i + 1 >= limit or toks[i].low in _HEDGE_ADVERBS:
        return None  # "maybe a health score dashboard?"
    if _metric_word_as_verb(goal, i):
        return i + 1, Verb(toks[i].low, _UNLISTED, "base")
    if _listed_word(goal, i, limit):
        return None
    tok, nxt = toks[i], toks[i + 1]
    if tok.low in goal.lex.intent_words:
        return None  # "we want people to ...": wanting is not delivering
    # A capital inside a sentence starts a name ("... for Acme the ..."), not a verb.
    opening = i == 0 or not toks[i - 1].text[:1].isalnum()
    if tok.text[:1].isupper() and not opening:
        return None
    after_owner = any(goal.in_actor[k] for k in range(max(0, i - 3), i)) and not any(
        toks[k].text in _CLOSERS for k in range(max(0, i - 3), i))
    opens_object = (nxt.low in _OBJECT_OPENERS and not goal.in_time[i + 1]) or (
        goal.numberish(i + 1) and goal.in_target[i + 1])
    plain_next = nxt.text[:1].isalpha() and nxt.low not in goal.lex.boundaries
    if not (opens_object or (after_owner and plain_next)):
        return None
    form = "ing" if tok.low.endswith("ing") else "base"
    return i + 1, Verb(tok.low, _UNLISTED, form)


def _metric_word_as_verb(goal: _Goal, i: int) -> bool:
    """ "Ms. Okafor will grade all midterms", "Teachers to grade 200 essays": a metric's
    one word right after a modal and before its object is the verb."""
    toks, lex = goal.toks, goal.lex
    if i + 1 >= len(toks):
        return False  # ("drive prod. adoption": the metric word ends the goal)
    tok, nxt = toks[i], toks[i + 1]
    if not (i > 0 and tok.text.isalpha() and tok.text.islower()) or (
            lex.modals.match_at(toks, i - 1, i) is None):
        return False
    hit = goal.cat.match_at(toks, i, i + 1)
    return hit is not None and hit[0] == i + 1 and (
        (nxt.low in _OBJECT_OPENERS and not goal.in_time[i + 1])
        or (goal.numberish(i + 1) and goal.in_target[i + 1]))


def _listed_word(goal: _Goal, i: int, limit: int) -> bool:
    """Whether the word at ``i`` is anything but a verb the lists do not know: a listed
    word of any kind, a name, a number, an adverb, a time or a target."""
    toks, lex = goal.toks, goal.lex
    tok = toks[i]
    low = tok.low
    if not (tok.text.isalpha() and len(low) > 2) or low.endswith("ly") or (
            goal.in_time[i] or goal.in_target[i] or goal.in_actor[i]):
        return True
    if (low in lex.boundaries or low in lex.determiners or low in lex.number_words
            or low in lex.pronouns or low in lex.not_names or low in _OBJECT_OPENERS
            or tok.norm in _TIME_UNITS):
        return True
    indexes = (lex.verbs, goal.cat, lex.scope, lex.abstract, lex.teams, lex.roles,
               lex.deliverables, lex.declarative_states, lex.reasons, lex.labels,
               lex.title_prefixes, lex.modals, lex.hedges, lex.noncommittal)
    return any(index.match_at(toks, i, limit) is not None for index in indexes)


def _verb_or_unlisted(goal: _Goal, j: int, limit: int) -> tuple[int, Verb] | None:
    """A listed verb at ``j``, else an unlisted one ("qualify or disqualify the ...")."""
    return _verb_at(goal, j, limit) or _unlisted_verb(goal, j, limit)


def _acts(goal: _Goal, j: int, limit: int) -> bool:
    """Whether a verb used as a verb stands at ``j``: "increasing win rate" does, the
    gerund noun in "work on onboarding" (nothing after it) does not."""
    verb = _verb_at(goal, j, limit)
    if verb is None:
        return False
    if verb[1].form != "ing":
        return True
    after = verb[0]
    return after < limit and (goal.numberish(after) or (
        goal.toks[after].text[:1].isalpha() and goal.toks[after].low not in goal.lex.boundaries))


def _skip_auxiliaries(goal: _Goal, i: int, limit: int) -> tuple[int, tuple[int, int] | None]:
    """Skip modals and hedges before the verb; returns the verb position and the hedge's
    token range (if a hedge stands before a concrete verb)."""
    lex, toks = goal.lex, goal.toks
    hedge = None
    for _ in range(6):
        handed = _past_time_given(goal, i, limit)
        if handed is not None:
            i = handed  # "you have until end of Q1 to get ...": the verb after the time
            continue
        modal = lex.modals.match_at(toks, i, limit)
        if modal is not None:
            i = modal[0]
            if i + 1 < limit and toks[i].low in ("have", "'ve") and _verb_at(goal, i + 1, limit):
                i += 1  # "will have hired 40 nurses": the future perfect's own verb
            elif i + 1 < limit and (_manner_adverb(toks[i]) or toks[i].low in _INNER_ADVERBS) \
                    and (_verb_at(goal, i + 1, limit)
                         or lex.hedges.match_at(toks, i + 1, limit) is not None):
                i += 1  # "will quickly ship the fix", "can now aim to cut": before the verb
            elif i < limit and toks[i].text == ",":
                i = past_aside(toks, i, lex)  # "will, via the committee, adopt ..."
            else:
                i = _past_list_mark(goal, i, limit)  # "I will 1) make 60 calls a day 2) ..."
            continue
        if i + 1 < limit and toks[i].low in _BE_FORMS and lex.hedges.match_at(
                toks, i, limit) is None and (
                ((verb := _verb_at(goal, i + 1, limit)) is not None and verb[1].form == "ing")
                or lex.modals.match_at(toks, i + 1, limit) is not None
                or lex.hedges.match_at(toks, i + 1, limit) is not None):
            i += 1  # "We are growing revenue", "I'm planning to run": the verb after "be"
            continue
        found = lex.hedges.match_at(toks, i, limit)
        if found is not None:
            after = found[0]
            while after < limit and (nxt := lex.modals.match_at(toks, after, limit)):
                after = nxt[0]
            while after < limit and goal.in_time[after] and after - found[0] < 3:
                after += 1  # "hope to someday offer ...": the time word splits the verb
            # "aim to foster a culture": a hedge before a vague verb leaves that verb
            # as the action (non-committal), not the hedge's word as an object.
            # "aim to draw 500 attendees": a verb the lists do not know, before its object
            if _acts(goal, after, limit) or lex.hedges.match_at(toks, after, limit) is not None \
                    or lex.noncommittal.match_at(toks, after, limit) is not None \
                    or (_unlisted_verb(goal, after, limit) is not None and (
                        goal.numberish(after + 1)
                        or toks[after + 1].low in lex.singular_openers)):
                hedge = hedge or (i, found[0])
                i = after
                continue
        break
    return i, hedge


def _past_time_given(goal: _Goal, i: int, limit: int) -> int | None:
    """The token after "have until <time> to" at ``i``: a deadline handed to the owner
    before the verb ("you have until end of Q1 to get ...", "Priya has until June to ...")."""
    toks = goal.toks
    if i + 3 >= limit or toks[i].low not in ("have", "has", "'ve") or toks[i + 1].low != "until":
        return None
    k = i + 2
    while k < limit and goal.in_time[k]:
        k += 1
    return k + 1 if k > i + 2 and k < limit and toks[k].low == "to" else None


def _past_list_mark(goal: _Goal, i: int, limit: int) -> int:
    """The verb after the mark of an inline list's first item at ``i`` ("1) ", "(a) ",
    ": (a) "), or ``i`` when no such mark and verb stand there."""
    toks, j = goal.toks, i
    if j < limit and toks[j].text == ":":
        j += 1
    if j + 2 < limit and toks[j].text == "(" and toks[j + 2].text == ")":
        j += 1
    if j + 1 < limit and _LIST_ITEM_RE.fullmatch(toks[j].text) and toks[j + 1].text == ")" and (
            _verb_at(goal, j + 2, limit) is not None):
        return j + 2
    return i


# "be" before a verb's -ing form or a modal: "we are growing", "I'm planning to".
_BE_FORMS = frozenset({"am", "is", "are", "'m", "'re", "’m", "’re"})

# Adverbs that stand between a modal and its verb: "we can now aim to", "will also ship".
_INNER_ADVERBS = frozenset(load_data("words")["phrases"]["inner_adverbs"])


def _manner_adverb(tok: Tok) -> bool:
    """An "-ly" word that says how: "quickly", "painlessly" (not "only", "early")."""
    return tok.text.isalpha() and len(tok.low) > 5 and tok.low.endswith("ly")


def _read_object(goal: _Goal, j: int, limit: int) -> tuple[int, int, int | None]:
    """(start, end, comparative) of the object after a verb ending at ``j``."""
    j = _past_owner_aside(goal, j, limit)
    start, comparative = _skip_quantity(goal, j, limit)
    past = start
    while past < limit and goal.in_time[past] and _PERIOD_TOKEN.fullmatch(goal.toks[past].text):
        past += 1
    if start < past < limit and goal.toks[past].text[:1].isalpha() and not (
            goal.in_time[past] or goal.toks[past].low in goal.lex.boundaries):
        start = past  # "Close Q3 FY27 books": the period says when, the books are the object
    end = _object_end(goal, start, limit)
    if end > start > j and comparative is None and all(
            not goal.in_target[n] and (goal.numberish(n) or goal.toks[n].low in _NAMING_WORDS
                                       or goal.toks[n].low in _cardinals()
                                       or _number_part(goal, n))
            for n in range(j, start)):
        # "a half marathon", "30-day readmissions": a number that is no target names the thing.
        return j, max(end, _object_end(goal, j, limit)), comparative
    # "Stand up a 24/7 NOC": a skipped number that is no target is part of the name.
    if end == start and start > j and not any(goal.in_target[n] for n in range(j, start)):
        named_end = _object_end(goal, j, limit)
        if named_end > start:
            return j, named_end, comparative
    # "Generate $2M in pipeline", "Add 500 worth of ...": the amount comes first (and
    # "Close $150k per month in new MRR": a cadence between them).
    if end == start and any(goal.numberish(n) for n in range(j, start)):
        link = start
        while link < limit and goal.in_time[link] and goal.toks[link].low not in _AMOUNT_LINKS:
            link += 1
        linked = _linked_object(goal, link, limit)
        if linked is not None:
            return (*linked, comparative)
    return start, end, comparative


_AMOUNT_LINKS = frozenset({"in", "of"})
_SHARE_LINKS = frozenset({"of"})  # "30% of | paying accounts"
_PURPOSE_LINKS = frozenset({"for"})  # "Save $10,000 for | an emergency fund"


def _linked_object(goal: _Goal, link: int, limit: int,
                   links: frozenset[str] = _AMOUNT_LINKS) -> tuple[int, int] | None:
    """The object after "in" or "of" (or another of ``links``) at ``link``, once an amount
    has come first."""
    if link + 1 >= limit or goal.toks[link].low not in links:
        return None
    end = _object_end(goal, link + 1, limit)
    return (link + 1, end) if end > link + 1 else None


def _clause(goal: _Goal, i: int, limit: int, main: bool) -> _Clause | None:
    """Read one clause from ``i``: auxiliaries, hedge, action and its object."""
    toks, lex = goal.toks, goal.lex
    i, hedge = _skip_auxiliaries(goal, i, limit)
    if i >= limit:
        return None
    hedge_text = goal.slice(*hedge) if hedge else None
    if main and hedge is None:
        # "We want $2M in partner-influenced pipeline", "i want 45 demos booked": what is
        # wanted, counted, is the result.
        wanted = i + 1 < limit and toks[i].low in lex.intent_words and goal.numberish(i + 1)
        counted = _quantity_first(goal, i + 1 if wanted else i, limit, wanted)
        if counted is not None:
            return counted
    wanted = _wanted_people_verb(goal, i, limit)
    if wanted is not None:
        # "I want my team to hit 98% adherence": the people's verb is the outcome.
        clause = _clause(goal, wanted, limit, main)
        if clause is not None and clause.action is not None:
            return clause
    if toks[i].low in lex.intent_words and i + 1 < limit and (
            goal.cat.match_at(toks, i + 1, limit) is not None
            or (toks[i].low in _WANTING and toks[i + 1].low in _WANTED_OPENERS
                and not goal.numberish(i + 2))):
        # "(The CRO) wants | ARR to grow ...", "(COO) wants | the plan refreshed by Friday"
        declared = _declarative(goal, i + 1, limit)
        if declared is not None and declared.action is not None:
            return declared
    metric_first = goal.cat.match_at(toks, i, limit)
    verb = _verb_at(goal, i, limit) or _wanted_thing(goal, i, limit)
    noncommittal = lex.noncommittal.match_at(toks, i, limit)
    if verb is None and noncommittal is None and (
            metric_first is None or _metric_word_as_verb(goal, i)):
        verb = _unlisted_verb(goal, i, limit)
    # (a metric name the verb spans whole is the verb: "Sign up 50 patients")
    if metric_first is not None and (verb is None or (
            metric_first[0] - i >= 2 and verb[0] < metric_first[0])):
        declared = _declarative(goal, i, limit)
        if declared is not None:
            return declared
    if noncommittal is not None and (verb is None or noncommittal[0] > verb[0]):
        named = _named_result(goal, i, noncommittal[0], limit) if main else None
        if named is not None:
            return named
        start, end, comparative = _read_object(goal, noncommittal[0], limit)
        return _noncommittal_clause(goal, i, noncommittal[0], (start, end, comparative),
                                    hedge_text)
    if verb is not None:
        after, info = verb
        achieved = _achievement(goal, i, verb, limit, hedge_text)
        if achieved is not None:
            return achieved
        inner = _people_then_verb(goal, info, after, limit)
        if inner is not None:
            # "Have every SDR complete the course": the people's verb is the outcome.
            clause = _clause(goal, inner, limit, main)
            if clause is not None and clause.action is not None:
                return clause
        # "Hire and onboard 5 AEs": verbs that share one object.
        while (after + 1 < limit and toks[after].low in _VERB_JOINERS
               and not toks[after].text.isupper()  # "cut OR turnover time": the theatre
               and (second := _verb_or_unlisted(goal, after + 1, limit)) is not None):
            after = second[0]
        skill = _skill(goal, info, after, limit)
        if skill is not None:
            action = Action(goal.slice(i, verb[0]), goal.span(i, verb[0]), info.lemma,
                            "deliver", committal=True, hedge=hedge_text)
            return _Clause(action, skill, _token_at(toks, skill.span[1]), i)
        start, end, comparative = _read_object(goal, after, limit)
        if end <= start and after + 1 < limit and toks[after].low == "to" and (
                info.lemma in lex.relocation_verbs) and toks[after + 1].text[:1].isalpha():
            # "migrate to Postgres 16", "upgrade to Node 22": where it goes is what is done
            start, end, comparative = _read_object(goal, after + 1, limit)
        phrasal = _split_phrasal(goal, i, after, start, end)
        if phrasal is not None:
            # "Sort my finances out": read as "sort out my finances"
            end = phrasal[0]
            if phrasal[1] is None:
                return _noncommittal_clause(goal, i, after, (start, end, comparative),
                                            hedge_text, toks[end])
            info = phrasal[1]
        return _committed_clause(goal, i, (verb[0], info), after, (start, end, comparative),
                                 hedge_text, limit)
    return _verbless_clause(goal, i, limit) if main else None


_OWNER_ASIDE_MAX = 10  # tokens: ", with the demand gen team owning it,"


def _past_owner_aside(goal: _Goal, j: int, limit: int) -> int:
    """The token after an aside between commas that names the owner, right after the
    verb ("Ship, with Kim owning it, | the v3 API"), or ``j`` when none is there."""
    toks = goal.toks
    if j >= limit or toks[j].text != ",":
        return j
    for n in range(j + 1, min(limit, j + _OWNER_ASIDE_MAX)):
        if toks[n].text == ",":
            return n + 1 if any(goal.in_actor[k] for k in range(j + 1, n)) else j
    return j


def _split_phrasal(goal: _Goal, i: int, after: int, start: int, end: int
                   ) -> tuple[int, Verb | None] | None:
    """A particle closing the object that belongs to the verb ("sort my finances out",
    "pay the loan off"): where the object ends, and the phrasal verb's entry (None when the
    phrasal verb is non-committal)."""
    toks, lex = goal.toks, goal.lex
    if end - start < 2 or toks[end - 1].low not in _PARTICLES:
        return None
    joined = [*toks[i:after], toks[end - 1]]
    hit = lex.noncommittal.match_at(joined, 0)
    if hit is not None and hit[0] == len(joined):
        return end - 1, None
    verb = lex.verbs.match_at(joined, 0)
    return (end - 1, verb[1]) if verb is not None and verb[0] == len(joined) else None


def _noncommittal_clause(goal: _Goal, i: int, verb_end: int,
                         read: tuple[int, int, int | None], hedge_text: str | None,
                         particle: Tok | None = None) -> _Clause:
    """A clause on a non-committal verb ("work on", "sort out") and the object ``read``."""
    start, end, comparative = read
    metric = _metric(goal, start, end, None, None, comparative)
    lemma = goal.slice(i, verb_end).lower() + (f" {particle.low}" if particle else "")
    # "Promote three SDRs to AE", "Support 10,000 concurrent users": a count right after
    # the verb makes it a result that can be checked, as does how often after the object
    # ("Go to the gym 3 times a week").
    counted = lemma in goal.lex.counted_committal and (
        goal.in_target[verb_end] or _how_often_at(goal, end))
    action = Action(goal.slice(i, verb_end), goal.span(i, verb_end), lemma,
                    "reach" if counted else None, committal=counted, hedge=hedge_text)
    return _Clause(action, metric, max(end, verb_end), i)


def _committed_clause(goal: _Goal, i: int, verb: tuple[int, Verb], after: int,
                      read: tuple[int, int, int | None], hedge_text: str | None,
                      limit: int) -> _Clause:
    """A clause on a committed verb ending at ``verb[0]`` (verbs sharing its object end
    at ``after``: "Hire and onboard") and the object ``read``."""
    toks = goal.toks
    verb_end, info = verb
    start, end, comparative = read
    if end - start >= 2 and info.category == "reach" and (
            toks[end - 1].low in goal.lex.named_levels):
        end -= 1  # "keep opex | flat": the level it is held at, not part of the object
    metric = _metric(goal, start, end, info.category, info.lemma, comparative,
                     goal.span(i, verb_end))
    if metric is not None and info.lemma in goal.lex.causative_verbs:
        metric = _made_thing(goal, _complement(goal, start, end, limit) or metric, start,
                             end)
    # ("... in order to free up two FTEs" opens a reason, not the state "in order")
    state = _phrase_at(goal, end, goal.lex.vague_states, limit) \
        if metric is not None and end > start and (
            goal.lex.reasons.match_at(toks, end, limit) is None) else None
    if state is not None and metric is not None:
        # "Get the returns backlog under control": the end state says nothing checkable.
        metric = Metric(goal.slice(start, state), goal.span(start, state), None,
                        "abstract")
        end = state
    elif metric is not None and _liked(goal, start, end):
        # "Build a product clinics love": defined by a feeling, not by what it is.
        metric = replace(metric, kind="abstract")
    elif metric is not None and metric.kind == "deliverable" and end < limit and \
            toks[end].low in _MOVE_PARTICLES and info.category == "reach":
        # "Get the ward's cleaning score up": a level to move, not a thing to deliver.
        metric = replace(metric, kind="metric" if metric.kpi else "population")
    action = Action(goal.slice(i, verb_end), goal.span(i, verb_end), info.lemma,
                    _direction(goal, info, metric), committal=True, hedge=hedge_text)
    return _Clause(action, metric, max(end, after), i)


def _verbless_clause(goal: _Goal, i: int, limit: int) -> _Clause | None:
    """A main clause with no verb first: a stated result, a subject, or a bare noun phrase."""
    # "All 23 academic staff will complete ...": a counted set is the subject, not a
    # quantity the word "all" is stated to reach.
    counted_set = _set_subject_clause(goal, i, limit) if (
        i + 1 < limit and goal.numberish(i + 1)) else None
    declared = counted_set or _declarative(goal, i, limit)
    if declared is not None:
        return declared
    subject = _subject_clause(goal, i, limit) or _set_subject_clause(goal, i, limit)
    if subject is not None:
        return subject
    # A bare noun phrase ("Customer satisfaction"): an object with no action.
    start, end, comparative = _read_object(goal, i, limit)
    topic = _topic_clause(goal, start, end, limit)
    if topic is not None:
        return topic
    metric = _metric(goal, start, end, None, None, comparative)
    return _Clause(None, metric, end, i) if metric is not None else None


def _topic_clause(goal: _Goal, start: int, end: int, limit: int) -> _Clause | None:
    """ "Attribution model: decide by Q2": a topic, a colon or dash, then a listed verb
    with no object of its own; the topic is what the verb acts on."""
    toks = goal.toks
    if end <= start or end + 1 >= limit or toks[end].text not in (":", "-", "–", "—"):
        return None
    verb = _verb_at(goal, end + 1, limit)
    if verb is None:
        return None
    after, info = verb
    obj_start, obj_end, _ = _read_object(goal, after, limit)
    if obj_end > obj_start:
        return None  # "Sales: close 40 deals": the verb has its own object
    metric = _metric(goal, start, end, info.category, info.lemma)
    if metric is None:
        return None
    action = Action(goal.slice(end + 1, after), goal.span(end + 1, after), info.lemma,
                    _direction(goal, info, metric), committal=True)
    return _Clause(action, metric, after, end + 1)


def _subject_clause(goal: _Goal, i: int, limit: int) -> _Clause | None:
    """ "The agency will continue to monitor ...", "finance team to implement the ERP":
    a noun phrase no owner list knows, then a modal and a verb, is the clause's subject;
    the clause after the modal is the outcome (the subject is kept out of the scope)."""
    toks, lex = goal.toks, goal.lex
    end = _object_end(goal, i, limit)
    if end <= i or end >= limit:
        return None
    modal = lex.modals.match_at(toks, end, limit)
    if modal is None:
        return None
    after = modal[0]
    while after < limit and (nxt := lex.modals.match_at(toks, after, limit)) is not None:
        after = nxt[0]
    if after >= limit or not (_verb_or_unlisted(goal, after, limit) is not None
                              or lex.noncommittal.match_at(toks, after, limit) is not None
                              or lex.hedges.match_at(toks, after, limit) is not None):
        return None
    clause = _clause(goal, after, limit, main=False)
    if clause is None or clause.action is None:
        return None
    clause.subject = (i, end)
    return clause


def _set_subject_clause(goal: _Goal, i: int, limit: int) -> _Clause | None:
    """ "Both fourth-year students (Ana and Kwame) defend their dissertations": a whole,
    closed set no owner list knows, then its verb. Each member's own result ("their
    dissertations") is then a yes/no fact for every one of them: a deliverable."""
    toks, lex = goal.toks, goal.lex
    if toks[i].low not in _SET_QUANTIFIERS:
        return None
    depth = 0
    # "All 23 academic staff": the count right after the quantifier says how many the set
    # holds; it is no target of the set's verb.
    count_end = i + 1
    while count_end < limit and (goal.in_target[count_end] or goal.numberish(count_end)):
        count_end += 1
    for j in range(i + 1, min(limit, i + 12)):
        text = toks[j].text
        if text in ("(", ")"):
            depth += 1 if text == "(" else -1
            continue
        if depth > 0 or j < count_end:
            continue
        modal = j > i + 1 and lex.modals.match_at(toks, j, limit) is not None
        if not modal and (toks[j].low in lex.boundaries or goal.in_time[j]
                          or goal.in_target[j]):
            return None
        if modal or (j > i + 1 and toks[j - 1].text != "-"
                     and _verb_at(goal, j, limit) is not None):
            clause = _clause(goal, j, limit, main=False)
            verb = _verb_at(goal, j, limit)
            if (clause is None or clause.metric is None) and count_end > i + 1 and (
                    verb is not None and verb[1].form == "past"):
                # "All 9 entities reconciled by May 31": each of a counted set in a state
                return _Clause(Action(goal.slice(j, verb[0]), goal.span(j, verb[0]),
                                      verb[1].lemma, "deliver"),
                               Metric(goal.slice(i, j), goal.span(i, j), None, "deliverable"),
                               verb[0], i)
            if clause is None or clause.action is None or clause.metric is None:
                return None
            metric = clause.metric
            opener = goal.text[metric.span[0]:metric.span[1]].split(maxsplit=1)[0].lower()
            if opener in _OWN_POSSESSIVES and metric.kind in ("population", "metric") and (
                    clause.action.direction in ("deliver", "reach")):
                clause.metric = replace(metric, kind="deliverable")
            clause.subject = (i, j)
            return clause
    return None


# Quantifiers that make a subject a whole, closed set: "both students", "all new AEs".
_SET_QUANTIFIERS = frozenset({"both", "all", "every", "each"})
# Possessives by which each member of that set has its own result.
_OWN_POSSESSIVES = frozenset({"their", "his", "her", "its"})


# Verbs that, before a listed achievement ("promoted", "certified"), make it the result.
_PASSIVE_HOSTS = frozenset({"be", "get", "become"})
# Prepositions that carry an achievement's complement: "promoted to senior engineer".
_ACHIEVEMENT_LINKS = frozenset({"to", "into", "as", "in", "for", "on", "by"})


def _achievement(goal: _Goal, i: int, verb: tuple[int, Verb], limit: int,
                 hedge: str | None) -> _Clause | None:
    """ "be promoted to senior engineer", "get certified as a Salesforce admin", "be listed
    in the analyst quadrant": a listed achievement after "be" / "get" / "become" is a
    result that happened or not (a deliverable), with what follows as its complement."""
    toks, lex = goal.toks, goal.lex
    after, info = verb
    if info.lemma not in _PASSIVE_HOSTS or after >= limit or (
            toks[after].low not in lex.achievements):
        return None
    end = after + 1
    link = end
    if link + 1 < limit and toks[link].low in _ACHIEVEMENT_LINKS and not goal.in_time[link] \
            and not goal.in_time[link + 1]:
        end = max(end, _object_end(goal, link + 1, limit))
    action = Action(goal.slice(i, after + 1), goal.span(i, after + 1), toks[after].low,
                    "deliver", committal=True, hedge=hedge)
    metric = Metric(goal.slice(after, end), goal.span(after, end), None, "deliverable")
    return _Clause(action, metric, end, i)


def _people_then_verb(goal: _Goal, verb: Verb, after: int, limit: int) -> int | None:
    """ "have every SDR | complete the course", "get all AEs to | log next steps": where the
    verb of the people a listed verb sets to work stands, or None."""
    if verb.lemma not in goal.lex.causal_people_verbs:
        return None
    return _their_verb(goal, after, limit, possessive=False)


# Words between the owners at the start of a goal: the owner reader's joiners ("Jo +
# Mateo", "AEs/SDRs", "Sales and Marketing") and "of" ("each of our CSMs").
_OWNER_JOINERS = _AND | {"of"}
_WANTED_PRONOUNS = frozenset({"us", "everyone", "everybody"})
# What opens a thing wanted: "we want | a churn-risk score", "we need | more leads".
_WANTED_OPENERS = frozenset({"a", "an", "the", "more", "fewer", "less", "better", "some"})
_WANTING = frozenset({"want", "wants", "need", "needs"})
_HAVE = Verb("get", "reach")


def _wanted_thing(goal: _Goal, i: int, limit: int) -> tuple[int, Verb] | None:
    """ "(We) want | a churn-risk score on every account page", "(we) need | more leads":
    a word of wanting before a thing is getting that thing, as "Get more leads" says.
    Not before a done state ("wants the plan refreshed by Friday": that is the result)."""
    toks = goal.toks
    if not (i + 2 < limit and toks[i].low in _WANTING and toks[i + 1].low in _WANTED_OPENERS):
        return None
    if goal.numberish(i + 2):
        return None  # "want a 25% lift in ...": an amount wanted, read as one
    for k in range(i + 2, min(limit, i + 10)):
        verb = goal.lex.verbs.match_at(toks, k, limit)
        if (verb is not None and verb[1].form == "past") or goal.lex.declarative_states.match_at(
                toks, k, limit) is not None:
            return None
    return i + 1, _HAVE


def _wanted_people_verb(goal: _Goal, i: int, limit: int) -> int | None:
    """ "(I) want | my team to | hit 98% adherence": a word of wanting, people and "to";
    where the people's verb stands, or None."""
    toks = goal.toks
    if toks[i].low in ("'d", "’d", "would") and i + 1 < limit:
        i += 1  # "I'd like us to ..."
    if toks[i].low not in goal.lex.intent_words:
        return None
    return _their_verb(goal, i + 1, limit, possessive=True)


def _their_verb(goal: _Goal, k: int, limit: int, possessive: bool) -> int | None:
    """Past the people at ``k`` ("every SDR", "the sales team", with ``possessive`` also
    "my team") and an optional "to": the token of their base-form verb, or None."""
    toks, lex = goal.toks, goal.lex
    start = k
    owned = lex.possessive_teams.match_at(toks, k, limit) if possessive else None
    if owned is not None:
        k = owned[0]
    elif possessive and k < limit and toks[k].low in _WANTED_PRONOUNS:
        k += 1  # "I'd like us to reduce ...": the people wanted are the writer's own
    else:
        while k < limit and k - start < 2 and (toks[k].low in lex.role_quantifiers
                                               or toks[k].low in lex.singular_openers):
            k += 1
        role = lex.roles.match_at(toks, k, limit)
        team = lex.teams.match_at(toks, k, limit)
        # A team word alone may be a modifier ("make every sales call count"): a team is
        # people only with its suffix ("have the sales team ...").
        suffix = lex.team_suffixes.match_at(toks, team[0], limit) if team is not None else None
        named = None if possessive else _named_party_end(goal, k, limit)
        if role is not None:
            k = role[0]
        elif suffix is not None:
            k = suffix[0]
        elif named is not None:
            k = named  # "get Oscorp to | sign the DPA", "get Soylent's CFO to | approve ..."
        else:
            return None
    if k < limit and toks[k].low == "to":
        k += 1
    elif possessive:
        return None  # "we want our team | happy": no verb of theirs
    while k < limit and (toks[k].low in _INNER_ADVERBS or (
            lex.modals.match_at(toks, k, k + 1) is not None and toks[k].low != "to")):
        k += 1  # "all the managers to | like | finish the training" (a voice note's filler)
    found = lex.verbs.match_at(toks, k, limit)
    if found is None or found[1].form != "base" or found[1].category == "generic":
        return None
    return k


def _named_party_end(goal: _Goal, k: int, limit: int) -> int | None:
    """End of a named party before "to" ("Oscorp", "Pied Piper", "Soylent's CFO"): one to
    three capitalised words, with a possessive role after them; None when there is none."""
    toks, lex = goal.toks, goal.lex
    start = k
    while k < limit and k - start < 3 and toks[k].text[:1].isupper() and toks[k].text.isalpha():
        k += 1
    if k == start:
        return None
    if k + 1 < limit and toks[k].low in ("'s", "’s"):
        role = lex.roles.match_at(toks, k + 1, limit)
        k = role[0] if role is not None else k
    return k if k < limit and toks[k].low == "to" else None


def _named_result(goal: _Goal, i: int, after: int, limit: int) -> _Clause | None:
    """ "Help center deflection at 40%+": a vague verb glued to a noun ("help center",
    "support queue") names the subject of a stated result, not an activity."""
    toks = goal.toks
    if after >= limit or toks[after].low in _OBJECT_OPENERS or not (
            toks[after].text.isalpha() and toks[after].text.islower()):
        return None
    declared = _declarative(goal, i, limit)
    if declared is None or declared.action is None or declared.metric is None:
        return None
    # A link word states the level ("at 40%+"); a count after a preposition is only who
    # the vague verb involves ("explore co-selling with two hyperscalers").
    stated = declared.action.lemma == "be" and bool(declared.action.text) and any(
        goal.in_target[k] for k in range(declared.start, min(limit, declared.end + 1)))
    return declared if stated else None


def _skill(goal: _Goal, verb: Verb, after: int, limit: int) -> Metric | None:
    """ "Learn to swim": a skill one has or has not is a yes/no outcome; "learn to code" is
    one whose level a target must say; "learn to be more patient" (a vague state) is
    neither."""
    toks, lex = goal.toks, goal.lex
    if verb.lemma not in lex.skill_verbs or after + 1 >= limit or (
            toks[after].low != "to"):
        return None
    word = after + 1
    if not toks[word].text.isalpha() or toks[word].low in lex.boundaries or any(
            index.match_at(toks, word, limit) is not None
            for index in (lex.noncommittal, lex.hedges, lex.abstract, lex.modals)):
        return None
    end = max(word + 1, _object_end(goal, word + 1, limit))
    if _names_abstract(goal, word, end):
        return None
    # "learn to code": how well is not said, so a target or a scope must pin it
    binary = lex.binary_skills.match_at(toks, word, end) is not None
    return Metric(goal.slice(after, end), goal.span(after, end), None,
                  "deliverable" if binary else "population")


def _quantity_first(goal: _Goal, i: int, limit: int, wanted: bool = False) -> _Clause | None:
    """A result written as amount + metric: "Zero churn this year", "$10M ARR by Q4";
    ``wanted``: after a word of wanting, also "$2M in pipeline"."""
    if _verb_at(goal, i, limit) is not None:
        return None  # "Double pipeline": a verb that is also an amount
    start, _ = _skip_quantity(goal, i, limit)
    if start == i or start >= limit or not any(goal.numberish(k) or goal.toks[k].low in (
            "zero", "no") for k in range(i, start)):
        return None
    if _verb_at(goal, start, limit) is not None and goal.cat.match_at(
            goal.toks, start, limit) is None:
        return None
    end = _object_end(goal, start, limit)
    linked = _linked_object(goal, start, limit) if wanted and end == start else None
    if linked is not None:
        start, end = linked  # "(we want) $2M in partner-influenced pipeline"
    if end == start:
        return None
    later = _declarative(goal, start, limit)
    if later is not None and later.action is not None and later.action.text:
        return later  # "40 meetings booked per week": the participle is the action
    metric = _metric(goal, start, end, None)
    if metric is None or metric.kind == "abstract":
        return None
    at = goal.toks[i].start
    return _Clause(Action("", (at, at), "be", "reach"), metric, end, i)


_DONE_BY = frozenset({"done", "completed", "complete", "finished"})
# What a process verb acts on even when the word alone is abstract: "automate the
# returns process" (folded forms).
_PROCESS_HEADS = frozenset({"process", "workflow", "procedure", "step"})


def _declarative(goal: _Goal, i: int, limit: int) -> _Clause | None:
    """A result stated as a fact: subject + participle / copula / linking word / target."""
    toks, lex, cat = goal.toks, goal.lex, goal.cat
    if _amount_in(goal, i, limit):
        return None  # "$3M in pipeline by Q3": the amount is no subject
    hedge = lex.hedges.match_at(toks, i, limit)
    if hedge is not None and _verb_or_unlisted(goal, hedge[0], limit) is not None:
        return None  # "(We) aim to flush all 2,400 hydrants": a hedged verb, no subject
    j = i
    while j < limit and j - i < 14:
        # ("Territory plan done by Dec 15": the time took the state word as its prefix)
        if goal.in_time[j] and j > i and toks[j].low not in _DONE_BY:
            if not _names_deliverable(goal, j, j, limit):
                return None
            while j < limit and goal.in_time[j]:
                j += 1  # "Final Q3 hiring is 85% of plan": the time qualifies the subject
            continue
        # ("more leads": a verb's form after a comparative is the thing counted; "e-books":
        # a word part glued by a hyphen is no verb either; "SOC 2 Type II report issued",
        # "Rolling 13-week cash forecast live": a standard's number, or a number glued to
        # its unit, is part of the subject)
        if j > i and not (j == i + 1 and toks[i].low in _COMPARATIVES) and (
                not _hyphenated(goal, j - 1)) and not _inside_amount(goal, i, j, limit) and (
                not _standard_number(goal, j)) and not (
                goal.numberish(j) and _hyphenated(goal, j) and not goal.in_target[j]):
            link = _link_at(goal, j, limit)
            if link is not None:
                action, end = link
                subject_end = _subject_end(goal, i, j)
                verb = lex.verbs.match_at(toks, j, limit)
                if verb is not None and verb[1].lemma == "be" and action.lemma != "be":
                    # "is launched": the participle after "be" says what was done
                    verb = lex.verbs.match_at(toks, verb[0], limit) or verb
                category = verb[1].category if verb and action.lemma != "be" else (
                    "deliver" if action.direction == "deliver" else None)
                metric = _metric(goal, i, subject_end, category)
                done = lex.verbs.match_at(toks, end - 1, end)  # "signed", "will be cleared"
                if metric is not None and metric.kind in ("metric", "population") and (
                        done is not None) and _stated_one(goal, i, subject_end, done[1]):
                    metric = replace(metric, kpi=None, kind="deliverable")
                if action.lemma not in ("be",) and verb is not None:
                    action = Action(action.text, action.span, action.lemma,
                                    _direction(goal, verb[1], metric))
                return _Clause(action, metric, max(end, subject_end), j)
        hit = cat.match_at(toks, j, limit)
        if hit is not None:
            j = hit[0]
            continue
        tok = toks[j]
        aside = _bracket_note_end(goal, j, limit) if j > i else None
        if aside is not None:
            j = aside  # "Tenant satisfaction with repairs (TSM TP02) | to reach 82%"
            continue
        if (tok.text in _CLOSERS and tok.text != ":" and not _glued(goal, j)
                and not _comma_before_participle(goal, j, limit)) or (
                lex.reasons.match_at(toks, j, limit)):
            return None
        j += 1
    return None


def _bracket_note_end(goal: _Goal, j: int, limit: int) -> int | None:
    """The token after a short bracketed note at ``j`` that holds no target, time or
    owner ("(TSM TP02)"), or None."""
    close = _bracket_close(goal, j, limit) if goal.toks[j].text == "(" else None
    if close is None or any(
            goal.in_target[k] or goal.in_time[k] or goal.in_actor[k] for k in range(j, close)):
        return None
    return close + 1


def _stated_one(goal: _Goal, start: int, end: int, verb: Verb) -> bool:
    """ "Benefits renewal signed", "KYC backlog cleared": a stated result whose subject is one
    named thing (two words or more, a singular head, no count), delivered or cleared, is
    done or not, as with "the" in front ("sign the benefits renewal")."""
    return (verb.category == "deliver" or verb.lemma in goal.lex.clearing_verbs) and (
        verb.form == "past") and _content_words(goal, start, end) >= 2 and (
        goal.toks[end - 1].norm == goal.toks[end - 1].low) and not any(
        goal.numberish(k) for k in range(start, end))


def _inside_amount(goal: _Goal, i: int, j: int, limit: int) -> bool:
    """Whether ``j`` is the rest of the amount the subject starts with ("15|% faster",
    "12|k → 18k"): no link there. "30|% of paying accounts" counts what follows "of"."""
    toks = goal.toks
    if not (goal.in_target[i] and goal.in_target[j - 1] and goal.in_target[j]) or (
            toks[j].text[:1].isalpha()):
        return False  # ("Two engineering managers hired", "$4.5M": words, not the amount's rest)
    end = j
    while end < limit and goal.in_target[end]:
        end += 1
    return end >= limit or toks[end].low != "of"


def _comma_before_participle(goal: _Goal, j: int, limit: int) -> bool:
    """ "Month-end close entirely in-house, completed in 5 days": the result after a comma."""
    if goal.toks[j].text != "," or j + 1 >= limit:
        return False
    verb = goal.lex.verbs.match_at(goal.toks, j + 1, limit)
    # "..., automated operational foundation": a participle before a noun is an adjective.
    return verb is not None and verb[1].form == "past" and verb[1].category != "generic" \
        and not _modifies_noun(goal, verb[0], limit)


def _amount_in(goal: _Goal, i: int, limit: int) -> bool:
    """Whether an amount at ``i`` is followed by "in" and what it is counted in."""
    j = i
    while j < limit and goal.in_target[j]:
        j += 1
    return j > i and j + 1 < limit and goal.toks[j].low == "in" and not goal.in_time[j + 1]


def _modifies_noun(goal: _Goal, k: int, limit: int) -> bool:
    """Whether a state word ending at ``k`` runs on into a noun ("Reliable | public
    transport", "live chat"): then it is an adjective, not the result stated."""
    if k >= limit:
        return False
    nxt = goal.toks[k]
    return (nxt.text[:1].isalpha() and nxt.low not in goal.lex.boundaries
            and not goal.in_time[k] and not goal.in_target[k] and not goal.in_actor[k]
            and goal.lex.reasons.match_at(goal.toks, k, limit) is None)


def _glued(goal: _Goal, j: int) -> bool:
    """A dot or dash inside a word ("sourcegraph.com"), not a sentence mark."""
    toks = goal.toks
    return 0 < j < len(toks) - 1 and toks[j - 1].end == toks[j].start and (
        toks[j].end == toks[j + 1].start) and toks[j + 1].text[:1].isalnum()


def _moves_by(goal: _Goal, k: int) -> bool:
    """Whether how far a measure moves starts at ``k``: an amount, or a word leading one
    ("by", "from", "to", "below" ...)."""
    return goal.numberish(k) or goal.toks[k].low in _LINKS or goal.toks[k].low in ("by", "from")


def _link_at(goal: _Goal, j: int, limit: int) -> tuple[Action, int] | None:
    """The word that turns a subject into a stated result, and the token after it."""
    toks, lex = goal.toks, goal.lex
    tok = toks[j]
    start = j
    modal = lex.modals.match_at(toks, j, limit)
    if modal is not None and tok.low not in ("to",):  # "ARR will grow 20%"
        j = modal[0]
    verb = lex.verbs.match_at(toks, j, limit) if j < limit else None
    if verb is not None and verb[1].form in ("past", "ing") and _after_hyphen(goal, j):
        verb = None  # "Marketing-sourced pipeline: $8M": part of the subject
    if verb is not None:
        info = verb[1]
        if info.lemma == "be":
            participle = lex.verbs.match_at(toks, verb[0], limit)
            if participle is not None and participle[1].form == "past":
                return _verb_action(goal, start, participle), participle[0]
            state = lex.declarative_states.match_at(toks, verb[0], limit)
            if state is not None:
                return Action(goal.slice(start, state[0]), goal.span(start, state[0]), "be",
                              "deliver"), state[0]
            return Action(goal.slice(start, verb[0]), goal.span(start, verb[0]), "be",
                          "reach"), verb[0]
        if info.category != "generic" and (
                info.form == "past" or modal is not None
                or (info.form == "s" and (verb[0] >= limit or _moves_by(goal, verb[0])))
                or (info.form == "base" and _plural_word(toks[start - 1]) and verb[0] < limit
                    and (goal.numberish(verb[0]) or goal.in_target[verb[0]]))):
            # "... hours reach 21,000": a plural subject's verb, then its amount
            return _verb_action(goal, start, verb), verb[0]
    if tok.low == "to" and j + 1 < limit:
        # "ARR to grow from $4M to $16M", "churn to drop below 2%": the measure's own verb,
        # then how far it moves
        moved = lex.verbs.match_at(toks, j + 1, limit)
        if moved is not None and moved[1].category in ("up", "down", "reach") and (
                moved[0] < limit and _moves_by(goal, moved[0])):
            return _verb_action(goal, j + 1, moved), moved[0]
    if modal is not None:
        return None
    state = lex.declarative_states.match_at(toks, j, limit)
    if state is not None and not _modifies_noun(goal, state[0], limit):
        return Action(goal.slice(j, state[0]), goal.span(j, state[0]), "be", "deliver"), state[0]
    if tok.low in _LINKS and j + 1 < limit and (goal.numberish(j + 1) or goal.in_target[j + 1]
                                                or (lex.comparators.match_at(toks, j + 1, limit)
                                                    and j + 2 < limit and goal.numberish(j + 2))):
        return Action(tok.text, (tok.start, tok.end), "be", "reach"), j + 1
    if goal.numberish(j) or goal.in_target[j]:
        at = toks[j - 1].end
        return Action("", (at, at), "be", "reach"), j
    return None


def _plural_word(tok: Tok) -> bool:
    """A lowercase plural ("hours", "visits"; its ``norm`` is the singular), not "is"."""
    return tok.text.islower() and tok.norm != tok.low


def _verb_action(goal: _Goal, start: int, verb: tuple[int, Verb]) -> Action:
    """An Action for a verb found at a link (direction fixed once the metric is known)."""
    end, info = verb
    return Action(goal.slice(start, end), goal.span(start, end), info.lemma,
                  _DIRECTIONS.get(info.category))


def _subject_end(goal: _Goal, i: int, link: int) -> int:
    """Where the subject's metric phrase ends: before "for engineering roles" etc."""
    end = _object_end(goal, i, link)
    return end if end > i else link


# ------------------------------------------------------------------ reasons


def _reason_at(goal: _Goal, j: int, limit: int, object_start: int) -> bool:
    """Whether a purpose or cause clause opens at ``j``."""
    toks, lex = goal.toks, goal.lex
    if goal.in_target[j] or goal.in_time[j] or goal.in_actor[j]:
        return False
    marker = lex.reasons.match_at(toks, j, limit)
    if marker is not None and j > 0 and toks[j - 1].low in lex.determiners:
        return False  # "my driving licence": a participle used as an adjective
    if marker is not None and (marker[0] >= limit or (
            j > 0 and goal.in_actor[j - 1] and toks[j].low.endswith("ing"))):
        return False  # "..., Crew 2 driving", "with Yuki driving, ...": the owner's part
    if marker is not None:
        if toks[j].low == "since":  # "since January" is a time, not a cause
            nxt = j + 1
            if nxt < limit and toks[nxt].low in _SINCE_SUBJECTS:
                return _verb_form_near(goal, nxt + 1, limit) != "past"
            return nxt < limit and not goal.in_time[nxt] and not goal.numberish(nxt) and (
                toks[nxt].low not in _SINCE_TIME)
        return True
    if toks[j].low == "so":  # "so partners can self-serve", "so they stick", "so the team stops"
        return any(toks[k].low in _SO_MODALS for k in range(j + 1, min(limit, j + 5))) or (
            j + 2 < limit and toks[j + 1].low in _SO_SUBJECTS
            and _verb_form_near(goal, j + 2, limit) in ("s", "base"))
    if toks[j].low != "to" or j <= object_start or j + 1 >= limit:
        return False
    before = j - 2 if toks[j - 1].low in ("'s", "’s") else j - 1
    if before >= 0 and goal.in_actor[before]:
        return False  # "— Kim to own", "— that's Kim's to own": the owner's part
    if _in_compound(goal, j):
        return False  # "stage-2-to-close conversion": a word part, not a purpose clause
    cat = goal.cat
    if any((hit := cat.match_at(toks, k, limit)) is not None and hit[0] > j + 1
           for k in range(max(0, j - 3), j)):
        return False  # "time to fill", "time to first response": a metric's own "to"
    if toks[j - 1].low in _TO_VERB_HOSTS:
        return False
    verb = lex.verbs.match_at(toks, j + 1, limit)
    if verb is not None and verb[1].form == "base":
        return goal.cat.match_at(toks, j + 1, limit) is None or verb[0] > j + 2
    if (lex.noncommittal.match_at(toks, j + 1, limit) is not None
            or lex.hedges.match_at(toks, j + 1, limit) is not None):
        return True
    return _unlisted_infinitive(goal, j + 1, limit)


_SINCE_VERB_WINDOW = 3  # "since we | (first / only) launched"


def _verb_form_near(goal: _Goal, j: int, limit: int) -> str | None:
    """The form of the first verb within a few words of ``j`` ("we | first launched": past,
    "the team | stops": s), or None."""
    for k in range(j, min(limit, j + _SINCE_VERB_WINDOW)):
        verb = goal.lex.verbs.match_at(goal.toks, k, limit)
        if verb is not None and verb[1].lemma == "be":  # the lexicon files "are" as past too
            return "past" if goal.toks[k].low in ("was", "were", "been") else "base"
        if verb is not None:
            return verb[1].form
    return None


def _unlisted_infinitive(goal: _Goal, j: int, limit: int) -> bool:
    """ "to fund the Series B": an unlisted lowercase verb followed by a determiner."""
    toks, lex = goal.toks, goal.lex
    word = toks[j]
    if not (word.text.isalpha() and word.text.islower()) or word.low in lex.boundaries or (
            word.low in lex.determiners or word.low in lex.number_words
            or goal.cat.match_at(toks, j, limit) is not None
            or lex.scope.match_at(toks, j, limit) is not None):
        return False
    return j + 1 < limit and toks[j + 1].low in _OBJECT_OPENERS


def _sentence_end(goal: _Goal, j: int) -> int:
    """The token index where the sentence containing ``j`` ends."""
    toks = goal.toks
    n = j
    while n < len(toks):
        tok = toks[n]
        if n > j and (tok.text == ";" or "\n" in goal.text[toks[n - 1].end:tok.start]):
            return n
        if tok.text in (".", "!", "?") and (n + 1 >= len(toks) or toks[n + 1].start > tok.end):
            return n
        n += 1
    return n


def _find_reason(goal: _Goal, start: int, object_start: int) -> tuple[int, int] | None:
    """The token range of the first reason clause at or after ``start``."""
    toks, reasons = goal.toks, goal.lex.reasons
    limit = len(toks)
    for j in range(start, limit):
        if toks[j].low not in ("to", "so") and not reasons.starts(toks[j]):
            continue  # cheap pre-check: most tokens open nothing
        if _reason_at(goal, j, limit, object_start):
            if toks[j].low == "to" and opens_complement(goal.text[:toks[j].start].lower()):
                continue  # "get 30% of users | to enable 2FA": the outcome, not a why
            end = _sentence_end(goal, j)
            while end > j + 1 and goal.toks[end - 1].text in _CLOSERS:
                end -= 1
            if _holds_only_target(goal, j, end):
                continue
            return (j, end) if end > j else None
    return None


def _holds_only_target(goal: _Goal, j: int, end: int) -> bool:
    """ "Reduce the clicks to create an invoice from 12 to 5", "the cost to serve SMB
    customers by 8%", "the time to set up an account from 19 days to 10", "the chargeback
    ratio for our top 20 merchants below 0.5%", "returns due to defects by 50%": a "to",
    "for" or "due to" phrase holding the goal's only target qualifies the object; a purpose
    or cause clause does not carry the target of the outcome it serves."""
    toks = goal.toks
    if toks[j].low not in ("to", "for", "due"):
        return False
    before = j - 1
    # Only right after the object's noun: "... by Q1 to speed up close by 2 days" is a why.
    if before < 0 or goal.in_time[before] or goal.in_target[before] or not (
            toks[before].text[:1].isalpha()):
        return False
    return any(goal.in_target[k] for k in range(j, end)) and not any(
        goal.in_target[k] for k in range(j))


def _leading_reason(goal: _Goal, i: int) -> tuple[tuple[int, int], int] | None:
    """ "To support the EMEA launch, hire two SDRs": the reason range and the clause start."""
    toks, lex = goal.toks, goal.lex
    if i >= len(toks):
        return None
    opens = lex.reasons.match_at(toks, i) is not None or (
        toks[i].low == "to" and i + 1 < len(toks) and lex.verbs.match_at(toks, i + 1))
    if not opens or (toks[i].low == "to" and i > 0 and goal.in_actor[i - 1]):
        return None  # "@ravi to cut churn ...": after its owner, "to" commits
    for n in range(i + 1, min(len(toks), i + 25)):
        if toks[n].low == "," and not goal.in_time[n]:  # (not "by June 30, 2027")
            if opens_why(toks, n + 1):
                return None  # "To cut build time to 10 minutes, in order to ...": the goal
            return ((i, n), n + 1) if n + 1 < len(toks) else None
        if toks[n].text in (".", ";", "!", "?"):
            return None
    return None


# ------------------------------------------------------------------- scope


def _scope(goal: _Goal, start: int, excluded: Sequence[tuple[int, int]]) -> list[Scope]:
    """Scope words from ``start`` on, outside owners, actions, reasons and metric names."""
    toks, lex = goal.toks, goal.lex
    found: list[Scope] = []
    # (a bracketed remark qualifies nothing: "fix the round-robin (it skips people on PTO)")
    excluded = [*excluded, *remark_spans(goal.text)]

    def free(span: tuple[int, int]) -> bool:
        return not any(s < span[1] and span[0] < e for s, e in excluded)

    for i, j, kind in lex.scope.find_all(toks, start):
        span = goal.span(i, j)
        # ("energy use per | unit": what a rate is counted per, not which part)
        if free(span) and not any(goal.in_time[k] or goal.in_actor[k] for k in range(i, j)) \
                and not _whole_of_plain(goal, i, j) and not (i > 0 and toks[i - 1].low == "per"):
            found.append(Scope(goal.slice(i, j), span, kind))
    for j in range(start, len(toks)):
        # "from the engineering org", "on the Atlas squad": a team after a scope preposition.
        if toks[j].low in lex.scope_prepositions and not goal.in_actor[j]:
            k = j + 1 + (j + 1 < len(toks) and toks[j + 1].low == "the")
            end = _team_at(toks, k, len(toks), lex) if k < len(toks) else None
            if end is not None and end - k >= 2 and free(goal.span(k, end)):
                found.append(Scope(goal.slice(k, end), goal.span(k, end), "team"))
    for j in range(start, len(toks)):
        if (toks[j].low in lex.scope_prepositions or _of_the(goal, j)) and not _cited(goal, j):
            qualifier = _qualifier_at(goal, j)
            if qualifier is not None and free(goal.span(j, qualifier[1])):
                found.append(Scope(goal.slice(*qualifier), goal.span(*qualifier), "qualifier"))
    origin = toks[start].start if start < len(toks) else 0
    for pattern, kind in _SCOPE_PATTERNS:
        for match in pattern.finditer(goal.text, origin):
            if free(match.span()):
                found.append(Scope(match.group(), match.span(), kind))
    if "-" in goal.text:
        for match in _SOURCE_RE.finditer(goal.text, origin):
            found.append(Scope(match.group(), match.span(), "channel"))
    found.sort(key=lambda s: (s.span[0], -s.span[1]))
    kept: list[Scope] = []
    for scope in found:  # longest first at a position; no overlaps
        if not kept or scope.span[0] >= kept[-1].span[1]:
            kept.append(scope)
    return kept


def remark_spans(text: str) -> list[tuple[int, int]]:
    """The bracketed remarks of ``text`` ("(it skips people on PTO)"), which qualify
    nothing: read by the rules' scope finder and applied to the tagger's scopes."""
    return [m.span() for m in _REMARK_RE.finditer(text)]


_REMARK_RE = re.compile(r"\((?:it|they|we|he|she|which|who|because|since|e\.g\.|like)\b"
                        r"[^()]{0,120}\)", re.IGNORECASE)


def _cited(goal: _Goal, j: int) -> bool:
    """ "As discussed in Tuesday's review", "as agreed with Finance": where something was
    said, not which part of the outcome."""
    toks = goal.toks
    return j >= 2 and toks[j - 2].low == "as" and toks[j - 1].low.endswith(("ed", "en", "wn"))


_MAX_QUALIFIER = 5
_ABBREVIATIONS = abbreviations()
# Measure nouns whose "of" names what is counted, not which part ("the number of
# services"): the rewriter's list, read here too.
_COUNT_HEADS = frozenset(load_data("rules").get("rewrite", {}).get("measure_nouns", ()))


def _whole_of_plain(goal: _Goal, i: int, j: int) -> bool:
    """ "across all channels", "in every region": a plain (lowercase) scope word after a
    whole-set word covers everything, so it restricts nothing ("all EMEA partners" and
    "every Fortune 500 account" still name which)."""
    toks, lex = goal.toks, goal.lex
    if i == 0 or any(toks[k].text[:1].isupper() for k in range(i, j)):
        return False
    before = toks[i - 1].low
    return before in lex.definite_sets and before not in lex.singular_openers


def _of_the(goal: _Goal, j: int) -> bool:
    """ "memory usage of the ingestion workers": "of the" and two words or more say which
    (a single word after it, "the number of the users", does not)."""
    toks = goal.toks
    if toks[j].low != "of" or j == 0 or j + 2 >= len(toks):
        return False
    if toks[j + 1].low != "the":
        # "retention of first-year nursing students": a listed measure, then which people
        return _measure_ends_at(goal, j) and _content_words(goal, j + 1, j + 3) >= 2 and not any(
            goal.toks[k].low in goal.lex.boundaries for k in range(j + 1, j + 3))
    if j + 3 >= len(toks) or goal.lex.abstract.match_at(toks, j - 1, j) is not None:
        return False  # "the quality of the customer onboarding": what, not which
    return _content_words(goal, j + 2, j + 4) >= 2 and not any(
        goal.toks[k].low in goal.lex.boundaries for k in range(j + 2, j + 4))


def _measure_ends_at(goal: _Goal, j: int) -> bool:
    """Whether a catalogue measure other than a count's head ends right before ``j``."""
    for i in range(max(0, j - 4), j):
        hit = goal.cat.match_at(goal.toks, i, j)
        if hit is not None and hit[0] == j:
            return goal.toks[j - 1].low not in _COUNT_HEADS
    return False


def _qualifier_at(goal: _Goal, j: int) -> tuple[int, int] | None:
    """The token range of a which/where qualifier after the preposition at ``j``:
    "for the German support queue", "on surgical wards", "in Lisbon", "in District 4".

    The phrase must name something: a capitalised word or a number in it, or two words
    or more ("in class", "for buyers", "in our inbox" qualify nothing). Set phrases
    ("across the board", "in the long run"), times, targets and owners are not scope.
    """
    toks, lex = goal.toks, goal.lex
    n = len(toks)
    if _hyphenated(goal, j) or goal.in_time[j] or goal.in_target[j] or goal.in_actor[j] or (
            lex.not_scope is not None and lex.not_scope.match_at(toks, j, n) is not None):
        return None
    k = j + 1
    if toks[j].low == "to" and k < n and _infinitive_at(goal, k, n):
        return None  # "to feel valued", "to access federal contracts": a verb, not a place
    # "to every January renewal", "for all EMEA partners": a whole set opens the phrase.
    whole = k < n and toks[k].low in lex.definite_sets and (
        toks[k].low not in lex.singular_openers)
    if k < n and toks[k].low in lex.definite_sets:
        k += 1
    end = k
    while end < n and end - k < _MAX_QUALIFIER:
        tok = toks[end]
        if tok.text == "." and end > k and toks[end - 1].low in _ABBREVIATIONS and (
                end + 1 < n and toks[end + 1].text[:1].isalnum()):
            end += 1  # "at the Elm St. clinic": the abbreviation's point ends nothing
            continue
        if goal.in_time[end] or goal.in_target[end] or goal.in_actor[end] or (
                tok.low in lex.boundaries or tok.low in lex.singular_openers
                or tok.low in lex.definite_sets) or not (
                tok.text[:1].isalnum() or _glued(goal, end) or tok.text in ("'s", "’s")):
            break
        if lex.reasons.match_at(toks, end, n) is not None:
            break
        end += 1
    while end > k and toks[end - 1].text in ("-", ".", "'s", "’s"):
        end -= 1
    if end <= k:
        return None
    team = _team_named(goal, k, end)
    # "at Meridian Health": a capitalised last word is a name, not the abstract noun.
    named = end - 1 > k and toks[end - 1].text[:1].isupper() and toks[k].text[:1].isupper()
    if lex.abstract.match_at(toks, end - 1, end) is not None and not team and not named:
        return None
    words = [toks[m] for m in range(k, end)]
    names = any(w.text[:1].isupper() or any(ch.isdigit() for ch in w.text) for w in words)
    # "across all channels", "for every team": a whole set of a plain group is everyone,
    # which says nothing about which or where.
    if not names and not team and _content_words(goal, k, end) < 2 and (whole or not (
            end - k == 1 and _names_group(goal, k))):
        return None
    return k, end


def _infinitive_at(goal: _Goal, k: int, limit: int) -> bool:
    """Whether a verb in its base form (listed, vague, a hedge or a copula) stands at
    ``k``: after "to" it opens an infinitive, not a which/where phrase."""
    toks, lex = goal.toks, goal.lex
    verb = lex.verbs.match_at(toks, k, limit)
    if verb is not None and verb[1].form == "base" and goal.cat.match_at(toks, k, limit) is None \
            and lex.scope.match_at(toks, k, limit) is None:
        return True
    return toks[k].low in _COPULAS or lex.noncommittal.match_at(toks, k, limit) is not None \
        or lex.hedges.match_at(toks, k, limit) is not None


def _names_group(goal: _Goal, k: int) -> bool:
    """One word that says which or who: a plural group ("for girls", "from carriers")
    that is not everyone the metric counts anyway ("for buyers"), or a team noun ("for
    marketing")."""
    tok, lex = goal.toks[k], goal.lex
    if not tok.text.isalpha() or tok.norm in _TIME_UNITS or (
            lex.abstract.match_at(goal.toks, k, k + 1) is not None):
        return False
    if tok.low in lex.generic_groups:
        return False  # "for everyone", "for customers": everyone the metric counts anyway
    if lex.teams.match_at(goal.toks, k, k + 1) is not None:
        return True
    return tok.norm != tok.low


def _team_named(goal: _Goal, k: int, end: int) -> bool:
    """ "the payments team", "the engineering org": a team suffix after a word that names
    which team is a qualifier, though "team" alone is abstract."""
    toks, lex = goal.toks, goal.lex
    for m in range(k + 1, end):
        hit = lex.team_suffixes.match_at(toks, m, end)
        if hit is not None and hit[0] == end:
            return _content_words(goal, k, m) >= 1
    return False


# ---------------------------------------------------------------- assembly


def _subject_skip(goal: _Goal, i: int) -> int:
    """The token after the owner that opens the clause ("Each AE will" -> "will")."""
    toks, lex = goal.toks, goal.lex
    j, seen = _led_by(goal, i), False
    while j < len(toks) and j - i < 14:
        if goal.in_actor[j]:
            j += 1
            seen = True
        elif toks[j].low in lex.role_quantifiers or toks[j].low in _OWNER_JOINERS \
                or toks[j].text.isdigit() or toks[j].low in lex.number_words:  # "Our two CSMs"
            if not any(goal.in_actor[k] for k in range(j + 1, min(len(toks), j + 3))):
                break
            j += 1
        elif seen and toks[j].text == "(" and _aside_before_joined_owner(goal, j):
            j = past_aside(toks, j)  # "Jen (dispensary) | and Raj will ..."
        else:
            break
    if not seen:
        return i
    # "Priya (FP&A) will ...", "X (DRI: Mr. Okafor) will", "We, as a team, will", "Our CSMs
    # each run ..."
    after = past_floating(toks, past_aside(toks, j, lex, actor_words().short_titles), lex)
    if after == j and j < len(toks) and toks[j].text == ",":
        after += 1  # "Dr. Mensah, Dean of Students, | aims to ...": an appositive's comma
    # "Every CSM on the Growth pod | books ...": the owners' place, as the owner reader skips it
    end = predicate_after_place(toks, after, actor_words())
    if toks[end - 1].text == ",":
        asked = question_subject(toks, end, lex.pronouns)
        if asked > end:
            return asked + 1  # "Maria, can you | get NPS above 50 by Q2?"
    return end


def _aside_before_joined_owner(goal: _Goal, j: int) -> bool:
    """Whether the bracket at ``j`` closes before a joiner and another owner."""
    after = past_aside(goal.toks, j)
    return after > j and after + 1 < len(goal.toks) and (
        goal.toks[after].low in _OWNER_JOINERS) and goal.in_actor[after + 1]


# "The enterprise team led by Tomasz will ...": a group named by who leads it.
_LED = frozenset({"led", "headed", "run", "managed", "owned", "chaired", "coordinated"})


def _led_by(goal: _Goal, i: int) -> int:
    """Where the owner stands in "the team | led by | Tomasz" (``i`` when no such phrase
    opens there): the group before it is named by its leader."""
    toks = goal.toks
    for k in range(i + 1, min(len(toks) - 2, i + 6)):
        if toks[k].low in _LED and toks[k + 1].low == "by" and goal.in_actor[k + 2]:
            after = k + 2
            while after < len(toks) and goal.in_actor[after]:
                after += 1
            # only a subject: "... led by Tomas; weekly check-ins" names no owner of a goal
            if after < len(toks) and (goal.lex.modals.match_at(toks, after) is not None
                                      or _verb_at(goal, after, len(toks)) is not None):
                return k + 2
            break
        if goal.in_actor[k] or goal.in_time[k] or goal.in_target[k] or (
                not toks[k].text[:1].isalpha()):
            break
    return i


def _clause_start(goal: _Goal, i: int) -> int:
    """Skip a leading time expression or adverbial, then the owner."""
    toks = goal.toks
    # ("ok so we need ..." at the start; a later "so" may open a reason)
    if i == 0:
        i = past_question_frame(toks, skip_fillers(goal.text, toks, i))
        if i + 1 < len(toks) and toks[i].low == "to" and _verb_at(goal, i + 1, len(toks)):
            i += 1  # "To cut CI build time to 10 minutes, in order to ...": the goal itself
    # (after an addressee too: "@ines can | you ship the routing rules by Friday?")
    i = question_subject(toks, i, goal.lex.pronouns)
    if i < len(toks) and toks[i].low in ANYONE:
        i += 1  # "can someone | update the pricing page"
    i = skip_adverbial(toks, i, goal.text)
    timed = i
    while i < len(toks) and goal.in_time[i]:
        i += 1
    if i < len(toks) and toks[i].text in (",", ":", "-", "–", "—"):
        i += 1
    while i > timed and i < len(toks) and toks[i].text in _CELL_MARKS:
        i += 1  # a table's or a plan's cell mark after the time: "Q2 | sign ...", "H1 :: ..."
    i = _subject_skip(goal, _past_owner_tag(goal, i))
    # "My manager and I agreed | I will cut ...": the goal is the reported clause
    words = actor_words()
    reported = next((k for k in (past_reporting_frame(toks, m, words)
                                 for m in range(i, min(len(toks), i + _REPORTER_MAX)))
                     if k is not None), None)
    if reported is None:
        return i
    # (the reported subject is a pronoun, an owner only when it is the speaker's)
    return _subject_skip(goal, reported) if goal.in_actor[reported] else reported + 1


_REPORTER_MAX = 5  # words of the reporting subject: "My manager and I"
_CELL_MARKS = frozenset({"|", ";", ":", "→", ">", "/"})


_TAG_CLOSERS = {"(": ")", "[": "]"}
_BRACKET_MAX = 8  # tokens of a bracketed tag or note


def _past_owner_tag(goal: _Goal, i: int) -> int:
    """The token after a bracketed tag at ``i`` that names an owner or a time ("(DRI:
    Mateo) Ship ...", "(Q3) launch ..."), or a square tag opening the goal, or ``i``."""
    toks = goal.toks
    end = _bracket_close(goal, i, len(toks))
    # (a square tag opening the goal is a label, whatever it names: "[web] ship ...")
    if end is None or not (
            any(goal.in_actor[k] for k in range(i + 1, end))
            or all(goal.in_time[k] for k in range(i + 1, end))
            or (i == 0 and toks[end].text == "]")):
        return i
    return end + 1


def _bracket_close(goal: _Goal, j: int, limit: int) -> int | None:
    """The index of the bracket closing the short, non-empty one opened at ``j``, or None."""
    toks = goal.toks
    closer = _TAG_CLOSERS.get(toks[j].text) if j < len(toks) else None
    if closer is None:
        return None
    end = next((k for k in range(j + 1, min(limit, j + _BRACKET_MAX)) if toks[k].text == closer),
               None)
    return end if end is not None and end > j + 1 else None


def _extras(goal: _Goal, start: int, limit: int) -> list[tuple[Action, Metric | None]]:
    """Further outcomes after the main one: "... and hire two SDRs and launch a blog"."""
    toks, lex = goal.toks, goal.lex
    extras: list[tuple[Action, Metric | None]] = []
    j = start
    while j < limit and len(extras) < _MAX_EXTRAS:
        tok = toks[j]
        if tok.low not in _COORDINATORS or goal.in_target[j] or goal.in_time[j]:
            j += 1
            continue
        k = j + 1
        if tok.low == ".":
            k = _clause_start(goal, k)
        while k < limit and (toks[k].low in _CLAUSE_FILLERS or goal.in_actor[k]):
            k += 1
        clause = None
        if k < limit and (_verb_at(goal, k, limit) or lex.hedges.match_at(toks, k, limit)
                          or lex.noncommittal.match_at(toks, k, limit)):
            clause = _clause(goal, k, limit, main=False)
        elif k < limit and tok.low == ".":
            # "... . By 2027, the agency will develop a plan": a new sentence whose
            # subject no owner list knows; "... . By FY2028, 95% of systems will use
            # MFA": one that opens with its count, read as a main clause.
            clause = _subject_clause(goal, k, limit) or _clause(goal, k, limit, main=True)
        if clause is None or clause.action is None or (
                clause.metric is None and not any(goal.in_target[n]
                                                  for n in range(k, min(limit, clause.end + 1)))):
            j += 1
            continue
        extras.append((clause.action, clause.metric))
        j = max(clause.end, j + 1)
    return extras


def extract_parts(text: str, timeframes: Sequence[Timeframe] = (),
                  targets: Sequence[Target] = (), actors: Sequence[Actor] = (),
                  vocab: Vocabulary | None = None,
                  confidence: tuple[int, int] | None = None) -> GoalParts:
    """The goal's parts, given what the earlier components found (pure; cached).

    ``vocab`` is the word lexicon and metric catalogue to read with (default: shipped);
    ``confidence`` the span of a stated confidence ("Confidence 3/10:"), read past when
    it opens the goal."""
    return _extract(text[:MAX_CHARS], tuple(timeframes), tuple(targets), tuple(actors),
                    vocab if vocab is not None else vocabulary(), confidence)


@lru_cache(maxsize=4096)
def _extract(text: str, timeframes: tuple[Timeframe, ...], targets: tuple[Target, ...],
             actors: tuple[Actor, ...], vocab: Vocabulary,
             confidence: tuple[int, int] | None = None) -> GoalParts:
    parts = GoalParts(text=text, targets=list(targets), timeframes=list(timeframes),
                      actors=list(actors))
    toks = tokenize(text)
    if not toks:
        return parts
    goal = _Goal(text, toks, vocab.lexicon, vocab.catalogue,
                 _mask(toks, [t.span for t in timeframes]),
                 _mask(toks, [t.span for t in targets]),
                 _mask(toks, [a.span for a in actors]),
                 _mask(toks, [span for t in targets for span in _amount_spans(t)]))
    _, body = split_prefix(text, vocab)
    first = _past_confidence(toks, _token_at(toks, body), confidence)
    reason = None
    # "To hit plan, we will ...": a leading purpose before any other adverbial reading
    leading = _leading_reason(goal, first)
    if leading is None:
        i = skip_adverbial(toks, first, goal.text)
        leading = _leading_reason(goal, i)
    if leading is not None:
        reason, i = leading
    i = _clause_start(goal, i)
    i = goal_frame_end(toks, i, goal.lex)
    prefix = _scope_prefix(goal, 0) or _scope_prefix(goal, first)
    if prefix is not None and i <= prefix[0]:
        i = _clause_start(goal, prefix[0] + 1)  # "EMEA: increase pipeline ..."
    main = _clause(goal, i, len(toks), main=True) if i < len(toks) else None
    label = _label_end(goal, i) if prefix is None else None
    if label is not None:
        # "Laptop refresh: replace all 1,100 devices": a heading over a goal that names
        # its own object (not "Churn: reduce to 5%", whose heading is the metric).
        behind = _clause(goal, label, len(toks), main=True)
        if behind is not None and behind.action is not None and behind.metric is not None:
            main, i = behind, label
    after = main.end if main else i
    if reason is None:
        object_start = main.end if main and main.action is None else (
            _token_at(toks, main.action.span[1]) if main and main.action else i)
        reason = _find_reason(goal, object_start, object_start)
    # Further outcomes stop where the reason starts (even right after the object), and
    # before a tracker's fields ("... . Status: open. Severity: high").
    limit = reason[0] if reason and reason[0] >= after else len(toks)
    field = _FIELD_RE.search(text, toks[after].start if after < len(toks) else len(text))
    if field is not None:
        limit = min(limit, _token_at(toks, field.start()))
    if main is not None:
        parts.action, parts.metric = main.action, _as_read(goal, main.action, main.metric)
        # (not a stated confidence read as a clause: "..., I'm about 30% confident")
        parts.extra_outcomes = [
            (action, _as_read(goal, action, metric))
            for action, metric in _extras(goal, after, limit)
            if confidence is None or metric is None or not _within(metric.span, confidence)]
    if reason is not None:
        parts.reason = Reason(goal.slice(*reason), goal.span(*reason))
    excluded = [a.span for a in actors]
    if main is not None and main.subject is not None:
        excluded.append(goal.span(*main.subject))
    if parts.reason is not None:
        excluded.append(parts.reason.span)
    for action, metric in [(parts.action, parts.metric), *parts.extra_outcomes]:
        if action is not None and action.text:
            excluded.append(action.span)
        if metric is not None and metric.kpi:
            excluded.extend(_kpi_spans(goal, metric))
        if metric is not None and metric.text[:3].lower() == "to ":
            excluded.append(metric.span)  # a skill, "learn | to play guitar", is no place
    parts.scope = _scope(goal, first, excluded)
    parts.metric = _reported_apart(goal, parts.metric)
    parts.extra_outcomes = [(action, _reported_apart(goal, metric))
                            for action, metric in parts.extra_outcomes]
    if prefix is not None and not any(sc.span[0] <= prefix[1].span[0] < sc.span[1]
                                      for sc in parts.scope):
        # "Mobile: increase DAU": a product line or region as the prefix says which part,
        # even when it also reads as the owning team.
        parts.scope.insert(0, prefix[1])
    return parts


# The fields that close a line of a risk register or a ticket: state, not outcomes.
_FIELD_RE = re.compile(r"[.;|][ \t]{0,5}(?:status|severity|rag|priority|state)[ \t]{0,3}:",
                       re.IGNORECASE)
_PREFIX_MARKS = frozenset({":", "–", "—"})
# Endings of an adverb of manner read as the object: "grow spiritually", "live frugally".
_ADVERB_ENDINGS = ("ally", "ively", "ously", "fully", "ently", "antly")
_ADVERB_MIN = 6  # letters: "rally" and "tally" are nouns
# Words between a copula and its adjective: "be more productive", "stay very calm".
_DEGREE_WORDS = frozenset({"more", "less", "very", "so", "much", "really", "even", "truly"})
# Words that join a noun to more of its phrase, so a comparative after them modifies it.
_LINKING_WORDS = frozenset({"of", "that", "who", "which", "whose", "and", "or", "&"})
# Verbs of a state between the thing made and the state: "make the brand feel more premium".
_STATE_VERBS = frozenset({"feel", "look", "seem", "get", "become", "be", "stay", "appear"})
# Pronouns standing for an object named elsewhere, or nowhere.
_OBJECT_PRONOUNS = frozenset({"it", "this", "that", "them", "these", "those", "something",
                              "anything"})
# A verb's particle read as its object: "Speak out more", "Reach out".
_PARTICLES = frozenset({"out", "up", "down", "off", "back", "over", "around", "away"})


def _as_read(goal: _Goal, action: Action | None, metric: Metric | None) -> Metric | None:
    """``metric`` with what the product reports of it (``Metric.shown``, ``phrase``): without
    the state it should reach ("teachers | more"), what a share counts ("30% of | paying
    accounts"), what money put by is for ("for | an emergency fund"), or nothing when the
    object is no noun phrase. The rules read ``metric`` itself."""
    if metric is None:
        return None
    toks = goal.toks
    first, end = _token_at(toks, metric.span[0]), _token_at(toks, metric.span[1])
    if end > first and not any(ch.isalpha() for ch in metric.text):
        # "30% of | paying accounts use ...": the rules read the amount; the things it
        # counts are the metric reported, and a bare number ("15% faster") reports none
        return replace(metric, shown=_share_of(goal, end), phrase=False)
    if end - first == 1 and _state_word(goal, first):
        return replace(metric, phrase=False)  # "travel more", "grow spiritually"
    # (a comparative opening it is an adjective: "bigger deals", "fewer angry emails")
    head = next((k for k in range(first + 1, end) if _state_word(goal, k)), end)
    if head < end and _ends_head(goal, head - 1):
        while head - 1 > first and toks[head - 1].low in _STATE_VERBS:
            head -= 1  # "the brand | feel more premium"
        metric = replace(metric, shown=(goal.slice(first, head), goal.span(first, head)))
    else:
        head = end  # "the trust of more developers": the comparative modifies a noun
        state = _end_state(goal, action, first, end)
        if state is not None:
            metric = replace(metric, shown=(goal.slice(first, state), goal.span(first, state)))
    if not _noun_phrase(goal, action, metric, first, head):
        return replace(metric, phrase=False, shown=_saved_for(goal, action))
    return metric


# Nouns that end in "-ed" like a participle: "more speed" is a thing, not a state.
_ED_NOUNS = frozenset({"speed", "breed", "greed", "creed", "hundred", "seabed", "embed"})


def _end_state(goal: _Goal, action: Action | None, first: int, end: int) -> int | None:
    """Where the state the object should end in begins, when it closes the object: "Get the
    2027 budget | approved", "Keep customers | happy", and in a counted result, "Two
    engineering managers | hired" (but "Zero P1 incidents caused by deploys" says which)."""
    toks, lex = goal.toks, goal.lex
    made = action is not None and action.lemma in lex.result_verbs
    before = first - 1 - (first > 1 and toks[first - 1].low == "of")
    counted = (action is None or not action.text) and before >= 0 and goal.in_target[before]
    if end - first < 2 or not (made or counted) or not any(
            toks[k].text.islower() for k in range(first, end - 1)) or any(
            toks[k].low == "per" for k in range(first, end)):
        # "Get ISO 27001 certified" (what the team becomes), "cost per dollar raised"
        return None
    if counted and end < len(toks) and toks[end].low == "by" and not goal.in_time[end]:
        return None
    for k in range(first + 1, end):
        state = (lex.vague_states.match_at(toks, k, end)
                 or lex.declarative_states.match_at(toks, k, end))
        closes = state is not None and state[0] == end
        # (after a result verb, the state may name its agent: "approved | by the board")
        last = k == end - 1 or (made and toks[k + 1].low == "by")
        if closes or (last and (_participle(goal, k) or (
                toks[k].text.islower() and toks[k].low in lex.complement_states))):
            return k if _ends_head(goal, k - 1) else None
    if made:
        # "Make our parks | cleaner and greener", "get the taproom | busier"
        for k in range(first + 1, end):
            if _ends_head(goal, k - 1) and all(
                    _comparative_form(toks[m]) or toks[m].low in _STATE_LINKS
                    for m in range(k, end)) and _comparative_form(toks[k]):
                return k
    return None


# Words that join the comparatives of a state: "cleaner and greener", "even faster".
_STATE_LINKS = frozenset({"and", "or", "more", "much", "even", "a", "bit", "lot", "far"})


# Adjectives whose comparative ends in -er, so that "cleaner" is a state but "center" and
# "partner" stay nouns (-ier forms and doubled consonants, "busier", "fitter", need none).
_SHORT_ADJECTIVES = frozenset({
    "clean", "green", "quiet", "fast", "slow", "cheap", "strong", "tight", "lean", "smart",
    "quick", "short", "long", "loud", "warm", "cool", "calm", "clear", "bright", "fresh",
    "rich", "small", "tall", "neat", "dark", "light", "kind", "high", "low", "deep", "near",
    "safe", "nice", "wide", "close", "large", "late", "simple", "gentle", "tough", "young",
    "old", "great", "sharp", "smooth", "soft", "hard", "weak", "cold", "sound", "broad"})


def _comparative_form(tok: Tok) -> bool:
    """A comparative by its form: "busier", "fitter", "cleaner", "safer"."""
    low = tok.low
    if not (tok.text.islower() and tok.text.isalpha() and len(low) >= 5 and low.endswith("er")):
        return False
    base = low[:-2]
    return (low.endswith("ier") or (len(base) >= 3 and base[-1] == base[-2])
            or base in _SHORT_ADJECTIVES or low[:-1] in _SHORT_ADJECTIVES)


def _participle(goal: _Goal, k: int) -> bool:
    """A past participle by its form or the lexicon: "approved", "trained", "hired"."""
    low = goal.toks[k].low
    return goal.toks[k].text.islower() and (low in goal.lex.achievements or (
        len(low) >= 5 and low.endswith("ed") and low not in _ED_NOUNS))


def _share_of(goal: _Goal, k: int) -> tuple[str, tuple[int, int]] | None:
    """What a share counts: "30% of | paying accounts | use the Gantt view" (after "of",
    up to the predicate that follows its plural head)."""
    toks = goal.toks
    while k < len(toks) and (goal.numberish(k) or goal.in_target[k]):
        k += 1
    linked = _linked_object(goal, k, len(toks), _SHARE_LINKS)
    if linked is None:
        return None
    start, end = linked
    for n in range(start + 1, end):
        prev = toks[n - 1]
        if prev.text.isalpha() and prev.norm != prev.low and toks[n].text.isalpha() and (
                toks[n].text.islower() and toks[n].low not in goal.lex.boundaries):
            end = n  # the plural's own verb: "paying accounts | use"
            break
    return goal.slice(start, end), goal.span(start, end)


def _saved_for(goal: _Goal, action: Action | None) -> tuple[str, tuple[int, int]] | None:
    """What money put by is for: "Save $10,000 | for an emergency fund" (the first "for"
    past the amount, within the clause)."""
    if action is None or action.lemma not in goal.lex.saving_verbs:
        return None
    toks = goal.toks
    after = k = _token_at(toks, action.span[1])
    while k < len(toks) and (goal.in_target[k] or goal.in_time[k]):
        k += 1
    linked = _linked_object(goal, k, len(toks), _PURPOSE_LINKS) if k > after else None
    # (an amount first: "save for a house" names what, not how much)
    return (goal.slice(*linked), goal.span(*linked)) if linked is not None else None


def _ends_head(goal: _Goal, k: int) -> bool:
    """Whether token ``k`` may end the object's head, before its state: not a linking word
    ("the conditions of | Federally funded ...", "programs that | positively impact")."""
    low, lex = goal.toks[k].low, goal.lex
    return low not in _LINKING_WORDS and low not in lex.boundaries and (
        low not in lex.determiners)


def _state_word(goal: _Goal, k: int) -> bool:
    """A comparative or an adverb, which says how the object should change or be done,
    not what it is: "more", "healthier", "a lot", "spiritually"."""
    tok, lex = goal.toks[k], goal.lex
    if _hyphenated(goal, k):
        return False  # "more-engaged", "cost-less"
    return (tok.low in _COMPARATIVES or tok.low in lex.measurable_comparatives
            or lex.object_tails.match_at(goal.toks, k, k + 1) is not None
            or (len(tok.low) >= _ADVERB_MIN and tok.low.endswith(_ADVERB_ENDINGS)))


def _noun_phrase(goal: _Goal, action: Action | None, metric: Metric, first: int,
                 end: int) -> bool:
    """Whether the object's words ``first``..``end`` are a noun phrase. The verb itself
    ("Save £500 a month", "Sleep more"), a particle ("Speak out more"), the unit of a
    target ("Lose 10 kg") and an adjective after a copula ("be more productive") are
    not: the corpus marks no METRIC there."""
    toks = goal.toks
    if action is not None and action.text and (
            metric.span[0] < action.span[1] and action.span[0] < metric.span[1]):
        return False
    if all(goal.in_amount[k] for k in range(first, end)):
        return False
    if end - first == 1 and toks[first].low in _OBJECT_PRONOUNS:
        return False  # "Crush it", "tighten them up": what "it" stands for is not said
    if end - first == 1 and (toks[first].low in _PARTICLES or (
            (action is None or not action.text) and end < len(toks)
            and toks[end].low in _COMPARATIVES)):
        return False  # "Speak out more", "Sleep more" (a verb the lexicon lacks)
    return not (action is not None and action.lemma in _COPULAS and metric.kpi is None
                and _one_word(goal, first, end) and toks[first].text.islower()
                and _follows(goal, action, first))


def _one_word(goal: _Goal, first: int, end: int) -> bool:
    """One word, hyphenated parts and all ("productive", "customer-centric")."""
    return all(goal.text[goal.toks[k - 1].end:goal.toks[k].start] == "-"
               for k in range(first + 1, end))


def _follows(goal: _Goal, action: Action, first: int) -> bool:
    """Whether token ``first`` follows the action, degree words aside ("be more X")."""
    k = first - 1
    while k >= 0 and goal.toks[k].low in _DEGREE_WORDS:
        k -= 1
    return k >= 0 and goal.toks[k].end == action.span[1]


def _within(span: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= span[0] and span[1] <= outer[1]


def _label_end(goal: _Goal, i: int) -> int | None:
    """The token after a short heading and its colon at ``i`` ("Laptop refresh:"), when a
    verb follows it."""
    toks = goal.toks
    colon = next((k for k in range(i + 1, min(len(toks) - 1, i + 5)) if toks[k].text == ":"),
                 None)
    if colon is None or _verb_at(goal, i, colon) is not None or any(
            goal.in_time[k] or goal.in_target[k] or goal.in_actor[k] for k in range(i, colon)):
        return None  # ("Deliver product roadmap: identify ...": a goal, not a heading)
    return colon + 1 if _verb_at(goal, colon + 1, len(toks)) is not None else None


def _scope_prefix(goal: _Goal, first: int) -> tuple[int, Scope] | None:
    """A prefix that is exactly a scope phrase, then a colon or dash: "EMEA:", "Mobile –".
    Returns the mark's token index and the scope."""
    toks, lex = goal.toks, goal.lex
    if first >= len(toks):
        return None
    found = lex.scope.match_at(toks, first, min(len(toks), first + 4))
    if found is None:
        return None
    end, kind = found
    # "Rural clinics:", "EMEA team –": the scope may open a short owner's name.
    mark = next((k for k in range(end, min(len(toks) - 1, end + 3))
                 if toks[k].text in _PREFIX_MARKS), None)
    if mark is None or not all(toks[k].text.isalpha() for k in range(end, mark)):
        return None
    return mark, Scope(goal.slice(first, end), goal.span(first, end), kind)


def _past_confidence(toks: Sequence[Tok], first: int,
                     confidence: tuple[int, int] | None) -> int:
    """ "Confidence 3/10: launch the storefront": the goal starts after a stated
    confidence that opens it (and the mark after it)."""
    if confidence is None or first >= len(toks) or not (
            confidence[0] <= toks[first].start < confidence[1]):
        return first
    n = first
    while n < len(toks) and toks[n].start < confidence[1]:
        n += 1
    while n < len(toks) and toks[n].text in (":", ",", "-", "–", "—", "|", ";", ")"):
        n += 1
    return n if n < len(toks) else first


def _reported_apart(goal: _Goal, metric: Metric | None) -> Metric | None:
    """``metric`` reported without the part a known metric is measured on, which is scope:
    "unit test coverage | of the payments module", "retention | of nurses" (the corpus
    guide's METRIC). A region in front stays ("EMEA pipeline", as CONTRACT.md shows it).
    The rules still read the whole phrase."""
    if metric is None or (metric.shown is None and not metric.phrase):
        return metric
    toks = goal.toks
    span = metric.shown[1] if metric.shown is not None else metric.span
    first, end = _token_at(toks, span[0]), _token_at(toks, span[1])
    name = next((j for i, j, _ in goal.cat.find(toks, first, end) if i == first), None)
    if name is None or name >= end or toks[name].low != "of" or any(
            toks[k].low in _COUNT_HEADS for k in range(first, name)) or (
            first > 0 and goal.in_target[first - 1]):
        # (not "share of customers", which counts them, nor a unit: "40 kg of body weight";
        # with an article it is one name: "the cost of capital", "the book of business")
        return metric
    return replace(metric, shown=(goal.slice(first, name), goal.span(first, name)))


def _amount_spans(target: Target) -> list[tuple[int, int]]:
    """The parts of a target's span that are amount, not the counted noun."""
    start, end = target.span
    if not target.noun:
        # "98% or more", "a 90% or better": the words after the number are amount too; so
        # is all of a share in words ("two thirds of")
        whole = target.kind == "placeholder" or _OR_TAIL.search(target.text) is not None or (
            target.text.lower().endswith(" of"))
        return [(start, end)] if whole else []
    at = target.text.rfind(target.noun)
    if at < 0:
        return []
    return [(start, start + at)] if at > 0 else []


_OR_TAIL = re.compile(r"\bor[ \t]{1,3}[A-Za-z]{2,12}\Z")


def _kpi_spans(goal: _Goal, metric: Metric) -> list[tuple[int, int]]:
    """Character spans of catalogue names inside a metric phrase ("web traffic")."""
    start = _token_at(goal.toks, metric.span[0])
    end = _token_at(goal.toks, metric.span[1])
    # Only the name that is the head: in "inside-sales bookings" the "sales" of the
    # channel is a modifier, and the channel may be scope.
    return [goal.span(i, j) for i, j, _ in goal.cat.find(goal.toks, start, end) if j == end]


@Language.factory("goalsmith_parts", default_config={"extra_words": {}, "extra_metrics": {}})
def make_parts(nlp: Language, name: str, extra_words: dict[str, list[str]],
               extra_metrics: dict[str, dict[str, Any]]) -> Callable[[Doc], Doc]:
    """spaCy factory: fills action, metric, scope, reason and extra outcomes.

    ``extra_words`` / ``extra_metrics`` are the user's ``[words]`` lists and
    ``[metrics.<name>]`` tables (JSON values, so a saved pipeline keeps them).
    """
    vocab = vocabulary(extra_words, extra_metrics)  # built once, not per goal

    def goalsmith_parts(doc: Doc) -> Doc:
        parts = goal_parts(doc)
        finding = finding_end(parts.text)
        if finding:
            # "Finding 3.3 - ... for 9 contractors. Remediation: ...": the finding's numbers
            # and dates are the problem's, not the goal's target or deadline
            parts.targets = [t for t in parts.targets if t.span[0] >= finding]
            parts.timeframes = [t for t in parts.timeframes if t.span[0] >= finding]
        stated = parts.confidence.span if parts.confidence is not None else None
        found = extract_parts(parts.text, parts.timeframes, parts.targets, parts.actors, vocab,
                              stated)
        parts.action, parts.metric = found.action, found.metric
        parts.scope = list(found.scope)
        parts.reason = found.reason
        parts.extra_outcomes = list(found.extra_outcomes)
        parts.actors = without_repeats(parts.text, parts.actors)
        return doc

    return goalsmith_parts
