"""Top-N: the entities ranked highest by an analytics measure, or by their mentions."""

from __future__ import annotations

from .. import vocab as V
from ..store.base import python_value
from .common import PREFIXES as _P, node
from .measures import analytics_stale, measure_local, measures
from .kinds import NODE_TYPES, entity_labels, ranked
from .names import name_of
from .records import TopResult

_TYPED = "{ SELECT DISTINCT ?e ?type WHERE { ?e a ?type } }"

#: The broad classes, whose members the type vote decides.
_BROAD = {V.SCHEMA + kind: kind for kind in NODE_TYPES}

_TOP = _P + """SELECT ?e (MAX(?v) AS ?score) WHERE {
  ?e ?measure ?v . FILTER(isNumeric(?v))
} GROUP BY ?measure ?e ORDER BY DESC(?score) ?e LIMIT %d"""

_TOP_TYPED = _P + """SELECT ?e (MAX(?v) AS ?score) WHERE {
  ?e ?measure ?v . FILTER(isNumeric(?v))
  """ + _TYPED + """
} GROUP BY ?measure ?type ?e ORDER BY DESC(?score) ?e LIMIT %d"""

_TOP_MENTIONS = _P + """SELECT ?e (COUNT(?m) AS ?score) WHERE {
  ?m kg:mentionOf ?e .
} GROUP BY ?e ORDER BY DESC(?score) ?e LIMIT %d"""

_TOP_MENTIONS_TYPED = _P + """SELECT ?e (COUNT(?m) AS ?score) WHERE {
  ?m kg:mentionOf ?e .
  """ + _TYPED + """
} GROUP BY ?type ?e ORDER BY DESC(?score) ?e LIMIT %d"""


def top(store, *, measure: str = "pagerank", n: int = 10, cls: str | None = None) -> TopResult:
    """The ``n`` entities ranked highest by ``measure`` (a kg: analytics property, or ``mentions``).

    When the analytics graph lacks ``measure``, entities are ranked by mention
    count and :attr:`TopResult.note` says so.  ``cls`` (a class IRI) keeps
    only entities of that class; for ``schema:Person``, ``Organization`` and
    ``Place``, only those the type vote gives that type (:mod:`kg.lookup.kinds`),
    so an entity is listed under one of them only.  Names and the order of
    ties are those of ``kg rank``: the vote's name, then the IRI.
    """
    n = max(1, int(n))
    available = tuple(measures(store))
    note = None
    if measure != "mentions":
        measure = measure_local(measure)
    if measure != "mentions" and measure in available and analytics_stale(store):
        note = "the analytics are stale (articles changed since); run 'kg rank' to refresh them."
    if measure != "mentions" and measure not in available:
        have = f" (available: {', '.join(available)})" if available else ""
        note = (f"no {measure} scores in the store; run 'kg rank' to compute them{have}. "
                f"Ranking by mention count instead.")
        measure = "mentions"
    bindings: dict[str, object] = {}
    if cls:
        bindings["type"] = node(cls)
    if measure == "mentions":
        template = _TOP_MENTIONS_TYPED if cls else _TOP_MENTIONS
    else:
        template = _TOP_TYPED if cls else _TOP
        bindings["measure"] = node(V.KG + measure)
    kind = _BROAD.get(cls or "")
    limit = n
    while True:  # fetch until the n kept rows and every row tied with the last are in
        scored = [(e.value, float(python_value(s)))
                  for e, s in store.query(template % limit, bindings=bindings).rows if e is not None]
        labels = entity_labels(store, iris=[iri for iri, _ in scored])
        kept = [(iri, score) for iri, score in scored if kind is None or labels.get(iri, ("", ""))[1] == kind]
        if len(scored) < limit or (len(kept) >= n and scored[-1][1] < kept[n - 1][1]):
            break
        limit *= 4
    named = ranked((iri, labels[iri][0] if iri in labels else name_of(store, iri), score)
                   for iri, score in kept)  # ties by name, as kg rank orders them
    return TopResult(measure, tuple(named[:n]), note, available)
