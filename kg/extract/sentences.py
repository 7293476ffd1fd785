"""Sentences of a Doc, skipping those that are only whitespace (blanked boilerplate)."""

from __future__ import annotations

from typing import Iterator

from ..model import Sentence


def sentences(doc) -> Iterator[Sentence]:
    """Yield the non-blank sentences of ``doc``, numbered as in ``doc.sents``.

    The index of a sentence is its position in ``doc.sents``, so that a
    mention's ``sentence`` (``sent_index(doc)[token.i]``) names the same one.
    """
    for i, sent in enumerate(doc.sents):
        text = sent.text
        stripped = text.strip()
        if not stripped:
            continue
        lead = len(text) - len(text.lstrip())
        start = sent.start_char + lead
        yield Sentence(index=i, start=start, end=start + len(stripped), text=stripped)


def sent_index(doc) -> list[int]:
    """For each token of ``doc``, the index of its sentence in ``doc.sents``."""
    out = [0] * len(doc)
    for i, sent in enumerate(doc.sents):
        for t in range(sent.start, sent.end):
            out[t] = i
    return out
