"""The SPARQL 1.1 Protocol endpoint as a plain function of a request: policies and answers.

:class:`Endpoint` knows nothing of sockets: :meth:`Endpoint.handle` takes a
:class:`Request` and returns a :class:`Response`, so the policies are tested
without a network and any HTTP front end can carry them.

Policies
--------
* Only this machine's names: a ``Host`` header naming another host is
  refused (421), so a web page cannot reach the endpoint by DNS rebinding;
  a request a browser sends from another site (``Origin``,
  ``Sec-Fetch-Site``) is refused (403).
* Read-only unless built with ``allow_update=True`` and a token: an update is
  answered 403, or, when updates are allowed, 401/403 without the right
  ``Authorization: Bearer TOKEN``.  An update is parsed by a worker under the
  time limit, then run here, as the store's writer, one at a time: its
  evaluation is not stopped at the limit; one waiting longer than the limit
  for another is answered 503 and not applied.
* Readers stay current (:mod:`kg.server.fresh`): after a writer publishes,
  this process and the workers move to the newest snapshot, so the writer
  can delete the old ones while the server runs.
* What a request may do is read by a real SPARQL parser (rdflib's, in
  :mod:`kg.sparql_parse`): ``SERVICE`` anywhere, and ``LOAD`` in an update,
  are answered 400; the workers that evaluate queries cannot open network
  sockets anyway.
* Queries run in worker processes (:mod:`kg.query_runner`): parsing and
  evaluation together get ``timeout`` seconds, past which the worker is
  killed (its CPU and memory free at once) and the client gets 503; a query
  needing more than ``memory`` bytes gets 500 and a message; a client that
  hangs up has its query killed the same way.
* A result-size limit: a result with more than ``max_rows`` rows (or triples)
  is refused with 500 and a message, never silently cut.
* Bad ``Accept`` → 406; malformed query → 400 with the parser's message and
  line/column; unknown path → 404; ``GET /sparql`` without a query → the page.
"""

from __future__ import annotations

import hmac
import os
import tempfile
import threading
import urllib.parse
from collections import OrderedDict

from ..query_runner import (Busy, Cancelled, Job, OutOfMemory, QueryRunner,
                            RunnerError, Source, TimedOut)
from ..store.base import QueryError, StoreError
from .messages import (FORM, QUERY_TYPE, UPDATE_TYPE, Config, Refused, Request, Response, RowLimit,  # noqa: F401
                       query_refusal as _query_refusal)
from .fresh import Freshener
from .origin import Origins
from .negotiate import FORMAT_PARAM, GRAPH_TYPES, SELECT_TYPES, choose
from .page import page

