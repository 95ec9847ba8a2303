"""The rewriter: a goal that is not SMART, with only what is missing filled in.

It works from the extracted parts and the judgement, never by re-reading the text:
the writer's words are kept span by span, and the rewrite is a list of pieces (kept
text, or a filled slot with its source) joined into one sentence.

The pipeline's parts are patterns, so a sentence may be only partly read. The rewriter
therefore splices slots into the writer's sentence only where its structure is
understood (``_Shape``); otherwise it keeps the sentence whole and attaches what is
missing, or makes the sentence the purpose of a visible default measure. Strategies
are tried from the most faithful (``_strategies``) and a candidate is accepted when it
has none of the mechanical problems of ``rewrite_problems`` and, unless its form is
safe by construction, when it passes S, M and T audited with the same settings.

What a splice does:

* action: a non-committal or hedged verb ("work on", "try to get") becomes the
  concrete verb; "improve" becomes "increase" or "reduce" by the metric's better
  direction; otherwise the writer's verb stays;
* metric: kept; an abstract object that ``[default_metrics]`` names ("grow the
  business") becomes the catalogue metric it usually means, marked ``default``; an
  abstract aim nothing names ("Protect national security") gets no invented metric;
* target: the user's answer, else the catalogue's default for the metric, else
  ``Settings.default_targets``; an impossible or implausible target (A101-A104) is
  replaced the same way; a placeholder is replaced in place by a value of its kind (a
  hidden count by ``default_count``, "by X%" by a percentage); a hidden amount ("$N")
  has no default of its kind, so the sentence is rebuilt as "<verb> <metric> by 20%";
* deadline: the user's answer, else ``Settings.default_period`` resolved
  ("by the end of next quarter (March 31, 2027)"); vague and past times are removed,
  and a fronted one ("By September 30, 2023, ...") gives its place to the new one;
* owner, baseline and reason only from the user's answers.

When nothing can be measured the default measure is "3 milestones" (``[rewrite]`` in
rules.toml): "..., with 3 milestones completed", "Complete 3 milestones by ... to
protect national security" or "Wealth creation: complete 3 milestones by ...".

Every slot records its source (``text``, ``answer``, ``config`` or ``default``) and its
span in the rewrite. With ``Settings.placeholders`` the filled values are written as
``<target>``, ``<deadline>``, ``<owner>``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields
from datetime import date
from functools import cached_property, lru_cache
from typing import Any

from goalsmith.data import load_data
from goalsmith.goal import CharSpan, GoalParts, Target, Timeframe
from goalsmith.rules.base import (
    Goal,
    committed_verb,
    info_value,
    long_date,
    lookup_metric,
    usable,
)
from goalsmith.rules.registry import section
from goalsmith.settings import Settings
from goalsmith.verdict import GoalContext, Judgement, Rewrite, Slot

_PREPOSITIONS = ("by", "to", "of", "at")
_TARGET_LEADS = ("by ", "to ", "at ", "of ", "at least ", "at most ", "under ", "below ",
                 "above ", "over ", "more than ", "less than ", "no more than ", "up to ",
                 "from ", "within ")
_TIME_LEADS = ("by ", "before ", "within ", "in ", "until ", "through ", "no later than ",
               "on ", "over the next ", "during ")
_REASON_LEADS = ("so that ", "so ", "to ", "in order to ", "because ", "since ", "which will ",
                 "as ")
_FIXABLE_TARGET_RULES = ("A101", "A102", "A103", "A104")
_HEAD_STOPS = frozenset(("of", "for", "in", "on", "at", "with", "across", "to", "from", "and",
                         "or", "by", "through", "within", "among", "into"))
_JOINED_TIME = re.compile(r"(?:\b(?:now|today|currently)\s+)?\b(?:and|or)\s+$", re.IGNORECASE)
_RELATIVES = frozenset(("that", "which", "who", "where", "whose", "while", "when"))
_SPACES = re.compile(r" {2,}")
_COMMA_AFTER_GAP = re.compile(r"(?<=\s),|^,")
_WORDS = re.compile(r"[^\W_][\w'’-]{0,60}")
_DEFAULTS = {f.name: f.default for f in fields(Settings) if f.name in
             ("default_targets", "default_period")}


@dataclass
class _Piece:
    """A run of rewrite text: kept from the goal, or a filled slot."""

    text: str
    slot: str | None = None
    source: str | None = None
    value: str | None = None


@dataclass
class _Edit:
    """Replace ``text[start:end]`` (an insertion when start == end) with pieces."""

    start: int
    end: int
    pieces: list[_Piece]
    order: int = 0  # insertions at one point: lower first


def rewrite_goal(parts: GoalParts, judgement: Judgement, settings: Settings,
                 context: GoalContext | None = None,
                 answers: dict[str, str] | None = None) -> Rewrite | None:
    """A SMART rewrite of a goal that is not SMART, or None when there is nothing to keep.

    Strategies are tried in order of faithfulness (see ``_strategies``); a candidate is
    accepted when it has none of the mechanical problems of ``rewrite_problems`` and,
    unless its structure is fully understood, when it passes S, M and T audited with the
    same settings. The last strategy's form is kept when nothing passes.
    """
    if not any(ch.isalnum() for ch in parts.text):
        return None
    goal = Goal(parts=usable(parts), settings=settings, context=context,
                deadline=judgement.deadline, deadline_source=judgement.deadline_source)
    cleaned = {k: v.strip() for k, v in (answers or {}).items()
               if isinstance(v, str) and v.strip()}
    shape = _Shape(goal, judgement)
    fallback: Rewrite | None = None
    for strategy in _strategies(shape):
        try:
            candidate = strategy(_Plan(goal, judgement, cleaned, shape))
        except _NotUnderstood:
            continue
        if rewrite_problems(goal.parts, candidate):
            fallback = fallback or candidate
            continue
        trusted = strategy is _restructure or (strategy is _purpose and not shape.heading_like)
        if trusted or (strategy is _splice and shape.certain):
            # Understood sentences and the forms whose main clause is entirely the
            # rewriter's own ("Increase pipeline by 20% by ...", "Complete 3 milestones
            # by ...") need no audit.
            return candidate
        if _passes_smt(_audited_text(strategy, candidate, goal, judgement, cleaned, shape),
                       settings, context):
            return candidate
        # Grammatical but not passing: kept if nothing better comes.
        fallback = candidate if fallback is None or rewrite_problems(goal.parts, fallback) \
            else fallback
    return fallback


def _audited_text(strategy: Any, candidate: Rewrite, goal: Goal, judgement: Judgement,
                  answers: dict[str, str], shape: _Shape) -> str:
    """The text to audit: the candidate itself, or with ``placeholders`` the same form
    written with values ("<target>" is a placeholder, which never passes M)."""
    if not goal.settings.placeholders:
        return candidate.text
    valued = Goal(parts=goal.parts, settings=goal.settings.with_(placeholders=False),
                  context=goal.context, deadline=goal.deadline,
                  deadline_source=goal.deadline_source)
    return str(strategy(_Plan(valued, judgement, answers, shape)).text)


class _NotUnderstood(Exception):
    """A strategy cannot write this goal safely; the next one is tried."""


def _splice(plan: _Plan) -> Rewrite:
    return plan.splice()


def _restructure(plan: _Plan) -> Rewrite:
    return plan.restructure()


def _attach(plan: _Plan) -> Rewrite:
    return plan.attach(purpose=False)


def _purpose(plan: _Plan) -> Rewrite:
    return plan.attach(purpose=True)


def _heading(plan: _Plan) -> Rewrite:
    return plan.heading()


def _tokens(plan: _Plan) -> Rewrite:
    return plan.tokens()


def _strategies(shape: _Shape) -> tuple[Any, ...]:
    """The strategies worth trying, most faithful first.

    * splice: the writer's sentence with the slots spliced in, only where its structure
      is understood (a clean verb + object, a declarative result, a bare metric) or
      only a deadline is missing;
    * restructure: "<verb> <metric> by <target> by <deadline>" from the extracted parts,
      for a catalogue metric whose target is missing or a placeholder that no value of
      the same kind can replace ("$N0 in expansion IARR");
    * attach: the writer's sentence intact, the deadline after it and, when a measure is
      missing, a visible default measure in a clause of its own ("..., with 3 milestones
      completed");
    * purpose: the default measure as the main clause and the writer's words as its
      purpose ("Complete 3 milestones by ... to protect National Security");
    * heading: the writer's words as a heading for the measure ("Wealth creation:
      complete 3 milestones by ...").
    """
    order: list[Any] = []
    if shape.spliceable:
        order.append(_splice)
    if shape.tokens_only:
        order.append(_tokens)
    if shape.restructurable:
        order.append(_restructure)
    if shape.only_time:
        order.append(_attach)
    # An aim ("Protect National Security") reads best as the purpose of the measure, a
    # heading ("Wealth Creation") as its title; a statement keeps its place at the head.
    if shape.clause and shape.voice != "imperative" and (shape.specific or shape.short):
        order += [_attach, _purpose, _heading]
    elif shape.heading_like:
        # "Wealth Creation: complete 3 milestones by ..." reads right whether the words
        # are a heading or a statement the pipeline did not parse; "toward" only after.
        order += [_heading, _purpose, _attach]
    else:
        order += [_purpose, _attach, _heading]
    return tuple(order)


def _passes_smt(text: str, settings: Settings, context: GoalContext | None) -> bool:
    """Whether a candidate rewrite passes S, M and T audited with the same settings."""
    try:
        return _cached_smt(text, settings, context)
    except TypeError:  # settings holding unhashable user tables: no cache
        return _audit_smt(text, settings, context)


@lru_cache(maxsize=4096)
def _cached_smt(text: str, settings: Settings, context: GoalContext | None) -> bool:
    return _audit_smt(text, settings, context)


_GUARDED = ("specific", "measurable", "time_bound")


def _audit_smt(text: str, settings: Settings, context: GoalContext | None) -> bool:
    from goalsmith.api import extract
    from goalsmith.rules import CHECKS

    # Rules only: the trained model just fills owners and a missing action, which the
    # S, M and T verdicts of a finished sentence do not hinge on; it costs a tok2vec pass.
    parts = extract(text, settings, use_model=False)
    # The three checks as ``judge`` runs them (its order, one Goal), stopping at the first
    # that does not pass: the other criteria and the findings' messages are not needed.
    # A disabled rule only ever turns a fail into unknown, so a pass is a pass either way.
    goal = Goal(parts=usable(parts), settings=settings, context=context)
    return all(check(goal).criterion.verdict == "pass"
               for name, check in CHECKS if name in _GUARDED)


class _Shape:
    """How far the rewriter understands the goal's sentence, read from its parts.

    * ``voice``: "imperative" (the verb leads: "Increase pipeline"), "declarative" (the
      result leads: "VP Talent hired"), "title" (no verb: "Customer satisfaction") or
      "other" (a subject, a modal, a verb the pipeline missed...);
    * ``understood``: every word of the sentence is accounted for by its parts, so slots
      can be spliced in without reading the sentence wrong;
    * ``certain``: the splice needs no audit (understood, or only a deadline is added to
      a goal that is already specific and measurable).
    """

    def __init__(self, goal: Goal, judgement: Judgement) -> None:
        self.goal = goal
        self.parts = goal.parts
        self.words = section("rewrite")
        text = self.parts.text
        self.lo = len(text) - len(text.lstrip())
        self.hi = len(text.rstrip(" \t\r\n.;,!"))
        verdicts = {name: c.verdict for name, c in judgement.criteria.items()}
        fixable = {f.rule for f in judgement.findings} & set(_FIXABLE_TARGET_RULES)
        self.specific = verdicts["specific"] == "pass"
        self.only_time = (verdicts["specific"] == "pass" and verdicts["measurable"] == "pass"
                          and not fixable)

    @cached_property
    def voice(self) -> str:
        action, metric = self.parts.action, self.parts.metric
        if action is None or not action.text.strip():
            return "title" if metric is not None and metric.span[0] == self.lo else "other"
        if self._leads(action.span[0]):
            return "imperative"
        if metric is not None and metric.span[0] == self.lo and metric.span[1] <= action.span[0] \
                and not self.parts.text[metric.span[1]:action.span[0]].strip(" ,"):
            return "declarative"
        return "other"

    def _leads(self, start: int) -> bool:
        """Nothing but a hedge, an owner prefix or one adverb ("Successfully") before ``start``."""
        text = self.parts.text
        head = text[self.lo:start]
        hedge = self.goal.hedge
        if hedge is not None:
            head = head.replace(text[hedge[1][0]:hedge[1][1]], " ")
        for actor in self.parts.actors:
            # An owner prefix ("Sales: close ..."), not a subject ("Admins can ...").
            if actor.span[1] <= start and text[actor.span[1]:actor.span[1] + 2].strip() == ":":
                head = head.replace(text[actor.span[0]:actor.span[1] + 1], " ")
        words = _WORDS.findall(head)
        return not words or (len(words) == 1 and words[0].lower().endswith("ly"))

    @cached_property
    def understood(self) -> bool:
        parts = self.parts
        action, metric = parts.action, parts.metric
        if metric is None or not metric.text.strip():
            return False
        if self.voice == "imperative":
            assert action is not None
            if metric.span[0] < action.span[1] or not self._links(action.span[1], metric.span[0]):
                return False
        elif self.voice == "declarative":
            assert action is not None
            metric_end = action.span[1]
            return self._covered(metric_end, self.hi)
        elif self.voice == "title":
            if metric.kpi is None and self.goal.metric_info is None:
                return False
        else:
            return False
        return self._covered(metric.span[1], self.hi)

    @cached_property
    def plausible(self) -> bool:
        """A verb + object with an unread tail that opens with a preposition
        ("Reduce noise at work"): a splice worth trying, under audit."""
        parts, text = self.parts, self.parts.text
        action, metric = parts.action, parts.metric
        if self.voice != "imperative" or metric is None or action is None:
            return False
        if metric.kpi is None or action.direction not in ("up", "down"):
            return False  # "Protect families from ...": no measure to put a number on
        between = text[action.span[1]:metric.span[0]]
        linking = set(self.words.get("linking_words", []))
        if metric.span[0] < action.span[1] or any(
                w.lower() not in linking for w in _WORDS.findall(between)):
            return False
        tail = _WORDS.findall(text[metric.span[1]:self.hi])
        return not tail or tail[0].lower() in self.words.get("tail_prepositions", [])

    def _links(self, start: int, end: int) -> bool:
        """Only linking words ("the", "our") or the goal's own targets between start and end."""
        linking = set(self.words.get("linking_words", []))
        targets = [t.span for t in self.parts.targets]
        return all(w.group().lower() in linking or any(
            s <= w.start() and w.end() <= e for s, e in targets)
            for w in _WORDS.finditer(self.parts.text, start, max(start, end)))

    def _covered(self, start: int, end: int) -> bool:
        """Every word between start and end belongs to a part (time, target, scope, reason...)."""
        parts = self.parts
        spans = [t.span for t in parts.timeframes] + [t.span for t in parts.targets] + [
            s.span for s in parts.scope] + [a.span for a in parts.actors]
        spans += [p.span for p in (parts.reason, parts.confidence) if p is not None]
        for match in _WORDS.finditer(self.parts.text, start, max(start, end)):
            if not any(s <= match.start() and match.end() <= e for s, e in spans):
                return False
        return True

    @cached_property
    def counted_placeholders(self) -> list[Target]:
        """Hidden counts of a plural noun ("N3 opportunities", "≥N11 organizations"): a
        default count can stand in for each without reading the rest of the sentence."""
        found = []
        for target in self.goal.placeholders:
            token = _placeholder_token(self.parts.text, target)
            noun = (target.noun or "").strip()
            if token is None or token[2].startswith("$") or token[2].endswith("%") \
                    or not noun.endswith("s"):
                return []
            found.append(target)
        return found

    @cached_property
    def tokens_only(self) -> bool:
        """Only hidden counts stand between the goal and a target (and maybe a deadline)."""
        return bool(self.counted_placeholders) and not self.goal.targets

    @cached_property
    def short(self) -> bool:
        """A sentence short enough that the attach form is worth an audit."""
        return len(_WORDS.findall(self.parts.text[self.lo:self.hi])) <= 12

    @cached_property
    def heading_like(self) -> bool:
        """Words that join a measure with "toward" (a heading or a noun phrase)."""
        return self.voice != "imperative" and (self.voice == "title" or not self.clause)

    @cached_property
    def clause(self) -> bool:
        """The writer's words hold a finite verb ("usage is tracked"), not just a noun
        phrase ("Wealth creation") or an imperative."""
        finite = set(self.words.get("finite_words", []))
        return any(w.lower() in finite for w in _WORDS.findall(self.parts.text[self.lo:self.hi]))

    @cached_property
    def spliceable(self) -> bool:
        return self.only_time or self.understood or self.plausible

    @cached_property
    def certain(self) -> bool:
        # A deadline after an unread reason may be read as part of it ("... to support
        # ARR growth by March 31"), and a statement may read differently once dated.
        if self.voice == "declarative" and len(_WORDS.findall(self.parts.text)) > 4:
            return False  # "... a plan defined by March 31" may read "by" as an agent
        return self.understood or (self.only_time and self.parts.reason is None)

    @cached_property
    def restructurable(self) -> bool:
        """A catalogue metric with no real target of the writer's to keep."""
        metric, action = self.parts.metric, self.parts.action
        if metric is None or metric.kind != "metric" or metric.kpi is None \
                or self.goal.targets or self.only_time:
            return False
        # The metric must read as a name ("expansion IARR"), not as a clause the
        # pipeline took for one, and the goal must be a verb (or a hidden amount) on it.
        short = len(_WORDS.findall(metric.text)) <= 4 and metric.text[:1].isalnum()
        verb_on_it = action is not None and action.span[1] <= metric.span[0]
        # Only for a hidden amount: rebuilding any other sentence would drop its words.
        return short and bool(self.goal.placeholders) and (
            verb_on_it or self.voice != "imperative")


class _Plan:
    """Collects the edits for one rewrite, then renders them."""

    def __init__(self, goal: Goal, judgement: Judgement, answers: dict[str, str],
                 shape: _Shape) -> None:
        self.goal = goal
        self.shape = shape
        self.parts = goal.parts
        self.judgement = judgement
        self.answers = answers
        self.settings = goal.settings
        self.words = section("rewrite")
        self.edits: list[_Edit] = []
        self.marks: list[tuple[CharSpan, str, str]] = []  # text-sourced slots
        text = self.parts.text
        self.lo = len(text) - len(text.lstrip())
        self.hi = len(text.rstrip(" \t\r\n.;,!"))
        self.metric_info = goal.metric_info
        self.declarative = self._is_declarative()
        self.lower_first_verb = False
        self.vague_state = self._vague_state()
        self.plain = False  # the deadline as a bare date ("by March 31, 2027")
        self.before_reason = False  # the new deadline goes before the writer's reason
        self.also_drop: list[Timeframe] = []  # the writer's times moved elsewhere

    # ------------------------------------------------------------------ decisions

    def _is_declarative(self) -> bool:
        """ "VP Talent hired": the result comes first and the verb after it."""
        action, metric = self.parts.action, self.parts.metric
        return (action is not None and metric is not None and metric.kind != "abstract"
                and metric.span[0] < action.span[0])

    def _verdict(self, name: str) -> str:
        return self.judgement.criteria[name].verdict

    def splice(self) -> Rewrite:
        """The writer's sentence with the missing slots spliced in where they belong."""
        if not self.shape.only_time:
            self._action_and_metric()
            self._target()
        else:
            self.before_reason = True  # "... by March 31, 2027 to support ARR growth"
        self._deadline()
        self._owner()
        self._reason()
        return self._render()

    def restructure(self) -> Rewrite:
        """ "<verb> <metric> by <target> by <deadline>": the sentence rebuilt from its parts,
        for a catalogue metric whose target is missing or a placeholder of a kind no
        default can stand in for ("Reach $N0 in expansion IARR")."""
        metric = self.parts.metric
        if metric is None:
            raise _NotUnderstood
        action = self.parts.action
        keep = (action is not None and action.committal
                and action.lemma in self.words.get("change_verbs", [])
                and action.text.strip().isalpha())
        verb = action.text.strip().lower() if keep and action else self._committed_verb()
        value, source = self._target_value()
        phrase = self._target_phrase(value, change=True)
        shown = metric.text
        pieces = [_Piece(verb, "action", "text" if keep else "default", verb), _Piece(" "),
                  _Piece(shown, "metric", "text", shown), _Piece(" "),
                  *self._slot_pieces(phrase, value, "target", source)]
        self.edits.append(_Edit(self.lo, self.hi, pieces))
        self._deadline(rebuilt=True)
        self._reason(rebuilt=True)
        self._owner()
        return self._render()

    def attach(self, purpose: bool) -> Rewrite:
        """The writer's sentence kept whole, with what is missing attached to it.

        The deadline goes after the sentence; a missing measure is a visible default,
        "3 milestones", in a clause of its own ("..., with 3 milestones completed"), or
        (``purpose``) the main clause, with the writer's words as its purpose: "Complete 3
        milestones by ... to protect National Security" ("toward" for a heading).
        """
        measure = not self.shape.only_time or self._verdict("measurable") != "pass"
        if not measure and not purpose:
            # Only the deadline: it goes before any reason, so that it dates the outcome.
            self.before_reason = True
            self._deadline(plain=self.shape.voice != "imperative")
            self._owner()
            return self._render()
        count, source = self._milestone_count()
        noun = str(self.words.get("milestone_noun", "milestones"))
        phrase = f"{count} {noun}"
        target = self._slot_pieces(phrase, count, "target", source)
        if not purpose:
            self._deadline(plain=self.shape.voice != "imperative")
            done = str(self.words.get("milestone_done", "completed"))
            self.edits.append(_Edit(self.hi, self.hi, [_Piece(", with "), *target,
                                                       _Piece(f" {done}")], order=8))
            self._owner()
            return self._render()
        verb = str(self.words.get("milestone_verb", "complete"))
        answer = self.answers.get("deadline")
        # The writer's own good deadline moves to the measure ("Complete 3 milestones by
        # Q1 to hire ..."): left in their words it would date the purpose, not the goal.
        own = self._verdict("time_bound") == "pass" and answer is None
        frame = self._own_deadline_frame() if own else None
        self.also_drop = [frame] if frame is not None else []
        link, kept = self._purpose_link(self.parts.text[self.lo:self.hi])
        deadline = ([_Piece(frame.text, "deadline", "text", frame.text)] if frame is not None
                    else [] if own else self._deadline_pieces(*self._deadline_phrase(answer)))
        # The deadline right after the measure: after the writer's words it could be
        # read as part of them ("... needs for 2025 and beyond by March 31").
        pieces = [_Piece(verb, "action", "default", verb), _Piece(" "), *target, _Piece(" "),
                  *deadline, _Piece(f" {link} {kept}")]
        if own:
            self.marks = []
        self.edits = [_Edit(self.lo, self.hi, pieces)]
        self.marks = []
        self._owner()
        self._reason()
        return self._render()

    def tokens(self) -> Rewrite:
        """Each hidden count ("N3 opportunities") replaced by the default count, the rest
        of the sentence untouched, and the deadline after it."""
        count = str(self.words.get("default_count", "3"))
        shown = "<target>" if self.settings.placeholders else count
        for target in self.shape.counted_placeholders:
            token = _placeholder_token(self.parts.text, target)
            assert token is not None
            lead = self.parts.text[token[0] - 1:token[0]]
            space = " " if lead.isalnum() else ""
            self.edits.append(_Edit(token[0], token[1], [
                _Piece(space), _Piece(shown, "target", "default", shown)], order=1))
        self._deadline(plain=self.shape.voice != "imperative")
        self._owner()
        return self._render()

    def heading(self) -> Rewrite:
        """ "<the writer's words>: complete 3 milestones by <deadline>": the last resort."""
        count, source = self._milestone_count()
        noun = str(self.words.get("milestone_noun", "milestones"))
        verb = str(self.words.get("milestone_verb", "complete"))
        words = self._without_dropped_times(self.parts.text[self.lo:self.hi])
        deadline = self._deadline_pieces(*self._deadline_phrase(self.answers.get("deadline")))
        pieces = [_Piece(f"{words}: "), _Piece(verb, "action", "default", verb), _Piece(" "),
                  *self._slot_pieces(f"{count} {noun}", count, "target", source), _Piece(" "),
                  *deadline]
        self.edits = [_Edit(self.lo, self.hi, pieces)]
        self.marks = []
        return self._render()

    def _purpose_link(self, words: str) -> tuple[str, str]:
        """How the writer's words join a default measure: "to" + their imperative, "so
        that" + their statement, "toward" + their heading; their first word lowered when
        it is the verb or a common word."""
        voice = self.shape.voice
        words = self._without_dropped_times(words)
        first, _, rest = words.partition(" ")
        lower = first[:1].lower() + first[1:]
        # The verb, or a common word in front of lowercase words ("The handbook is"); a
        # heading's capitals ("Better Use of Data") and names stay.
        common = voice == "imperative" or (
            first.lower() in self.words.get("common_starts", []) and rest[:1].islower())
        if common and not first[1:2].isupper():
            words = lower + words[len(first):]
        if voice == "imperative":
            return "to", words
        if not self.shape.clause:
            return "toward", words  # a heading or a noun phrase
        return "so that", words

    def _without_dropped_times(self, words: str) -> str:
        """The writer's words without their vague or past times (the new deadline stands)."""
        offset = self.lo
        out, cursor = [], 0
        dropped = self._times_to_drop(self.answers.get("deadline") is not None)
        for frame in sorted(dropped + self.also_drop, key=lambda f: f.span):
            start, end = self._drop_start(frame) - offset, frame.span[1] - offset
            if start < cursor or start < 0 or end > len(words):
                continue
            out.append(words[cursor:start])
            cursor = end
            if "".join(out).rstrip()[-1:] in ".!?":
                # "... USAID. By 2023, the Department will": the sentence keeps its capital.
                rest = words[cursor:].lstrip(" ,")
                cursor = len(words) - len(rest)
                out.append(rest[:1].upper())
                cursor += 1 if rest else 0
        out.append(words[cursor:])
        return _SPACES.sub(" ", _COMMA_AFTER_GAP.sub("", "".join(out))).strip(" ,;")

    def _milestone_count(self) -> tuple[str, str]:
        answer = self.answers.get("target")
        if answer is not None and _reads_as_target(answer):
            return answer, "answer"
        if self.settings.placeholders:
            return "<target>", "default"
        return str(self.words.get("default_milestones", "3")), "default"

    # ------------------------------------------------------------------ action, metric

    def _action_and_metric(self) -> None:
        action, metric = self.parts.action, self.parts.metric
        self._drop_hedge()
        if metric is None or metric.kind == "abstract" or self.vague_state:
            self._default_metric()
            return
        if action is None:
            # A bare metric ("Customer satisfaction"): the committed verb goes first, and
            # the metric is no longer the sentence's first word. Only a metric the
            # catalogue knows: "Wealth Creation" is a heading, not a metric.
            if metric.kpi is None and self.metric_info is None:
                raise _NotUnderstood
            verb = self._committed_verb()
            shown = metric.text
            if metric.span[0] == self.lo and not shown[:2].isupper():
                shown = shown[:1].lower() + shown[1:]
            self.edits.append(_Edit(metric.span[0], metric.span[1],
                                    [_Piece(verb, "action", "default", verb), _Piece(" "),
                                     _Piece(shown, "metric", "text", shown)]))
            return
        self.marks.append((metric.span, "metric", metric.text))
        if self.declarative:
            self.marks.append((action.span, "action", action.text))
            return
        verb = self._verb_for(action.lemma, action.direction, action.committal)
        if not action.committal and self.metric_info is None and metric.kpi is None \
                and not (self.goal.names_deliverable or self.goal.is_deliverable):
            # "Help customers succeed", "Explore new channels": no metric says which way
            # or how much; "Improve customers succeed by 20%" would be invented.
            raise _NotUnderstood
        if verb is None:
            self.marks.append((action.span, "action", action.text))
        else:
            self.edits.append(_Edit(action.span[0], action.span[1],
                                    [_Piece(verb, "action", "default", verb)]))

    def _vague_state(self) -> bool:
        """ "Get fit", "Be a better manager": a state with no metric behind it, which the
        rewrite treats like an abstract object."""
        action, metric = self.parts.action, self.parts.metric
        return (self._verdict("specific") == "fail" and metric is not None
                and metric.kpi is None and self.metric_info is None
                and action is not None and action.direction == "reach"
                and not self.goal.names_deliverable)

    def _drop_hedge(self) -> None:
        """ "Try to get win rate to 25%": the hedge goes, the concrete verb stays."""
        hedge, action = self.goal.hedge, self.parts.action
        if hedge is not None and action is not None and hedge[1] != action.span:
            self.edits.append(_Edit(hedge[1][0], hedge[1][1], [_Piece(" ")]))

    def _verb_for(self, lemma: str, direction: str | None, committal: bool) -> str | None:
        """The verb to write instead of the writer's, or None to keep theirs."""
        improve = set(load_data("words").get("verbs", {}).get("improve", []))
        if committal and lemma not in improve and direction is not None:
            return None
        if not committal and direction in ("up", "down", "reach", "deliver") and lemma:
            return lemma  # "try to get" -> "get": keep the concrete verb behind the hedge
        return self._committed_verb()

    def _committed_verb(self, info: Any = None) -> str:
        info = info if info is not None else self.metric_info
        return committed_verb(info, self.goal.is_deliverable or self.goal.names_deliverable)

    def _default_metric(self) -> None:
        """An abstract or missing object: propose the metric it usually means."""
        action, metric = self.parts.action, self.parts.metric
        name = self._metric_for_abstract()
        linking = self.words.get("linking_words", [])
        if metric is not None and len([w for w in _WORDS.findall(metric.text.lower())
                                       if w not in linking]) > 3:
            # "Reduce costs, improve quality of ...": the object runs on past the metric;
            # replacing it would drop the writer's words.
            raise _NotUnderstood
        if name is None:
            raise _NotUnderstood  # no metric the object stands for: no invented one
        info = lookup_metric(name, self.settings.extra_metrics)
        self.metric_info = info
        lemma = action.lemma if action else ""
        direction = action.direction if action else None
        keep_verb = (action is not None and action.committal and direction in ("up", "down")
                     and lemma not in _improve_verbs())
        verb = lemma if keep_verb else self._committed_verb(info)
        pieces = [_Piece(verb, "action", "text" if keep_verb else "default", verb), _Piece(" "),
                  _Piece(name, "metric", "default", name)]
        spans = [s.span for s in (action, metric) if s is not None]
        if spans:
            start, end = min(s[0] for s in spans), max(s[1] for s in spans)
            self.edits.append(_Edit(start, end, pieces))
            if self.vague_state and self.parts.reason is None and "reason" not in self.answers:
                # The writer's own words stay, as the purpose the metric serves:
                # "Get fit" -> "Increase workouts by 20% by ... to get fit."
                words = self.parts.text[start:end]
                purpose = words[:1].lower() + words[1:] if not words[:2].isupper() else words
                self.edits.append(_Edit(self.hi, self.hi, [_Piece(f" to {purpose}")], order=9))
        else:
            raise _NotUnderstood  # neither verb nor object: nothing to splice into

    def _metric_for_abstract(self) -> str | None:
        """The metric an abstract object stands for, or None when nothing says which.

        Only the object's head word counts ("the resiliency of C3 capabilities" is about
        resiliency, not capabilities), and the verb only when there is no object at all
        ("Increase by 20%"): a metric that merely fits the verb would be invented.
        """
        table = load_data("themes").get("default_metrics", {})
        metric, action = self.parts.metric, self.parts.action
        if metric is not None and metric.kpi:
            return metric.kpi  # "Sleep better": the catalogue already knows the metric
        if metric is not None:
            objects = table.get("objects", {})
            whole = metric.text.lower().strip()
            if whole in objects:
                return str(objects[whole])
            linking = self.words.get("linking_words", [])
            plain = [w for w in whole.split() if w not in linking]
            if " ".join(plain) in objects:
                return str(objects[" ".join(plain)])
            # "sales performance": the head of a short, plain object; never that of a
            # phrase ("a company that thrives ...", "the resiliency of C3 capabilities").
            short = len(plain) <= 3 and not any(w in _HEAD_STOPS or w in _RELATIVES
                                                for w in plain)
            return str(objects[plain[-1]]) if short and plain and plain[-1] in objects else None
        if action is not None and action.lemma in table.get("verbs", {}):
            return str(table["verbs"][action.lemma])
        return None

    # ------------------------------------------------------------------ target

    def _target(self) -> None:
        goal = self.goal
        answer = self.answers.get("target")
        if answer is not None and not _reads_as_target(answer):
            answer = None  # "lots", "TBD": not a target; the default stands in
        bad = [f for f in self.judgement.findings if f.rule in _FIXABLE_TARGET_RULES and f.span]
        if goal.targets and not bad and answer is None:
            first = goal.targets[0]
            self.marks.append((first.span, "target", first.text))
            self._baseline(first)
            return
        needs = (answer is not None or bad or goal.placeholders
                 or (not goal.targets and not goal.is_deliverable
                     and not goal.names_deliverable and not goal.has_named_target))
        if not needs:
            action = self.parts.action
            kept_verb = action is not None and action.committal
            if self._verdict("measurable") != "pass" and kept_verb:
                # The writer's own verb on a deliverable the pipeline does not find
                # measurable: the splice would add nothing it can see.
                raise _NotUnderstood
            return
        value, source = self._target_value()
        replace = (goal.placeholders[0] if goal.placeholders and not goal.targets
                   else self._target_at(bad[0].span) if bad else
                   goal.targets[0] if goal.targets else None)
        action = self.parts.action
        if replace is not None and action is not None and _overlap(replace.span, action.span):
            # "Triple pipeline": the target is the verb; both give way to verb + target.
            self._replace_action(self._committed_verb())
            replace = None
        token = _placeholder_token(self.parts.text, replace) if replace is not None and \
            replace.kind == "placeholder" else None
        if replace is not None and self._counts_the_object(replace) and source != "answer":
            # "Hire N engineers", "≥N11 organizations": only the count is missing; the
            # noun (and the writer's "≥") stays. A hidden amount ("$N customers") has no
            # default of its kind.
            if token is None or token[2].startswith("$"):
                raise _NotUnderstood
            start, end = token[0], token[1]
            value = str(self.words.get("default_count", "3"))
            phrase = "<target>" if self.settings.placeholders else value
        elif replace is not None:
            start, end = self._with_preposition(replace.span)
            if not self._has_preposition(start, end):
                # "Generate N14 in pipeline": a bare amount; "by 20%" cannot stand there.
                raise _NotUnderstood
            phrase = self._target_phrase(value)
        elif (comparative := self._comparative_at()) is not None:
            # "Close more deals" -> "Close 20% more deals".
            start = end = comparative
            value = value if value.endswith("%") or source == "answer" else "20%"
            phrase = "<target>" if self.settings.placeholders else value
        elif self._counts_a_hire():
            # "Hire great designers" -> "Hire 3 great designers".
            metric = self.parts.metric
            assert metric is not None
            start = end = metric.span[0]
            value = value if source == "answer" else str(self.words.get("default_count", "3"))
            phrase = "<target>" if self.settings.placeholders else value
        else:
            if self._named_theme():
                raise _NotUnderstood  # "Strengthen Environmental Justice by 20%": no measure
            start = end = self._target_point()
            phrase = self._target_phrase(value)
        pieces = [_Piece(" "), *self._slot_pieces(phrase, value, "target", source), _Piece(" ")]
        self.edits.append(_Edit(start, end, pieces, order=1))
        if phrase.startswith("by "):
            self._verb_for_a_change()
        if "baseline" in self.answers:
            self._baseline_pieces(start, end, phrase)

    def _replace_action(self, verb: str) -> None:
        action = self.parts.action
        assert action is not None
        self.marks = [m for m in self.marks if m[1] != "action"]
        self.edits = [e for e in self.edits if (e.start, e.end) != action.span]
        self.edits.append(_Edit(action.span[0], action.span[1],
                                [_Piece(verb, "action", "default", verb)]))

    def _counts_the_object(self, target: Target) -> bool:
        """ "N engineers", "[target] new leads": the placeholder counts the object."""
        metric = self.parts.metric
        if target.kind != "placeholder" or metric is None:
            return False
        between = self.parts.text[target.span[1]:metric.span[0]]
        contains = target.span[0] < metric.span[0] < target.span[1] <= metric.span[1]
        return contains or (metric.span[0] >= target.span[1] and not between.strip())

    def _verb_for_a_change(self) -> None:
        """ "Get win rate to 120%" with a default "by 5 points": "get" cannot take a change,
        so the writer's reach verb becomes the committed verb of the metric."""
        action = self.parts.action
        if action is None or self.declarative:
            return
        known_metric = self.metric_info is not None and not self.goal.is_deliverable
        if not (action.direction == "reach"
                or (action.direction == "deliver" and known_metric)):
            return
        if not any(slot == "action" and span == action.span for span, slot, _ in self.marks):
            return
        self._replace_action(self._committed_verb())

    def _target_at(self, span: CharSpan) -> Target | None:
        return next((t for t in self.goal.targets if t.span == span), None)

    def _target_value(self) -> tuple[str, str]:
        answer = self.answers.get("target")
        if answer is not None and _reads_as_target(answer):
            return answer, "answer"
        default = info_value(self.metric_info, "default_target")
        if default:
            return str(default), "default"
        configured = dict(self.settings.default_targets)
        unit = str(info_value(self.metric_info, "unit", ""))
        value = configured.get(unit) or configured.get("*") or "20%"
        source = "default" if self.settings.default_targets == _DEFAULTS["default_targets"] \
            else "config"
        return str(value), source

    def _target_phrase(self, value: str, change: bool = False) -> str:
        """ "by 20%" or "to 99.9%": the catalogue's mode, else by the verb's direction
        (``change``: the verb is a committed verb of change, whatever the writer's was)."""
        lowered = value.lower()
        if self.settings.placeholders:
            value = "<target>"
        elif lowered.startswith(_TARGET_LEADS):
            return value
        mode = info_value(self.metric_info, "default_mode")
        if mode not in ("by", "to"):
            action = None if change else self.parts.action
            direction = action.direction if action else None
            mode = {"reach": self.words.get("prep_reach", "to")}.get(
                direction or "", self.words.get("prep_up", "by"))
        return f"{mode} {value}"

    def _named_theme(self) -> bool:
        """An object in title case the catalogue does not know ("Environmental Justice"):
        a theme's name, not a quantity a percentage can apply to."""
        metric = self.parts.metric
        if metric is None or self.metric_info is not None or metric.kpi is not None:
            return False
        words = [w for w in _WORDS.findall(metric.text) if w[:1].isalpha()]
        titled = [w for w in words if w[:1].isupper() and not w.isupper()]
        return bool(words) and 2 * len(titled) > len(words)

    def _has_preposition(self, start: int, end: int) -> bool:
        # "from 100 kg to 50 kg" as a whole gives way to "by 5%" too.
        return self.parts.text[start:end].lower().split(" ")[0] in (*_PREPOSITIONS, "from")

    def _comparative_at(self) -> int | None:
        """Where "more"/"fewer"/"less" opens the object ("close more deals"), else None."""
        metric, action = self.parts.metric, self.parts.action
        if metric is None or action is None:
            return None
        comparatives = self.words.get("count_comparatives", [])
        start = action.span[1]
        for match in _WORDS.finditer(self.parts.text, start, max(start, metric.span[1])):
            if match.group().lower() in comparatives:
                return match.start()
            if match.start() >= metric.span[0]:
                break
        return None

    def _counts_a_hire(self) -> bool:
        """A delivery verb on a plural, undetermined group ("hire great designers")."""
        metric, action = self.parts.metric, self.parts.action
        if metric is None or action is None or action.direction != "deliver":
            return False
        first = metric.text.split(" ", 1)[0].lower()
        linking = self.words.get("linking_words", [])
        return (metric.kind in ("population", "deliverable") and first not in linking
                and metric.text.rstrip().endswith("s") and metric.span[0] >= action.span[1])

    def _with_preposition(self, span: CharSpan) -> CharSpan:
        """Widen a replaced target's span over a preposition just before it ("to 120%")."""
        text = self.parts.text
        start, end = span
        if text[start:end].lower().split(" ")[0] in _PREPOSITIONS:
            return span
        before = text[max(0, start - 4):start].lower()
        for prep in _PREPOSITIONS:
            if before.endswith(f"{prep} "):
                return start - len(prep) - 1, end
        return span

    def _target_point(self) -> int:
        """Where a new target goes: after the action, the metric and the scope next to it."""
        parts = self.parts
        ends = [s.span[1] for s in (parts.action, parts.metric) if s is not None]
        point = max(ends) if ends else self.hi
        blockers = [t.span[0] for t in parts.timeframes] + (
            [parts.reason.span[0]] if parts.reason else [])
        for scope in sorted(parts.scope, key=lambda s: s.span):
            gap_ok = 0 <= scope.span[0] - point <= 12
            blocked = any(point <= b < scope.span[0] for b in blockers)
            if gap_ok and not blocked:
                point = scope.span[1]
        return min(point, self.hi)

    def _baseline(self, target: Target) -> None:
        if "baseline" in self.answers and target.baseline is None:
            self._baseline_pieces(target.span[0], target.span[1], target.text)

    def _baseline_pieces(self, start: int, end: int, target_text: str) -> None:
        value = self.answers["baseline"]
        relative = not target_text.lower().startswith(("to ", "at "))
        phrase = value if value.lower().startswith(("from ", "up from ")) else f"from {value}"
        pieces = [_Piece(" "), *self._slot_pieces(phrase, value, "baseline", "answer"), _Piece(" ")]
        at = end if relative else start
        self.edits.append(_Edit(at, at, pieces, order=2 if relative else 0))

    # ------------------------------------------------------------------ deadline

    def _deadline(self, plain: bool = False, rebuilt: bool = False) -> None:
        """The deadline: the writer's own when it is good, else the answer or the default,
        in the place of a vague or past time the writer fronted ("By September 30, 2023,
        EPA will ..."), else after the outcome (before a reason or a confidence)."""
        self.plain = plain
        frame = self._own_deadline_frame()
        answer = self.answers.get("deadline")
        if self._verdict("time_bound") == "pass" and answer is None:
            if rebuilt and frame is not None:
                self.edits.append(_Edit(self.hi, self.hi, [
                    _Piece(" "), _Piece(frame.text, "deadline", "text", frame.text)], order=3))
            elif frame is not None:
                self.marks.append((frame.span, "deadline", frame.text))
            return
        phrase, value, source = self._deadline_phrase(answer)
        fronted = False
        for old in ([] if rebuilt else self._times_to_drop(answer is not None)):
            if self._fronted(old):
                # The writer's own place for a deadline: the new one goes there.
                fronted_phrase, fronted_value, _ = self._deadline_phrase(answer, plain=True)
                self.plain = plain
                shown = self._deadline_pieces("B" + fronted_phrase[1:], fronted_value, source)
                self.edits.append(_Edit(old.span[0], old.span[1], [_Piece(" "), *shown]))
                fronted = True
            else:
                self.edits.append(_Edit(self._drop_start(old), self._drop_end(old),
                                        [_Piece(" ")]))
        if not fronted:
            point = self.hi if rebuilt else self._deadline_point()
            self.edits.append(_Edit(point, point, [
                _Piece(" "), *self._deadline_pieces(phrase, value, source), _Piece(" ")],
                order=3))

    def _deadline_pieces(self, phrase: str, value: str, source: str) -> list[_Piece]:
        """ "by " + the deadline slot (its value without the leading "by")."""
        lead = next((p for p in ("by ", "By ") if phrase.startswith(p)), "")
        shown = phrase[len(lead):] if not self.settings.placeholders else "<deadline>"
        head = phrase[: len(phrase) - len(shown)] if phrase.endswith(shown) else lead
        return [_Piece(head), _Piece(shown, "deadline", source, value)]

    def _fronted(self, frame: Timeframe) -> bool:
        """A time that opens its sentence and is set off by a comma: "By 2023, ..."."""
        text = self.parts.text
        before = text[:frame.span[0]].rstrip()
        after = text[frame.span[1]:frame.span[1] + 2].lstrip(" ")
        opens = frame.span[0] <= self.lo or not before or before[-1] in ".:;-•*\n"
        return opens and after.startswith(",") and frame.text[:1].isalpha()

    def _drop_start(self, frame: Timeframe) -> int:
        """Where a dropped time starts: "now and in the future" goes whole."""
        match = _JOINED_TIME.search(self.parts.text, max(0, frame.span[0] - 30), frame.span[0])
        return match.start() if match is not None else frame.span[0]

    def _drop_end(self, frame: Timeframe) -> int:
        """Where a dropped time ends: an undated event ("once the new CRM is live") runs to
        the end of its clause when no other part stands there."""
        undated = any(f.rule == "T106" and f.span == frame.span for f in self.judgement.findings)
        if not undated:
            return frame.span[1]
        text = self.parts.text
        stop = min([i for i in (text.find(ch, frame.span[1]) for ch in ",;.") if i >= 0]
                   + [self.hi])
        tail = _WORDS.findall(text[frame.span[1]:stop])
        if len(tail) <= 4 and self.shape._covered(frame.span[1], stop) is False and not any(
                frame.span[1] <= t.span[0] < stop for t in self.parts.targets):
            return stop
        return frame.span[1]

    def _own_deadline_frame(self) -> Timeframe | None:
        end = self.parts.deadline
        return next((t for t in self.parts.timeframes if t.end == end and end is not None
                     and t.kind in ("deadline", "period")), None)

    def _times_to_drop(self, replacing: bool) -> list[Timeframe]:
        """Vague and past times give way to the new deadline (all own deadlines when answered)."""
        today = self.settings.today
        drop = []
        for frame in self.parts.timeframes:
            vague = frame.kind == "vague"
            past = frame.end is not None and frame.end < today
            start_only = frame.kind in ("deadline", "period") and frame.end is None
            answered = replacing and frame.kind in ("deadline", "period")
            if vague or past or start_only or answered:
                drop.append(frame)
        return drop

    def _deadline_phrase(self, answer: str | None,
                         plain: bool | None = None) -> tuple[str, str, str]:
        """(phrase in the sentence, slot value, source) for the new deadline."""
        if plain is not None:
            self.plain = plain
        from goalsmith.rules.time_bound import resolve

        if answer is not None:
            frame = resolve(answer, self.goal)
            if frame is not None and frame.end is not None:
                return self._time_phrase(answer, frame.end, from_answer=True), answer, "answer"
        period = self.settings.default_period
        source = "default" if period == _DEFAULTS["default_period"] else "config"
        frame = resolve(period, self.goal)
        if self.settings.placeholders:
            return "by <deadline>", "<deadline>", source
        if frame is None or frame.end is None:
            period, source = str(_DEFAULTS["default_period"]), "default"
            frame = resolve(period, self.goal)
        end = frame.end if frame is not None and frame.end is not None else None
        return self._time_phrase(period, end, from_answer=False), period, source

    def _time_phrase(self, period: str, end: date | None, from_answer: bool) -> str:
        if self.settings.placeholders:
            return "by <deadline>"
        if end is None:
            return f"by {period}"
        if self.declarative or getattr(self, "plain", False):
            return f"by {long_date(end)}"
        lowered = period.lower()
        if from_answer and lowered.startswith(_TIME_LEADS):
            head = period
        elif lowered.startswith(("end of", "the end of")):
            head = f"by {period}"
        elif from_answer and _looks_like_date(period):
            return f"by {period}"
        else:
            head = f"by the end of {period}"
        return f"{head} ({long_date(end)})"

    def _deadline_point(self) -> int:
        parts = self.parts
        text = parts.text
        point = self.hi
        clear = self.shape.understood or self.before_reason or (
            parts.reason is not None and parts.reason.text.lower().startswith(
                tuple(self.words.get("clear_reason_leads", []))))
        tail_starts = [parts.reason.span[0]] if parts.reason and clear else []
        confidence = parts.confidence
        if confidence is not None and parts.metric is not None \
                and confidence.span[0] > parts.metric.span[1]:
            tail_starts.append(confidence.span[0])
        if tail_starts:
            point = min(point, *tail_starts)
            while point > self.lo and text[point - 1] in " ,;(-–—":
                point -= 1
        return max(point, self.lo)

    # ------------------------------------------------------------------ owner, reason

    def _owner(self) -> None:
        parts = self.parts
        if parts.actors:
            self.marks.append((parts.actors[0].span, "owner", parts.actors[0].text))
            return
        answer = self.answers.get("owner")
        context_owner = self.goal.context.owner if self.goal.context else None
        if answer is None and not (self.settings.placeholders and not context_owner):
            return
        value = answer if answer is not None else "<owner>"
        shown = "<owner>" if self.settings.placeholders else value
        source = "answer" if answer is not None else "default"
        joint = ": " if self.declarative or self.parts.action is None else " will "
        pieces = [*self._slot_pieces(shown, value, "owner", source), _Piece(joint)]
        self.edits.append(_Edit(self.lo, self.lo, pieces, order=-1))
        self.lower_first_verb = joint == " will "

    def _reason(self, rebuilt: bool = False) -> None:
        """The writer's reason stays (re-attached when the sentence was rebuilt); else the
        user's answer goes at the end."""
        parts = self.parts
        if parts.reason is not None:
            if rebuilt:
                text = parts.reason.text
                self.edits.append(_Edit(self.hi, self.hi, [
                    _Piece(" "), _Piece(text, "reason", "text", text)], order=9))
            else:
                self.marks.append((parts.reason.span, "reason", parts.reason.text))
            return
        answer = self.answers.get("reason")
        if answer is None:
            return
        lead = str(self.words.get("reason_prefix", "so that"))
        phrase = answer if answer.lower().startswith(_REASON_LEADS) else f"{lead} {answer}"
        phrase = phrase.rstrip(" .")
        pieces = [_Piece(" "), *self._slot_pieces(phrase, answer, "reason", "answer")]
        self.edits.append(_Edit(self.hi, self.hi, pieces, order=9))

    # ------------------------------------------------------------------ rendering

    def _slot_pieces(self, phrase: str, value: str, slot: str, source: str) -> list[_Piece]:
        """The phrase as pieces, with the slot's span on the value inside it when it shows."""
        shown = f"<{slot}>" if self.settings.placeholders and slot in (
            "target", "deadline", "owner") else value
        index = phrase.find(shown)
        if index < 0:
            return [_Piece(phrase, slot, source, shown)]
        return [_Piece(phrase[:index]), _Piece(shown, slot, source, shown),
                _Piece(phrase[index + len(shown):])]

    def _pieces(self) -> list[_Piece]:
        """The rewrite as pieces: kept text between the edits, edits in text order."""
        text = self.parts.text
        edits = sorted(self.edits, key=lambda e: (e.start, e.end > e.start, e.order))
        pieces: list[_Piece] = []
        cursor = self.lo
        for edit in edits:
            start = min(max(edit.start, self.lo), self.hi)
            end = min(max(edit.end, self.lo), self.hi)
            start = max(start, cursor)  # inside an earlier replacement: after it
            end = max(end, start)
            pieces += self._kept(text, cursor, start)
            pieces += edit.pieces
            cursor = end
        pieces += self._kept(text, cursor, self.hi)
        return pieces

    def _kept(self, text: str, start: int, end: int) -> list[_Piece]:
        """Original text from start to end, split so text-sourced slots are their own pieces."""
        if end <= start:
            return []
        out: list[_Piece] = []
        cursor = start
        for (s, e), slot, value in sorted(self.marks):
            if s >= cursor and e <= end and s < e:
                out.append(_Piece(text[cursor:s]))
                out.append(_Piece(text[s:e], slot, "text", value))
                cursor = e
        out.append(_Piece(text[cursor:end]))
        return out

    def _render(self) -> Rewrite:
        pieces = self._pieces()
        # The sentence as one string plus, per character, the index of the piece it came
        # from; tidying deletes characters from both alike, so slot spans stay exact.
        text = "".join(_printable(piece.text) for piece in pieces)
        owners: list[int] = []
        for index, piece in enumerate(pieces):
            owners += [index] * len(piece.text)
        text, owners = _tidy(text, owners)
        if text:
            text = text[0].upper() + text[1:]
            if self.lower_first_verb:
                text = _lower_after_will(text)
        text += "."
        slots = []
        for index, piece in enumerate(pieces):
            first = bisect_left(owners, index)
            if piece.slot is None or first >= len(owners) or owners[first] != index:
                continue
            span = (first, bisect_right(owners, index))
            slots.append(Slot(piece.slot, text[span[0]:span[1]], piece.source or "text", span))
        slots.sort(key=lambda s: s.span or (0, 0))
        return Rewrite(text=text, slots=tuple(slots))


def _reads_as_target(answer: str) -> bool:
    """Whether the user's answer is a real target, read by the pipeline's target reader."""
    from goalsmith.pipeline.quantities import find_targets

    targets, _ = find_targets(answer[:200])
    return any(t.kind != "placeholder" for t in targets)


_TOKEN = re.compile(r"\$?(?:\[[^\]]{0,40}\]|TB[DCA]|[NXYZMLK]\d{0,3}\+?|X{2,3}|\?{2,3})%?")


def _placeholder_token(text: str, target: Target) -> tuple[int, int, str] | None:
    """The hidden number inside a placeholder target ("N11" in "≥N11 organizations")."""
    match = _TOKEN.search(text, target.span[0], target.span[1])
    return None if match is None else (match.start(), match.end(), match.group())


def _overlap(a: CharSpan, b: CharSpan) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _improve_verbs() -> set[str]:
    return set(load_data("words").get("verbs", {}).get("improve", []))


def _looks_like_date(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


_WHITESPACE = re.compile(r"[^\S\n]")
_BREAKS = re.compile(r"\n(?=\n)|(?<=\n) +| +(?=\n)")
_SPACE_RUN = re.compile(r"(?<= ) +|^ +")
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,.;:!?)])")
_DOUBLED_COMMA = re.compile(r"(?<=,),")
_DOUBLED_BY = re.compile(r"\bby (?=by\b)", re.IGNORECASE)
_TRAILING = re.compile(r"[\s,;:\-–—]+$")
_LEADING = re.compile(r"^[\s,;:]+")


