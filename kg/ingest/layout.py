"""Lines of an article with their offsets and their markup-free form.

>>> lines = split_lines("# Title\\n\\nBy **Jane Doe**\\n")
>>> [(line.start, line.end, line.plain, line.words) for line in lines]
[(0, 7, 'Title', 1), (8, 8, '', 0), (9, 24, 'By Jane Doe', 3), (25, 25, '', 0)]
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.ingest.markup import plain


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text: ``text[start:end]`` is ``raw`` (no newline)."""

    index: int
    start: int
    end: int
    raw: str
    plain: str
    words: int

    @property
    def blank(self) -> bool:
        """Nothing but markup or whitespace on the line."""
        return not self.plain


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` (split on ``\\n`` only, so offsets stay exact)."""
    lines = []
    start = 0
    for index, raw in enumerate(text.split("\n")):
        end = start + len(raw)
        flat = plain(raw) if raw and not raw.isspace() else ""
        lines.append(Line(index, start, end, raw, flat, flat.count(" ") + 1 if flat else 0))
        start = end + 1
    return lines
