"""The coach, tested as a person uses it: in a real terminal (pexpect), and as a script."""

from __future__ import annotations

import sys
from datetime import date

import pexpect

from goalsmith.api import audit
from goalsmith.coach import coach, missing_slots
from goalsmith.settings import Settings

SETTINGS = Settings(today=date(2026, 11, 29))


def scripted(answers: list[str | None]):
    """An ``ask`` that replays answers and records the questions, and a ``say`` that records."""
    asked: list[str] = []
    said: list[str] = []
    queue = list(answers)

    def ask(question: str) -> str | None:
        asked.append(question)
        return queue.pop(0) if queue else None

    return ask, said.append, asked, said


def test_missing_slots_follow_the_rubric_questions():
    assert missing_slots(audit("increase sales", SETTINGS)) == [
        "target", "deadline", "owner", "reason"]
    assert "target" not in missing_slots(audit("launch the partner portal", SETTINGS))


def test_unreadable_answers_are_asked_again_with_an_example():
    ask, say, asked, said = scripted(["a lot", "by 15%", "whenever", "end of Q2", "", ""])
    result = coach("increase sales", ask, say, SETTINGS)
    assert sum(q.startswith("How much") for q in asked) == 2
    assert sum(q.startswith("By when") for q in asked) == 2
    assert any("could not read a number" in s for s in said)
    assert any("could not read a future date" in s for s in said)
    assert "15%" in result.text and "sales" in result.text
    assert result.to_dict()["extractions"]["deadline"] == "2027-06-30"
    assert all(result.criteria[k].verdict == "pass" for k in ("specific", "measurable",
                                                              "time_bound"))


def test_a_past_date_is_not_accepted_as_a_deadline():
    ask, say, _asked, _said = scripted(["by 10%", "March 2025", "Q3 2027", "", ""])
    result = coach("grow revenue", ask, say, SETTINGS)
    assert result.to_dict()["extractions"]["deadline"] == "2027-09-30"


def test_coach_in_a_real_terminal():
    child = pexpect.spawn(sys.executable, ["-m", "goalsmith", "coach", "--today", "2026-11-29",
                                           "improve customer satisfaction"],
                          encoding="utf-8", timeout=30, env={"NO_COLOR": "1", "TERM": "dumb",
                                                             "COLUMNS": "120"})
    child.expect("How much")
    child.sendline("soon-ish")
    child.expect("could not read a number")
    child.expect("How much")
    child.sendline("to 90%")
    child.expect("By when")
    child.sendline("end of Q2")
    child.expect("Who owns it")
    child.sendline("the Support team")
    child.expect("Why does it matter")
    child.sendline("to reduce churn")
    child.expect("Your goal:")
    child.expect(pexpect.EOF)
    transcript = child.before
    child.close()
    assert child.exitstatus == 0
    assert "customer satisfaction" in transcript
    assert "90%" in transcript
    assert "June 30, 2027" in transcript or "2027-06-30" in transcript


def test_an_abstract_goal_is_asked_what_exactly_first():
    ask, say, asked, said = scripted(["the business", "ARR", "by 15%", "end of Q2", "", ""])
    result = coach("Grow the business", ask, say, SETTINGS)
    assert asked[0].startswith("What exactly") and asked[1].startswith("What exactly")
    assert any("could not read a concrete metric" in s for s in said)
    assert asked[2].startswith("How much")
    assert result.parts.metric is not None and result.parts.metric.text == "ARR"
    assert result.text.startswith("Grow ARR by 15%") and result.smart


def test_a_concrete_goal_is_not_asked_what_exactly():
    assert "metric" not in missing_slots(audit("increase sales", SETTINGS))
    assert missing_slots(audit("grow the business", SETTINGS))[0] == "metric"
