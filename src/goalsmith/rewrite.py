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
  in front of its metric becomes a change of it, the writer's verb kept ("Reach a 20%
  increase in expansion IARR", "contribute 20% more weighted pipeline"); elsewhere the
  sentence is rebuilt as "<verb> <metric> by 20%";
* deadline: the user's answer, else ``Settings.default_period`` resolved
  ("by the end of next quarter (March 31, 2027)"); vague and past times are removed,
  and a fronted one ("By September 30, 2023, ...") gives its place to the new one;
* owner, baseline and reason only from the user's answers.

A target is only added where a percentage can apply: to a catalogue metric named by the
object's head word, a measure the writer's own verb of change names ("Increase the number
of loans that ..."), or a bare process the writer improves ("Improve onboarding"); never
to a thing ("Delight our customers" is not "Improve our customers by 20%", "Win back lost
accounts" not "... by 20%"). Hidden and impossible targets that the splice cannot reach
are replaced where they stand (``_retarget``: "Reduce T&E spend by X%" -> "by 10%", "Get
win rate on enterprise deals to 120%" -> "Increase ... by 5 points"); "by TBD" after a
deliverable is a date to come, which the deadline replaces.

An owner, subject or heading in front of the goal ("Sales team to ...", "We will ...",
"The agency aims to ...", "Finance: ...") stays in front: the goal behind it is rewritten
on its own and put back behind it (``_prefixed``: "Sales team to complete 3 milestones
toward exploring new verticals next year"); a stated confidence in front moves to the
end ("... by Q3 (confidence 3/10)").

When nothing can be measured the default measure is "3 milestones" (``[rewrite]`` in
rules.toml), and the writer's words are what it works toward: an aim as a gerund
("Complete 3 milestones toward protecting national security by ..."), a heading
("... toward Wealth Creation by ..."), a statement after "so that" ("Complete 3
milestones by ... so that search filter usage is tracked in pings"). The older forms
("..., with 3 milestones completed", "Wealth creation: complete 3 milestones by ...")
remain as fallbacks.

A rewrite is one sentence: a goal written as several sentences or paragraphs is joined
with a colon after a short first sentence (the objective, then its detail) and
semicolons after that; a list keeps its lines.

Every slot records its source (``text``, ``answer``, ``config`` or ``default``) and its
span in the rewrite. With ``Settings.placeholders`` the filled values are written as
``<target>``, ``<deadline>``, ``<owner>``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cached_property, lru_cache
from typing import Any

from goalsmith.catalogue import (
    ANYONE,
    OWNER_LABEL_WORDS,
    QUESTION_MODALS,
    goal_frame_end,
    past_modals,
    past_question_frame,
    question_subject,
    skip_fillers,
    tokenize,
    verb_lemmas,
    vocabulary,
)
from goalsmith.data import abbreviations, load_data, vague_counts
from goalsmith.goal import CharSpan, GoalParts, Metric, Target, Timeframe
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
from goalsmith.wrappers import handover_spans, template_spans, wrapper_spans

_PREPOSITIONS = ("by", "to", "of", "at")
_TARGET_LEADS = ("by ", "to ", "at ", "of ", "at least ", "at most ", "under ", "below ",
                 "above ", "over ", "more than ", "less than ", "no more than ", "up to ",
                 "from ", "within ")
# The words before a time that would dangle once it goes: "by the", "before the end of".
# (A bare "by" before the time is left to the deadline that takes its place.)
_DANGLING_TIME_LEAD = re.compile(
    r"\b(?:by|before|until|till|through|during|for|in|over)[ \t]{1,3}(?:the[ \t]{1,3}"
    r"(?:(?:end|start|middle|beginning)[ \t]{1,3}of[ \t]{1,3}(?:the[ \t]{1,3})?)?"
    r"|(?:end|start|middle|beginning)[ \t]{1,3}of[ \t]{1,3}(?:the[ \t]{1,3})?)?\Z",
    re.IGNORECASE)
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
_TRAILING_CONJUNCTION = re.compile(r",?\s{1,3}(?:and|or)$", re.IGNORECASE)
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


@dataclass(frozen=True)
class _Lead:
    """What stands in front of the writer's own goal: an owner or subject ("Sales team
    to", "We will", "Finance:"), a heading ("Attribution model:"), or a stated confidence
    ("Confidence 3/10:"), which moves to the end."""

    subject: str  # as written; "" for a confidence
    joint: str  # ": ", " to ", " will ", or "" for a confidence
    body: CharSpan  # where the writer's own goal stands
    owner: bool  # the subject owns the goal
    tail: str = ""  # " (confidence 3/10)"


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
    brackets = template_spans(parts.text)
    if brackets:
        # "I will [book] [15] [demos] per [week]": the filled template, rewritten plain
        plain = "".join(ch for n, ch in enumerate(parts.text)
                        if not any(a <= n < b for a, b in brackets))
        return _rewrite_body(plain, settings, context, answers or {})
    signed = _signed_tail(parts)
    if signed is not None:
        return _with_signature(parts, signed, settings, context, answers or {})
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
        # The purpose form moves the writer's words, and any time they hold, into its
        # "so that" clause: it is sure of T only when it states the deadline itself.
        trusted = strategy is _restructure or (strategy is _purpose and any(
            slot.slot == "deadline" and slot.source != "text" for slot in candidate.slots))
        if trusted or (strategy is _splice and shape.certain
                       and not (shape.long and _slot_inside(candidate))):
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


# What opens an owner signed after the goal: "- Mei", "~Kat", "(DRI: Noor)", ". Owner: Noor".
_SIGNATURE_OPENER = re.compile(
    r"(?:[ \t]{1,3}[\-–—~|]|[ \t]{0,3}[(\[]|[.;,\t][ \t]{0,3})[ \t]{0,3}"
    rf"(?:(?i:{OWNER_LABEL_WORDS})[ \t]{{0,3}}[:=\-–—][ \t]{{0,3}})?\Z")


def _signed_tail(parts: GoalParts) -> int | None:
    """Where an owner signed after the goal begins ("Grow sales - Mei"), so that filled
    slots go before the signature, not after it."""
    text = parts.text
    if not parts.actors:
        return None
    last = parts.actors[-1]
    if text[last.span[1]:].strip(" \t\r\n.;)]") or last.span[0] == 0:
        return None
    opener = _SIGNATURE_OPENER.search(text, 0, last.span[0])
    if opener is None or not text[:opener.start()].strip():
        return None
    return opener.start()


def _with_signature(parts: GoalParts, start: int, settings: Settings,
                    context: GoalContext | None, answers: dict[str, str]) -> Rewrite | None:
    """The goal before its signature rewritten on its own, its owner known, then signed."""
    owner = parts.actors[-1]
    context = replace(context or GoalContext(), owner=owner.text, owner_source="text")
    body = _rewrite_body(parts.text[:start], settings, context, answers)
    if body is None:
        return None
    signature = parts.text[start:].rstrip(" \t\r\n.;")
    if signature.startswith("\t"):
        signature = " - " + signature.lstrip()  # a table's last cell: signed with a dash
    text = f"{body.text.rstrip('.')}{signature}."
    at = text.rfind(owner.text)
    slots = [s for s in body.slots if s.slot != "owner"]
    return Rewrite(text=text, slots=(*slots, Slot("owner", owner.text, "text",
                                                  (at, at + len(owner.text)))))


def _slot_inside(candidate: Rewrite) -> bool:
    """Whether a filled slot stands before words of the writer's: only then can it change
    how the rest of the sentence reads ("... by March 31, 2027 to empower families")."""
    end = len(candidate.text.rstrip(" .;"))
    return any(slot.span is not None and slot.span[1] < end for slot in candidate.slots
               if slot.source != "text")


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


def _amounts(plan: _Plan) -> Rewrite:
    return plan.amounts()


def _heading(plan: _Plan) -> Rewrite:
    return plan.heading()


def _tokens(plan: _Plan) -> Rewrite:
    return plan.tokens()


def _prefixed(plan: _Plan) -> Rewrite:
    return plan.prefixed()


def _retarget(plan: _Plan) -> Rewrite:
    return plan.retarget()


def _strategies(shape: _Shape) -> tuple[Any, ...]:
    """The strategies worth trying, most faithful first.

    * splice: the writer's sentence with the slots spliced in, only where its structure
      is understood (a clean verb + object, a declarative result, a bare metric) or
      only a deadline is missing;
    * amounts: each hidden amount replaced where it stands by a change of the metric
      after it ("Reach $N0 in expansion IARR" -> "Reach a 20% increase in expansion
      IARR"; "contribute $N7 weighted pipeline" -> "contribute 20% more weighted
      pipeline"), the writer's verb and the rest of the sentence kept;
    * restructure: "<verb> <metric> by <target> by <deadline>" from the extracted parts,
      for a catalogue metric whose target is missing or a placeholder that no value of
      the same kind can replace ("$N0 in expansion IARR");
    * attach: the writer's sentence intact, the deadline after it and, when a measure is
      missing, a visible default measure in a clause of its own ("..., with 3 milestones
      completed");
    * purpose: the default measure as the main clause and the writer's words as what it
      works toward ("Complete 3 milestones toward protecting national security by ...",
      "... by ... so that usage is tracked");
    * retarget: hidden or impossible targets replaced where they stand, the rest kept;
    * prefixed: an owner, subject or heading in front kept in front, the goal behind it
      rewritten on its own ("We will complete 3 milestones toward keeping ...");
    * heading: the writer's words as a heading for the measure ("Wealth creation:
      complete 3 milestones by ..."), a fallback.
    """
    order: list[Any] = []
    if shape.spliceable:
        order.append(_splice)
    if shape.tokens_only:
        order.append(_tokens)
    if shape.amounts_in_place:
        order.append(_amounts)
    if shape.restructurable:
        order.append(_restructure)
    if shape.only_time:
        order.append(_attach)
    if shape.retargetable:
        order.append(_retarget)
    if shape.lead is not None:
        order.append(_prefixed)
    # The writer's words read best as what the measure works toward: an aim ("Complete 3
    # milestones toward protecting national security"), a heading ("... toward Wealth
    # Creation") or a statement ("... so that invoice volume is tracked"). Attached after
    # the statement and as a heading over the measure are the fallbacks.
    order += [_purpose, _heading, _attach] if shape.heading_like else \
        [_purpose, _attach, _heading]
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


def sentence_start(text: str) -> int:
    """Where a goal's sentence starts for its rewrite: after leading space, chat words
    ("ok so", "quick one:") and a question's opening with its subject ("What if we |
    cut ...", "can someone | get ..."): read as the owner finder and the parts read them."""
    toks = tokenize(text)
    if not toks:
        return len(text) - len(text.lstrip())
    from goalsmith.pipeline.actors import heading_end  # (loaded with the pipeline)

    # "AP - | Marco - upgrade ...": the owner leads; "Goals / Literacy / | focus on ..."
    label = heading_end(text)
    i = skip_fillers(text, toks, next((n for n, t in enumerate(toks) if t.start >= label), 0))
    pronouns = vocabulary().lexicon.pronouns
    framed = past_question_frame(toks, i)
    asked = question_subject(toks, framed, pronouns)
    if asked > i and asked < len(toks) and (toks[asked].low in pronouns
                                             or toks[asked].low in ANYONE):
        asked += 1  # the rewrite is imperative: "Can we cut churn?" -> "Cut churn ..."
    elif asked > framed:
        asked = framed  # "Could the night team | ...": the one asked leads (see _asked_lead)
    return toks[asked].start if asked < len(toks) else len(text.rstrip())


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
        self.lo, self.hi = goal_bounds(text)
        self.judgement = judgement
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
            # An owner prefix ("Sales: close ...", "Sales team, please close ..."), not a
            # subject ("Admins can ...").
            mark = text[actor.span[1]:actor.span[1] + 2].strip()
            prefix = mark == ":" or (mark == "," and actor.span[0] == self.lo)
            if actor.span[1] <= start and prefix:
                head = head.replace(text[actor.span[0]:actor.span[1] + 1], " ")
        toks = tokenize(head)
        if toks and goal_frame_end(toks, 0, self.goal.lexicon) == len(toks):
            return True  # "Our goal is to grow revenue": the frame leads like a hedge
        plain = [t for t in toks if t.text not in (",", ";")]
        if plain and past_modals(plain, 0, self.goal.lexicon) == len(plain):
            return True  # "Please reduce ...", "Need to cut ...", "Let's grow ..."
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
    def object_tail(self) -> tuple[int, int, bool] | None:
        """How much, how fast or how the writer wants a measure to move, right after it
        ("reduce build times | a lot", "grow ARR | consistently"): its span, and whether a
        target replaces it (a degree) or goes after it (a manner); else None."""
        metric, action = self.parts.metric, self.parts.action
        # Only after a verb of change on a known measure: "understand our users better"
        # is no change of "users" a target could state.
        if metric is None or metric.kpi is None or action is None or (
                action.direction not in ("up", "down")):
            return None
        after = self.parts.text[metric.span[1]:self.hi]
        toks = tokenize(after)
        if not toks or after[:toks[0].start].strip():
            return None
        lexicon = self.goal.lexicon
        hit = lexicon.object_tails.match_at(toks, 0)
        if hit is None:
            return None
        degree = lexicon.degree_tails.match_at(toks, 0) is not None
        return metric.span[1] + toks[0].start, metric.span[1] + toks[hit[0] - 1].end, degree

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
        if self.object_tail is not None:
            spans.append(self.object_tail[:2])  # a target stands in for it or follows it
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
                    or not noun.endswith("s") or info_value(self.goal.metric_info, "unit") \
                    in ("currency", "percent"):
                return []
            found.append(target)
        return found

    @cached_property
    def tokens_only(self) -> bool:
        """Only hidden counts stand between the goal and a target (and maybe a deadline)."""
        return bool(self.counted_placeholders) and not self.goal.targets

    @cached_property
    def amounts_in_place(self) -> bool:
        """Hidden numbers only, each right in front of the metric ("$N7 weighted pipeline")
        or of "in"/"of" + the metric ("$N0 in expansion IARR"), after the writer's verb."""
        parts, action, metric = self.parts, self.parts.action, self.parts.metric
        if self.goal.targets or not self.goal.placeholders or metric is None:
            return False
        verb = action.span if action is not None and action.text.strip() else None
        return all(_amount_slot(parts.text, holder, verb, metric.span) is not None
                   for holder in self.goal.placeholders)

    @cached_property
    def long(self) -> bool:
        """A sentence long enough that a new deadline may change how the rest reads ("...
        by March 31, 2027 to empower families ..."): even a trusted form is audited."""
        return len(_WORDS.findall(self.parts.text[self.lo:self.hi])) > 20

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
        states = set(self.words.get("state_words", []))
        words = [w.lower() for w in _WORDS.findall(self.parts.text[self.lo:self.hi])]
        return any(w in finite or (n and w in states) for n, w in enumerate(words))

    @cached_property
    def lead(self) -> _Lead | None:
        """An owner, subject or heading in front of the writer's goal ("Sales team to",
        "We will", "Finance:"), or a stated confidence ("Confidence 3/10:")."""
        lo = self.lo
        for frame in self.parts.timeframes:
            # "By September 30, 2023, DOL programs will ...": a fronted time that has to go
            # (past or vague) leaves the subject first.
            gone = frame.kind == "vague" or (frame.end is not None
                                             and frame.end < self.goal.settings.today)
            comma = self.parts.text[frame.span[1]:frame.span[1] + 2].lstrip(" ")[:1] == ","
            if frame.span[0] <= self.lo and gone and comma:
                lo = self.parts.text.index(",", frame.span[1]) + 1
                lo += len(self.parts.text[lo:]) - len(self.parts.text[lo:].lstrip())
        for start, end in handover_spans(self.parts.text):
            # "Over to | the PM team: ...": the words that hand the goal over stay in front
            # of the one they name
            handed = _find_lead(self.parts, end, self.hi) if start <= lo < end else None
            if handed is not None and handed.owner:
                return replace(handed, subject=self.parts.text[lo:end] + handed.subject)
        asked = _asked_lead(self.parts, lo)
        if asked is not None:
            return asked
        addressed = _addressed_end(self.parts.text, lo)
        if addressed is not None:
            # "Fleet team, | you need to reduce ...": who is addressed stays in front of
            # the subject that follows
            handed = _find_lead(self.parts, addressed, self.hi)
            if handed is not None and handed.owner:
                return replace(handed, subject=self.parts.text[lo:addressed] + handed.subject)
        return _find_lead(self.parts, lo, self.hi)

    @cached_property
    def retargetable(self) -> bool:
        """Hidden or impossible targets a value of their kind may replace where they stand."""
        fixable = any(f.rule in _FIXABLE_TARGET_RULES and f.span for f in self.judgement.findings)
        return (fixable or bool(self.goal.placeholders)) and self.voice != "other"

    @cached_property
    def spliceable(self) -> bool:
        if self.owner_misread:
            return False
        return self.only_time or self.understood or self.plausible

    @cached_property
    def owner_misread(self) -> bool:
        """An owner read as the verb or its object ("Design team to explore ...": "Design"
        the verb, "team" the object): the sentence is not understood."""
        spans = [p.span for p in (self.parts.action, self.parts.metric) if p is not None]
        return any(_overlap(actor.span, span) for actor in self.parts.actors for span in spans)

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
        self.lo, self.hi = goal_bounds(text)
        self.metric_info = goal.metric_info
        self.declarative = self._is_declarative()
        self.lower_first_verb = False
        self.vague_state = self._vague_state()
        self.plain = False  # the deadline as a bare date ("by March 31, 2027")
        self.before_reason = False  # the new deadline goes before the writer's reason
        self.also_drop: list[Timeframe] = []  # the writer's times moved elsewhere
        self.own_clause = False  # the main clause is the rewriter's ("Complete 3 milestones")
        self.default_metric = False  # a catalogue metric stands in for an abstract object

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
                  _Piece(shown, "metric", "text", shown), _Piece(self._scope_after(metric)),
                  _Piece(" "), *self._slot_pieces(phrase, value, "target", source)]
        lead = self.shape.lead
        # "Sales Ops to cut spend by $N": the owner in front stays, the rest is rebuilt.
        start = lead.body[0] if lead is not None and lead.owner and lead.joint else self.lo
        self.edits.append(_Edit(start, self.hi, pieces))
        self._deadline(rebuilt=True)
        self._reason(rebuilt=True)
        self._owner()
        return self._render()

    def _scope_after(self, metric: Metric) -> str:
        """ " from enterprise accounts": the scope right after the metric, with its one
        linking word, which a goal rebuilt from its parts keeps."""
        text = self.parts.text
        links = self.goal.lexicon.scope_prepositions
        for scope in self.parts.scope:
            gap = text[metric.span[1]:scope.span[0]]
            words = gap.split()
            if scope.span[0] >= metric.span[1] and gap[:1] == " " and gap[-1:] == " " and (
                    words[:1] and words[0].lower() in links and words[1:] in ([], ["the"])):
                return text[metric.span[1]:scope.span[1]]
        return ""

    def attach(self, purpose: bool) -> Rewrite:
        """The writer's sentence kept whole, with what is missing attached to it.

        The deadline goes after the sentence; a missing measure is a visible default,
        "3 milestones", in a clause of its own ("..., with 3 milestones completed"), or
        (``purpose``) the main clause, with the writer's words as what it works toward:
        "Complete 3 milestones toward protecting national security by ...", "... toward
        Wealth Creation", "... by March 31, 2027 so that usage is tracked in pings".
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
        self.own_clause = True
        # The writer's own good deadline moves to the measure ("Complete 3 milestones by
        # Q1 toward hiring ..."): left in their words it would date the purpose, not the goal.
        own = self._verdict("time_bound") == "pass" and answer is None
        frame = self._own_deadline_frame() if own else None
        if frame is not None and not self._ends_a_phrase(frame.span[1]) \
                and frame.text.lower().startswith(_TIME_LEADS):
            # "by its March 31 end date": moved, the time would leave half its phrase.
            frame = None
        self.also_drop = [frame] if frame is not None else []
        link, kept = self._purpose_link(self.parts.text[self.lo:self.hi])
        deadline = (_own_deadline_pieces(frame.text) if frame is not None else [] if own
                    else self._deadline_pieces(*self._deadline_phrase(answer)))
        measure = [_Piece(verb, "action", "default", verb), _Piece(" "), *target]
        purpose = [_Piece(f" {link} {kept}")]
        if self._deadline_last(link, kept):
            # "Complete 3 milestones toward protecting workers' rights by March 31, 2027":
            # a short aim cannot take the deadline for its own.
            pieces = [*measure, *purpose, _Piece(" "), *deadline]
        else:
            # After longer words the deadline could be read as part of them ("... needs
            # for 2025 and beyond by March 31"), and after "so that" it would date the
            # statement, not the measure: it goes right after the measure.
            pieces = [*measure, _Piece(" "), *deadline, *purpose]
        self.edits = [_Edit(self.lo, self.hi, pieces)]
        self.marks = []
        self._owner()
        self._reason()
        return self._render()

    def prefixed(self) -> Rewrite:
        """The writer's goal after its owner, subject or heading rewritten on its own, then
        put back behind them: "Sales team to explore new verticals next year" -> "Sales team
        to complete 3 milestones toward exploring new verticals next year", "We will keep
        opex flat" -> "We will complete 3 milestones toward keeping opex flat by ...", a
        confidence in front moved to the end ("... by Q3 (confidence 3/10)")."""
        lead = self.shape.lead
        if lead is None:
            raise _NotUnderstood
        context = self.goal.context
        if lead.owner:
            context = replace(context or GoalContext(), owner=lead.subject, owner_source="text")
        body = _rewrite_body(self.parts.text[lead.body[0]:lead.body[1]], self.settings,
                             context, self.answers)
        if body is None:
            raise _NotUnderstood
        text = body.text.rstrip(".")
        first = text.split(" ", 1)[0]
        if lead.joint and first.lower() in _TIME_LEADS_WORDS:
            raise _NotUnderstood  # "We will by March 31, ...": a fronted time cannot follow
        if lead.joint and first != "I" and first[1:2].islower() and (
                first.lower() in _verb_bases() or _common_word(first, [])):
            text = text[:1].lower() + text[1:]
        subject = lead.subject[:1].upper() + lead.subject[1:]
        head = f"{subject}{lead.joint}"
        out = f"{head}{text}{lead.tail}."
        slots = [Slot("owner", subject, "text", (0, len(subject)))] if lead.owner else []
        for slot in body.slots:
            if slot.span is None or slot.slot == "owner":
                continue
            span = (slot.span[0] + len(head), slot.span[1] + len(head))
            slots.append(Slot(slot.slot, out[span[0]:span[1]], slot.source, span))
        return Rewrite(text=out, slots=tuple(slots))

    def _deadline_last(self, link: str, kept: str) -> bool:
        """Whether the deadline may close the sentence after the writer's words: only after
        a short aim or heading ("toward ...") with no number or time of its own."""
        words = _WORDS.findall(kept)
        limit = int(self.words.get("short_purpose_words", _SHORT_PURPOSE_WORDS))
        # After a clause of its own ("toward scaling the org to support growth", "...
        # because hiring is slow") the deadline would date that clause instead.
        return (link == "toward" and len(words) <= limit
                and not any(w.lower() in _TIME_WORDS or any(c.isdigit() for c in w)
                            or w.lower() in _CLAUSE_WORDS for w in words[1:]))

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

    def amounts(self) -> Rewrite:
        """Each hidden amount replaced where it stands: "a 20% increase in" after a verb of
        reaching ("Reach $N0 in expansion IARR"), "20% more" before the metric otherwise
        ("contribute $N7 weighted pipeline", "Generate $N in pipeline" -> "Generate 20%
        more pipeline"); a level the catalogue sets ("Uptime SLA of N8") takes its value."""
        action, metric = self.parts.action, self.parts.metric
        assert metric is not None
        verb = action.span if action is not None and action.text.strip() else None
        value, source = self._target_value()
        for holder in self.goal.placeholders:
            found = _amount_slot(self.parts.text, holder, verb, metric.span)
            assert found is not None
            start, end, how = found
            if (how == "level") != (info_value(self.metric_info, "default_mode") == "to") \
                    or not value.endswith("%"):
                # A level needs a level ("99.9%"), a change a percentage: "by 5 points"
                # cannot stand in front of a noun.
                raise _NotUnderstood
            if self.settings.placeholders:
                phrase = "<target>"
            elif how == "level":
                phrase = value  # "Uptime SLA of 99.9%"
            elif how == "joined" and action is not None and action.direction == "reach":
                phrase = f"a {value} increase in"
            else:
                phrase = f"{value} more"
            self.edits.append(_Edit(start, end, [
                _Piece(" "), *self._slot_pieces(phrase, value, "target", source), _Piece(" ")],
                order=1))
        self.marks.append((metric.span, "metric", metric.text))
        self._deadline(plain=self.shape.voice != "imperative")
        self._owner()
        return self._render()

    def retarget(self) -> Rewrite:
        """Each hidden or impossible target replaced where it stands by a value of its kind,
        the rest of the sentence kept: a change keeps its "by" ("by X%", "by 120%" -> "by
        10%"); a level the catalogue sets takes its value ("uptime of 101%" -> "uptime of
        99.9%"); any other level becomes a change ("to 120%", "to N+" -> "by 20%"), a verb of
        reaching the verb of change; "by TBD" after a deliverable gives way to the deadline."""
        text, action = self.parts.text, self.parts.action
        bad = [f.span for f in self.judgement.findings
               if f.rule in _FIXABLE_TARGET_RULES and f.span]
        spans = sorted({t.span for t in self.goal.placeholders} | set(bad))
        if not spans:
            raise _NotUnderstood
        value, source = self._target_value()
        level = info_value(self.metric_info, "default_mode") == "to"
        direction = action.direction if action is not None else None
        if action is not None and action.text.strip():
            self.marks.append((action.span, "action", action.text))
        for span in spans:
            start, end = self._with_preposition(span)
            lead = text[start:end].lower().split(" ")[0]
            if (start, end) in self._date_placeholders():
                continue  # "by TBD": a date to come, which the deadline replaces
            number = _LEVEL_NUMBER.search(text, span[0], span[1])
            if level and lead != "by" and number is not None and value.endswith("%"):
                start, end, phrase = number.start(), number.end(), value  # "uptime of 99.9%"
            elif not level and lead == "by":
                phrase = f"by {value}"
            elif not level and lead == "to" and direction in ("up", "down", "reach"):
                phrase = f"by {value}"
                if direction == "reach":
                    self._replace_action(self._committed_verb())
            elif (held := self._target_at(span)) is not None and (
                    kept := self._kept_start(held, value)) is not None:
                start, end, phrase = kept  # "200 members (currently 60)" -> "72 members"
            else:
                raise _NotUnderstood
            if self.settings.placeholders:
                phrase = phrase.replace(value, "<target>")
            self.edits.append(_Edit(start, end, [
                _Piece(" "), *self._slot_pieces(phrase, value, "target", source), _Piece(" ")],
                order=1))
        metric = self.parts.metric
        if metric is not None and metric.text.strip():
            self.marks.append((metric.span, "metric", metric.text))
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
        """How the writer's words join a default measure: "toward" + their imperative as a
        gerund ("toward protecting national security") or their heading ("toward Safer
        Streets"), "so that" + their statement, "to" + an imperative whose verbs cannot all
        be turned into gerunds; their first word lowered when it is a common word."""
        voice = self.shape.voice
        words = self._without_hedge(self._without_dropped_times(words))
        if _AMOUNT_STATE.match(words):
            return "toward", f"being {words}"  # "toward being 20% faster"
        metric = self.parts.metric
        # A first word the pipeline read into a metric ("Hand hygiene compliance") is no verb.
        titled = (metric is not None and metric.span[0] <= self.lo and voice != "imperative"
                  and len(_WORDS.findall(metric.text)) > 1) \
            or any(t.span[0] <= self.lo for t in self.parts.timeframes)
        adverb_verb = _adverb_verb(words) or (None if titled else _leading_verb(words))
        if adverb_verb is not None:
            # "Effectively implement ...", "Continue to monitor ...": an imperative the
            # pipeline did not read as one (its verb is elsewhere, or none was found).
            gerund = _gerund_phrase(words, adverb_verb)
            if gerund is not None:
                return "toward", gerund
        if voice == "imperative":
            action, metric = self.parts.action, self.parts.metric
            assert action is not None
            first = words.split(" ", 1)[0]
            known = action.text.split(" ", 1)[0].lower() in _verb_bases()
            # A first word the pipeline read both as the verb and as part of the object
            # ("Safe Workers", "Site admins can ...") may be no verb at all.
            unsure = metric is not None and _overlap(metric.span, action.span)
            gerund = None if unsure else _gerund_phrase(words, action.text)
            if gerund is not None:
                return "toward", gerund
            if unsure and not known and self.shape.clause:
                return "so that", self._statement(words)
            if (unsure and not known and _title_case(words)) or not first.isalpha():
                return "toward", words  # a heading ("Safe Workers", "N17 from outbound")
            if not first[1:2].isupper():
                words = first[:1].lower() + words[1:]
            if first.lower() not in _verb_bases() and first.lower().endswith("s"):
                return "toward", words  # a plural noun, no verb ("Dashboards for everyone")
            return "to", words
        action = self.parts.action
        inflected = action is not None and action.span[0] > self.lo and \
            action.text.strip().lower().endswith(("s", "ed"))
        if not self.shape.clause and not inflected:
            return "toward", self._statement(words)  # a heading or a noun phrase
        # A statement: a finite word ("is", "will") or the writer's verb in a finite form
        # ("Teammate satisfaction increases ...").
        return "so that", self._statement(words)

    def _without_hedge(self, words: str) -> str:
        """The writer's words without a hedge that opens them ("Try to cut back on sugar")."""
        hedge = self.goal.hedge
        if hedge is None or hedge[1][0] > self.lo + 1:
            return words
        rest = words[len(hedge[0]):] if words.lower().startswith(hedge[0].lower()) else words
        return rest.lstrip() or words

    def _statement(self, words: str) -> str:
        """A statement after "so that": its first word lowered when it is a common word in
        front of lowercase words ("The handbook is", "Sales, engineering and product
        have"); a heading's capitals ("Better Use of Data") and names stay."""
        first, _, rest = words.partition(" ")
        starts = self.words.get("common_starts", [])
        if first[1:2].isupper() or first.rstrip(",;:") in ("I", "I'm", "I've", "I’m", "I’ve"):
            return words  # an acronym ("VA is ..."), or "I"
        if any(a.kind in ("person", "organisation") and words.startswith(a.text)
               for a in self.parts.actors):
            return words  # a name ("Maria grows ...")
        finite = self.words.get("finite_words", [])
        # A common noun opens a noun phrase ("Invoice volume is ..."); a name is followed
        # by its verb ("Sourcegraph is ...").
        noun_phrase = rest[:1].islower() and rest.split(" ", 1)[0].lower() not in finite
        if first.lower() in starts or (rest[:1].islower() and (
                _common_word(first, starts) or (noun_phrase and first.isalpha()))):
            # "The Department will ..." -> "the Department will ..."
            return first[:1].lower() + words[1:]
        return words

    def _without_dropped_times(self, words: str) -> str:
        """The writer's words without their vague or past times (the new deadline stands)."""
        offset = self.lo
        out, cursor = [], 0
        dropped = self._times_to_drop(self.answers.get("deadline") is not None)
        spans = [self._drop_bounds(f) for f in dropped + self.also_drop]
        for bounds in sorted(spans + self._impossible_targets()):
            start, end = bounds[0] - offset, bounds[1] - offset
            if end > len(words) and not self.parts.text[offset + len(words):bounds[1]].strip(" ."):
                end = len(words)  # "by Thurs.": the abbreviation's point ends the sentence
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
        return _SPACES.sub(" ", _COMMA_AFTER_GAP.sub("", "".join(out))).strip(" ,;:")

    def _impossible_targets(self) -> list[CharSpan]:
        """Impossible or implausible targets (A101-A104) that can go from the writer's words
        with their preposition or sign and leave a phrase ("compliance ≥ 110% on all
        wards" -> "compliance on all wards"); not one that heads a phrase ("at 105% of
        current ACV")."""
        text = self.parts.text
        found = []
        for finding in self.judgement.findings:
            if finding.rule not in _FIXABLE_TARGET_RULES or not finding.span:
                continue
            held = self._target_at(finding.span)
            if held is not None and held.baseline is not None and held.kind == "count" and (
                    held.noun):
                continue  # "200 members (currently 60)": _target sets its number in place
            start, end = self._with_preposition(finding.span)
            sign = _SIGN_BEFORE.search(text, max(0, start - 4), start)
            start = sign.start() if sign is not None else start
            after = _WORDS.match(text[end:self.hi].lstrip(" "))
            if self._ends_a_phrase(end) and (after is None or after.group().lower() != "of"):
                found.append((start, end))
        return found

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
            if metric.span[0] == self.lo and not shown[:2].isupper() and not _title_case(shown):
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
        if verb is None or (self._comparative_at() is not None
                            and action.lemma not in self.goal.lexicon.improve_verbs):
            # (and "Have more fun" -> "Have 20% more fun": the comparative carries the
            # change, so a committed verb before it would read "Improve 20% more fun")
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
        # The user's [words] may add "improve" verbs: read them through the goal's lexicon.
        improve = self.goal.lexicon.improve_verbs
        if committal and lemma not in improve and direction is not None:
            return None
        if committal and lemma and self._unlisted_verb(lemma):
            return None  # "I will journal more" -> "I will journal 20% more", not "improve"
        if not committal and direction in ("up", "down", "reach", "deliver") and lemma:
            return lemma  # "try to get" -> "get": keep the concrete verb behind the hedge
        return self._committed_verb()

    def _unlisted_verb(self, lemma: str) -> bool:
        """Whether the writer's verb is one the lists do not know (read as one of delivery)."""
        toks = tokenize(lemma)
        return bool(toks) and self.goal.lexicon.verbs.match_at(toks, 0, len(toks)) is None and (
            self.goal.lexicon.noncommittal.match_at(toks, 0, len(toks)) is None)

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
        if action is not None and not action.committal and action.direction is None:
            # "Understand our users better": a verb that commits to no change of anything;
            # the metric its object usually means ("active users") would be invented.
            raise _NotUnderstood
        info = lookup_metric(name, self.settings.extra_metrics)
        self.metric_info = info
        self.default_metric = True
        lemma = action.lemma if action else ""
        direction = action.direction if action else None
        keep_verb = (action is not None and action.committal and direction in ("up", "down")
                     and lemma not in self.goal.lexicon.improve_verbs)
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
        if replace is not None and self._counts_the_object(replace) and source != "answer" \
                and info_value(self.metric_info, "unit") != "currency":
            # "Hire N engineers", "≥N11 organizations": only the count is missing; the
            # noun (and the writer's "≥") stays. A hidden amount ("$N customers") has no
            # default of its kind.
            if token is None or token[2].startswith("$"):
                raise _NotUnderstood
            start, end = token[0], token[1]
            value = str(self.words.get("default_count", "3"))
            phrase = "<target>" if self.settings.placeholders else value
        elif replace is not None and (kept := self._kept_start(replace, value)) is not None:
            # "from 14% to X%" -> "from 14% to 19%": the writer's start stays.
            start, end, phrase = kept
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
            vague = next((w for w in vague_counts()
                          if metric.text.lower().startswith(w + " ")), None)
            if vague is not None:
                end = start + len(vague) + 1  # "Build some dashboards" -> "Build 3 dashboards"
            value = value if source == "answer" else str(self.words.get("default_count", "3"))
            phrase = "<target>" if self.settings.placeholders else value
        else:
            if self._named_theme() or not self._measure_named():
                # "Strengthen Environmental Justice by 20%", "Delight our customers by
                # 20%": the object is no quantity a change can apply to.
                raise _NotUnderstood
            if action is not None and action.direction == "deliver" and self._determined():
                raise _NotUnderstood  # "Close the monthly books by 20%": a deliverable
            start = end = self._target_point()
            tail = self.shape.object_tail
            if tail is not None and start <= tail[0] and not self.parts.text[start:tail[0]].strip():
                # "reduce build times a lot" -> "reduce build times by 25%"; "grow ARR
                # consistently" -> "grow ARR consistently by 20%"
                if tail[2]:
                    end = tail[1]
                else:
                    start = end = tail[1]
            vague = self._vague_amount_at(start)
            if vague is not None:
                end = vague  # "reduce handle time by a few minutes" -> "... by 20%"
            phrase = self._target_phrase(value)
        pieces = [_Piece(" "), *self._slot_pieces(phrase, value, "target", source), _Piece(" ")]
        self.edits.append(_Edit(start, end, pieces, order=1))
        if phrase.startswith("by "):
            self._verb_for_a_change()
        if "baseline" in self.answers:
            self._baseline_pieces(start, end, phrase)

    def _measure_named(self) -> bool:
        """Whether a percentage change can apply to the object: the catalogue metric proposed
        for it; a catalogue metric whose name shares the object's head word ("the monthly
        books" -> books read; not "the opportunity stage definitions" -> opportunities); any
        measure the writer's own verb of change names ("Increase the number of loans that
        ..."); or a bare process the writer improves ("Improve onboarding"). Not a thing
        ("our customers", "the platform", "lost accounts", "financial controls")."""
        metric, action = self.parts.metric, self.parts.action
        if self.default_metric:
            return True
        if metric is None:
            return False
        words = _WORDS.findall(metric.text.lower())
        if not words:
            return False
        linking = self.words.get("linking_words", [])
        plain = [w for w in words if w not in linking]
        own_change = action is not None and action.committal and action.span[1] <= metric.span[0]
        if self.metric_info is None and metric.kpi is None:
            bare = len(words) <= 2 and plain == words and not words[-1].endswith("s")
            return own_change and bare and action is not None \
                and action.direction in ("up", "down", "improve")
        changed = own_change and action is not None and action.direction in ("up", "down")
        measure = plain[:1] != [] and plain[0] in self.words.get("measure_nouns", [])
        if len(words) <= 2 or (changed and (len(words) <= 5 or measure)):
            return True
        head = words[-1].rstrip("s")
        known = " ".join(str(n).lower() for n in (metric.kpi, info_value(self.metric_info, "name"))
                         if n)
        return head in known

    def _determined(self) -> bool:
        """The object is a particular thing ("the monthly books", "our website")."""
        metric = self.parts.metric
        first = metric.text.split(" ", 1)[0].lower() if metric is not None else ""
        return first in self.words.get("owner_determiners", [])

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
        if action.lemma in self.words.get("hold_verbs", []):
            raise _NotUnderstood  # "Keep opex flat": a level held is no change to make
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

    def _kept_start(self, holder: Target, value: str) -> tuple[int, int, str] | None:
        """For "from 14% to X%", the span of "X%" and the level the default change reaches
        from the writer's start ("19%"); for a count whose start is stated apart ("200
        members, up from 60"), the span of its number ("72"). None when the start is no
        percentage or plain level (a hidden amount of money is rebuilt from the parts
        instead)."""
        text = self.parts.text
        start, end = holder.span
        if holder.baseline is None or holder.unit not in ("%", None) or holder.currency or \
                self.settings.placeholders:
            return None
        to = text.lower().rfind(" to ", start, end)
        number = re.fullmatch(r"\+?(\d+(?:\.\d+)?)\s*(points?|%)", value.strip())
        if number is None:
            return None
        if to >= 0:
            start = to + len(" to ")
        elif holder.kind == "count" and holder.noun and text[:end].endswith(holder.noun):
            # "200 members ... (currently 60)": the count goes, the noun it counts stays
            end = start + len(text[start:end - len(holder.noun)].rstrip())
        else:
            return None
        action = self.parts.action
        down = (action.direction == "down" if action is not None
                and action.direction in ("up", "down")
                else info_value(self.metric_info, "better") == "down")
        change = float(number.group(1)) * (-1 if down else 1)
        level = holder.baseline + change if number.group(2).startswith("point") else \
            holder.baseline * (1 + change / 100)
        if level < 0 or (holder.unit == "%" and level > 100):
            return None
        shown = f"{round(level, 1):,.1f}".removesuffix(".0")
        return start, end, f"{shown}{holder.unit or ''}"

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

    def _vague_amount_at(self, point: int) -> int | None:
        """The end of a change by a count that names no number ("by a few days") right at
        ``point``: the writer's vague amount, which the new target replaces."""
        text = self.parts.text
        for frame in self.parts.timeframes:
            words = frame.text.lower().split(" ", 1)
            adjacent = not text[point:frame.span[0]].strip()
            if frame.kind == "vague" and words[0] == "by" and adjacent and any(
                    words[1:2] and words[1].startswith(w + " ") for w in vague_counts()):
                return frame.span[1]
        return None

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
        for start, end in self._date_placeholders():
            self.edits.append(_Edit(start, end, [_Piece(" ")]))
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
                self.edits.append(_Edit(*self._drop_bounds(old),
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

    def _drop_bounds(self, frame: Timeframe) -> CharSpan:
        """Where a dropped time starts and ends, with what would be left dangling: a noun
        the time leaves behind ("before the spring term"), its brackets ("(date TBD)") or
        the comma before it at the end of a clause ("a new LMS, timeline TBD")."""
        text = self.parts.text
        start, end = self._drop_start(frame), self._drop_end(frame)
        rest = text[end:self.hi]
        noun = _TRAILING_NOUN.match(rest)
        if noun is not None and noun.group(1).lower() not in _NOT_A_BODY \
                and noun.group(1).lower() not in _HEAD_STOPS \
                and noun.group(1).lower() not in _REASON_WORDS \
                and rest[noun.end():].strip(" .;!?)") == "":
            end += noun.end()  # the sentence ends on the noun the time leaves behind
        before = text[:start].rstrip(" ")
        after = text[end:].lstrip(" ")
        if before.endswith("(") and after.startswith(")"):
            start, end = len(before) - 1, len(text) - len(after) + 1
        elif before.endswith(",") and (not after.strip(" .;!") or after[:1] in ".;:)"):
            start = len(before) - 1
        return start, end

    def _drop_start(self, frame: Timeframe) -> int:
        """Where a dropped time starts: "now and in the future" goes whole, and so do the
        words that lead into it ("by the | end of the summer", "by the end of | the
        holidays")."""
        text = self.parts.text
        match = _JOINED_TIME.search(text, max(0, frame.span[0] - 30), frame.span[0])
        if match is not None:
            return match.start()
        lead = _DANGLING_TIME_LEAD.search(text, max(0, frame.span[0] - 40), frame.span[0])
        return lead.start() if lead is not None else frame.span[0]

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

    def _ends_a_phrase(self, at: int) -> bool:
        """Whether ``at`` ends a phrase: the end, a punctuation mark, or a part or a
        preposition next."""
        text = self.parts.text
        rest = text[at:self.hi].lstrip(" ")
        if not rest or rest[0] in ",;:.!?()-–—":
            return True
        word = _WORDS.match(rest)
        starts = [p.span[0] for p in (self.parts.reason, self.parts.confidence) if p is not None]
        starts += [t.span[0] for t in (*self.parts.targets, *self.parts.timeframes)]
        next_at = at + len(text[at:self.hi]) - len(rest)
        return next_at in starts or (word is not None and word.group().lower() in (
            *_HEAD_STOPS, *_REASON_WORDS))

    def _date_placeholders(self) -> list[CharSpan]:
        """ "by TBD" (or a bare "TBD" right after it) after a deliverable with no deadline: a
        date to come, not a target."""
        action, metric = self.parts.action, self.parts.metric
        deliverable = (action is not None and action.direction == "deliver") or (
            metric is not None and metric.kind == "deliverable")
        if not deliverable or self._verdict("time_bound") == "pass":
            return []
        found = []
        for target in self.goal.placeholders:
            start, end = self._with_preposition(target.span)
            token = _placeholder_token(self.parts.text, target)
            if self.parts.text[start:end].lower().startswith("by ") and token is not None \
                    and token[2].upper().startswith("TB"):
                found.append((start, end))
            elif self.goal.dates_deliverable(target):
                found.append((metric.span[1], end))  # "the pricing page, TBD": its comma too
        return found

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
        if (self.declarative and not self.own_clause) or getattr(self, "plain", False):
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
        # A time inside a purpose clause ("so they stick past the first renewal") dates
        # the purpose when the goal is read again: the deadline goes before it.
        from goalsmith.pipeline.timex import reason_spans

        outcome_end = parts.metric.span[1] if parts.metric is not None else self.lo
        tail_starts.extend(start for start, _ in reason_spans(text)[:1]
                           if outcome_end <= start < self.hi)
        confidence = parts.confidence
        if confidence is not None and parts.metric is not None \
                and confidence.span[0] > parts.metric.span[1]:
            tail_starts.append(confidence.span[0])
        if tail_starts:
            point = min(point, *tail_starts)
            while point > self.lo and text[point - 1] in " ,;(-–—":
                point -= 1
            # "... retention and to put us on a path": the deadline dates the outcome,
            # before the conjunction that joins the reason.
            conjunction = _TRAILING_CONJUNCTION.search(text, max(self.lo, point - 8), point)
            if conjunction is not None:
                point = conjunction.start()
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
        text, owners = _tidy(text, owners, list(self.words.get("common_starts", [])))
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


def _rewrite_body(text: str, settings: Settings, context: GoalContext | None,
                  answers: dict[str, str]) -> Rewrite | None:
    """The rewrite of the goal behind a lead, audited on its own (as it stands when it is
    already SMART)."""
    from goalsmith.api import extract
    from goalsmith.rules import judge

    parts = extract(text, settings)
    judgement = judge(parts, settings, context)
    if judgement.smart:
        kept = text.strip().rstrip(" .;,!")
        return Rewrite(text=kept[:1].upper() + kept[1:] + ".") if kept else None
    return rewrite_goal(parts, judgement, settings, context, answers)


# A comparison sign in front of a target ("≥ 110%").
_SIGN_BEFORE = re.compile(r"[≥≤<>=~]{1,2} ?$")
# One lowercase word right after a dropped time ("before the spring term").
_TRAILING_NOUN = re.compile(r" {0,3}([a-z][a-z-]{1,30})(?![\w'’])")
_REASON_WORDS = ("so", "because", "since", "as", "which", "while", "when", "if", "unless")
_CLAUSE_WORDS = frozenset((*_REASON_WORDS, "to"))
_TIME_LEADS_WORDS = frozenset(lead.strip().split(" ")[0] for lead in _TIME_LEADS)
# The words of a goal's first few tokens, for its lead.
_LEAD_TOKENS = re.compile(r"\S{1,60}")
_DASHES = frozenset(("-", "–", "—"))
# A body's name in title case, two to four words: "Faculty Senate", "Curriculum & Assessment".
_TITLED_SUBJECT = re.compile(r"[A-Z][\w'’-]*(?:\s(?:&|and|of|[A-Z][\w'’-]*)){1,3}")
_LEAD_SEPARATOR = re.compile(r"\)?[ \t]{0,3}[:\-–—][ \t]{1,3}")
_NOT_A_BODY = frozenset(("to", "of", "in", "on", "at", "for", "by", "with", "from", "above",
                         "below", "under", "over", "and", "or", "the", "a", "an", "be", "been",
                         "being", "have", "has", "is", "are"))


@lru_cache(maxsize=1)
def _modal_words() -> frozenset[str]:
    """Every word of rules.toml [rewrite] owner_modals ("will", "want", "going"...)."""
    return frozenset(w.lower() for m in section("rewrite").get("owner_modals", [])
                     for w in m.split())


@lru_cache(maxsize=1)
def _joint_pattern() -> re.Pattern[str]:
    """ "will", "needs to", ... (rules.toml [rewrite] owner_modals), or a bare "to"."""
    modals = sorted(section("rewrite").get("owner_modals", ["will"]), key=len, reverse=True)
    alternatives = "|".join(r"\s{1,3}".join(re.escape(w) for w in m.split()) for m in modals)
    return re.compile(rf"[ \t]{{1,3}}(?:(?P<modal>{alternatives})|(?P<to>to))[ \t]{{1,3}}(?=\S)",
                      re.IGNORECASE)


def _past_hedge_adverbs(text: str, start: int, hi: int, inner: bool = False) -> int:
    """Where the goal's verb starts after "probably", "maybe" ... (words.toml
    ``hedge_adverbs``, with ``inner`` also ``inner_adverbs``: "really", "definitely";
    at most two)."""
    phrases = load_data("words").get("phrases", {})
    adverbs = (*phrases.get("hedge_adverbs", ()), *(phrases.get("inner_adverbs", ())
                                                    if inner else ()))
    for _ in range(2):
        word = _LETTERS.match(text, start, hi)
        if word is None or word.group().lower() not in adverbs:
            break
        start = word.end()
        while start < hi and text[start] == " ":
            start += 1
    return start


# "I'm going to", "I'd like to", "we'll": a pronoun and its intention in one word.
_CONTRACTED_LEAD = re.compile(
    r"(?P<who>I|we|they|you)['’](?:m going to|re going to|d like to|d love to|ll)[ \t]{1,3}",
    re.IGNORECASE)


_ASKED_BY = re.compile(rf"(?i)(?:{'|'.join(sorted(QUESTION_MODALS))})[ \t]+")


def _asked_lead(parts: GoalParts, lo: int) -> _Lead | None:
    """The one a question asks, as a subject that will do it: "Could | the support team |
    get NPS to 50?" becomes "The support team will get NPS to 50 ..."."""
    text = parts.text
    asked = _ASKED_BY.match(text, lo)
    if asked is None:
        return None
    start = asked.end()
    owner = next((a for a in parts.actors if start <= a.span[0] <= start + len("the ")
                  and text[start:a.span[0]].strip().lower() in ("", "the")), None)
    action = parts.action
    if owner is None or action is None or not text[owner.span[1]:action.span[0]].isspace():
        return None
    return _Lead(text[start:owner.span[1]], " will ", (action.span[0], len(text.rstrip())), True)


def _addressed_end(text: str, lo: int) -> int | None:
    """The end of the person or team a goal addresses at ``lo`` with a comma, as the owner
    finder reads it ("Fleet team, | you need to ..."), else None."""
    from goalsmith.pipeline.actors import split_prefix  # (loaded with the pipeline)

    owners, body = split_prefix(text)
    if not owners or body <= lo or not text[lo:body].rstrip().endswith(","):
        return None
    return body


def _contracted_lead(parts: GoalParts, lo: int, hi: int) -> _Lead | None:
    """ "I'm going to explore a career change": the person stays in front with "will"."""
    text = parts.text
    match = _CONTRACTED_LEAD.match(text, lo, hi)
    if match is None:
        return None
    start = _past_hedge_adverbs(text, match.end(), hi)
    body_word = _LETTERS.match(text, start)
    if body_word is None or body_word.start() != start or not body_word.group().islower() \
            or body_word.group().lower() in _NOT_A_BODY:
        return None
    return _Lead(match.group("who"), " will ", (start, len(text.rstrip())), True)


def _find_lead(parts: GoalParts, lo: int, hi: int) -> _Lead | None:
    """The lead in front of the writer's goal, when one stands there (see ``_Lead``)."""
    text = parts.text
    confidence = parts.confidence
    if confidence is not None and confidence.span[0] <= lo + 1:
        separator = _LEAD_SEPARATOR.match(text, confidence.span[1])
        if separator is None or separator.end() >= hi:
            return None
        shown = confidence.text[:1].lower() + confidence.text[1:]
        return _Lead("", "", (separator.end(), hi), False, f" ({shown})")
    contracted = _contracted_lead(parts, lo, hi)
    if contracted is not None:
        return contracted
    tokens = []
    for match in _LEAD_TOKENS.finditer(text, lo, hi):
        tokens.append(match)
        if len(tokens) >= 5:
            break
    words = section("rewrite")
    owner_nouns = set(words.get("owner_nouns", []))
    pronouns = set(words.get("owner_pronouns", []))
    determiners = set(words.get("owner_determiners", []))
    first = tokens[0].group().rstrip(":").lower() if tokens else ""
    for count, token in enumerate(tokens[:4], 1):
        end = token.end()
        if count > 1 and token.group() in _DASHES and any(
                lo <= a.span[0] and a.span[1] <= token.start() for a in parts.actors):
            # "Physio service — improve access": an owner set off by a spaced dash
            start = end + len(text[end:hi]) - len(text[end:hi].lstrip())
            if start < hi and text[start:start + 1].isalpha():
                return _Lead(text[lo:token.start()].strip(), f" {token.group()} ",
                             (start, len(text.rstrip())), True)
        subject = text[lo:end]
        colon = subject.endswith(":")
        subject = subject.rstrip(":").strip()
        covered = any(lo <= a.span[0] and a.span[1] <= end for a in parts.actors)
        initials = covered and subject.endswith(".") and subject[-2:-1].isalpha()  # "A.K."
        if not subject or not (subject[-1:].isalnum() or initials):
            if not colon and not subject.endswith("&"):  # "Curriculum & Assessment to"
                return None
            continue
        last = subject.rsplit(" ", 1)[-1]
        pronoun = subject.lower() in pronouns
        owner_like = covered or pronoun or last.lower() in owner_nouns or (
            count >= 2 and first in determiners and last[:1].isupper())
        if colon:
            joint, start = ": ", end
        else:
            # "We really need to ...": an adverb may stand between the owner and its modal
            found = _joint_pattern().match(text, end) or _joint_pattern().match(
                text, _past_hedge_adverbs(text, end + 1, hi, inner=True) - 1)
            if found is None:
                continue
            joint = " will " if found.group("modal") else " to "
            start = found.end()
        while start < hi and text[start] == " ":
            start += 1
        start = _past_hedge_adverbs(text, start, hi, inner=True)
        if colon and covered and text[start:start + 1].isdigit():
            # "Kitchen team: 20% faster by next month": an owner over a bare result
            return _Lead(subject, ": ", (start, len(text.rstrip())), True)
        body_word = _LETTERS.match(text, start)
        if body_word is None or body_word.start() != start \
                or body_word.group().lower() in _NOT_A_BODY:
            return None
        verb_first = first in _verb_bases() and not pronoun and not covered
        if verb_first or count > 4:
            return None  # "Grow our talent to shape ...": an imperative, not an owner
        acronym = len(first) >= 2 and tokens[0].group().rstrip(":").isupper()
        if joint == " will " and not (pronoun or covered or acronym or (
                first in determiners and owner_like)):
            return None
        verb = body_word.group().lower()
        action = parts.action
        verb_like = verb in _verb_bases() or verb not in _vocabulary() or (
            action is not None and (action.span[0] == start or (  # "really | try to do"
                action.hedge is not None
                and text[start:action.span[0]].strip().lower() == action.hedge.lower())))
        if joint != ": " and (not verb_like or not body_word.group().islower()):
            return None  # "Effective team onboarding to sales productivity": no verb after
        inner = [w.lower() for w in _WORDS.findall(subject)[1:]]
        named = _TITLED_SUBJECT.fullmatch(subject) is not None  # "Faculty Senate to ..."
        if joint == " to " and (not (pronoun or covered or named
                                     or last.lower() in owner_nouns) or any(
                w in _verb_bases() or w in _modal_words() for w in inner)):
            return None  # "We want people to feel valued": a verb in the "subject"
        if joint == ": " and not verb_like and not body_word.group().islower():
            return None  # "Headcount: Q3 ...": no verb after the heading
        return _Lead(subject, joint, (start, len(text.rstrip())), owner_like or acronym)
    return None


# An amount and a comparative state, with no subject: "20% faster", "3x quicker".
_AMOUNT_STATE = re.compile(r"[\d.,]+\s?(?:%|x|times)?\s(?!more\b)[a-z]{2,12}er"
                           r"(?=\s*(?:$|[,.;]|(?:by|in|within|before|than|this|next)\b))",
                           re.IGNORECASE)


def _reads_as_target(answer: str) -> bool:
    """Whether the user's answer is a real target, read by the pipeline's target reader."""
    from goalsmith.pipeline.quantities import find_targets

    targets, _ = find_targets(answer[:200])
    return any(t.kind != "placeholder" for t in targets)


_TOKEN = re.compile(r"\$?(?:\[[^\]]{0,40}\]|TB[DCA]|[NXYZMLK]\d{0,3}\+?|X{2,3}|\?{2,3})%?")


# The number of a level target ("101%" in "of 101%", "110%" in "≥ 110%").
_LEVEL_NUMBER = re.compile(r"\d{1,9}(?:[.,]\d{1,9})?\s?%")


def _placeholder_token(text: str, target: Target) -> tuple[int, int, str] | None:
    """The hidden number inside a placeholder target ("N11" in "≥N11 organizations")."""
    match = _TOKEN.search(text, target.span[0], target.span[1])
    return None if match is None else (match.start(), match.end(), match.group())


_AMOUNT_JOIN = re.compile(r"\s{1,3}(?:in|of)\s{1,3}", re.IGNORECASE)
_LEVEL_JOIN = re.compile(r"\s{1,3}(?:of|at|is|to|=|:|reaches|hits)\s{1,3}(?:at least\s{1,3})?",
                         re.IGNORECASE)
_AFTER_AMOUNT = re.compile(r"\s{1,3}[A-Za-z]")


def _amount_slot(text: str, holder: Target, action: CharSpan | None,
                 metric: CharSpan) -> tuple[int, int, str] | None:
    """Where a hidden amount's replacement goes and how it reads: (start, end, how), with
    ``how`` "before" (the metric, or a noun phrase, follows: "$N7 weighted pipeline"),
    "joined" ("in"/"of" + the metric follow; the span covers them) or "level" (it is
    the metric's level: "Uptime SLA of N8"); None when it stands anywhere else."""
    token = _placeholder_token(text, holder)
    if token is None or token[2].endswith("%"):
        return None
    start, end = token[0], token[1]
    if metric[1] <= start and _LEVEL_JOIN.fullmatch(text[metric[1]:start]):
        return start, end, "level"
    if action is None or start < action[1]:
        # No verb before it: "$N7 weighted pipeline" after a verb the pipeline missed
        # ("MQLs contribute ...") still reads as an amount of what follows.
        before = _WORDS.findall(text[max(0, start - 30):start])
        if not before or not before[-1].islower() or before[-1] in _HEAD_STOPS \
                or not _AFTER_AMOUNT.match(text, end):
            return None
        return start, end, "before"
    gap = text[end:metric[0]] if metric[0] >= end else None
    if gap is not None and not gap.strip():
        return start, end, "before"
    if gap is not None and _AMOUNT_JOIN.fullmatch(gap):
        return start, metric[0], "joined"
    return None


def _overlap(a: CharSpan, b: CharSpan) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _looks_like_date(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


# ---------------------------------------------------------------------- purpose phrases
# An aim up to this many words takes the deadline after it ("Complete 3 milestones toward
# protecting workers' rights by ..."); a longer one takes it right after the measure.
_SHORT_PURPOSE_WORDS = 8
# Words that would make a closing deadline ambiguous (it could date the writer's words).
_TIME_WORDS = frozenset(("by", "before", "until", "within", "during", "through", "after",
                         "since", "year", "years", "quarter", "month", "months", "annually"))
# Where a coordinated list of verbs stops: an infinitive, a relative, a means ("by
# developing ..."), a purpose. Verbs after these keep their form ("to promote and protect").
_COORDINATION_STOPS = frozenset(("that", "which", "who", "whose", "while", "by", "through",
                                 "so", "as", "when", "where", "including", "because", "via"))
# Words after which a verb-like word is a noun ("support for veterans", "and access to").
_NOT_AN_OBJECT = frozenset(("to", "for", "in", "of", "with", "from", "on", "at", "across",
                            "and", "or", "is", "are"))
_LETTERS = re.compile(r"[A-Za-z]{1,40}")
# A whitespace-separated token: leading punctuation, the word, trailing punctuation.
_TOKEN_RUN = re.compile(r"([(\[\"'“‘]{0,3})([A-Za-z][\w'’-]{0,40}|\S{1,40})([^\w\s]{0,3})")
_VOWEL_GROUPS = re.compile(r"[aeiou]+")


def _gerund(verb: str) -> str:
    """The -ing form of a verb ("protect" -> "protecting", "plan" -> "planning")."""
    low = verb.lower()
    if low == "be":
        return "being"
    if low.endswith("ie"):
        return low[:-2] + "ying"
    if low.endswith(("ee", "oe", "ye")) or (low.endswith("e") and len(low) <= 2):
        return low + "ing"
    if low.endswith("e"):
        return low[:-1] + "ing"
    vowel_groups = len(_VOWEL_GROUPS.findall(low))
    short_cvc = (vowel_groups == 1 and len(low) >= 3 and low[-1] in "bdgmnprt"
                 and low[-2] in "aeiou" and low[-3] not in "aeiou")
    if short_cvc or low in _word_set("doubling_verbs"):
        return low + low[-1] + "ing"
    return low + "ing"


@lru_cache(maxsize=4)
def _word_set(name: str) -> frozenset[str]:
    """A word list of rules.toml's [rewrite] section, lower-cased."""
    return frozenset(w.lower() for w in section("rewrite").get(name, []))


@lru_cache(maxsize=1)
def _verb_bases() -> frozenset[str]:
    """Base forms of the verbs the pipeline knows, plus the common verbs of aims."""
    bases = verb_lemmas(("up", "down", "reach", "deliver", "improve"))
    return frozenset(bases | _word_set("aim_verbs"))


def _gerund_phrase(words: str, action: str) -> str | None:
    """The writer's imperative as a gerund phrase, or None when its verbs cannot all be
    found: "Protect workers' rights" -> "protecting workers' rights", "Upgrade systems and
    automate processes" -> "upgrading systems and automating processes"."""
    verb = action.split(" ", 1)[0] if action else ""
    match = _LETTERS.match(words)
    if match is None or not verb:
        return None
    start = match.start()
    if match.group().lower().endswith("ly") and match.group().lower() != verb.lower():
        # "Successfully deploy ...": the adverb stays in front of the gerund.
        match = _LETTERS.match(words, words.find(" ", match.end()) + 1)
        if match is None:
            return None
    low = match.group().lower()
    if low != verb.lower() or match.group()[1:2].isupper():
        return None  # the verb is not where the sentence starts, or an acronym
    if low not in _verb_bases() and low.endswith(("ed", "ing", "s")):
        return None  # not a base form ("Advanced search features ...")
    adverb = words[start:match.start()]
    adverb = adverb[:1].lower() + adverb[1:]
    rest = words[match.end():]
    return adverb + _gerund(match.group()) + _coordinated_gerunds(rest)


def _coordinated_gerunds(rest: str) -> str:
    """The verbs coordinated with the first ("... and automate processes") as gerunds too,
    up to the first infinitive, relative or means; only a known verb that takes an object
    (not "support for veterans", where "support" is a noun)."""
    tokens = list(_TOKEN_RUN.finditer(rest))
    words = [t.group(2).lower() for t in tokens]
    bases = _verb_bases()
    out: list[str] = []
    cursor = 0
    for index, token in enumerate(tokens):
        word = token.group(2)
        low = words[index]
        # "to retain", and "to predict, prevent, ..." (a list of bare verbs after "to")
        infinitive = low == "to" and index + 1 < len(words) and (
            words[index + 1] in bases or (tokens[index + 1].group(0).endswith(",")
                                          and index + 2 < len(words)
                                          and words[index + 2] in bases))
        before_punct = tokens[index - 1].group(3) if index else ""
        sentence_end = any(p in before_punct for p in ".!?") and word[:1].isupper() \
            and len(tokens[index - 1].group(2)) > 1
        finite = low in _word_set("finite_words") and low not in ("be", "been", "do")
        if low in _COORDINATION_STOPS or infinitive or finite or (
                any(p in before_punct for p in ":;")) or sentence_end:
            break  # an infinitive, a relative, a means, a finite verb, or a new clause
        before = tokens[index - 1] if index else None
        joined = before is not None and (words[index - 1] in ("and", "or")
                                         or before.group(0).endswith(","))
        if joined and _in_list_of_words(tokens, words, index) \
                and not _verb_joined_later(tokens, words, index):
            continue  # "excellent, equitable, and secure services": adjectives
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        takes_object = (after is not None and not token.group(3) and not after.group(1)
                        and words[index + 1] not in _COORDINATION_STOPS
                        and words[index + 1] not in _NOT_AN_OBJECT)
        # "attract, develop, and retain staff": a verb in the middle of a list of verbs.
        listed = any(w in bases for w in words[index + 1:index + 3] if w not in ("and", "or"))
        if joined and (takes_object or listed) and low in bases and word[1:].islower():
            out.append(rest[cursor:token.start(2)])
            out.append(_gerund(word))
            cursor = token.end(2)
    out.append(rest[cursor:])
    return "".join(out)


def _verb_joined_later(tokens: list[re.Match[str]], words: list[str], index: int) -> bool:
    """Whether a known verb is joined on after the phrase at ``index`` ("Reduce costs,
    improve quality of care, and ensure access"): then the phrase is one of a list of verb
    phrases, not the last of a list of adjectives."""
    bases = _verb_bases()
    for k in range(index + 2, min(len(words), index + 12)):
        joined = words[k - 1] in ("and", "or") or tokens[k - 1].group(0).endswith(",")
        if joined and words[k] in bases:
            return True
    return False


def _in_list_of_words(tokens: list[re.Match[str]], words: list[str], index: int) -> bool:
    """Whether the word at ``index`` ends a list of single words that does not start at the
    first verb ("Deliver excellent, equitable, and secure services"): adjectives, not verbs.
    A list right after the first verb ("Attract, develop, and retain staff") is of verbs."""
    back = index - 1
    if back >= 0 and words[back] in ("and", "or"):
        back -= 1
    if back < 0 or not tokens[back].group(0).endswith(","):
        return False
    prior = back - 1
    if prior >= 0 and not (tokens[prior].group(0).endswith(",") or words[prior] in ("and", "or")):
        return False  # "... asylum system, address ...": the item before is a phrase
    while back >= 0 and (tokens[back].group(0).endswith(",") or words[back] in ("and", "or")):
        back -= 1
    # A list that opens right after the first verb ("Attract, develop, ...") is of verbs.
    return back >= 0 or words[0] != ","


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Every word of the pipeline's word lists and catalogues: common words, not names."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str):
            found.update(w.lower() for w in _LETTERS.findall(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                walk(key)
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    for name in ("words", "metrics", "themes"):
        walk(load_data(name))
    return frozenset(found)


def _common_word(word: str, starts: list[str]) -> bool:
    """A capitalised common word ("The", "Sales,", "Admins") rather than a name
    ("Sourcegraph", "GSA"): listed as a common start, or known to the word lists."""
    bare = word.strip(",;:()[]\"'’").lower()
    if bare in starts or bare.endswith("ly"):
        return True
    if not bare.isalpha():
        return False
    vocabulary = _vocabulary()
    return bare in vocabulary or (bare.endswith("s") and bare[:-1] in vocabulary)


def _leading_verb(words: str) -> str | None:
    """The first word when it is a known verb in its base form ("Continue to monitor ...",
    "decide soon"), else None."""
    first = _LETTERS.match(words)
    if first is None or first.start() != 0 or first.group()[1:2].isupper():
        return None
    end = first.end()
    if end < len(words) and words[end] not in " ,;:":
        return None  # "look-alike", "run's": not a bare word
    return first.group() if first.group().lower() in _verb_bases() else None


def _adverb_verb(words: str) -> str | None:
    """The verb of an imperative opened by an adverb ("Effectively implement ..."), else None."""
    first = _LETTERS.match(words)
    if first is None or not first.group().lower().endswith("ly"):
        return None
    second = _LETTERS.match(words, first.end() + 1)
    if second is None or second.start() != first.end() + 1 or not second.group().islower():
        return None
    return second.group() if second.group() in _verb_bases() else None


def _title_case(words: str) -> bool:
    """A heading in title case ("Safe Workers", "Climate Incentives and Investment")."""
    long_words = [w for w in _LETTERS.findall(words) if len(w) > 3]
    return bool(long_words) and 3 * sum(w[0].isupper() for w in long_words) >= 2 * len(long_words)


def _own_deadline_pieces(text: str) -> list[_Piece]:
    """The writer's deadline moved mid-sentence: "By FY 2026" -> "by FY 2026", "End of
    quarter" -> "by end of quarter" (the slot is the writer's words)."""
    if text.lower().startswith((*_TIME_LEADS, "at ", "for ", "this ", "next ")):
        shown = text[:1].lower() + text[1:]
        return [_Piece(shown, "deadline", "text", text)]
    first = text.split(" ", 1)[0]
    shown = text[:1].lower() + text[1:] if first[1:].islower() else text
    return [_Piece("by "), _Piece(shown, "deadline", "text", text)]


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


@lru_cache(maxsize=4096)
def goal_bounds(text: str) -> tuple[int, int]:
    """Where the goal's words start and end in ``text``: after an earlier sentence, a
    message's greeting or a tracker's status note, before a sign-off ("Hi team, | ... |
    Thanks, Sam", "KR 2.2 — 10% done — | improve SEO")."""
    words = text
    for start, end in wrapper_spans(text, handovers=False):
        words = words[:start] + " " * (end - start) + words[end:]
    lo = sentence_start(words)
    return lo, max(goal_end(words), lo)


def goal_end(text: str) -> int:
    """Where the goal's words end: before closing punctuation and a trailing list of
    ticket references ("... release process. (#7148, #9814)"), which the rewrite leaves
    out so that its deadline joins the sentence."""
    refs = _TRAILING_REFS.search(text)
    return len(text[:refs.start() if refs else len(text)].rstrip(" \t\r\n.;,!?"))


_TRAILING_REFS = re.compile(
    r"\s*[(\[]\s*#?[A-Za-z]{0,10}-?\d+(?:\s*,\s*#?[A-Za-z]{0,10}-?\d+)*\s*[)\]][\s.]*\Z")


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


# One sentence from several: a paragraph break, a sentence end before a capital (the
# next word captured, to lower it), or a line break inside a sentence.
_JOINS = re.compile(
    r"(?P<para>[.!?;:]?[ ]{0,20}\n[ ]{0,20}(?:\n[ ]{0,20}){1,20})"
    r"|(?P<end>[.!?])(?P<gap>[ ]{0,20}\n[ ]{0,20}|[ ]{1,20})(?=[\"“‘(\[]{0,2}[A-Z])"
    r"|(?P<wrap>[ ]{0,20}\n[ ]{0,20})")
_LIST_ITEM = re.compile(r"(?:[-•*–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
_ABBREVIATIONS = abbreviations()
_NEXT_WORD = re.compile(r"[\"“‘(\[]{0,2}([A-Za-z][a-z'’-]{0,40})\b")


def _substitute(text: str, owners: list[int], pattern: re.Pattern[str],
                replace: Any) -> tuple[str, list[int], list[int]]:
    """``text`` with each match of ``pattern`` replaced by ``replace(match)``, its owners
    and where each replacement ends; the new characters belong to the piece the match
    started in, so slot spans stay exact."""
    out: list[str] = []
    kept: list[int] = []
    ends: list[int] = []
    cursor = length = 0
    for match in pattern.finditer(text):
        new = replace(match)
        if new == match.group():
            continue
        piece = text[cursor:match.start()]
        out += [piece, new]
        kept += owners[cursor:match.start()] + [owners[match.start()]] * len(new)
        length += len(piece) + len(new)
        ends.append(length)
        cursor = match.end()
    if cursor == 0:
        return text, owners, []
    out.append(text[cursor:])
    kept += owners[cursor:]
    return "".join(out), kept, ends


def _one_sentence(text: str, owners: list[int], starts: list[str]) -> tuple[str, list[int]]:
    """Several sentences or paragraphs joined into one: a colon after a short first
    sentence (the objective, then its detail), semicolons after that; a list keeps its
    lines; a common word after a join loses its capital ("... deaths: by March 31, ...")."""
    joins = 0

    def join(match: re.Match[str]) -> str:
        nonlocal joins
        listed = _LIST_ITEM.match(text, match.end()) is not None
        if match.group("wrap") is not None:
            return "\n" if listed else " "
        if match.group("end") is not None:
            word = text[max(0, match.start() - 12):match.start()].rstrip().rsplit(" ", 1)[-1]
            if len(word) <= 1 or "." in word or word.lower() in _ABBREVIATIONS:
                return match.group()  # "U.S. Department", "e.g. from"
            punct = ""
        else:
            punct = match.group("para").strip(" \n")
        if listed:
            return (punct if punct in (":", ";") else ";") + "\n"
        before = text[:match.start()]
        short = joins == 0 and ":" not in before and len(_WORDS.findall(before)) <= 20
        joins += 1
        return f"{punct if punct in (':', ';') else ':' if short else ';'} "

    text, owners, ends = _substitute(text, owners, _JOINS, join)
    chars = list(text)
    for end in ends:
        following = _NEXT_WORD.match(text, end)
        if following is not None and following.start(1) == end and chars[end - 2:end] in (
                [":", " "], [";", " "]) and following.group(1) != "I" \
                and _common_word(following.group(1), starts):
            chars[end] = chars[end].lower()
    return "".join(chars), owners


def _tidy(text: str, owners: list[int], starts: list[str] | None = None
          ) -> tuple[str, list[int]]:
    """One sentence, one space between words, none before punctuation or at the ends, no
    doubled "by"."""
    text = _WHITESPACE.sub(" ", text)
    if starts is not None and ("\n" in text or ". " in text or "! " in text or "? " in text):
        text, owners = _one_sentence(text, owners, starts)
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
    ("doubled phrase", re.compile(r"\b(\w+ \w+) \1\b", re.IGNORECASE)),  # "by the by the"
    # (a copula may end a "where"/"what" clause: "... because that's where the money is.")
    ("dangling ending", re.compile(
        rf"\b(?:{_FUNCTION_WORDS.replace('is|are|was|were|be|been|', '')})[.!?]$"
        r"|^(?!.*\b(?:where|what|how|who)\b[^.,;]{0,40}\b(?:is|are|was|were|be|been)[.!?]$)"
        r".*\b(?:is|are|was|were|be|been)[.!?]$", re.IGNORECASE)),
    ("empty brackets", re.compile(r"\( ?\)|\[ ?\]")),
    # "... toward The university aims to ...", "... so that We ...": a sentence's start
    # glued after the link instead of joined to it.
    ("capital after a link", re.compile(
        r"\b(?:toward|so that) (?:The|A|An|We|I|Our|My|Their|This|These|Those|Every|Each|"
        r"All|Some|No|It|They|You)\b(?! [A-Z])")),
    ("lowercase I", re.compile(r"(?<![\w.'’-])i(?![\w.'’-])")),
    # "... toward Finance: look at ...", "... toward Sales team to explore ...", "... so
    # that we need to ...": the owner or subject belongs in front, not in the purpose.
    ("owner after a link", re.compile(
        r"\b(?:toward|so that|to) [A-Z][\w&'’-]{0,30}(?: [\w&'’-]{1,30}){0,3}"
        r"(?:: [a-z]| (?:to|will|should|must|needs? to|wants? to|aims? to) [a-z])"
        r"|\b(?:toward|so that) (?:[Ii]|[Ww]e|[Tt]hey) (?:will|want|need|aim|should|must)\b")),
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


def _sentence_breaks(text: str) -> int:
    """How many places end one sentence and start another (abbreviations aside)."""
    count = 0
    for match in _JOINS.finditer(text.rstrip(" .")):
        if match.group("para") is not None:
            count += _LIST_ITEM.match(text, match.end()) is None
        elif match.group("end") is not None:
            word = text[max(0, match.start() - 12):match.start()].rstrip().rsplit(" ", 1)[-1]
            count += not (len(word) <= 1 or "." in word or word.lower() in _ABBREVIATIONS)
    return count


_COMPARATIVE_AFTER = re.compile(r" (?:more|fewer|less|increase|decrease)\b")


def _change_of_no_measure(parts: GoalParts, rewrite: Rewrite) -> list[str]:
    """ "Delight our customers" -> "Improve our customers by 20%": the rewriter's verb of
    change and a target on an object that names no measure (no catalogue metric, none
    proposed)."""
    words = section("rewrite")
    committed = {str(words.get(k, "")).lower() for k in ("verb_up", "verb_down", "verb_other")}
    metric = parts.metric
    if metric is None or metric.kpi is not None or lookup_metric(metric.text) is not None:
        return []
    sources = {(s.slot, s.source) for s in rewrite.slots}
    own = parts.action.text.strip().lower() if parts.action is not None else ""
    replaced = any(s.slot == "action" and s.source != "text" and s.value.lower() in committed
                   and s.value.lower() != own for s in rewrite.slots)
    # A percentage as a change ("by 20%"), not a count in front of a comparative ("20%
    # more integrations").
    targeted = any(s.slot == "target" and s.source != "text" and "%" in s.value
                   and s.span is not None and not _COMPARATIVE_AFTER.match(rewrite.text, s.span[1])
                   for s in rewrite.slots)
    object_words = _WORDS.findall(metric.text.lower())
    plain = [w for w in object_words if w not in words.get("linking_words", [])]
    # A thing, not a quantity: plural ("lost accounts") or determined ("the platform"),
    # under a verb that is not one of change ("Win back", "Strengthen"); "Increase the
    # number of registered apprentices" is a measure.
    thing = bool(plain) and (object_words[-1].endswith("s") or object_words[0] in
                             words.get("owner_determiners", [])) \
        and plain[0] not in words.get("measure_nouns", []) \
        and own.split(" ")[0] not in words.get("change_verbs", [])
    if targeted and ("metric", "default") not in sources and (replaced or thing):
        return ["change of no measure"]
    return []


def rewrite_problems(parts: GoalParts, rewrite: Rewrite) -> list[str]:
    """Mechanical grammar problems the rewriter introduced (empty when none).

    Checks: a doubled preposition ("by by", "to of"), a target right after a function
    word ("is to 20%", "the by 20%") or right after a bare verb ("Generate by 20%"), a
    doubled word, a sentence ending on a function word ("... is."), empty brackets left
    by a dropped time ("model ()"), a sentence's capitalised start after "toward" or "so
    that", a lowercase "i", an owner or subject after the link ("toward Finance: look
    at", "toward Sales team to explore", "so that we need to"), more than one sentence,
    a slot glued to a neighbouring word, a lowercase first letter, a default metric
    proposed for a goal that already names one, and a verb of change with a target on
    an object that names no measure ("Improve our customers by 20%").
    """
    text, original = rewrite.text, parts.text
    problems = _pattern_problems(text, original)
    if _sentence_breaks(text):
        problems.append("extra sentence")
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
    problems += _change_of_no_measure(parts, rewrite)
    verbs = [s for s in rewrite.slots if s.slot == "action" and s.span is not None]
    targets = [s for s in rewrite.slots if s.slot == "target" and s.span is not None]
    for verb in verbs:
        for target in targets:
            assert verb.span is not None and target.span is not None
            gap = text[verb.span[1]:target.span[0]].strip().lower()
            if gap in ("by", "to") and not rewrite.text[:verb.span[0]].strip():
                problems.append("target right after the verb")
    return problems
