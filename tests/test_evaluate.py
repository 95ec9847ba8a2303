"""How `goalsmith evaluate` scores spans: exact boundaries, and overlap like owners."""

from __future__ import annotations

import pytest

from goalsmith.evaluate import PRF, _score_exact, _score_overlap

# (predicted spans, labelled spans, exact (tp, fp, fn), overlap (tp, fp, fn))
CASES = [
    ([(0, 4)], [(0, 4)], (1, 0, 0), (1, 0, 0)),
    ([(3, 7)], [(0, 7)], (0, 1, 1), (1, 0, 0)),  # "EMEA" against "in EMEA"
    ([(0, 4)], [(10, 14)], (0, 1, 1), (0, 1, 1)),
    ([], [(0, 4)], (0, 0, 1), (0, 0, 1)),
    ([(0, 4), (20, 24)], [], (0, 2, 0), (0, 2, 0)),
    ([(0, 10)], [(0, 3), (5, 9)], (0, 1, 2), (2, 0, 0)),  # one span covering two labels
]


@pytest.mark.parametrize(("predicted", "gold", "exact", "overlap"), CASES)
def test_exact_and_overlap_span_scores(predicted, gold, exact, overlap) -> None:
    strict, lenient = PRF(), PRF()
    _score_exact(strict, set(predicted), set(gold))
    _score_overlap(lenient, predicted, gold)
    assert (strict.tp, strict.fp, strict.fn) == exact
    assert (lenient.tp, lenient.fp, lenient.fn) == overlap


def _predictions(model_actor: tuple[int, int]) -> list:
    """Two goals: the rules find the first one's owner and miss the second's ("Qx7");
    the model tags ``model_actor`` in the second."""
    from goalsmith.api import extract
    from goalsmith.corpus import record_to_item
    from goalsmith.evaluate import Predictions
    from goalsmith.settings import Settings

    found = []
    for markup, ents in (("[Ana]{ACTOR} will launch the partner portal by June 30, 2027.", []),
                         ("[Qx7]{ACTOR} ships the partner portal by June 30, 2027.",
                          [("ACTOR", *model_actor)])):
        item = record_to_item({"markup": markup, "goal": True, "verdicts": "S+ M+ A+ R? T+",
                               "deadline": "2027-06-30", "targets": [], "domain": "sales"},
                              "test", None)
        rules = extract(item.text, Settings(), use_model=False)
        found.append(Predictions(item, rules, ents, None))
    return found


@pytest.mark.parametrize(("model_actor", "policy"), [
    ((0, 3), "fallback"),  # the model finds what the rules missed, boundaries and all
    ((0, 2), "rules"),     # found by overlap only: exact F1 would fall below the rules'
])
def test_the_model_is_taken_only_where_no_span_score_falls(model_actor, policy) -> None:
    from goalsmith.evaluate import choose_policy

    predictions = _predictions(model_actor)
    assert [p.rules.actors for p in predictions][1] == []  # the premise: rules miss "Qx7"
    assert choose_policy(predictions)["ACTOR"] == policy


# (compound goal, the ACTION and METRIC texts scored: one per outcome, as the corpus marks)
OUTCOMES = [
    ("Increase ARR 10% and hire two SDRs by Q3", {"Increase", "hire"}, {"ARR", "SDRs"}),
    ("Increase ARR by 10% by Q3", {"Increase"}, {"ARR"}),
    # the metric scored is the one reported: no state, and none for no noun phrase
    ("Support teachers more and hire faster", {"Support", "hire"}, {"teachers"}),
]


@pytest.mark.parametrize(("text", "actions", "metrics"), OUTCOMES)
def test_every_outcome_of_a_compound_goal_is_scored(text, actions, metrics) -> None:
    from goalsmith.api import audit
    from goalsmith.evaluate import _predicted_spans

    spans = _predicted_spans(audit(text))
    assert {text[s:e] for s, e in spans["ACTION"]} == actions
    assert {text[s:e] for s, e in spans["METRIC"]} == metrics
    outcomes = audit(text).to_dict()["extractions"]["outcomes"]
    assert [o["metric"]["text"] for o in outcomes if o["metric"]] == sorted(
        metrics - {"ARR", "teachers"})
