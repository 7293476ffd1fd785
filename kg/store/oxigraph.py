"""The embedded Oxigraph backends: ``oxigraph`` (persistent, a directory) and ``memory``.

Writers hold an exclusive lock on ``DIR/kg.lock``; readers hold a shared one
and open the database read-only.  A reader that meets a writer (or a writer
that meets anyone) gets :class:`~kg.store.base.StoreBusy` at once, never a
half-written view.  Each named graph is replaced in one SPARQL update, which
Oxigraph runs as one transaction: after a crash an article is either all
there or absent.
"""

from __future__ import annotations

import fcntl
import os
import threading
from pathlib import Path
from typing import Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox

from .base import QueryError, QueryResult, StoreBusy, StoreError, Term, syntax_error, with_bindings
from .faults import point


def _result(raw) -> QueryResult:
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        rows = [tuple(sol[i] for i in range(len(variables))) for sol in raw]
        return QueryResult("select", variables=variables, rows=rows)
    return QueryResult("graph", triples=list(raw))


def _named(quad: ox.Quad, graph: str) -> ox.Quad:
    if isinstance(quad.graph_name, ox.DefaultGraph):
        return ox.Quad(quad.subject, quad.predicate, quad.object, ox.NamedNode(graph))
    return quad


def _nt(term) -> str:
    return str(term)


def insert_data(graph: str, quads: Iterable[ox.Quad]) -> str:
    """A ``DROP SILENT GRAPH; INSERT DATA`` update that replaces ``graph`` by ``quads``.

    Quads in the default graph go into ``graph``; quads naming another graph
    are added to it.

    >>> q = ox.Quad(ox.NamedNode("http://ex/s"), ox.NamedNode("http://ex/p"), ox.Literal("o"))
    >>> print(insert_data("http://ex/g", [q]))
    DROP SILENT GRAPH <http://ex/g> ;
    INSERT DATA { GRAPH <http://ex/g> {
    <http://ex/s> <http://ex/p> "o" .
    } }
    """
    named = [_named(q, graph) for q in quads]
    drop = f"DROP SILENT GRAPH <{graph}>"
    return f"{drop} ;\n{add_data(named)}" if named else drop


def replace_update(graphs: Mapping[str, Sequence[ox.Quad]], *, prelude: str = "") -> str:
    """One update that runs ``prelude``, drops ``graphs`` and inserts their quads.

    >>> q = ox.Quad(ox.NamedNode("http://ex/s"), ox.NamedNode("http://ex/p"), ox.Literal("o"))
    >>> print(replace_update({"http://ex/g": [q], "http://ex/h": []}))
    DROP SILENT GRAPH <http://ex/g> ;
    DROP SILENT GRAPH <http://ex/h> ;
    INSERT DATA { GRAPH <http://ex/g> {
    <http://ex/s> <http://ex/p> "o" .
    } }
    """
    parts = [prelude.strip()] if prelude.strip() else []
    parts += [f"DROP SILENT GRAPH <{ox.NamedNode(g).value}>" for g in graphs]
    named = [_named(q, g) for g, quads in graphs.items() for q in quads]
    if named:
        parts.append(add_data(named))
    return " ;\n".join(parts)


def add_data(quads: Iterable[ox.Quad]) -> str:
    """An ``INSERT DATA`` update that adds ``quads`` to the graphs they name.

    >>> q = ox.Quad(ox.NamedNode("http://ex/s"), ox.NamedNode("http://ex/p"), ox.Literal("o"), ox.NamedNode("http://ex/g"))
    >>> print(add_data([q]))
    INSERT DATA { GRAPH <http://ex/g> {
    <http://ex/s> <http://ex/p> "o" .
    } }
    """
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        if isinstance(q.graph_name, ox.DefaultGraph):
            raise ValueError("add_data takes quads in named graphs")
        by_graph.setdefault(q.graph_name.value, []).append(
            f"{_nt(q.subject)} {_nt(q.predicate)} {_nt(q.object)} .")
    blocks = " ".join("GRAPH <%s> {\n%s\n}" % (name, "\n".join(lines))
                      for name, lines in by_graph.items())
    return f"INSERT DATA {{ {blocks} }}"


def data_version(path: str | os.PathLike) -> tuple:
    """A value that changes whenever a write to the store at ``path`` is committed.

    Readers that open the store read-only see it as it was when opened; they
    compare this value (sizes and times of the write-ahead logs, the manifest
    and ``CURRENT``: a few ``stat`` calls) and reopen when it changed.
    """
    sig = []
    with os.scandir(path) as entries:
        for e in entries:
            if e.name.endswith(".log") or e.name.startswith(("MANIFEST", "CURRENT")):
                try:
                    st = e.stat()
                except FileNotFoundError:  # removed by a compaction meanwhile
                    continue
                sig.append((e.name, st.st_size, st.st_mtime_ns))
    return tuple(sorted(sig))


