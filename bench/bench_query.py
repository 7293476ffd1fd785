"""Query speed: kg's store (Oxigraph) against rdflib's in-memory Dataset on the same quads.

Two data sets: a store built from the first ``--corpus-limit`` corpus articles
(built once and cached under $KG_BENCH_CACHE, default /tmp/kg-bench) and a
synthetic store of ``--synth-triples`` quads shaped like ours
(:mod:`bench.synth`).  The same queries — the shell's everyday ones — run on
both engines, each in its idiomatic way: kg with ``Store.query(bindings=)``,
rdflib with ``initBindings`` over a ``Dataset(default_union=True)``.  Prints
per-query median seconds, the ratio, and whether both engines returned the
same number of rows.  No assertion: the figures are for reading.

    python bench/bench_query.py                       # corpus 1,000 + synthetic 1M
    python bench/bench_query.py --no-corpus --synth-triples 200000
"""

from __future__ import annotations

import argparse
import gc
import os
import pickle
import select
import signal
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CACHE, corpus_store, rss_mb  # noqa: E402

P = """PREFIX schema: <http://schema.org/>
PREFIX kg: <http://kg.example/ontology#>
"""

#: (name, is a join, query text, the variables bound with ``Store.query(bindings=)``: alias, q,
#: e; "$e" is written into the text as an RDF term instead)
QUERIES = [
    ("lookup alias (exact)", False,
     P + "SELECT DISTINCT ?e ?name WHERE { ?e schema:alternateName ?alias ; schema:name ?name }",
     ("alias",)),
    ("lookup name (any case)", False,
     P + """SELECT DISTINCT ?e ?name WHERE { 
  ?e schema:name|schema:alternateName ?n . FILTER(LCASE(STR(?n)) = LCASE(STR(?q)))
  ?e schema:name ?name }""",
     ("q",)),
    ("describe: properties", False,
     P + "SELECT DISTINCT ?p ?o WHERE { ?e ?p ?o }",
     ("e",)),
    ("describe: incoming by predicate", True,
     P + "SELECT ?p (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?e } GROUP BY ?p",
     ("e",)),
    ("describe: articles + mentions", True,
     P + """SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?m) AS ?mentions) WHERE {
  ?m kg:mentionOf ?e ; kg:inArticle ?a }""",
     ("e",)),
    ("claims by an actor", True,
     P + """SELECT ?c ?text ?cue ?a ?date WHERE {
  ?c a schema:Claim ; schema:author ?e ; schema:text ?text ; schema:appearance ?a .
  OPTIONAL { ?c kg:cue ?cue } OPTIONAL { ?a schema:datePublished ?date } }
ORDER BY DESC(?date) ?c LIMIT 50""",
     ("e",)),
    # names joined before grouping: every co-mention row meets the name first
    ("co-mentioned, names joined early", True,
     P + """SELECT ?o (SAMPLE(?nm) AS ?name) (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?a schema:mentions ?e , ?o . FILTER(?o != ?e) ?o schema:name ?nm }
GROUP BY ?o ORDER BY DESC(?n) ?o LIMIT 20""",
     ("e",)),
    # bindings= binds in the outer WHERE group, which a sub-SELECT that does not return ?e
    # cannot see (Store.query refuses it): the value goes inside the sub-SELECT here ($e
    # becomes the term's N-Triples form, escaped).
    ("co-mentioned, names after LIMIT", True,
     P + """SELECT ?o (SAMPLE(?nm) AS ?name) ?n WHERE {
  { SELECT ?o (COUNT(DISTINCT ?a) AS ?n) WHERE { VALUES ?e { $e } ?a schema:mentions ?e , ?o . FILTER(?o != ?e) }
    GROUP BY ?o ORDER BY DESC(?n) ?o LIMIT 20 }
  ?o schema:name ?nm }
GROUP BY ?o ?n ORDER BY DESC(?n) ?o""",
     ("$e",)),
    ("top 10 mentioned (all)", True,
     P + """SELECT ?e (SAMPLE(?nm) AS ?name) ?articles ?mentions
WHERE { { SELECT ?e (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?m) AS ?mentions)
          WHERE { ?m kg:mentionOf ?e ; kg:inArticle ?a } GROUP BY ?e ORDER BY DESC(?mentions) ?e LIMIT 10 }
        ?e schema:name ?nm }
GROUP BY ?e ?articles ?mentions ORDER BY DESC(?mentions) ?e""",
     ()),
    ("top 10 speakers (all)", True,
     P + """SELECT ?e (COUNT(DISTINCT ?c) AS ?claims) WHERE { ?c a schema:Claim ; schema:author ?e . ?e a schema:Person }
GROUP BY ?e ORDER BY DESC(?claims) ?e LIMIT 10""",
     ()),
]

