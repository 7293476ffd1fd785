"""What a view reads from the store: names, projections, node details, analytics.

A name the user typed reaches SPARQL only as an RDF term, through
``Store.query(bindings=...)`` (compared with each name's lower-case form by a
join, since a bound value is not in scope of a FILTER); community ids are
compared in Python.  Sets of nodes are sent as a
``VALUES`` block of IRIs written in their N-Triples form (``<...>``): the IRIs
come from the store itself and pyoxigraph refuses any IRI that could break out
of the angle brackets.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import pyoxigraph as ox

from .. import vocab as V
from ..sparql_text import values_blocks

PREFIXES = V.sparql_prefixes({"schema": V.SCHEMA, "kg": V.KG, "rdf": V.RDF})

#: Analytics measures a view can size nodes by (the names ``kg rank`` uses; written by
#: :mod:`kg.analytics`), plus ``mentions`` (the number of mentions, always available).
MEASURES = ("pagerank", "degree", "weighted-degree", "betweenness", "eigenvector", "closeness",
            "mentions")

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

_CHUNK = 400


class ViewError(ValueError):
    """A view cannot be drawn from these inputs; the message is one line for the user."""


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


def _values(nodes: Iterable[str]) -> Iterator[str]:
    """``VALUES ?n { ... }`` blocks of at most ``_CHUNK`` IRIs each."""
    return values_blocks("n", nodes, chunk=_CHUNK)


def _str(term) -> str | None:
    return None if term is None else term.value


# -- names ---------------------------------------------------------------------

def resolve_name(store, name: str) -> list[str]:
    """IRIs of the entities whose name or alias is ``name`` (case-insensitive).

    ``ent:key``, ``<iri>`` and full ``http(s)://`` IRIs name a node directly.
    Raises :class:`ViewError` (with close names as suggestions) when nothing matches.
    """
    text = name.strip()
    if not text:
        raise ViewError("no entity name given")
    iri = _as_iri(text)
    if iri is not None:
        res = store.query("ASK { ?n ?p ?o }", bindings={"n": ox.NamedNode(iri)})
        if res.boolean:
            return [iri]
        raise ViewError(f"no node {text} in the store")
    exact = PREFIXES + "SELECT DISTINCT ?e WHERE { ?e schema:name|schema:alternateName ?q }"
    found = _iris(store.query(exact, bindings={"q": ox.Literal(text)}))
    if not found:
        # the bound value joins with each name's lower-case form: case-insensitive, yet the
        # name is still one RDF term, never query text
        folded = PREFIXES + """
