"""What every criterion module shares: the goal under judgement and small readings of it.

The rules read only ``GoalParts`` (never the raw text again) plus the settings and
the goal's context. ``Judged`` carries what one criterion decided to the next: the
time-bound rules run first, because attainability and milestones depend on the
deadline they resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from goalsmith.catalogue import spelled
from goalsmith.data import load_data
from goalsmith.goal import Action, CharSpan, GoalParts, Metric, Target, Timeframe, reported
from goalsmith.settings import Settings
from goalsmith.verdict import Criterion, Finding, GoalContext

if TYPE_CHECKING:
    from goalsmith.catalogue import Lexicon

UNKNOWN_METRIC: dict[str, Any] = {}


@dataclass
class Outcome:
    """One criterion's verdict with the findings that explain it."""

    criterion: Criterion
    findings: list[Finding] = field(default_factory=list)


@dataclass
class Goal:
    """The goal under judgement, with the facts several criteria need."""

    parts: GoalParts
    settings: Settings
    context: GoalContext | None = None
    # Filled by the time-bound rules: the deadline that makes the goal time-bound.
    deadline: date | None = None
    deadline_source: str | None = None
    deadline_frame: Timeframe | None = None

    @property
    def today(self) -> date:
        return self.settings.today

    @cached_property
    def lexicon(self) -> Lexicon:
        """The word lists the goal is read with: shipped plus the user's ``[words]``."""
        from goalsmith.catalogue import vocabulary

        return vocabulary(self.settings.extra_words, self.settings.extra_metrics).lexicon

    @cached_property
    def targets(self) -> list[Target]:
        """Quantified targets of the goal (placeholders, and numbers in its "why", excluded)."""
        return [t for t in self._own_targets if t.kind != "placeholder"]

    @cached_property
    def placeholders(self) -> list[Target]:
        return [t for t in self._own_targets if t.kind == "placeholder"]

    @cached_property
    def _own_targets(self) -> list[Target]:
        # "... so that we can hire two AEs": the two AEs are the reason, not the target.
        reason = self.parts.reason
        if reason is None:
            return list(self.parts.targets)
        return [t for t in self.parts.targets
                if not (reason.span[0] <= t.span[0] and t.span[1] <= reason.span[1])]

    @cached_property
    def metric_info(self) -> Any | None:
        """The catalogue entry of the goal's metric, or None when it is not a known metric."""
        metric = self.parts.metric
        if metric is None or metric.kind == "abstract":
            return None
        return lookup_metric(metric.kpi or metric.text, self.settings.extra_metrics)

    @property
    def object_text(self) -> str:
        metric = self.parts.metric
        return metric.text if metric else ""

    @property
    def metric_words(self) -> str:
        """The metric's words as the product reports them ("the forecast" in "make the
        forecast more accurate"), else as read ("productive"), for findings to quote."""
        metric = self.parts.metric
        if metric is None:
            return ""
        shown = reported(metric)
        return (shown or metric).text

    @cached_property
    def names_deliverable(self) -> bool:
        """The object is a named artifact ("the partner portal"), whatever the verb."""
        metric = self.parts.metric
        # A bare noun phrase ("ops dashboard - by end of month") commits to nothing:
        # the artifact is named, but nothing says it is delivered.
        return (metric is not None and metric.kind == "deliverable"
                and self.parts.action is not None
                and not self._comparative_object and not self._counted_by_placeholder)

    @cached_property
    def is_deliverable(self) -> bool:
        """A delivery whose completion is a yes/no fact: a committed verb on a named artifact
        ("launch the partner portal") or a hire ("hire a VP Sales", "VP Talent hired")."""
        metric, action = self.parts.metric, self.parts.action
        if metric is None or action is None or not action.committal:
            return False
        if self._comparative_object or self._counted_by_placeholder:
            return False
        # "hold a progress meeting with every student", "set quotas for every AE": done for
        # each member of a whole, named set, which is checkable one by one.
        # (Unless its measure is still undecided, "..., with a target of TBD", or a
        # causative verb makes the outcome a complement: "make every sales call count".)
        if metric.kind != "abstract" and action.lemma in _HOLDING_VERBS and (
                self._whole_set_subject) and not self.placeholders:
            return True  # "Every ninth grader has an assigned advisor": checked one by one
        if metric.kind != "abstract" and action.direction in ("deliver", "reach") and (
                self._for_whole_set) and not self.placeholders and (
                action.lemma not in self.lexicon.causative_verbs):
            return True
        if metric.kind != "abstract" and action.lemma in self.lexicon.clearing_verbs and (
                self._for_whole_set) and not self.placeholders:
            return True  # "Fix all P1 bugs", "eliminate every open vulnerability"
        if metric.kind == "deliverable":
            # "Retire the legacy monolith", "quit smoking": ending one identified thing is
            # as much a yes/no fact as delivering one, whatever the verb's direction.
            return action.direction in ("deliver", "reach") or (
                action.lemma in self.lexicon.completion_verbs
                or action.lemma in self.lexicon.yes_no_verbs
                or action.lemma in self.lexicon.relocation_verbs)  # "convert all ... to LED"
        # "Call the 15 accounts flagged red": acting on a whole, known set is checkable;
        # "hire great engineers" (any number of them) is not.
        return (metric.kind == "population" and metric.kpi is None
                and action.direction == "deliver" and self._definite_set)

    def dates_deliverable(self, holder: Target) -> bool:
        """ "Publish the Local Plan review TBD", "... by X": an undecided word right after a
        named deliverable says when it is undecided (T judges that), not how much."""
        metric = self.parts.metric
        if metric is None or metric.kind != "deliverable" or not (
                holder.text.lower() in _UNDECIDED_WORDS
                or _UNDECIDED_DAY.fullmatch(holder.text) is not None):
            return False
        gap = holder.span[0] - metric.span[1]
        return 0 <= gap <= 3 and not self.parts.text[metric.span[1]:holder.span[0]].strip(" ,")

    @cached_property
    def _definite_set(self) -> bool:
        """The object opens with (or follows) a word that closes the set: "the", "all"."""
        metric = self.parts.metric
        if metric is None:
            return False
        lex = self.lexicon
        sets = lex.definite_sets
        words = metric.text.lower().split(maxsplit=2)
        # "hire the people the plan needs": "the" before a generic group ("people",
        # "customers") does not say how many; "all customers", "the 40 customers" do.
        if len(words) >= 2 and words[0] in lex.singular_openers and (
                words[1] in lex.generic_groups):
            return False
        before = self.parts.text[max(0, metric.span[0] - 16):metric.span[0]].split()
        return (bool(words) and words[0] in sets) or any(
            w.lower() in sets for w in before[-2:])

    @cached_property
    def extra_deliverable(self) -> tuple[Action, Metric] | None:
        """A further outcome of a compound goal that delivers one named thing ("explore
        pricing and publish a recommendation memo"): its action and object, else None."""
        lex = self.lexicon
        openers = lex.singular_openers | lex.definite_sets
        for action, metric in self.parts.extra_outcomes:
            if metric is None or not action.committal or metric.kind != "deliverable":
                continue
            words = metric.text.split(maxsplit=1)
            if not words or words[0].lower() not in openers:
                continue  # "hire UX designer", "respond to neglect": which one, how many?
            if action.direction in ("deliver", "reach") or action.lemma in (
                    lex.completion_verbs) or action.lemma in lex.yes_no_verbs:
                return action, metric
        return None

    @cached_property
    def _for_whole_set(self) -> bool:
        """The object opens with, or is followed by a preposition and, a whole-set word
        and a named group: "every service has ...", "... with every direct report", "...
        on all 20 open deals" (not "all channels" or "for everyone": those name no group
        beyond what the metric covers anyway)."""
        metric = self.parts.metric
        if metric is None:
            return False
        from goalsmith.catalogue import tokenize

        lex = self.lexicon
        whole = lex.definite_sets - lex.singular_openers
        window = self.parts.text[metric.span[0]:metric.span[1] + 80].lower()
        if not any(word in window for word in whole):
            return False  # cheap pre-check: most goals name no whole set
        toks = tokenize(metric.text)
        if len(toks) >= 2 and toks[0].low in whole:
            return _names_group(lex, toks, 1)
        # (in a stated result the verb comes first: "Sensors installed | in all 40 rooms")
        action, tail = self.parts.action, metric.span[1]
        if action is not None and 0 <= action.span[0] - tail <= 1:
            tail = action.span[1]
        after = tokenize(self.parts.text[tail:tail + 80])
        if len(after) < 3 or not (after[0].low in lex.scope_prepositions
                                  or after[0].low in _SET_LINKS) or after[1].low not in whole:
            return False
        k = 2
        # "each of my directs": the partitive says the same set.
        while k < len(after) - 1 and k < 4 and (after[k].low == "of"
                                                or after[k].low in lex.singular_openers):
            k += 1
        return _names_group(lex, after, k)

    @cached_property
    def _whole_set_subject(self) -> bool:
        """The clause's subject is a whole, named group: "Every ninth grader | has ...",
        "All stores | have ..."."""
        action = self.parts.action
        if action is None:
            return False
        from goalsmith.catalogue import tokenize

        lex = self.lexicon
        toks = tokenize(self.parts.text[max(0, action.span[0] - 80):action.span[0]])
        whole = lex.definite_sets - lex.singular_openers
        starts = [k for k, t in enumerate(toks) if t.low in whole]
        return bool(starts) and len(toks) - starts[-1] <= 5 and (
            _names_group(lex, toks, starts[-1] + 1))

    @cached_property
    def has_named_target(self) -> bool:
        """A target the team already knows by name, reached or held: "hit quota", "make
        plan", "hold opex at or below plan" (but "improve the forecast" is a change)."""
        metric, action = self.parts.metric, self.parts.action
        if metric is None or self.placeholders:
            return False
        if action is not None and metric.kpi is not None and (
                action.text.lower() in self.lexicon.named_levels):
            return True  # a known metric stated at a named level: "Free cash flow positive"
        if action is not None and metric.kind != "abstract" and benchmark_level(
                self.parts.text[action.span[0]:]):
            return True  # "get DSO in line with the industry median", "back to 2019 levels"
        if action is not None and action.direction != "reach":
            return False
        from goalsmith.catalogue import tokenize

        # "Finance: forecast better", "Make the forecast better": a change of the named
        # thing, not the thing reached (but "hit quota asap" reaches it).
        tail = tokenize(self._word_after_object)
        if tail and self.lexicon.degree_tails.match_at(tail, 0) is not None and (
                action is None or self.lexicon.abstract.match_at(tail, 0) is not None):
            return False
        # A known metric held at a named level: "hold opex at or below plan", "keep
        # opex flat" (no change: a 0% target).
        return is_named_target(metric.text) or (
            metric.kpi is not None and is_named_target(self._level_after_object)) or (
            metric.kind != "abstract" and self._word_after_object in self.lexicon.named_levels)

    @cached_property
    def _word_after_object(self) -> str:
        """The word right after the object, lowercase ("opex | flat")."""
        metric = self.parts.metric
        if metric is None:
            return ""
        words = self.parts.text[metric.span[1]:metric.span[1] + 30].split(maxsplit=1)
        return words[0].strip(".,;:!?").lower() if words else ""

    @cached_property
    def _level_after_object(self) -> str:
        """The words after a linking word that follows the object: "opex at or below
        | plan", "bookings to | quota"."""
        metric = self.parts.metric
        if metric is None:
            return ""
        found = _LEVEL_RE.match(self.parts.text, metric.span[1])
        return found.group(1) if found else ""

    @cached_property
    def hedge(self) -> tuple[str, CharSpan] | None:
        """A hedge before a concrete verb ("try to get"): its text and span, else None."""
        action = self.parts.action
        text = getattr(action, "hedge", None) if action is not None else None
        if action is None or not text:
            return None
        # The pipeline keeps the hedge's words; they stand just before the verb.
        start = self.parts.text.rfind(text, max(0, action.span[0] - len(text) - 40),
                                      action.span[0])
        span = (start, start + len(text)) if start >= 0 else action.span
        return text, span

    @cached_property
    def _comparative_object(self) -> bool:
        """ "hire more engineers": the object, or the word just before it, is a comparative."""
        metric = self.parts.metric
        if metric is None:
            return False
        before = self.parts.text[max(0, metric.span[0] - 12):metric.span[0]].split()
        # "a stronger community", "the right people": look past the article too.
        leading = metric.text.split(maxsplit=3)[:3]
        # "call my parents | more often", "respond to reports | faster": after it, too.
        after = self.parts.text[metric.span[1]:metric.span[1] + 16].split(maxsplit=1)
        return any(_is_comparative(word) for word in leading) or (
            bool(before) and _is_comparative(before[-1])) or (
            bool(after) and _is_comparative(after[0].strip(".,;:!?")))

    @cached_property
    def _counted_by_placeholder(self) -> bool:
        """ "Hire N engineers": an undecided count of the object is no deliverable."""
        metric = self.parts.metric
        if metric is None:
            return False
        text = self.parts.text
        # "[N] percent of mailed applications": the placeholder counts the object after it.
        return any((h.span[0] <= metric.span[1] and metric.span[0] <= h.span[1]) or (
            0 <= metric.span[0] - h.span[1] <= 12
            and text[h.span[1]:metric.span[0]].strip().lower() in _COUNT_LINKS)
            for h in self.placeholders)


