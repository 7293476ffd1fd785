"""``kg stats``: what the store holds."""

from __future__ import annotations

from . import add_store, open_for


def register(sub) -> None:
    p = sub.add_parser("stats", help="counts of articles, actors, places, claims and triples")
    add_store(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from ..stats import store_stats

    store = open_for(args, read_only=True)
    if store is None:
        return 1
    try:
        stats = store_stats(store)
    finally:
        store.close()
    width = max(len(k) for k in stats)
    for key, value in stats.items():
        print(f"{key.ljust(width)}  {value}")
    return 0