class OxigraphStore:
    """Oxigraph on disk (``path`` given) or in memory (``path`` None)."""

    def __init__(self, path: str | os.PathLike | None = None, *, read_only: bool = False):
        self.backend = "memory" if path is None else "oxigraph"
        self.location = ":memory:" if path is None else str(path)
        self.writable = not read_only
        self._lock_fd: int | None = None
        self._local = threading.Lock()
        if path is None:
            self._store = ox.Store()
            return
        p = Path(path)
        if read_only and not (p / "CURRENT").exists():
            raise StoreError(f"no kg store at {p} (run 'kg build' first)")
        p.mkdir(parents=True, exist_ok=True)
        self._lock(p, exclusive=not read_only)
        try:
            self._store = ox.Store.read_only(str(p)) if read_only else ox.Store(str(p))
        except OSError as exc:
            self._unlock()
            if "lock" in str(exc).lower():
                raise StoreBusy(f"store {p} is busy: another kg process is writing it") from exc
            raise StoreError(f"cannot open store {p}: {exc}") from exc

    # -- locking ---------------------------------------------------------
    def _lock(self, p: Path, *, exclusive: bool) -> None:
        fd = os.open(p / "kg.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            who = "reading or writing" if exclusive else "writing"
            raise StoreBusy(f"store {p} is busy: another kg process is {who} it") from None
        self._lock_fd = fd

    def _unlock(self) -> None:
        if self._lock_fd is not None:
            try:
                fcntl.flock(self._lock_fd, fcntl.LOCK_UN)
            finally:
                os.close(self._lock_fd)
                self._lock_fd = None

    @property
    def engine(self) -> ox.Store:
        """The underlying pyoxigraph store (for streaming results)."""
        return self._store

    # -- reading ---------------------------------------------------------
    def query(self, sparql: str, *, bindings: Mapping[str, Term] | None = None,
              union: bool = True, timeout: float | None = None) -> QueryResult:
        text = with_bindings(sparql, bindings)
        try:
            raw = self._store.query(text, use_default_graph_as_union=union)
            return _result(raw)
        except SyntaxError as exc:
            raise syntax_error(exc, sparql) from None
        except (OSError, ValueError, TypeError) as exc:
            raise QueryError(str(exc), query=sparql) from None

    def graph_names(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        g = ox.NamedNode(graph) if graph else None
        for q in self._store.quads_for_pattern(None, None, None, g):
            if graph is None and isinstance(q.graph_name, ox.DefaultGraph):
                continue
            yield q

    def __len__(self) -> int:
        return len(self._store)

    # -- writing ---------------------------------------------------------
    def _check_writable(self) -> None:
        if not self.writable:
            raise StoreError(f"store {self.location} is open read-only")

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        self._check_writable()
        with self._local:
            self._store.update(insert_data(graph, quads))

    def replace_graphs(self, graphs: Mapping[str, Sequence[ox.Quad]], *, prelude: str = "") -> None:
        """Replace several graphs in one transaction (see :meth:`kg.store.base.Store.replace_graphs`).

        When none of them exists yet the quads are added in one transaction;
        otherwise one SPARQL update runs ``prelude``, drops the graphs and
        inserts the quads, which Oxigraph applies as one transaction: a full
        disk or a kill leaves every graph as it was or as it is now.
        """
        self._check_writable()
        if not graphs:
            return
        with self._local:
            exists = any(self._store.contains_named_graph(ox.NamedNode(g)) for g in graphs)
            point("replace:start")
            if exists or prelude:
                self._write(replace_update(graphs, prelude=prelude))
            else:
                self._write(list(_named(q, g) for g, quads in graphs.items() for q in quads))
            point("replace:committed")

    def _write(self, change) -> None:
        """Apply an update text or add a list of quads; a failed write is a StoreError."""
        try:
            if isinstance(change, str):
                self._store.update(change)
            else:
                self._store.extend(change)
        except OSError as exc:
            raise StoreError(f"cannot write store {self.location}: {exc}") from exc

    def remove_graph(self, graph: str) -> bool:
        self._check_writable()
        node = ox.NamedNode(graph)
        with self._local:
            if not self._store.contains_named_graph(node):
                return False
            self._store.remove_graph(node)
            return True

    def update(self, sparql: str) -> None:
        self._check_writable()
        try:
            with self._local:
                self._store.update(sparql)
        except SyntaxError as exc:
            raise syntax_error(exc, sparql) from None

    def flush(self) -> None:
        if self.writable and self.backend == "oxigraph":
            try:
                self._store.flush()
            except OSError as exc:
                raise StoreError(f"cannot write store {self.location}: {exc}") from exc

    def reopen(self) -> None:
        """Flush and reopen the database (the lock stays held).

        Opening folds RocksDB's write-ahead logs into its tables and deletes
        them: after a large build the store takes about a third of the disk
        it took before, and readers, which open it read-only and would replay
        the logs each time, start faster.
        """
        if not self.writable or self.backend != "oxigraph" or self._store is None:
            return
        import gc

        with self._local:
            self._store.flush()
            old, self._store = self._store, None
            del old
            gc.collect()  # the database closes when its last reference goes
            try:
                self._store = ox.Store(self.location)
            except OSError as exc:
                raise StoreError(f"cannot reopen store {self.location}: {exc}") from exc

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            try:
                self.flush()  # committed writes are in the write-ahead log already
            except StoreError:
                pass
            del self._store
            self._store = None
        self._unlock()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.backend} {self.location}>"
