"""Engines that compute the measures of :mod:`kg.analytics.measures`.

``networkx`` is the reference.  ``igraph`` (the optional extra
``kg-news[fast]``) computes the same measures in C: the graph is converted
once (nodes in NetworkX order, so sampled measures draw the same pivots) and
every measure is rescaled to NetworkX's definition, checked against NetworkX
by the tests: PageRank within 1e-6, exact and sampled betweenness and
closeness equal, eigenvector centrality within 1e-6, Louvain modularity within
a few hundredths (the two Louvain implementations visit nodes in different
orders).

``engine="auto"`` picks igraph for graphs of more than :data:`FAST_ABOVE`
nodes when it is importable, else networkx.

Measured with ``python bench/bench_analytics.py`` (CPU seconds, two-core
machine): on a synthetic power-law co-mention network of 100,000 nodes and
500,000 edges igraph computes PageRank in 0.6 s, betweenness from 256 pivots
in 4.3 s and Louvain communities in 0.7 s (NetworkX: 13 s, about 270 s and
12 s).  Louvain is slow on graphs without community structure: 32 s on a
Barabási–Albert graph of the same size.

>>> import networkx as nx
>>> choose("auto", nx.path_graph(3))
'networkx'
>>> engine, scores, k = compute_measures(nx.path_graph(3), ("degree", "betweenness"))
>>> engine, scores["degree"], scores["betweenness"], k
('networkx', {0: 1, 1: 2, 2: 1}, {0: 0.0, 1: 1.0, 2: 0.0}, None)
"""

from __future__ import annotations

import importlib.util
import math
import random
import warnings
from typing import Callable, Hashable, Iterable

from . import measures as M

#: Above this many nodes ``engine="auto"`` uses igraph when it is installed.
FAST_ABOVE = 1_000
ENGINES = ("auto", "networkx", "igraph")


def igraph_available() -> bool:
    return importlib.util.find_spec("igraph") is not None


