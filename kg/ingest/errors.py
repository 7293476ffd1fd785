"""The exception that carries a one-line reason from a reader to :func:`kg.ingest.read`.

Readers raise :class:`Unreadable`; :func:`kg.ingest.read` turns it into a
:class:`kg.model.ReadError` so that callers never see an exception for a bad
input.  :class:`Skipped` is the ``ReadError`` of an input passed over on
purpose (a special file), which a build counts as skipped, not failed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import ReadError

_SPACES = re.compile(r"\s+")


def one_line(message: object, *, limit: int = 300) -> str:
    """Collapse ``message`` to one line of at most ``limit`` characters.

    >>> one_line("bad\\n  input")
    'bad input'
    >>> one_line("x" * 10, limit=6)
    'xxxxx…'
    """
    text = _SPACES.sub(" ", str(message)).strip()
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


class Unreadable(Exception):
    """An input that cannot be read; ``reason`` is one line for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(one_line(reason))

    @property
    def reason(self) -> str:
        return str(self.args[0])


def too_large(size: int, limit: int) -> str:
    """The reason for an input over the size limit.

    >>> too_large(52_400_000, 20_000_000)
    'too large: 52.4 MB (limit 20 MB)'
    >>> too_large(1234, 100)
    'too large: 1.2 kB (limit 100 bytes)'
    """
    return f"too large: {_size(size)} (limit {_size(limit)})"


def _size(count: int) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= scale:
            return f"{count / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{count} bytes"


@dataclass(frozen=True)
class Skipped(ReadError):
    """An input passed over on purpose (a FIFO, a device, a socket): reported, not a failure."""
