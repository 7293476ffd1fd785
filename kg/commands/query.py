"""``kg query``: run one SPARQL query and print its results."""

from __future__ import annotations

import os
import sys

from . import CommandError, add_store, error, query_error, store_for

from ..formats import QUERY as FORMATS


def register(sub) -> None:
    p = sub.add_parser("query", help="run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE)")
    p.add_argument("query", nargs="?",
                   help="the query text, or a .rq/.sparql file (or use -f FILE; '-' reads stdin)")
    p.add_argument("-f", "--file", metavar="FILE.rq", help="read the query from a file")
    add_store(p)
    p.add_argument("--format", choices=FORMATS, default="table",
                   help="table (default), W3C csv|tsv|json|xml for SELECT/ASK, turtle|nt|jsonld for graphs")
    p.set_defaults(run=run)


def query_text(args) -> str | None:
    if args.file and args.query:
        error("give the query as an argument or with -f, not both")
        return None
    if args.query and args.query.endswith((".rq", ".sparql")) and "\n" not in args.query \
            and os.path.isfile(args.query):
        args.file, args.query = args.query, None  # "kg query data/queries/speakers.rq"
    if args.file:
        try:
            with open(args.file, encoding="utf-8") as fh:
                return fh.read()
        except OSError as exc:
            error(f"cannot read {args.file}: {exc.strerror}")
            return None
    if args.query == "-" or (args.query is None and not sys.stdin.isatty()):
        return sys.stdin.read()
    if not args.query:
        error("no query given")
        return None
    return args.query


def run(args) -> int:
    from .. import vocab as V
    from ..results import render
    from ..sparql_tokens import add_missing_prefixes
    from ..store import QueryError

    text = query_text(args)
    if text is None:
        return 2
    full, added = add_missing_prefixes(text, V.PREFIXES)  # as the shell does: known prefixes declared
    with store_for(args, read_only=True) as store:
        try:
            out = render(store.query(full), args.format)
        except QueryError as exc:
            query_error(exc, line_offset=len(added))
            return 1
        except ValueError as exc:
            raise CommandError(str(exc), 2) from None
    sys.stdout.write(out)
    return 0
