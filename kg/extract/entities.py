"""Mentions of actors and places, and linking them into entities.

Two steps, each in its own module:

* :func:`mentions` (:mod:`kg.extract.mentions`) keeps the spans of a parsed
  article that name an actor or a place: gazetteer matches, the statistical
  recognizer's names less junk and site furniture, nationality adjectives
  with a group noun, acronyms defined in the text (:mod:`kg.extract.acronyms`);
* :func:`link` (:mod:`kg.extract.linking`) groups them into one
  :class:`~kg.model.Entity` per actor or place, keyed the same way in every
  article; places get coordinates and a country (:mod:`kg.extract.geo`).

The two talk through ``doc.user_data`` (:mod:`kg.extract.textview`): the
joined text, and the canonical phrase of each group mention ("Kurdish forces").
"""

from __future__ import annotations

from typing import Iterable

from ..model import Entity
from .acronyms import acronyms, is_acronym
from .groupnames import GROUP_NOUNS
from .linking import link
from .mentions import mentions
from .textview import doc_text


def keys_of(entities: Iterable[Entity]) -> dict[str, Entity]:
    """Entities by key."""
    return {e.key: e for e in entities}


__all__ = ["mentions", "link", "acronyms", "is_acronym", "doc_text", "keys_of", "GROUP_NOUNS"]
