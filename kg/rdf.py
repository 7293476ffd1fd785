"""One article's extraction → the quads of its named graph, and what it says of its entities.

The graph of an article is named by the article's IRI.  It holds the article
(``schema:NewsArticle``), its sentences, every mention (with span and surface
form), the links to the actors and places it mentions, its claims
(``schema:Claim``) and stated quantities.  Node IRIs inside an article are the
article IRI plus a fragment (``#s3``, ``#m120-131``, ``#c200-340``), so that
every node can be traced back to its words.

What an article says about an entity itself (types, ``schema:name``,
``schema:alternateName`` for each surface form, coordinates, Wikidata link,
and the names of authors and publishers) goes to the one shared graph
:data:`kg.vocab.ENTITIES_GRAPH` instead: written once per entity rather than
once per article that mentions it, so that a join through an entity's name or
type meets each fact once.  Adding such a quad twice changes nothing, so every
article adds its own; :func:`kg.entity_graph.prune` drops what no article
backs any more.

Terms are built directly as pyoxigraph terms: the store takes them as they are.
"""

from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox

from . import vocab as V
from .model import Article, Extraction

_XSD_INT = ox.NamedNode(V.XSD + "integer")
_XSD_DEC = ox.NamedNode(V.XSD + "decimal")
_XSD_DATE = ox.NamedNode(V.XSD + "date")
_XSD_DOUBLE = ox.NamedNode(V.XSD + "double")
_A = ox.NamedNode(V.RDF_TYPE)


def _s(ns: str):
    cache: dict[str, ox.NamedNode] = {}

    def term(local: str) -> ox.NamedNode:
        node = cache.get(local)
        if node is None:
            node = cache[local] = ox.NamedNode(ns + local)
        return node

    return term


S = _s(V.SCHEMA)
K = _s(V.KG)


def lit(value: str) -> ox.Literal:
    return ox.Literal(value)


def int_lit(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_XSD_INT)


def dec_lit(value: float) -> ox.Literal:
    text = repr(float(value))
    if "e" in text or "inf" in text or "nan" in text:
        return ox.Literal(text, datatype=_XSD_DOUBLE)
    return ox.Literal(text, datatype=_XSD_DEC)


def valid_iri(text: str) -> bool:
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return "://" in text


def person_key(name: str) -> str:
    return V.slug(name)


