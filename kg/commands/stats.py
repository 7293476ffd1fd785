"""``kg stats``: what the store holds."""

from __future__ import annotations

from . import add_store, store_for


def register(sub) -> None:
    p = sub.add_parser("stats", help="counts of articles, actors, places, claims and triples")
    add_store(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from ..stats import store_stats
    from ..terminal import printable

    with store_for(args, read_only=True) as store:
        stats = store_stats(store)
    width = max(len(k) for k in stats)
    for key, value in stats.items():
        print(f"{key.ljust(width)}  {printable(str(value))}")
    return 0
