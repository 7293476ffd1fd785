"""Summaries of many nodes at once, for views: kind, name, aliases, place, claims.

:func:`details` reads, for a set of nodes, what a tooltip shows (one
:class:`Details` each); the kind and name of an actor or place are the type
vote's (:mod:`kg.lookup.kinds`), as in analytics, ``.top`` and ``.describe``.
:mod:`kg.lookup.describe` reads one node in full.  Sets of nodes are sent as
``VALUES`` blocks of IRIs from the store itself.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from .. import vocab as V
from ..sparql_text import values_blocks
from .kinds import NODE_TYPES, entity_labels

PREFIXES = V.sparql_prefixes({"schema": V.SCHEMA, "kg": V.KG, "rdf": V.RDF})

_CHUNK = 400

#: Node kinds, in legend order.  ``Source`` is an unnamed source of a claim,
#: ``Value`` a literal a query returned as a node.
KINDS = ("Person", "Organization", "Place", "Article", "Claim", "Source", "Value", "Other")

_KIND_OF_CLASS = {
    V.SCHEMA + "Person": "Person",
    V.SCHEMA + "Organization": "Organization",
    V.SCHEMA + "Place": "Place",
    V.SCHEMA + "NewsArticle": "Article",
    V.SCHEMA + "Article": "Article",
    V.SCHEMA + "Claim": "Claim",
    V.KG + "UnnamedSource": "Source",
}

#: Classes more specific than the broad kind, shown in tooltips.
_BROAD = {V.SCHEMA + c for c in ("Person", "Organization", "Place", "NewsArticle", "Thing")}


def kind_of(types: Iterable[str]) -> str:
    """The legend kind of a node from its ``rdf:type`` IRIs.

    >>> kind_of(["http://schema.org/Place", "http://schema.org/City"])
    'Place'
    >>> kind_of([])
    'Other'
    """
    kinds = {_KIND_OF_CLASS[t] for t in types if t in _KIND_OF_CLASS}
    for kind in KINDS:
        if kind in kinds:
            return kind
    return "Other"


# -- node details --------------------------------------------------------------

@dataclass
class Details:
    """What a tooltip shows about one node."""

    types: list[str] = field(default_factory=list)
    name: str | None = None
    aliases: list[str] = field(default_factory=list)
    wikidata: str | None = None
    lat: float | None = None
    lon: float | None = None
    headline: str | None = None
    identifier: str | None = None
    date: str | None = None
    text: str | None = None
    description: str | None = None
    speaker: str | None = None
    article: str | None = None
    #: (text, speaker, article, claim IRI, date, act): statements first, then the latest
    claims: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)
    claim_count: int = 0
    #: an actor's or place's type by the vote of the articles (kg.lookup.kinds), when it has one
    voted: str | None = None

    @property
    def kind(self) -> str:
        return self.voted or kind_of(self.types)

    def subtypes(self) -> list[str]:
        return sorted({V.shorten(t).split(":", 1)[-1] for t in self.types if t not in _BROAD
                       and t not in (V.SCHEMA + "Claim", V.KG + "UnnamedSource")})


_PROPS = {
    V.RDF_TYPE: "type", V.SCHEMA + "name": "name", V.SCHEMA + "alternateName": "alias",
    V.SCHEMA + "sameAs": "sameAs", V.SCHEMA + "headline": "headline",
    V.SCHEMA + "datePublished": "date", V.SCHEMA + "text": "text",
    V.SCHEMA + "description": "description", V.KG + "speakerText": "speakerText",
    V.SCHEMA + "identifier": "identifier",
}

#: Claims shown in a tooltip.
TOP_CLAIMS = 3


def details(store, nodes: Iterable[str]) -> dict[str, Details]:
    """Tooltip details of each IRI in ``nodes`` (other nodes are skipped)."""
    nodes = [n for n in dict.fromkeys(nodes)]
    out: dict[str, Details] = {n: Details() for n in nodes}
    props = ", ".join(f"<{p}>" for p in _PROPS)
    for block in values_blocks("n", nodes, chunk=_CHUNK):
        q = f"SELECT ?n ?p ?o WHERE {{ {block} ?n ?p ?o FILTER(?p IN ({props})) }}"
        for n, p, o in store.query(q).rows:
            d = out.get(n.value) if n is not None else None
            if d is None or o is None:
                continue
            what = _PROPS.get(p.value)
            val = o.value
            if what == "type":
                if val not in d.types:
                    d.types.append(val)
            elif what == "name":
                d.name = d.name or val
            elif what == "alias":
                if val not in d.aliases:
                    d.aliases.append(val)
            elif what == "sameAs":
                if val.startswith(V.WD) and not d.wikidata:
                    d.wikidata = val
            elif what == "headline":
                d.headline = d.headline or val
            elif what == "identifier":
                d.identifier = d.identifier or val
            elif what == "date":
                d.date = d.date or val
            elif what == "text":
                d.text = d.text or val
            elif what == "description":
                d.description = d.description or val
            elif what == "speakerText":
                d.speaker = d.speaker or val
        q = PREFIXES + f"""
