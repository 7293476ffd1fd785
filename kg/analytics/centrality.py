"""Centrality: who is central by degree, by PageRank, by eigenvector centrality.

Plain functions, graph in, ``{node: value}`` out (see :mod:`kg.analytics.measures`).
Edge weights count co-occurrences (a strength, not a length): PageRank,
eigenvector centrality and weighted degree use them.  Directed projections
(the claim network) keep their direction for degree and PageRank;
eigenvector centrality uses the undirected view (:func:`~kg.analytics.graphs.undirected`,
weights of opposite edges summed): a claim network is rarely strongly
connected, and the left eigenvector of such a graph is zero outside its cycles.

>>> import networkx as nx
>>> G = nx.Graph()
>>> G.add_weighted_edges_from([("a", "b", 3), ("b", "c", 1)])
>>> degree(G), weighted_degree(G)
({'a': 1, 'b': 2, 'c': 1}, {'a': 3, 'b': 4, 'c': 1})
"""

from __future__ import annotations

import importlib.util

from .graphs import Scores, undirected

#: Damping factor of PageRank.
ALPHA = 0.85
#: Convergence tolerance of PageRank's power iteration (per node, as networkx counts it).
TOL = 1e-10
#: The node attribute holding how often the articles mention a node (PageRank's jump weights).
MENTIONS = "mentions"
#: Up to this many nodes :func:`leading_eigenvector` solves densely (numpy ``eigh``).
DENSE_UP_TO = 3_000


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