# Placeholder words that stand for anything undecided, a date as much as a number: the
# time reader's "TBD" words.
_UNDECIDED_WORDS = frozenset(w.lower() for w in load_data("time")["tbd"]["words"])
# "Publish the curriculum by X": a bare letter after a time word is an undecided date.
_UNDECIDED_DAY = re.compile(r"(?:by|before|on)\s{1,3}[XN]")
# What may stand between a count and the thing it counts ("[N] percent of the invoices").
_COUNT_LINKS = frozenset({"", "of", "of the", "of our", "of all", "of all the", "more", "new"})

# Prepositions (besides the scope ones) that join an action to the set it is done for.
_SET_LINKS = frozenset({"with"})


# Verbs of holding: a whole set that has something is a state checked member by member.
_HOLDING_VERBS = frozenset({"have", "has", "hold", "holds", "own", "owns"})


def _names_group(lex: Lexicon, toks: Any, k: int) -> bool:
    """Whether the noun phrase at ``k`` names a group of its own: not everyone ("users",
    "everyone") and not a whole dimension ("channels", "regions": all of them)."""
    head = None
    for n in range(k, min(len(toks), k + 4)):
        tok = toks[n]
        verb = lex.verbs.match_at(toks, n)
        # (an -ing form before another word modifies it: "all 40 meeting rooms")
        modifier = verb is not None and verb[1].form == "ing" and n + 1 < len(toks) and (
            toks[n + 1].text.isalpha())
        if not tok.text[:1].isalnum() or tok.low in lex.boundaries or (
                verb is not None and verb[1].form != "base" and not modifier):
            break  # "every service | has an owner", "every AE | and SDR"
        head = tok
    if head is None or not head.text[:1].isalpha():
        return False
    # "every new hire", "all incoming tickets": a flow that keeps coming is no closed set.
    if any(toks[n].low in lex.open_sets for n in range(k, min(len(toks), k + 4))):
        return False
    return head.low not in lex.generic_groups and head.norm not in lex.dimensions


