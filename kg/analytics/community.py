"""Communities: Louvain, numbered by decreasing size, and their modularity.

Louvain runs on the undirected view of a digraph
(:func:`~kg.analytics.graphs.undirected`, weights of opposite edges summed),
weighted and seeded with :data:`~kg.analytics.sampling.SEED`.

>>> import networkx as nx
>>> communities(nx.barbell_graph(4, 0)) == {0: 0, 1: 0, 2: 0, 3: 0, 4: 1, 5: 1, 6: 1, 7: 1}
True
"""

from __future__ import annotations

from typing import Hashable

from .graphs import undirected
from .sampling import SEED


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
