"""Projections: the RDF graph of a store seen as a NetworkX network.

Each projection is a plain function ``store -> networkx graph``, registered by
name in :data:`PROJECTIONS`:

================  ========  =====================================================
name              kind      nodes, edges and weights
================  ========  =====================================================
co-mention        Graph     actors and places; linked when mentioned in the same
(default)                   sentence; weight = number of such sentences
co-article        Graph     actors and places; linked when mentioned in the same
                            article; weight = number of such articles
claim             DiGraph   claimant → each actor or place the claim is about;
                            weight = number of claims
article-entity    Graph     bipartite: articles and the actors and places they
                            mention; weight = number of mentions in the article
================  ========  =====================================================

Node ids are IRIs.  Every node has ``mentions`` (how often the articles
mention it; for an article, the mentions it makes: the weight PageRank
jumps to it with, see :func:`kg.analytics.measures.pagerank`), a ``name``
(the ``schema:name`` most article graphs give it, ties to the alphabetically
first; :mod:`kg.lookup.kinds`, which every front end uses) and a ``type``
(``Person``, ``Organization`` or ``Place``, likewise the most frequent;
``Article`` for articles, whose name is their headline).  Entities typed as
none of the three are left out of the networks.

Unnamed sources (``kg:UnnamedSource``: "a cab driver", "officials") are left
out of the claim network: each is a node of its own article, never the same
node twice, so it would only add one-edge leaves that dilute PageRank
without ranking anyone.  A claimant's claims about itself are left out too.
A claimant the store gives no type keeps its place in the claim network, with
type ``Thing`` and a name made from its IRI.

Conversion is linear in the size of the store: the edges come aggregated
from one ``GROUP BY`` query each (pairs and their weights; co-article counts
its pairs from ``(article, entity)`` rows, see :func:`co_article`), node
attributes from three more (types, names, mentioned entities), and nodes
and edges are then added in IRI order, so that seeded measures give the same
results on every run (sorting is the only step above linear, and it is a
small part of the time).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

from ..lookup.common import PREFIXES as _PREFIXES
from ..lookup.kinds import NODE_TYPES, entity_labels, fallback_name, pick_kind, pick_name
from ..lookup.measures import DEFAULT_PROJECTION
from ..lookup.names import mention_counts


__all__ = ["NODE_TYPES", "entity_labels", "pick_kind", "pick_name", "fallback_name", "Projection",
           "PROJECTIONS", "DEFAULT", "get", "project", "co_mention", "co_article", "claim_network",
           "article_entity", "article_labels", "mention_counts"]


@dataclass(frozen=True)
class Projection:
    """A named way to see the store as a network."""

    name: str
    function: Callable
    directed: bool
    description: str


def _graph(directed: bool, projection: str):
    import networkx as nx

    G = nx.DiGraph() if directed else nx.Graph()
    G.graph["projection"] = projection
    return G


def _fill(G, labels: dict[str, tuple[str, str]], pairs, *, keep_unlabelled: bool = False,
          mentions: dict[str, int] | None = None) -> None:
    """Add nodes (IRI order) and weighted edges (sorted) from ``(a, b, weight)`` rows;
    with ``mentions``, each node's count as its ``mentions`` attribute (0 when absent)."""
    edges = []
    unlabelled = set()
    for a, b, w in pairs:
        if a not in labels or b not in labels:
            if not keep_unlabelled:
                continue
            unlabelled.update(x for x in (a, b) if x not in labels)
        edges.append((a, b, w))
    for iri in sorted(set(labels) | unlabelled):
        if iri in labels:
            name, kind = labels[iri]
            G.add_node(iri, name=name, type=kind)
        else:
            G.add_node(iri, name=fallback_name(iri), type="Thing")
        if mentions is not None:
            G.nodes[iri]["mentions"] = mentions.get(iri, 0)
    edges.sort()
    G.add_weighted_edges_from(edges)


def _pairs(store, query: str):
    for a, b, w in store.query(_PREFIXES + query).rows:
        yield a.value, b.value, int(w.value)


def co_mention(store):
    """Actors and places linked when mentioned in the same sentence; weight = sentences.

    Every actor and place an article mentions is a node, also when it never
    shares a sentence with another one (degree 0).
    """
    G = _graph(False, "co-mention")
    labels = entity_labels(store, mentioned_only=True)
    q = """
    SELECT ?a ?b (COUNT(DISTINCT ?s) AS ?w) WHERE {
      ?m1 kg:mentionOf ?a ; kg:sentence ?s .
      ?m2 kg:mentionOf ?b ; kg:sentence ?s .
      FILTER(STR(?a) < STR(?b))
    } GROUP BY ?a ?b"""
    _fill(G, labels, _pairs(store, q), mentions=mention_counts(store))
    return G


