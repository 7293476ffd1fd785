"""Network measures: plain functions, graph in, ``{node: value}`` out.

These are the NetworkX reference implementations; :mod:`kg.analytics.engines`
computes the same measures with igraph for large graphs and is checked
against these.

==================  ===========================================================
measure             definition
==================  ===========================================================
``degree``          number of edges of a node (in + out for directed graphs)
``weighted-degree`` sum of the weights of a node's edges
``pagerank``        weighted PageRank, damping 0.85 (follows edge direction),
                    jumping to nodes in proportion to their mentions
``betweenness``     shortest-path betweenness, normalized, on hop counts
``eigenvector``     weighted eigenvector centrality (unit Euclidean norm)
``closeness``       closeness on hop counts, Wasserman–Faust scaled for
                    graphs that are not connected (incoming distances for
                    directed graphs)
``community``       Louvain communities (weighted, seeded), numbered from 0
                    by decreasing size
==================  ===========================================================

Choices:

* Edge weights count co-occurrences (a strength, not a length), so the two
  path-based measures, betweenness and closeness, use hop counts; PageRank,
  eigenvector centrality, weighted degree and Louvain use the weights.
* Directed projections (the claim network) keep their direction for degree,
  PageRank, betweenness and closeness; eigenvector centrality and communities
  use the undirected view (:func:`undirected`, weights of opposite edges
  summed): a claim network is rarely strongly connected, and the left
  eigenvector of such a graph is zero outside its cycles.
* Betweenness and closeness are exact up to :data:`EXACT_UP_TO` nodes (5,000;
  1,000 when NetworkX computes them, :data:`EXACT_UP_TO_NETWORKX`).  Above,
  they are estimated from :data:`PIVOTS` source nodes drawn with a seeded
  ``random.Random(seed).sample(list(G), k)`` — the same draw NetworkX makes for
  ``betweenness_centrality(G, k=k, seed=seed)`` — so both engines use the same
  pivots and return the same estimate.

  Error of the estimate, measured against exact values with 256 pivots on a
  synthetic co-mention network of 20,000 nodes and 100,000 edges
  (``python bench/bench_analytics.py --error``):

  - betweenness: the exact top 10 are the sampled top 10; 15 of the top 20
    and 62 of the top 100 agree; over the exact top 100 the mean relative
    error is 30% (mean absolute error over all nodes 5e-5, largest 0.013
    against a top score of 0.32); Spearman rank correlation 0.98 over all
    nodes.  On a Barabási–Albert graph of the same size: top 10/20/100
    overlap 10/18/80, 26% mean relative error over the top 100.
  - closeness: mean relative error 2% over the exact top 100 (largest
    absolute error 0.018 for scores up to 0.51), Spearman 0.997, top
    10/20/100 overlap 10/18/90 (Barabási–Albert: 1%, 10/19/89).

  So sampled scores rank the leading nodes right, but a sampled betweenness
  value is good to about a third; 512 pivots halve the largest absolute
  error (0.007) and bring the top-100 error to 23%, at twice the time.

>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_weighted_edges_from([("a", "b", 3), ("b", "c", 1), ("c", "d", 1)])
>>> degree(G)
{'a': 1, 'b': 2, 'c': 2, 'd': 1}
>>> weighted_degree(G)
{'a': 3, 'b': 4, 'c': 2, 'd': 1}
>>> betweenness(G)
{'a': 0.0, 'b': 0.6666666666666666, 'c': 0.6666666666666666, 'd': 0.0}
>>> communities(nx.barbell_graph(4, 0)) == {0: 0, 1: 0, 2: 0, 3: 0, 4: 1, 5: 1, 6: 1, 7: 1}
True
"""

from __future__ import annotations

import importlib.util
import math
import random
from typing import Hashable

from ..lookup.measures import MEASURES  # the one list of measure names

#: Graphs with more nodes than this get sampled betweenness and closeness (igraph engine).
EXACT_UP_TO = 5_000
#: The same bound when NetworkX computes them (exact betweenness of 5,000 nodes takes it minutes).
EXACT_UP_TO_NETWORKX = 1_000
#: Number of pivots (source nodes) for sampled betweenness and closeness.
PIVOTS = 256
#: Seed of every randomized measure (pivots, Louvain).
SEED = 42
#: Damping factor of PageRank.
ALPHA = 0.85
#: Convergence tolerance of PageRank's power iteration (per node, as networkx counts it).
TOL = 1e-10
#: The node attribute holding how often the articles mention a node (PageRank's jump weights).
MENTIONS = "mentions"

Scores = dict[Hashable, float]


def pivots_for(G, k: int | None, seed: int = SEED) -> list | None:
    """The ``k`` pivot nodes of sampled measures (None when ``k`` covers every node).

    The draw is NetworkX's own (``random.Random(seed).sample(list(G), k)``).

    >>> import networkx as nx
    >>> G = nx.path_graph(10)
    >>> pivots_for(G, 3, seed=1) == random.Random(1).sample(list(G), 3)
    True
    >>> pivots_for(G, 10) is None
    True
    """
    if k is None or k >= len(G):
        return None
    return random.Random(seed).sample(list(G), k)


