"""Benchmark of kg.analytics: measures on large synthetic networks, sampling error, RDF conversion.

    python bench/bench_analytics.py                    # measures, 10k and 100k nodes
    python bench/bench_analytics.py --graph ba         # on Barabási–Albert graphs instead
    python bench/bench_analytics.py --baseline full    # run every networkx reference call in full
    python bench/bench_analytics.py --error            # sampled vs exact betweenness / closeness
    python bench/bench_analytics.py --convert          # RDF → networkx on stores up to ~1M triples

Seconds are CPU seconds of the process unless ``--wall``.

Measures: for each measure, the seconds kg.analytics takes (``engine=auto``,
which picks igraph at this size) and the ratio of the straightforward
networkx call's seconds to ours.  Expensive networkx calls are estimated
unless ``--baseline full``: betweenness from 16 of its 256 pivots, exact
closeness from 32 of its nodes, each scaled up linearly (marked ``~``); the
networkx Louvain and eigenvector runs on the 100k graph are skipped (``-``).

Graphs (seeded): ``comention`` (default) is a power-law co-mention network:
sentences mention 2–4 entities, mostly of one topic (200 entities per topic,
Zipf popularity inside a topic and overall), every entity at least once;
edge weight = number of sentences.  ``ba`` is a Barabási–Albert graph
(m = 5, all weights 1), which has no community structure.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from kg.analytics import engines as E  # noqa: E402
from kg.analytics import measures as M  # noqa: E402


# -- synthetic networks ------------------------------------------------------

def _zipf_cum(k: int, s: float = 1.1) -> list[float]:
    acc, out = 0.0, []
    for i in range(k):
        acc += 1.0 / (i + 1) ** s
        out.append(acc)
    return out


def co_mention_graph(n_nodes: int, n_edges: int, *, seed: int = 1, topic_size: int = 200,
                     local: float = 0.85):
    """A power-law co-mention network with topical communities (see the module docstring)."""
    import networkx as nx

    rng = random.Random(seed)
    topics = max(1, n_nodes // topic_size)
    members = [list(range(t, n_nodes, topics)) for t in range(topics)]
    tcum = [_zipf_cum(len(m)) for m in members]
    overall = list(range(n_nodes))
    rng.shuffle(overall)
    gcum = _zipf_cum(n_nodes)
    topic_cum = _zipf_cum(topics)
    topic_ids = list(range(topics))

    def pick(cum, items):
        return items[bisect.bisect_left(cum, rng.random() * cum[-1])]

    weights: dict[tuple[int, int], int] = {}

    def sentence(ents) -> None:
        for a, b in itertools.combinations(sorted(set(ents)), 2):
            weights[(a, b)] = weights.get((a, b), 0) + 1

    for v in range(n_nodes):
        t = v % topics
        sentence([v, pick(tcum[t], members[t])])
    while len(weights) < n_edges:
        t = pick(topic_cum, topic_ids) if rng.random() < 0.5 else rng.randrange(topics)
        sentence([pick(tcum[t], members[t]) if rng.random() < local else pick(gcum, overall)
                  for _ in range(rng.choice((2, 2, 3, 3, 4)))])
    G = nx.Graph()
    G.add_nodes_from(range(n_nodes))
    G.add_weighted_edges_from((a, b, w) for (a, b), w in weights.items())
    return G


def ba_graph(n_nodes: int, n_edges: int, *, seed: int = 1):
    import networkx as nx

    return nx.barabasi_albert_graph(n_nodes, max(1, round(n_edges / n_nodes)), seed=seed)


def make_graph(kind: str, n: int, m: int):
    return co_mention_graph(n, m) if kind == "comention" else ba_graph(n, m)


# -- measures ------------------------------------------------------------------

#: Seconds are CPU seconds of this process (every engine here runs on one core in this
#: process), which stay meaningful on a machine shared with other work; ``--wall`` for wall time.
CLOCK = time.process_time


def _timed(fn):
    t0 = CLOCK()
    out = fn()
    return CLOCK() - t0, out


def baseline(G, measure: str, mode: str) -> tuple[float | None, str]:
    """Seconds of the straightforward networkx call; ``("~" estimated | "" | "-" skipped)``."""
    import networkx as nx

    n = len(G)
    big = n > 50_000 and mode != "full"
    if measure == "degree":
        return _timed(lambda: dict(G.degree()))[0], ""
    if measure == "weighted-degree":
        return _timed(lambda: dict(G.degree(weight="weight")))[0], ""
    if measure == "pagerank":
        return _timed(lambda: M.pagerank(G))[0], ""
    if measure == "betweenness":
        k = M.sample_size(G, engine=E.choose("auto", G))
        if mode == "full" or (k is None and n <= 2_000):
            return _timed(lambda: nx.betweenness_centrality(G, k=k, seed=M.SEED))[0], ""
        part = 16
        t, _ = _timed(lambda: nx.betweenness_centrality(G, k=part, seed=M.SEED))
        return t * (k or n) / part, "~"
    if measure == "closeness":
        if mode == "full":
            return _timed(lambda: nx.closeness_centrality(G))[0], ""
        sample = random.Random(0).sample(list(G), 32)
        t, _ = _timed(lambda: [nx.closeness_centrality(G, u=u) for u in sample])
        return t * n / len(sample), "~"
    if measure == "eigenvector":
        if big:
            return None, "-"
        return _timed(lambda: nx.eigenvector_centrality(G, weight="weight", max_iter=1000))[0], ""
    if measure == "community":
        if big:
            return None, "-"
        return _timed(lambda: nx.community.louvain_communities(G, weight="weight", seed=M.SEED))[0], ""
    raise ValueError(measure)


def bench_measures(kind: str, sizes, mode: str) -> None:
    print(f"== measures on {kind} graphs (engine auto; igraph above {E.FAST_ABOVE} nodes; "
          f"sampled path measures above {M.EXACT_UP_TO} nodes, {M.PIVOTS} pivots)")
    for n, m in sizes:
        t_gen, G = _timed(lambda: make_graph(kind, n, m))
        print(f"\n{n:,} nodes, {G.number_of_edges():,} edges (generated in {t_gen:.1f}s); "
              f"engine {E.choose('auto', G)}")
        t_conv, impl = _timed(lambda: (E.IgraphEngine(G) if E.choose("auto", G) == "igraph"
                                       else E.NetworkxEngine(G)))
        print(f"  {'conversion to igraph':<22} {t_conv:8.2f}s")
        print(f"  {'measure':<22} {'kg (s)':>8} {'networkx (s)':>14} {'ratio':>8}")
        k = M.sample_size(G, engine=E.choose("auto", G))
        goal = 0.0
        for measure in M.MEASURES:
            ours, _ = _timed(lambda: impl.measure(measure, k=k))
            if measure in ("pagerank", "betweenness", "community"):
                goal += ours
            base, mark = baseline(G, measure, mode)
            base_s = "-" if base is None else f"{mark}{base:.2f}"
            ratio = "-" if base is None else f"{mark}{base / max(ours, 1e-6):.0f}x"
            print(f"  {measure:<22} {ours:8.2f} {base_s:>14} {ratio:>8}", flush=True)
        print(f"  {'pagerank+betweenness+louvain':<22} {goal:.2f}s (+ conversion {t_conv:.2f}s)"
              f" = {goal + t_conv:.2f}s; goal on 100k nodes: 10s")


# -- sampling error ------------------------------------------------------------

def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=values.__getitem__)
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for x in range(i, j + 1):
            ranks[order[x]] = (i + j) / 2
        i = j + 1
    return ranks


def spearman(a: list[float], b: list[float]) -> float:
    ra, rb = _ranks(a), _ranks(b)
    n = len(a)
    ma, mb = sum(ra) / n, sum(rb) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    va = sum((x - ma) ** 2 for x in ra) ** 0.5
    vb = sum((y - mb) ** 2 for y in rb) ** 0.5
    return cov / (va * vb) if va and vb else 1.0


def bench_error(kind: str, n: int = 20_000, m: int = 100_000) -> None:
    G = make_graph(kind, n, m)
    eng = E.IgraphEngine(G)
    print(f"== sampled vs exact on a {kind} graph: {n:,} nodes, {G.number_of_edges():,} edges")
    for measure in ("betweenness", "closeness"):
        t_exact, exact = _timed(lambda: eng.measure(measure, k=None))
        print(f"\n{measure}: exact {t_exact:.1f}s, max {max(exact.values()):.4g}, "
              f"mean {sum(exact.values()) / n:.4g}")
        print(f"  {'k':>5} {'time':>6} {'mean abs err':>13} {'max abs err':>12} "
              f"{'rel err top100':>15} {'spearman':>9} {'spearman top100':>16} "
              f"{'overlap top10/20/100':>21}")
        nodes = list(G)
        ex = [exact[v] for v in nodes]
        ranked = sorted(nodes, key=lambda v: -exact[v])
        top = ranked[:100]
        for k in (64, 128, 256, 512):
            t, est = _timed(lambda: eng.measure(measure, k=k))
            es = [est[v] for v in nodes]
            errs = [abs(a - b) for a, b in zip(ex, es)]
            rel_top = [abs(exact[v] - est[v]) / exact[v] for v in top if exact[v] > 0]
            ranked_est = sorted(nodes, key=lambda v: -est[v])
            overlap = "/".join(str(len(set(ranked[:x]) & set(ranked_est[:x]))) for x in (10, 20, 100))
            print(f"  {k:>5} {t:>5.1f}s {sum(errs) / n:>13.3g} {max(errs):>12.3g} "
                  f"{sum(rel_top) / max(len(rel_top), 1):>15.3f} {spearman(ex, es):>9.3f} "
                  f"{spearman([exact[v] for v in top], [est[v] for v in top]):>16.3f} "
                  f"{overlap:>21}", flush=True)


# -- RDF → networkx --------------------------------------------------------------

def synthetic_store(n_articles: int, *, n_entities: int | None = None, seed: int = 7):
    """A memory store of ``n_articles`` articles shaped by kg.rdf (about 800 triples each)."""
    from kg import vocab as V
    from kg.model import Article, Claim, Entity, Extraction, Mention, Sentence
    from kg.rdf import article_quads
    from kg.store import open_store

    rng = random.Random(seed)
    n_entities = n_entities or max(50, n_articles * 4)
    cum = _zipf_cum(n_entities)
    kinds = ("Person", "Organization", "Country", "City", "ArmedGroup")
    store = open_store(":memory:")
    for a in range(n_articles):
        sentences, mentions = [], {}
        pos = 0
        claims = []
        for s in range(30):
            ents = {bisect.bisect_left(cum, rng.random() * cum[-1]) for _ in range(rng.choice((1, 2, 3, 4)))}
            text = " ".join(f"E{e}" for e in sorted(ents)) + " did things."
            sentences.append(Sentence(s, pos, pos + len(text), text))
            off = pos
            for e in sorted(ents):
                word = f"E{e}"
                mentions.setdefault(e, []).append(Mention(off, off + len(word), word, s, "ORG", "Organization"))
                off += len(word) + 1
            if s % 10 == 0 and len(ents) > 1:
                first, *rest = sorted(ents)
                claims.append(Claim(pos, pos + len(text), text, "reported", s, cue="said",
                                    speaker_key=f"e{first}", about=tuple(f"e{x}" for x in rest)))
            pos += len(text) + 1
        entities = tuple(Entity(f"e{e}", f"Entity {e}", kinds[e % len(kinds)], (f"E{e}",), tuple(ms))
                         for e, ms in sorted(mentions.items()))
        article = Article(f"a{a}", " ".join(s.text for s in sentences), f"a{a}.txt",
                          title=f"Article {a}", digest=f"{a:064x}")
        quads = article_quads(article, Extraction(tuple(sentences), entities, tuple(claims)))
        store.replace_graph(V.article_iri(article.identifier), quads)
    return store


def bench_convert(sizes=(300, 600, 1200)) -> None:
    from kg.analytics.projections import PROJECTIONS

    print("== RDF → networkx conversion on synthetic stores shaped by kg.rdf")
    print(f"  {'articles':>8} {'triples':>10} {'projection':<15} {'nodes':>7} {'edges':>8} "
          f"{'seconds':>8} {'µs/triple':>10}")
    for n_articles in sizes:
        store = synthetic_store(n_articles)
        triples = len(store)
        for name, proj in PROJECTIONS.items():
            t, G = _timed(lambda: proj.function(store))
            print(f"  {n_articles:>8} {triples:>10,} {name:<15} {len(G):>7,} "
                  f"{G.number_of_edges():>8,} {t:>8.2f} {t / triples * 1e6:>10.2f}", flush=True)
        store.close()


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--graph", choices=("comention", "ba"), default="comention")
    p.add_argument("--sizes", default="10000x50000,100000x500000",
                   help="comma-separated NODESxEDGES (default 10000x50000,100000x500000)")
    p.add_argument("--baseline", choices=("quick", "full"), default="quick")
    p.add_argument("--error", action="store_true", help="sampled vs exact betweenness and closeness")
    p.add_argument("--error-size", default="20000x100000")
    p.add_argument("--convert", action="store_true", help="RDF → networkx conversion timings")
    p.add_argument("--articles", default="300,600,1200", help="store sizes for --convert")
    p.add_argument("--wall", action="store_true", help="wall-clock seconds instead of CPU seconds")
    args = p.parse_args(argv)
    if args.wall:
        global CLOCK
        CLOCK = time.perf_counter
    print(f"(seconds: {'wall clock' if args.wall else 'CPU time of this process'})")
    if args.error:
        n, m = (int(x) for x in args.error_size.split("x"))
        bench_error(args.graph, n, m)
    elif args.convert:
        bench_convert(tuple(int(x) for x in args.articles.split(",")))
    else:
        sizes = [tuple(int(x) for x in s.split("x")) for s in args.sizes.split(",")]
        bench_measures(args.graph, sizes, args.baseline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
