"""A SPARQL 1.1 Protocol endpoint over a kg store (``kg serve``).

Read-only by default, loopback by default, no federation, this machine's
host names only, with a time limit, a memory limit and a result-size limit;
queries run in worker processes that are killed when they overrun
(:mod:`kg.query_runner`).  The policies live in :mod:`kg.server.endpoint`
(a function of a request), the HTTP front in :mod:`kg.server.http`.

In a program::

    from kg.server import Config, make_server
    from kg.store import open_store

    store = open_store("kg-store", read_only=True)
    server = make_server(store, port=0, config=Config(timeout=10))
    print(server.url)
    server.serve_forever()  # server.server_close() stops the workers

>>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("0.0.0.0")
(True, True, False)
"""

from __future__ import annotations

import ipaddress

from .endpoint import Config, Endpoint, Request, Response

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878


def is_loopback(host: str) -> bool:
    """Whether ``host`` names only this machine."""
    if host.lower() in ("localhost", "localhost.localdomain", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(store, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                config: Config = Config(), log: bool = False):
    """A ready (bound, not yet serving) HTTP server for ``store``; ``port`` 0 picks a free one.

    Returns once the query workers have started (or failed to: requests then
    answer why).
    """
    from .http import SparqlServer

    endpoint = Endpoint(store, config, bound=host)
    try:
        server = SparqlServer((host.strip("[]"), port), endpoint, log=log)
    except BaseException:
        endpoint.close()
        raise
    endpoint.runner.wait_ready()
    return server


__all__ = ["Config", "Endpoint", "Request", "Response", "make_server", "is_loopback",
           "DEFAULT_HOST", "DEFAULT_PORT"]
