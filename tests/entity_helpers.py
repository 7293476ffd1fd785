"""Helpers for tests of entity extraction: a text parsed by the real pipeline, its mentions
linked to entities with the gazetteer."""

from __future__ import annotations

from kg.extract.entities import link, mentions


def linked(nlp, gaz, text):
    """The linked entities of ``text``, in the order linking gives them."""
    doc = nlp(text)
    return link(list(mentions(doc, gazetteer=gaz)), doc, gazetteer=gaz)


def entities(nlp, gaz, text):
    """The linked entities of ``text`` by canonical name."""
    return {e.name: e for e in linked(nlp, gaz, text)}
