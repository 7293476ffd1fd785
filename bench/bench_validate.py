"""``kg validate`` on a corpus store: the fast SHACL Core checker against pyshacl, graph by graph.

    python bench/bench_validate.py                 # a store of the first 200 corpus articles
    python bench/bench_validate.py --store DIR     # any built store
    python bench/bench_validate.py --union         # also pyshacl on the whole union (minutes)

Prints wall and CPU seconds of each way, the ratios, and whether they found
the same results (focus node, path, constraint).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def timed(fn):
    w, c = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - w, time.process_time() - c, result


def union(store):
    """pyshacl on the union of every graph at once (how kg validated before)."""
    import pyoxigraph as ox
    import pyshacl
    import rdflib

    from kg.resources import ontology_dir

    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in store.quads())
    g = rdflib.Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode(),
                             format="nt")
    shapes = rdflib.Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    ontology = rdflib.Graph().parse(ontology_dir() / "kg.ttl", format="turtle")
    conforms, results, _ = pyshacl.validate(g, shacl_graph=shapes, ont_graph=ontology,
                                            inference="none", allow_warnings=True)
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    return {(str(results.value(r, sh.focusNode)), str(results.value(r, sh.resultPath)),
             str(results.value(r, sh.sourceConstraintComponent)).rsplit("#", 1)[-1])
            for r in results.subjects(rdflib.RDF.type, sh.ValidationResult)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", help="a built kg store (default: the first --limit corpus articles)")
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--union", action="store_true", help="also time pyshacl on the whole union")
    args = ap.parse_args()
    from common import corpus_store

    from kg.store import open_store
    from kg.validate import validate_store

    path = args.store or str(corpus_store(args.limit))
    store = open_store(path, read_only=True)
    try:
        quads = len(store)
        graphs = len(store.graph_names())
        print(f"store {path}: {graphs} graphs, {quads:,} quads; load average "
              f"{os.getloadavg()[0]:.1f}")
        fw, fc, fast = timed(lambda: validate_store(store, engine="fast"))
        print(f"fast     {fw:7.1f} s wall {fc:7.1f} s CPU  {fast.summary()}")
        pw, pc, ref = timed(lambda: validate_store(store, engine="pyshacl"))
        print(f"pyshacl  {pw:7.1f} s wall {pc:7.1f} s CPU  {ref.summary()}")
        keys = {(r.focus, r.path, r.shape) for r in fast.results}
        same = keys == {(r.focus, r.path, r.shape) for r in ref.results}
        print(f"fast is {pc / fc:.0f}x pyshacl graph by graph (CPU); same results: {same}")
        if args.union:
            uw, uc, found = timed(lambda: union(store))
            print(f"union    {uw:7.1f} s wall {uc:7.1f} s CPU  pyshacl on every graph at once, "
                  f"{len(found)} results; fast is {uc / fc:.0f}x (CPU)")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
