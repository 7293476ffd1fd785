"""Mentions of actors and places, and linking them into entities."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator, Sequence

from ..model import Entity, Mention
from ..vocab import slug
from .sentences import sent_index

_KIND = {"PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place"}


def mentions(doc, *, gazetteer=None) -> Iterator[Mention]:
    """Yield a :class:`Mention` for each named actor or place in ``doc``."""
    sidx = sent_index(doc)
    for ent in doc.ents:
        kind = _KIND.get(ent.label_)
        if kind is None or not ent.text.strip():
            continue
        yield Mention(start=ent.start_char, end=ent.end_char, text=ent.text,
                      sentence=sidx[ent.start], label=ent.label_, kind=kind,
                      key=ent.ent_id_ or None)


def link(ms: Sequence[Mention], doc=None, *, gazetteer=None) -> list[Entity]:
    """Group mentions that name the same actor into entities."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in ms:
        groups[m.key or slug(m.text)].append(m)
    out = []
    for key, group in groups.items():
        name = max((m.text for m in group), key=len)
        out.append(Entity(key=key, name=name, kind=group[0].kind,
                          aliases=tuple(sorted({m.text for m in group})), mentions=tuple(group)))
    return out