SELECT DISTINCT ?e WHERE {
  ?e schema:name|schema:alternateName ?n . BIND(LCASE(STR(?n)) AS ?key)
}"""
        found = _iris(store.query(folded, bindings={"key": ox.Literal(text.lower())}))
    if found:
        return sorted(found)
    raise ViewError(f"no entity named {text!r}{_suggest(store, text)}")


def _iris(result) -> list[str]:
    return list(dict.fromkeys(t.value for (t,) in result.rows if isinstance(t, ox.NamedNode)))


def _suggest(store, text: str) -> str:
    import difflib

    q = PREFIXES + "SELECT DISTINCT ?name WHERE { ?e schema:name ?name }"
    names = {t.value for (t,) in store.query(q).rows if t is not None}
    low = text.lower()
    hits = sorted((n for n in names if low in n.lower()), key=lambda n: (len(n), n))[:5]
    if not hits:
        by_low = {n.lower(): n for n in names}
        hits = [by_low[m] for m in difflib.get_close_matches(low, list(by_low), n=5, cutoff=0.7)]
    return f"; did you mean: {', '.join(hits)}?" if hits else ""


def _as_iri(text: str) -> str | None:
    """The IRI ``text`` names (``<iri>``, ``prefix:local`` or a bare http IRI), else None.

    >>> _as_iri("ent:isis")
    'http://kg.example/entity/isis'
    >>> _as_iri("<img src=x onerror=alert(1)>") is None
    True
    >>> _as_iri("Haider al-Abadi") is None
    True
    """
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    elif ":" in text and not text.startswith(("http://", "https://")):
        prefix, _, local = text.partition(":")
        if prefix not in V.PREFIXES or " " in local:
            return None
        text = V.PREFIXES[prefix] + local
    elif not text.startswith(("http://", "https://")):
        return None
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+", text):
        return None
    try:
        return ox.NamedNode(text).value
    except ValueError:
        return None


# -- analytics -----------------------------------------------------------------

def measure_values(store, measure: str, projection: str = "co-mention") -> dict[str, float]:
    """``measure`` of each node as :mod:`kg.analytics` stored it for ``projection``
    ({} when not computed); ``mentions`` counts mentions."""
    if measure == "mentions":
        return {k: float(v) for k, v in mention_counts(store).items()}
    if measure not in MEASURES:
        raise ViewError(f"unknown measure {measure!r} (choose from {', '.join(MEASURES)})")
    from ..analytics.writeback import read_scores

    values = read_scores(store, projection, [measure]).get(measure, {})
    return {k: float(v) for k, v in values.items() if isinstance(v, (int, float))}


def mention_counts(store) -> dict[str, int]:
    """Number of mentions of each entity (over all articles)."""
    q = PREFIXES + "SELECT ?e (COUNT(?m) AS ?c) WHERE { ?m kg:mentionOf ?e } GROUP BY ?e"
    return {e.value: int(c.value) for e, c in store.query(q).rows if e is not None}


def communities(store) -> dict[str, str]:
    """The community (of the default, co-mention analytics) of each node, as text."""
    from ..analytics.writeback import read_scores

    found = read_scores(store, "co-mention", ["community"]).get("community", {})
    return {iri: str(c) for iri, c in found.items() if c is not None}


# -- projections ---------------------------------------------------------------

@dataclass
class Projection:
    """A network drawn from the store: adjacency plus labelled, weighted edges.

    ``edges`` maps an ordered pair to ``(label, weight)``; for an undirected
    projection the pair is sorted.
    """

    name: str
    directed: bool
    adjacency: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    edges: dict[tuple[str, str], tuple[str, float]] = field(default_factory=dict)
    #: claim IRIs behind each edge of the claim projection
    claims: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    #: what the projection left out, for the page
    notes: list[str] = field(default_factory=list)

    def add(self, a: str, b: str, label: str, weight: float = 1.0) -> None:
        if a == b:
            return
        key = (a, b) if self.directed or a < b else (b, a)
        old = self.edges.get(key)
        self.edges[key] = (label, weight + (old[1] if old and old[0] == label else 0.0))
        self.adjacency[a].add(b)
        self.adjacency[b].add(a)

    def nodes(self) -> set[str]:
        return set(self.adjacency)

    def neighbourhood(self, roots: Iterable[str], depth: int) -> dict[str, int]:
        """Nodes within ``depth`` hops of ``roots`` → their distance (roots first)."""
        return _bfs(roots, depth, lambda n: self.adjacency.get(n, ()))

    def among(self, keep: set[str]) -> list[tuple[str, str, str, float]]:
        return [(a, b, lab, w) for (a, b), (lab, w) in self.edges.items()
                if a in keep and b in keep]


class CoOccurrence:
    """Actors and places linked when one unit (a sentence, an article) mentions both;
    weight = number of such units.

    Built from the unit → entity incidence, never as a full pair list, so that
    a large store costs one pass.
    """

    directed = False

    def __init__(self, store, *, name: str, query: str):
        self.name = name
        self.by_unit: dict[str, set[str]] = defaultdict(set)
        self.by_entity: dict[str, set[str]] = defaultdict(set)
        for u, e in store.query(PREFIXES + query).rows:
            if u is None or e is None:
                continue
            self.by_unit[u.value].add(e.value)
            self.by_entity[e.value].add(u.value)

    def nodes(self) -> set[str]:
        return set(self.by_entity)

    def neighbourhood(self, roots: Iterable[str], depth: int) -> dict[str, int]:
        def near(n: str) -> set[str]:
            out: set[str] = set()
            for unit in self.by_entity.get(n, ()):
                out |= self.by_unit[unit]
            return out

        return _bfs(roots, depth, near)

    def among(self, keep: set[str]) -> list[tuple[str, str, str, float]]:
        weights: dict[tuple[str, str], int] = defaultdict(int)
        for members in self.by_unit.values():
            inside = sorted(members & keep)
            for i, a in enumerate(inside):
                for b in inside[i + 1:]:
                    weights[(a, b)] += 1
        return [(a, b, f"×{w}", float(w)) for (a, b), w in sorted(weights.items())]


def co_mention(store) -> CoOccurrence:
    """Mentioned in the same sentence (weight: sentences), as in :mod:`kg.analytics`."""
    return CoOccurrence(store, name="co-mention", query="""