def sample_size(G, pivots: int | None = None, *, engine: str = "igraph") -> int | None:
    """The pivot count path measures use on ``G``: None (exact) up to :data:`EXACT_UP_TO` nodes
    (:data:`EXACT_UP_TO_NETWORKX` when ``engine`` is networkx).

    >>> import networkx as nx
    >>> sample_size(nx.path_graph(10)) is None
    True
    >>> sample_size(nx.empty_graph(EXACT_UP_TO + 1))
    256
    >>> sample_size(nx.empty_graph(2_000)) is None, sample_size(nx.empty_graph(2_000), engine="networkx")
    (True, 256)
    """
    if len(G) <= (EXACT_UP_TO_NETWORKX if engine == "networkx" else EXACT_UP_TO):
        return None
    k = pivots or PIVOTS
    return k if k < len(G) else None


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


def degree(G) -> Scores:
    """Number of edges of each node (in + out for directed graphs).

    >>> import networkx as nx
    >>> degree(nx.star_graph(3))
    {0: 3, 1: 1, 2: 1, 3: 1}
    """
    return dict(G.degree())


def weighted_degree(G, *, weight: str = "weight") -> Scores:
    """Sum of the edge weights of each node (edges without a weight count 1).

    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_edge("x", "y", weight=2)
    >>> G.add_edge("y", "z")
    >>> weighted_degree(G)
    {'x': 2, 'y': 3, 'z': 1}
    """
    return dict(G.degree(weight=weight))


def teleport(G, attribute: str = MENTIONS) -> dict | None:
    """PageRank's jump distribution: each node's ``mentions`` (at least 1), None when no
    node carries the attribute (then PageRank jumps uniformly).

    >>> import networkx as nx
    >>> G = nx.Graph()
    >>> G.add_node("a", mentions=9)
    >>> G.add_edge("a", "b")
    >>> teleport(G)
    {'a': 9, 'b': 1}
    >>> teleport(nx.path_graph(2)) is None
    True
    """
    if not any(attribute in d for _, d in G.nodes(data=True)):
        return None
    return {n: max(d.get(attribute) or 0, 1) for n, d in G.nodes(data=True)}


def pagerank(G, *, alpha: float = ALPHA, weight: str = "weight") -> Scores:
    """Weighted PageRank that jumps to nodes in proportion to their mentions (:func:`teleport`).

    ``networkx.pagerank`` (its pure-Python twin when SciPy is absent), with
    ``personalization`` (and dangling nodes) following :func:`teleport`.
    Each connected piece of the network then holds the share of PageRank its
    mentions hold, instead of the share of nodes: an isolated pair named once
    no longer outranks the actors the articles are about (measured in
    ``bench/bench_centrality.py``).  Without mention counts the jump is
    uniform, the textbook PageRank.  Never raises for want of convergence:
    the power iteration gets ten times the iterations, then the normalized
    weighted degree stands in.

    >>> import networkx as nx
    >>> pr = pagerank(nx.star_graph(3))
    >>> round(pr[0], 3), round(pr[1], 3), round(sum(pr.values()), 6)
    (0.48, 0.173, 1.0)
    >>> G = nx.Graph()
    >>> G.add_edge("hub", "a", weight=1); G.add_edge("hub", "b", weight=1)
    >>> G.add_edge("x", "y", weight=1)
    >>> G.nodes["hub"]["mentions"], G.nodes["a"]["mentions"], G.nodes["b"]["mentions"] = 20, 5, 5
    >>> G.nodes["x"]["mentions"], G.nodes["y"]["mentions"] = 1, 1
    >>> pr = pagerank(G)
    >>> max(pr, key=pr.get), pr["x"] < pr["a"]
    ('hub', True)
    """
    import networkx as nx

    if len(G) == 0:
        return {}
    jump = teleport(G)
    if importlib.util.find_spec("scipy") is not None:
        run = nx.pagerank
    else:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python as run
    # networkx stops when the L1 change is below len(G) * tol: 1e-6 leaves scores off by
    # 1e-4 when the jump is far from uniform, so the tolerance is tighter, from the jump
    for max_iter in (1000, 10_000):
        try:
            return run(G, alpha=alpha, weight=weight, personalization=jump, nstart=jump,
                       max_iter=max_iter, tol=TOL)
        except nx.PowerIterationFailedConvergence:
            continue
    total = sum(dict(G.degree(weight=weight)).values()) or 1
    return {n: d / total for n, d in G.degree(weight=weight)}


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


