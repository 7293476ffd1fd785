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
    from ..export import GRAPH_EXPORTS, export_rdf, quad_count
    from ..progress import bar, on_terminal, steps

    with store_for(args, read_only=True) as store:
        try:
            out = open(args.output, "wb") if args.output else sys.stdout.buffer
        except OSError as exc:
            raise CommandError(f"cannot write {args.output}: {exc.strerror}") from None
        # no bar when the export itself goes to the terminal: the two would mix
        quiet = args.output is None and on_terminal(sys.stdout)
        try:
            if args.format in GRAPH_EXPORTS:
                from ..analytics import steps_of
                from ..analytics.export import export_network

                p, step = steps(steps_of(write=True), desc="export", unit="step", quiet=quiet)
                with p:
                    export_network(store, args.format, out, projection=args.projection,
                                   progress=step)
            else:
                total = quad_count(store, args.graph) if on_terminal() and not quiet else None
                with bar(total=total, desc="export", unit="quad", unit_scale=True,
                         quiet=quiet) as p:
                    export_rdf(store, args.format, out, graph=args.graph, progress=p.update)
        finally:
            if args.output:
                out.close()
            else:
                out.flush()
    return 0
