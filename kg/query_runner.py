"""Queries run where they can be stopped: a pool of worker processes, killed and respawned.

Oxigraph's engine cannot be interrupted from Python, so a query evaluated in
a thread runs to its end whatever the client does.  :class:`QueryRunner`
evaluates each query in a worker process (:mod:`kg.query_worker`) instead:

* a query past its time limit, or cancelled (Ctrl-C in the shell, a client
  gone), has its worker killed (SIGKILL): its CPU and memory are free at once,
  and a fresh worker is started in the background;
* each worker caps its own memory (``RLIMIT_DATA``, default 1 GiB): a query
  that needs more ends with :class:`OutOfMemory`, nothing else is touched;
* workers open the store read-only and reopen it when a write was committed
  (:func:`kg.store.oxigraph.data_version`), so new articles are seen;
* workers may deny themselves the network (seccomp): no query reaches a host.

The default number of workers is the number of cores this process may use.

    runner = QueryRunner(Source("oxigraph", "kg-store"), workers=2)
    reply = runner.run(Job("ASK { ?s ?p ?o }"), timeout=10)
    runner.close()
"""

from __future__ import annotations

import os
import queue
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass

from .query_worker import Job, Settings, _HEAD, write_frame

DEFAULT_MEMORY = 1 << 30  # bytes a query may use, per worker


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Source:
    """What workers query: ``oxigraph`` (a store directory), ``nquads`` (a dump file) or
    ``none`` (workers only parse)."""

    kind: str
    location: str = ""


class RunnerError(Exception):
    """A query could not be run; the message is for the user."""


class Busy(RunnerError):
    """No worker came free in time."""


class TimedOut(RunnerError):
    """The query ran past its time limit; its worker was killed."""


class Cancelled(RunnerError):
    """The query was cancelled; its worker was killed."""


class OutOfMemory(RunnerError):
    """The query needed more memory than a worker may use; its worker died or was killed."""


