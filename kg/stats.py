"""Counts of what a store holds."""

from __future__ import annotations

from . import vocab as V
from .lookup.kinds import entity_labels
from .lookup.names import mention_counts
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


_ARTICLE_COUNT = V.QUERY_PREFIXES + """
SELECT (COUNT(DISTINCT ?a) AS ?articles) WHERE { ?m kg:mentionOf ?e ; kg:inArticle ?a }"""


def top_entities(store, n: int = 10) -> list[tuple[str, str, int, int]]:
    """The ``n`` actors and places mentioned most: ``(name, type, articles, mentions)``.

    Ordered by mentions, then articles, then name.  Mentions are counted for
    every entity in one pass over ``kg:mentionOf`` alone; articles only for
    the entities that can make the list (the ``n`` first and those tied with
    the last), then names and types for the winners, by the vote every front
    end uses (:func:`kg.lookup.entity_labels`): joining articles into the
    global count takes several times longer on a large store.
    """
    import pyoxigraph as ox

    if n <= 0:
        return []
    counts = sorted(((m, iri) for iri, m in mention_counts(store).items()), key=lambda x: (-x[0], x[1]))
    if not counts:
        return []
    floor = counts[min(n, len(counts)) - 1][0]
    ranked = []
    for mentions, iri in counts:
        if mentions < floor:
            break
        articles = store.query(_ARTICLE_COUNT, bindings={"e": ox.NamedNode(iri)}).values()[0]
        ranked.append((iri, articles, mentions))
    ranked.sort(key=lambda x: (-x[2], -x[1], x[0]))
    ranked = ranked[:n]
    labels = entity_labels(store, iris=[iri for iri, _, _ in ranked])  # one name, one type: the vote
    out = [(labels[iri][0], labels[iri][1], articles, mentions)
           for iri, articles, mentions in ranked if iri in labels]
    out.sort(key=lambda x: (-x[3], -x[2], x[0]))
    return out
