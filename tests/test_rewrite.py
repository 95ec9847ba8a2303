"""Rewrites: keep the writer's words, fill only what is missing, say where each value came
from, and produce one sentence that itself passes S, M and T."""

from __future__ import annotations

import re

import pytest

import goalsmith
from goalsmith.verdict import Rewrite
from test_verdicts import ALL_CASES, TODAY

NON_SMART = [text for text, expected in ALL_CASES
             if any(part in expected for part in ("S-", "M-", "A-", "A?", "R-", "T-"))
             and text.strip()]


def run(text: str, **settings: object) -> goalsmith.Audit:
    settings.setdefault("today", TODAY)
    settings.setdefault("objectives", ())
    return goalsmith.audit(text, **settings)


def rewrite_of(text: str, **settings: object) -> Rewrite:
    rewrite = run(text, **settings).rewrite
    assert rewrite is not None, "a goal that is not SMART gets a rewrite"
    return rewrite


def slots(rewrite: Rewrite) -> dict[str, tuple[str, str]]:
    return {s.slot: (s.value, s.source) for s in rewrite.slots}


# ------------------------------------------------------------------ exact rewrites
EXACT = [
    # The rubric's own example: target and period are defaults.
    ("increase sales", "Increase sales by 20% by the end of next quarter (March 31, 2027)."),
    # A declarative key result stays declarative.
    ("VP Talent hired", "VP Talent hired by March 31, 2027."),
    # "improve" becomes the metric's better direction.
    ("improve customer satisfaction",
     "Increase customer satisfaction by 10% by the end of next quarter (March 31, 2027)."),
    ("Reduce churn", "Reduce churn by 10% by the end of next quarter (March 31, 2027)."),
    # An abstract object gets the metric it usually means, marked as a default.
    ("grow the business", "Grow revenue by 20% by the end of next quarter (March 31, 2027)."),
    # Vague and past times give way to the default deadline; the target stays.
    ("Increase bookings 15% ASAP",
     "Increase bookings 15% by the end of next quarter (March 31, 2027)."),
    ("Increase bookings by 15% by Q3 2025",
     "Increase bookings by 15% by the end of next quarter (March 31, 2027)."),
    # A placeholder is replaced where it stands.
    ("Increase pipeline by X% by Q3", "Increase pipeline by 20% by Q3."),
    # A deliverable needs no target, only a deadline.
    ("Launch the partner portal",
     "Launch the partner portal by the end of next quarter (March 31, 2027)."),
    # A cadence stays, with an end date.
    ("Book 40 meetings per week",
     "Book 40 meetings per week by the end of next quarter (March 31, 2027)."),
    # A non-committal verb becomes the concrete one.
    ("Focus on customer retention",
     "Increase customer retention by 5 points by the end of next quarter (March 31, 2027)."),
    # The reason stays after the filled slots.
    ("Increase pipeline so that we can hire two AEs",
     "Increase pipeline by 20% by the end of next quarter (March 31, 2027) so that we can "
     "hire two AEs."),
]


@pytest.mark.parametrize(("text", "expected"), EXACT, ids=[c[0] for c in EXACT])
def test_exact_rewrites(text: str, expected: str) -> None:
    assert rewrite_of(text).text == expected


def test_rubric_example_marks_its_defaults() -> None:
    rewrite = rewrite_of("increase sales")
    found = slots(rewrite)
    assert found["target"] == ("20%", "default")
    assert found["deadline"] == ("the end of next quarter (March 31, 2027)", "default")
    assert found["action"] == ("Increase", "text")
    assert found["metric"] == ("sales", "text")
    assert rewrite.to_dict()["slots"][0] == {"slot": "action", "value": "Increase",
                                             "source": "text", "span": [0, 8]}


def test_abstract_goal_metric_is_a_default() -> None:
    assert slots(rewrite_of("grow the business"))["metric"] == ("revenue", "default")


def test_slot_spans_point_at_their_values() -> None:
    rewrite = rewrite_of("Increase pipeline so that we can hire two AEs")
    for slot in rewrite.slots:
        assert slot.span is not None
        assert rewrite.text[slot.span[0]:slot.span[1]] == slot.value


