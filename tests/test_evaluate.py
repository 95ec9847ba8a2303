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
