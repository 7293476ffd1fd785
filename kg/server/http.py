"""The HTTP front of the endpoint: a threading HTTP/1.1 server from the standard library."""

from __future__ import annotations

import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .endpoint import Endpoint, Request, Response


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: every answer carries a Content-Length
    disable_nagle_algorithm = True  # small answers leave at once, not after a delayed ACK
    timeout = 120  # an idle keep-alive connection is closed after two minutes
    server_version = "kg-sparql"

    def version_string(self) -> str:
        return self.server_version
    server: "SparqlServer"

    def _serve(self) -> None:
        t0 = time.perf_counter()
        path, _, qs = self.path.partition("?")
        length = self.headers.get("Content-Length")
        body = b""
        if length:
            try:
                n = int(length)
            except ValueError:
                n = -1
            if n < 0:
                self.close_connection = True
                self._send(Response(400, "text/plain; charset=utf-8", b"bad Content-Length\n"))
                return
            if n > self.server.endpoint.config.max_body:
                self.close_connection = True
                self._send(Response(413, "text/plain; charset=utf-8",
                                    b"request body too large\n"))
                return
            body = self.rfile.read(n)
        elif self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self.close_connection = True
            self._send(Response(411, "text/plain; charset=utf-8", b"send a Content-Length\n"))
            return
        headers = {k.lower(): v for k, v in self.headers.items()}
        request = Request(self.command, path, qs, headers, body)
        try:
            response = self.server.endpoint.handle(request)
        except Exception as exc:  # noqa: BLE001 - one request fails, the server goes on
            message = f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]
            response = Response(500, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))
        self._send(response)
        if self.server.log:
            ms = (time.perf_counter() - t0) * 1000
            sys.stderr.write(f"{self.client_address[0]} {self.command} {path} {response.status} "
                             f"{len(response.body)}B {ms:.1f}ms\n")

    def _send(self, response: Response) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
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


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server carrying one :class:`Endpoint`."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], endpoint: Endpoint, *, log: bool = False):
        self.endpoint = endpoint
        self.log = log
        if ":" in address[0]:
            import socket

            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{port}{self.endpoint.config.path}"

    def server_close(self) -> None:
        super().server_close()
        self.endpoint.close()