# Count first, then look up attributes of the one winner.
PICK = P + """SELECT ?e (SAMPLE(?al) AS ?alias) WHERE {
  { SELECT ?e (COUNT(?m) AS ?n) WHERE { ?m kg:mentionOf ?e FILTER EXISTS { ?e a schema:Person } }
    GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1 }
  ?e schema:alternateName ?al }
GROUP BY ?e"""


def pick_actor(store):
    """The most mentioned person, and one of its aliases."""
    row = store.query(PICK).rows[0]
    return row[0], row[1]


def _cells(rows) -> list[tuple[str, ...]]:
    """Rows as sorted tuples of plain lexical values, comparable across engines."""
    def lexical(t) -> str:
        if t is None:
            return ""
        text = str(t) if isinstance(t, str) else t.value  # rdflib terms are str; pyoxigraph's have .value
        dt = getattr(t, "datatype", None)
        dt = str(dt) if isinstance(dt, str) else getattr(dt, "value", "")
        if dt.endswith(("#double", "#float", "#decimal")):  # engines write these differently
            try:
                return repr(float(text))
            except ValueError:
                pass
        return text

    return sorted(tuple(lexical(t) for t in row) for row in rows)


def to_rdflib(term):
    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value if term.datatype else None
    if dt == "http://www.w3.org/2001/XMLSchema#string":
        dt = None
    return Literal(term.value, datatype=dt)


def load_rdflib(nquads: Path):
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    before = rss_mb()
    t0 = time.perf_counter()
    ds.parse(str(nquads), format="nquads")
    return ds, time.perf_counter() - t0, rss_mb() - before


def export_nquads(store_dir: Path, out: Path) -> Path:
    import pyoxigraph as ox

    from kg.store import open_store

    if out.exists():
        return out
    store = open_store(store_dir, read_only=True)
    try:
        data = ox.serialize(store.quads(), format=ox.RdfFormat.N_QUADS)
    finally:
        store.close()
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(data)
    tmp.replace(out)
    return out


def measure(run_once, *, repeat: int, budget: float) -> tuple[float, list]:
    """``(median seconds, result cells)`` of ``run_once()``: after one warm-up run, ``repeat``
    timed runs; a query whose first run takes more than ``budget / repeat`` runs once."""
    t0 = time.perf_counter()
    rows = run_once()
    times = [time.perf_counter() - t0]
    if times[0] * repeat < budget:
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            rows = run_once()
            times.append(time.perf_counter() - t0)
    return statistics.median(times), _cells(rows)


