"""The network of a projection as GraphML or GEXF (for Gephi, Cytoscape, NetworkX).

Nodes carry ``name`` (GEXF: also ``label``), ``type``, every score
(``pagerank``, ``betweenness``, ``degree``, ``weighted_degree``,
``eigenvector``, ``closeness``) and ``community``; edges carry ``weight``.
Scores come from the analytics graph when it holds fresh results for the
projection, else they are computed for the export (and not written: export
only reads the store).
"""

from __future__ import annotations

from typing import BinaryIO

from ..formats import NETWORK as FORMATS


def attribute_name(measure: str) -> str:
    """The node attribute of ``measure`` in an exported file.

    >>> attribute_name("weighted-degree")
    'weighted_degree'
    """
    return measure.replace("-", "_")


def network(store, *, projection: str = "co-mention", engine: str = "auto", progress=None):
    """The networkx graph of ``projection`` with every score as a node attribute.

    ``progress`` hears of each step (``projection``, each measure computed).
    """
    from . import Analytics, analyse, fresh, load
    from . import measures as M
    from .projections import project

    G = project(store, projection)
    if progress is not None:
        progress("projection")
    analytics: Analytics | None = None
    if fresh(store, projection, M.MEASURES):
        analytics = load(store, projection)
    if analytics is None or analytics.node_count != G.number_of_nodes():
        analytics = analyse(G, projection=projection, engine=engine, progress=progress)
    for measure, values in analytics.scores.items():
        attr = attribute_name(measure)
        for node, value in values.items():
            if node in G and (isinstance(value, int) or value == value):
                G.nodes[node][attr] = value
    G.graph["engine"] = analytics.engine
    G.graph["computedAt"] = analytics.computed_at
    return G


def export_network(store, fmt: str, out: BinaryIO, *, projection: str = "co-mention",
                   progress=None) -> None:
    """Write the network of ``projection`` to the binary stream ``out`` as ``fmt`` (graphml|gexf).

    ``progress`` hears of each step: ``projection``, each measure computed
    (none when the store holds fresh scores), ``written``.
    """
    import networkx as nx

    if fmt not in FORMATS:
        raise ValueError(f"unknown network format {fmt!r}; known: {', '.join(FORMATS)}")
    G = network(store, projection=projection, progress=progress)
    if fmt == "graphml":
        nx.write_graphml(G, out, encoding="utf-8")
    else:
        for _, data in G.nodes(data=True):
            data["label"] = data.get("name", "")
        nx.write_gexf(G, out, encoding="utf-8")
    if progress is not None:
        progress("written")
