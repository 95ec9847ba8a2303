"""The coach: asks the rubric's questions for whatever a goal is missing.

The conversation logic is independent of any terminal: it takes an ``ask``
function (question -> answer, or None when the user is gone) and a ``say``
function, so the CLI drives it interactively and tests drive it with scripts.
Every answer is read with the same pipeline as goals are; an answer it cannot
read is asked again with an example.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from goalsmith.api import audit
from goalsmith.settings import Settings
from goalsmith.verdict import Audit

Ask = Callable[[str], "str | None"]
Say = Callable[[str], None]
MAX_TRIES = 3


@dataclass(frozen=True)
class Question:
    slot: str
    prompt: str
    retry: str  # said when an answer cannot be read; carries an example
    required_reading: bool  # must the answer parse, or is any text fine?


QUESTIONS = {
    "metric": Question(
        "metric", "What exactly should change? Name the metric or deliverable",
        "I could not read a concrete metric or deliverable in that. Try for example "
        "\"ARR\", \"win rate\", \"enterprise renewals\" or \"the partner portal\".", True),
    "target": Question(
        "target", "How much? Give the target, and the baseline if you know it",
        "I could not read a number in that. Try for example \"by 20%\", "
        "\"from 12% to 18%\", \"40 meetings\" or \"$1.5M\".", True),
    "deadline": Question(
        "deadline", "By when?",
        "I could not read a future date in that. Try for example \"end of Q2\", "
        "\"March 31\", \"within 90 days\" or \"by EOY\".", True),
    "owner": Question(
        "owner", "Who owns it? (a name, team or role; Enter to skip)", "", False),
    "reason": Question(
        "reason", "Why does it matter? (e.g. \"to fund the APAC launch\"; Enter to skip)",
        "", False),
}


def missing_slots(result: Audit) -> list[str]:
    """The slots worth asking about, in the rubric's order of questions."""
    parts, criteria = result.parts, result.criteria
    missing = []
    if _abstract_object(result):
        missing.append("metric")
    real_targets = [t for t in parts.targets if t.kind != "placeholder"]
    deliverable = parts.metric is not None and parts.metric.kind == "deliverable"
    if not real_targets and not deliverable:
        missing.append("target")
    if criteria["time_bound"].verdict == "fail":
        missing.append("deadline")
    if not parts.actors:
        missing.append("owner")
    if criteria["relevant"].verdict == "unknown" and parts.reason is None:
        missing.append("reason")
    return missing


def _abstract_object(result: Audit) -> bool:
    """The goal's verb acts on nothing concrete ("grow the business", "do better"): the
    rubric's first question, *what exactly?*, comes before *how much?*."""
    metric, action = result.parts.metric, result.parts.action
    return action is not None and (metric is None or metric.kind == "abstract") and \
        result.criteria["specific"].verdict == "fail"


def read_answer(slot: str, answer: str, settings: Settings) -> bool:
    """Can the pipeline read ``answer`` as a value for ``slot``?"""
    if slot == "metric":
        from goalsmith.api import extract

        metric = extract(f"Increase {answer.strip()}", settings=settings).metric
        return metric is not None and metric.kind != "abstract"
    if slot == "target":
        from goalsmith.pipeline.quantities import find_targets

        targets, _ = find_targets(answer)
        return any(t.kind != "placeholder" for t in targets)
    if slot == "deadline":
        from goalsmith.pipeline.timex import resolve_period

        frame = resolve_period(answer, settings.today, settings.fiscal_year_start)
        return frame is not None and frame.end is not None and frame.end >= settings.today
    return bool(answer.strip())


def ask_slot(question: Question, ask: Ask, say: Say, settings: Settings) -> str | None:
    """The user's readable answer for one slot, None when skipped or gone."""
    for _ in range(MAX_TRIES):
        answer = ask(question.prompt)
        if answer is None or not answer.strip():
            return None
        if read_answer(question.slot, answer, settings):
            return answer.strip()
        say(question.retry)
    say("Skipping that one; the rewrite will suggest a value instead.")
    return None


def coach(goal: str, ask: Ask, say: Say, settings: Settings) -> Audit:
    """Ask for what ``goal`` misses; return the audit of the finished goal."""
    first = audit(goal, settings)
    if first.smart and not missing_slots(first):
        say("This goal is already SMART.")
        return first
    slots = missing_slots(first)
    if slots and slots[0] == "metric":
        named = ask_slot(QUESTIONS["metric"], ask, say, settings)
        if named is not None:
            goal = with_object(goal, first, named)
            first = audit(goal, settings)
        slots = [slot for slot in missing_slots(first) if slot != "metric"]
    answers: dict[str, str] = {}
    for slot in slots:
        value = ask_slot(QUESTIONS[slot], ask, say, settings)
        if value is not None:
            answers[slot] = value
    improved = audit(goal, settings, answers=answers)
    finished = improved.rewrite.text if improved.rewrite else goal
    return audit(finished, settings)


def with_object(goal: str, result: Audit, named: str) -> str:
    """``goal`` with the user's concrete object in place of its abstract one (or after the
    verb when it has none): "Grow the business" + "ARR" -> "Grow ARR"."""
    metric, action = result.parts.metric, result.parts.action
    if metric is not None:
        start, end = metric.span
    elif action is not None:
        start = end = action.span[1]
        named = " " + named
    else:
        return goal
    return goal[:start] + named + goal[end:]
