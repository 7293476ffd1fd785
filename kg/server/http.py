"""The HTTP front of the endpoint: a threading HTTP/1.1 server from the standard library.

It reads one request into a :class:`~kg.server.endpoint.Request` and writes
the :class:`~kg.server.endpoint.Response`; framing it cannot read for sure is
refused and the connection closed: several or malformed ``Content-Length``
headers (400), ``Transfer-Encoding`` (411, or 400 beside a
``Content-Length``).  While a query runs, the client's socket is watched: a
client that hangs up has its query stopped.  A client gone mid-answer is one
log line, never a traceback; everything logged has its control characters
escaped.
"""

from __future__ import annotations

import select
import socket
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from ..terminal import printable
from .endpoint import Endpoint, Request, Response

_GONE = (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError)


class ClientGone:
    """``is_set()`` once the peer of ``sock`` has closed its side (what a query runner polls)."""

    def __init__(self, sock: socket.socket):
        self.sock = sock
        self._gone = False

    def is_set(self) -> bool:
        if self._gone:
            return True
        try:
            readable, _, _ = select.select([self.sock], [], [], 0)
            if readable and self.sock.recv(1, socket.MSG_PEEK) == b"":
                self._gone = True
        except (OSError, ValueError):
            self._gone = True
        return self._gone


def _bad(status: int, message: str) -> Response:
    return Response(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: every answer carries a Content-Length
    disable_nagle_algorithm = True  # small answers leave at once, not after a delayed ACK
    timeout = 120  # an idle keep-alive connection is closed after two minutes
    server_version = "kg-sparql"
    server: "SparqlServer"

    def version_string(self) -> str:
        return self.server_version

    def _framing(self) -> Response | None:
        """A refusal for a body whose length is not certain, else None (``self._length`` set)."""
        lengths = self.headers.get_all("Content-Length") or []
        coding = self.headers.get_all("Transfer-Encoding") or []
        self._length = 0
        if coding:
            if lengths:
                return _bad(400, "both Transfer-Encoding and Content-Length: ambiguous framing")
            return _bad(411, "send a Content-Length (Transfer-Encoding is not accepted)")
        if len(lengths) > 1:
            return _bad(400, "more than one Content-Length")
        if lengths:
            value = lengths[0].strip()
            if not value.isdigit() or not value.isascii():
                return _bad(400, "bad Content-Length")
            self._length = int(value)
            if self._length > self.server.endpoint.config.max_body:
                return _bad(413, f"request body over {self.server.endpoint.config.max_body} bytes")
        return None

    def _serve(self) -> None:
        t0 = time.perf_counter()
        path, _, qs = self.path.partition("?")
        refusal = self._framing()
        if refusal is not None:
            self.close_connection = True
            response = refusal
        else:
            body = self.rfile.read(self._length) if self._length else b""
            if len(body) < self._length:
                self.close_connection = True
                self._log_line(f"{self.client_address[0]} {self.command} {path} client went away "
                               f"(body cut short)")
                return
            headers = {k.lower(): v for k, v in self.headers.items()}
            request = Request(self.command, path, qs, headers, body, gone=ClientGone(self.connection))
            try:
                response = self.server.endpoint.handle(request)
            except Exception as exc:  # noqa: BLE001 - one request fails, the server goes on
                message = f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]
                response = _bad(500, message)
        if response.status == 499:  # nobody to answer
            self.close_connection = True
            self._log_line(f"{self.client_address[0]} {self.command} {path} client went away "
                           f"(query stopped)")
            return
        self._send(response)
        if self.server.log:
            ms = (time.perf_counter() - t0) * 1000
            self._log_line(f"{self.client_address[0]} {self.command} {path} {response.status} "
                           f"{len(response.body)}B {ms:.1f}ms")

    def _log_line(self, line: str) -> None:
        if self.server.log:
            sys.stderr.write(printable(line) + "\n")
            sys.stderr.flush()

    def _send(self, response: Response) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if self.close_connection:
            self.send_header("Connection", "close")
        if response.content_type.startswith("text/html"):
            self.send_header("Content-Security-Policy",
                             "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.body)

    do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _serve

    def log_message(self, format, *args) -> None:  # noqa: A002 - the base class's name
        pass  # one line per request is written by _serve when logging is on

    def log_error(self, format, *args) -> None:  # noqa: A002 - malformed request lines and such
        self._log_line(f"{self.client_address[0]} " + (format % args))


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server carrying one :class:`Endpoint`."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 1024  # the listen backlog: bursts of clients wait, not reset

    def __init__(self, address: tuple[str, int], endpoint: Endpoint, *, log: bool = False):
        self.endpoint = endpoint
        self.log = log
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}{self.endpoint.config.path}"

    def handle_error(self, request, client_address) -> None:
        """One line per failed connection (a client gone, a bug), never a traceback."""
        exc = sys.exc_info()[1]
        if isinstance(exc, _GONE):
            if self.log:
                sys.stderr.write(printable(f"{client_address[0]} client went away "
                                           f"({type(exc).__name__})") + "\n")
            return
        sys.stderr.write(printable(f"{client_address[0]} internal error: "
                                   f"{type(exc).__name__}: {exc}".splitlines()[0]) + "\n")

    def server_close(self) -> None:
        super().server_close()
        self.endpoint.close()
