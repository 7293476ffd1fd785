"""Metadata and non-body ranges of an article's plain text.

:func:`analyze` puts the pieces together: the header block
(:mod:`kg.ingest.header`), notices naming the publisher
(:mod:`kg.ingest.credits`), prompts and the trailing boilerplate block
(:mod:`kg.ingest.boilerplate`), markup residue, URLs and e-mail addresses
(:mod:`kg.ingest.markup`).  The title line is read as the title and leaves the
body (a headline's words are no claim), as byline, dateline and tag lines do.

>>> facts = analyze(
...     "# Talks Resume\\n\\nBy **Jane Doe**\\nExample News, 3 March 2020\\n\\n"
...     "Delegations met on Monday, officials said, after months of delay and dispute.\\n\\n"
...     "Note to readers: please share this article.\\n\\n"
...     "The talks continue on Tuesday with a session on prisoners and aid convoys.\\n\\n"
...     "Copyright © Example News, 2020")
>>> facts.title, facts.authors, facts.publisher, facts.date
('Talks Resume', ('Jane Doe',), 'Example News', datetime.date(2020, 3, 3))
>>> blank("# Talks Resume\\n\\nBy **Jane Doe**", facts.removed).strip()
''
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from kg.ingest.boilerplate import (
    candidate_lines,
    footer_start,
    is_address_line,
    is_prompt,
    short,
)
from kg.ingest.credits import read_credits
from kg.ingest.furniture import furniture
from kg.ingest.header import read_header
from kg.ingest.layout import Line, split_lines
from kg.ingest.markup import addresses, residue


@dataclass(frozen=True)
class TextFacts:
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    date: _dt.date | None = None
    regions: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    removed: tuple[tuple[int, int], ...] = ()
    warnings: tuple[str, ...] = ()


def analyze(text: str, *, want_title: bool = True) -> TextFacts:
    """Metadata found in ``text`` and the ranges of ``text`` that are not body."""
    lines = split_lines(text)
    lowered = text.lower()
    credits = read_credits(lines, text, lowered=lowered)
    header = read_header(lines, publishers=credits.publishers, want_title=want_title)
    dropped = set(header.removed)
    shelf = furniture(text)
    if header.title_line is not None and header.body_start < len(lines) and not any(
            lines[header.title_line].start <= s < lines[header.title_line].end for s, _ in shelf):
        # the headline opening the text is no body (a text of one line is all body), save a
        # box whose label furniture takes ("Story highlights ..."): its items stay, as the
        # other items of the box do
        dropped.add(header.title_line)
    candidates = candidate_lines(lines, text, lowered=lowered)
    footer = footer_start(lines, body_start=header.body_start, text=text, candidates=candidates)
    end = len(lines) if footer is None else footer
    for index in candidates:
        if header.body_start <= index < end:
            line = lines[index]
            if is_prompt(line) or is_address_line(line):
                dropped.add(index)
    # A short line between two removed lines ("(Home)", "based in Paris.").
    for index in sorted(dropped):
        middle = _next_nonblank(lines, index, end)
        after = _next_nonblank(lines, middle, end) if middle is not None else None
        if after is not None and after in dropped and short(lines[middle]):
            dropped.add(middle)
    ranges = [(lines[i].start, lines[i].end) for i in dropped]
    if footer is not None:
        ranges.append((lines[footer].start, len(text)))
    ranges.extend(residue(text))
    ranges.extend(shelf)
    ranges.extend(addresses(text))
    return TextFacts(
        title=header.title,
        authors=header.authors or ((credits.author,) if credits.author else ()),
        publisher=header.publisher or credits.publisher,
        date=header.date,
        regions=header.regions,
        themes=header.themes,
        removed=merge_ranges(ranges, len(text)),
        warnings=header.warnings,
    )


def _next_nonblank(lines: list[Line], index: int, end: int) -> int | None:
    for following in range(index + 1, end):
        if not lines[following].blank:
            return following
    return None


def merge_ranges(ranges: list[tuple[int, int]], length: int) -> tuple[tuple[int, int], ...]:
    """Sorted, disjoint, non-empty ranges inside ``[0, length]``.

    >>> merge_ranges([(5, 9), (0, 2), (8, 12), (2, 3), (20, 30)], 25)
    ((0, 3), (5, 12), (20, 25))
    """
    merged: list[list[int]] = []
    for start, end in sorted(ranges):
        start, end = max(start, 0), min(end, length)
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((start, end) for start, end in merged)


def blank(text: str, removed: tuple[tuple[int, int], ...]) -> str:
    """``text`` with the ``removed`` ranges blanked (newlines kept)."""
    parts = []
    position = 0
    for start, end in removed:
        parts.append(text[position:start])
        parts.append("".join("\n" if ch == "\n" else " " for ch in text[start:end]))
        position = end
    parts.append(text[position:])
    return "".join(parts)
