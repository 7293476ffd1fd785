"""Where a SPARQL server answers: the store URL forms of the ``sparql`` backend.

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
    ``gsp=P``     a Graph Store Protocol endpoint (removals use ``DELETE``
                  there); graphs are written with SPARQL Update either way
    ``union=U``   how queries see the union of all named graphs as their
                  default graph: ``server`` (the default: the server is set
                  up that way), ``param`` (Oxigraph's per-request parameter),
                  or an IRI sent as ``default-graph-uri`` (Jena's
                  ``urn:x-arq:UnionGraph``)

>>> e = endpoints("sparql+http://u:p@localhost:7200/repositories/kg?update=statements")
>>> e.query, e.update, e.gsp, e.union
('http://localhost:7200/repositories/kg', 'http://localhost:7200/repositories/kg/statements', '', 'server')
>>> endpoints("http://localhost:7878").gsp
'http://localhost:7878/store'
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field

import pyoxigraph as ox

from .base import StoreError


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
