"""A SPARQL 1.1 Protocol endpoint over a kg store (``kg serve``).

Read-only by default, loopback by default, no federation, with a time limit
and a result-size limit.  The policies live in :mod:`kg.server.endpoint`
(a function of a request), the HTTP front in :mod:`kg.server.http`.

In a program::

    from kg.server import Config, make_server
    from kg.store import open_store

    store = open_store("kg-store", read_only=True)
    server = make_server(store, port=0, config=Config(timeout=10))
    print(server.url)
    server.serve_forever()

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
    """A ready (bound, not yet serving) HTTP server for ``store``; ``port`` 0 picks a free one."""
    from .http import SparqlServer

    return SparqlServer((host.strip("[]"), port), Endpoint(store, config), log=log)


__all__ = ["Config", "Endpoint", "Request", "Response", "make_server", "is_loopback",
           "DEFAULT_HOST", "DEFAULT_PORT"]
