"""Goal candidates in planning documents: Markdown, reStructuredText and plain text.

A document is read the way a planning lead reads it. Structure says where goals
are (a "Goals" or "Key Results" section, a "KR1:" prefix, a table column headed
Goal); language confirms it (a verb of change or delivery, a "we will" commitment).
Everything else stays quiet: code, quotes, comments, link targets, questions,
status updates, tasks and meeting notes. Precision comes first: a false alarm in CI
costs more than a miss.

Each candidate carries its position (1-based line and column), the section it
stands in, and the context a reader would apply: the periods the document states
(nearest first, for a goal that states no time of its own) and a table row's owner.
This module never imports the NLP pipeline: finding candidates must stay cheap.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from goalsmith.data import load_data

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mdx")
RST_SUFFIXES = (".rst", ".rest")

# A goal is a sentence or a list item, not an essay: longer texts are never candidates,
# and lines longer than this are not even read for inline content (hostile input).
MAX_CANDIDATE_CHARS = 600
MAX_CANDIDATE_WORDS = 80
MAX_LINE_CHARS = 20_000

# Sections: a goal section, a quiet one, a forward-looking one ("What's next", where
# commitments in prose are goals but plain items are not), or neither (None).
GOAL = "goal"
QUIET = "quiet"
AHEAD = "ahead"


@dataclass(frozen=True)
class PeriodHint:
    """A text that may state the period a goal inherits, and where it stands."""

    text: str
    source: str  # e.g. "heading 'Q1 2027 Revenue Plan' (line 1)"
    # The goal's own time (its row's Due cell): when vague ("ASAP", "TBD") it is not
    # skipped for the document's period; the goal keeps its vague time and fails T.
    own: bool = False


@dataclass(frozen=True)
class Candidate:
    """A line of a document read as a goal."""

    text: str
    line: int
    col: int
    kind: str  # item, paragraph, table, prefixed
    why: str  # what made it a goal: the section, prefix, column or opening words
    section: str | None = None
    periods: tuple[PeriodHint, ...] = ()
    owner: str | None = None
    owner_source: str | None = None
    source_line: str = field(default="", repr=False, compare=False)
    # Read as a goal only if the audit finds it vague (fails S): an imperative under
    # a plan's theme heading is a goal when it aspires ("Make the race greener") and a
    # task when it is concrete ("Translate the FAQ into Spanish").
    tentative: bool = False

    def position(self, offset: int | None) -> tuple[int, int]:
        """The line and column of a character offset into ``text`` (the start if unknown)."""
        if offset is None or offset <= 0:
            return self.line, self.col
        if self.source_line[self.col - 1:].startswith(self.text[:offset]):
            return self.line, self.col + offset
        return self.line, self.col


# ----------------------------------------------------------------- vocabulary


def _words_pattern(words: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def _opening_pattern(words: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted({w.lower() for w in words}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    return re.compile(rf"(?:{alternatives})(?![\w'-])", re.IGNORECASE)


@dataclass(frozen=True)
class _Vocabulary:
    goal_heading: re.Pattern[str]
    goal_plan: re.Pattern[str]
    heading_commitment: re.Pattern[str]
    plan_wishes: re.Pattern[str]
    qualifier: re.Pattern[str]
    quiet_heading: re.Pattern[str]
    topic_heading: re.Pattern[str]
    planning: re.Pattern[str]
    goal_prefixes: frozenset[str]
    quiet_prefixes: frozenset[str]
    period_key: re.Pattern[str]
    meeting: re.Pattern[str]
    records: re.Pattern[str]
    archived: re.Pattern[str]
    plan_for_meeting: re.Pattern[str]
    table_goal: frozenset[str]
    table_owner: frozenset[str]
    table_due: frozenset[str]
    change: re.Pattern[str]
    deliver: re.Pattern[str]
    soft: re.Pattern[str]
    commitment: re.Pattern[str]
    past: re.Pattern[str]
    question: re.Pattern[str]
    status: re.Pattern[str]
    team_subjects: frozenset[str]
    table_goal_word: re.Pattern[str]
    table_not_goal: frozenset[str]
    table_target: frozenset[str]
    table_metric: frozenset[str]
    table_measured_goal: frozenset[str]
    table_results: frozenset[str]
    ahead_heading: re.Pattern[str]
    lead: re.Pattern[str]
    inner_adverb: re.Pattern[str]
    not_subjects: frozenset[str]
    process_verbs: frozenset[str]
    process_phrase: re.Pattern[str]


@lru_cache(maxsize=8)
def vocabulary(extra_goal_headings: tuple[str, ...] = (),
               extra_quiet_headings: tuple[str, ...] = ()) -> _Vocabulary:
    """The compiled word lists of ``data/lint.toml``, plus the user's heading words."""
    data = load_data("lint")
    lang = data["language"]
    keys = [*data["period"]["keys"], *data["period"]["year_keys"]]
    return _Vocabulary(
        goal_heading=_words_pattern([*data["headings"]["goal"], *extra_goal_headings]),
        goal_plan=_words_pattern(data["headings"]["goal_plans"]),
        heading_commitment=_words_pattern(data["headings"]["commitments"]),
        plan_wishes=_words_pattern(data["headings"]["plan_wishes"]),
        qualifier=_words_pattern(data["headings"]["qualifiers"]),
        quiet_heading=_words_pattern([*data["headings"]["quiet"], *extra_quiet_headings]),
        topic_heading=_words_pattern(data["headings"]["topics"]),
        planning=_words_pattern(data["headings"]["planning"]),
        goal_prefixes=frozenset(data["prefixes"]["goal"]),
        quiet_prefixes=frozenset(data["prefixes"]["quiet"]),
        period_key=re.compile(
            r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?:?(?P<key>"
            + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
            + r")(?:\*\*|__)?\s*:(?:\*\*|__)?\s*(?P<value>\S.{0,120}?)\s*$", re.IGNORECASE),
        meeting=_words_pattern(data["period"]["meeting"]),
        records=_words_pattern(data["headings"]["records"]),
        archived=_words_pattern(data["headings"]["archived"]),
        plan_for_meeting=_words_pattern(data["period"]["plan_for_meeting"]),
        table_goal=frozenset(data["table"]["goal"]),
        table_owner=frozenset(data["table"]["owner"]),
        table_due=frozenset(data["table"]["due"]),
        change=_opening_pattern(lang["change_verbs"]),
        deliver=_opening_pattern(lang["deliver_verbs"]),
        soft=_opening_pattern(lang["soft_openers"]),
        commitment=_opening_pattern(lang["commitment_openings"]),
        past=_opening_pattern(lang["past_openings"]),
        question=_opening_pattern(lang["question_openings"]),
        status=_words_pattern(lang["status_phrases"]),
        team_subjects=frozenset(lang["team_subjects"]),
        table_goal_word=_words_pattern(data["table"]["goal"]),
        table_not_goal=frozenset(data["table"]["not_goal"]),
        table_target=frozenset(data["table"]["target"]),
        table_metric=frozenset(data["table"]["metric"]),
        table_measured_goal=frozenset(data["table"]["measured_goal"]),
        table_results=frozenset(data["table"]["results"]),
        ahead_heading=_words_pattern(data["headings"]["ahead"]),
        lead=_lead_pattern(lang["lead_phrases"], lang["subject_pronouns"]),
        inner_adverb=_inner_adverb_pattern(load_data("words")["phrases"]["inner_adverbs"]),
        not_subjects=frozenset(lang["not_subjects"]),
        process_verbs=frozenset(lang["process_verbs"]),
        process_phrase=_opening_pattern(lang["process_phrases"]),
    )


def _lead_pattern(phrases: Iterable[str], pronouns: Iterable[str]) -> re.Pattern[str]:
    """A time or framing phrase before the subject, with or without its comma: "At some
    point we ...", "Finally, we will ...", "In Q1 we'll ...", "Fifth, the office will"
    (bounded: no backtracking)."""
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    leads = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    subjects = "|".join(re.escape(p) for p in sorted(set(pronouns), key=len, reverse=True))
    # With its comma, a framing phrase goes before any subject: "Fifth, the office will ...".
    return re.compile(rf"^(?:(?:{leads}|{_TIME_LEAD}),?\s+(?=(?:{subjects})(?![\w-]))"
                      rf"|(?:{leads}),\s+)", re.IGNORECASE)


# "In Q1", "By March", "This quarter", "Over the next 6 months", "In 2027": a time phrase
# (only a time phrase: "This section lists what we ..." is not one).
_TIME_LEAD = (
    r"(?:in|by|during|from|over|within|before|throughout|this|next|early|late|until)"
    r"(?:\s(?:the|this|next|coming|first|second|last|early|late|mid))?(?:\s\d{1,2})?"
    r"\s(?:Q[1-4]|H[12]|FY\s?'?\d{2,4}|(?:19|20)\d\d|weeks?|months?|quarters?|years?|half|"
    r"term|spring|summer|autumn|fall|winter|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|"
    r"may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|"
    r"dec(?:ember)?)\b(?:\s(?:19|20)\d\d)?")


def _inner_adverb_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """An adverb as the second or third word ("We also need to", "We will also make")."""
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"^(?P<head>(?:[\w'’]{{1,20}}\s){{1,2}}?)(?:{alternatives})\s+",
                      re.IGNORECASE)


