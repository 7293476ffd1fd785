"""``kg view``: write an interactive HTML view of the graph (self-contained, works offline)."""

from __future__ import annotations

import argparse
import sys

from . import CommandError, add_store, error, query_error, store_for

from ..lookup.measures import DEFAULT_PROJECTION, PROJECTIONS, SIZE_BY as MEASURES


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _depth(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _backbone(text: str):
    if text.lower() in ("off", "none", "all"):
        return None
    if text.lower() == "auto":
        return "auto"
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number, 'auto' or 'off': {text!r}") from None
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError("the significance level must be above 0 and at most 1")
    return value


def register(sub) -> None:
    p = sub.add_parser(
        "view", help="write an interactive HTML view (entity, query, whole store or community)",
        description="Write a self-contained HTML view of the graph: every script and style is "
                    "inside the file, nothing is loaded from the network.")
    add_store(p)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--entity", metavar="NAME",
                      help="an actor or place by name or alias (any case), or an IRI (ent:KEY)")
    what.add_argument("--query", metavar="FILE.rq",
                      help="a SELECT (?source ?target [?label] [?weight]) or CONSTRUCT query")
    what.add_argument("--all", action="store_true",
                      help="the whole store, cut to the top nodes (see --top)")
    what.add_argument("--community", metavar="ID", help="one community computed by kg rank")
    what.add_argument("--compare", metavar="NAME",
                      help="speakers whose claims about NAME agree (green) or contradict (red)")
    p.add_argument("--by", choices=("speaker", "outlet"), default="speaker",
                   help="with --compare: nodes are speakers (default) or outlets")
    p.add_argument("--depth", type=_depth, default=1,
                   help="hops around --entity (default 1)")
    p.add_argument("--top", type=_positive, default=None,
                   help="keep the N most central nodes (default 300 with --all)")
    p.add_argument("--projection", choices=PROJECTIONS, default=DEFAULT_PROJECTION,
                   help="co-mention (default): actors and places named in one sentence; "
                        "co-article: ... in one article; article-entity: articles and what "
                        "they mention; claim: speakers, claims and what they are about")
    p.add_argument("--geo", action="store_true",
                   help="pin places with coordinates to their position on a map")
    p.add_argument("--size-by", choices=MEASURES, default="pagerank",
                   help="node size: an analytics measure from kg rank, or mentions "
                        "(default pagerank, mentions when not computed)")
    p.add_argument("--backbone", type=_backbone, default="auto", metavar="ALPHA|auto|off",
                   help="draw only the backbone of the edges: those significant at ALPHA by the "
                        "disparity filter, each node's heaviest, at least 1.5 per node (default "
                        "auto: at 0.05 when a view has more than 3 edges per node; off: every "
                        "edge); the page states the filter")
    p.add_argument("--title", help="the page title (default: what the view shows)")
    p.add_argument("-o", "--output", metavar="FILE.html", required=True,
                   help="where to write the page")
    p.set_defaults(run=run)


def run(args) -> int:
    from pathlib import Path

    from ..store import QueryError
    from ..views import ViewError, render_view

    query = None
    if args.query is not None:
        try:
            query = Path(args.query).read_text(encoding="utf-8")
        except OSError as exc:
            error(f"cannot read {args.query}: {exc.strerror}")
            return 2
        except UnicodeDecodeError:
            error(f"{args.query} is not UTF-8 text")
            return 2
    if args.depth != 1 and args.entity is None:
        error("--depth goes with --entity")
        return 2
    if args.compare is not None:
        return _compare(args)
    with store_for(args, read_only=True) as store:
        try:
            view = render_view(store, entity=args.entity, depth=args.depth, query=query,
                               all=args.all, top=args.top, community=args.community,
                               projection=args.projection, geo=args.geo, size_by=args.size_by,
                               title=args.title, backbone=args.backbone)
        except QueryError as exc:
            query_error(exc)
            return 1
        except ViewError as exc:
            raise CommandError(str(exc)) from None
    try:
        path = view.write(args.output)
    except OSError as exc:
        error(f"cannot write {args.output}: {exc.strerror}")
        return 1
    for note in view.notes:
        print(f"note: {note}", file=sys.stderr)
    print(f"wrote {path} ({view.nodes:,} nodes, {view.edges:,} edges)")
    return 0


def _compare(args) -> int:
    from ..compare.view import render_compare
    from .compare import entity

    with store_for(args, read_only=True) as store:
        m = entity(store, args.compare)
        view = render_compare(store, m.iri, name=m.name, by=args.by)
    try:
        path = view.write(args.output)
    except OSError as exc:
        error(f"cannot write {args.output}: {exc.strerror}")
        return 1
    print(f"wrote {path} ({view.nodes:,} nodes, {view.edges:,} edges)")
    return 0
