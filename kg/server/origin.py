"""Who may talk to the endpoint: this machine's host names, and no other web site.

A web page can reach a loopback server through a name it controls that
resolves to 127.0.0.1 (DNS rebinding): its requests then carry that name in
``Host``.  A page of another site can also send requests it cannot read
(``<img src>``, a form POST), which still cost a query.  :class:`Origins`
says whether a request's ``Host``, ``Origin`` and ``Sec-Fetch-Site`` headers
come from here.

>>> o = Origins.make(bound="127.0.0.1", extra=("kg.lan",))
>>> o.why_refused({"host": "127.0.0.1:7878"}), o.why_refused({"host": "kg.lan"})
(None, None)
>>> o.why_refused({"host": "attacker.example:7878"})[0]
421
>>> o.why_refused({"host": "localhost", "origin": "https://attacker.example"})[0]
403
"""

from __future__ import annotations

import ipaddress
import urllib.parse
from dataclasses import dataclass

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def host_name(value: str) -> str:
    """The host of a ``Host`` header, lower-cased, without port or brackets.

    >>> host_name("LocalHost:7878"), host_name("[::1]:80"), host_name("127.0.0.1")
    ('localhost', '::1', '127.0.0.1')
    """
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _ip(name: str):
    try:
        return ipaddress.ip_address(name)
    except ValueError:
        return None


@dataclass(frozen=True)
class Origins:
    """The host names allowed; ``any_ip``: any address literal too (bound to all interfaces);
    ``anyone``: no check (``--allow-host '*'``)."""

    hosts: frozenset[str]
    any_ip: bool = False
    anyone: bool = False

    @classmethod
    def make(cls, *, bound: str = "", extra: tuple[str, ...] = ()) -> "Origins":
        names = {h.lower().strip().strip("[]").rstrip(".") for h in (*LOOPBACK_NAMES, *extra, bound) if h}
        ip = _ip(bound.strip("[]")) if bound else None
        return cls(frozenset(names - {"*"}), any_ip=bool(ip and ip.is_unspecified), anyone="*" in names)

    def allowed(self, name: str) -> bool:
        name = name.lower().strip("[]").rstrip(".")
        return self.anyone or name in self.hosts or (self.any_ip and _ip(name) is not None)

    def why_refused(self, headers: dict[str, str], *, method: str = "GET",
                    page: bool = False) -> tuple[int, str] | None:
        """(status, message) when the request must be refused, else None.

        ``headers`` have lower-case names.  ``page``: a request for the HTML page,
        which a user may open from a link on another site (a navigation).
        """
        host = headers.get("host", "")
        if host and not self.allowed(host_name(host)):
            return 421, (f"this endpoint does not answer for host {host_name(host)!r}; "
                         f"start it with --allow-host to add a name")
        navigating = (page and method in ("GET", "HEAD")
                      and headers.get("sec-fetch-mode", "").strip().lower() == "navigate")
        if navigating:
            return None
        if headers.get("sec-fetch-site", "").strip().lower() == "cross-site":
            return 403, "cross-site requests are refused"
        origin = headers.get("origin", "").strip()
        if origin:
            hostname = urllib.parse.urlsplit(origin).hostname
            if origin == "null" or not hostname or not self.allowed(hostname):
                return 403, f"requests from {origin!r} are refused (cross-site)"
        return None


__all__ = ["Origins", "host_name", "LOOPBACK_NAMES"]
