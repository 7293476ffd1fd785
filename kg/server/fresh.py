"""Keep the endpoint's readers on the newest snapshot, so the writer can delete the old ones.

A reader holds the snapshot it opened (:mod:`kg.store.snapshots`) until it
moves to a newer one; the writer deletes a snapshot only once nobody holds
it.  A server that kept the snapshot of its start would keep every file a
long build replaced on disk (up to twice the store's size) until it stops.
So a thread checks the store's data version (one ``stat``) every
``interval`` seconds and, when it changed, moves the endpoint's own reader
to the newest snapshot and sends each query worker a trivial query (a
worker reopens the store before a query when the version changed).  A worker
busy with a query then is reached by a later round: rounds go on for the
query time limit plus two intervals after each change (a query is killed
at the limit), or three rounds when there is no limit.

Guarantee: while the server runs, a snapshot the writer replaced is no
longer held by the server ``timeout + 2 * interval`` seconds after the
replacement (plus the time a worker takes to answer a trivial query), and
is deleted by the writer's next publish.
"""

from __future__ import annotations

import math
import threading

from ..query_runner import Busy, Job, QueryRunner, RunnerError, TimedOut

#: A query every worker answers at once, whatever the store holds.
_TOUCH = Job("ASK {}", inspect=False, form="ask")


class Freshener:
    """A daemon thread that moves ``store`` (when it is a reader) and ``runner``'s workers along."""

    def __init__(self, store, runner: QueryRunner, location: str, *, timeout: float,
                 interval: float = 1.0):
        self.store = store
        self.runner = runner
        self.location = location
        self.interval = interval
        self.rounds = max(3, math.ceil(timeout / interval) + 2) if timeout else 3
        self.seen = self._version()  # the version every worker was last sent a query under
        self._pending = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="kg-fresh", daemon=True)
        self._thread.start()

    def _version(self):
        from ..store.oxigraph import data_version

        return data_version(self.location)

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.tick()
            except Exception:  # noqa: BLE001 - a round that failed is tried again next tick
                pass

    def tick(self) -> None:
        """One check: after a change, move the reader and send every worker a query."""
        version = self._version()
        if version != self.seen:
            self._pending = self.rounds
            self._refresh_store()
        if self._pending <= 0:
            return
        if self._touch_workers():
            self.seen = version
        self._pending -= 1

    def _refresh_store(self) -> None:
        from ..store.oxigraph import OxigraphStore

        if isinstance(self.store, OxigraphStore) and not self.store.writable:
            self.store.refresh()

    def _touch_workers(self) -> bool:
        """One trivial query per worker (each comes back to the end of the idle queue)."""
        for _ in range(self.runner.size):
            if self._stop.is_set():
                return False
            try:
                self.runner.run(_TOUCH, timeout=max(self.interval, 5.0))
            except (Busy, TimedOut, RunnerError):
                return False
        return True

    def close(self) -> None:
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=10)
