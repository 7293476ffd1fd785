"""The ``sparql`` backend: a store on any SPARQL 1.1 server, spoken to over HTTP.

Locations
---------
``http(s)://[USER:PASSWORD@]HOST:PORT[/BASE]``
    An Oxigraph server (``oxigraph serve``): queries at ``BASE/query``,
    updates at ``BASE/update``, the Graph Store Protocol at ``BASE/store``; the
    union default graph is asked for per request (Oxigraph's
    ``union-default-graph`` parameter), so the server needs no flag.

``sparql+http(s)://[USER:PASSWORD@]HOST:PORT/PATH[?OPTIONS]``
    Any SPARQL 1.1 server.  ``PATH`` is the query endpoint; options (each a
    path: one starting with ``/`` is absolute, any other is relative to
    ``PATH``):

    ``query=P``   the query endpoint (default ``PATH`` itself)
    ``update=P``  the update endpoint (default: the query endpoint)
    ``gsp=P``     a Graph Store Protocol endpoint; without it, graphs are
                  replaced by one SPARQL Update request each
    ``union=U``   how queries see the union of all named graphs as their
                  default graph: ``server`` (the default: the server is set
                  up that way), ``param`` (Oxigraph's per-request parameter),
                  or an IRI sent as ``default-graph-uri`` (Jena's
                  ``urn:x-arq:UnionGraph``)

Authentication: ``USER:PASSWORD`` in the URL (HTTP Basic, or Digest when the
server asks for it), or a bearer token from ``$KG_STORE_TOKEN``.

>>> e = endpoints("sparql+http://u:p@localhost:7200/repositories/kg?update=statements")
>>> e.query, e.update, e.gsp, e.union
('http://localhost:7200/repositories/kg', 'http://localhost:7200/repositories/kg/statements', '', 'server')
>>> endpoints("http://localhost:7878").gsp
'http://localhost:7878/store'

Only the standard library speaks HTTP here.  A batch of replaced graphs is
one ``DROP``/``INSERT DATA`` update request, which SPARQL servers apply
atomically (Oxigraph as one transaction).
"""

from __future__ import annotations

import base64
import os
import re
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox

from .. import formats as F
from ..sparql_text import with_values
from ..sparql_tokens import operation
from .base import QueryError, QueryResult, StoreError, Term, syntax_error
from .faults import point
from .oxigraph import _result
from .updates import replace_update

TOKEN_ENV = "KG_STORE_TOKEN"
DEFAULT_TIMEOUT = 300.0

_SELECT_ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
                  "text/tab-separated-values;q=0.8")
_GRAPH_ACCEPT = ("application/n-triples, text/turtle;q=0.9, application/n-quads;q=0.8, "
                 "application/rdf+xml;q=0.5")
# media type of a response → how to parse it (csv is never asked for: it loses term kinds)
_RESULT_FORMATS = {media: F.results_format(name)
                   for media, name in F.media_types("results", lossless_only=True).items()}