def _printable(text: str) -> str:
    # Control characters in the goal would only garble the sentence.
    return text if text.isprintable() else "".join(
        c if c.isprintable() or c == "\n" else " " for c in text)


def _delete(text: str, owners: list[int], pattern: re.Pattern[str]) -> tuple[str, list[int]]:
    """``text`` and ``owners`` without the characters ``pattern`` matches."""
    kept_text: list[str] = []
    kept_owners: list[int] = []
    cursor = 0
    for match in pattern.finditer(text):
        kept_text.append(text[cursor:match.start()])
        kept_owners += owners[cursor:match.start()]
        cursor = match.end()
    if cursor == 0:
        return text, owners
    kept_text.append(text[cursor:])
    kept_owners += owners[cursor:]
    return "".join(kept_text), kept_owners


def _tidy(text: str, owners: list[int]) -> tuple[str, list[int]]:
    """One space between words, none before punctuation or at the ends, no doubled "by"."""
    # Line breaks stay (a multi-paragraph goal keeps its paragraphs), one at a time.
    text = _WHITESPACE.sub(" ", text)
    for pattern in (_BREAKS, _SPACE_RUN, _SPACE_BEFORE_PUNCT, _DOUBLED_COMMA, _TRAILING, _LEADING,
                    _DOUBLED_BY):
        text, owners = _delete(text, owners, pattern)
    return text, owners


