"""What crash safety and non-blocking readers cost a writer.

Prints, on synthetic article graphs (16 graphs of 1,500 quads, kg's batch):

* replacing a batch in one update (drops and inserts in one transaction)
  against the two transactions kg used before (a drop, then ``extend``),
  interleaved over several rounds;
* a snapshot for readers (``Store.backup``: a flush and hard links) against
  writing one batch, on a store of ``--graphs`` such batches;
* with ``--from DIR`` (a kg store, e.g. one ``kg build`` made of corpus
  articles): its article graphs written into a new store as a build writes
  them (:class:`kg.pipeline.GraphWriter`, the entity quads shared out over the
  writes), in transactions of 16 articles (``KG_BULK_LOAD=0``) and bulk-loaded
  (:mod:`kg.store.bulk`) 16, 32, 64, 128 and 300 articles at a time, CPU
  seconds of the process (RocksDB's own threads included) until the store is
  reopened, interleaved over ``--rounds``.

    python bench/bench_store_writes.py [--rounds 4] [--graphs 20]
    python bench/bench_store_writes.py --rounds 2 --from /tmp/kg-store-of-300-articles
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time

import pyoxigraph as ox

from kg.store import snapshots
from kg.store.updates import replace_update


def batch(tag: str, n_graphs: int = 16, n_quads: int = 1500) -> dict[str, list[ox.Quad]]:
    out = {}
    for k in range(n_graphs):
        g = f"http://kg.example/article/a{k}"
        node = ox.NamedNode(g)
        out[g] = [ox.Quad(ox.NamedNode(f"{g}#s{i}"), ox.NamedNode("http://schema.org/text"),
                          ox.Literal(f"sentence {tag} {i}: the minister said talks would resume."), node)
                  for i in range(n_quads)]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=4)
    ap.add_argument("--graphs", type=int, default=20, help="batches in the store for the snapshot test")
    ap.add_argument("--from", dest="source", help="a kg store whose article graphs to write again")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="kg-bench-writes-")
    try:
        if args.source:
            loads(args.source, tmp, args.rounds)
            return
        store = ox.Store(os.path.join(tmp, "replace"))
        store.extend(q for qs in batch("old").values() for q in qs)
        two, one = [], []
        for r in range(args.rounds):
            new = batch(f"a{r}")
            t = time.perf_counter()
            store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in new))
            store.extend(q for qs in new.values() for q in qs)
            two.append(time.perf_counter() - t)
            new = batch(f"b{r}")
            t = time.perf_counter()
            store.update(replace_update(new))
            one.append(time.perf_counter() - t)
        print(f"replace 16 x 1,500 quads: two transactions {sum(two) / len(two):.2f} s, "
              f"one update {sum(one) / len(one):.2f} s: {sum(one) / sum(two):.2f}x")
        del store

        path = os.path.join(tmp, "publish")
        store = ox.Store(path)
        for k in range(args.graphs):
            store.extend(q for qs in batch(f"fill{k}").values() for q in qs)
        store.flush()
        writes, publishes = [], []
        for r in range(args.rounds):
            new = {f"{g}/r{r}": qs for g, qs in batch(f"p{r}").items()}
            t = time.perf_counter()
            store.extend(ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(g))
                         for g, qs in new.items() for q in qs)
            writes.append(time.perf_counter() - t)
            t = time.perf_counter()
            snapshots.publish(store, path)
            publishes.append(time.perf_counter() - t)
        print(f"store of {len(store):,} quads: a batch write {sum(writes) / len(writes):.3f} s, "
              f"a snapshot after it {sum(publishes) / len(publishes):.3f} s: "
              f"{sum(publishes) / sum(writes):.2f}x of the write")
        print("load average:", " ".join(f"{x:.1f}" for x in os.getloadavg()))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def loads(source: str, tmp: str, rounds: int) -> None:
    """CPU seconds to write ``source``'s article graphs into a new store, by write size."""
    from kg import vocab as V
    from kg.pipeline import GraphWriter
    from kg.store import open_store

    src = open_store(source, read_only=True)
    graphs: dict[str, list] = {}
    try:
        for q in src.quads():
            graphs.setdefault(q.graph_name.value, []).append(q)
    finally:
        src.close()
    articles = sorted(g for g in graphs if g.startswith(V.ARTICLE))
    shared = graphs.get(V.ENTITIES_GRAPH, [])
    print(f"{len(articles)} article graphs, {sum(len(graphs[g]) for g in articles):,} quads, "
          f"{len(shared):,} entity quads shared out over the writes")

    def write(size: int, bulk: bool) -> float:
        os.environ["KG_BULK_LOAD"] = "1" if bulk else "0"
        path = os.path.join(tmp, "loads")
        shutil.rmtree(path, ignore_errors=True)
        cpu = time.process_time()
        store = open_store(path)
        writer = GraphWriter(store)
        n = (len(articles) + size - 1) // size
        for j in range(n):
            part = {g: list(graphs[g]) for g in articles[j * size:(j + 1) * size]}
            part[articles[j * size]] += shared[j * len(shared) // n:(j + 1) * len(shared) // n]
            writer.write(part)
        store.reopen()
        store.close()
        return time.process_time() - cpu

    runs = [("transactions of 16", 16, False)] + [(f"bulk loads of {k}", k, True)
                                                 for k in (16, 32, 64, 128, 300)]
    times: dict[str, list[float]] = {name: [] for name, _, _ in runs}
    try:
        for _ in range(rounds):
            for name, size, bulk in runs:
                times[name].append(write(size, bulk))
    finally:
        os.environ.pop("KG_BULK_LOAD", None)
    for name, _, _ in runs:
        t = times[name]
        print(f"  {name:20} {min(t):6.2f}-{max(t):.2f} CPU s, "
              f"{1000 * min(t) / len(articles):5.1f}-{1000 * max(t) / len(articles):.1f} ms an article")
    print("load average:", " ".join(f"{x:.1f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
