"""kg.lookup on the demo store: lookup through aliases, descriptions, claims, provenance, ranking."""

from __future__ import annotations

import shutil

import pyoxigraph as ox
import pytest

from kg import lookup as D
from kg import vocab as V

P = V.sparql_prefixes()
HOSTILE = ['"} DROP ALL #', "x' } ; DROP ALL ; #", "{", "a\nb", "#", "\\\"", "ISIS\" . ?s ?p ?o",
           "<http://kg.example/entity/isis>} DROP ALL {"]


@pytest.fixture(scope="module")
def store(demo_store_dir):
    from kg.store import open_store

    s = open_store(demo_store_dir, read_only=True)
    yield s
    s.close()


def _copy(demo_store_dir, tmp_path_factory, name: str):
    from kg.store import open_store

    path = tmp_path_factory.mktemp(name) / "store"
    shutil.copytree(demo_store_dir, path)
    (path / "kg.lock").unlink(missing_ok=True)
    return open_store(path)


@pytest.fixture(scope="module")
def ranked_store(demo_store_dir, tmp_path_factory):
    """A copy of the demo store with the analytics computed (kg rank)."""
    from kg.analytics import rank

    s = _copy(demo_store_dir, tmp_path_factory, "ranked")
    rank(s, measure="pagerank")
    yield s
    s.close()


@pytest.fixture(scope="module")
def unranked_store(demo_store_dir, tmp_path_factory):
    """A copy of the demo store without the analytics graph."""
    s = _copy(demo_store_dir, tmp_path_factory, "unranked")
    s.remove_graph(V.ANALYTICS_GRAPH)
    yield s
    s.close()


def _aliases(store) -> list[tuple[str, str]]:
    """(entity, alias) where the alias names no other entity and is not the entity's own name."""
    rows = store.query(P + """SELECT DISTINCT ?e ?alias WHERE {
        ?e schema:alternateName ?alias .
        FILTER NOT EXISTS { ?e schema:name ?n FILTER(LCASE(STR(?n)) = LCASE(STR(?alias))) }
        FILTER NOT EXISTS { ?o schema:name|schema:alternateName ?x
                            FILTER(?o != ?e && LCASE(STR(?x)) = LCASE(STR(?alias))) }
    } ORDER BY ?e ?alias""").rows
    return [(e.value, a.value) for e, a in rows]


def test_names_resolve_through_aliases_case_insensitively(store):
    pairs = _aliases(store)
    assert pairs, "the demo store has entities with aliases"
    for iri, alias in pairs:
        for text in (alias, alias.upper(), alias.lower(), f"  {alias} "):
            found = D.find(store, text)
            assert found and found[0].iri == iri, (text, found)
            assert found[0].how in ("alias", "name")
        assert D.resolve_one(store, alias) == iri


def test_daesh_is_an_alias_of_the_islamic_state(store):
    daesh = D.find(store, "Daesh")
    assert daesh
    isis = D.find(store, "ISIS")
    assert daesh[0].iri == isis[0].iri


def test_names_beat_aliases_and_iris_are_accepted(store):
    iri = D.find(store, "ISIS")[0].iri
    name = D.name_of(store, iri)
    best = D.find(store, name)[0]
    assert best.iri == iri and best.how == "name"
    assert D.find(store, V.shorten(iri))[0] == D.Match(iri, best.name, "iri", best.mentions)
    assert D.find(store, f"<{iri}>")[0].iri == iri
    assert D.find(store, "ent:no-such-entity") == []
    assert D.find(store, "") == []


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_just_names_that_are_not_found(store, name):
    size = len(store)
    assert D.find(store, name) == []
    assert len(store) == size


def test_describe_agrees_with_the_graph(store):
    iri = D.resolve_one(store, "ISIS")
    d = D.describe(store, iri)
    node = ox.NamedNode(iri)
    grouped = store.query(P + "SELECT ?e (COUNT(DISTINCT ?m) AS ?n) { ?m kg:mentionOf ?e } GROUP BY ?e",
                          bindings={"e": node}).rows
    assert d.mentions == int(grouped[0][1].value) > 0
    assert d.name and V.SCHEMA + "Organization" in d.types
    assert "Daesh" in d.aliases
    assert sum(a.mentions for a in d.articles) == d.mentions
    articles = {r[0].value for r in store.query(P + "SELECT DISTINCT ?a { ?a schema:mentions ?e }",
                                                bindings={"e": node}).rows}
    assert {a.iri for a in d.articles} == articles
    for c in d.claims_about:
        assert store.query(P + "ASK { ?c schema:about ?e }", bindings={"c": ox.NamedNode(c.iri), "e": node}).boolean
    assert d.claims_about, "claims about ISIS in the demo articles"
    assert D.describe(store, V.ENTITY + "no-such-entity") is None


