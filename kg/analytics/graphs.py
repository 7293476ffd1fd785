"""What the measures share: the type of their result and the undirected view of a digraph."""

from __future__ import annotations

from typing import Hashable

#: What a measure returns: a score for each node.
Scores = dict[Hashable, float]


def undirected(G, weight: str = "weight"):
    """The undirected view of ``G`` with the weights of opposite edges summed.

    >>> import networkx as nx
    >>> D = nx.DiGraph()
    >>> D.add_weighted_edges_from([("a", "b", 2), ("b", "a", 1), ("b", "c", 1)])
    >>> sorted(undirected(D).edges(data="weight"))
    [('a', 'b', 3), ('b', 'c', 1)]
    """
    if not G.is_directed():
        return G
    import networkx as nx

    U = nx.Graph()
    U.add_nodes_from(G.nodes(data=True))
    for u, v, w in G.edges(data=weight, default=1):
        if U.has_edge(u, v):
            U[u][v][weight] += w
        else:
            U.add_edge(u, v, **{weight: w})
    return U
