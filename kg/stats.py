"""Counts of what a store holds."""

from __future__ import annotations

from . import vocab as V
from .pipeline import count_summary


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


def top_entities(store, n: int = 10) -> list[tuple[str, str, int, int]]:
    """The ``n`` actors and places mentioned most: ``(name, type, articles, mentions)``.

    Counts first and looks names and types up for the winners only, so that
    the count runs over mentions alone.
    """
    q = f"""PREFIX schema: <{V.SCHEMA}> PREFIX kg: <{V.KG}>
    SELECT ?e (SAMPLE(?name) AS ?n) (SAMPLE(?type) AS ?t) ?articles ?mentions WHERE {{
      {{ SELECT ?e (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?m) AS ?mentions)
         WHERE {{ ?m kg:mentionOf ?e ; kg:inArticle ?a }}
         GROUP BY ?e ORDER BY DESC(?mentions) DESC(?articles) ?e LIMIT {int(n)} }}
      ?e schema:name ?name .
      VALUES ?type {{ schema:Person schema:Organization schema:Place }}
      ?e a ?type .
    }}
    GROUP BY ?e ?articles ?mentions ORDER BY DESC(?mentions) DESC(?articles) ?n"""
    out = []
    for row in store.query(q).rows:
        out.append((row[1].value, row[2].value.rsplit("/", 1)[-1], int(row[3].value), int(row[4].value)))
    return out
