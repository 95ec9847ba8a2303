"""The rewriter: a goal that is not SMART, with only what is missing filled in.

It works from the extracted parts and the judgement, never by re-reading the text:
the writer's words are kept span by span, and the rewrite is a list of pieces (kept
text, or a filled slot with its source) joined into one sentence. What it does:

* action: a non-committal or hedged verb ("work on", "try to get") becomes the
  concrete verb; "improve" becomes "increase" or "reduce" by the metric's better
  direction; otherwise the writer's verb stays;
* metric: kept; an abstract object ("grow the business") becomes the catalogue metric
  it usually means (themes.toml ``[default_metrics]``), marked ``default``;
* target: the user's answer, else the catalogue's default for the metric, else
  ``Settings.default_targets``; an impossible or implausible target (A101-A104) is
  replaced the same way; a placeholder ("X%") is replaced in place;
* deadline: the user's answer, else ``Settings.default_period`` resolved
  ("by the end of next quarter (March 31, 2027)"); vague and past times are removed;
* owner, baseline and reason only from the user's answers.

Every slot records its source (``text``, ``answer``, ``config`` or ``default``) and its
span in the rewrite. With ``Settings.placeholders`` the filled values are written as
``<target>``, ``<deadline>``, ``<owner>``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, fields
from datetime import date
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
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?)])")
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
    """A SMART rewrite of a goal that is not SMART, or None when there is nothing to keep."""
    if not any(ch.isalnum() for ch in parts.text):
        return None
    goal = Goal(parts=usable(parts), settings=settings, context=context,
                deadline=judgement.deadline, deadline_source=judgement.deadline_source)
    plan = _Plan(goal, judgement, {k: v.strip() for k, v in (answers or {}).items()
                                   if isinstance(v, str) and v.strip()})
    return plan.build()


class _Plan:
    """Collects the edits for one rewrite, then renders them."""

    def __init__(self, goal: Goal, judgement: Judgement, answers: dict[str, str]) -> None:
        self.goal = goal
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
        self.fired = {f.rule for f in judgement.findings}
        self.metric_info = goal.metric_info
        self.declarative = self._is_declarative()
        self.lower_first_verb = False
        self.from_scratch = False
        self.vague_state = self._vague_state()

    # ------------------------------------------------------------------ decisions

    def _is_declarative(self) -> bool:
        """ "VP Talent hired": the result comes first and the verb after it."""
        action, metric = self.parts.action, self.parts.metric
        return (action is not None and metric is not None and metric.kind != "abstract"
                and metric.span[0] < action.span[0])

    def _verdict(self, name: str) -> str:
        return self.judgement.criteria[name].verdict

    def build(self) -> Rewrite:
        self._action_and_metric()
        self._target()
        self._deadline()
        self._owner()
        self._reason()
        return self._render()

    # ------------------------------------------------------------------ action, metric

    def _action_and_metric(self) -> None:
        action, metric = self.parts.action, self.parts.metric
        self._drop_hedge()
        if metric is None or metric.kind == "abstract" or self.vague_state:
            self._default_metric()
            return
        if action is None:
            # A bare metric ("Customer satisfaction"): the committed verb goes first, and
            # the metric is no longer the sentence's first word.
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
            self.edits.append(_Edit(self.lo, self.lo, [*pieces, _Piece(" ")]))
            # With no action and no object, the words left over are not a goal to keep:
            # the rewrite is built from the slots alone (its own deadline kept).
            self.hi = self.lo
            self.from_scratch = True

    def _metric_for_abstract(self) -> str:
        table = load_data("themes").get("default_metrics", {})
        metric, action = self.parts.metric, self.parts.action
        if metric is not None and metric.kpi:
            return metric.kpi  # "Sleep better": the catalogue already knows the metric
        if metric is not None:
            words = metric.text.lower().split()
            objects = table.get("objects", {})
            for key in (metric.text.lower(), *(reversed(words))):
                if key in objects:
                    return str(objects[key])
        if action is not None and action.lemma in table.get("verbs", {}):
            return str(table["verbs"][action.lemma])
        return str(table.get("fallback", "revenue"))

    # ------------------------------------------------------------------ target

    def _target(self) -> None:
        goal = self.goal
        answer = self.answers.get("target")
        if answer is not None and not _reads_as_target(answer):
            answer = None  # "lots", "TBD": not a target; the default stands in
        bad = [f for f in self.judgement.findings if f.rule in _FIXABLE_TARGET_RULES and f.span]
        if self.from_scratch:
            value, source = self._target_value()
            phrase = self._target_phrase(value)
            pieces = [_Piece(" "), *self._slot_pieces(phrase, value, "target", source)]
            self.edits.append(_Edit(self.lo, self.lo, pieces, order=1))
            return
        if goal.targets and not bad and answer is None:
            first = goal.targets[0]
            self.marks.append((first.span, "target", first.text))
            self._baseline(first)
            return
        needs = (answer is not None or bad or goal.placeholders
                 or (not goal.targets and not goal.is_deliverable
                     and not goal.names_deliverable and not goal.has_named_target))
        if not needs:
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
        if replace is not None and self._counts_the_object(replace) and source != "answer":
            # "Hire N engineers": only the count is missing; the noun stays.
            metric = self.parts.metric
            assert metric is not None
            start, end = replace.span[0], min(replace.span[1], metric.span[0])
            value = str(self.words.get("default_count", "3"))
            phrase = "<target>" if self.settings.placeholders else value
        elif replace is not None:
            start, end = self._with_preposition(replace.span)
            phrase = self._target_phrase(value)
        else:
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

    def _target_phrase(self, value: str) -> str:
        lowered = value.lower()
        if self.settings.placeholders:
            value = "<target>"
        elif lowered.startswith(_TARGET_LEADS):
            return value
        mode = info_value(self.metric_info, "default_mode")
        if mode not in ("by", "to"):
            action = self.parts.action
            direction = action.direction if action else None
            mode = {"reach": self.words.get("prep_reach", "to")}.get(
                direction or "", self.words.get("prep_up", "by"))
        return f"{mode} {value}"

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

    def _deadline(self) -> None:
        frame = self._own_deadline_frame()
        answer = self.answers.get("deadline")
        if self.from_scratch and answer is None and frame is not None and frame.end:
            pieces = [_Piece(" by "), _Piece(long_date(frame.end), "deadline", "text")]
            self.edits.append(_Edit(self.lo, self.lo, pieces, order=3))
            return
        if self._verdict("time_bound") == "pass" and answer is None:
            if frame is not None:
                self.marks.append((frame.span, "deadline", frame.text))
            return
        phrase, value, source = self._deadline_phrase(answer)
        for old in self._times_to_drop(answer is not None):
            self.edits.append(_Edit(old.span[0], old.span[1], [_Piece(" ")]))
        point = self._deadline_point()
        shown = phrase.removeprefix("by ") if not self.settings.placeholders else "<deadline>"
        head = phrase[: len(phrase) - len(shown)]
        pieces = [_Piece(" "), _Piece(head), _Piece(shown, "deadline", source, value),
                  _Piece(" ")]
        self.edits.append(_Edit(point, point, pieces, order=3))

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

    def _deadline_phrase(self, answer: str | None) -> tuple[str, str, str]:
        """(phrase in the sentence, slot value, source) for the new deadline."""
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
        if self.declarative:
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
        tail_starts = [parts.reason.span[0]] if parts.reason else []
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

    def _reason(self) -> None:
        parts = self.parts
        if parts.reason is not None:
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


def _overlap(a: CharSpan, b: CharSpan) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _improve_verbs() -> set[str]:
    return set(load_data("words").get("verbs", {}).get("improve", []))


def _looks_like_date(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


_WHITESPACE = re.compile(r"\s")
_SPACE_RUN = re.compile(r"(?<= ) +|^ +")
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,.;:!?)])")
_DOUBLED_COMMA = re.compile(r"(?<=,),")
_DOUBLED_BY = re.compile(r"\bby (?=by\b)", re.IGNORECASE)
_TRAILING = re.compile(r"[ ,;:\-–—]+$")
_LEADING = re.compile(r"^[ ,;:]+")


def _printable(text: str) -> str:
    # Control characters in the goal would only garble the sentence.
    return text if text.isprintable() else "".join(c if c.isprintable() else " " for c in text)


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
    text = _WHITESPACE.sub(" ", text)
    for pattern in (_SPACE_RUN, _SPACE_BEFORE_PUNCT, _DOUBLED_COMMA, _TRAILING, _LEADING,
                    _DOUBLED_BY):
        text, owners = _delete(text, owners, pattern)
    return text, owners


def _lower_after_will(text: str) -> str:
    at = text.find(" will ")
    if at >= 0 and at + 6 < len(text) and not text[at + 6:at + 8].isupper():
        # keep acronyms ("ARR") as written
        text = text[:at + 6] + text[at + 6].lower() + text[at + 7:]
    return text
