"""``kg validate``: check the store against the SHACL shapes, graph by graph."""

from __future__ import annotations

from . import add_store, error, store_for


def register(sub) -> None:
    p = sub.add_parser("validate", help="validate the store against kg's SHACL shapes",
                       description="Validate each article graph (with the types of the entities it "
                                   "refers to) and the entities graph against ontology/shapes.ttl.")
    add_store(p)
    p.add_argument("articles", nargs="*", metavar="ID",
                   help="only these articles (and the entities graph)")
    p.add_argument("--engine", choices=("auto", "fast", "pyshacl"), default="auto",
                   help="fast: kg's SHACL Core checker (default); pyshacl: the reference, "
                        "about a hundred times slower")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress")
    p.set_defaults(run=run)


def run(args) -> int:
    from .. import vocab as V
    from ..progress import bar
    from ..validate import validate_store

    with store_for(args, read_only=True) as store:
        if args.articles:
            graphs = [V.article_iri(a) for a in args.articles]
            present = set(store.graph_names())
            missing = [a for a, g in zip(args.articles, graphs) if g not in present]
            if missing:
                error(f"no article {', '.join(missing)} in the store")
                return 1
            graphs.append(V.ENTITIES_GRAPH)
        else:
            graphs = None
        total = len(graphs) if graphs is not None else len(store.graph_names())
        with bar(total=total, desc="validate", unit="graph", quiet=args.quiet) as p:
            result = validate_store(store, graphs=graphs, engine=args.engine, progress=p.update)
    if result.results:
        print(result.report)
        kinds = result.tally()
        if len(result.results) > 10 and len(kinds) > 0:
            print("by kind:")
            for n, graphs, path, message in kinds:
                print(f"  {n:>6} in {graphs:>5} graph(s)  {path}: {message}")
    print(result.summary())
    return 0 if result.conforms else 1