class _Worker:
    def __init__(self, settings: Settings):
        # A worker's stderr is dropped: what goes wrong comes back as a reply or an
        # exit status (an allocation past the cap aborts with a Rust backtrace).
        env = dict(os.environ, RUST_BACKTRACE="0")
        self.proc = subprocess.Popen([sys.executable, "-m", "kg.query_worker"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL,
                                     env=env, close_fds=True, start_new_session=True)
        self.inp = self.proc.stdin.fileno()
        self.out = self.proc.stdout.fileno()
        write_frame(self.inp, settings)
        reply = self.read(None, None)
        if reply is None or reply[0] != "ready":
            self.kill()
            why = reply[1] if reply else f"it exited with status {self.proc.returncode}"
            raise RunnerError(f"a query worker could not start: {why}")
        self.network_denied = bool(reply[1])

    def read(self, deadline: float | None, cancel: threading.Event | None):
        """The next reply, or None when the worker ended; TimedOut/Cancelled while waiting."""
        import pickle

        buf = bytearray()
        size = None
        while True:
            if size is None and len(buf) >= _HEAD.size:
                size = _HEAD.size + _HEAD.unpack_from(buf)[0]
            if size is not None and len(buf) >= size:
                return pickle.loads(memoryview(buf)[_HEAD.size:size])
            wait = 0.05
            if deadline is not None:
                wait = min(wait, deadline - time.monotonic())
                if wait <= 0:
                    raise TimedOut("time limit")
            ready, _, _ = select.select([self.out], [], [], max(0.0, wait))
            if not ready:  # still working: is anyone still waiting for it?
                if cancel is not None and cancel.is_set():
                    raise Cancelled("cancelled")
                continue
            chunk = os.read(self.out, max(65536, (size or 0) - len(buf)))
            if not chunk:
                return None
            buf += chunk

    def died_of(self) -> RunnerError:
        """Why the worker ended during a job (it has ended: reap it)."""
        code = self.proc.wait()
        if code in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV, -signal.SIGBUS):
            return OutOfMemory("out of memory")
        return RunnerError(f"the query worker exited with status {code}")

    def kill(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.kill()
            except ProcessLookupError:
                pass
        self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                f.close()
            except OSError:
                pass


class QueryRunner:
    """A pool of ``workers`` query processes over ``source``.

    ``memory``: bytes one query may use (0: no cap); ``deny_network``: workers
    refuse themselves network sockets; ``parser``: workers load rdflib's SPARQL
    parser at start (for jobs that inspect).
    """

    def __init__(self, source: Source, *, workers: int | None = None, memory: int = DEFAULT_MEMORY,
                 deny_network: bool = True, parser: bool = True):
        self.source = source
        self.size = max(1, workers or default_workers())
        self.memory = memory
        self._settings = Settings(source.kind, source.location, memory, deny_network, parser)
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._closed = False
        self._failure: str | None = None
        self._lock = threading.Lock()
        self._all: set[_Worker] = set()
        self.network_denied: bool | None = None
        # One long-lived thread starts every worker: a worker is killed when the
        # thread that started it ends (PR_SET_PDEATHSIG), so that thread must live
        # as long as the pool, and no worker outlives this process.
        self._requests: queue.Queue[bool] = queue.Queue()
        threading.Thread(target=self._spawner, name="kg-workers", daemon=True).start()
        for _ in range(self.size):
            self._respawn()

    # -- the pool -------------------------------------------------------------
    def _respawn(self) -> None:
        self._requests.put(True)

    def _spawner(self) -> None:
        while self._requests.get() and not self._closed:
            try:
                self._spawn()
            finally:
                self._requests.task_done()

    def _spawn(self) -> None:
        for attempt in range(3):
            if self._closed:
                return
            try:
                worker = _Worker(self._settings)
            except (RunnerError, OSError) as exc:
                self._failure = str(exc)
                time.sleep(0.5 * (attempt + 1))
                continue
            with self._lock:
                if self._closed:
                    worker.kill()
                    return
                self._all.add(worker)
            self._failure = None
            self.network_denied = worker.network_denied
            self._idle.put(worker)
            return

    def _discard(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.kill()
        self._respawn()

    def wait_ready(self, timeout: float = 30.0) -> bool:
        """Wait until every worker has started (True), or gave up starting, or ``timeout`` passed."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if len(self._all) >= self.size:
                    return True
            if self._failure and not self._requests.unfinished_tasks:
                return False  # every start was tried, some failed (``failure`` says why)
            time.sleep(0.02)
        return False

    @property
    def failure(self) -> str | None:
        """Why the last worker that failed to start did, if one did."""
        return self._failure

    def pids(self) -> list[int]:
        with self._lock:
            return sorted(w.proc.pid for w in self._all)

    # -- running ----------------------------------------------------------------
    def run(self, job: Job, *, timeout: float | None = None, cancel: threading.Event | None = None):
        """The worker's reply to ``job`` (see :func:`kg.query_worker.run_job`).

        Raises :class:`Busy` when no worker comes free within ``timeout``,
        :class:`TimedOut`, :class:`Cancelled` (``cancel`` set, or Ctrl-C in this
        thread: KeyboardInterrupt is raised again after the kill),
        :class:`OutOfMemory` or :class:`RunnerError`.
        """
        if self._closed:
            raise RunnerError("the query runner is closed")
        deadline = None if timeout is None else time.monotonic() + timeout
        worker = self._acquire(deadline, cancel)
        try:
            write_frame(worker.inp, job)
            reply = worker.read(deadline, cancel)
        except KeyboardInterrupt:
            self._discard(worker)
            raise
        except (TimedOut, Cancelled):
            self._discard(worker)
            raise
        except OSError:  # the worker died while we wrote
            error = worker.died_of()
            self._discard(worker)
            raise error from None
        if reply is None:
            error = worker.died_of()
            self._discard(worker)
            raise error
        self._idle.put(worker)
        if reply[0] == "memory":
            raise OutOfMemory("out of memory")
        return reply

    def _acquire(self, deadline: float | None, cancel: threading.Event | None) -> _Worker:
        while True:
            wait = 0.1 if deadline is None else min(0.1, deadline - time.monotonic())
            if wait <= 0:
                raise Busy("no query worker came free in time")
            if cancel is not None and cancel.is_set():
                raise Cancelled("cancelled")
            try:
                worker = self._idle.get(timeout=wait)
            except queue.Empty:
                with self._lock:
                    starting = len(self._all) < self.size
                if self._failure and starting and not self._all:
                    raise RunnerError(self._failure)
                continue
            if worker.proc.poll() is not None:  # died while idle
                self._discard(worker)
                continue
            return worker

    def close(self) -> None:
        """Stop every worker (running queries are killed)."""
        with self._lock:
            self._closed = True
            workers, self._all = list(self._all), set()
        self._requests.put(False)
        for w in workers:
            w.kill()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


_stoppable: dict[str, QueryRunner] = {}
_stoppable_lock = threading.Lock()


def query_stoppably(store, sparql: str, *, bindings=None, union: bool = True):
    """``store.query(sparql, bindings=...)``, evaluated where Ctrl-C stops it.

    For an on-disk Oxigraph store the query runs in a worker process (started
    on first use and kept for the next query on the same store; network and
    memory unrestricted: the user's own query); a KeyboardInterrupt while it runs kills that worker, frees its
    CPU and memory, and is raised again.  Other stores are queried here.
    """
    from .store.base import QueryError, StoreError, with_bindings
    from .store.oxigraph import OxigraphStore

    if not isinstance(store, OxigraphStore) or store.backend != "oxigraph":
        return store.query(sparql, bindings=bindings, union=union)
    with _stoppable_lock:
        runner = _stoppable.get(store.location)
        if runner is None:
            for other in _stoppable.values():  # one store at a time: stop the last one's worker
                other.close()
            _stoppable.clear()
            runner = _stoppable[store.location] = QueryRunner(
                Source("oxigraph", store.location), workers=1, memory=0, deny_network=False,
                parser=False)
    text = with_bindings(sparql, bindings)
    try:
        reply = runner.run(Job(text, inspect=False, union=union))
    except RunnerError as exc:
        raise StoreError(f"the query was stopped: {exc}") from None
    if reply[0] == "result":
        return reply[2]
    if reply[0] == "query_error":
        raise QueryError(reply[1], line=reply[2], column=reply[3], query=text)
    raise StoreError(f"query failed: {reply[-1]}")


__all__ = ["QueryRunner", "query_stoppably", "Source", "Job", "RunnerError", "Busy", "TimedOut", "Cancelled",
           "OutOfMemory", "DEFAULT_MEMORY", "default_workers"]