# ----------------------------------------------------------------- text helpers

_SPACES = re.compile(r"\s+")
# "KR1: ...", "O2 - ...", "Goal (Sales): ...", "Sales: ..."; bounded, so it cannot backtrack.
_PREFIX = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z .'/&-]{0,30}?)\s{0,3}(?P<num>\d{1,3}(?:\.\d{1,3}){0,3})?"
    r"\s{0,3}(?:\((?P<paren>[^()]{1,40})\))?\s{0,3}:\s+(?P<rest>\S.*)$", re.DOTALL)
# "KR2: ...", "O1. Make ...", and a bare outline label before a capital ("KR2.4 Publish ...",
# "Goal 1.2 Raise ..."); "Goal 2 is to ..." keeps its words.
_NUMBERED_PREFIX = re.compile(
    r"^(?P<label>kr|o|obj|okr|goal|objective)\s{0,2}(?P<num>\d{1,3}(?:\.\d{1,3}){0,3})"
    r"(?:\s{0,2}[.)\-–—]\s+|\s{1,3}(?=(?-i:[A-Z\"“])))(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL)
# A letter that numbers a label: "Objective A", "KR B" (of "KR B2").
_LETTER_TAG = re.compile(r"(?<=\w)\s[a-z]$")
_CHECKBOX = re.compile(r"^\[(?P<mark>[ xX])\]\s+")
# "In Q3, ...", "By June, ...", "This quarter, ...": an opening time phrase before the verb.
_LEAD_ADVERBIAL = re.compile(
    r"^(?:in|by|during|for|this|next|over|within|before|from|starting|throughout)\b"
    r"[^,.;:]{1,40},\s+", re.IGNORECASE)
_LEAD_NOISE = re.compile(r"^[^\w\"'“(\[@]{1,6}")  # emoji, arrows, stray bullets (not "@raj:")
_DONE_MARK = re.compile(r"✅|✔|☑|\(done\)|\[done\]|~~", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(])")
# A full stop that does not end a sentence: a numbered label alone ("Goal 1.2.", "3.")
# or an abbreviation ("Dr.", "e.g.", "No.").
_LABEL_ONLY = re.compile(r"^\s{0,3}(?:[A-Z][A-Za-z]{0,15}\s)?\d{1,3}(?:\.\d{1,3}){0,3}\.$")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:mr|mrs|ms|dr|prof|st|no|nos|vs|approx|dept|inc|ltd|jr|sr|"
                           r"fig|e\.g|i\.e|cf)\.$", re.IGNORECASE)
_PERIODISH = re.compile(
    r"\b(?:(?:19|20)\d\d|FY\s?'?\d{2,4}|CY\s?'?\d{2,4}|Q[1-4]|H[12]|quarter|half|"
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|this year|next year|"
    r"annual|yearly|quarterly)\b", re.IGNORECASE)
# A full calendar day in a heading is a meeting or event date, not a planning period.
_DAY_DATE = re.compile(
    r"\b(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)",
    re.IGNORECASE)
# Two day dates joined by a dash or "to": "Nov 9 – Nov 20, 2026", "2027-01-04 to 2027-01-15".
_DATE_RANGE = re.compile(_DAY_DATE.pattern + r"(?:,?\s{0,2}(?:19|20)\d\d)?"
                         r"\s{0,3}(?:[-–—]|to)\s{0,3}" + _DAY_DATE.pattern, re.IGNORECASE)
_DEADLINE_WORD = re.compile(r"\b(?:by|due|until|deadline|through|thru|ending|ends)\b", re.I)


