"""Shortest paths: betweenness and closeness, on hop counts, exact or from pivots.

Edge weights count co-occurrences (a strength, not a length), so these
path-based measures use hop counts.  Directed projections keep their
direction (closeness then counts incoming distances).  Above
:data:`~kg.analytics.sampling.EXACT_UP_TO` nodes the measures are estimated
from ``k`` pivots drawn by :func:`~kg.analytics.sampling.pivots_for`
(:mod:`kg.analytics.sampling` says how good the estimate is).

>>> import networkx as nx
>>> betweenness(nx.path_graph(4))
{0: 0.0, 1: 0.6666666666666666, 2: 0.6666666666666666, 3: 0.0}
"""

from __future__ import annotations

from .graphs import Scores
from .sampling import SEED, pivots_for


def betweenness(G, *, k: int | None = None, seed: int = SEED) -> Scores:
    """Normalized shortest-path betweenness on hop counts; sampled from ``k`` pivots when given.

    >>> import networkx as nx
    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    import networkx as nx

    if len(G) == 0:
        return {}
    if pivots_for(G, k, seed) is None:
        return nx.betweenness_centrality(G)
    return nx.betweenness_centrality(G, k=k, seed=seed)


def closeness(G, *, k: int | None = None, seed: int = SEED) -> Scores:
    """Closeness on hop counts (Wasserman–Faust scaling); estimated from ``k`` pivots when given.

    Exact: ``networkx.closeness_centrality``.  Sampled: breadth-first
    searches from the pivots give, for every node ``v``, the distances from
    the pivots that reach it; the sum of distances and the number of nodes
    that reach ``v`` are scaled up by ``n / k``.

    >>> import networkx as nx
    >>> closeness(nx.path_graph(3))
    {0: 0.6666666666666666, 1: 1.0, 2: 0.6666666666666666}
    >>> G = nx.barabasi_albert_graph(300, 3, seed=1)
    >>> exact, est = closeness(G), closeness(G, k=100)
    >>> max(abs(est[v] - exact[v]) / exact[v] for v in G) < 0.1
    True
    """
    import networkx as nx

    if len(G) == 0:
        return {}
    pivots = pivots_for(G, k, seed)
    if pivots is None:
        return nx.closeness_centrality(G)
    total = dict.fromkeys(G, 0)
    reach = dict.fromkeys(G, 0)
    for p in pivots:
        # in a digraph this is the distance from p *to* v: an incoming distance of v
        for v, d in nx.single_source_shortest_path_length(G, p).items():
            total[v] += d
            reach[v] += 1
    return {v: sampled_closeness(total[v], reach[v], len(G), len(pivots)) for v in G}


def sampled_closeness(total: float, reach: int, n: int, k: int) -> float:
    """Closeness of a node from ``k`` pivots: ``reach`` of them reach it at summed distance ``total``."""
    scale = n / k
    r = reach * scale  # estimated number of nodes reaching v, v included
    if r <= 1 or total <= 0 or n <= 1:
        return 0.0
    return ((r - 1) / (n - 1)) * ((r - 1) / (total * scale))