class Endpoint:
    """SPARQL over one open store, under the policies of a :class:`Config`."""

    def __init__(self, store, config: Config = Config(), *, bound: str = ""):
        if config.allow_update and not config.token:
            raise ValueError("updates need a token")
        self.store = store
        self.config = config
        self._write_lock = threading.Lock()
        self._snapshot_dir: tempfile.TemporaryDirectory | None = None
        self._forms: OrderedDict[str, str] = OrderedDict()  # query text → form, for queries that passed
        self._forms_lock = threading.Lock()
        self.origins = Origins.make(bound=bound, extra=config.hosts)
        self._evaluate_here = False
        self.runner = QueryRunner(self._source(), workers=config.workers or None,
                                  memory=config.memory, deny_network=True)
        self.fresh: Freshener | None = None  # keeps readers off the snapshots a writer replaced
        if self.runner.source.kind == "oxigraph":
            self.fresh = Freshener(store, self.runner, self.runner.source.location, timeout=config.timeout)

    def _source(self) -> Source:
        from ..store.oxigraph import OxigraphStore

        if isinstance(self.store, OxigraphStore):
            if self.store.backend == "oxigraph":
                return Source("oxigraph", self.store.location)
            self._snapshot_dir = tempfile.TemporaryDirectory(prefix="kg-serve-")
            path = os.path.join(self._snapshot_dir.name, "data.nq")
            self._snapshot(path)
            return Source("nquads", path)
        self._evaluate_here = True  # a remote store: workers only parse
        return Source("none")

    def _snapshot(self, path: str | None = None) -> None:
        """Write an in-memory store out for the workers (they reload it when it changes)."""
        import pyoxigraph as ox

        if path is None:
            if self.runner.source.kind != "nquads":
                return
            path = self.runner.source.location
        tmp = path + ".tmp"
        self.store.engine.dump(tmp, ox.RdfFormat.N_QUADS)
        os.replace(tmp, path)

    def close(self) -> None:
        """Stop the query workers."""
        if self.fresh is not None:
            self.fresh.close()
        self.runner.close()
        if self._snapshot_dir is not None:
            self._snapshot_dir.cleanup()

    # -- dispatch ----------------------------------------------------------
    def handle(self, request: Request) -> Response:
        try:
            return self._dispatch(request)
        except Refused as exc:
            return exc.response()

    def _dispatch(self, req: Request) -> Response:
        path = req.path.split("?", 1)[0]
        is_page = path in ("/", "/index.html") or (path == self.config.path and req.method in ("GET", "HEAD")
                                                    and "query=" not in req.query_string)
        refusal = self.origins.why_refused(req.headers, method=req.method, page=is_page)
        if refusal:
            raise Refused(*refusal)
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
        if c.memory:
            parts.append(f"A query may use at most {c.memory / (1 << 20):.0f} MiB of memory.")
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
        accept = self._accept(params, req)
        offers: dict[str, str] = {}
        select_media, graph_media = choose(SELECT_TYPES, accept), choose(GRAPH_TYPES, accept)
        if select_media:
            offers["select"] = offers["ask"] = select_media
        if graph_media:
            offers["graph"] = graph_media
        known = self._known_form(text)
        if self._evaluate_here:
            return self._query_here(text, known, offers, accept, req)
        render = {kind: (SELECT_TYPES if kind != "graph" else GRAPH_TYPES)[media]
                  for kind, media in offers.items()}
        job = Job(text, inspect=not known, form=known, max_rows=self.config.max_rows, render=render)
        reply = self._run(job, req)
        what = reply[0]
        if what == "rendered":
            _, form, kind, body = reply
            self._remember(text, form)
            media = offers[kind]
            charset = "" if media == "application/ld+json" else "; charset=utf-8"
            return Response(200, media + charset, body)
        if what == "inspected":
            self._refuse(reply[1], as_update=False)
        if what == "unacceptable":
            raise Refused(406, _unacceptable(reply[1], accept))
        raise self._failure(reply, text)

    def _query_here(self, text: str, known: str, offers: dict[str, str], accept: str,
                    req: Request) -> Response:
        """A store the workers cannot open (a remote one): they parse, this process asks the store."""
        from ..results import render

        if not known:
            reply = self._run(Job(text, evaluate=False), req)
            if reply[0] != "inspected":
                raise self._failure(reply, text)
            self._refuse(reply[1], as_update=False)
            known = reply[1].form
        kind = "graph" if known in ("construct", "describe") else "select"
        if kind not in offers:
            raise Refused(406, _unacceptable(known, accept))
        try:
            result = self.store.query(text, timeout=self.config.timeout or None)
        except QueryError as exc:
            raise _query_refusal(exc.message, exc.line, exc.column, text) from None
        except StoreError as exc:
            raise Refused(500, f"store error: {exc}") from None
        self._remember(text, known)
        if self.config.max_rows and len(result) > self.config.max_rows:
            raise Refused(500, str(RowLimit(self.config.max_rows, "triples" if kind == "graph" else "rows")))
        media = offers["graph" if result.kind == "graph" else "select"]
        fmt = (GRAPH_TYPES if result.kind == "graph" else SELECT_TYPES)[media]
        charset = "" if media == "application/ld+json" else "; charset=utf-8"
        return Response(200, media + charset, render(result, fmt).encode("utf-8"))

    def _refuse(self, found, *, as_update: bool) -> None:
        """Raise the refusal an inspected request deserves (it was not run)."""
        if found is None:
            return
        if found.form == "update" and not as_update:
            if not self.config.allow_update:
                raise Refused(403, "this endpoint is read-only: SPARQL Update is not allowed")
            raise Refused(400, "this is an update: send it as update= or application/sparql-update")
        if found.form != "update" and as_update:
            raise Refused(400, f"this is a {found.form.upper()} query, not an update: send it as query=")
        if found.service:
            raise Refused(400, "federated queries are not allowed: this endpoint refuses SERVICE")
        if found.load:
            raise Refused(400, "LOAD is not allowed: this endpoint fetches nothing from the network")

    def _known_form(self, text: str) -> str:
        with self._forms_lock:
            form = self._forms.get(text, "")
            if form:
                self._forms.move_to_end(text)
            return form

    def _remember(self, text: str, form: str) -> None:
        if not form or len(text) > 65_536:
            return
        with self._forms_lock:
            self._forms[text] = form
            while len(self._forms) > 1024:
                self._forms.popitem(last=False)

    def _run(self, job: Job, req: Request):
        c = self.config
        try:
            return self.runner.run(job, timeout=c.timeout or None, cancel=req.gone)
        except TimedOut:
            raise Refused(503, f"query timed out after {c.timeout:g} s "
                               f"(add a LIMIT or make it more selective)") from None
        except Busy:
            raise Refused(503, f"the server is busy: no query worker came free within "
                               f"{c.timeout:g} s") from None
        except OutOfMemory:
            raise Refused(500, f"the query needed more than {c.memory / (1 << 20):.0f} MiB of memory, "
                               f"the limit of this endpoint, and was stopped; make it more selective "
                               f"or add a LIMIT") from None
        except Cancelled:
            raise Refused(499, "the client went away; the query was stopped") from None
        except RunnerError as exc:
            raise Refused(500, f"query failed: {exc}") from None

    def _failure(self, reply, text: str) -> Refused:
        what = reply[0]
        if what == "query_error":
            return _query_refusal(reply[1], reply[2], reply[3], text)
        if what == "too_many":
            return Refused(500, str(RowLimit(reply[2], reply[1])))
        return Refused(500, f"query failed: {reply[1] if len(reply) > 1 else what}")

    @staticmethod
    def _accept(params: dict[str, list[str]], req: Request) -> str:
        """The Accept header, or the media type a ``format=`` parameter names."""
        fmt = (params.get("format") or params.get("output") or [""])[0].strip().lower()
        if not fmt:
            return req.header("accept")
        if fmt not in FORMAT_PARAM:
            raise Refused(406, f"unknown format {fmt!r}; use one of {', '.join(FORMAT_PARAM)}")
        return FORMAT_PARAM[fmt]

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
        reply = self._run(Job(text, evaluate=False), req)  # parsed by a worker, under the time limit
        if reply[0] != "inspected":
            raise self._failure(reply, text)
        self._refuse(reply[1], as_update=True)
        if not self._write_lock.acquire(timeout=c.timeout or -1):  # one update at a time
            raise Refused(503, f"another update is running: this one waited {c.timeout:g} s "
                               f"and was not applied")
        try:
            self.store.update(text)  # here, as the store's writer: not stopped at the time limit
            self.store.flush()
            self._snapshot()
        except QueryError as exc:
            where = f" (line {exc.line}, column {exc.column})" if exc.line else ""
            raise Refused(400, f"update error: {exc.message}{where}") from None
        except (StoreError, OSError, ValueError) as exc:
            raise Refused(500, f"update failed: {exc}") from None
        finally:
            self._write_lock.release()
        return Response(204, "text/plain; charset=utf-8", b"")


def _unacceptable(form: str, accept: str) -> str:
    offers = GRAPH_TYPES if form in ("construct", "describe") else SELECT_TYPES
    return (f"cannot answer a {form.upper()} query as {accept!r}; "
            f"acceptable: {', '.join(offers)}")


__all__ = ["Config", "Endpoint", "Request", "Response", "Refused"]
