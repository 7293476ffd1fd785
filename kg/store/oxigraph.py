"""The embedded Oxigraph backends: ``oxigraph`` (persistent, a directory) and ``memory``.

One writer at a time holds an exclusive lock on ``DIR/kg.lock`` (a second
one gets :class:`~kg.store.base.StoreBusy` at once).  Readers never wait and
never hold a writer up: they open the newest snapshot the writer published
(:mod:`kg.store.snapshots`; :func:`open_reader`, :func:`data_version`) and
move to a newer one when the writer publishes again, every few seconds
while it writes.  Graphs are replaced in one transaction: after a crash or a
full disk an article is its old graph or its new one.
"""

from __future__ import annotations

import fcntl
import gc
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox

from .base import QueryError, QueryResult, StoreBusy, StoreError, Term, syntax_error, with_bindings
from . import bulk, snapshots
from .faults import point
from .updates import _named, add_data, insert_data, replace_update  # noqa: F401 (re-exported)


def _result(raw) -> QueryResult:
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        rows = [tuple(sol[i] for i in range(len(variables))) for sol in raw]
        return QueryResult("select", variables=variables, rows=rows)
    return QueryResult("graph", triples=list(raw))


def data_version(path: str | os.PathLike):
    """A value that changes whenever a writer publishes the store at ``path`` (one ``stat``).

    Readers see the newest snapshot as it was when they opened it (see
    :mod:`kg.store.snapshots`); one that finds this value changed reopens
    (:meth:`OxigraphStore.refresh`, or :func:`open_reader` again).
    """
    return snapshots.version(path)


def open_reader(path: str | os.PathLike) -> "OxigraphStore":
    """The store at ``path`` for reading: never waits for a writer, never blocks one.

    It reads the newest published snapshot; ``changed()`` says (one ``stat``)
    whether a newer one exists and ``refresh()`` moves to it.  Queries move
    to the newest snapshot by themselves before they run.
    """
    return OxigraphStore(path, read_only=True)


#: A writer publishes a snapshot for readers at most this often while it writes,
#: and at the latest this long after its last write (and when it closes).  A
#: snapshot costs a flush and hard links: 0.3x of writing a 24,000-quad batch
#: (bench/bench_store_writes.py), so this bounds the cost to a few percent.
PUBLISH_EVERY = 5.0


