"""Exporting a store as RDF (streamed) or, through :mod:`kg.analytics`, as GraphML/GEXF."""

from __future__ import annotations

from typing import BinaryIO, Callable

import pyoxigraph as ox

from . import formats as F, vocab as V

RDF_EXPORTS = {name: F.rdf_format(name) for name in F.RDF_EXPORT}
GRAPH_EXPORTS = F.NETWORK
FORMATS = F.EXPORT


#: ``export_rdf`` reports progress every this many quads.
PROGRESS_EVERY = 10_000


def quad_count(store, graph: str | None = None) -> int:
    """How many quads :func:`export_rdf` reads (of one named graph, when given)."""
    if graph is None:
        return len(store)
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    rows = store.query(q, bindings={"g": ox.NamedNode(graph)}).rows
    return int(rows[0][0].value) if rows else 0


def export_rdf(store, fmt: str, out: BinaryIO, *, graph: str | None = None,
               progress: Callable[[int], None] | None = None) -> None:
    """Write the store (every named graph, or one) to ``out`` in an RDF syntax.

    Quad formats (nq, trig) keep the named graphs; triple formats (ttl, nt,
    jsonld) write the union, each triple once.  ``progress(n)`` is called as
    ``n`` more quads are read (every :data:`PROGRESS_EVERY`, and at the end).
    """
    rdf_format = RDF_EXPORTS[fmt]
    quads = store.quads(graph)
    if progress is not None:
        quads = _counted(quads, progress)
    if rdf_format.supports_datasets:
        items = quads
    else:
        items = _unique_triples(quads)
    kwargs = {"prefixes": V.PREFIXES} if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else {}
    ox.serialize(items, out, rdf_format, **kwargs)


def _counted(quads, progress: Callable[[int], None]):
    n = 0
    for q in quads:
        yield q
        n += 1
        if n == PROGRESS_EVERY:
            progress(n)
            n = 0
    if n:
        progress(n)


def _unique_triples(quads):
    seen = set()
    for q in quads:
        t = ox.Triple(q.subject, q.predicate, q.object)
        if t not in seen:
            seen.add(t)
            yield t
