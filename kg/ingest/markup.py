"""Markdown and HTML residue in plain-text articles.

Saved articles often keep ``**bold**``, ``*emphasis*``, ``<u>tags</u>``,
``[link text](url)``, ``# headings`` and ``<http://autolinks>``.  The
delimiters are not words; :func:`residue` returns their character ranges so
that they can be blanked without moving any offset, and :func:`plain` removes
them from a line for metadata matching.  Link texts are kept, link targets
dropped.  Bare URLs and e-mail addresses are ranges too (:func:`addresses`).

>>> plain("### **A Final [Comment](#)**")
'A Final Comment'
>>> plain("By <u>Tony Cartalucci</u> and \\\\*others\\\\*")
'By Tony Cartalucci and others'
>>> text = "See [the report](http://x.org/a) by **Jane Doe**."
>>> [text[s:e] for s, e in residue(text)]
['[', '](http://x.org/a)', '**', '**']
"""

from __future__ import annotations

import re

# Every alternative starts with one of a few characters, so that the regex
# engine can skip ahead to them.
_INLINE = (
    r"""
      <(?:https?|ftp)://[^\s<>]*>            # autolink: dropped whole
    | <mailto:[^\s<>]*>
    | !\[[^\]\n]*\]\([^)\n]*\)               # image: dropped whole
    | <!--.*?-->                             # HTML comment
    | \[(?=[^\[\]\n]*\]\([^)\s]*\))          # "[" that opens a link
    | \]\([^)\s]*\)                          # "](target)" that closes it
    | </?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>   # HTML tag
    | \\(?=[\\`*_{}\[\]()#+.!>|-])           # backslash escape
    | \*\**                                  # emphasis and bullets
    | __(?=\w)|__(?!\w)(?<=\w__)             # strong emphasis with underscores
    """
)
_LINE_START = (
    r"""
    ^[ \t]*(?:
      \#{1,6}(?=[ \t]|$)                     # heading marker
    | (?:-[ \t]*){3,}$                       # horizontal rules
    | (?:_[ \t]*){3,}$
    | >(?=[ \t])                             # block quote marker
    )
    """
)
_FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL
_MARKUP_INLINE = re.compile(_INLINE, _FLAGS)
_MARKUP_LINE = re.compile(_LINE_START, _FLAGS)
_ANY_INLINE = re.compile(r"[*_<\[\]\\]")
_URL = re.compile(
    r"""
      (?:https?|ftp)://[^\s<>()\[\]"'“”]+[^\s<>()\[\]"'“”.,;:!?]
    | \bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[^\s<>()\[\]"'“”]*[^\s<>()\[\]"'“”.,;:!?])?
    """,
    re.VERBOSE,
)
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b"
)


def residue(text: str) -> list[tuple[int, int]]:
    """Ranges of markup delimiters in ``text`` (link texts and words stay)."""
    spans = [m.span() for m in _MARKUP_INLINE.finditer(text)]
    spans.extend(m.span() for m in _MARKUP_LINE.finditer(text))
    return spans


def addresses(text: str) -> list[tuple[int, int]]:
    """Ranges of URLs (with a scheme or ``www.``) and e-mail addresses.

    >>> text = "Write to jo@example.org or see www.example.org/about."
    >>> [text[s:e] for s, e in addresses(text)]
    ['jo@example.org', 'www.example.org/about']
    """
    spans = []
    if "://" in text or "www." in text:
        spans.extend(m.span() for m in _URL.finditer(text))
    if "@" in text:
        spans.extend(m.span() for m in _EMAIL.finditer(text))
    return sorted(spans)


def plain(line: str) -> str:
    """``line`` without markup delimiters, whitespace collapsed."""
    if _ANY_INLINE.search(line):
        line = _MARKUP_INLINE.sub(_drop, line)
    if line.lstrip(" \t")[:1] in ("#", "-", "_", ">"):
        line = _MARKUP_LINE.sub("", line)
    return " ".join(line.split())


def _drop(match: re.Match[str]) -> str:
    # A tag between two words separates them; other delimiters touch words.
    return " " if match.group().startswith("<") else ""
