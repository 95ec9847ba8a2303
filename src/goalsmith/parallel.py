"""Audits spread over worker processes, results in input order.

Each goal text goes to the worker its hash picks, so a text that repeats (the same
goal for a whole team, a sheet built from a template) is always read by the same
process: the per-text caches of the pipeline then serve it, as they would in one
process, instead of every worker reading every distinct text once. Workers are forked
where that is safe (Linux, one thread), spawned otherwise, and load the pipeline in
parallel as they start; chunks are taken from the input on the caller's thread, so no more
than a bounded window is ever read ahead.
"""

from __future__ import annotations

import queue
import sys
import threading
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

from goalsmith.settings import Settings
from goalsmith.verdict import Audit, GoalContext

Pair = tuple[str, GoalContext | None]
Transform = Callable[[Audit], Any] | None
# How many chunks per worker may be read ahead of what the caller has taken.
AHEAD_PER_WORKER = 4
# How long to wait for a result before checking that every worker is still alive.
POLL_SECONDS = 1.0


def audit_in_workers(pairs: Iterator[Pair], settings: Settings, n_process: int,
                     batch_size: int, transform: Transform = None) -> Iterator[Any]:
    """Audit ``pairs`` in ``n_process`` worker processes; yield results in input order."""
    with WorkerPool(settings, n_process) as pool:
        yield from pool.audit(pairs, batch_size, transform)


class WorkerPool:
    """Worker processes that load the pipeline as soon as they start.

    Start it early (before reading the input): the second or so each worker takes to
    load spaCy and the model then overlaps the parent's own work. Use it as a context
    manager, or call :meth:`close`.
    """

    def __init__(self, settings: Settings, n_process: int) -> None:
        import multiprocessing

        # The parent does not load the pipeline for its workers: each worker loads its
        # own, all at once, while the parent reads the input. Loading first and forking
        # after saves a second of CPU but leaves the other cores idle for that second,
        # which measured slower end to end (benchmarks/bench_audit.py). A pipeline the
        # parent already holds is inherited by forked workers all the same.
        ctx = multiprocessing.get_context(_start_method())
        self.outbox = ctx.Queue()
        self.inboxes = [ctx.Queue() for _ in range(max(1, n_process))]
        self.workers = [ctx.Process(target=_serve, args=(inbox, self.outbox, settings),
                                    daemon=True) for inbox in self.inboxes]
        for worker in self.workers:
            worker.start()
        self.closed = False

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close(gracefully=exc[0] is None)

    def audit(self, pairs: Iterator[Pair], batch_size: int,
              transform: Transform = None) -> Iterator[Any]:
        """Results for ``pairs`` in input order (one run at a time per pool)."""
        run = _Run(self.inboxes, self.outbox, self.workers, batch_size, transform)
        finished = False
        try:
            for pair in pairs:
                sent = run.add(pair)
                full = run.too_far_ahead()
                # Results are looked for only when a chunk has just been sent (or the
                # window is full): polling the queue for every item costs a system call.
                if sent or full:
                    yield from run.ready(block=full)
            run.send_all()
            while run.order:
                yield from run.ready(block=True)
            finished = True
        finally:
            if not finished:  # failed or abandoned: whatever is in flight is lost
                self.close(gracefully=False)

    def close(self, gracefully: bool = True) -> None:
        if self.closed:
            return
        self.closed = True
        for inbox in self.inboxes:
            if gracefully:
                inbox.put(None)
            inbox.cancel_join_thread()
        for worker in self.workers:
            if gracefully:
                worker.join(timeout=5)
            if worker.is_alive():
                worker.terminate()
                worker.join(timeout=5)
        self.outbox.cancel_join_thread()
        for box in (*self.inboxes, self.outbox):
            box.close()


