"""Which edges a big view draws (a backbone) and which nodes belong together (communities).

The backbone is the disparity filter of Serrano, Boguñá and Vespignani (PNAS
2009): an edge is kept when its weight is a significant share of the strength
of at least one of its ends, that is when ``(1 - w / s) ** (k - 1) < alpha``
for an end of degree ``k`` and strength ``s``.  Each node's heaviest edge is
kept as well, so that no node loses all its links.

>>> edges = [("hub", f"n{i}", 1.0) for i in range(20)] + [("hub", "x", 30.0)]
>>> kept = disparity_filter(edges, alpha=0.05)
>>> ("hub", "x", 30.0) in [edges[i] for i in kept] and len(kept) == 21
True
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

#: Significance level of the disparity filter.
ALPHA = 0.05
#: The backbone is drawn when a view has more edges than this many per node (and more than
#: :data:`MIN_EDGES`): below that a view reads as it is.
EDGES_PER_NODE = 3.0
MIN_EDGES = 150
#: The backbone keeps at least this many edges per node: the most significant are added
#: when the filter alone leaves fewer (weights of 1 are never significant on their own).
FLOOR_PER_NODE = 1.5
#: Communities are laid out apart from this many nodes on.
COMMUNITY_MIN_NODES = 80


@dataclass(frozen=True)
class Backbone:
    """The edges kept (indices into the input, in input order) and what the page says."""

    kept: tuple[int, ...]
    total: int
    alpha: float

    @property
    def note(self) -> str:
        return (f"edges: backbone — significant by the disparity filter (α = {self.alpha:g}), "
                f"each node's heaviest, at least {FLOOR_PER_NODE:g} per node by significance; "
                f"{len(self.kept):,} of {self.total:,} shown")


def wants_backbone(n_nodes: int, n_edges: int) -> bool:
    """Whether a view of this size is drawn with its backbone only."""
    return n_edges > MIN_EDGES and n_edges > EDGES_PER_NODE * max(n_nodes, 1)


def disparity_filter(edges: Sequence[tuple[str, str, float]], *, alpha: float = ALPHA,
                     floor: int = 0) -> list[int]:
    """Indices of the edges of the backbone (direction is ignored); at least ``floor``
    edges, the most significant first."""
    strength: dict[str, float] = defaultdict(float)
    degree: dict[str, int] = defaultdict(int)
    heaviest: dict[str, int] = {}
    for i, (a, b, w) in enumerate(edges):
        for n in (a, b):
            strength[n] += w
            degree[n] += 1
            j = heaviest.get(n)
            if j is None or w > edges[j][2]:
                heaviest[n] = i
    keep = set(heaviest.values())
    score = []
    for i, (a, b, w) in enumerate(edges):
        p = 1.0
        for n in (a, b):
            k, s = degree[n], strength[n]
            if k > 1 and s > 0:
                p = min(p, (1.0 - w / s) ** (k - 1))
        score.append((p, -w, i))
        if p < alpha:
            keep.add(i)
    if len(keep) < floor:
        for _p, _w, i in sorted(score):
            if len(keep) >= floor:
                break
            keep.add(i)
    return sorted(keep)


def backbone(edges: Sequence[tuple[str, str, float]], *, alpha: float = ALPHA,
             n_nodes: int = 0) -> Backbone:
    floor = int(FLOOR_PER_NODE * n_nodes)
    return Backbone(tuple(disparity_filter(edges, alpha=alpha, floor=floor)), len(edges), alpha)


def communities(ids: Sequence[str], edges: Sequence[tuple[str, str, float]],
                seed: int = 7) -> dict[str, int]:
    """A community number for each node (0 = the largest), by modularity (Louvain).

    igraph's multilevel method when igraph is installed, else networkx's Louvain.
    Nodes without edges get no community.

    >>> c = communities(list("abcdef"), [("a", "b", 1), ("b", "c", 1), ("a", "c", 1),
    ...                                  ("d", "e", 1), ("e", "f", 1), ("d", "f", 1), ("c", "d", 1)])
    >>> c["a"] == c["b"] == c["c"] != c["d"] == c["e"] == c["f"]
    True
    """
    linked = sorted({n for a, b, _ in edges for n in (a, b)} & set(ids))
    if not linked:
        return {}
    index = {n: i for i, n in enumerate(linked)}
    weights: dict[tuple[int, int], float] = defaultdict(float)
    for a, b, w in edges:
        if a in index and b in index and a != b:
            key = (min(index[a], index[b]), max(index[a], index[b]))
            weights[key] += float(w)
    try:
        groups = _igraph_groups(len(linked), weights, seed)
    except ImportError:
        groups = _networkx_groups(len(linked), weights, seed)
    groups.sort(key=lambda g: (-len(g), min(g)))
    return {linked[i]: c for c, g in enumerate(groups) for i in g}


def _igraph_groups(n: int, weights: dict[tuple[int, int], float], seed: int) -> list[list[int]]:
    import random

    import igraph

    igraph.set_random_number_generator(random.Random(seed))
    try:
        g = igraph.Graph(n=n, edges=list(weights))
        g.es["weight"] = list(weights.values())
        return [list(c) for c in g.community_multilevel(weights="weight")]
    finally:
        igraph.set_random_number_generator(random)


def _networkx_groups(n: int, weights: dict[tuple[int, int], float], seed: int) -> list[list[int]]:
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from((a, b, w) for (a, b), w in weights.items())
    return [sorted(c) for c in nx.community.louvain_communities(g, weight="weight", seed=seed)]