def choose(engine: str, G) -> str:
    """The engine that will run: ``engine`` itself, or for ``auto`` by graph size."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; known: {', '.join(ENGINES)}")
    if engine == "igraph" and not igraph_available():
        raise ValueError("engine 'igraph' needs the python-igraph package (pip install 'kg-news[fast]')")
    if engine == "auto":
        return "igraph" if len(G) > FAST_ABOVE and igraph_available() else "networkx"
    return engine


def compute_measures(G, measures: Iterable[str] = M.MEASURES, *, engine: str = "auto",
                     seed: int = M.SEED, pivots: int | None = None,
                     progress: Callable[[str], None] | None = None
                     ) -> tuple[str, dict[str, dict[Hashable, float]], int | None]:
    """Compute ``measures`` on ``G``: returns ``(engine that ran, {measure: scores}, k)``.

    ``k`` is the number of pivots of sampled betweenness and closeness, None
    when they are exact (see :func:`kg.analytics.measures.sample_size`).
    ``progress(measure)`` is called as each measure is done.
    """
    wanted = list(dict.fromkeys(measures))
    unknown = [m for m in wanted if m not in M.MEASURES]
    if unknown:
        raise ValueError(f"unknown measure {unknown[0]!r}; known: {', '.join(M.MEASURES)}")
    name = choose(engine, G)
    k = M.sample_size(G, pivots, engine=name)
    if not {"betweenness", "closeness"} & set(wanted):
        k = None
    impl = IgraphEngine(G, seed=seed) if name == "igraph" else NetworkxEngine(G, seed=seed)
    out = {}
    for m in wanted:
        out[m] = impl.measure(m, k=k)
        if progress is not None:
            progress(m)
    return name, out, k


class NetworkxEngine:
    """The reference: the functions of :mod:`kg.analytics.measures`."""

    name = "networkx"

    def __init__(self, G, *, seed: int = M.SEED):
        self.G = G
        self.seed = seed

    def measure(self, name: str, *, k: int | None = None) -> dict:
        G, seed = self.G, self.seed
        if name == "degree":
            return M.degree(G)
        if name == "weighted-degree":
            return M.weighted_degree(G)
        if name == "pagerank":
            return M.pagerank(G)
        if name == "betweenness":
            return M.betweenness(G, k=k, seed=seed)
        if name == "eigenvector":
            return M.eigenvector(G)
        if name == "closeness":
            return M.closeness(G, k=k, seed=seed)
        if name == "community":
            return M.communities(G, seed=seed)
        raise ValueError(f"unknown measure {name!r}")


class IgraphEngine:
    """The same measures computed by igraph on a one-off copy of ``G``."""

    name = "igraph"

    def __init__(self, G, *, seed: int = M.SEED, weight: str = "weight"):
        import igraph as ig

        self.G = G
        self.seed = seed
        self.nodes = list(G)
        index = {node: i for i, node in enumerate(self.nodes)}
        self.directed = G.is_directed()
        edges, weights = [], []
        for u, v, w in G.edges(data=weight, default=1):
            edges.append((index[u], index[v]))
            weights.append(w)
        self.g = ig.Graph(n=len(self.nodes), edges=edges, directed=self.directed)
        self.w = weights
        self._undirected = None

    def _scores(self, values) -> dict:
        return dict(zip(self.nodes, values))

    def undirected(self):
        """The undirected view with opposite edges' weights summed (cached)."""
        if self._undirected is None:
            if not self.directed:
                self._undirected = (self.g, self.w)
            else:
                u = self.g.copy()
                u.es["weight"] = self.w
                u.to_undirected(mode="collapse", combine_edges="sum")
                self._undirected = (u, u.es["weight"])
        return self._undirected

    def measure(self, name: str, *, k: int | None = None) -> dict:
        n = len(self.nodes)
        if n == 0:
            return {}
        g = self.g
        if name == "degree":
            return self._scores(g.degree(mode="all", loops=True))
        if name == "weighted-degree":
            return self._scores(_ints(g.strength(weights=self.w, mode="all", loops=True)))
        if name == "pagerank":
            # ARPACK: as exact as PRPACK here, and single-threaded (PRPACK's OpenMP threads
            # spin for a second on a busy two-core machine even for a thousand nodes)
            jump = M.teleport(self.G)
            reset = None if jump is None else [jump[v] for v in self.nodes]
            return self._scores(g.personalized_pagerank(
                weights=self.w, damping=M.ALPHA, directed=self.directed, reset=reset,
                implementation="arpack"))
        if name == "betweenness":
            return self._betweenness(k)
        if name == "eigenvector":
            return self._eigenvector()
        if name == "closeness":
            return self._closeness(k)
        if name == "community":
            return self._communities()
        raise ValueError(f"unknown measure {name!r}")

    def _betweenness(self, k: int | None) -> dict:
        n = len(self.nodes)
        if n < 3:
            return self._scores([0.0] * n)
        pivots = M.pivots_for(self.G, k, self.seed)
        if pivots is None:
            raw = self.g.betweenness(directed=self.directed)
            scale = (1.0 if self.directed else 2.0) / ((n - 1) * (n - 2))
            return self._scores(b * scale for b in raw)
        index = {node: i for i, node in enumerate(self.nodes)}
        sources = [index[p] for p in pivots]
        raw = self.g.betweenness(directed=self.directed, sources=sources)
        # networkx's rescaling of a sample without endpoints: a pivot cannot be
        # an inner node of its own paths, so pivots are averaged over k - 1 sources
        corr = 1.0 if self.directed else 2.0
        kk = len(sources)
        is_pivot = [False] * n
        for s in sources:
            is_pivot[s] = True
        out = []
        for i, b in enumerate(raw):
            denom = (kk - 1 if is_pivot[i] else kk) * (n - 2)
            out.append(b * corr / denom if denom > 0 else math.nan)
        return self._scores(out)

    def _closeness(self, k: int | None) -> dict:
        n = len(self.nodes)
        mode = "in" if self.directed else "all"
        pivots = M.pivots_for(self.G, k, self.seed)
        if pivots is None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                raw = self.g.closeness(mode=mode, normalized=True)
            reach = self.g.neighborhood_size(order=n, mode=mode)
            out = []
            for c, r in zip(raw, reach):
                out.append(0.0 if r <= 1 or n <= 1 or c != c else c * (r - 1) / (n - 1))
            return self._scores(out)
        import numpy as np

        index = {node: i for i, node in enumerate(self.nodes)}
        sources = [index[p] for p in pivots]
        total = np.zeros(n)
        reach = np.zeros(n, dtype=np.int64)
        chunk = max(1, 2_000_000 // max(n, 1))
        for start in range(0, len(sources), chunk):
            # distances from the pivots along edge direction: incoming distances of each node
            d = np.asarray(self.g.distances(source=sources[start:start + chunk], mode="out"),
                           dtype=float)
            ok = np.isfinite(d)
            total += np.where(ok, d, 0.0).sum(axis=0)
            reach += ok.sum(axis=0)
        kk = len(sources)
        return self._scores(M.sampled_closeness(float(t), int(r), n, kk)
                            for t, r in zip(total, reach))

    def _eigenvector(self) -> dict:
        g, w = self.undirected()
        if g.ecount() == 0:
            return self._scores([0.0] * len(self.nodes))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            raw = g.eigenvector_centrality(weights=w)
        norm = math.sqrt(sum(v * v for v in raw)) or 1.0
        return self._scores(v / norm for v in raw)

    def _communities(self) -> dict:
        import igraph as ig

        g, w = self.undirected()
        rng = random.Random(self.seed)
        ig.set_random_number_generator(rng)
        try:
            clustering = g.community_multilevel(weights=w)
        finally:
            ig.set_random_number_generator(random)
        parts: dict[int, set] = {}
        for node, c in zip(self.nodes, clustering.membership):
            parts.setdefault(c, set()).add(node)
        return M.number_communities(parts.values())


def _ints(values):
    return [int(v) if float(v).is_integer() else v for v in values]
