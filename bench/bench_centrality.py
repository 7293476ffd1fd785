"""Which PageRank reflects prominence: rankings against mention counts.

    python bench/bench_centrality.py                      # bundled articles + 300 corpus articles
    python bench/bench_centrality.py --store DIR [--store DIR2 ...]

For each store the co-mention network is ranked three ways —

* ``uniform``: PageRank with a uniform teleport (kg before: every node, in
  whatever piece of the network, gets the same jump probability);
* ``largest``: PageRank of the largest connected component, 0 elsewhere;
* ``mentions``: PageRank whose teleport is proportional to each node's
  mentions (kg now) —

and each ranking is compared with the mention counts: Spearman rank
correlation over all nodes and over people, how many of the 10 most
mentioned are in the top 10, the mentions of the top-ranked person, and how
many of the top 10 people sit in pieces of at most 3 nodes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def spearman(xs: list[float], ys: list[float]) -> float:
    """Spearman rank correlation (average ranks for ties)."""
    import numpy as np

    def ranks(v):
        v = np.asarray(v, dtype=float)
        order = np.argsort(v, kind="mergesort")
        r = np.empty(len(v))
        r[order] = np.arange(len(v))
        for value in np.unique(v):  # ties share their mean rank
            tie = v == value
            r[tie] = r[tie].mean()
        return r

    if len(xs) < 3:
        return float("nan")
    a, b = ranks(xs), ranks(ys)
    if a.std() == 0 or b.std() == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def variants(G) -> dict[str, dict]:
    import networkx as nx

    from kg.analytics import measures as M

    def bare(nodes):
        """The network on ``nodes`` without mention counts (PageRank then jumps uniformly)."""
        H = nx.Graph()
        H.add_nodes_from(nodes)
        H.add_edges_from(G.subgraph(nodes).edges(data=True))
        return H

    big = max(nx.connected_components(G), key=len) if len(G) else set()
    largest = M.pagerank(bare(big)) if big else {}
    return {"uniform": M.pagerank(bare(G)),
            "largest": {n: largest.get(n, 0.0) for n in G},
            "mentions": M.pagerank(G)}


def report(label: str, store_path: str) -> None:
    import networkx as nx

    import kg
    from kg.analytics.projections import project

    store = kg.open(store_path)
    try:
        G = project(store, "co-mention")
    finally:
        store.close()
    mentions = {n: G.nodes[n].get("mentions", 0) for n in G}
    piece = {}
    for comp in nx.connected_components(G):
        for n in comp:
            piece[n] = len(comp)
    people = [n for n in G if G.nodes[n].get("type") == "Person"]
    top_mentioned = set(sorted(G, key=lambda n: (-mentions[n], n))[:10])
    big = max(piece.values()) if piece else 0
    print(f"\n{label}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges, "
          f"{nx.number_connected_components(G)} pieces (largest {big}), {len(people)} people")
    print(f"{'ranking':<10} {'rho all':>8} {'rho people':>11} {'top10 ∩ most mentioned':>23} "
          f"{'#1 person (mentions, piece)':>40} {'top-10 people in pieces ≤3':>27}")
    for name, scores in variants(G).items():
        order = sorted(G, key=lambda n: (-scores[n], n))
        rho_all = spearman([scores[n] for n in G], [mentions[n] for n in G])
        rho_people = spearman([scores[n] for n in people], [mentions[n] for n in people])
        overlap = len(top_mentioned & set(order[:10]))
        ranked_people = [n for n in order if n in set(people)]
        first = ranked_people[0] if ranked_people else None
        small = sum(1 for n in ranked_people[:10] if piece[n] <= 3)
        who = (f"{G.nodes[first]['name']} ({mentions[first]}, {piece[first]})" if first else "-")
        print(f"{name:<10} {rho_all:>8.3f} {rho_people:>11.3f} {overlap:>23} {who:>40} {small:>27}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", action="append", default=[], help="a built kg store (repeatable)")
    ap.add_argument("--limit", type=int, default=300, help="corpus articles when no --store")
    args = ap.parse_args()
    stores = [(s, s) for s in args.store]
    if not stores:
        import tempfile

        import kg
        from common import corpus_store

        demo = Path(tempfile.mkdtemp(prefix="kg-demo-")) / "store"
        kg.build([str(ROOT / "data" / "articles")], str(demo), rank=False)
        stores = [("bundled articles", str(demo)),
                  (f"{args.limit} corpus articles", str(corpus_store(args.limit)))]
    for label, path in stores:
        report(label, path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
