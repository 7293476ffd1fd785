"""The SPARQL 1.1 Protocol endpoint as a plain function of a request: policies and answers.

:class:`Endpoint` knows nothing of sockets: :meth:`Endpoint.handle` takes a
:class:`Request` and returns a :class:`Response`, so the policies are tested
without a network and any HTTP front end can carry them.

Policies
--------
* Read-only unless built with ``allow_update=True`` and a token: an update is
  answered 403, or, when updates are allowed, 401/403 without the right
  ``Authorization: Bearer TOKEN``.
* No federation: a query that calls ``SERVICE`` is answered 400.
* A time limit: a query not finished in ``timeout`` seconds is answered 503.
  The engine cannot be interrupted: a streaming query stops at its next
  solution, a blocking one (ORDER BY, GROUP BY, aggregates) runs to its end in
  its worker thread, which counts against ``workers`` until then.
* A result-size limit: a result with more than ``max_rows`` rows (or triples)
  is refused with 500 and a message, never silently cut.
* Bad ``Accept`` → 406; malformed query → 400 with the parser's message and
  line/column; unknown path → 404; ``GET /sparql`` without a query → the page.
"""

from __future__ import annotations

import hmac
import threading
import time
import urllib.parse
from dataclasses import dataclass, field

import pyoxigraph as ox

from ..sparql_text import operation, uses_service
from ..store.base import QueryError, QueryResult, StoreError, syntax_error
from .negotiate import FORMAT_PARAM, GRAPH_TYPES, SELECT_TYPES, choose
from .page import page

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


@dataclass(frozen=True)
class Config:
    """What the endpoint allows. ``max_rows`` 0 means no row limit, ``timeout`` 0 no time limit."""

    timeout: float = 30.0
    max_rows: int = 10_000
    allow_update: bool = False
    token: str = ""
    workers: int = 4
    max_body: int = 8_000_000
    title: str = "kg SPARQL endpoint"
    path: str = "/sparql"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query_string: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def _plain(status: int, message: str, *headers: tuple[str, str]) -> Response:
    return Response(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"),
                    tuple(headers))


class Refused(Exception):
    """A request the endpoint answers with an error status and a one-line message."""

    def __init__(self, status: int, message: str, *headers: tuple[str, str]):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers

    def response(self) -> Response:
        return _plain(self.status, self.message, *self.headers)


class _Cancelled(Exception):
    pass


def _engine(store):
    """The pyoxigraph store under an embedded backend (results can stream), else None."""
    from ..store.oxigraph import OxigraphStore

    if isinstance(store, OxigraphStore):
        return store.engine
    return None