def test_claims_by_a_speaker(store):
    speaker = store.query(P + """SELECT ?e WHERE { ?c a schema:Claim ; schema:author ?e . ?e schema:name ?n }
                                 GROUP BY ?e ORDER BY DESC(COUNT(?c)) ?e LIMIT 1""").rows[0][0].value
    by = D.claims(store, speaker, role="by")
    assert by and all(c.role == "by" and c.speaker == speaker for c in by)
    assert all(c.article.iri.startswith(V.ARTICLE) and c.text for c in by)
    both = D.claims(store, speaker)
    assert {c.iri for c in by} <= {c.iri for c in both}


def test_limited_claims_are_the_earliest_and_counts_are_whole(store):
    isis = V.ENTITY + "isis"
    every = D.claims(store, isis, role="about")
    dates = [c.article.date or "9999" for c in every]
    assert dates == sorted(dates) and len(set(dates)) > 1, "claims about ISIS in differently dated articles"
    # article IRIs do not sort by date here, so a cut that ignored dates would keep other claims
    assert [c.article.iri for c in every] != sorted(c.article.iri for c in every)
    for limit in (1, 2, 5):
        assert D.claims(store, isis, role="about", limit=limit) == every[:limit]
        d = D.describe(store, isis, claim_limit=limit)
        assert list(d.claims_about) == every[:limit]
        assert d.claim_counts[1] == len(every)


def test_why_points_at_the_words(store):
    claims = [r[0].value for r in store.query(P + "SELECT ?c { ?c a schema:Claim } ORDER BY ?c").rows]
    assert claims
    for iri in claims:
        (ev,) = D.why(store, iri)
        assert ev.kind == "claim" and ev.article is not None
        a, b = ev.start - ev.sentence_start, ev.end - ev.sentence_start
        assert " ".join(ev.sentence[a:b].split()) == " ".join(ev.text.split())
        marked = ev.marked_sentence("[[", "]]")
        assert "[[" in marked and "]]" in marked
    isis = D.resolve_one(store, "ISIS")
    mentions = D.why(store, isis, limit=3)
    assert len(mentions) == 3
    for ev in mentions:
        assert ev.kind == "mention" and ev.of == isis
        assert ev.sentence[ev.start - ev.sentence_start:ev.end - ev.sentence_start] == ev.text
    assert D.why(store, V.ENTITY + "no-such-entity") == []


def test_top_without_analytics_ranks_by_mentions(unranked_store):
    store = unranked_store
    assert D.measures(store) == []
    t = D.top(store, measure="pagerank", n=5)
    assert t.measure == "mentions" and "kg rank" in t.note
    scores = [s for _, _, s in t.rows]
    assert len(t.rows) == 5 and scores == sorted(scores, reverse=True)
    people = D.top(store, measure="mentions", n=50, cls=V.SCHEMA + "Person")
    for iri, _, _ in people.rows:
        assert store.query("ASK { ?e a <http://schema.org/Person> }", bindings={"e": ox.NamedNode(iri)}).boolean


def test_top_and_describe_with_analytics(ranked_store):
    assert "pagerank" in D.measures(ranked_store)
    t = D.top(ranked_store, measure="pagerank", n=5)
    assert t.measure == "pagerank" and t.note is None
    scores = [s for _, _, s in t.rows]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    first = D.describe(ranked_store, t.rows[0][0])
    pr = {m.name: m for m in first.measures}["pagerank"]
    assert pr.rank == 1 and pr.value == pytest.approx(scores[0])
    assert first.community is not None and first.community.size >= 1
    t2 = D.top(ranked_store, measure="weighted-degree", n=3, cls=V.SCHEMA + "Place")
    assert t2.measure == "weightedDegree" and len(t2.rows) == 3


def test_similar_names(store):
    names = D.entity_names(store)
    assert any(label == "Daesh" for label, _ in names)
    assert "Daesh" in D.similar_names(names, "daesh")
    assert "Daesh" in D.similar_names(names, "Daash")
    assert D.similar_names(names, "") == []
