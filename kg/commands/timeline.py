"""``kg timeline NAME -o FILE.html``: claims about an actor or place over time."""

from __future__ import annotations

from . import CommandError, add_store, store_for
from .compare import _date


def register(sub) -> None:
    p = sub.add_parser("timeline", help="an HTML timeline of the claims about an actor or place",
                       description="Draw the claims about NAME over time, one row per speaker or "
                                   "outlet; claims in undated articles are drawn and counted apart.")
    add_store(p)
    p.add_argument("name", metavar="NAME", help="an actor or place by name or alias, or an IRI")
    p.add_argument("-o", "--output", required=True, metavar="FILE.html")
    p.add_argument("--by", choices=("speaker", "outlet"), default="speaker")
    p.add_argument("--since", type=_date, metavar="DATE")
    p.add_argument("--until", type=_date, metavar="DATE")
    p.add_argument("--all-acts", action="store_true", help="beliefs and findings too")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..compare import ensure
    from ..compare.timeline import render_timeline
    from ..lookup import find

    with store_for(args, read_only=False) as store:
        matches = find(store, args.name)
        if not matches:
            raise CommandError(f"no actor or place is called {args.name!r}")
        ensure(store)
        m = matches[0]
        t = render_timeline(store, m.iri, name=m.name, by=args.by, all_acts=args.all_acts,
                            since=args.since, until=args.until)
    try:
        t.write(args.output)
    except OSError as exc:
        raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    print(f"wrote {args.output}: {t.dated + t.undated} claims in {t.rows} rows "
          f"({t.undated} undated)")
    return 0
