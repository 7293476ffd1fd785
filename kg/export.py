"""Exporting a store as RDF (streamed) or, through :mod:`kg.analytics`, as GraphML/GEXF."""

from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from . import vocab as V

RDF_EXPORTS = {
    "ttl": ox.RdfFormat.TURTLE, "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES, "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD,
}
GRAPH_EXPORTS = ("graphml", "gexf")
FORMATS = tuple(RDF_EXPORTS) + GRAPH_EXPORTS


def export_rdf(store, fmt: str, out: BinaryIO, *, graph: str | None = None) -> None:
    """Write the store (every named graph, or one) to ``out`` in an RDF syntax.

    Quad formats (nq, trig) keep the named graphs; triple formats (ttl, nt,
    jsonld) write the union, each triple once.
    """
    rdf_format = RDF_EXPORTS[fmt]
    quads = store.quads(graph)
    if rdf_format.supports_datasets:
        items = quads
    else:
        items = _unique_triples(quads)
    kwargs = {"prefixes": V.PREFIXES} if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else {}
    ox.serialize(items, out, rdf_format, **kwargs)


def _unique_triples(quads):
    seen = set()
    for q in quads:
        t = ox.Triple(q.subject, q.predicate, q.object)
        if t not in seen:
            seen.add(t)
            yield t