def co_article(store):
    """Actors and places linked when mentioned in the same article; weight = articles.

    The pairs of an article's entities are a cross product (an article
    naming 60 actors makes 1,770 pairs): a SPARQL ``GROUP BY`` over them
    materializes every pair as a solution and runs about six times slower
    than counting the pairs from the ``(article, entity)`` rows, so the query
    returns those rows and the pairs are counted here, in one pass.
    """
    from itertools import combinations

    G = _graph(False, "co-article")
    labels = entity_labels(store, mentioned_only=True)
    q = _PREFIXES + "SELECT DISTINCT ?art ?e WHERE { ?art schema:mentions ?e }"
    by_article: dict[str, list[str]] = defaultdict(list)
    for a, e in store.query(q).rows:
        if e.value in labels:
            by_article[a.value].append(e.value)
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for entities in by_article.values():
        entities.sort()
        for pair in combinations(entities, 2):
            counts[pair] += 1
    _fill(G, labels, ((a, b, w) for (a, b), w in counts.items()), mentions=mention_counts(store))
    return G


def claim_network(store):
    """Claimant → each actor or place its claims are about; weight = claims.

    Nodes are the claimants and the entities claims are about (not every
    actor); unnamed sources and claims about the claimant are left out.
    """
    G = _graph(True, "claim")
    labels = entity_labels(store)
    q = """
    SELECT ?c ?x (COUNT(DISTINCT ?claim) AS ?w) WHERE {
      ?claim a schema:Claim ; schema:author ?c ; schema:about ?x .
      FILTER NOT EXISTS { ?c a kg:UnnamedSource }
      FILTER(?c != ?x)
    } GROUP BY ?c ?x"""
    rows = list(_pairs(store, q))
    used = {a for a, _, _ in rows} | {b for _, b, _ in rows}
    _fill(G, {iri: labels[iri] for iri in used if iri in labels}, rows, keep_unlabelled=True,
          mentions=mention_counts(store))
    return G


def article_labels(store) -> dict[str, tuple[str, str]]:
    """``{article IRI: (headline or identifier, "Article")}``."""
    q = _PREFIXES + """
    SELECT ?art (MIN(?h) AS ?headline) (MIN(?id) AS ?ident) WHERE {
      ?art a schema:NewsArticle .
      OPTIONAL { ?art schema:headline ?h }
      OPTIONAL { ?art schema:identifier ?id }
    } GROUP BY ?art"""
    out = {}
    for art, headline, ident in store.query(q).rows:
        name = headline or ident
        out[art.value] = (name.value if name is not None else fallback_name(art.value), "Article")
    return out


def article_entity(store):
    """Bipartite articles–entities (``schema:mentions``); weight = mentions in the article.

    Articles have ``bipartite=0`` and type ``Article`` (name: the headline),
    entities ``bipartite=1``.
    """
    G = _graph(False, "article-entity")
    labels = entity_labels(store, mentioned_only=True)
    articles = article_labels(store)
    q = """
    SELECT ?art ?e (COUNT(DISTINCT ?m) AS ?w) WHERE { GRAPH ?g {
      ?art schema:mentions ?e .
      OPTIONAL { ?m kg:mentionOf ?e ; kg:inArticle ?art }
    } } GROUP BY ?art ?e"""
    both = {**labels, **articles}
    _fill(G, both, ((a, e, max(w, 1)) for a, e, w in _pairs(store, q) if a in articles),
          mentions=mention_counts(store))
    for node in G:
        G.nodes[node]["bipartite"] = 0 if node in articles else 1
        if node in articles:  # an article's mentions: those it makes
            G.nodes[node]["mentions"] = int(G.degree(node, weight="weight"))
    return G


PROJECTIONS: dict[str, Projection] = {
    p.name: p for p in (
        Projection("co-mention", co_mention, False,
                   "actors and places mentioned in the same sentence (weight: sentences)"),
        Projection("co-article", co_article, False,
                   "actors and places mentioned in the same article (weight: articles)"),
        Projection("claim", claim_network, True,
                   "claimant → actors and places the claim is about (weight: claims)"),
        Projection("article-entity", article_entity, False,
                   "articles and the actors and places they mention (weight: mentions)"),
    )
}
DEFAULT = DEFAULT_PROJECTION


def get(name: str) -> Projection:
    """The projection called ``name``; ValueError naming the known ones otherwise."""
    try:
        return PROJECTIONS[name]
    except KeyError:
        raise ValueError(f"unknown projection {name!r}; known: {', '.join(PROJECTIONS)}") from None


def project(store, name: str = DEFAULT):
    """The network of ``store`` under the projection ``name``."""
    return get(name).function(store)
