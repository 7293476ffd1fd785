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


#: marks written right after the word before them, and right before the word after them
_GLUED_BEFORE = frozenset({",", ".", ":", ";", "\u201d", "\u2019"})
_GLUED_AFTER = frozenset({"\u201c", "\u2018"})


def parsed(nlp, rows: str, ents=()):
    """A document with the parse given in ``rows``, one token a line: ``word head dep tag
    pos lemma`` (head as the index of the head token).  For parses the model gives only in
    some contexts, so that a test states the shape it reads.  ``ents`` are ``(start, end,
    label)`` token spans."""
    from spacy.tokens import Doc, Span

    cols = [line.split() for line in rows.strip().splitlines()]
    words = [c[0] for c in cols]
    spaces = [i + 1 < len(words) and words[i + 1] not in _GLUED_BEFORE
              and words[i] not in _GLUED_AFTER for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=[int(c[1]) for c in cols],
              deps=[c[2] for c in cols], tags=[c[3] for c in cols], pos=[c[4] for c in cols],
              lemmas=[c[5] for c in cols])
    doc.ents = [Span(doc, s, e, label) for s, e, label in ents]
    return doc