def eigenvector(G, *, weight: str = "weight") -> Scores:
    """Weighted eigenvector centrality with unit Euclidean norm (undirected view of a digraph).

    ``networkx.eigenvector_centrality`` (power iteration on A + I).  Where it
    does not converge — a piece whose heaviest edge dwarfs the rest (one
    article repeating a sentence thousands of times) gives A an eigenvalue
    near −λ₁, and the iteration swings between the two — the leading
    eigenvector comes from :func:`leading_eigenvector` instead.

    >>> import networkx as nx
    >>> ev = eigenvector(nx.star_graph(2))
    >>> round(ev[0], 4), round(ev[1], 4)
    (0.7071, 0.5)
    """
    import networkx as nx

    if len(G) == 0:
        return {}
    U = undirected(G, weight)
    if U.number_of_edges() == 0:
        return dict.fromkeys(U, 0.0)
    try:
        return nx.eigenvector_centrality(U, weight=weight, max_iter=1000, tol=1e-9)
    except nx.PowerIterationFailedConvergence:
        return leading_eigenvector(U, weight=weight)


#: Up to this many nodes :func:`leading_eigenvector` solves densely (numpy ``eigh``).
DENSE_UP_TO = 3_000


def leading_eigenvector(U, *, weight: str = "weight", iterations: int = 10_000,
                        dense_up_to: int = DENSE_UP_TO) -> Scores:
    """The leading eigenvector of the weighted adjacency of the undirected ``U`` (unit norm).

    Up to ``dense_up_to`` nodes numpy's symmetric eigensolver gives it
    exactly; above, a power iteration on A + cI with c the largest weighted
    degree (every eigenvalue of A + cI is then at least 0, so nothing
    swings) runs to convergence or ``iterations`` steps and returns where it
    got: a score for every node, never an exception.

    >>> import networkx as nx
    >>> U = nx.Graph()
    >>> U.add_weighted_edges_from([("a", "b", 3000), ("b", "c", 1), ("c", "d", 1)])
    >>> ev = leading_eigenvector(U)
    >>> round(ev["a"], 3), round(ev["b"], 3), ev["d"] < 1e-6
    (0.707, 0.707, True)
    >>> it = leading_eigenvector(U, dense_up_to=0)
    >>> max(abs(it[v] - ev[v]) for v in U) < 1e-6
    True
    """
    import numpy as np

    nodes = list(U)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    src, dst, w = [], [], []
    for u, v, x in U.edges(data=weight, default=1):
        src.append(index[u])
        dst.append(index[v])
        w.append(float(x))
    src_a, dst_a, w_a = np.array(src, dtype=np.int64), np.array(dst, dtype=np.int64), np.array(w)
    if n <= dense_up_to:
        A = np.zeros((n, n))
        np.add.at(A, (src_a, dst_a), w_a)
        np.add.at(A, (dst_a, src_a), w_a * (src_a != dst_a))
        _, vectors = np.linalg.eigh(A)
        x = np.abs(vectors[:, -1])
    else:
        c = float(max(dict(U.degree(weight=weight)).values()) or 1.0)
        x = np.full(n, 1.0 / np.sqrt(n))
        for _ in range(iterations):
            y = c * x
            y += np.bincount(src_a, weights=w_a * x[dst_a], minlength=n)
            y += np.bincount(dst_a, weights=w_a * x[src_a] * (src_a != dst_a), minlength=n)
            y /= np.linalg.norm(y) or 1.0
            done = np.abs(y - x).sum() < n * 1e-9
            x = y
            if done:
                break
    norm = float(np.linalg.norm(x)) or 1.0
    return {v: float(x[i]) / norm for i, v in enumerate(nodes)}


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


def communities(G, *, weight: str = "weight", seed: int = SEED) -> dict[Hashable, int]:
    """Louvain communities (``networkx.community.louvain_communities``, seeded).

    Communities are numbered by decreasing size, ties broken by their
    smallest node, so the numbering does not depend on the run.

    >>> import networkx as nx
    >>> c = communities(nx.barbell_graph(3, 0))
    >>> c[0] == c[1] == c[2] != c[3] == c[4] == c[5]
    True
    """
    import networkx as nx

    if len(G) == 0:
        return {}
    parts = nx.community.louvain_communities(undirected(G, weight), weight=weight, seed=seed)
    return number_communities(parts)


def number_communities(parts) -> dict[Hashable, int]:
    """``{node: community number}`` for a partition, numbered by decreasing size.

    >>> number_communities([{"c"}, {"a", "b"}])
    {'a': 0, 'b': 0, 'c': 1}
    """
    ordered = sorted((sorted(p, key=str) for p in parts if p), key=lambda p: (-len(p), str(p[0])))
    return {node: i for i, part in enumerate(ordered) for node in part}


def modularity(G, membership: dict[Hashable, int], *, weight: str = "weight") -> float:
    """Modularity of a ``{node: community}`` assignment on the undirected view of ``G``.

    >>> import networkx as nx
    >>> round(modularity(nx.barbell_graph(3, 0), {0: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1}), 4)
    0.3571
    """
    import networkx as nx

    groups: dict[int, set] = {}
    for node, c in membership.items():
        groups.setdefault(c, set()).add(node)
    return nx.community.modularity(undirected(G, weight), list(groups.values()), weight=weight)


def finite(value: float) -> bool:
    return isinstance(value, int) or math.isfinite(value)
