"""``kg compare NAME``: which speakers and outlets agree and contradict about an actor or place."""

from __future__ import annotations

import datetime as dt

from . import CommandError, add_store, store_for


def _date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_subject(p) -> None:
    """NAME, the period and the acts: what ``kg compare`` and ``kg timeline`` both take."""
    p.add_argument("name", metavar="NAME", help="an actor or place by name or alias, or an IRI")
    p.add_argument("--since", type=_date, metavar="DATE", help="only articles published on or after DATE")
    p.add_argument("--until", type=_date, metavar="DATE", help="only articles published on or before DATE")
    p.add_argument("--all-acts", action="store_true",
                   help="beliefs and findings too (default: statements only)")


def entity(store, name: str):
    """The best :class:`~kg.lookup.Match` for ``name``; :class:`CommandError` when none."""
    from ..lookup import find

    matches = find(store, name)
    if not matches:
        raise CommandError(f"no actor or place is called {name!r}")
    return matches[0]


def register(sub) -> None:
    p = sub.add_parser("compare", help="claims about an actor or place: who agrees, who contradicts",
                       description="Group the claims about NAME that state the same proposition and "
                                   "show which speakers and outlets agree or contradict, with dates.")
    add_store(p)
    add_subject(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--recompute", action="store_true", help="recompute the comparisons graph")
    p.set_defaults(run=run)


def run(args) -> int:
    from ..compare import ensure, report

    with store_for(args, read_only=False) as store:
        m = entity(store, args.name)
        ensure(store, force=args.recompute)
        c = report(store, m.iri, since=args.since, until=args.until, all_acts=args.all_acts)
        if args.format == "json":
            from ..compare.text import as_json

            print(as_json(c, name=m.name))
        else:
            from ..compare.text import as_text

            print(as_text(c, name=m.name))
    return 0
