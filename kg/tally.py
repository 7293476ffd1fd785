"""Counting outcomes with bounded memory: the count of all, the first few word for word."""

from __future__ import annotations

#: How many failures (and skips) a report keeps word for word; the rest are counted.
EXAMPLES = 1000


class Examples:
    """A count of ``(source, reason)`` pairs and the first ``limit`` of them.

    Memory stays bounded however many inputs fail (a file of millions of bad
    records).  ``len()`` is the count; iterating gives the kept pairs.

    >>> e = Examples(limit=2)
    >>> for i in range(5):
    ...     e.append((f"x:{i}", "record has no text"))
    >>> len(e), list(e), e.left_out
    (5, [('x:0', 'record has no text'), ('x:1', 'record has no text')], 3)
    """

    def __init__(self, items=(), *, limit: int = EXAMPLES):
        self.limit = limit
        self.count = 0
        self.items: list[tuple[str, str]] = []
        for item in items:
            self.append(item)

    def append(self, item: tuple[str, str]) -> None:
        self.count += 1
        if len(self.items) < self.limit:
            self.items.append(item)

    @property
    def left_out(self) -> int:
        """How many were counted but not kept."""
        return self.count - len(self.items)

    def __len__(self) -> int:
        return self.count

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, index):
        return self.items[index]

    def __add__(self, other) -> list:
        return list(self) + list(other)

    def __eq__(self, other) -> bool:
        if isinstance(other, Examples):
            return (self.count, self.items) == (other.count, other.items)
        return isinstance(other, list) and self.left_out == 0 and self.items == other

    def __repr__(self) -> str:
        more = f" (+{self.left_out} more)" if self.left_out else ""
        return f"{self.items!r}{more}"