def article_quads(article: Article, extraction: Extraction, *, extractor: str = "",
                  publisher_key: str | None = None) -> list[ox.Quad]:
    """All quads of the named graph of ``article``, then its quads for the entities graph.

    Quads name their graph: the article's IRI, or :data:`kg.vocab.ENTITIES_GRAPH`
    for entity descriptions (see :meth:`kg.store.base.Store.replace_graphs`).
    ``extractor`` records what produced the graph (kg version, model,
    gazetteer digest) so that a later build can tell stale graphs apart.
    """
    a_iri = V.article_iri(article.identifier)
    art = ox.NamedNode(a_iri)
    g = art
    out: list[ox.Quad] = []
    shared: list[ox.Quad] = []
    eg = ox.NamedNode(V.ENTITIES_GRAPH)

    def add(s, p, o) -> None:
        out.append(ox.Quad(s, p, o, g))

    def describe(s, p, o) -> None:
        shared.append(ox.Quad(s, p, o, eg))

    # -- the article -----------------------------------------------------
    add(art, _A, S("NewsArticle"))
    add(art, S("identifier"), lit(article.identifier))
    if article.title:
        add(art, S("headline"), lit(article.title))
    for name in article.authors:
        person = ox.NamedNode(V.entity_iri(person_key(name)))
        add(art, S("author"), person)
        describe(person, _A, S("Person"))
        describe(person, S("name"), lit(name))
    if article.publisher:
        org = ox.NamedNode(V.entity_iri(publisher_key or V.slug(article.publisher)))
        add(art, S("publisher"), org)
        describe(org, _A, S("Organization"))
        describe(org, S("name"), lit(article.publisher))
    if article.date:
        add(art, S("datePublished"), ox.Literal(article.date.isoformat(), datatype=_XSD_DATE))
    if article.url and valid_iri(article.url):
        add(art, S("url"), ox.NamedNode(article.url))
    for region in article.regions:
        add(art, K("region"), lit(region))
    for theme in article.themes:
        add(art, K("theme"), lit(theme))
    add(art, S("wordCount"), int_lit(len(article.body().split())))
    add(art, K("sourceFile"), lit(article.source))
    if article.digest:
        add(art, K("digest"), lit(article.digest))
    if extractor:
        add(art, K("extractor"), lit(extractor))

    # -- sentences -------------------------------------------------------
    sent_nodes: dict[int, ox.NamedNode] = {}
    for sent in extraction.sentences:
        node = sent_nodes[sent.index] = ox.NamedNode(f"{a_iri}#s{sent.index}")
        add(node, _A, K("Sentence"))
        add(node, K("inArticle"), art)
        add(node, K("index"), int_lit(sent.index))
        add(node, K("start"), int_lit(sent.start))
        add(node, K("end"), int_lit(sent.end))
        add(node, S("text"), lit(sent.text))

    def span(node: ox.NamedNode, start: int, end: int, sentence: int) -> None:
        add(node, K("start"), int_lit(start))
        add(node, K("end"), int_lit(end))
        add(node, K("sentence"), sentence_node(sentence))

    def about(node: ox.NamedNode, keys) -> None:
        for key in keys:
            add(node, S("about"), ox.NamedNode(V.entity_iri(key)))

    def sentence_node(index: int) -> ox.NamedNode:
        node = sent_nodes.get(index)
        if node is None:  # a span in a sentence the segmenter left blank
            node = sent_nodes[index] = ox.NamedNode(f"{a_iri}#s{index}")
            add(node, _A, K("Sentence"))
            add(node, K("inArticle"), art)
            add(node, K("index"), int_lit(index))
        return node

    # -- actors and places -----------------------------------------------
    for ent in extraction.entities:
        node = ox.NamedNode(V.entity_iri(ent.key))
        add(art, S("mentions"), node)
        add(node, K("recognizedAs"), S(V.KIND_BROAD.get(ent.kind, "Thing")))
        for cls in V.KIND_CLASSES.get(ent.kind, (V.SCHEMA + "Thing",)):
            describe(node, _A, ox.NamedNode(cls))
        describe(node, S("name"), lit(ent.name))
        for alias in ent.aliases:
            describe(node, S("alternateName"), lit(alias))
        if ent.wikidata:
            describe(node, S("sameAs"), ox.NamedNode(V.wikidata_iri(ent.wikidata)))
        if ent.latitude is not None and ent.longitude is not None:
            geo = ox.NamedNode(V.entity_iri(ent.key) + "#geo")
            describe(node, S("geo"), geo)
            describe(geo, _A, S("GeoCoordinates"))
            describe(geo, S("latitude"), dec_lit(ent.latitude))
            describe(geo, S("longitude"), dec_lit(ent.longitude))
        if ent.country and ent.country != ent.key:
            describe(node, S("containedInPlace"), ox.NamedNode(V.entity_iri(ent.country)))
        for m in ent.mentions:
            mn = ox.NamedNode(f"{a_iri}#m{m.start}-{m.end}")
            add(mn, _A, K("Mention"))
            add(mn, K("mentionOf"), node)
            add(mn, K("inArticle"), art)
            span(mn, m.start, m.end, m.sentence)
            add(mn, K("surface"), lit(m.text))

    # -- claims ----------------------------------------------------------
    writer = (ox.NamedNode(V.entity_iri(person_key(article.authors[0])))
              if len(article.authors) == 1 else None)
    for c in extraction.claims:
        node = ox.NamedNode(f"{a_iri}#c{c.start}-{c.end}")
        add(node, _A, S("Claim"))
        add(node, S("appearance"), art)
        add(node, S("text"), lit(c.text))
        add(node, K("claimKind"), lit(c.kind))
        add(node, K("act"), K(c.act))
        span(node, c.start, c.end, c.sentence)
        if c.cue:
            add(node, K("cue"), lit(c.cue))
        if c.speaker:
            add(node, K("speakerText"), lit(c.speaker))
        if c.speaker_start is not None and c.speaker_end is not None:
            add(node, K("speakerStart"), int_lit(c.speaker_start))
            add(node, K("speakerEnd"), int_lit(c.speaker_end))
        if c.speaker_key:
            add(node, S("author"), ox.NamedNode(V.entity_iri(c.speaker_key)))
        elif writer is not None and (c.speaker or "").lower() in ("i", "me"):
            add(node, S("author"), writer)  # "I" outside quotes: the one who wrote it
        else:
            src = ox.NamedNode(f"{a_iri}#source{c.start}")
            add(node, S("author"), src)
            add(src, _A, K("UnnamedSource"))
            add(src, S("description"), lit(c.speaker or "unnamed source"))
        about(node, c.about)

    # -- quantities ------------------------------------------------------
    for q in extraction.quantities:
        node = ox.NamedNode(f"{a_iri}#q{q.start}-{q.end}")
        add(node, _A, K("Quantity"))
        add(node, K("inArticle"), art)
        add(node, S("text"), lit(q.text))
        add(node, K("amount"), dec_lit(q.amount))
        span(node, q.start, q.end, q.sentence)
        if q.counted:
            add(node, K("counted"), lit(q.counted))
        if q.unit:
            add(node, K("unit"), lit(q.unit))
        if q.verb:
            add(node, K("verb"), lit(q.verb))
        about(node, q.about)
    return _dedupe(out) + _dedupe(shared)


def _dedupe(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    seen: set = set()
    out = []
    for q in quads:
        if q not in seen:
            seen.add(q)
            out.append(q)
    return out
