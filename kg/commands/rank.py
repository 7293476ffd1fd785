"""``kg rank``: who is central — actors and places ranked by a network measure.

Reads the scores back from the analytics graph; computes and writes them first
when they are missing or stale (so the store is opened writable).
"""

from __future__ import annotations

import sys

from . import add_store, error, store_for

from ..formats import RANK as RANK_FORMATS
from ..lookup.kinds import NODE_TYPES
from ..lookup.measures import DEFAULT_PROJECTION, PROJECTIONS, RANKABLE as MEASURES

TYPES = (*NODE_TYPES, "Article")


def register(sub) -> None:
    p = sub.add_parser("rank", help="rank actors and places by centrality (PageRank, betweenness, ...)")
    add_store(p)
    p.add_argument("--measure", choices=MEASURES, default="pagerank")
    p.add_argument("--projection", choices=PROJECTIONS, default=DEFAULT_PROJECTION,
                   help="network to rank on (default co-mention: same sentence)")
    p.add_argument("--type", choices=TYPES, type=_type, help="only nodes of this type")
    p.add_argument("--top", type=int, default=20, metavar="N", help="rows to show (default 20; 0: all)")
    p.add_argument("--format", choices=RANK_FORMATS, default="table")
    p.add_argument("--recompute", action="store_true", help="recompute even when the analytics are fresh")
    p.add_argument("--engine", choices=("auto", "networkx", "igraph"), default="auto",
                   help="engine when computing (auto: igraph for large networks when installed)")
    p.set_defaults(run=run)


def _type(text: str) -> str:
    for t in TYPES:
        if t.casefold() == text.casefold():
            return t
    return text


def _exists(location) -> bool:
    from pathlib import Path

    from ..store import backend_for, default_location

    loc = str(location) if location is not None else default_location()
    if backend_for(loc) != "oxigraph":
        return True
    return (Path(loc) / "CURRENT").exists()


def run(args) -> int:
    if args.top < 0:
        error("--top must be 0 or more")
        return 2
    if not _exists(args.store):
        error(f"no kg store at {args.store or 'the default location'} (run 'kg build' first)")
        return 1
    with store_for(args, read_only=False) as store:
        return _rank(store, args)


def _rank(store, args) -> int:
    import pyoxigraph as ox

    from ..analytics import ensure, ranking, steps_of
    from ..progress import steps
    from ..results import render
    from ..store.base import QueryResult

    bar, step = steps(steps_of(write=True), desc="rank", unit="step")
    try:
        with bar:
            analytics = ensure(store, projection=args.projection, measures=(args.measure,),
                               recompute=args.recompute, engine=args.engine, progress=step)
    except ValueError as exc:
        error(str(exc))
        return 1
    if analytics.node_count == 0:
        error(f"the {args.projection} network is empty (does the store hold articles?)")
        return 1
    rows = ranking(analytics, measure=args.measure, type=args.type, top=args.top or None)
    xsd = "http://www.w3.org/2001/XMLSchema#"

    def num(value, integer=False):
        if value is None:
            return None
        if integer:
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(xsd + "integer"))
        text = f"{value:.6g}" if args.format == "table" else repr(float(value))
        return ox.Literal(text, datatype=ox.NamedNode(xsd + "double"))

    integer = args.measure == "degree"
    result = QueryResult("select", ["rank", "name", "type", "score", "community", "entity"], [
        (num(r.rank, True), ox.Literal(r.name), ox.Literal(r.type), num(r.score, integer),
         num(r.community, True), ox.NamedNode(r.entity))
        for r in rows])
    text = render(result, args.format)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    sampled = f", {analytics.pivots} pivots" if analytics.pivots else ""
    note = (f"{analytics.projection} network ({analytics.node_count} nodes, "
            f"{analytics.edge_count} edges), {args.measure}, engine {analytics.engine}{sampled}, "
            f"computed {analytics.computed_at}")
    print(note, file=sys.stdout if args.format == "table" else sys.stderr)
    return 0
