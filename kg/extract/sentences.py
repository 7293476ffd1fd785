"""Sentences of a Doc, skipping those that are only whitespace (blanked boilerplate)."""

from __future__ import annotations

from typing import Iterator

from ..model import Sentence

_SENT_INDEX = "kg.sent_index"  # Doc.user_data keys
_TOKEN_STARTS = "kg.token_starts"


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
    """For each token of ``doc``, the index of its sentence in ``doc.sents`` (computed once
    per document)."""
    out = doc.user_data.get(_SENT_INDEX)
    if out is None or len(out) != len(doc):
        out = [0] * len(doc)
        for i, sent in enumerate(doc.sents):
            out[sent.start:sent.end] = [i] * (sent.end - sent.start)
        doc.user_data[_SENT_INDEX] = out
    return out


def token_starts(doc) -> list[int]:
    """The character offset of each token of ``doc``, in order (computed once per document)."""
    out = doc.user_data.get(_TOKEN_STARTS)
    if out is None or len(out) != len(doc):
        if len(doc):
            from spacy.attrs import IDX

            out = doc.to_array(IDX).tolist()
        else:
            out = []
        doc.user_data[_TOKEN_STARTS] = out
    return out
