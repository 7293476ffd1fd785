"""The ``sparql`` backend: a store on any SPARQL 1.1 server, spoken to over HTTP.

Store URLs are parsed in :mod:`kg.store.remote_url`, requests sent by
:mod:`kg.store.remote_http` (the standard library only), and the update a
batch of replaced graphs becomes is built in :mod:`kg.store.remote_write`:
one request a batch, which SPARQL servers that run a request as one
transaction (Oxigraph) apply whole.  Here: queries over the SPARQL 1.1
Protocol, answered as pyoxigraph terms, and the writes.
"""

from __future__ import annotations

import urllib.parse
from typing import Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox

from .. import formats as F
from ..sparql_text import with_values
from ..sparql_tokens import operation
from .base import QueryError, QueryResult, StoreError, Term, syntax_error
from .faults import point
from .oxigraph import _result
from .remote_http import DEFAULT_TIMEOUT, TOKEN_ENV, Http, media_type
from .remote_url import Endpoints, endpoints, redact
from .remote_write import batch_update

__all__ = ["RemoteStore", "Endpoints", "endpoints", "redact", "TOKEN_ENV", "DEFAULT_TIMEOUT"]

_SELECT_ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
                  "text/tab-separated-values;q=0.8")
_GRAPH_ACCEPT = ("application/n-triples, text/turtle;q=0.9, application/n-quads;q=0.8, "
                 "application/rdf+xml;q=0.5")
# media type of a response → how to parse it (csv is never asked for: it loses term kinds)
_RESULT_FORMATS = {media: F.results_format(name)
                   for media, name in F.media_types("results", lossless_only=True).items()}
_RDF_FORMATS = {media: F.rdf_format(name) for media, name in F.media_types("rdf").items()}


def _ask_from_select(result: QueryResult) -> QueryResult:
    """An ASK answered as a one-cell SELECT (Virtuoso's ``__ASK_RETVAL``) as a boolean."""
    cell = result.rows[0][0] if result.rows and result.rows[0] else None
    value = cell is not None and cell.value not in ("0", "false")
    return QueryResult("ask", boolean=value)


