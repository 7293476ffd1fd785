"""Text safe to print on a terminal: control characters shown as escapes, never obeyed.

A headline or quote can carry ESC sequences that retitle or clear a terminal. Every human-facing
output (tables, descriptions, claims, logs) passes data through :func:`printable`.

>>> printable("x\\x1b]0;PWNED\\x07\\x1b[2J")
'x\\\\x1b]0;PWNED\\\\x07\\\\x1b[2J'
>>> printable("two\\nlines\\tand a tab")
'two\\\\nlines\\\\tand a tab'
>>> printable("two\\nlines", keep="\\n")
'two\\nlines'
>>> printable("caf\\u00e9 \\u202e")
'café \\\\u202e'
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder what is shown.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(ch: str) -> str:
    code = ord(ch)
    if ch == "\n":
        return "\\n"
    if ch == "\t":
        return "\\t"
    if ch == "\r":
        return "\\r"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, keep: str = "") -> str:
    """``text`` with every control character (except those in ``keep``) written as an escape."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m.group(0) if m.group(0) in keep else _escape(m.group(0)), text)


def is_printable(text: str) -> bool:
    """True when ``text`` has nothing :func:`printable` would escape.

    >>> is_printable("plain"), is_printable("bell\\x07")
    (True, False)
    """
    return _UNSAFE.search(text) is None


def plural(n: int, word: str, words: str | None = None) -> str:
    """``n`` and the noun, singular for one.

    >>> plural(1, "mention"), plural(2, "mention"), plural(0, "article"), plural(2, "query", "queries")
    ('1 mention', '2 mentions', '0 articles', '2 queries')
    """
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


__all__ = ["printable", "is_printable", "plural"]