def sentences(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text`` with their start offsets; a numbered label ("Goal 1.2.")
    or an abbreviation ("Dr.") does not end a sentence."""
    found: list[tuple[int, str]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start:match.start()]
        if _LABEL_ONLY.match(piece) or _ABBREVIATION.search(piece[-12:]):
            continue
        found.append((start, text[start:match.start()]))
        start = match.end()
    found.append((start, text[start:]))
    return [(offset, sentence) for offset, sentence in found if sentence.strip()]


_BRACKETED = re.compile(r"\([^()]{0,80}\)")
_NUMBERING = re.compile(r"^\s{0,3}(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?|[A-Za-z][.)])\s+")
# "Staff should give ...", "Every pupil will read ...": a short subject bound by a modal.
_MODAL = re.compile(
    r"^(?P<subject>[^\s,;:]{1,25}(?:\s[^\s,;:]{1,25}){0,5}?)\s(?:will|shall|should|must|"
    r"needs?\sto|ha(?:s|ve)\sto|(?:is|are)\sgoing\sto|(?:aims?|plans?|wants?|intends?)\sto)"
    r"\s(?:be\s)?(?P<verb>[a-z][\w-]{0,25})", re.IGNORECASE)
# "We will not ...", "Staff should never ...": what is ruled out is no goal.
_NEGATED = re.compile(r"^(?:[^\s,;:]{1,25}\s){1,6}?(?:will|shall|should|must|can|do|does|are|is|"
                      r"would|need|want)(?:\s(?:also|still))?\s(?:not|never)\b|"
                      r"^(?:[^\s,;:]{1,25}\s){1,6}?(?:won't|shouldn't|mustn't|can't|don't|"
                      r"doesn't|aren't|isn't|wouldn't)\b", re.IGNORECASE)
_ABOUT_TEXT = re.compile(r"\b(?:document|doc|page|section|table|list|plan|rfc|memo|meeting|"
                         r"session)s?\b", re.IGNORECASE)
# "EMEA to be ...", "our customers to love ...": a short object, "to", then its verb.
_WISHED_STATE = re.compile(
    r"^(?P<who>(?:[\w'’&-]{1,25}\s){1,4}?)to\s(?P<rest>[a-z][\w-]{1,25}\b.*)$")
# "Our main goal is to ...", "The other target is 40 logos". (With a qualifier, "Our goal
# for December is to ...", the rule layer does not yet read the goal: left alone.)
_GOAL_STATEMENT = re.compile(
    r"^(?:the|our|my|another|one|a|an)\s(?:[\w'’-]{1,20}\s){0,3}?(?:goal|aim|objective|"
    r"target|ambition|priority)s?\s(?:(?:is|are|will\sbe)\s|(?:for|in|over|during)\s"
    r"(?:[\w'’-]{1,20}\s){1,3}?(?:is|are|will\sbe)\sto\s)",  # "My aim for this stretch is to"
    re.IGNORECASE)


def squash(text: str) -> str:
    """Collapse whitespace runs and trim."""
    return _SPACES.sub(" ", text).strip()


def _label(text: str) -> str:
    return squash(re.sub(r"[*_`#>]+", " ", text)).strip(" :.-–—").lower()


def heading_class(text: str, vocab: _Vocabulary) -> str | None:
    """GOAL, QUIET, AHEAD or None for a heading (or a label such as "Risks:"). A quiet word
    in brackets only qualifies a goals heading: "Targets for the year (committee summary)"."""
    words = _label(text)
    if _states_goal(text, vocab):
        return GOAL  # "Objective 2: Help the team answer their own questions"
    if vocab.archived.search(words) and (is_period_text(text, vocab) or vocab.planning.search(
            words) or vocab.goal_heading.search(words)):
        return GOAL  # "Last year's plan (2026, archived)": its goals stay goals, now past
    source = _SOURCE_TAIL.search(words)
    if source and vocab.goal_heading.search(words[:source.start()]) and \
            not vocab.quiet_heading.search(words[:source.start()]) and \
            not _PAST_CYCLE.search(source.group("tail")):
        return GOAL  # "Reliability goals from this review": where the goals came from
    main = squash(_BRACKETED.sub(lambda m: _unless_quiet(m.group(0), vocab), words))
    if _quiet_words(main, vocab) or _meeting(main, vocab):
        return QUIET
    if vocab.goal_heading.search(main):
        return GOAL
    if _quiet_words(words, vocab) or _meeting(words, vocab):
        return QUIET
    if vocab.goal_heading.search(words):
        return GOAL  # "EMEA breakout (H1 2027 focus)"
    if _commits(words, vocab):
        return GOAL  # "Numbers we will hit", "What we are signing up to"
    if vocab.ahead_heading.search(words):
        return AHEAD
    return None


# "... from this review", "... agreed at the offsite": where a heading's goals came from.
_SOURCE_TAIL = re.compile(r"\s(?:from|after|out of|agreed at|agreed in|set at|set in)\s"
                          r"(?P<tail>.{1,60})$")
_PAST_CYCLE = re.compile(r"\b(?:last|previous|prior|past|old|earlier)\b")


def _commits(text: str, vocab: _Vocabulary) -> bool:
    """Whether a heading commits in words to something other than process: "Numbers we
    will hit", not "Things we will discuss" nor "What we will not do"."""
    match = vocab.heading_commitment.search(text)
    if match is None or _NEGATED.match(text) or text.startswith("how "):
        return False  # "How we will get there": the means, not the ends
    following = text[match.end():].split()
    verb = following[0] if following else ""
    return verb.lower() not in vocab.process_verbs and verb.lower() != "not"


def _quiet_words(text: str, vocab: _Vocabulary) -> bool:
    """Whether a quiet word stands outside the goal phrases and themes of a heading:
    "Progress on Q1 goals" is quiet, "Key results" and "Design system" are not (their
    "results" and "design" belong to a goal phrase and a theme)."""
    goals = [m.span() for pattern in (vocab.goal_heading, vocab.topic_heading)
             for m in pattern.finditer(text)]
    return any(not any(start <= q.start() and q.end() <= end for start, end in goals)
               for q in vocab.quiet_heading.finditer(text))


def _meeting(text: str, vocab: _Vocabulary) -> bool:
    """Whether a heading names a meeting or event ("Pipeline review"), not the plan for
    one ("Sales kickoff plan")."""
    return bool(vocab.meeting.search(text)) and not vocab.plan_for_meeting.search(text)


def _states_goal(text: str, vocab: _Vocabulary) -> bool:
    """Whether a heading is a goal prefix and a statement ("Objective 1: Make trusted data
    the default for decisions"): the words of the statement say nothing of the section,
    so a quiet word among them ("decisions") does not silence it."""
    match = _NUMBERED_PREFIX.match(text) or _PREFIX.match(text)
    return (match is not None and _label(match.group("label")) in vocab.goal_prefixes
            and len(match.group("rest").split()) >= 3)


def _unless_quiet(bracketed: str, vocab: _Vocabulary) -> str:
    """A bracketed qualifier, dropped unless it silences the heading beyond a mere
    qualifier: "(committee summary)" goes, "(status)" and "(dropped)" stay."""
    inner = vocab.qualifier.sub(" ", bracketed)
    if vocab.quiet_heading.search(inner) or _meeting(inner, vocab):
        return bracketed
    return " "


def _opening(text: str, vocab: _Vocabulary) -> str:
    """The words a goal opens with, after time phrases and adverbs that do not commit:
    "At some point we also need to fix X" opens "we need to fix X"."""
    text = vocab.lead.sub("", _LEAD_ADVERBIAL.sub("", text), count=1)
    return vocab.inner_adverb.sub(r"\g<head>", text, count=1)


def is_period_text(text: str, vocab: _Vocabulary) -> bool:
    """Whether a heading could state a planning period (the rule layer resolves it)."""
    if not _PERIODISH.search(text):
        return False
    if _meeting(text, vocab):
        return False
    if _DATE_RANGE.search(text):
        return True  # "Sprint 47 (Nov 9 – Nov 20, 2026)": a span of days is a period
    return not (_DAY_DATE.search(text) and not _DEADLINE_WORD.search(text))


# "academic year 2026-27 (ends 31 August 2027)": the stated end is the period's end.
_STATED_END = re.compile(r"\b(?:ends|ending|ends on|until|through|thru)\s+(?P<end>[^();,]{3,40}?"
                         r"(?:,\s?\d{4})?)\s*\)?\s*$", re.IGNORECASE)


def _period_end(value: str) -> str:
    """The part of a period line that states its end, when it says so explicitly."""
    match = _STATED_END.search(value)
    return match.group("end").strip() if match else value


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ----------------------------------------------------------------- the reader


@dataclass
class _Heading:
    level: int
    text: str
    cls: str | None
    period: PeriodHint | None = None
    line_period: PeriodHint | None = None  # a "Period:" line inside this section


_TENTATIVE = "imperative in a plan"
# "Average check-in wait was 11 minutes": a state reported, whatever word opens it.
_PAST_STATE = re.compile(r"\b(?:was|were|had been)\b", re.IGNORECASE)


class _RunItem(NamedTuple):
    """A list item as read, kept until its list ends."""

    text: str
    line: int
    col: int
    source_line: str
    found: bool  # read as a goal on its own
    section: str | None  # the section's class when it was read
    tentative: int | None = None  # index of its tentative candidate, if it has one


@dataclass
class _Reader:
    """Turns structural events (headings, items, paragraphs, rows) into candidates."""

    vocab: _Vocabulary
    planning: bool
    headings: list[_Heading] = field(default_factory=list)
    pseudo: str | None = None  # a "Goals:" label line governs the lists that follow
    items: list[tuple[int, str | None]] = field(default_factory=list)  # (depth, class)
    candidates: list[Candidate] = field(default_factory=list)
    # (depth, candidate index) of the last list item read as a goal
    _last_item: tuple[int, int] | None = None
    headings_seen: int = 0
    # Runs of sibling list items by depth, so that a list that is mostly goals can claim
    # the rest of them.
    _runs: dict[int, list[_RunItem]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.headings.append(_Heading(0, "", None))

    # -- context

    def heading(self, level: int, text: str, line: int) -> None:
        self.close_lists()
        text = squash(text)
        while self.headings and self.headings[-1].level >= level and self.headings[-1].level > 0:
            self.headings.pop()
        period = None
        if is_period_text(text, self.vocab):
            period = PeriodHint(text, f"heading '{_short(text)}' (line {line})")
        cls = heading_class(text, self.vocab)
        if cls is None and level > 1 and self.vocab.goal_plan.search(_label(text)):
            # A "Growth plan" section lists goals; a document titled "My development
            # plan" also holds background and status, so the title does not count.
            cls = GOAL
        elif cls is None and level > 1 and self.planning and \
                self.vocab.plan_wishes.search(_label(text)):
            cls = GOAL  # "## What I want for the business" in "My plan for 2027"
        self.headings.append(_Heading(level, text, cls, period))
        self.headings_seen += 1
        self.pseudo = None
        self.items.clear()

    def heading_goal(self, text: str, line: int, source_line: str) -> None:
        """A heading such as "Objective 1: Build a pipeline engine" states a goal itself,
        and so does one inside a goals section that opens with a verb of change or delivery
        ("Priority 1: Raise standards in reading", "### Grow enterprise pipeline")."""
        text = squash(text)
        prefixed = self._prefix(text)
        if prefixed is not None and prefixed[0] in self.vocab.goal_prefixes:
            found = (prefixed[1], f"heading prefix '{prefixed[0]}'", "prefixed")
        else:
            rest = prefixed[1] if prefixed is not None else _NUMBERING.sub("", text)
            in_goals = self.section_class() == GOAL and self.headings[-1].cls is None
            if not in_goals or not self._opens_goal(_opening(rest, self.vocab), soft=False):
                return
            if prefixed is None and len(rest.split()) < 3:
                return  # "Build phase", "Launch timeline": a topic, not a goal
            found = (rest, "heading in a goals section", "prefixed")
        if _plausible(found[0], self.vocab):
            col = max(source_line.find(found[0][:12]), 0) + 1
            self._emit(found, line, col, source_line)

    def front_matter(self, title: str | None, period: str | None, line: int,
                     owner: str | None = None) -> None:
        root = self.headings[0]
        if title:
            root.text = title
            root.cls = heading_class(title, self.vocab)
            if is_period_text(title, self.vocab):
                root.period = PeriodHint(title, f"title '{_short(title)}' (line {line})")
        if period:
            root.line_period = PeriodHint(_period_end(period),
                                          f"front matter period '{period}' (line {line})")
        self._owner = owner

    def period_line(self, raw: str, line: int) -> bool:
        """Record a "Period: Q1 2027" line; True when the line was one."""
        match = self.vocab.period_key.match(raw)
        if not match:
            return False
        value = _period_end(squash(match.group("value").strip("*_ ")))
        if not _states_period(squash(match.group("key")).lower(), value):
            return False
        hint = PeriodHint(value, f"'{_short(squash(raw))}' (line {line})")
        self.headings[-1].line_period = hint
        if self.headings_seen <= 1:
            # Under the title, before any section, the line states the whole document's
            # period: it outlasts a second top-level heading too, and a document that
            # states its period is a plan for it.
            self.headings[0].line_period = hint
            self.planning = True
        return True

    def periods(self) -> tuple[PeriodHint, ...]:
        chain: list[PeriodHint] = []
        for heading in reversed(self.headings):
            for hint in (heading.line_period, heading.period):
                if hint is not None and hint not in chain:
                    chain.append(hint)
        return tuple(chain)

    def section_class(self) -> str | None:
        for _, cls in reversed(self.items):
            if cls is not None:
                return cls
        if self.pseudo is not None:
            return self.pseudo
        for heading in reversed(self.headings):
            if heading.cls is not None:
                return heading.cls
        return None

    def _quiet_by_title(self) -> bool:
        """Whether the quiet comes from the document's title alone, and the title names a
        record of goals ("Sprint goal log"), not a meeting's notes ("Notes")."""
        if self.pseudo is not None or any(cls is not None for _, cls in self.items):
            return False
        classified = [h for h in self.headings if h.cls is not None]
        if not classified or classified[-1] is not self._title_heading():
            return False
        title = _label(classified[-1].text)
        return bool(self.vocab.records.search(title) and self.vocab.goal_heading.search(title))

    def _title_heading(self) -> _Heading:
        """The document's title: the root, or the first level-1 heading under it."""
        root = self.headings[0]
        if root.text or len(self.headings) < 2:
            return root
        return self.headings[1]

    def section(self) -> str | None:
        for heading in reversed(self.headings):
            if heading.text:
                return heading.text
        return None

    # -- events

    def item(self, text: str, line: int, col: int, depth: int, source_line: str) -> None:
        """A list item's own text (its first paragraph)."""
        self._drop_group_label(depth)
        while self.items and self.items[-1][0] >= depth:
            self.items.pop()
        text = squash(text)
        if self.period_line(text, line):
            self.items.append((depth, None))
            return
        cls = self.section_class()
        found = self._judge(text, cls, "item")
        for deeper in [d for d in self._runs if d > depth]:
            self._close_run(deeper)
        tentative = found is not None and found[1] == _TENTATIVE
        if found is not None:
            self._emit(found, line, col, source_line)
        self._runs.setdefault(depth, []).append(_RunItem(
            text, line, col, source_line, found is not None and not tentative, cls,
            len(self.candidates) - 1 if tentative else None))
        if found is not None and not tentative:
            self._last_item = (depth, len(self.candidates) - 1)
            # The key results under an objective are goals too.
            self.items.append((depth, GOAL))
            return
        self.items.append((depth, self._label_class(text)))

    def close_lists(self) -> None:
        """End every open list run (a heading, paragraph, table or the end of the text)."""
        for depth in sorted(self._runs, reverse=True):
            self._close_run(depth)

    def _close_run(self, depth: int) -> None:
        """A plan's list whose items are mostly goals holds goals: its other items ("be an
        actual runner", "lose the belly" beside "get down to 85 kg by June 30") are read
        as goals too, when they could be one."""
        run = self._runs.pop(depth, [])
        goals = sum(1 for entry in run if entry.found)
        # an imperative of the plan ("put £150 a month into the ISA") counts towards the
        # share, once two items are sure goals
        maybe = sum(1 for entry in run if entry.tentative is not None)
        if not self.planning or len(run) < 3 or goals < 2 or (goals + maybe) * 2 < len(run):
            return
        for text, line, col, source_line, found, cls, tentative in run:
            if tentative is not None:
                # a list of goals holds it whether or not it is vague
                self.candidates[tentative] = replace(self.candidates[tentative],
                                                     tentative=False)
                continue
            if found or cls == QUIET or self._is_label(text) or _CHECKBOX.match(text):
                continue
            body = _LEAD_NOISE.sub("", text)
            prefixed = self._prefix(body)
            if prefixed is not None and prefixed[0] in self.vocab.quiet_prefixes:
                continue
            opening = _opening(body, self.vocab)
            acts = self._acts(opening) or self._opens_goal(opening, soft=True)
            if acts and not self._process_at(opening) and _plausible(body, self.vocab) \
                    and not _NEGATED.match(body):
                self._emit((body, "in a list of goals", "item"), line, col, source_line)

    def _drop_group_label(self, depth: int) -> None:
        """ "- Software and data" with items nested under it: a short item without a verb
        that opens a nested list names a group of goals; it is not one itself."""
        last, self._last_item = self._last_item, None
        if last is None or depth <= last[0] or last[1] != len(self.candidates) - 1:
            return
        text = self.candidates[-1].text
        words = text.split()
        # ("Reach and impact": a verb's form joined to a noun is a pair of topics)
        paired = len(words) >= 3 and words[1].lower() in ("and", "&")
        if (self.candidates[-1].kind != "prefixed" and len(words) <= 4
                and not any(ch.isdigit() for ch in text)
                and (paired or not (self.vocab.change.match(text)
                                    or self.vocab.deliver.match(text)))):
            self.candidates.pop()

    def paragraph(self, text: str, line: int, source_lines: list[str]) -> None:
        """A paragraph; ``text`` keeps a newline where each source line ends, so that
        every sentence is reported on the line it starts on."""
        self.close_lists()
        flat = squash(text)
        if not flat or len(flat) > MAX_LINE_CHARS:
            return
        label = self._label_class(flat)
        if label is not None or self._is_label(flat):
            self.pseudo = label
            return
        cls = self.section_class()
        if self._outline_items(text, cls, line, source_lines):
            return
        for start, sentence in sentences(text):
            index = min(text.count("\n", 0, start), len(source_lines) - 1)
            source_line = source_lines[index] if source_lines else ""
            found = self._judge(squash(sentence), cls, "paragraph")
            if found is not None:
                self._emit(found, line + index, _indent(source_line) + 1, source_line)
        if self._introduces_list(flat):
            self.pseudo = GOAL

    def _outline_items(self, text: str, cls: str | None, line: int,
                       source_lines: list[str]) -> bool:
        """ "2.1 Recruit 60 volunteers ..." or "a. Safety improves." on every line of a
        Markdown paragraph: an outline Markdown does not read as a list, whose lines are
        items all the same."""
        rows = text.split("\n")
        matches = [_OUTLINE_LINE.match(row) for row in rows]
        if len(rows) < 2 or not all(matches):
            return False
        for index, match in enumerate(matches):
            found = self._judge(squash(match.group("text")), cls, "item")
            if found is not None:
                source_line = source_lines[index] if index < len(source_lines) else rows[index]
                self._emit(found, line + index, match.start("text") + 1, source_line)
        return True

    def table(self, header: list[str], rows: list[tuple[int, list[str], str]]) -> None:
        """A table: the cells of a Goal column are goals; Owner and Due cells their context.
        A key/value row naming a period ("Charter period | December 2026 to June 2027")
        states the period as a "Period:" line would."""
        self.close_lists()
        header_line = max(rows[0][0] - 2, 1) if rows else 1  # above the delimiter row
        for line, cells, _ in [(header_line, header, ""), *rows]:
            if len(cells) >= 2 and cells[0].strip() and cells[1].strip():
                self.period_line(f"{squash(cells[0])}: {squash(cells[1])}", line)
        names = [_label(cell) for cell in header]
        owner_col = next((i for i, n in enumerate(names) if n in self.vocab.table_owner), None)
        due_col = next((i for i, n in enumerate(names) if n in self.vocab.table_due), None)
        target_col = next((i for i, n in enumerate(names) if n in self.vocab.table_target),
                          None)
        metric_col = next((i for i, n in enumerate(names) if n in self.vocab.table_metric),
                          None)
        measured = (target_col, metric_col) != (None, None)
        goal_cols = [i for i, name in enumerate(names) if self._is_goal_column(name, measured)]
        if not goal_cols and self.section_class() == GOAL and (owner_col, due_col) != (None, None) \
                and 0 not in (owner_col, due_col) and not any(
                    name in self.vocab.table_results for name in names):
            # "## Goals" over "Name | Status | Owner | Target date": the first column names
            # each goal.
            goal_cols = [0]
        if not goal_cols and target_col is not None and (owner_col, due_col) != (None, None):
            # "# | Target | Owner | Due": with no Goal column, the Target column holds
            # the goals; an Owner or Due column says the rows are commitments.
            goal_cols, target_col = [target_col], None
        if not goal_cols or self.section_class() == QUIET:
            return
        archived = any(self.vocab.archived.search(_label(h.text)) for h in self.headings[1:])
        if not archived and any(name in self.vocab.table_results for i, name in enumerate(names)
                                if i not in goal_cols):
            return  # "KR | Target | Actual | Score": the results of a cycle, not goals
        for line, cells, source_line in rows:
            owner = _cell(cells, owner_col)
            due = _cell(cells, due_col)
            target = _measure(_cell(cells, metric_col), _cell(cells, target_col))
            for col_index in goal_cols:
                text = squash(_cell(cells, col_index) or "")
                found = self._judge(text, GOAL, "table")
                if found is None and target and len(text.split()) == 1:
                    # "Events" | "Talks delivered" | "20": a one-word name is too little
                    # alone, but with its measure the row states a goal.
                    found = self._judge(f"{text.rstrip('.')}: {target}", GOAL, "table")
                if found is None:
                    continue
                if target and target.lower() not in found[0].lower():
                    # The row's Target cell completes its goal ("Close time: 5 or fewer").
                    found = (f"{found[0].rstrip('.')}: {target}", *found[1:])
                periods = self.periods()
                if due:
                    periods = (PeriodHint(due, f"{header[due_col]} cell '{_short(due)}' "
                                                f"(line {line})", own=True), *periods)
                col = max(source_line.find(found[0][:12]), 0) + 1
                self.candidates.append(Candidate(
                    text=found[0], line=line, col=col, kind="table",
                    why=f"column '{header[col_index]}'", section=self.section(),
                    periods=periods, owner=owner or None,
                    owner_source=(f"{header[owner_col]} cell (line {line})" if owner else None),
                    source_line=source_line[:MAX_LINE_CHARS]))

    def _is_goal_column(self, name: str, measured: bool = False) -> bool:
        """ "Goal", "Key result", and qualified ones ("Hiring goal", "Q1 goal"), but not
        "Goal owner" or "Goal status"; "Initiative" only beside a Target or Metric column
        (``measured``), which makes its rows measured commitments rather than a to-do list."""
        if name in self.vocab.table_goal or (measured and name in self.vocab.table_measured_goal):
            return True
        words = name.split()
        return (len(words) <= 3 and self.vocab.table_goal_word.search(name) is not None
                and not any(w in self.vocab.table_not_goal for w in words))

    # -- judging

    def _label_class(self, text: str) -> str | None:
        """The class a label line ("Key results:", "**Risks**") gives what follows."""
        if not self._is_label(text):
            return None
        return heading_class(text, self.vocab)

    @staticmethod
    def _is_label(text: str) -> bool:
        # "Company goals agreed for Q1 (Lena to write them up):": an aside is not counted
        words = _ASIDE.sub(" ", text).strip("*_ ").split()
        return 0 < len(words) <= 6 and text.rstrip("*_ ").endswith(":")

    def _judge(self, text: str, cls: str | None, kind: str) -> tuple[str, str, str] | None:
        """(goal text, why, kind) when ``text`` reads as a goal here, else None."""
        # A quiet title ("Sprint goal log") still lets lines its writer labelled "Goal:"
        # through; a quiet section ("## Results") silences even those.
        titled_quiet = cls == QUIET and self._quiet_by_title()
        if (cls == QUIET and not titled_quiet) or not text:
            return None
        box = _CHECKBOX.match(text)
        if box:
            if box.group("mark") != " ":
                return None  # a ticked box is done, not a commitment
            text = text[box.end():]
        text = _LEAD_NOISE.sub("", text)
        prefixed = self._prefix(text)
        if prefixed is not None:
            label, rest = prefixed
            if label in self.vocab.quiet_prefixes:
                return None
            if label in self.vocab.goal_prefixes:
                return (rest, f"prefix '{label}'", "prefixed") if _plausible(rest, self.vocab) \
                    else None
            body = rest  # an owner or team prefix ("Sales: ...") stays part of the goal
        else:
            body = text
        if titled_quiet:
            return None
        if not _plausible(text, self.vocab) or not _plausible(body, self.vocab):
            return None
        opening = _opening(body, self.vocab)
        if cls == GOAL:
            if kind in ("item", "table"):
                return text, "goals section", kind
            if _NEGATED.match(opening):
                return None  # "We will not migrate ...": a non-goal
            if self.vocab.commitment.match(opening):
                after = self.vocab.commitment.sub("", opening, count=1).strip()
                if self._process_at(after):
                    return None  # "We will review progress monthly"
                return text, "goals section", kind
            if self._opens_goal(opening, soft=True) or self._modal_goal(opening):
                return text, "goals section", kind
            if kind == "paragraph" and self._acts(opening) and (
                    _measured(opening) or _PROSE_MEASURED.search(opening)):
                # "Move 25% of new matters onto fixed fees by Q4": a goals section's prose,
                # an imperative with an amount and a time, as its list items would be
                return text, "goals section", kind
            return None
        if _GOAL_STATEMENT.match(opening):
            return text, "goal statement", kind
        ahead = cls == AHEAD
        if self.vocab.commitment.match(opening) and not _NEGATED.match(opening):
            after = self.vocab.commitment.sub("", opening, count=1).strip()
            if ahead and self._opens_goal(after, soft=True) and not \
                    self._process_at(after):
                return text, "commitment", kind
            if self.planning and self._opens_goal(after, soft=False):
                return text, "commitment", kind
            if self.planning and kind == "paragraph" and self._opens_goal(after, soft=True) \
                    and not self._process_at(after):
                # "I want us to get better at estimating", in a plan's prose
                return text, "commitment", kind
            if (ahead or (self.planning and kind == "paragraph")) and self._wished_state(after):
                return text, "commitment", kind
            return None
        if (self.planning or ahead) and kind == "item" and self.vocab.change.match(opening):
            return text, "change verb in a plan", kind
        if self.planning and kind == "item" and self._period_section() and self._acts(opening):
            return text, "item under a period heading in a plan", kind
        if kind == "item" and self._period_section() and self._opens_goal(opening, soft=False):
            # a README's "## This quarter" list: what is to be changed or delivered by then
            return text, "item under a period heading", kind
        if self.planning and kind == "item" and self._acts(opening) and _measured(opening):
            return text, "measured commitment in a plan", kind
        if self.planning and kind == "item" and self._acts(opening) and _DATED.search(opening):
            return text, "dated commitment in a plan", kind
        if self.planning and kind == "item" and cls is None and self._acts(opening) and \
                not self._process_at(opening) and not _PAST_STATE.search(opening):
            return text, _TENTATIVE, kind
        if self.planning and kind == "paragraph" and self._acts(opening) and \
                _PROSE_MEASURED.search(opening):
            return text, "measured commitment in a plan", kind
        return None

    def _period_section(self) -> bool:
        """Whether the nearest heading is a period, perhaps with a theme ("H1 2027:
        reliability"), below the title: in a plan, what it lists is to be done by then."""
        heading = self.headings[-1]
        if heading.level < 2 or heading.period is None:
            return False
        rest = _PERIODISH.sub(" ", _label(heading.text))
        return len(_WORD.findall(rest)) <= 4

    def _acts(self, text: str) -> bool:
        """Whether ``text`` opens with a verb of action that is not mere process."""
        word = _first_word(text)
        if word.startswith("re-"):
            word = word[3:]  # "Re-tender the cleaning contract": tender again
        return word in _verbs() and not self._process(word)

    def _modal_goal(self, text: str) -> bool:
        """ "Staff should give better feedback", "Every pupil will read daily": a subject
        bound by a modal to an outcome; "The committee will review ..." is process."""
        match = _MODAL.match(text)
        if match is None:
            return False
        subject = match.group("subject")
        if subject.split()[0].lower() in self.vocab.not_subjects:
            return False
        # "Each goal will have an owner", "The targets below will be reviewed": about the
        # goals, not one of them.
        if self.vocab.table_goal_word.search(subject) or _ABOUT_TEXT.search(subject):
            return False
        return not self._process_at(text[match.start("verb"):])

    def _process_at(self, text: str) -> bool:
        """Whether ``text`` opens with process: a process verb or phrase ("find out")."""
        return self._process(_first_word(text)) or bool(self.vocab.process_phrase.match(text))

    def _process(self, verb: str) -> bool:
        """Whether a verb (or its participle: "reviewed") names process, not an outcome."""
        verb = verb.lower()
        stems = (verb, verb[:-1], verb[:-2]) if verb.endswith("ed") else (verb,)
        return any(stem in self.vocab.process_verbs for stem in stems)

    def _wished_state(self, text: str) -> bool:
        """ "(We want) EMEA to be the region everyone talks about", "(we want) partners to
        feel like part of the team": what someone or something is to become, not a task
        for them ("(we want) Ana to review the deck" is process)."""
        match = _WISHED_STATE.match(text)
        if match is None:
            return False
        who = match.group("who").split()[0].lower()
        # "(I'd love) this to be the team people join": here "this" is the team itself
        return (who in ("this", "these") or who not in self.vocab.not_subjects) and not (
            self._process_at(match.group("rest")))

    def _introduces_list(self, text: str) -> bool:
        """Whether a paragraph ends by announcing goals: "... In 2027 we will:"."""
        if not text.endswith(":"):
            return False
        last = sentences(text)[-1][1].rstrip(": ")
        opening = _opening(last, self.vocab)
        return bool(self.vocab.commitment.fullmatch(opening))

    def _opens_goal(self, text: str, soft: bool) -> bool:
        if self.vocab.change.match(text) or self.vocab.deliver.match(text):
            return True
        return soft and bool(self.vocab.soft.match(text) or self.vocab.commitment.match(text))

    def _prefix(self, text: str) -> tuple[str, str] | None:
        match = _NUMBERED_PREFIX.match(text) or _PREFIX.match(text)
        if not match:
            return None
        label = _LETTER_TAG.sub("", _label(match.group("label")))  # "Objective A", "KR B2"
        if label in ("q", "h") and match.groupdict().get("num") in ("1", "2", "3", "4"):
            return None  # "Q1: 8 new logos": the quarter is the goal's own time, not a label
        return label, match.group("rest").strip()

    def _emit(self, found: tuple[str, str, str], line: int, col: int, source_line: str) -> None:
        text, why, kind = found
        where = source_line.find(text[:12], max(col - 1, 0))
        if where >= 0:
            col = where + 1
        self.candidates.append(Candidate(
            text=text, line=line, col=col, kind=kind, why=why, section=self.section(),
            periods=self.periods(), owner=getattr(self, "_owner", None),
            owner_source="front matter" if getattr(self, "_owner", None) else None,
            source_line=source_line[:MAX_LINE_CHARS], tentative=why == _TENTATIVE))


# A number and, after it, a deadline word: "get down to 85 kg by June 30".
_MEASURED = re.compile(r"\d[^.;:!?]{0,80}?\b(?:by|before|until|due|through|thru|in under)\b",
                       re.IGNORECASE)


# A "by" or "before" and the start of a date: "by the end of Q3", "before mid-March".
_BY = r"\b(?:by|before)\s{1,3}(?:the\s{1,3}end\s{1,3}of\s{1,3}|end\s{1,3}of\s{1,3}|mid-?)?"
_WHEN = (r"Q[1-4]|H[12]|FY|(?:19|20)\d\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
         r"year-end")

# In prose the bar is higher: an amount (not "tier-1") and a dated "by"/"before" ("Close
# a £10M round by June 2027"), as background prose has numbers and "through" too.
_PROSE_MEASURED = re.compile(
    rf"(?<![\w-])[$£€]?\d[^.;:!?]{{0,80}}?{_BY}(?:{_WHEN}|\d|next|this|the\s{{1,3}}end)",
    re.IGNORECASE)


# A dated "by"/"before": "Consolidate the three tools onto one by June 30".
_DATED = re.compile(rf"{_BY}(?:{_WHEN}|\d{{1,2}}\s)", re.IGNORECASE)


def _measured(text: str) -> bool:
    """Whether an item names an amount and a time to reach it: a plan's list item that
    does ("run a sub-28 5k before the end of March") commits to a result."""
    return _MEASURED.search(text) is not None


def _measure(metric: str | None, target: str | None) -> str | None:
    """A row's Metric and Target cells read together ("Docs NPS: +25"), completing its goal."""
    if metric and target:
        return f"{metric.rstrip('.:')}: {target}"
    return metric or target


def _cell(cells: list[str], index: int | None) -> str | None:
    if index is None or index >= len(cells):
        return None
    value = squash(cells[index])
    return value if value and value not in {"-", "—", "–", "n/a", "N/A", "TBD?"} else None


def _plausible(text: str, vocab: _Vocabulary) -> bool:
    """Shape checks every goal must pass: a few words, not a question, not a report."""
    if not text or len(text) > MAX_CANDIDATE_CHARS:
        return False
    words = text.split()
    if len(words) < 2 or len(words) > MAX_CANDIDATE_WORDS:
        return False
    if text.rstrip().endswith(("?", ":")) or _DONE_MARK.search(text):
        return False
    opening = _LEAD_ADVERBIAL.sub("", text)
    # (a past time in brackets is an aside: "Recruit 40 firefighters (we missed this last
    # year)")
    if vocab.question.match(opening) or vocab.past.match(opening) or _PAST_TIME.search(
            _BRACKETED.sub("", text)):
        return False
    if _reports_past(opening, vocab) or is_assignment(opening, vocab):
        return False
    if vocab.status.search(text):
        return False  # "ARR is forecast to close the year at $31.4M": a forecast
    if _REFERENCES.match(text):
        return False  # "O1 KR3, KR4": names goals stated elsewhere
    # Links, paths and code-like strings are not goals.
    return sum(ch.isalpha() for ch in text) >= len(text) * 0.5


# Goal labels alone, as an owners table lists them ("O1 KR1, KR2", "KR1 to KR4").
_REFERENCES = re.compile(
    r"^(?:(?:o|obj|okr|kr|goal|objective)\s?\d{1,3}(?:\.\d{1,3})?[.,;]?\s{0,3}"
    r"(?:(?:and|to|&|-|–|/)\s{1,3})?){1,12}$", re.IGNORECASE)


# "Ana to send ...", "@raj and Li to book ...": names handed a task (bounded repetition).
_ASSIGNMENT = re.compile(
    r"^@?(?P<first>[A-Z][\w'-]{0,30})(?:\s[A-Z]\.)?(?:\s{0,2}(?:,|and|&|/)\s{0,2}@?[A-Z][\w'-]{0,30}){0,3}"
    r"\s+to\s+[a-z]")


def is_assignment(text: str, vocab: _Vocabulary) -> bool:
    """Whether ``text`` hands a task to named people ("Ana to send the deck")."""
    match = _ASSIGNMENT.match(text)
    if match is None:
        return False
    first = match.group("first").lower()
    # "Grow to 50 customers", "Talk to customers more": a verb, not a name, opens the line.
    return (first not in vocab.team_subjects and first not in _verbs()
            and first not in vocab.process_verbs)


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Every verb the word lists know, as one-word lemmas."""
    from goalsmith.catalogue import verb_lemmas

    words = set(verb_lemmas())
    lang = load_data("lint")["language"]
    for key in ("change_verbs", "deliver_verbs", "soft_openers", "extra_verbs"):
        words.update(v.split()[0] for v in lang.get(key, []))
    return frozenset(words)


_BRACKETED = re.compile(r"\([^()\n]{0,200}\)")
_PAST_TIME = re.compile(r"\b(?:last|previous|prior) (?:week|month|quarter|year|half|cycle)\b|"
                        r"\byesterday\b|\bago\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z'-]+")


_BEFORE_INFINITIVE = frozenset({"to", "will", "shall", "should", "must", "can", "could", "would",
                                "may", "might"})


def _first_word(text: str) -> str:
    match = _WORD.match(text)
    return match.group(0).lower() if match else ""


def _reports_past(text: str, vocab: _Vocabulary) -> bool:
    """ "Pipeline grew 12%" reports; "VP Talent hired by March" and "Portal launched" commit."""
    labelled = _PREFIX.match(text[:120])  # "Sam: triple closed ARR ...": read after "Sam:"
    words = _WORD.findall(labelled.group("rest") if labelled else text[:120])
    for index, word in enumerate(words[1:5], start=1):
        previous = words[index - 1].lower()
        if previous in _BEFORE_INFINITIVE or previous.endswith("'ll"):
            continue  # "We aim to see ...", "We will see ...": not a report
        if vocab.past.fullmatch(word):
            rest = words[index + 1:]
            if rest and rest[0].isalpha() and words[0].lower() in _verbs():
                return False  # "Increase signed contracts to 40": a participle before a noun
            return bool(rest) and rest[0].lower() not in {"by", "in", "before", "within", "and"}
    return False


# ----------------------------------------------------------------- front matter

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(?P<body>.{0,20000}?)\n(?:---|\.\.\.)[ \t]*\n",
                           re.DOTALL)
_FM_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w -]{0,40}):\s*(?P<value>.*)$")


def _front_matter(text: str) -> tuple[dict[str, tuple[str, int]], str]:
    """Simple ``key: value`` front matter, and the text with it blanked (lines kept)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    fields: dict[str, tuple[str, int]] = {}
    for number, raw in enumerate(match.group("body").split("\n"), start=2):
        found = _FM_LINE.match(raw)
        if found:
            value = found.group("value").strip().strip("'\"")
            if value:
                fields[found.group("key").strip().lower()] = (value, number)
    blank = "\n" * match.group(0).count("\n")
    return fields, blank + text[match.end():]


def _apply_front_matter(reader: _Reader, fields: dict[str, tuple[str, int]]) -> None:
    title = fields.get("title")
    period = next((fields[k] for k in _PERIOD_KEYS() if k in fields
                   and _states_period(k, fields[k][0])), None)
    owner = fields.get("owner")
    if title or period or owner:
        reader.front_matter(title[0] if title else None, period[0] if period else None,
                            (period or title or owner or ("", 1))[1],
                            owner[0] if owner else None)


@lru_cache(maxsize=1)
def _PERIOD_KEYS() -> tuple[str, ...]:
    period = load_data("lint")["period"]
    return (*period["keys"], *period["year_keys"])


@lru_cache(maxsize=1)
def _YEAR_KEYS() -> frozenset[str]:
    return frozenset(load_data("lint")["period"]["year_keys"])


_NAMES_YEAR = re.compile(r"\b(?:(?:19|20)\d\d|FY\s?'?\d{2,4})\b", re.IGNORECASE)


def _states_period(key: str, value: str) -> bool:
    """ "Year: 2027" states a period; "Year: 4" (a school year group) does not."""
    return key not in _YEAR_KEYS() or bool(_NAMES_YEAR.search(value))


def _is_planning(headings: Iterable[str], fields: dict[str, tuple[str, int]],
                 vocab: _Vocabulary) -> bool:
    texts = [*headings, *(v for v, _ in fields.values())]
    return any(vocab.planning.search(t) or vocab.goal_heading.search(t) for t in texts)


# ----------------------------------------------------------------- Markdown


@lru_cache(maxsize=1)
def _markdown() -> object:
    from markdown_it import MarkdownIt

    # CommonMark plus tables; raw HTML is parsed (so comments are recognised) but not read.
    # Inline parsing runs later, only on the short texts that may be goals: on a huge
    # paragraph of brackets it can take seconds.
    return MarkdownIt("commonmark", {"maxNesting": 20}).enable("table").disable(
        ["inline", "text_join"])


def _inline_text(token: object) -> str:
    """The readable text of an inline token: no code, HTML, images or link targets."""
    content = getattr(token, "content", "")
    if len(content) > MAX_LINE_CHARS:
        return ""
    md = _markdown()
    children = md.inline.parse(content, md, {}, [])  # type: ignore[attr-defined]
    parts: list[str] = []
    for child in children:
        kind = child.type
        if kind == "text":
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append("\n")  # kept, so that a sentence knows its source line
        elif kind == "code_inline":
            parts.append(" ")
    return "".join(parts)


def scan_markdown(text: str, vocab: _Vocabulary | None = None) -> list[Candidate]:
    """Goal candidates of a Markdown document."""
    vocab = vocab or vocabulary()
    fields, body = _front_matter(text)
    lines = body.split("\n")
    if any(len(line) > MAX_LINE_CHARS for line in lines):
        # Such lines are no goals, and the inline parser can be slow on them: blank them.
        lines = ["" if len(line) > MAX_LINE_CHARS else line for line in lines]
        body = "\n".join(lines)
    tokens = _markdown().parse(body)  # type: ignore[attr-defined]
    heading_texts = [nxt.content for tok, nxt in itertools.pairwise(tokens)
                     if tok.type == "heading_open"]
    reader = _Reader(vocab, _is_planning(heading_texts[:50], fields, vocab))
    _apply_front_matter(reader, fields)
    quote_depth = 0
    list_depth = 0
    item_open: list[bool] = []  # per open list item: has its first paragraph been read?
    heading_level = 0
    in_table = False
    header: list[str] = []
    rows: list[tuple[int, list[str], str]] = []
    row: list[str] = []
    row_line = 0
    in_head = False
    for token in tokens:
        kind = token.type
        if kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind == "list_item_open":
            item_open.append(False)
        elif kind == "list_item_close":
            item_open.pop()
        elif kind == "heading_open":
            heading_level = int(token.tag[1:])
        elif kind == "table_open":
            in_table, header, rows = True, [], []
        elif kind == "table_close":
            in_table = False
            if quote_depth == 0:
                reader.table(header, rows)
        elif kind == "thead_open":
            in_head = True
        elif kind == "thead_close":
            in_head = False
        elif kind == "tr_open":
            row = []
            row_line = token.map[0] + 1 if token.map else 0
        elif kind == "tr_close":
            if in_head:
                header = row
            else:
                rows.append((row_line, row, _line(lines, row_line)))
        elif kind == "inline":
            if in_table:
                row.append(_inline_text(token))
                continue
            if quote_depth or not token.map or len(token.content) > MAX_LINE_CHARS:
                continue
            line = token.map[0] + 1
            source_line = _line(lines, line)
            if heading_level:
                title = _inline_text(token)
                reader.heading(heading_level, title, line)
                reader.heading_goal(title, line, source_line)
                heading_level = 0
                continue
            for offset, raw in enumerate(token.content.split("\n")):
                reader.period_line(raw, line + offset)
            plain = _inline_text(token)
            col = len(source_line) - len(source_line.lstrip()) + 1
            if item_open and not item_open[-1]:
                item_open[-1] = True
                reader.item(plain, line, col, list_depth, source_line)
            elif not item_open:
                reader.paragraph(plain, line, lines[line - 1:token.map[1]])
    reader.close_lists()
    return sorted(reader.candidates, key=lambda c: (c.line, c.col))


def _line(lines: list[str], number: int) -> str:
    return lines[number - 1] if 0 < number <= len(lines) else ""


# ----------------------------------------------------------------- rst and plain text

_UNDERLINE = re.compile(r"^([=\-~^\"'`#*+<>:_.])\1{2,}\s*$")
# "2.1  Enrol 2,400 students": an outline number is a marker only before a capitalised word,
# so that a wrapped line opening "2.5 million ..." stays in its paragraph.
_OUTLINE_NUMBER = r"\d{1,3}(?:\.\d{1,3}){1,3}\.?"
_BULLET = re.compile(r"^(?P<indent>\s{0,40})(?P<marker>[-*+•‣◦]|\d{1,3}[.)]|#\.|[a-z][.)]|"
                     rf"{_OUTLINE_NUMBER}(?=\s{{1,8}}[A-Z][a-z]))\s+(?P<text>\S.*)$")
# A Markdown paragraph line numbered as an outline ("2.1 Recruit 60 new volunteers") or
# lettered ("a. Mis-picks fall below 0.2%", "(b) ..."), which Markdown reads as no list.
_OUTLINE_LINE = re.compile(rf"^\s{{0,3}}(?:{_OUTLINE_NUMBER}|[a-z][.)]|\([a-z]\))"
                           rf"\s{{1,8}}(?P<text>[A-Z].*)$")
_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
_CAPS_TITLE = re.compile(r"^[A-Z0-9][A-Z0-9 .&/,'()–—-]{2,80}$")
_RST_FIELD = re.compile(r"^:(?P<key>[^:]{1,40}):\s*(?P<value>.*)$")
_DIRECTIVE = re.compile(r"^\s*\.\.(?:\s|$)")


def scan_lines(text: str, rst: bool, vocab: _Vocabulary | None = None) -> list[Candidate]:
    """Goal candidates of a reStructuredText or plain-text document (line based)."""
    vocab = vocab or vocabulary()
    lines = text.split("\n")
    headings, overlines = _line_headings(lines, rst)
    fields = _rst_fields(lines) if rst else {}
    title_lines = () if rst else _text_title(lines, headings, vocab)
    title = " ".join(lines[n - 1].strip() for n in title_lines)
    reader = _Reader(vocab, _is_planning(
        ([title] if title else []) + [t for _, t, _ in headings.values()][:50], fields, vocab))
    if title:
        reader.front_matter(title, None, title_lines[0])
    _apply_front_matter(reader, fields)
    skip_indent: int | None = None  # inside a literal block, directive or comment
    paragraph: list[tuple[int, str]] = []
    number = 0
    no_table_until = 0

    def flush() -> None:
        if paragraph:
            first_line, first = paragraph[0]
            joined = " ".join(raw.strip() for _, raw in paragraph)
            bullet = _BULLET.match(first)
            if bullet:
                col = len(bullet.group("indent")) + len(bullet.group("marker")) + 2
                depth = len(bullet.group("indent")) // 2 + 1
                reader.item(_strip_bullet(joined), first_line, col, depth, first)
            else:
                for offset, (_, raw) in enumerate(paragraph):
                    reader.period_line(raw, first_line + offset)
                reader.paragraph("\n".join(raw.strip() for _, raw in paragraph), first_line,
                                 [raw for _, raw in paragraph])
            paragraph.clear()

    while number < len(lines):
        raw = lines[number]
        number += 1
        if len(raw) > MAX_LINE_CHARS:
            flush()
            continue
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip())
        if skip_indent is not None:
            if not stripped or indent > skip_indent:
                continue
            skip_indent = None
        if number in overlines or number in title_lines:
            continue
        if stripped[:1] in ("=", "+") and number > no_table_until:
            table = _line_table(lines, number - 1)
            if isinstance(table, int):
                no_table_until = table  # no table here: never scan these lines again
            else:
                flush()
                header, rows, number = table
                reader.table(header, rows)
                continue
        if number in headings:
            flush()
            level, title, consumed = headings[number]
            reader.heading(level, title, number)
            reader.heading_goal(title, number, raw)
            number += consumed
            continue
        if not stripped:
            flush()
            continue
        if rst and _LIST_TABLE.match(raw):
            flush()
            listed = _list_table(lines, number - 1)
            if listed is not None:
                header, rows, number = listed
                reader.table(header, rows)
                continue
        if rst and _DIRECTIVE.match(raw):
            flush()
            skip_indent = indent
            continue
        if rst and _RST_FIELD.match(stripped):
            flush()
            continue
        if _BULLET.match(raw) or (paragraph and indent < _indent(paragraph[0][1])):
            flush()
        paragraph.append((number, raw))
        if rst and stripped.endswith("::"):
            flush()
            skip_indent = indent
    flush()
    reader.close_lists()
    return sorted(reader.candidates, key=lambda c: (c.line, c.col))


def _text_title(lines: list[str], headings: dict[int, tuple[int, str, int]],
                vocab: _Vocabulary) -> tuple[int, ...]:
    """The 1-based lines of a plain-text document's title, when it has one that is not
    underlined: its first line, in capitals ("RUNNING + WEIGHT PLAN", on one or two lines)
    or set apart as a title ("MY GOALS FOR 2027 -- money + work" over a blank line or a
    "(written ...)" note). Read as the document's title, it holds for every section below,
    as a Markdown title does, instead of being replaced by the first section heading."""
    first = next((n for n, raw in enumerate(lines[:20]) if raw.strip()), None)
    if first is None:
        return ()
    title = lines[first].strip()
    following = lines[first + 1].strip() if first + 1 < len(lines) else ""
    if first + 1 in headings:
        if headings[first + 1][2]:
            return ()  # underlined: a heading style the document uses again
        second = first + 2
        if second in headings and not headings[second][2]:
            return first + 1, second  # a title set on two lines of capitals
        if _names_plan(following, vocab):
            return first + 1, second  # "CRICKET CLUB" over "Committee goals for 2027"
        return (first + 1,)
    # Set apart by a blank line or a "(written ...)" note, or naming a plan itself
    # ("GOALS FOR 2027 - me (Dev, founder)" over "written 28 nov ...").
    apart = not following or following.startswith("(") or bool(
        vocab.planning.search(_label(title)))
    if not (_title_like(title) and ": " not in title and any(ch.isalpha() for ch in title)):
        return ()
    if apart:
        return (first + 1,)
    if title.isupper() and _names_plan(following, vocab):
        return first + 1, first + 2
    return ()


def _title_like(line: str) -> bool:
    """A short line that is no list item and no sentence: it may be (part of) a title."""
    return 0 < len(line) <= 80 and not _BULLET.match(line) and line[-1] not in ".!?:;,"


def _names_plan(line: str, vocab: _Vocabulary) -> bool:
    """Whether a line under a capitalised title is a subtitle naming the plan ("Committee
    goals for the 2027 season"): it then belongs to the title."""
    label = _label(line)
    return _title_like(line) and bool(vocab.planning.search(label)
                                      or vocab.goal_heading.search(label))


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _strip_bullet(text: str) -> str:
    match = _BULLET.match(text)
    return match.group("text") if match else text


def _line_headings(lines: list[str], rst: bool) -> tuple[dict[int, tuple[int, str, int]],
                                                         set[int]]:
    """Headings by 1-based line, (level, title, extra lines consumed), and the lines that
    are overlines. A title with an overline is a style of its own, as in reStructuredText:
    "Plan 2027" between two rules of "=" ranks above sections underlined with "="."""
    found: dict[int, tuple[int, str, int]] = {}
    overlines: set[int] = set()
    styles: list[str] = []
    for index, raw in enumerate(lines):
        if len(raw) > MAX_LINE_CHARS or index + 1 in overlines:
            continue
        title = raw.strip()
        if not title:
            continue
        nxt = lines[index + 1] if index + 1 < len(lines) else ""
        # "2. GOALS FOR 2027" over a full-length underline is a numbered heading, not an item.
        underlined = _UNDERLINE.match(nxt) and not _UNDERLINE.match(raw) and len(nxt.strip()) >= \
            (len(title) if _BULLET.match(raw) else min(len(title), 3))
        if underlined:
            prev = lines[index - 1].strip() if index > 0 else ""
            overlined = bool(prev) and prev == nxt.strip() and len(prev) >= len(title)
            style = ("over " if overlined else "") + nxt.strip()[0]
            if style not in styles:
                styles.append(style)
            if overlined:
                overlines.add(index)  # the 1-based number of the line above
            found[index + 1] = (styles.index(style) + 1, title, 1)
        elif not rst:
            md = _MD_HEADING.match(raw)
            if md:
                found[index + 1] = (len(md.group("hashes")), md.group("text"), 0)
            elif _CAPS_TITLE.match(title) and any(ch.isalpha() for ch in title):
                found[index + 1] = (1, title, 0)  # "SUPPORT TEAM PLAN Q2 2027"
            elif _stands_over_list(lines, index):
                found[index + 1] = (2, title, 0)  # "NOT GOALS, just reminders to self"
    return found, overlines


def _stands_over_list(lines: list[str], index: int) -> bool:
    """Whether a short plain line after a blank line heads the list below it, directly
    ("money stuff (not goals, just notes)" over "- ...") or after a blank line."""
    if index == 0 or not _title_like(lines[index].strip()):
        return False
    if lines[index - 1].strip() or index + 1 >= len(lines):
        return False
    below = index + 1 if lines[index + 1].strip() else index + 2
    return below < len(lines) and bool(_BULLET.match(lines[below]))


# reStructuredText tables: a simple table's column rules ("=====  ====") and a grid
# table's borders ("+-----+----+", "+=====+====+" under the header).
_SIMPLE_RULE = re.compile(r"^\s{0,40}=+(?:[ \t]+=+){1,40}\s*$")
_GRID_RULE = re.compile(r"^\s{0,40}\+(?:[-=]+\+){1,40}\s*$")
_MAX_TABLE_LINES = 100_000  # beyond any table a 2 MB document (max_file_size) can hold
Row = tuple[int, list[str], str]


Table = tuple[list[str], list[Row], int]


def _line_table(lines: list[str], start: int) -> Table | int:
    """The header, rows and end (0-based index after the table) of a simple or grid table
    whose top border is ``lines[start]``; when no table with a header starts there, the
    index up to which the lines were read (so that no line is read twice)."""
    border = lines[start]
    if _SIMPLE_RULE.match(border):
        return _simple_table(lines, start)
    if _GRID_RULE.match(border):
        return _grid_table(lines, start)
    return start + 1


_ASIDE = re.compile(r"\([^()\n]{0,120}\)")
_LIST_TABLE = re.compile(r"^\s{0,20}\.\.\s+list-table::")
_HEADER_ROWS = re.compile(r"^\s{1,40}:header-rows:\s*(\d{1,2})\s*$")
_LIST_ROW = re.compile(r"^(\s{1,40})\*\s+-\s+(.*)$")  # "* - first cell"
_LIST_CELL = re.compile(r"^(\s{1,40})-(?:\s+(.*))?$")  # "  - next cell" (or an empty one)


def _list_table(lines: list[str], start: int) -> Table | None:
    """A ``.. list-table::`` directive with a header row: its header, rows (each at the
    line of its first cell) and the index after it; None when it has no header row."""
    header_rows = 0
    rows: list[Row] = []
    index = start + 1
    while index < min(len(lines), start + _MAX_TABLE_LINES):
        raw = lines[index]
        if raw.strip() and not raw[:1].isspace():
            break  # back at the margin: the directive's body has ended
        index += 1
        option = _HEADER_ROWS.match(raw)
        if option:
            header_rows = int(option.group(1))
            continue
        row = _LIST_ROW.match(raw)
        cell = _LIST_CELL.match(raw)
        if row:
            rows.append((index, [row.group(2).strip()], raw))
        elif cell and rows:
            rows[-1][1].append((cell.group(2) or "").strip())
        elif raw.strip() and rows:
            cells = rows[-1][1]
            cells[-1] = squash(f"{cells[-1]} {raw.strip()}")  # a cell's next line
    if header_rows < 1 or len(rows) <= header_rows:
        return None
    header = [" ".join(parts) for parts in zip(*(cells for _, cells, _ in rows[:header_rows]),
                                               strict=False)]
    return header, rows[header_rows:], index


def _cut(line: str, starts: list[int]) -> list[str]:
    """A line cut into cells at the columns' start positions (the last runs to the end)."""
    ends = [*starts[1:], len(line) + 1]
    return [line[a:b].strip() for a, b in zip(starts, ends, strict=True)]


def _merge(cells: list[str], more: list[str]) -> list[str]:
    return [squash(f"{a} {b}") for a, b in zip(cells, more, strict=True)]


def _simple_table(lines: list[str], start: int) -> Table | int:
    starts = [m.start() for m in re.finditer(r"=+", lines[start])]
    segments: list[list[Row]] = [[]]
    index = start + 1
    while index < min(len(lines), start + _MAX_TABLE_LINES):
        raw = lines[index]
        index += 1
        if _SIMPLE_RULE.match(raw):
            if index >= len(lines) or not lines[index].strip():
                break  # the closing rule
            segments.append([])
            continue
        if not raw.strip() or re.fullmatch(r"\s*-[-\s]*", raw):
            continue  # blank lines and column-span rules inside a table
        cells = _cut(raw, starts)
        rows = segments[-1]
        if rows and not cells[0]:
            line, previous, source = rows[-1]
            rows[-1] = (line, _merge(previous, cells), source)  # a continuation line
        else:
            rows.append((index, cells, raw))
    else:
        return index
    if len(segments) < 2 or not segments[0]:
        return index
    header = [" ".join(parts) for parts in zip(*(cells for _, cells, _ in segments[0]),
                                               strict=True)]
    return header, [row for segment in segments[1:] for row in segment], index


def _grid_table(lines: list[str], start: int) -> Table | int:
    bounds = [i for i, ch in enumerate(lines[start]) if ch == "+"]
    starts = [b + 1 for b in bounds[:-1]]
    header: list[str] | None = None
    rows: list[Row] = []
    current: Row | None = None
    index = start + 1
    while index < min(len(lines), start + _MAX_TABLE_LINES):
        raw = lines[index]
        if _GRID_RULE.match(raw):
            if current is not None:
                if "=" in raw and header is None and not rows:
                    header = current[1]
                else:
                    rows.append(current)
            current = None
            index += 1
            continue
        if not raw.lstrip().startswith("|"):
            break
        index += 1
        cells = [cell.strip(" |") for cell in _cut(raw[:bounds[-1]], starts)]
        current = (index, cells, raw) if current is None else \
            (current[0], _merge(current[1], cells), current[2])
    if header is None:
        return index
    return header, rows, index


def _rst_fields(lines: list[str]) -> dict[str, tuple[str, int]]:
    fields: dict[str, tuple[str, int]] = {}
    for number, raw in enumerate(lines[:200], start=1):
        match = _RST_FIELD.match(raw.strip())
        if match and match.group("value").strip():
            fields.setdefault(match.group("key").strip().lower(), (match.group("value").strip(),
                                                                   number))
    return fields


# ----------------------------------------------------------------- entry point


def overlong_lines(text: str) -> list[tuple[int, int]]:
    """(line number, length) of the lines too long to be read as goals: the readers blank
    them, so that a 10 MB line costs no parsing time, and the linter says so."""
    if len(text) <= MAX_LINE_CHARS:
        return []
    return [(number, len(line)) for number, line in enumerate(text.split("\n"), 1)
            if len(line) > MAX_LINE_CHARS]


def document_format(path: str | Path) -> str:
    """``markdown``, ``rst`` or ``text`` by file name (stdin and unknown: Markdown)."""
    name = str(path).lower()
    if name.endswith(RST_SUFFIXES):
        return "rst"
    if name.endswith((".txt", ".text")):
        return "text"
    return "markdown"


def find_candidates(text: str, fmt: str = "markdown", goal_headings: tuple[str, ...] = (),
                    quiet_headings: tuple[str, ...] = ()) -> list[Candidate]:
    """The goal candidates of a document, in document order."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    vocab = vocabulary(tuple(goal_headings), tuple(quiet_headings))
    if fmt == "markdown":
        return scan_markdown(text, vocab)
    return scan_lines(text, rst=(fmt == "rst"), vocab=vocab)