def test_placeholders_instead_of_values() -> None:
    rewrite = rewrite_of("increase sales", placeholders=True)
    assert rewrite.text == "<owner> will increase sales by <target> by <deadline>."
    found = slots(rewrite)
    assert found["target"][0] == "<target>"
    assert found["deadline"][0] == "<deadline>"
    assert found["owner"][0] == "<owner>"


def test_answers_fill_their_slots() -> None:
    answers = {"target": "25%", "deadline": "end of Q2", "owner": "Maria",
               "baseline": "$2M", "reason": "we can fund the EMEA launch"}
    result = goalsmith.audit("increase sales", today=TODAY, objectives=(), answers=answers)
    assert result.rewrite is not None
    assert result.rewrite.text == ("Maria will increase sales by 25% from $2M by end of Q2 "
                                   "(June 30, 2027) so that we can fund the EMEA launch.")
    found = slots(result.rewrite)
    for name in ("target", "deadline", "owner", "baseline", "reason"):
        assert found[name][1] == "answer", name


def test_unreadable_deadline_answer_falls_back_to_the_default() -> None:
    result = goalsmith.audit("increase sales", today=TODAY, objectives=(),
                             answers={"deadline": "whenever"})
    assert result.rewrite is not None
    assert slots(result.rewrite)["deadline"][1] == "default"


@pytest.mark.parametrize("answer", ["lots", "TBD", "X%"])
def test_answers_that_are_no_target_leave_the_default(answer: str) -> None:
    result = goalsmith.audit("increase sales", today=TODAY, objectives=(),
                             answers={"target": answer})
    assert result.rewrite is not None
    assert slots(result.rewrite)["target"] == ("20%", "default")


def test_configured_period_and_targets_are_config() -> None:
    rewrite = rewrite_of("Improve onboarding", default_period="this year",
                         default_targets=(("*", "15%"),))
    assert rewrite.text == "Improve onboarding by 15% by the end of this year (December 31, 2026)."
    found = slots(rewrite)
    assert found["deadline"][1] == "config"
    assert found["target"] == ("15%", "config")


def test_impossible_target_is_replaced_by_a_default() -> None:
    rewrite = rewrite_of("Get win rate to 120% by Q2")
    assert "120%" not in rewrite.text
    assert slots(rewrite)["target"][1] == "default"
    assert run(rewrite.text).criteria["attainable"].verdict == "pass"


def test_smart_goals_get_no_rewrite() -> None:
    assert run("Increase EMEA pipeline by 25% by end of Q3").rewrite is None


def test_empty_text_gets_no_rewrite() -> None:
    assert run("   ").rewrite is None


# --------------------------------------- every non-SMART goal of the verdict table

def _metric_words(text: str) -> list[str]:
    metric = run(text).parts.metric
    if metric is None or metric.kind == "abstract":
        return []
    return re.findall(r"[\w$%-]+", metric.text.lower())


@pytest.mark.parametrize("text", NON_SMART, ids=[t[:60] for t in NON_SMART])
def test_rewrites_pass_s_m_t_and_keep_the_metric(text: str) -> None:
    rewrite = rewrite_of(text)
    result = run(rewrite.text)
    verdicts = {name: result.criteria[name].verdict
                for name in ("specific", "measurable", "time_bound")}
    assert verdicts == {"specific": "pass", "measurable": "pass", "time_bound": "pass"}, (
        rewrite.text)
    lowered = rewrite.text.lower()
    for word in _metric_words(text):
        assert word in lowered, f"{word!r} lost in {rewrite.text!r}"


@pytest.mark.parametrize("text", NON_SMART, ids=[t[:60] for t in NON_SMART])
def test_rewrites_are_one_tidy_sentence(text: str) -> None:
    rewritten = rewrite_of(text).text
    assert rewritten[0] == rewritten[0].upper()
    assert rewritten.endswith(".") and not rewritten.endswith("..")
    assert "  " not in rewritten
    assert not re.search(r"\b(by|to|in|of) \1\b", rewritten, re.IGNORECASE)
    assert not re.search(r"\s[,.;]", rewritten)
