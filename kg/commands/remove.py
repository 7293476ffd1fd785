"""``kg remove ID...``: drop articles from the store."""

from __future__ import annotations

from . import add_store, error, store_for


def register(sub) -> None:
    p = sub.add_parser("remove", help="remove articles (by identifier) from the store")
    p.add_argument("identifiers", nargs="+", metavar="ID",
                   help="article identifier: the input file name or record id")
    add_store(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from ..pipeline import remove

    with store_for(args, read_only=False) as store:
        removed, missing = remove(args.identifiers, store)
    for ident in removed:
        print(f"removed {ident}")
    for ident in missing:
        error(f"no article {ident!r} in the store")
    return 0 if not missing else 1