class OxigraphStore:
    """Oxigraph on disk (``path`` given) or in memory (``path`` None).

    ``read_only``: a reader of the newest snapshot.  ``on_demand``: a reader
    that becomes the writer for each write (the lock held only meanwhile),
    as the shell does.  Otherwise the writer, holding ``DIR/kg.lock``.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False,
                 on_demand: bool = False):
        self.backend = "memory" if path is None else "oxigraph"
        self.location = ":memory:" if path is None else str(path)
        self.writable = not read_only
        self.on_demand = on_demand and not read_only and path is not None
        self._lock_fd: int | None = None
        self._local = threading.RLock()
        self._held: snapshots.Held | None = None
        self._dirty = False
        self._published = 0.0
        self._timer: threading.Timer | None = None
        if path is None:
            self._store = ox.Store()
            return
        p = Path(path)
        if (read_only or self.on_demand) and not (p / "CURRENT").exists():
            if read_only:
                raise StoreError(f"no kg store at {p} (run 'kg build' first)")
            self._open_writer()
            self._close_writer()
        if read_only or self.on_demand:
            self._open_snapshot()
        else:
            self._open_writer()

    # -- the writer ------------------------------------------------------
    def _lock(self, p: Path) -> None:
        fd = os.open(p / "kg.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreBusy(f"store {p} is busy: another kg process is writing it") from None
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            try:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            finally:
                os.close(self._lock_fd)
                self._lock_fd = None

    def _open_writer(self) -> None:
        """Lock and open the database read-write; publish first if readers lack its state."""
        p = Path(self.location)
        p.mkdir(parents=True, exist_ok=True)
        self._lock(p)
        try:
            self._store = ox.Store(str(p))
        except OSError as exc:
            self._unlock()
            if "lock" in str(exc).lower():
                raise StoreBusy(f"store {p} is busy: another kg process is writing it") from exc
            raise StoreError(f"cannot open store {p}: {exc}") from exc
        try:
            if bulk.undo(self._store, p):  # a load a crash interrupted: its graphs go whole
                snapshots.mark_dirty(p)
        except OSError as exc:
            self._store = None
            gc.collect()
            self._unlock()
            raise StoreError(f"cannot undo an interrupted write to store {p}: {exc}") from exc
        self._dirty = snapshots.is_dirty(p) or snapshots.current(p) is None
        self._publish()

    def _close_writer(self) -> None:
        try:
            if self._dirty:
                self._publish()
            self._store.flush()
        except (OSError, StoreError):
            pass  # committed writes are in the write-ahead log; readers publish after a crash
        finally:
            self._store = None
            gc.collect()  # the database closes when its last reference goes
            self._unlock()

    def _publish(self) -> None:
        """A snapshot of what is committed, for readers (see :mod:`kg.store.snapshots`).

        Best effort: when it cannot be written (a full disk) the write it
        follows still stands, readers keep the older snapshot, and the dirty
        mark stays, so a later publication (or a reader, once this writer is
        gone) makes it.
        """
        if not self._dirty:
            return
        self._published = time.monotonic()
        try:
            snapshots.publish(self._store, self.location)
        except OSError:
            return
        self._dirty = False

    def _publish_later(self) -> None:
        """Publish within :data:`PUBLISH_EVERY` seconds even if no other write comes."""
        if self._timer is None or not self._timer.is_alive():
            self._timer = threading.Timer(PUBLISH_EVERY, self._publish_pending)
            self._timer.daemon = True
            self._timer.start()

    def _publish_pending(self) -> None:
        with self._local:
            if self._store is not None and self._dirty and self._lock_fd is not None:
                self._publish()

    @contextmanager
    def _writing(self):
        """The read-write engine for one write; readers get a snapshot now and then."""
        self._check_writable()
        with self._local:
            if self.on_demand:
                self._open_writer()
            try:
                if self.backend == "oxigraph" and not self._dirty:
                    snapshots.mark_dirty(self.location)
                    self._dirty = True
                yield self._store
                if self.on_demand or time.monotonic() - self._published >= PUBLISH_EVERY:
                    self._publish()
                else:
                    self._publish_later()
            finally:
                if self.on_demand:
                    self._close_writer()
                    self._open_snapshot()

    # -- readers ---------------------------------------------------------
    def _open_snapshot(self, *, wait: float = 10.0) -> None:
        """Open the newest snapshot read-only (publishing one if a crashed writer left none)."""
        p = Path(self.location)
        deadline = time.monotonic() + wait
        while True:
            if snapshots.current(p) is None or snapshots.is_dirty(p):
                if not self._recover(p):
                    return
            held = snapshots.hold(p)
            if held is not None:
                try:
                    engine = ox.Store.read_only(str(held.directory))
                except OSError as exc:
                    held.release()
                    raise StoreError(f"cannot open store {p}: {exc}") from exc
                old, self._held, self._store = self._held, held, engine
                if old is not None:
                    old.release()
                return
            if time.monotonic() > deadline:
                raise StoreBusy(f"store {p} is busy: its writer has published nothing yet")
            time.sleep(0.05)

    def _recover(self, p: Path) -> bool:
        """Publish for readers when no writer is alive to do it; False: read the database itself."""
        try:
            self._lock(p)
        except StoreBusy:
            return True  # a live writer publishes when it opens and as it writes
        except OSError:  # a read-only file system: nobody can write it either
            self._store = ox.Store.read_only(str(p))
            return False
        try:
            engine = ox.Store(str(p))
            bulk.undo(engine, p)
            snapshots.publish(engine, p)
            del engine
            gc.collect()
        except OSError:  # a read-only file system: nobody can write it either
            self._store = ox.Store.read_only(str(p))
            return False
        finally:
            self._unlock()
        return True

    def changed(self) -> bool:
        """Whether a writer published since this reader opened (one ``stat``); False for writers."""
        return self._held is not None and snapshots.version(self.location) != self._held.version

    def refresh(self) -> bool:
        """Move to the newest snapshot if there is one; True when it did."""
        with self._local:
            if not self.changed():
                return False
            self._open_snapshot()
            return True

    @property
    def engine(self) -> ox.Store:
        """The underlying pyoxigraph store (for streaming results)."""
        self.refresh()
        return self._store

    # -- reading ---------------------------------------------------------
    def query(self, sparql: str, *, bindings: Mapping[str, Term] | None = None,
              union: bool = True, timeout: float | None = None) -> QueryResult:
        text = with_bindings(sparql, bindings)
        self.refresh()
        try:
            raw = self._store.query(text, use_default_graph_as_union=union)
            return _result(raw)
        except SyntaxError as exc:
            raise syntax_error(exc, sparql) from None
        except (OSError, ValueError, TypeError) as exc:
            raise QueryError(str(exc), query=sparql) from None

    def graph_names(self) -> list[str]:
        self.refresh()
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        self.refresh()
        engine, held = self._store, self._held  # held: the snapshot stays while this iterates
        g = ox.NamedNode(graph) if graph else None
        for q in engine.quads_for_pattern(None, None, None, g):
            if graph is None and isinstance(q.graph_name, ox.DefaultGraph):
                continue
            yield q
        del held

    def __len__(self) -> int:
        self.refresh()
        return len(self._store)

    # -- writing ---------------------------------------------------------
    def _check_writable(self) -> None:
        if not self.writable:
            raise StoreError(f"store {self.location} is open read-only")

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        self.replace_graphs({graph: list(quads)})

    def replace_graphs(self, graphs: Mapping[str, Sequence[ox.Quad]], *, prelude: str = "") -> None:
        """Replace several graphs in one transaction (see :meth:`kg.store.base.Store.replace_graphs`).

        When none of them exists yet (and there is no ``prelude``) the quads
        are bulk-loaded under an intent record that the next writer undoes if
        the load did not finish (:mod:`kg.store.bulk`; in memory: one
        transaction); otherwise one SPARQL update runs ``prelude``, drops the
        graphs and inserts the quads, which Oxigraph applies as one
        transaction.  Either way a full disk or a kill leaves every graph as
        it was or as it is now.
        """
        self._check_writable()
        if not graphs:
            return
        with self._writing() as engine:
            exists = any(engine.contains_named_graph(ox.NamedNode(g)) for g in graphs)
            point("replace:start")
            if exists or prelude:
                self._write(engine, replace_update(graphs, prelude=prelude))
            elif self.backend == "oxigraph" and bulk.enabled():
                quads = [_named(q, g) for g, qs in graphs.items() for q in qs]
                try:
                    bulk.load_new(engine, self.location, graphs, quads)
                except OSError as exc:
                    raise StoreError(f"cannot write store {self.location}: {exc}") from exc
            else:
                self._write(engine, [_named(q, g) for g, quads in graphs.items() for q in quads])
            point("replace:committed")

    def _write(self, engine: ox.Store, change) -> None:
        """Apply an update text or add a list of quads; a failed write is a StoreError."""
        try:
            if isinstance(change, str):
                engine.update(change)
            else:
                engine.extend(change)
        except OSError as exc:
            raise StoreError(f"cannot write store {self.location}: {exc}") from exc

    def remove_graph(self, graph: str) -> bool:
        node = ox.NamedNode(graph)
        with self._writing() as engine:
            if not engine.contains_named_graph(node):
                return False
            engine.remove_graph(node)
            return True

    def update(self, sparql: str) -> None:
        try:
            with self._writing() as engine:
                engine.update(sparql)
        except SyntaxError as exc:
            raise syntax_error(exc, sparql) from None

    def flush(self) -> None:
        """Write the memory tables to disk and publish a snapshot for readers (writers only)."""
        if self.writable and self.backend == "oxigraph" and not self.on_demand:
            with self._local:
                try:
                    self._store.flush()
                except OSError as exc:
                    raise StoreError(f"cannot write store {self.location}: {exc}") from exc
                self._publish()

    def reopen(self) -> None:
        """Flush and reopen the database (the lock stays held), then publish.

        Opening folds RocksDB's write-ahead logs into its tables and deletes
        them: after a large build the store takes about a third of the disk
        it took before.
        """
        if not self.writable or self.backend != "oxigraph" or self.on_demand or self._store is None:
            return
        with self._local:
            self._store.flush()
            old, self._store = self._store, None
            del old
            gc.collect()  # the database closes when its last reference goes
            try:
                self._store = ox.Store(self.location)
            except OSError as exc:
                raise StoreError(f"cannot reopen store {self.location}: {exc}") from exc
            self._publish()

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._local:
            if getattr(self, "_store", None) is not None:
                if self.writable and self.backend == "oxigraph" and not self.on_demand:
                    self._close_writer()
                self._store = None
            if self._held is not None:
                self._held.release()
                self._held = None
            self._unlock()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.backend} {self.location}>"