class _Run:
    """The parent's side: open chunks per worker, the input order, the results."""

    def __init__(self, inboxes: list[Any], outbox: Any, workers: list[Any],
                 batch_size: int, transform: Transform) -> None:
        self.inboxes, self.outbox, self.workers = inboxes, outbox, workers
        self.batch_size = max(1, batch_size)
        self.transform = transform
        self.open: list[tuple[int, list[Pair]] | None] = [None] * len(inboxes)
        self.next_id = 0
        self.order: deque[tuple[int, int]] = deque()  # (chunk id, index) per input item
        self.results: dict[int, list[Any]] = {}

    def add(self, pair: Pair) -> bool:
        """Queue ``pair`` for its worker; True when that sent a full chunk."""
        slot = zlib.crc32(pair[0].encode("utf-8", "surrogatepass")) % len(self.inboxes)
        if self.open[slot] is None:
            self.open[slot] = (self.next_id, [])
            self.next_id += 1
        chunk_id, chunk = self.open[slot]  # type: ignore[misc]
        self.order.append((chunk_id, len(chunk)))
        chunk.append(pair)
        if len(chunk) >= self.batch_size:
            self._send(slot)
            return True
        return False

    def too_far_ahead(self) -> bool:
        """Whether the caller must wait for results; if so, the oldest item's chunk is
        sent first, so that the wait ends."""
        limit = len(self.inboxes) * AHEAD_PER_WORKER * self.batch_size
        if len(self.order) < limit:
            return False
        self._send_head()
        return True

    def send_all(self) -> None:
        for slot in range(len(self.open)):
            if self.open[slot] is not None:
                self._send(slot)

    def ready(self, block: bool) -> Iterator[Any]:
        """The results at the head of the input order that have come back."""
        self._collect(block=block and not self._head_ready())
        while self.order and self.order[0][0] in self.results:
            chunk_id, index = self.order.popleft()
            done = self.results[chunk_id]
            if index == len(done) - 1:
                del self.results[chunk_id]
            yield done[index]

    # -- internals

    def _send(self, slot: int) -> None:
        chunk_id, chunk = self.open[slot]  # type: ignore[misc]
        self.open[slot] = None
        self.inboxes[slot].put((chunk_id, chunk, self.transform))

    def _send_head(self) -> None:
        """The caller waits on the oldest item: make sure its chunk is on its way."""
        head = self.order[0][0]
        for slot, entry in enumerate(self.open):
            if entry is not None and entry[0] == head:
                self._send(slot)

    def _head_ready(self) -> bool:
        return bool(self.order) and self.order[0][0] in self.results

    def _collect(self, block: bool) -> None:
        """Take finished chunks off the outbox; with ``block``, wait for at least one."""
        while True:
            try:
                message = self.outbox.get(timeout=POLL_SECONDS) if block \
                    else self.outbox.get_nowait()
            except queue.Empty:
                if not block:
                    return
                self._check_alive()
                continue
            chunk_id, ok, payload = message
            if not ok:
                raise RuntimeError(f"a worker process failed: {payload}")
            self.results[chunk_id] = payload
            block = block and not self._head_ready()
            if not block and self.outbox.empty():
                return

    def _check_alive(self) -> None:
        dead = [w for w in self.workers if not w.is_alive()]
        if dead:
            raise RuntimeError(f"a worker process ended unexpectedly "
                               f"(exit code {dead[0].exitcode})")


def _start_method() -> str:
    """ "fork" where it is safe (POSIX, and no other thread whose locks a child could
    inherit held), else "spawn", which works everywhere."""
    import multiprocessing

    if (sys.platform.startswith("linux") and threading.active_count() == 1
            and "fork" in multiprocessing.get_all_start_methods()):
        return "fork"
    return "spawn"


def _serve(inbox: Any, outbox: Any, settings: Settings) -> None:
    """A worker: load the pipeline now, then audit each chunk until told to stop."""
    from goalsmith.api import _audit_batch, _nlp_for

    nlp = _nlp_for(settings)
    while True:
        message = inbox.get()
        if message is None:
            return
        chunk_id, chunk, transform = message
        try:
            done = list(_audit_batch(nlp, chunk, settings, transform))
        except Exception as error:  # reported to the parent, which raises it
            outbox.put((chunk_id, False, f"{type(error).__name__}: {error}"))
            continue
        outbox.put((chunk_id, True, done))
