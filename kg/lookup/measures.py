"""Measure and projection names (the one list every front end uses) and the scores in a store.

The measures themselves are computed by :mod:`kg.analytics.measures` and
written into the analytics graph by :mod:`kg.analytics.writeback`, one
``kg:`` property each (:data:`PROPERTIES`).
"""

from __future__ import annotations

import pyoxigraph as ox

from .. import vocab as V
from ..store.base import python_value
from .common import node
from .records import Measure

#: Measure names, in the order they are computed and shown.
MEASURES = ("degree", "weighted-degree", "pagerank", "betweenness", "eigenvector",
            "closeness", "community")

#: Measures that rank nodes (``kg rank --measure``), in the order offered.
RANKABLE = ("pagerank", "betweenness", "degree", "weighted-degree", "eigenvector", "closeness")

#: What a view can size nodes by: the rankable measures, plus ``mentions`` (always there).
SIZE_BY = ("pagerank", "degree", "weighted-degree", "betweenness", "eigenvector", "closeness",
           "mentions")

#: Measures written as integers.
INTEGER_MEASURES = ("degree", "community")

#: Measure name → local name of its ``kg:`` property.
PROPERTIES = {
    "degree": "degree",
    "weighted-degree": "weightedDegree",
    "pagerank": "pagerank",
    "betweenness": "betweenness",
    "eigenvector": "eigenvector",
    "closeness": "closeness",
    "community": "community",
}

#: Names of the projections (ways to see the store as a network), the default first;
#: :data:`kg.analytics.projections.PROJECTIONS` holds their functions.
PROJECTIONS = ("co-mention", "co-article", "claim", "article-entity")
DEFAULT_PROJECTION = "co-mention"

#: kg: properties with numbers that are positions or amounts, not scores.
_NOT_SCORES = ("start", "end", "index", "speakerStart", "speakerEnd", "amount")

_MEASURES = f"""SELECT DISTINCT ?p WHERE {{ GRAPH <{V.ANALYTICS_GRAPH}> {{
  ?e ?p ?v FILTER(isNumeric(?v) && STRSTARTS(STR(?e), "{V.ENTITY}")) }} }}"""

_STALE = f"""ASK {{ GRAPH <{V.ANALYTICS_GRAPH}> {{ ?run <{V.KG}stale> true }} }}"""

_MEASURE_COUNT = """SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o ?p ?w FILTER(isNumeric(?w)) }"""

_MEASURE_ABOVE = """SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE {
  ?o ?p ?w FILTER(isNumeric(?w) && ?w > ?v && ?o != ?e) }"""


def measure_local(name: str) -> str:
    """The local name of a measure's property: ``weighted-degree`` → ``weightedDegree``.

    >>> measure_local("weighted-degree"), measure_local("pagerank")
    ('weightedDegree', 'pagerank')
    """
    if name in PROPERTIES:
        return PROPERTIES[name]
    head, *rest = name.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def measures(store) -> list[str]:
    """Local names of the kg: properties scoring entities in the analytics graph (pagerank, ...)."""
    out = []
    for (p,) in store.query(_MEASURES).rows:
        if p.value.startswith(V.KG) and p.value != V.KG + "community":
            out.append(p.value[len(V.KG):])
    return sorted(out)


def analytics_stale(store) -> bool:
    """True when article graphs changed after the analytics were computed."""
    return bool(store.query(_STALE).boolean)


def entity_measures(store, iri: str, props: dict[str, list]) -> tuple[Measure, ...]:
    """Every score of ``iri`` (from its properties ``props``) with its rank among all nodes."""
    out = []
    for p, objs in sorted(props.items()):
        if not p.startswith(V.KG) or p == V.KG + "community":
            continue
        nums = [o for o in objs if isinstance(o, ox.Literal) and isinstance(python_value(o), (int, float))
                and not isinstance(python_value(o), bool)]
        if not nums or p[len(V.KG):] in _NOT_SCORES:
            continue
        top = max(nums, key=lambda o: float(python_value(o)))
        value = float(python_value(top))
        total = store.query(_MEASURE_COUNT, bindings={"p": node(p)}).values()[0]
        above = store.query(_MEASURE_ABOVE, bindings={"p": node(p), "v": top, "e": node(iri)}).values()[0]
        out.append(Measure(p[len(V.KG):], value, above + 1, total))
    return tuple(out)
