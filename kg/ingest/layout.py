"""Lines of an article with their offsets and their markup-free form.

>>> lines = split_lines("# Title\\n\\nBy **Jane Doe**\\n")
>>> [(line.start, line.end, line.plain, line.words) for line in lines]
[(0, 7, 'Title', 1), (8, 8, '', 0), (9, 24, 'By Jane Doe', 3), (25, 25, '', 0)]
"""

from __future__ import annotations

from kg.ingest.markup import plain


class Line:
    """One line of the text: ``text[start:end]`` is ``raw`` (no newline).

    The markup-free form (:attr:`plain`) is computed when first asked for.
    """

    __slots__ = ("index", "start", "end", "raw", "_plain", "_words", "kind")

    def __init__(self, index: int, start: int, end: int, raw: str) -> None:
        self.index = index
        self.start = start
        self.end = end
        self.raw = raw
        self._plain: str | None = None
        self._words = -1
        self.kind: str | None = "?"  # cache for kg.ingest.boilerplate.classify

    @property
    def plain(self) -> str:
        if self._plain is None:
            self._plain = plain(self.raw) if self.raw and not self.raw.isspace() else ""
        return self._plain

    @property
    def words(self) -> int:
        if self._words < 0:
            text = self.plain
            self._words = text.count(" ") + 1 if text else 0
        return self._words

    @property
    def blank(self) -> bool:
        """Nothing but markup or whitespace on the line."""
        return not self.raw or self.raw.isspace() or not self.plain

    def __repr__(self) -> str:
        return f"Line({self.index}, {self.start}, {self.end}, {self.raw!r})"


def split_lines(text: str) -> list[Line]:
    """Every line of ``text`` (split on ``\\n`` only, so offsets stay exact)."""
    lines = []
    start = 0
    for index, raw in enumerate(text.split("\n")):
        end = start + len(raw)
        lines.append(Line(index, start, end, raw))
        start = end + 1
    return lines
