"""`goalsmith audit --jobs N`: the read-ahead window and shutting the worker pool down."""

from __future__ import annotations

import multiprocessing
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import goalsmith
from goalsmith.cli import app
from goalsmith.cli import audit as audit_cli

runner = CliRunner()


def _explode(chunk: list[Any]) -> list[Any]:
    """A worker that fails on the first chunk, late: by then the other workers have
    emptied the task queue and wait for more (top level, so spawned workers import it)."""
    if chunk[0][0] == "grow sales 0":
        time.sleep(1.5)
        raise RuntimeError("worker failed")
    return [None] * len(chunk)


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def failing_pool_engine(items: Iterable[Any], settings: Any = None, n_process: int = 1,
                        batch_size: int = 256, **_: Any) -> Iterator[Any]:
    """Like audit_many's parallel path (a spawn pool, imap pulling items from a thread)."""
    with multiprocessing.get_context("spawn").Pool(n_process) as pool:
        for results in pool.imap(_explode, _chunks(items, batch_size)):
            yield from results


def test_a_failing_worker_ends_the_run_instead_of_hanging(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # More goals than the read-ahead window (1,024), so the feeder waits for the main
    # thread when the failure reaches it.
    source = tmp_path / "goals.csv"
    source.write_text("Goal\n" + "".join(f"grow sales {n}\n" for n in range(3_000)),
                      encoding="utf-8")
    monkeypatch.setattr(goalsmith, "audit_many", failing_pool_engine)
    monkeypatch.syspath_prepend(str(Path(__file__).parent))  # for the spawned workers
    outcome: dict[str, Any] = {}

    def run() -> None:
        outcome["result"] = runner.invoke(app, ["audit", str(source), "-o",
                                                str(tmp_path / "out.csv"), "--jobs", "2",
                                                "--batch-size", "16", "--today", "2026-11-29"])

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive(), "the run hung while shutting its workers down"
    result = outcome["result"]
    assert result.exit_code == 2 and "worker failed" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goals.csv"]


def _feeder_waits(window: audit_cli._Window) -> tuple[threading.Thread, threading.Event]:
    done = threading.Event()

    def feeder() -> None:
        window.take()
        done.set()

    thread = threading.Thread(target=feeder, daemon=True)
    thread.start()
    return thread, done


# (what the main thread does, seconds within which the waiting feeder must go on)
RELEASES = [("give", 1.0), ("close", 1.0), ("nothing", 3.0)]


@pytest.mark.parametrize(("action", "within"), RELEASES)
def test_window_releases_a_waiting_feeder(action: str, within: float) -> None:
    window = audit_cli._Window(size=1, patience=1.0)
    window.outstanding = 1  # full: the next take() waits
    window.last_taken = time.monotonic()
    thread, done = _feeder_waits(window)
    assert not done.wait(0.3)  # still waiting
    if action == "give":
        window.give()
    elif action == "close":
        window.close()
    assert done.wait(within)
    thread.join(1)


def test_window_counts_only_feeder_items_and_main_thread_never_waits() -> None:
    window = audit_cli._Window(size=1)
    window.take()
    window.take()  # the main thread (one process) is never held back
    assert window.outstanding == 0
    window.give()
    assert window.outstanding == 0