# "at or below plan", "to quota", "ahead of the number": a linking phrase, then a level.
_LEVEL_RE = re.compile(r"[ \t]{1,3}(?:(?:at|or|to|above|below|over|under|on|within|ahead of|"
                       r"in line with)[ \t]{1,3}){1,3}((?:the[ \t]{1,3})?[\w-]{1,20})")


def benchmark_level(text: str) -> bool:
    """Whether ``text`` (what follows the verb) sets the level by a benchmark, a peer or
    the past: "to the industry average", "back to 2019 levels", "as short as Gong's"
    (rules.toml [measurable] benchmark_*), or a language level: "Spanish to B1"."""
    return any(pattern.search(text) for pattern in _benchmark_patterns()) or (
        _language_level(text))


# A level of the CEFR reached: "to B1 level", "reach CEFR B2" (not "pass the B2 exam", a
# deliverable; nor "to C1 and C2 requirements", a customer's tiers).
_CEFR_LEVEL = re.compile(r"(?i:\b(?:to|reach|reaching|at|achieve|level)[ \t]+(?:cefr[ \t]+)?)"
                         r"[ABC][12]\b(?P<level>[ \t]+(?i:level)\b)?")


@lru_cache(maxsize=1)
def _language_names() -> re.Pattern[str]:
    """The languages of rules.toml [measurable] languages, as one pattern."""
    from goalsmith.rules.registry import section
    from goalsmith.wrappers import phrase_alternatives

    names = phrase_alternatives(section("measurable").get("languages", []))
    return re.compile(rf"\b(?:{names})\b", re.IGNORECASE)


