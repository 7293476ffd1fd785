"""Helpers for tests of speaker resolution: the claim of a text that starts with some words,
and who speaks it (as written, and the name of the entity it was resolved to)."""

from __future__ import annotations


def claim_starting(found, start: str):
    """The first claim of ``found`` whose text starts with ``start``."""
    hits = [c for c in found if c.text.startswith(start)]
    assert hits, f"no claim starting {start!r} in {[c.text for c in found]}"
    return hits[0]


def speaker_of(found, names, start: str):
    """``(speaker as written, name of the resolved entity)`` of the claim starting ``start``;
    ``names`` maps entity keys to names."""
    c = claim_starting(found, start)
    return c.speaker, names.get(c.speaker_key)
