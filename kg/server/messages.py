"""The endpoint's requests, responses, refusals and settings: plain records, no policy."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..query_runner import DEFAULT_MEMORY
from ..store.base import QueryError

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"


@dataclass(frozen=True)
class Config:
    """What the endpoint allows. ``max_rows`` 0 means no row limit, ``timeout`` 0 no time limit,
    ``workers`` 0 one per core, ``memory`` 0 no memory cap (bytes per query).

    ``hosts``: the names a ``Host`` header may give besides this machine's
    loopback names and the address the server is bound to (``"*"``: any name).
    """

    timeout: float = 30.0
    max_rows: int = 10_000
    allow_update: bool = False
    token: str = ""
    workers: int = 0
    memory: int = DEFAULT_MEMORY
    max_body: int = 2_000_000
    hosts: tuple[str, ...] = ()
    title: str = "kg SPARQL endpoint"
    path: str = "/sparql"


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query_string: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # lower-case names
    body: bytes = b""
    gone: object = None  # an object whose is_set() tells that the client hung up

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


def plain(status: int, message: str, *headers: tuple[str, str]) -> Response:
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
        return plain(self.status, self.message, *self.headers)


def query_refusal(message: str, line: int | None, column: int | None, text: str) -> Refused:
    exc = QueryError(message, line=line, column=column, query=text)
    caret = exc.caret()
    where = f" (line {line}, column {column})" if line else ""
    return Refused(400, f"query error: {message}{where}" + (f"\n{caret}" if caret else ""))


class RowLimit(Exception):
    def __init__(self, limit: int, unit: str = "rows"):
        super().__init__(f"the result has more than {limit} {unit}, the limit of this endpoint; "
                         f"add a LIMIT (at most {limit}) or ask for fewer results")
