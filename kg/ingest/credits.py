"""Publisher and author from the notices at the end of an article.

Sites state who published a text in a few recurring shapes: "The original
source of this article is X", "Copyright © AUTHOR, X, YEAR", "© YEAR X",
"All (publishing) rights reserved to X".

>>> from kg.ingest.layout import split_lines
>>> credits = read_credits(split_lines(
...     "Body.\\nThe original source of this article is Example News "
...     "Copyright © [Jane Doe](#), Example News, 2019"))
>>> credits.publisher, credits.author
('Example News', 'Jane Doe')
>>> read_credits(split_lines("Copyright © 2019 The Washington Times, LLC. Click here.")).publisher
'The Washington Times, LLC'
>>> read_credits(split_lines("All publishing rights and copyrights reserved to MENA Research")).publisher
'MENA Research'
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from kg.ingest.layout import Line
from kg.ingest.names import join_org_suffixes, looks_like_name, looks_like_publisher

_HINTS = ("original source", "copyright", "©", "(c)", "reserved")
_ORIGINAL = re.compile(
    r"original\s+source\s+of\s+this\s+(?:article|story|post|report)\s+is\s*:?\s+"
    r"(?P<pub>.+?)(?=\s+copyright\b|\s*©|\s*[.;]?\s*$)",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(
    r"(?:\bcopyright\s*(?:©|\(c\)|(?=\d{4}))|©|\(c\)\s*(?=\d{4}))\s*(?P<body>.+)$", re.IGNORECASE
)
_COPYRIGHT_END = re.compile(
    r"\.\s|\.$|\ball\s+rights\b|\bclick\s+here\b|\|| - | — ", re.IGNORECASE
)
_YEARS = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\b")
_RESERVED = re.compile(
    r"\brights\s+(?:and\s+copyrights\s+)?(?:are\s+)?reserved\s+(?:to|by)\s+(?P<pub>[^.;|]+)",
    re.IGNORECASE,
)
_TRIM = " \t,;:.-–—|"


@dataclass(frozen=True)
class Credits:
    publisher: str | None = None
    author: str | None = None
    publishers: tuple[str, ...] = ()  # every publisher named, best first


def read_credits(
    lines: Sequence[Line], text: str | None = None, *, lowered: str | None = None
) -> Credits:
    """The publisher (and a copyright-holding author) named in notices.

    ``text`` is the text the lines were split from and ``lowered`` its
    ``str.lower()``, if at hand (faster).
    """
    original: list[str] = []
    copyright_: list[str] = []
    reserved: list[str] = []
    author = None
    for line in _hinted(lines, text, lowered):
        text = line.plain
        match = _ORIGINAL.search(text)
        if match:
            _add(original, match.group("pub"))
        match = _COPYRIGHT.search(text)
        if match:
            holder, publisher = _copyright(match.group("body"))
            _add(copyright_, publisher)
            author = author or holder
        match = _RESERVED.search(text)
        if match:
            _add(reserved, match.group("pub"))
    publishers = tuple(dict.fromkeys(original + copyright_ + reserved))
    return Credits(publishers[0] if publishers else None, author, publishers)


def _hinted(lines: Sequence[Line], text: str | None, lowered: str | None) -> list[Line]:
    """The lines that mention a hint word, in order."""
    if text is None:
        return [line for line in lines if any(h in line.raw.lower() for h in _HINTS)]
    lowered = text.lower() if lowered is None else lowered
    if len(lowered) != len(text):  # case folding changed offsets; look line by line
        return _hinted(lines, None, None)
    starts = [line.start for line in lines]
    found: set[int] = set()
    for hint in _HINTS:
        position = lowered.find(hint)
        while position >= 0:
            found.add(bisect_right(starts, position) - 1)
            position = lowered.find(hint, position + 1)
    return [lines[index] for index in sorted(found)]


def _copyright(body: str) -> tuple[str | None, str | None]:
    end = _COPYRIGHT_END.search(body)
    if end:
        body = body[: end.start()]
    body = _YEARS.sub(" ", body)
    parts = [p.strip(_TRIM) for p in body.split(",")]
    parts = join_org_suffixes([p for p in parts if p])
    if not parts:
        return None, None
    holder = parts[0] if len(parts) >= 2 and looks_like_name(parts[0]) else None
    return holder, parts[-1]


def _add(found: list[str], candidate: str | None) -> None:
    if candidate:
        candidate = " ".join(candidate.split()).strip(_TRIM)
        if looks_like_publisher(candidate):
            found.append(candidate)
