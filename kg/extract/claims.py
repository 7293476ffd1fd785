"""Claims: direct quotes and reported speech, with their speakers."""

from __future__ import annotations

from typing import Iterator, Sequence

from ..model import Claim, Entity
from .sentences import sent_index

SPEECH_VERBS = frozenset({"say", "tell", "claim", "add", "note", "announce", "confirm", "deny",
                          "warn", "stress", "reveal", "indicate", "affirm", "insist", "accuse"})


def _entity_at(entities: Sequence[Entity], start: int, end: int) -> str | None:
    for e in entities:
        for m in e.mentions:
            if m.start < end and start < m.end:
                return e.key
    return None


def claims(doc, *, entities: Sequence[Entity] = ()) -> Iterator[Claim]:
    """Yield reported-speech claims ``X said (that) ...``."""
    sidx = sent_index(doc)
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_ not in SPEECH_VERBS:
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        comp = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
        if not subj or not comp:
            continue
        s = doc[subj[0].left_edge.i: subj[0].right_edge.i + 1]
        c = doc[comp[0].left_edge.i: comp[0].right_edge.i + 1]
        about = tuple(sorted({k for e in entities for m in e.mentions
                              if c.start_char <= m.start and m.end <= c.end_char
                              for k in [e.key]}))
        yield Claim(start=c.start_char, end=c.end_char, text=c.text, kind="reported",
                    sentence=sidx[tok.i], cue=tok.text, cue_start=tok.idx,
                    cue_end=tok.idx + len(tok.text), speaker=s.text,
                    speaker_start=s.start_char, speaker_end=s.end_char,
                    speaker_key=_entity_at(entities, s.start_char, s.end_char), about=about)
