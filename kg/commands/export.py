"""``kg export``: the store as RDF, or the co-mention network for Gephi."""

from __future__ import annotations

import sys

from . import CommandError, add_store, store_for


def register(sub) -> None:
    from ..export import FORMATS

    p = sub.add_parser("export", help="export the store (ttl nt nq trig jsonld; graphml gexf for Gephi)")
    add_store(p)
    p.add_argument("--format", choices=FORMATS, default="nq")
    p.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--graph", metavar="IRI", help="only this named graph (RDF formats)")
    p.add_argument("--projection", default="co-mention",
                   choices=("co-mention", "co-article", "claim", "article-entity"),
                   help="network projection for graphml/gexf (default co-mention)")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..export import GRAPH_EXPORTS, export_rdf

    with store_for(args, read_only=True) as store:
        try:
            out = open(args.output, "wb") if args.output else sys.stdout.buffer
        except OSError as exc:
            raise CommandError(f"cannot write {args.output}: {exc.strerror}") from None
        try:
            if args.format in GRAPH_EXPORTS:
                from ..analytics.export import export_network

                export_network(store, args.format, out, projection=args.projection)
            else:
                export_rdf(store, args.format, out, graph=args.graph)
        finally:
            if args.output:
                out.close()
            else:
                out.flush()
    return 0
