"""The store interface every backend implements, and the query result model.

Terms are pyoxigraph terms (``NamedNode``, ``BlankNode``, ``Literal``) in
every backend, so that front ends never care which engine answered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping, Protocol, Sequence, runtime_checkable

import pyoxigraph as ox

Term = ox.NamedNode | ox.BlankNode | ox.Literal


class StoreError(Exception):
    """A store could not be opened or written; the message is for the user."""


class StoreBusy(StoreError):
    """Another process is writing the store (readers are never told so)."""


class QueryError(Exception):
    """A query failed; ``line``/``column`` locate a syntax error when known (1-based)."""

    def __init__(self, message: str, *, line: int | None = None, column: int | None = None,
                 query: str | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.query = query

    def caret(self) -> str:
        """The offending query line with a caret under the column ('' when unknown)."""
        if self.query is None or self.line is None:
            return ""
        lines = self.query.splitlines() or [""]
        if not 1 <= self.line <= len(lines):
            return ""
        text = lines[self.line - 1]
        col = max(1, self.column or 1)
        return f"{text}\n{' ' * (col - 1)}^"

    def __str__(self) -> str:
        where = f" (line {self.line}, column {self.column})" if self.line else ""
        return f"{self.message}{where}"


_POS = re.compile(r"(?:at |on )?line (\d+)(?:,| ) ?column (\d+)|(\d+):(\d+)")


def syntax_error(exc: Exception, query: str) -> QueryError:
    """Wrap a parser exception, pulling line and column out of its message."""
    msg = str(exc).strip()
    line = col = None
    m = _POS.search(msg)
    if m:
        if m.group(1):
            line, col = int(m.group(1)), int(m.group(2))
        else:
            line, col = int(m.group(3)), int(m.group(4))
    first = msg.splitlines()[0] if msg else "syntax error"
    first = re.sub(r"^error at \d+:\d+:\s*", "", first)
    if "Prefix not found" in first:
        first = "undeclared prefix (add a PREFIX declaration)"
    return QueryError(first, line=line, column=col, query=query)


@dataclass
class QueryResult:
    """The answer to a query.

    ``kind`` is ``"select"`` (``variables`` and ``rows``), ``"ask"``
    (``boolean``) or ``"graph"`` (``triples``, for CONSTRUCT and DESCRIBE).
    Rows are tuples aligned with ``variables``; an unbound cell is ``None``.
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def __iter__(self) -> Iterator[tuple[Term | None, ...]]:
        return iter(self.rows)

    def __len__(self) -> int:
        if self.kind == "select":
            return len(self.rows)
        if self.kind == "graph":
            return len(self.triples)
        return 1

    def dicts(self) -> list[dict[str, Term | None]]:
        return [dict(zip(self.variables, row)) for row in self.rows]

    def values(self, var: str | None = None) -> list:
        """Python values of one column (IRIs as str, literals as their value)."""
        idx = self.variables.index(var) if var else 0
        return [python_value(row[idx]) for row in self.rows]


def python_value(term: Term | None):
    """A plain Python value for a term: str for IRIs and strings, numbers for numbers."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        v = term.value
        try:
            if dt.endswith(("#integer", "#int", "#long", "#nonNegativeInteger")):
                return int(v)
            if dt.endswith(("#decimal", "#double", "#float")):
                return float(v)
            if dt.endswith("#boolean"):
                return v in ("true", "1")
        except ValueError:
            return v
        return v
    return term.value


def with_bindings(sparql: str, bindings: Mapping[str, Term] | None) -> str:
    """``sparql`` with variables bound to RDF terms by a ``VALUES`` block.

    The block goes at the start of the query's WHERE group (see
    :func:`kg.sparql_text.with_values`), so FILTERs and aggregates see the
    value; the terms are written in their N-Triples form by pyoxigraph, which
    escapes them, so a value is always one RDF term however hostile its text.

    >>> print(with_bindings("SELECT ?s WHERE { ?s ?p ?n }", {"n": ox.Literal('"} DROP ALL #')}))
    SELECT ?s WHERE { VALUES (?n) { ("\\"} DROP ALL #") } ?s ?p ?n }
    """
    if not bindings:
        return sparql
    from ..sparql_text import with_values

    try:
        return with_values(sparql, bindings)
    except ValueError as exc:
        raise QueryError(str(exc), query=sparql) from None


@runtime_checkable
class Store(Protocol):
    """What every backend offers, all of it: callers never ask whether a store has a member.

    Backends are chosen by name: see :func:`kg.store.open_store`.  ``backend``
    names it, ``location`` says where it is for people (no password),
    ``writable`` is False for a reader: its writes raise :class:`StoreError`.
    """

    backend: str
    location: str
    writable: bool

    def query(self, sparql: str, *, bindings: Mapping[str, Term] | None = None,
              union: bool = True, timeout: float | None = None) -> QueryResult:
        """Run a SPARQL query; ``bindings`` bind variables to RDF terms (never spliced as text).

        With ``union`` the default graph is the union of all named graphs.
        """

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Atomically replace the named graph ``graph`` by ``quads``.

        Quads that name another graph are added to that graph, nothing of it
        removed (an article's entity descriptions, see :mod:`kg.rdf`); quads in
        the default graph go into ``graph``.
        """

    def replace_graphs(self, graphs: Mapping[str, Sequence[ox.Quad]], *, prelude: str = "") -> None:
        """Replace several named graphs as :meth:`replace_graph` does, all in one transaction.

        A quad naming a graph that is not a key is added to its graph in the
        same transaction.  ``prelude`` (a SPARQL update, run first in that
        transaction) records what the replaced graphs held, for instance the
        entities to prune afterwards.  A full disk, an error or a kill leaves
        every graph as it was or as it is now, never neither.
        """

    def remove_graph(self, graph: str) -> bool:
        """Drop a named graph; False when it did not exist."""

    def graph_names(self) -> list[str]:
        ...

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad (of one named graph, when given)."""

    def update(self, sparql: str) -> None:
        """Run a SPARQL update (a :class:`StoreError` on a read-only store)."""

    def flush(self) -> None:
        """Make what was written durable and visible to readers (nothing to do for some backends)."""

    def reopen(self) -> None:
        """Flush, then reopen the underlying database to compact it (nothing to do for some backends)."""

    def __len__(self) -> int:
        """The number of quads."""

    def close(self) -> None:
        """Release the store (locks, connections); closing twice is harmless."""

    def __enter__(self) -> "Store":
        ...

    def __exit__(self, *exc) -> None:
        ...
