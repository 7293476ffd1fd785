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

_MARKUP = re.compile(
    r"""
      <(?:https?|ftp)://[^\s<>]*>            # autolink: dropped whole
    | <mailto:[^\s<>]*>
    | !\[[^\]\n]*\]\([^)\n]*\)               # image: dropped whole
    | <!--.*?-->                             # HTML comment
    | \[(?=[^\[\]\n]*\]\([^)\s]*\))          # "[" that opens a link
    | \]\([^)\s]*\)                          # "](target)" that closes it
    | </?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>   # HTML tag
    | \\(?=[\\`*_{}\[\]()#+.!>|-])           # backslash escape
    | \*+                                    # emphasis and bullets
    | (?<!\w)_{1,3}(?=\w)|(?<=\w)_{1,3}(?!\w) # underscore emphasis
    | ^[ \t]*\#{1,6}(?=[ \t]|$)              # heading marker
    | ^[ \t]*(?:-[ \t]*){3,}$                # horizontal rule
    | ^[ \t]*(?:_[ \t]*){3,}$
    | ^[ \t]*>(?=[ \t])                      # block quote marker
    """,
    re.VERBOSE | re.MULTILINE | re.DOTALL,
)
_ANY_MARKUP = re.compile(r"[*_<\[\]#\\>-]")
_ADDRESS = re.compile(
    r"""
      (?:https?|ftp)://[^\s<>()\[\]"'“”]+[^\s<>()\[\]"'“”.,;:!?]
    | \bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[^\s<>()\[\]"'“”]*[^\s<>()\[\]"'“”.,;:!?])?
    | \b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b
    """,
    re.VERBOSE,
)
_SPACES = re.compile(r"\s+")


def residue(text: str) -> list[tuple[int, int]]:
    """Ranges of markup delimiters in ``text`` (link texts and words stay)."""
    return [m.span() for m in _MARKUP.finditer(text)]


def addresses(text: str) -> list[tuple[int, int]]:
    """Ranges of URLs (with a scheme or ``www.``) and e-mail addresses.

    >>> text = "Write to jo@example.org or see www.example.org/about."
    >>> [text[s:e] for s, e in addresses(text)]
    ['jo@example.org', 'www.example.org/about']
    """
    return [m.span() for m in _ADDRESS.finditer(text)]


def plain(line: str) -> str:
    """``line`` without markup delimiters, whitespace collapsed."""
    if _ANY_MARKUP.search(line):
        line = _MARKUP.sub(_drop, line)
    return _SPACES.sub(" ", line).strip()


def _drop(match: re.Match[str]) -> str:
    # A tag between two words separates them; other delimiters touch words.
    return " " if match.group().startswith("<") else ""