def _lower_after_will(text: str) -> str:
    at = text.find(" will ")
    if at >= 0 and at + 6 < len(text) and not text[at + 6:at + 8].isupper():
        # keep acronyms ("ARR") as written
        text = text[:at + 6] + text[at + 6].lower() + text[at + 7:]
    return text


# ---------------------------------------------------------------------- mechanical checks
# Mechanical signs of a garbled rewrite. Each pattern is counted in the rewrite and in the
# original: only what the rewriter added is a problem (a writer's own "of of" is theirs).
_FUNCTION_WORDS = (r"the|a|an|of|in|to|for|at|on|with|from|by|into|than|is|are|was|were|be|"
                   r"been|our|its|their|this|that|these|those|and|or|will|per|via|as")
_CHECKS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("doubled preposition", re.compile(
        r"\b(?:by|to|in|of|at|for|from|with|on|into) (?:by|to|in|of|for|from|with|on|into)\b"
        r"|\b(?:by|to|in|of|for|from|with|on|into) at\b(?! (?:least|most)\b)", re.IGNORECASE)),
    ("target after a function word", re.compile(
        rf"\b(?:{_FUNCTION_WORDS}) (?:by|to) (?:[$€£<]|\d)", re.IGNORECASE)),
    ("doubled word", re.compile(r"\b(\w+) \1\b", re.IGNORECASE)),
    ("dangling ending", re.compile(rf"\b(?:{_FUNCTION_WORDS})[.!?]$", re.IGNORECASE)),
    ("extra sentence", re.compile(r"[.!?] [A-Z]")),
)
# The same checks for text whose letters and digits are all ASCII (curly quotes and
# dashes allowed): the case-insensitive ones run on the lower-cased text without
# IGNORECASE, which lets the regex engine skip ahead to a candidate first letter (about
# three times faster; every candidate rewrite is checked). There the two read the same:
# the patterns' letters are ASCII, and IGNORECASE only differs from lower-casing on
# non-ASCII letters ("ſ" matches "s", "K" matches "k"), which this text has none of.
_NON_ASCII_WORD_CHAR = re.compile(r"[^\W\x00-\x7f]")
_ASCII_CHECKS: tuple[tuple[str, re.Pattern[str], bool], ...] = tuple(
    (name, re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE), True)
    if pattern.flags & re.IGNORECASE else (name, pattern, False)
    for name, pattern in _CHECKS)