class RemoteStore:
    """A SPARQL 1.1 server as a :class:`~kg.store.base.Store`."""

    backend = "sparql"

    def __init__(self, location: str, *, read_only: bool = False,
                 timeout: float = DEFAULT_TIMEOUT, check: bool = True):
        self.location = redact(location)
        self.writable = not read_only
        self.endpoints = endpoints(location)
        self.timeout = timeout
        self.http = Http(self.endpoints, timeout=timeout)
        if check:
            self._check()

    def _check(self) -> None:
        try:
            self._select_or_ask("ASK {}", union=False)
        except QueryError as exc:
            raise StoreError(f"{self.endpoints.display} does not answer SPARQL: {exc}") from None

    # -- reading ---------------------------------------------------------
    def _query_url(self, union: bool) -> tuple[str, list[tuple[str, str]]]:
        e = self.endpoints
        params: list[tuple[str, str]] = []
        if union and e.union == "param":
            return e.query + ("&" if "?" in e.query else "?") + "union-default-graph", params
        if union and e.union not in ("server", "param"):
            params.append(("default-graph-uri", e.union))
        return e.query, params

    def _post_query(self, text: str, *, union: bool, accept: str, timeout: float | None):
        url, params = self._query_url(union)
        body = urllib.parse.urlencode([("query", text)] + params).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                   "Accept": accept}
        try:
            return self.http.request("POST", url, data=body, headers=headers, timeout=timeout)
        except QueryError as exc:
            if getattr(exc, "status", None) != 400:
                raise
            raise self._syntax(exc, text) from None

    @staticmethod
    def _syntax(exc: QueryError, text: str) -> QueryError:
        """The server refused the query: locate the error with the local parser when it agrees."""
        try:
            ox.Store().query(text)
        except SyntaxError as local:
            return syntax_error(local, text)
        except Exception:  # noqa: BLE001 - the local engine may fail for other reasons
            pass
        return QueryError(f"the server refused the query: {exc.message}", query=text)

    def _select_or_ask(self, text: str, *, union: bool, timeout: float | None = None) -> QueryResult:
        with self._post_query(text, union=union, accept=_SELECT_ACCEPT, timeout=timeout) as resp:
            return self._parse_results(resp, text)

    def _parse_results(self, resp, text: str) -> QueryResult:
        ctype = media_type(resp.headers.get("Content-Type"))
        fmt = _RESULT_FORMATS.get(ctype)
        if fmt is None:
            rdf = _RDF_FORMATS.get(ctype)
            if rdf is None:
                raise QueryError(f"the server answered with an unsupported type {ctype or '(none)'!r}")
            return self._parse_graph(resp, rdf)
        try:
            result = _result(ox.parse_query_results(resp, fmt))
        except SyntaxError as exc:
            raise QueryError(f"unreadable results from the server: {exc}") from None
        if result.kind == "select" and operation(text) == "ask":
            return _ask_from_select(result)
        return result

    @staticmethod
    def _parse_graph(resp, fmt) -> QueryResult:
        try:
            triples = [ox.Triple(q.subject, q.predicate, q.object)
                       for q in ox.parse(resp, format=fmt)]
        except SyntaxError as exc:
            raise QueryError(f"unreadable RDF from the server: {exc}") from None
        return QueryResult("graph", triples=triples)

    def query(self, sparql: str, *, bindings: Mapping[str, Term] | None = None,
              union: bool = True, timeout: float | None = None) -> QueryResult:
        try:
            text = with_values(sparql, bindings)
        except ValueError as exc:
            raise QueryError(str(exc), query=sparql) from None
        form = operation(text)
        if form == "update":
            raise QueryError("this is an update, not a query (use update())", query=sparql)
        accept = _GRAPH_ACCEPT if form in ("construct", "describe") else (
            _SELECT_ACCEPT if form else f"{_SELECT_ACCEPT}, {_GRAPH_ACCEPT}")
        with self._post_query(text, union=union, accept=accept, timeout=timeout) as resp:
            return self._parse_results(resp, text)

    def graph_names(self) -> list[str]:
        res = self._select_or_ask("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }", union=False)
        names = {r[0].value for r in res.rows if isinstance(r[0], ox.NamedNode)}
        if not names:  # servers that bind no graph to an empty pattern (Virtuoso)
            res = self._select_or_ask("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
            names = {r[0].value for r in res.rows if isinstance(r[0], ox.NamedNode)}
        return sorted(names)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        if graph is not None:
            node = self._node(graph)
            q = f"SELECT ?s ?p ?o WHERE {{ GRAPH {node} {{ ?s ?p ?o }} }}"
            for s, p, o in self._select_or_ask(q, union=False).rows:
                yield ox.Quad(s, p, o, node)
            return
        q = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
        for g, s, p, o in self._select_or_ask(q, union=False).rows:
            yield ox.Quad(s, p, o, g)

    def __len__(self) -> int:
        res = self._select_or_ask("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
        return int(res.rows[0][0].value) if res.rows and res.rows[0][0] is not None else 0

    # -- writing ---------------------------------------------------------
    @staticmethod
    def _node(graph: str) -> ox.NamedNode:
        try:
            return ox.NamedNode(graph)
        except (ValueError, TypeError):
            raise StoreError(f"not an IRI: {graph!r}") from None

    def _check_writable(self) -> None:
        if not self.writable:
            raise StoreError(f"store {self.endpoints.display} is open read-only")

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        self.replace_graphs({graph: list(quads)})

    def replace_graphs(self, graphs: Mapping[str, Sequence[ox.Quad]], *, prelude: str = "") -> None:
        """Replace several graphs by one SPARQL update request (:func:`~kg.store.remote_write.batch_update`).

        A writer killed before the request is complete sends nothing that
        runs; a server that runs a request as one transaction (Oxigraph)
        leaves the old graphs or the new ones whatever fails.  Virtuoso keeps
        what ran before a failing operation: a graph cut short there lacks
        its own statements (an article its digest), so a build rewrites it.
        """
        self._check_writable()
        if not graphs:
            return
        for graph in graphs:
            self._node(graph)
        point("replace:start")
        self.update(batch_update(graphs, prelude=prelude))
        point("replace:committed")

    def _gsp_url(self, node: ox.NamedNode) -> str:
        sep = "&" if "?" in self.endpoints.gsp else "?"
        return self.endpoints.gsp + sep + urllib.parse.urlencode({"graph": node.value})

    def remove_graph(self, graph: str) -> bool:
        self._check_writable()
        node = self._node(graph)
        if self.endpoints.gsp:
            resp = self.http.request("DELETE", self._gsp_url(node), ok_missing=True)
            if resp is None:
                return False
            resp.close()
            return True
        exists = self._select_or_ask(f"ASK {{ GRAPH {node} {{ ?s ?p ?o }} }}", union=False).boolean
        if exists:
            self.update(f"DROP SILENT GRAPH {node}")
        return bool(exists)

    def update(self, sparql: str) -> None:
        self._check_writable()
        body = sparql.encode("utf-8")  # the protocol's direct POST: no form encoding of large texts
        headers = {"Content-Type": "application/sparql-update; charset=utf-8"}
        try:
            with self.http.request("POST", self.endpoints.update, data=body, headers=headers):
                pass
        except QueryError as exc:
            if getattr(exc, "status", None) != 400:
                raise
            try:
                ox.Store().update(sparql)
            except SyntaxError as local:
                raise syntax_error(local, sparql) from None
            except Exception:  # noqa: BLE001
                pass
            raise QueryError(f"the server refused the update: {exc.message}", query=sparql) from None

    def flush(self) -> None:
        """Nothing to flush: the server commits each request."""

    def reopen(self) -> None:
        """Nothing to reopen: the server owns its database."""

    def close(self) -> None:
        self.http.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<RemoteStore {self.endpoints.display}>"

