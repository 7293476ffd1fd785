"""Counts of what a store holds."""

from __future__ import annotations

from . import vocab as V
from .build import count_summary


def store_stats(store) -> dict[str, object]:
    """Articles, actors, places, claims, quantities, mentions, graphs and quads of ``store``."""
    out: dict[str, object] = {"store": f"{store.backend} {store.location}"}
    out.update(count_summary(store))
    q = f"""SELECT (COUNT(?m) AS ?n) WHERE {{ ?m a <{V.KG}Mention> }}"""
    out["mentions"] = int(store.query(q).rows[0][0].value)
    q = f"""SELECT (COUNT(?m) AS ?n) WHERE {{ ?m a <{V.KG}Quantity> }}"""
    out["quantities"] = int(store.query(q).rows[0][0].value)
    out["graphs"] = len(store.graph_names())
    out["quads"] = len(store)
    return out