def _language_level(text: str) -> bool:
    """Whether ``text`` reaches a language level: the level word, or a language named."""
    match = _CEFR_LEVEL.search(text)
    if match is None:
        return False
    return bool(match.group("level")) or "cefr" in match.group().lower() or (
        _language_names().search(text) is not None)


@lru_cache(maxsize=1)
def _benchmark_patterns() -> tuple[re.Pattern[str], ...]:
    from goalsmith.rules.registry import section
    from goalsmith.wrappers import phrase_alternatives

    words = section("measurable")

    def alternatives(key: str) -> str:
        return phrase_alternatives(words.get(key, []))

    link = rf"\b(?:{alternatives('benchmark_links')})[ \t]+(?:the[ \t]+|our[ \t]+)?"
    year = r"(?:pre-[a-z]+|(?:19|20)\d{2})"
    return (
        # "to the industry average", "in line with the top quartile of our peer group",
        # "back to 2019 levels", "to half of last year's level"
        re.compile(rf"{link}(?:{alternatives('benchmark_refs')}|{year})"
                   rf"(?:[ \t-]+[\w'’-]+){{0,3}}?[ \t-]+(?:{alternatives('benchmark_levels')})\b",
                   re.IGNORECASE),
        # "as short as Gong's", "match HubSpot's share of voice", "up to line 1's level"
        # (not "at St Mary's", "of USDA's services": a place or an owner)
        re.compile(r"(?i:\b(?:match(?:es|ing)?|beat(?:s|ing)?|equal|than|as|with|vs\.?|versus)"
                   r"[ \t]+(?:the[ \t]+)?)(?:[A-Z][\w&.-]*[ \t]){0,2}[A-Z][\w&.-]*['’]s\b"),
        # "higher than last year's", "outperform last quarter", "beat the index": a past
        # period or a market index (a comparative link only: "grow sales over last year"
        # says no level, and "book more meetings than last quarter" is "book more")
        re.compile(rf"\b(?:{alternatives('comparison_links')})[ \t]+(?:the[ \t]+|our[ \t]+)?"
                   rf"(?:{alternatives('comparison_refs')})(?:['’]s)?(?![\w-])", re.IGNORECASE),
        re.compile(r"(?i:\bto[ \t]+)(?:[A-Z][\w&.-]*|(?i:line|site|plant|store|ward|team)[ \t]"
                   r"\w+)['’]s[ \t]+(?i:level|levels|rate|average|numbers?|figures?)\b"),
    )