class Endpoint:
    """SPARQL over one open store, under the policies of a :class:`Config`."""

    def __init__(self, store, config: Config = Config()):
        if config.allow_update and not config.token:
            raise ValueError("updates need a token")
        self.store = store
        self.config = config
        self._workers = _Workers(max(1, config.workers))
        self._write_lock = threading.Lock()

    def close(self) -> None:
        """Nothing to release: abandoned queries run in daemon threads that die with the process."""

    # -- dispatch ----------------------------------------------------------
    def handle(self, request: Request) -> Response:
        try:
            return self._dispatch(request)
        except Refused as exc:
            return exc.response()

    def _dispatch(self, req: Request) -> Response:
        path = req.path.split("?", 1)[0]
        if path in ("/", "/index.html"):
            if req.method not in ("GET", "HEAD"):
                raise Refused(405, f"{req.method} is not allowed on /", ("Allow", "GET, HEAD"))
            return self._page()
        if path != self.config.path:
            raise Refused(404, f"no such resource: {path} (the SPARQL endpoint is {self.config.path})")
        if req.method in ("GET", "HEAD"):
            params = urllib.parse.parse_qs(req.query_string, keep_blank_values=True)
            if "update" in params:
                raise Refused(405, "updates must be sent with POST", ("Allow", "POST"))
            if "query" not in params:
                return self._page()
            return self._query(self._one(params, "query"), params, req)
        if req.method == "POST":
            return self._post(req)
        raise Refused(405, f"{req.method} is not allowed on {path}", ("Allow", "GET, HEAD, POST"))

    @staticmethod
    def _one(params: dict[str, list[str]], name: str) -> str:
        values = params.get(name, [])
        if len(values) != 1:
            raise Refused(400, f"expected exactly one {name!r} parameter, got {len(values)}")
        return values[0]

    def _post(self, req: Request) -> Response:
        if len(req.body) > self.config.max_body:
            raise Refused(413, f"request body over {self.config.max_body} bytes")
        ctype = req.header("content-type").split(";")[0].strip().lower()
        params = urllib.parse.parse_qs(req.query_string, keep_blank_values=True)
        try:
            body = req.body.decode("utf-8")
        except UnicodeDecodeError:
            raise Refused(400, "the request body is not UTF-8") from None
        if ctype == FORM:
            form = urllib.parse.parse_qs(body, keep_blank_values=True)
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
            if "query" in form and "update" in form:
                raise Refused(400, "send either query= or update=, not both")
            if "update" in form:
                return self._update(self._one(params, "update"), req)
            if "query" in form:
                return self._query(self._one(params, "query"), params, req)
            raise Refused(400, "the form has no query= (or update=) field")
        if ctype == QUERY_TYPE:
            return self._query(body, params, req)
        if ctype == UPDATE_TYPE:
            return self._update(body, req)
        raise Refused(415, f"unsupported Content-Type {ctype or '(none)'!r}; use {FORM}, "
                           f"{QUERY_TYPE} or {UPDATE_TYPE}")

    # -- pages -------------------------------------------------------------
    def limits_text(self) -> str:
        c = self.config
        parts = ["Updates are refused." if not c.allow_update
                 else "Updates need an Authorization: Bearer token."]
        if c.timeout:
            parts.append(f"Queries stop after {c.timeout:g} s.")
        if c.max_rows:
            parts.append(f"A result may hold at most {c.max_rows} rows; a larger one is refused "
                         f"(add a LIMIT).")
        parts.append("Federated queries (SERVICE) are refused.")
        return " ".join(parts)

    def _page(self) -> Response:
        html = page(title=self.config.title, endpoint=self.config.path, limits=self.limits_text())
        return Response(200, "text/html; charset=utf-8", html.encode("utf-8"))

    # -- queries -----------------------------------------------------------
    def _query(self, text: str, params: dict[str, list[str]], req: Request) -> Response:
        for unsupported in ("default-graph-uri", "named-graph-uri"):
            if params.get(unsupported):
                raise Refused(400, f"{unsupported} is not supported: the default graph is the union "
                                   f"of all named graphs; use GRAPH in the query")
        if not text.strip():
            raise Refused(400, "empty query")
        form = operation(text)
        if form == "update":
            if not self.config.allow_update:
                raise Refused(403, "this endpoint is read-only: SPARQL Update is not allowed")
            raise Refused(400, "this is an update: send it as update= or application/sparql-update")
        if uses_service(text):
            raise Refused(400, "federated queries are not allowed: this endpoint refuses SERVICE")
        accept = self._accept(params, req)
        if form in ("select", "ask", "construct", "describe"):
            media = _media(form, accept)  # 406 before any work
            return self._serialize(self._run(text), media)
        result = self._run(text)  # not recognized lexically: the parser speaks first
        return self._serialize(result, _media("construct" if result.kind == "graph" else "select", accept))

    @staticmethod
    def _accept(params: dict[str, list[str]], req: Request) -> str:
        """The Accept header, or the media type a ``format=`` parameter names."""
        fmt = (params.get("format") or params.get("output") or [""])[0].strip().lower()
        if not fmt:
            return req.header("accept")
        if fmt not in FORMAT_PARAM:
            raise Refused(406, f"unknown format {fmt!r}; use one of {', '.join(FORMAT_PARAM)}")
        return FORMAT_PARAM[fmt]

    def _run(self, text: str) -> QueryResult:
        cancel = threading.Event()
        try:
            return self._workers.run(lambda: self._evaluate(text, cancel),
                                     timeout=self.config.timeout or None)
        except _Timeout as exc:
            cancel.set()
            if exc.busy:
                raise Refused(503, f"the server is busy: no query slot freed within "
                                   f"{self.config.timeout:g} s (earlier queries still running)") from None
            raise Refused(503, f"query timed out after {self.config.timeout:g} s "
                               f"(add a LIMIT or make it more selective)") from None
        except QueryError as exc:
            caret = exc.caret()
            where = f" (line {exc.line}, column {exc.column})" if exc.line else ""
            raise Refused(400, f"query error: {exc.message}{where}" + (f"\n{caret}" if caret else "")) from None
        except _RowLimit as exc:
            raise Refused(500, str(exc)) from None
        except StoreError as exc:
            raise Refused(500, f"store error: {exc}") from None

    def _evaluate(self, text: str, cancel: threading.Event) -> QueryResult:
        if cancel.is_set():
            raise _Cancelled()
        engine = _engine(self.store)
        if engine is None:
            result = self.store.query(text, timeout=self.config.timeout or None)
            if self.config.max_rows and len(result) > self.config.max_rows:
                raise _RowLimit(self.config.max_rows)
            return result
        try:
            raw = engine.query(text, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise syntax_error(exc, text) from None
        except (OSError, ValueError, TypeError) as exc:
            raise QueryError(str(exc), query=text) from None
        try:
            return _collect(raw, cancel, self.config.max_rows)
        except (OSError, ValueError, TypeError) as exc:  # evaluation errors surface while iterating
            raise QueryError(str(exc), query=text) from None
        finally:
            del raw  # pyoxigraph results must be dropped by the thread that made them

    @staticmethod
    def _serialize(result: QueryResult, media: str) -> Response:
        from ..results import render

        offers = GRAPH_TYPES if result.kind == "graph" else SELECT_TYPES
        body = render(result, offers[media])
        charset = "" if media == "application/ld+json" else "; charset=utf-8"
        return Response(200, media + charset, body.encode("utf-8"))

    # -- updates -----------------------------------------------------------
    def _update(self, text: str, req: Request) -> Response:
        c = self.config
        if not c.allow_update:
            raise Refused(403, "this endpoint is read-only: SPARQL Update is not allowed")
        auth = req.header("authorization")
        scheme, _, given = auth.partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise Refused(401, "updates need an Authorization: Bearer token",
                          ("WWW-Authenticate", 'Bearer realm="kg"'))
        if not hmac.compare_digest(given.strip().encode("utf-8"), c.token.encode("utf-8")):
            raise Refused(403, "wrong token for updates")
        if uses_service(text):
            raise Refused(400, "federated queries are not allowed: this endpoint refuses SERVICE")
        try:
            with self._write_lock:
                self.store.update(text)
        except QueryError as exc:
            where = f" (line {exc.line}, column {exc.column})" if exc.line else ""
            raise Refused(400, f"update error: {exc.message}{where}") from None
        except (StoreError, OSError, ValueError) as exc:
            raise Refused(500, f"update failed: {exc}") from None
        if hasattr(self.store, "flush"):
            self.store.flush()
        return Response(204, "text/plain; charset=utf-8", b"")


def _media(form: str, accept: str) -> str:
    """The media type answering a query ``form`` under ``accept``; 406 when none will do."""
    offers = GRAPH_TYPES if form in ("construct", "describe") else SELECT_TYPES
    media = choose(offers, accept)
    if media is None:
        raise Refused(406, f"cannot answer a {form.upper()} query as {accept!r}; "
                           f"acceptable: {', '.join(offers)}")
    return media


def _collect(raw, cancel: threading.Event, limit: int) -> QueryResult:
    """Read an engine result, stopping at ``limit`` + 1 rows or when ``cancel`` is set."""
    if isinstance(raw, ox.QueryBoolean):
        return QueryResult("ask", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        variables = [v.value for v in raw.variables]
        n = len(variables)
        rows = []
        for sol in raw:
            if cancel.is_set():
                raise _Cancelled()
            rows.append(tuple(sol[i] for i in range(n)))
            del sol
            if limit and len(rows) > limit:
                raise _RowLimit(limit)
        return QueryResult("select", variables=variables, rows=rows)
    triples = []
    for t in raw:
        if cancel.is_set():
            raise _Cancelled()
        triples.append(t)
        if limit and len(triples) > limit:
            raise _RowLimit(limit, "triples")
    return QueryResult("graph", triples=triples)


class _RowLimit(Exception):
    def __init__(self, limit: int, unit: str = "rows"):
        super().__init__(f"the result has more than {limit} {unit}, the limit of this endpoint; "
                         f"add a LIMIT (at most {limit}) or ask for fewer results")


class _Timeout(Exception):
    def __init__(self, busy: bool):
        super().__init__("busy" if busy else "timeout")
        self.busy = busy


class _Workers:
    """At most ``n`` queries evaluate at once, each in a daemon thread that may be abandoned.

    An abandoned query keeps its slot until the engine returns, so runaway
    queries cannot pile up beyond ``n``; daemon threads never hold the process
    open at exit.
    """

    def __init__(self, n: int):
        self._slots = threading.BoundedSemaphore(n)

    def run(self, fn, *, timeout: float | None):
        deadline = None if timeout is None else time.monotonic() + timeout
        if not self._slots.acquire(timeout=timeout if timeout is not None else -1):
            raise _Timeout(busy=True)
        box: dict = {}
        done = threading.Event()

        def target():
            try:
                box["value"] = fn()
            except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
                # without its traceback: the frames may hold engine objects that
                # must be dropped by this thread
                exc.__context__ = exc.__cause__ = None
                box["error"] = exc.with_traceback(None)
            finally:
                self._slots.release()
                done.set()

        threading.Thread(target=target, name="kg-query", daemon=True).start()
        left = None if deadline is None else max(0.0, deadline - time.monotonic())
        if not done.wait(left):
            raise _Timeout(busy=False)
        if "error" in box:
            raise box["error"]
        return box["value"]
