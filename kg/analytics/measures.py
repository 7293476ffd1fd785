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
  1,000 when NetworkX computes them, :data:`EXACT_UP_TO_NETWORKX`), estimated
  from :data:`PIVOTS` seeded pivots above; :mod:`kg.analytics.sampling` says
  how, and how good the estimate is.

The measures live by topic, this module gathers them under one name
(``from kg.analytics import measures as M``):

* :mod:`kg.analytics.centrality` — degree, weighted degree, PageRank, eigenvector;
* :mod:`kg.analytics.paths` — betweenness and closeness;
* :mod:`kg.analytics.community` — Louvain communities and modularity;
* :mod:`kg.analytics.sampling` — the seed and the pivots of sampled measures;
* :mod:`kg.analytics.graphs` — the undirected view the measures share.

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

from ..lookup.measures import MEASURES  # the one list of measure names
from .centrality import (ALPHA, DENSE_UP_TO, MENTIONS, TOL, degree, eigenvector, leading_eigenvector,
                         pagerank, teleport, weighted_degree)
from .community import communities, modularity, number_communities
from .graphs import Scores, undirected
from .paths import betweenness, closeness, sampled_closeness
from .sampling import EXACT_UP_TO, EXACT_UP_TO_NETWORKX, PIVOTS, SEED, pivots_for, sample_size

__all__ = ["MEASURES", "EXACT_UP_TO", "EXACT_UP_TO_NETWORKX", "PIVOTS", "SEED", "ALPHA", "TOL",
           "MENTIONS", "DENSE_UP_TO", "Scores", "pivots_for", "sample_size", "undirected", "degree",
           "weighted_degree", "teleport", "pagerank", "betweenness", "eigenvector",
           "leading_eigenvector", "closeness", "sampled_closeness", "communities",
           "number_communities", "modularity"]