def is_named_target(text: str) -> bool:
    """Whether an object is a target known by name ("quota", "the number")."""
    from goalsmith.rules.registry import section

    names = section("measurable").get("named_targets", [])
    cleaned = text.strip().lower()
    for prefix in ("the ", "our ", "my ", "their ", "his ", "her "):
        cleaned = cleaned.removeprefix(prefix)
    if cleaned in names or text.strip().lower() in names:
        return True
    if any(cleaned.startswith(level + " ")
           for level in section("measurable").get("named_levels_before", [])):
        return True  # "net-zero Scope 2 emissions": reached, or not
    # "cash-flow breakeven", "the Q4 quota": a modifier before a named level.
    head = cleaned.rsplit(maxsplit=1)
    return len(head) == 2 and head[1] in names and " of " not in f" {head[0]} "


def _is_comparative(word: str) -> bool:
    from goalsmith.rules.registry import section

    return spelled(word) in section("measurable").get("comparatives", [])


def usable(parts: GoalParts) -> GoalParts:
    """The parts with an empty metric (a zero-width span) read as no metric at all."""
    metric = parts.metric
    if metric is not None and not metric.text.strip():
        return replace(parts, metric=None)
    return parts


def lookup_metric(text: str, extra_metrics: tuple[tuple[str, Any], ...] = ()) -> Any | None:
    """The catalogue's entry for a metric text, or None (catalogue errors never stop a run).

    The user's metrics (``Settings.extra_metrics``) are merged over the shipped ones.
    """
    from goalsmith import catalogue

    try:
        return catalogue.catalogue_for(extra_metrics).lookup(text)
    except (KeyError, ValueError, TypeError, AttributeError):
        return None


def info_value(info: Any | None, name: str, default: Any = None) -> Any:
    """A field of a catalogue entry, tolerating missing entries and fields."""
    if info is None:
        return default
    value = getattr(info, name, default)
    return default if value is None else value


def union_span(*spans: CharSpan | None) -> CharSpan | None:
    """The smallest span covering all the given ones."""
    real = [s for s in spans if s is not None]
    if not real:
        return None
    return (min(s[0] for s in real), max(s[1] for s in real))


def evidence(*spans: CharSpan | None) -> tuple[CharSpan, ...]:
    """Distinct spans in text order, for a criterion's evidence."""
    return tuple(sorted({s for s in spans if s is not None}))


def long_date(day: date) -> str:
    """"March 31, 2027": the date as a reader writes it."""
    return f"{day:%B} {day.day}, {day.year}"


def committed_verb(info: Any | None, deliverable: bool = False) -> str:
    """The committed verb for an object: "increase" or "reduce" by the metric's better
    direction, "complete" for a deliverable, "improve" when nothing says which way."""
    from goalsmith.rules.registry import section

    words = section("rewrite")
    # "Explore a customer lifetime value model": a deliverable is completed, even when a
    # measure's name sits inside it.
    if deliverable:
        return str(words.get("verb_deliverable", "complete"))
    better = info_value(info, "better")
    if better == "down":
        return str(words.get("verb_down", "reduce"))
    if better == "up":
        return str(words.get("verb_up", "increase"))
    return str(words.get("verb_other", "improve"))
