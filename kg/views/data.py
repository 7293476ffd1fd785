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
from ..lookup.measures import SIZE_BY
from ..lookup.names import mention_counts  # noqa: F401  (the views count mentions with it)
from ..sparql_text import values_blocks

PREFIXES = V.sparql_prefixes({"schema": V.SCHEMA, "kg": V.KG, "rdf": V.RDF})

#: Analytics measures a view can size nodes by (the names ``kg rank`` uses; written by
#: :mod:`kg.analytics`), plus ``mentions`` (the number of mentions, always available).
MEASURES = SIZE_BY

_CHUNK = 400


class ViewError(ValueError):
    """A view cannot be drawn from these inputs; the message is one line for the user."""


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
    if not found:  # case-insensitive, as the shell looks names up (kg.lookup.find)
        from ..lookup.names import find

        found = [m.iri for m in find(store, text) if m.how != "iri"]
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
