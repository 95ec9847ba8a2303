"""audit_many with worker processes: same results, input order, failures surface."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import goalsmith
from goalsmith.parallel import WorkerPool, _Run
from goalsmith.settings import Settings

SETTINGS = Settings(today=date(2026, 11, 29))
# Repeated texts (a sheet built from a template) and distinct ones, interleaved.
GOALS = [f"Grow ARR by {n % 7 + 1}0% by Q{n % 4 + 1}" if n % 3 else "increase sales"
         for n in range(60)]


def test_workers_give_the_same_audits_in_input_order() -> None:
    one = [a.to_dict() for a in goalsmith.audit_many(GOALS, SETTINGS)]
    many = [a.to_dict() for a in goalsmith.audit_many(GOALS, SETTINGS, n_process=2,
                                                      batch_size=4)]
    assert many == one


def test_a_pool_started_early_serves_a_run_with_a_transform() -> None:
    with WorkerPool(SETTINGS, 2) as pool:
        texts = list(goalsmith.audit_many(GOALS, SETTINGS, batch_size=3, workers=pool,
                                          transform=_text_of))
    assert texts == GOALS


def _text_of(audit: Any) -> str:
    return audit.text


def _explode(audit: Any) -> str:
    raise ValueError("transform failed")


def test_a_failure_in_a_worker_is_raised_in_the_parent() -> None:
    with pytest.raises(RuntimeError, match="transform failed"):
        list(goalsmith.audit_many(GOALS, SETTINGS, n_process=2, batch_size=4,
                                  transform=_explode))


def test_the_window_bounds_how_far_the_input_is_read_ahead() -> None:
    run = _Run([_Inbox(), _Inbox()], outbox=None, workers=[], batch_size=2, transform=None)
    for n in range(16):
        run.add((f"goal {n}", None))
    # 2 workers x 4 chunks x 2 goals: at 16 unreturned items the head's chunk goes out
    assert run.too_far_ahead()
    assert not any(entry is not None and entry[0] == run.order[0][0] for entry in run.open)


class _Inbox:
    def __init__(self) -> None:
        self.items: list[Any] = []

    def put(self, item: Any) -> None:
        self.items.append(item)


def test_identical_texts_go_to_the_same_worker() -> None:
    inboxes = [_Inbox(), _Inbox()]
    run = _Run(inboxes, outbox=None, workers=[], batch_size=1, transform=None)
    for text in ["a", "b", "a", "c", "a", "b"]:
        run.add((text, None))
    seen = [{pair[0] for _, chunk, _ in box.items for pair in chunk} for box in inboxes]
    assert not seen[0] & seen[1]
