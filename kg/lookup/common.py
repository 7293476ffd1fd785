"""Small helpers shared by the lookup modules: terms, the PREFIX header, VALUES batches."""

from __future__ import annotations

import pyoxigraph as ox

from .. import vocab as V
from ..sparql_text import values_blocks

#: The PREFIX header of the lookup queries.
PREFIXES = V.QUERY_PREFIXES

_PROPS = """SELECT DISTINCT ?p ?o WHERE { ?e ?p ?o }"""

#: Does the store know the node ``?e`` at all?
EXISTS = """ASK { { ?e ?p ?o } UNION { ?s ?p ?e } }"""


def lit(text: str) -> ox.Literal:
    return ox.Literal(text)


def node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def val(term) -> str | None:
    return None if term is None else term.value


def first(props: dict[str, list], p: str):
    values = props.get(p)
    return values[0] if values else None


def properties(store, iri: str) -> dict[str, list]:
    """``{predicate IRI: [objects]}`` of one node, over every graph."""
    out: dict[str, list] = {}
    for p, o in store.query(_PROPS, bindings={"e": node(iri)}).rows:
        out.setdefault(p.value, []).append(o)
    return out


def values_query(store, template: str, var: str, iris: list[str]) -> list[tuple]:
    """Rows of ``template`` with its ``%s`` filled by VALUES blocks binding ``var`` to ``iris``."""
    rows: list[tuple] = []
    for block in values_blocks(var, iris):
        rows.extend(store.query(template % block).rows)
    return rows