def _pattern_problems(text: str, original: str) -> list[str]:
    """The ``_CHECKS`` found more often in ``text`` than in ``original``."""
    if _NON_ASCII_WORD_CHAR.search(text) or _NON_ASCII_WORD_CHAR.search(original):
        # Counted in the original only when the rewrite has one at all (the common case: not).
        return [name for name, pattern in _CHECKS if pattern.search(text)
                and len(pattern.findall(text)) > len(pattern.findall(original))]
    lowered, original_lowered = text.lower(), original.lower()
    problems = []
    for name, pattern, lower in _ASCII_CHECKS:
        mine, theirs = (lowered, original_lowered) if lower else (text, original)
        if pattern.search(mine) and len(pattern.findall(mine)) > len(pattern.findall(theirs)):
            problems.append(name)
    return problems


def rewrite_problems(parts: GoalParts, rewrite: Rewrite) -> list[str]:
    """Mechanical grammar problems the rewriter introduced (empty when none).

    Checks: a doubled preposition ("by by", "to of"), a target right after a function
    word ("is to 20%", "the by 20%") or right after a bare verb ("Generate by 20%"), a
    doubled word, a sentence ending on a function word ("... is."), more sentences than
    the original, a slot glued to a neighbouring word, a lowercase first letter, and a
    default metric proposed for a goal that already names one.
    """
    text, original = rewrite.text, parts.text
    problems = _pattern_problems(text, original)
    if text[:1].islower():
        problems.append("lowercase start")
    for slot in rewrite.slots:
        if slot.span is None:
            continue
        start, end = slot.span
        before, after = text[start - 1:start], text[end:end + 1]
        if (before.isalnum() and text[start:start + 1].isalnum()) or (
                after.isalnum() and text[end - 1:end].isalnum()):
            problems.append(f"glued {slot.slot}")
        if slot.slot == "metric" and slot.source == "default" and parts.metric is not None \
                and parts.metric.kind == "metric" and parts.metric.kpi is not None:
            problems.append("default metric over a named one")
    verbs = [s for s in rewrite.slots if s.slot == "action" and s.span is not None]
    targets = [s for s in rewrite.slots if s.slot == "target" and s.span is not None]
    for verb in verbs:
        for target in targets:
            assert verb.span is not None and target.span is not None
            gap = text[verb.span[1]:target.span[0]].strip().lower()
            if gap in ("by", "to") and not rewrite.text[:verb.span[0]].strip():
                problems.append("target right after the verb")
    return problems
