"""Build a whole corpus once and report time, peak memory, size and every failure.

    python bench/build_corpus.py                      # the 7,049 articles, 2 processes
    python bench/build_corpus.py --limit 200 --processes 1 --store /tmp/kg-try

The corpus is read where it lies (never copied).  Before the build, one pass
of :func:`kg.ingest.read` counts what cannot be read and the metadata warnings
(malformed dates and the like); the build then reports progress on stderr
every ``--every`` articles.  At the end: wall seconds, words/s, peak RSS of
this process and of its worker processes, quads, the store's size on disk,
and the failures grouped by reason (the full list goes to ``failures.tsv``
next to the store).
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import resource
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CACHE, CORPUS, corpus_slice, dir_size  # noqa: E402


def reason_kind(reason: str) -> str:
    """A reason with its particulars (quoted values, numbers, ids) blanked, for grouping."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", "'…'", reason)
    text = re.sub(r"\d+(\.\d+)?", "N", text)
    return text[:120]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="build a whole corpus once and report on it")
    p.add_argument("--corpus", type=Path, default=CORPUS)
    p.add_argument("--store", type=Path, default=CACHE / "corpus-all" / "store")
    p.add_argument("--processes", type=int, default=2)
    p.add_argument("--batch-size", type=int, default=16)
    p.add_argument("--limit", type=int, default=None, help="only the first N records")
    p.add_argument("--every", type=int, default=250, help="progress every N articles")
    p.add_argument("--keep", action="store_true", help="keep an existing store (incremental build)")
    p.add_argument("--no-rank", dest="rank", action="store_false",
                   help="skip the co-mention analytics kg build computes after the articles")
    args = p.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # progress shows up when redirected to a file

    import kg
    from kg.ingest import read
    from kg.model import ReadError
    from kg.store import open_store

    src = corpus_slice(args.limit, corpus=args.corpus) if args.limit else args.corpus
    print(f"build_corpus {time.strftime('%Y-%m-%d %H:%M')}  {src}  processes {args.processes}  "
          f"batch {args.batch_size}  cpus {os.cpu_count()}  load {os.getloadavg()[0]:.1f}", flush=True)

    # -- one reading pass: what cannot be read, and metadata warnings --------------------
    t0 = time.perf_counter()
    n_ok = words = 0
    read_errors: list[tuple[str, str]] = []
    warnings: collections.Counter = collections.Counter()
    warned_articles = 0
    for item in read([src]):
        if isinstance(item, ReadError):
            read_errors.append((item.source, item.reason))
            continue
        n_ok += 1
        words += len(item.body().split())
        if item.warnings:
            warned_articles += 1
        for w in item.warnings:
            warnings[reason_kind(w)] += 1
    read_s = time.perf_counter() - t0
    print(f"read pass: {n_ok} articles ({words:,} words), {len(read_errors)} unreadable, "
          f"{warned_articles} with metadata warnings, in {read_s:.1f}s", flush=True)

    # -- the build -----------------------------------------------------------------------
    if args.store.exists() and not args.keep:
        shutil.rmtree(args.store)
    args.store.parent.mkdir(parents=True, exist_ok=True)
    events: collections.Counter = collections.Counter()
    t0 = time.perf_counter()

    def progress(event: str, source: str) -> None:
        events[event] += 1
        done = sum(events.values())
        if done % args.every == 0:
            el = time.perf_counter() - t0
            print(f"  {done} articles in {el:.0f}s ({done / el:.1f}/s): {dict(events)}",
                  file=sys.stderr, flush=True)

    store = open_store(args.store)
    try:
        report = kg.build([str(src)], store, n_process=args.processes, batch_size=args.batch_size,
                          progress=progress, rank=False)
        wall = time.perf_counter() - t0
        rank_s = None
        if args.rank:
            from kg.analytics import ensure

            t1 = time.perf_counter()
            ensure(store)  # what kg build does after the articles unless --no-rank
            rank_s = time.perf_counter() - t1
        quads = len(store)
        graphs = len(store.graph_names())
    finally:
        store.close()
    open_store(args.store).close()  # reopening drops obsolete write-ahead logs
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)

    print(f"\n{report.summary()}")
    print(f"wall {wall:.0f}s ({wall / 60:.1f} min) for the articles; {report.words:,} tokens parsed; "
          f"{words / wall:.0f} words/s; {len(report.built) / wall:.2f} articles/s")
    if rank_s is not None:
        print(f"co-mention analytics afterwards (kg build's default): {rank_s:.0f}s")
    print(f"CPU: this process {me.ru_utime + me.ru_stime:.0f}s, workers {kids.ru_utime + kids.ru_stime:.0f}s")
    print(f"peak RSS: this process {me.ru_maxrss / 1024:.0f} MiB, largest worker {kids.ru_maxrss / 1024:.0f} MiB")
    print(f"store: {quads:,} quads in {graphs} graphs, {dir_size(args.store) / 2**20:.0f} MiB on disk "
          f"({args.store})")

    fails = collections.Counter(reason_kind(r) for _, r in report.failed)
    print(f"\nfailed {len(report.failed)} (grouped by reason):")
    for kind, n in fails.most_common():
        print(f"  {n:5}  {kind}")
    skips = collections.Counter(reason_kind(r) for _, r in report.skipped)
    print(f"skipped {len(report.skipped)}:")
    for kind, n in skips.most_common():
        print(f"  {n:5}  {kind}")
    print(f"metadata warnings ({sum(warnings.values())}, articles still built):")
    for kind, n in warnings.most_common(15):
        print(f"  {n:5}  {kind}")
    out = args.store.parent / "failures.tsv"
    with open(out, "w", encoding="utf-8") as fh:
        for source, reason in report.failed + report.skipped:
            fh.write(f"{source}\t{reason}\n")
    print(f"(every failure and skip: {out})")
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