SELECT DISTINCT ?s ?e WHERE { ?m kg:mentionOf ?e ; kg:sentence ?s }""")


def co_article(store) -> CoOccurrence:
    """Mentioned in the same article (weight: articles)."""
    return CoOccurrence(store, name="co-article", query="""
SELECT ?a ?e WHERE { ?a a schema:NewsArticle ; schema:mentions ?e }""")


def _bfs(roots: Iterable[str], depth: int, near) -> dict[str, int]:
    dist = {r: 0 for r in roots}
    frontier = list(dist)
    for d in range(1, depth + 1):
        nxt = []
        for n in frontier:
            for m in sorted(set(near(n)) - dist.keys()):
                dist[m] = d
                nxt.append(m)
        frontier = nxt
        if not frontier:
            break
    return dist


def article_entity(store) -> Projection:
    """Articles linked to the actors and places they mention; weight = mentions."""
    p = Projection("article-entity", directed=True)
    q = PREFIXES + """
SELECT ?a ?e (COUNT(?m) AS ?c) WHERE {
  ?a a schema:NewsArticle ; schema:mentions ?e .
  OPTIONAL { ?m kg:mentionOf ?e ; kg:inArticle ?a }
} GROUP BY ?a ?e"""
    for a, e, c in store.query(q).rows:
        if a is not None and e is not None:
            p.add(a.value, e.value, "mentions", float(c.value) if c else 1.0)
    return p


#: Unnamed sources described only by one of these words (an unresolved pronoun or
#: quantifier) are left out of claim views: they name no one.
PRONOUNS = frozenset("""i you he she it we they me him her us them one someone somebody some
my your his its our their mine yours hers ours theirs
many others other another who this that these those all both each few several most
everyone everybody anyone whoever whatever""".split())


def claim_network(store) -> Projection:
    """Speakers linked to what their claims are about; weight = claims.

    As in :mod:`kg.analytics`, a claimant is linked straight to each subject;
    the claims behind an edge are kept (``Projection.claims``) for its tooltip.
    Unnamed sources with one description ("officials") are one node; those
    described only by a pronoun ("he", "they") are left out, and
    ``Projection.notes`` says how many claims that leaves out.
    """
    p = Projection("claim", directed=True)
    q = PREFIXES + """
SELECT DISTINCT ?c ?s ?x ?desc WHERE {
  ?c a schema:Claim ; schema:author ?s ; schema:about ?x .
  OPTIONAL { ?s a kg:UnnamedSource ; schema:description ?desc }
}"""
    rows = sorted((c.value, s.value, x.value, d.value if d is not None else None)
                  for c, s, x, d in store.query(q).rows
                  if c is not None and s is not None and x is not None)
    same: dict[str, str] = {}
    vague: set[str] = set()
    words: set[str] = set()
    for c, s, x, desc in rows:
        if desc is not None:
            key = " ".join(desc.lower().split())
            if key in PRONOUNS:
                vague.add(c)
                words.add(key)
                continue
            s = same.setdefault(key, s)
        if s != x:
            p.claims.setdefault((s, x), [])
            if c not in p.claims[(s, x)]:
                p.claims[(s, x)].append(c)
    for (s, x), cs in sorted(p.claims.items()):
        p.add(s, x, f"claims ×{len(cs)}" if len(cs) > 1 else "claims", float(len(cs)))
    if vague:
        shown = ", ".join(f"'{w}'" for w in sorted(words)[:6])
        p.notes.append(f"{len(vague):,} claims by sources named only by a pronoun ({shown}"
                       f"{', …' if len(words) > 6 else ''}) left out")
    return p


#: Projections a view can draw (named as in :mod:`kg.analytics`): name → builder(store).
PROJECTIONS = {
    "co-mention": co_mention,
    "co-article": co_article,
    "article-entity": article_entity,
    "claim": claim_network,
}


def projection(store, name: str):
    try:
        builder = PROJECTIONS[name]
    except KeyError:
        raise ViewError(f"unknown projection {name!r} (choose from {', '.join(PROJECTIONS)})") \
            from None
    return builder(store)


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

    @property
    def kind(self) -> str:
        return kind_of(self.types)

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
    for block in _values(nodes):
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
