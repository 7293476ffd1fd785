"""HTTP for the ``sparql`` backend: one request at a time, auth, one-line errors.

Only the standard library speaks HTTP here.  Authentication: ``USER:PASSWORD``
in the store URL (HTTP Basic, or Digest when the server asks for it), or a
bearer token from ``$KG_STORE_TOKEN``.
"""

from __future__ import annotations

import base64
import os
import re
import socket
import urllib.error
import urllib.request
from typing import Mapping

from .base import QueryError, StoreError
from .remote_url import Endpoints

TOKEN_ENV = "KG_STORE_TOKEN"
DEFAULT_TIMEOUT = 300.0


def media_type(content_type: str | None) -> str:
    """``text/turtle`` of ``text/turtle; charset=utf-8``."""
    return (content_type or "").split(";")[0].strip().lower()


def server_message(body: bytes, limit: int = 300) -> str:
    """A server's error page as one line of text (markup dropped, cut at ``limit``)."""
    text = body.decode("utf-8", "replace").strip()
    if text.lstrip().startswith("<"):
        text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(text.split())
    return text[:limit] + ("…" if len(text) > limit else "")


class Http:
    """Sends requests to the endpoints of one server with its credentials."""

    def __init__(self, endpoints: Endpoints, *, timeout: float = DEFAULT_TIMEOUT):
        self.endpoints = endpoints
        self.timeout = timeout
        self._opener = self._make_opener()
        self._token = os.environ.get(TOKEN_ENV, "")
        self._basic = False

    def _make_opener(self) -> urllib.request.OpenerDirector:
        """Digest challenges are answered by urllib; Basic is handled in :meth:`request`."""
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

    def request(self, method: str, url: str, *, data: bytes | None = None,
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

    @staticmethod
    def _http_error(code: int, body: bytes, url: str) -> Exception:
        msg = server_message(body) or f"HTTP {code}"
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

    def close(self) -> None:
        self._opener = None
