"""Counts and amounts stated in the text."""

from __future__ import annotations

from typing import Iterator, Sequence

from ..model import Entity, Quantity


def quantities(doc, *, entities: Sequence[Entity] = ()) -> Iterator[Quantity]:
    """Yield counted quantities (none yet in this baseline)."""
    return iter(())
