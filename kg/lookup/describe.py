"""Everything the graph says about one node: names, types, place, articles, claims, scores."""

from __future__ import annotations

import pyoxigraph as ox

from .. import vocab as V
from ..store.base import python_value
from .claims import STATEMENTS, claims_and_counts
from .common import EXISTS, PREFIXES as _P, node, properties
from .kinds import entity_label
from .measures import entity_measures
from .names import Names, article_ref, mentions_by_article, name_of
from .records import Community, Description

_GEO = _P + """SELECT ?lat ?lon WHERE { ?e schema:geo ?g . ?g schema:latitude ?lat ; schema:longitude ?lon } LIMIT 1"""

_CONTAINED = _P + """SELECT DISTINCT ?c WHERE { ?e schema:containedInPlace ?c }"""

_ARTICLES = _P + """SELECT DISTINCT ?a WHERE { ?a schema:mentions ?e }"""

_COMMUNITY = _P + """SELECT DISTINCT ?o ?pr WHERE { ?o kg:community ?c OPTIONAL { ?o kg:pagerank ?pr } }"""


def _community(store, iri: str, props: dict[str, list], *, members: int = 8) -> Community | None:
    values = props.get(V.KG + "community")
    if not values:
        return None
    c = values[0]
    score: dict[str, float] = {}
    for o, pr in store.query(_COMMUNITY, bindings={"c": c}).rows:
        v = python_value(pr) if pr is not None else float("-inf")
        score[o.value] = max(score.get(o.value, float("-inf")), float(v))
    ranked = sorted((o for o in score if o != iri), key=lambda o: (-score[o], o))[:members]
    others = tuple((o, name_of(store, o) or V.shorten(o)) for o in ranked)
    return Community(c.value, len(score), others)


def describe(store, iri: str, *, claim_limit: int | None = 50,
             article_limit: int | None = 25,
             acts: tuple[str, ...] | None = STATEMENTS) -> Description | None:
    """Everything known about the node ``iri``; None when the store has nothing on it.

    Claims are statements unless ``acts`` names others (None: every act).

    ``articles`` holds the ``article_limit`` articles with most mentions
    (:attr:`Description.article_count` counts them all); ``claims_by`` and
    ``claims_about`` the first ``claim_limit`` of each (the counts are in
    :attr:`Description.claim_counts`).
    """
    props = properties(store, iri)
    if not props and not store.query(EXISTS, bindings={"e": node(iri)}).boolean:
        return None

    def texts(p: str) -> tuple[str, ...]:
        return tuple(sorted({o.value for o in props.get(p, []) if isinstance(o, ox.Literal)}))

    names = texts(V.SCHEMA + "name")
    label = entity_label(store, iri)  # an actor's or place's one name and type, as everywhere
    name = label[0] if label and label[0] in names else (min(names, key=lambda n: (len(n), n)) if names else None)
    aliases = tuple(a for a in texts(V.SCHEMA + "alternateName") if a not in names)
    aliases = tuple(sorted(set(aliases + tuple(n for n in names if n != name)), key=str.lower))
    types = tuple(sorted({o.value for o in props.get(V.RDF_TYPE, []) if isinstance(o, ox.NamedNode)}))
    same = tuple(sorted({o.value for o in props.get(V.SCHEMA + "sameAs", []) if isinstance(o, ox.NamedNode)}))
    lat = lon = None
    geo = store.query(_GEO, bindings={"e": node(iri)}).rows
    if geo:
        lat, lon = python_value(geo[0][0]), python_value(geo[0][1])
    named = Names(store)
    contained = tuple(sorted({(c.value, named(c.value)) for (c,) in
                              store.query(_CONTAINED, bindings={"e": node(iri)}).rows}))
    per_article = mentions_by_article(store, iri)
    per_article.pop("", None)
    for (a,) in store.query(_ARTICLES, bindings={"e": node(iri)}).rows:
        per_article.setdefault(a.value, 0)
    ranked = sorted(per_article, key=lambda a: (-per_article[a], a))
    if article_limit is not None:
        ranked = ranked[:article_limit]
    articles = tuple(article_ref(store, a, mentions=per_article[a], names=named) for a in ranked)
    shown, role_counts = claims_and_counts(store, iri, role="both", limit=claim_limit, acts=acts)
    by = tuple(c for c in shown if c.role == "by")
    about = tuple(c for c in shown if c.role == "about")
    counts = (role_counts["by"], role_counts["about"])
    desc = texts(V.SCHEMA + "description")
    return Description(
        iri=iri, name=name, types=types, aliases=aliases, same_as=same,
        latitude=lat, longitude=lon, contained_in=contained,
        mentions=sum(per_article.values()), articles=articles, article_count=len(per_article),
        claims_by=by, claims_about=about, claim_counts=counts,
        measures=entity_measures(store, iri, props),
        community=_community(store, iri, props),
        description=desc[0] if desc else None, kind=label[1] if label else None)
