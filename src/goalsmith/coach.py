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


def read_answer(slot: str, answer: str, settings: Settings) -> bool:
    """Can the pipeline read ``answer`` as a value for ``slot``?"""
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
    answers: dict[str, str] = {}
    for slot in missing_slots(first):
        value = ask_slot(QUESTIONS[slot], ask, say, settings)
        if value is not None:
            answers[slot] = value
    improved = audit(goal, settings, answers=answers)
    finished = improved.rewrite.text if improved.rewrite else goal
    return audit(finished, settings)