def in_child(fn, *, timeout: float):
    """``fn()`` in a forked child (sharing what is loaded) under a time limit; None past it."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run, report, exit without cleanup
        os.close(r)
        try:
            payload = pickle.dumps(("ok", fn()))
        except BaseException as exc:  # reported to the parent, which raises it
            payload = pickle.dumps(("error", f"{type(exc).__name__}: {exc}"))
        with os.fdopen(w, "wb") as fh:
            fh.write(payload)
        os._exit(0)
    os.close(w)
    chunks = []
    deadline = time.monotonic() + timeout
    with os.fdopen(r, "rb") as fh:
        while True:
            left = deadline - time.monotonic()
            ready = select.select([fh], [], [], left)[0] if left > 0 else []
            if not ready:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return None
            data = os.read(fh.fileno(), 1 << 20)
            if not data:
                break
            chunks.append(data)
    os.waitpid(pid, 0)
    status, value = pickle.loads(b"".join(chunks))
    if status == "error":
        raise RuntimeError(value)
    return value


def dedup_store(store_dir: Path) -> Path:
    """A copy of the store whose default graph holds each distinct triple once (made once).

    An experiment, not kg's layout: it shows what the queries cost when the union of the
    article graphs is deduplicated, as a SPARQL merge should be.
    """
    import pyoxigraph as ox

    from kg.store import open_store

    out = store_dir.parent / "dedup-store"
    done = store_dir.parent / "DEDUP-DONE"
    if done.exists():
        return out
    if out.exists():
        import shutil

        shutil.rmtree(out)
    src = open_store(store_dir, read_only=True)
    dst = ox.Store(str(out))
    try:
        dst.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in src.quads())
        dst.flush()
    finally:
        src.close()
        del dst
    done.write_text("ok\n")
    return out


def run_dataset(label: str, store_dir: Path, nquads: Path, *, repeat: int, rdflib_on: bool,
                budget: float, timeout: float, dedup: bool = False) -> list[tuple]:
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    n_quads = len(store)
    t0 = time.perf_counter()
    actor, alias = pick_actor(store)
    print(f"\n== {label}: {n_quads:,} quads, {store_dir}")
    print(f"   actor {actor} (alias {alias}), picked in {time.perf_counter() - t0:.1f}s")
    values = {"e": actor, "alias": alias, "q": alias}
    dup = store.query("SELECT (COUNT(*) AS ?all) WHERE { ?s ?p ?o }").rows[0][0]
    distinct = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }").rows[0][0]
    print(f"   union default graph: {int(dup.value):,} triples seen, {int(distinct.value):,} distinct "
          f"(Oxigraph repeats a triple once per graph holding it: count DISTINCT)")
    runs = []
    for name, join, text, binds in QUERIES:
        for v in binds:
            if v.startswith("$"):
                text = text.replace(v, str(values[v[1:]]))
        b = {v: values[v] for v in binds if not v.startswith("$")}
        got = in_child(lambda: measure(lambda: store.query(text, bindings=b).rows, repeat=repeat,
                                       budget=budget), timeout=timeout)
        runs.append((name, join, text, b, got))
        if got is None:
            print(f"   kg: {name}: stopped after {timeout:.0f}s")
    store.close()
    deduped: dict[str, tuple | None] = {}
    if dedup:
        t0 = time.perf_counter()
        dstore = open_store(dedup_store(store_dir), read_only=True)
        print(f"   deduplicated copy: {len(dstore):,} triples in its default graph "
              f"({time.perf_counter() - t0:.0f}s to make or open)")
        for name, join, text, b, _ in runs:
            deduped[name] = in_child(lambda: measure(lambda: dstore.query(text, bindings=b, union=False).rows,
                                                     repeat=repeat, budget=budget), timeout=timeout)
        dstore.close()
    ds = None
    if rdflib_on:
        gc.collect()
        ds, load_s, mem = load_rdflib(nquads)
        print(f"   rdflib Dataset: parsed in {load_s:.1f}s, +{mem:.0f} MiB")
    print(f"   {'query':34} {'kg s':>9} {'rdflib s':>10} {'ratio':>9}  rows" +
          ("   [deduplicated: kg s, × rdflib]" if dedup else ""))
    out = []
    for name, join, text, b, got in runs:
        kg_s, kg_cells = got if got is not None else (None, None)
        kg_cell = f"{kg_s:.4f}" if kg_s is not None else f">{timeout:.0f}"
        rl_s, rl_cell, ratio, same = None, "-", "        -", ""
        if ds is not None:
            rb = {v: to_rdflib(t) for v, t in b.items()}
            rl = in_child(lambda: measure(lambda: list(ds.query(text, initBindings=rb)), repeat=3,
                                          budget=budget), timeout=timeout)
            if rl is None:
                rl_s, rl_cell = timeout, f">{timeout:.0f}"
                same = "(rdflib stopped)"
            else:
                rl_s, rl_cells = rl
                rl_cell = f"{rl_s:.3f}"
                if kg_cells is not None:
                    same = ("same" if kg_cells == rl_cells
                            else f"DIFFER kg {len(kg_cells)} rows, rdflib {len(rl_cells)} rows")
            if kg_s is not None:
                ratio = (">" if rl is None else " ") + f"{rl_s / kg_s:7.1f}×"
        rows = len(kg_cells) if kg_cells is not None else "?"
        extra = ""
        if dedup:
            d = deduped.get(name)
            if d is None:
                extra = f"   [>{timeout:.0f}]"
            else:
                agree = "" if kg_cells is None or d[1] == kg_cells else " DIFFER"
                extra = f"   [{d[0]:.4f}" + (f", {rl_s / d[0]:.1f}×" if rl_s else "") + f"{agree}]"
        print(f"   {name:34} {kg_cell:>9} {rl_cell:>10} {ratio}  {rows} {same}{extra}")
        out.append((label, name, join, kg_s, rl_s))
    if ds is not None:
        joins = [r[4] / r[3] for r in out if r[2] and r[4] and r[3]]
        if joins:
            print(f"   joins: kg faster than rdflib by {min(joins):.0f}× (min) / "
                  f"{statistics.geometric_mean(joins):.0f}× (geometric mean; a stopped rdflib query "
                  f"counts as its time limit); goal ≥ 20×")
    done = [r[3] for r in out if r[3] is not None]
    print(f"   slowest kg query: {max(done):.3f}s" + (f" ({len(out) - len(done)} stopped)" if len(done) < len(out) else "")
          + "; goal well under 1 s")
    del ds
    gc.collect()
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="kg query speed against rdflib in memory")
    p.add_argument("--corpus-limit", type=int, default=1000)
    p.add_argument("--no-corpus", action="store_true")
    p.add_argument("--synth-triples", type=int, default=1_000_000)
    p.add_argument("--no-synth", action="store_true")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--repeat", type=int, default=5, help="kg runs per query (median)")
    p.add_argument("--no-rdflib", action="store_true")
    p.add_argument("--dedup", action="store_true",
                   help="also time the queries on a copy whose default graph holds each triple once")
    p.add_argument("--budget", type=float, default=20.0,
                   help="time one run only of a query whose repeats would take longer than this")
    p.add_argument("--timeout", type=float, default=120.0,
                   help="stop a query after this many seconds (a ratio is then a bound)")
    args = p.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # progress shows up when redirected to a file
    print(f"bench_query {time.strftime('%Y-%m-%d %H:%M')}  python {sys.version.split()[0]}")
    if not args.no_corpus:
        store = corpus_store(args.corpus_limit)
        nq = export_nquads(store, store.parent / "data.nq")
        run_dataset(f"corpus ({args.corpus_limit} articles)", store, nq, repeat=args.repeat,
                    rdflib_on=not args.no_rdflib, budget=args.budget, timeout=args.timeout, dedup=args.dedup)
    if not args.no_synth:
        from bench.synth import ensure

        out = ensure(CACHE / f"synth-{args.synth_triples}-s{args.seed}", args.synth_triples, seed=args.seed)
        run_dataset(f"synthetic ({args.synth_triples:,} target)", out / "store", out / "data.nq",
                    repeat=args.repeat, rdflib_on=not args.no_rdflib, budget=args.budget, timeout=args.timeout, dedup=args.dedup)
    return 0


if __name__ == "__main__":
    sys.exit(main())