_RDF_FORMATS = {media: F.rdf_format(name) for media, name in F.media_types("rdf").items()}


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers: full URLs (``gsp`` '' when absent) and the union mode."""

    query: str
    update: str
    gsp: str
    union: str
    user: str = ""
    password: str = field(default="", repr=False)

    @property
    def display(self) -> str:
        """The query endpoint without credentials, for messages."""
        return self.query


def redact(location: str) -> str:
    """The location with its password hidden, for messages and listings.

    >>> redact("sparql+http://dba:secret@host:8890/sparql-auth")
    'sparql+http://dba:***@host:8890/sparql-auth'
    """
    return re.sub(r"^([a-z+]+://[^/@:]*):[^/@]*@", r"\1:***@", location)


def _join(base: str, path: str) -> str:
    if path.startswith("/"):
        return path
    return base.rstrip("/") + "/" + path


def endpoints(location: str) -> Endpoints:
    """Parse a store location (see the module documentation)."""
    sparql_scheme = location.startswith(("sparql+http://", "sparql+https://"))
    url = urllib.parse.urlsplit(location[len("sparql+"):] if sparql_scheme else location)
    if url.scheme not in ("http", "https") or not url.hostname:
        raise StoreError(f"not a SPARQL server URL: {location!r}")
    host = url.hostname if ":" not in url.hostname else f"[{url.hostname}]"
    try:
        port = url.port
    except ValueError:
        raise StoreError(f"bad port in store URL {location!r}") from None
    origin = f"{url.scheme}://{host}" + (f":{port}" if port else "")
    user = urllib.parse.unquote(url.username or "")
    password = urllib.parse.unquote(url.password or "")
    path = url.path or ""
    if not sparql_scheme:
        if url.query:
            raise StoreError("options in a store URL need the sparql+http:// form")
        base = path.rstrip("/")
        return Endpoints(origin + base + "/query", origin + base + "/update",
                         origin + base + "/store", "param", user, password)
    known = {"query", "update", "gsp", "union"}
    opts: dict[str, str] = {}
    for key, value in urllib.parse.parse_qsl(url.query, keep_blank_values=True):
        if key not in known:
            raise StoreError(f"unknown option {key!r} in store URL; known: {', '.join(sorted(known))}")
        opts[key] = value
    query_path = _join(path or "/", opts["query"]) if opts.get("query") else (path or "/")
    update_path = _join(path or "/", opts["update"]) if opts.get("update") else query_path
    gsp = origin + _join(path or "/", opts["gsp"]) if opts.get("gsp") else ""
    union = opts.get("union") or "server"
    if union not in ("server", "param"):
        try:
            ox.NamedNode(union)
        except ValueError:
            raise StoreError(f"union= expects server, param or an absolute IRI, got {union!r}") from None
    return Endpoints(origin + query_path, origin + update_path, gsp, union, user, password)


def _ask_from_select(result: QueryResult) -> QueryResult:
    """An ASK answered as a one-cell SELECT (Virtuoso's ``__ASK_RETVAL``) as a boolean."""
    cell = result.rows[0][0] if result.rows and result.rows[0] else None
    value = cell is not None and cell.value not in ("0", "false")
    return QueryResult("ask", boolean=value)


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _server_message(body: bytes, limit: int = 300) -> str:
    text = body.decode("utf-8", "replace").strip()
    if text.lstrip().startswith("<"):
        text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(text.split())
    return text[:limit] + ("…" if len(text) > limit else "")


class RemoteStore:
    """A SPARQL 1.1 server as a :class:`~kg.store.base.Store`."""

    backend = "sparql"

    def __init__(self, location: str, *, read_only: bool = False,
                 timeout: float = DEFAULT_TIMEOUT, check: bool = True):
        self.location = redact(location)
        self.writable = not read_only
        self.endpoints = endpoints(location)
        self.timeout = timeout
        self._opener = self._make_opener()
        self._token = os.environ.get(TOKEN_ENV, "")
        self._basic = False
        if check:
            self._check()

    # -- HTTP ------------------------------------------------------------
    def _make_opener(self) -> urllib.request.OpenerDirector:
        """Digest challenges are answered by urllib; Basic is handled in :meth:`_request`."""
        handlers: list = []
        e = self.endpoints
        if e.user:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {e.query, e.update, e.gsp} - {""}:
                mgr.add_password(None, url, e.user, e.password)
            handlers.append(urllib.request.HTTPDigestAuthHandler(mgr))
        return urllib.request.build_opener(*handlers)

    def _auth_headers(self) -> dict[str, str]:
        if self._token:
            return {"Authorization": f"Bearer {self._token}"}
        if self._basic:
            creds = f"{self.endpoints.user}:{self.endpoints.password}".encode("utf-8")
            return {"Authorization": "Basic " + base64.b64encode(creds).decode("ascii")}
        return {}

    def _request(self, method: str, url: str, *, data: bytes | None = None,
                 headers: Mapping[str, str] | None = None, timeout: float | None = None,
                 ok_missing: bool = False):
        """Send one request; the open response (or None for a 404 when ``ok_missing``)."""
        for attempt in (1, 2):
            req = urllib.request.Request(url, data=data, method=method,
                                         headers={**(headers or {}), **self._auth_headers()})
            try:
                return self._opener.open(req, timeout=timeout or self.timeout)
            except urllib.error.HTTPError as exc:
                body = exc.read()
                challenge = (exc.headers.get("WWW-Authenticate") or "").lower()
                if (exc.code == 401 and attempt == 1 and self.endpoints.user and not self._token
                        and not self._basic and challenge.startswith("basic")):
                    self._basic = True  # from now on sent with every request
                    continue
                if ok_missing and exc.code == 404:
                    return None
                raise self._http_error(exc.code, body, url) from None
            except (socket.timeout, TimeoutError):
                raise QueryError(f"no answer from {self.endpoints.display} within "
                                 f"{timeout or self.timeout:g} s") from None
            except ValueError as exc:  # a challenge urllib cannot answer
                raise StoreError(f"{url}: authentication failed: {exc}") from None
            except urllib.error.URLError as exc:
                reason = getattr(exc.reason, "strerror", None) or str(exc.reason)
                raise StoreError(f"cannot reach SPARQL server {self.endpoints.display}: {reason}") from None
            except OSError as exc:
                raise StoreError(f"cannot reach SPARQL server {self.endpoints.display}: {exc}") from None
        raise StoreError(f"{url}: authentication failed")

    def _http_error(self, code: int, body: bytes, url: str) -> Exception:
        msg = _server_message(body) or f"HTTP {code}"
        if code in (401, 407):
            hint = "give USER:PASSWORD in the URL or set $" + TOKEN_ENV
            return StoreError(f"{url}: authentication required ({hint}): {msg}")
        if code == 403:
            return StoreError(f"{url}: forbidden: {msg}")
        if code == 404:
            return StoreError(f"{url}: not found (check the endpoint paths in the store URL): {msg}")
        if code == 400:
            refused = QueryError(msg)
            refused.status = 400  # the server refused the text: the local parser may locate why
            return refused
        return StoreError(f"{url}: HTTP {code}: {msg}")

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
            return self._request("POST", url, data=body, headers=headers, timeout=timeout)
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
        ctype = _media_type(resp.headers.get("Content-Type"))
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
        """Replace several graphs by one SPARQL update request (``prelude``, the drops, the inserts).

        A SPARQL server applies one update request as a whole (Oxigraph runs it
        as one transaction), so a failure or a crash leaves the old graphs or
        the new ones, never neither.
        """
        self._check_writable()
        if not graphs:
            return
        for graph in graphs:
            self._node(graph)
        point("replace:start")
        self.update(replace_update(graphs, prelude=prelude))
        point("replace:committed")

    def _gsp_url(self, node: ox.NamedNode) -> str:
        sep = "&" if "?" in self.endpoints.gsp else "?"
        return self.endpoints.gsp + sep + urllib.parse.urlencode({"graph": node.value})

    def remove_graph(self, graph: str) -> bool:
        self._check_writable()
        node = self._node(graph)
        if self.endpoints.gsp:
            resp = self._request("DELETE", self._gsp_url(node), ok_missing=True)
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
        body = urllib.parse.urlencode({"update": sparql}).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
        try:
            with self._request("POST", self.endpoints.update, data=body, headers=headers):
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
        self._opener = None

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<RemoteStore {self.endpoints.display}>"

