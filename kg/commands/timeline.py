"""``kg timeline NAME -o FILE.html``: claims about an actor or place over time."""

from __future__ import annotations

from . import CommandError, add_store, store_for
from .compare import add_subject, entity


def register(sub) -> None:
    p = sub.add_parser("timeline", help="an HTML timeline of the claims about an actor or place",
                       description="Draw the claims about NAME over time, one row per speaker or "
                                   "outlet; claims in undated articles are drawn and counted apart.")
    add_store(p)
    add_subject(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.html")
    p.add_argument("--by", choices=("speaker", "outlet"), default="speaker")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..compare import ensure
    from ..compare.timeline import render_timeline

    with store_for(args, read_only=False) as store:
        m = entity(store, args.name)
        ensure(store)
        t = render_timeline(store, m.iri, name=m.name, by=args.by, all_acts=args.all_acts,
                            since=args.since, until=args.until)
    try:
        t.write(args.output)
    except OSError as exc:
        raise CommandError(f"cannot write {args.output}: {exc.strerror or exc}") from None
    print(f"wrote {args.output}: {t.dated + t.undated} claims in {t.rows} rows "
          f"({t.undated} undated)")
    return 0