SELECT ?n ?lat ?lon WHERE {{ {block}
  ?n schema:geo ?g . ?g schema:latitude ?lat ; schema:longitude ?lon }}"""
        for n, lat, lon in store.query(q).rows:
            d = out.get(n.value)
            try:
                if d is not None and d.lat is None:
                    d.lat, d.lon = float(lat.value), float(lon.value)
            except (ValueError, AttributeError):
                continue
        _claim_details(store, block, out)
        _entity_claims(store, block, out)
    entities = [n for n, d in out.items() if kind_of(d.types) in NODE_TYPES]
    for iri, (name, kind) in entity_labels(store, iris=entities).items():
        d = out[iri]  # one name and one type, as analytics, .top and .describe have them
        d.voted = kind
        if d.name is not None:
            d.name = name
    for d in out.values():
        d.aliases = sorted(a for a in d.aliases if a != d.name)
    return out


_SPEAKER = """
  OPTIONAL { ?s schema:name ?sname }
  OPTIONAL { ?s schema:description ?sdesc }
  OPTIONAL { ?c kg:speakerText ?stext }"""


_ARTICLE = "OPTIONAL { ?a schema:headline ?h } OPTIONAL { ?a schema:identifier ?id }"


def _article(a, headline, ident) -> str:
    """How a tooltip names an article: its headline, else its identifier, else its IRI."""
    for t in (headline, ident, a):
        if t is not None and t.value:
            return t.value
    return ""


def _speaker(sname, sdesc, stext) -> str:
    for t in (sname, sdesc, stext):
        if t is not None and t.value:
            return t.value
    return "unnamed source"


def _claim_details(store, block: str, out: dict[str, Details]) -> None:
    q = PREFIXES + f"""
SELECT ?n ?sname ?sdesc ?stext ?a ?h ?id WHERE {{ {block}
  ?n a schema:Claim . BIND(?n AS ?c)
  OPTIONAL {{ ?n schema:author ?s }} {_SPEAKER}
  OPTIONAL {{ ?n schema:appearance ?a {_ARTICLE} }}
}}"""
    for n, sname, sdesc, stext, a, h, ident in store.query(q).rows:
        d = out.get(n.value)
        if d is None:
            continue
        d.speaker = _speaker(sname, sdesc, stext)
        if a is not None:
            d.article = _article(a, h, ident)


def _entity_claims(store, block: str, out: dict[str, Details]) -> None:
    """Claims each node made (first) or is the subject of, for tooltips: statements before
    findings and beliefs, the latest first."""
    q = PREFIXES + f"""
SELECT ?n ?role ?c ?text ?sname ?sdesc ?stext ?a ?h ?id ?date ?act WHERE {{ {block}
  {{ ?c schema:author ?n . BIND(0 AS ?role) }} UNION {{ ?c schema:about ?n . BIND(1 AS ?role) }}
  ?c a schema:Claim ; schema:text ?text ; schema:author ?s .
  OPTIONAL {{ ?c kg:act ?act }}
  {_SPEAKER}
  OPTIONAL {{ ?c schema:appearance ?a {_ARTICLE}
             OPTIONAL {{ ?a schema:datePublished ?date }} }}
}}"""
    found: dict[str, dict[str, tuple]] = defaultdict(dict)
    for n, role, c, text, sname, sdesc, stext, a, h, ident, date, act in store.query(q).rows:
        if n is None or c is None:
            continue
        act_name = act.value.rsplit("#", 1)[-1] if act is not None else ""
        rank = (int(role.value), _ACTS.get(act_name, 3), -(_date_key(date)), len(text.value))
        art = _article(a, h, ident) if a is not None else ""
        entry = (rank, (text.value, _speaker(sname, sdesc, stext), art, c.value,
                        date.value[:10] if date is not None else "", act_name))
        old = found[n.value].get(c.value)
        if old is None or entry[0] < old[0]:
            found[n.value][c.value] = entry
    for n, claims in found.items():
        d = out[n]
        ranked = sorted(claims.values())
        d.claim_count = len(ranked)
        d.claims = [c for _, c in ranked[:TOP_CLAIMS]]


_ACTS = {"Statement": 0, "Finding": 1, "Belief": 2}


def _date_key(date) -> int:
    if date is None:
        return 0
    digits = "".join(ch for ch in date.value[:10] if ch.isdigit())
    return int(digits) if digits else 0
