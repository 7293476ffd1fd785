"""What a store holds: its classes and properties with how often each is used."""

from __future__ import annotations

import pyoxigraph as ox

_CLASSES = """SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY DESC(?n) ?c"""
_PROPERTIES = """SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n) ?p"""


def classes(store) -> list[tuple[str, int]]:
    """``(class IRI, number of instances)``, most used first."""
    return [(c.value, int(n.value)) for c, n in store.query(_CLASSES).rows if isinstance(c, ox.NamedNode)]


def predicates(store) -> list[tuple[str, int]]:
    """``(property IRI, number of triples)``, most used first."""
    return [(p.value, int(n.value)) for p, n in store.query(_PROPERTIES).rows]
