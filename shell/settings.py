"""The shell's display settings: a frozen record replaced as a whole by meta-commands."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Mapping

from kg import vocab as V

from kg.formats import SHELL as FORMATS


@dataclass(frozen=True)
class Settings:
    """How results are shown.

    >>> s = Settings().with_(format="csv")
    >>> s.format, s.timing
    ('csv', False)
    """

    format: str = "table"
    timing: bool = False
    max_width: int = 60
    prefixes: Mapping[str, str] = field(default_factory=lambda: dict(V.PREFIXES))

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)
