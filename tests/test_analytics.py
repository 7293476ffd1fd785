"""kg.analytics: projections, measures (networkx and igraph), write-back, kg rank, export."""

from __future__ import annotations

import io
import json
import random
import subprocess
import sys
from collections import Counter
from itertools import combinations

import networkx as nx
import pyoxigraph as ox
import pytest

from conftest import ROOT, copy_store
from kg import vocab as V
from kg.model import Article, Claim, Entity, Extraction, Mention, Sentence
from kg.rdf import article_quads
from kg.store import open_store

import kg.analytics as A
from kg.analytics import engines as E
from kg.analytics import measures as M
from kg.analytics import projections as P
from kg.analytics import sampling
from kg.analytics import writeback as W

KG = V.KG
PREFIXES = f"PREFIX kg: <{V.KG}>\nPREFIX schema: <{V.SCHEMA}>\n"

# -- a small hand-made corpus --------------------------------------------------
# Each article: its sentences, as the entity keys each sentence mentions (in order),
# the names and kinds it gives those entities, and its claims (speaker or None, about).
CORPUS = {
    "a1": {
        "title": "First report",
        "author": "Jane Reporter",
        "sentences": [["isis", "iraq"], ["isis", "iraq", "obama"], ["baghdad"], ["isis", "isis"]],
        "entities": {"isis": ("ISIS", "ArmedGroup"), "iraq": ("Iraq", "Country"),
                     "obama": ("Barack Obama", "Person"), "baghdad": ("Baghdad", "City")},
        "claims": [("obama", ("isis", "iraq")), (None, ("isis",))],
    },
    "a2": {
        "title": "Second report",
        "author": "Jane Reporter",
        "sentences": [["isis", "syria"], ["obama", "syria"], ["iraq", "isis"]],
        "entities": {"isis": ("Islamic State", "ArmedGroup"), "syria": ("Syria", "Country"),
                     "obama": ("Barack Obama", "Person"), "iraq": ("Iraq", "Country")},
        "claims": [("obama", ("isis",)), ("isis", ("isis", "syria"))],
    },
    "a3": {
        "title": "Third report",
        "author": "John Writer",
        "sentences": [["obama", "iraq"], ["isis", "baghdad"]],
        "entities": {"isis": ("ISIS", "ArmedGroup"), "obama": ("Obama", "Person"),
                     "iraq": ("Iraq", "GovernmentOrganization"), "baghdad": ("Baghdad", "City")},
        "claims": [("obama", ("baghdad",))],
    },
}


def iri(key: str) -> str:
    return V.entity_iri(key)


def art(key: str) -> str:
    return V.article_iri(key)


def corpus_quads(ident: str) -> list[ox.Quad]:
    spec = CORPUS[ident]
    sentences, mentions, pos = [], {}, 0
    texts = []
    for i, keys in enumerate(spec["sentences"]):
        words, spans = [], []
        off = pos
        for key in keys:
            surface = spec["entities"][key][0]
            spans.append((key, off, off + len(surface), surface))
            words.append(surface)
            off += len(surface) + 5  # " and "
        text = " and ".join(words) + " met."
        sentences.append(Sentence(i, pos, pos + len(text), text))
        for key, start, end, surface in spans:
            kind = spec["entities"][key][1]
            mentions.setdefault(key, []).append(Mention(start, end, surface, i, "ORG", kind))
        texts.append(text)
        pos += len(text) + 1
    entities = tuple(Entity(key, name, kind, (name,), tuple(mentions.get(key, ())))
                     for key, (name, kind) in spec["entities"].items())
    claims = []
    for n, (speaker, about) in enumerate(spec["claims"]):
        claims.append(Claim(n * 3, n * 3 + 2, "xx", "reported", 0, cue="said",
                            speaker="officials" if speaker is None else speaker,
                            speaker_key=speaker, about=about))
    article = Article(ident, " ".join(texts), f"{ident}.txt", title=spec["title"],
                      authors=(spec["author"],), publisher="The Daily", digest=ident * 8)
    return article_quads(article, Extraction(tuple(sentences), entities, tuple(claims)))


@pytest.fixture
def store():
    s = open_store(":memory:")
    for ident in CORPUS:
        s.replace_graph(art(ident), corpus_quads(ident))
    yield s
    s.close()


def edge_weights(G) -> dict:
    if G.is_directed():
        return {(u, v): w for u, v, w in G.edges(data="weight")}
    return {tuple(sorted((u, v))): w for u, v, w in G.edges(data="weight")}


# -- projections ----------------------------------------------------------------

def test_co_mention_edges_and_weights(store):
    expected = Counter()
    for spec in CORPUS.values():
        for keys in spec["sentences"]:
            for a, b in combinations(sorted(set(keys)), 2):
                expected[tuple(sorted((iri(a), iri(b))))] += 1
    G = P.co_mention(store)
    assert not G.is_directed()
    assert edge_weights(G) == dict(expected)
    mentioned = {iri(k) for spec in CORPUS.values() for keys in spec["sentences"] for k in keys}
    assert set(G) == mentioned


def test_node_attributes_pick_canonical_name_and_type(store):
    G = P.co_mention(store)
    said = sum(keys.count("isis") for spec in CORPUS.values() for keys in spec["sentences"])
    assert G.nodes[iri("isis")] == {"name": "ISIS", "type": "Organization",  # 2 articles of 3
                                    "mentions": said}
    assert G.nodes[iri("obama")]["name"] == "Barack Obama"
    assert G.nodes[iri("iraq")]["type"] == "Place"  # Country twice, government once
    assert G.nodes[iri("baghdad")]["type"] == "Place"
    # journalists and publishers are typed but not mentioned: not in the network
    assert iri(V.slug("Jane Reporter")) not in G and iri(V.slug("The Daily")) not in G


def test_co_article(store):
    expected = Counter()
    for spec in CORPUS.values():
        keys = {k for keys in spec["sentences"] for k in keys}
        for a, b in combinations(sorted(keys), 2):
            expected[tuple(sorted((iri(a), iri(b))))] += 1
    assert edge_weights(P.co_article(store)) == dict(expected)


def test_claim_network_is_directed_and_skips_unnamed_sources(store):
    expected = Counter()
    for spec in CORPUS.values():
        for speaker, about in spec["claims"]:
            for x in about:
                if speaker is not None and speaker != x:
                    expected[(iri(speaker), iri(x))] += 1
    G = P.claim_network(store)
    assert G.is_directed()
    assert edge_weights(G) == dict(expected)
    assert not any("#source" in n for n in G)
    assert G.nodes[iri("obama")]["type"] == "Person"


def test_article_entity_bipartite(store):
    expected = Counter()
    for ident, spec in CORPUS.items():
        for keys in spec["sentences"]:
            for k in keys:
                expected[tuple(sorted((art(ident), iri(k))))] += 1
    G = P.article_entity(store)
    assert edge_weights(G) == dict(expected)
    made = sum(len(keys) for keys in CORPUS["a1"]["sentences"])  # the mentions a1 makes
    assert G.nodes[art("a1")] == {"name": "First report", "type": "Article", "bipartite": 0,
                                  "mentions": made}
    assert G.nodes[iri("isis")]["bipartite"] == 1
    assert nx.is_bipartite(G)


def test_projection_registry(store):
    assert list(P.PROJECTIONS) == ["co-mention", "co-article", "claim", "article-entity"]
    for name, proj in P.PROJECTIONS.items():
        G = P.project(store, name)
        assert G.graph["projection"] == name and G.is_directed() == proj.directed
    with pytest.raises(ValueError, match="unknown projection 'nope'; known: co-mention"):
        P.project(store, "nope")


def test_empty_store_gives_empty_network():
    s = open_store(":memory:")
    G = P.co_mention(s)
    assert len(G) == 0
    engine, scores, k = E.compute_measures(G)
    assert all(v == {} for v in scores.values())


# -- measures --------------------------------------------------------------------

def weighted_graph(directed=False, n=70, m=160, seed=3):
    G = nx.gnm_random_graph(n, m, seed=seed, directed=directed)
    G = nx.relabel_nodes(G, {i: f"http://kg.example/entity/n{i}" for i in G})
    G.add_nodes_from(f"http://kg.example/entity/isolated{i}" for i in range(3))
    rng = random.Random(seed)
    for u, v in G.edges:
        G[u][v]["weight"] = rng.randint(1, 6)
    return G


def close(a: dict, b: dict, tol: float) -> bool:
    return a.keys() == b.keys() and all(abs(a[k] - b[k]) <= tol for k in a)


def test_networkx_engine_is_networkx():
    G = weighted_graph()
    engine, s, k = E.compute_measures(G, engine="networkx")
    assert engine == "networkx" and k is None
    assert s["degree"] == dict(G.degree())
    assert s["weighted-degree"] == dict(G.degree(weight="weight"))
    assert s["betweenness"] == nx.betweenness_centrality(G)
    assert s["closeness"] == nx.closeness_centrality(G)
    assert close(s["eigenvector"], nx.eigenvector_centrality(G, weight="weight", max_iter=1000), 1e-5)
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

    assert close(s["pagerank"], _pagerank_python(G, weight="weight", tol=M.TOL, max_iter=1000), 1e-9)
    parts = nx.community.louvain_communities(G, weight="weight", seed=M.SEED)
    assert M.number_communities(parts) == s["community"]
    assert M.betweenness(G, k=20, seed=5) == nx.betweenness_centrality(G, k=20, seed=5)


@pytest.mark.parametrize("directed", [False, True])
@pytest.mark.parametrize("k", [None, 25])
def test_igraph_engine_matches_networkx(directed, k):
    G = weighted_graph(directed)
    ref, fast = E.NetworkxEngine(G), E.IgraphEngine(G)
    for m in ("degree", "weighted-degree"):
        assert fast.measure(m) == ref.measure(m)
    assert close(fast.measure("pagerank"), ref.measure("pagerank"), 1e-5)
    assert close(fast.measure("eigenvector"), ref.measure("eigenvector"), 1e-5)
    # exact vs exact, and the same pivots when sampled: equal up to rounding
    assert close(fast.measure("betweenness", k=k), ref.measure("betweenness", k=k), 1e-12)
    assert close(fast.measure("closeness", k=k), ref.measure("closeness", k=k), 1e-12)
    q_fast = M.modularity(G, fast.measure("community"))
    q_ref = M.modularity(G, ref.measure("community"))
    assert q_ref > 0.3 and abs(q_fast - q_ref) < 0.03
    assert set(fast.measure("community")) == set(G)


@pytest.mark.parametrize("directed", [False, True])
def test_igraph_pagerank_jumps_by_mentions_as_networkx_does(directed):
    G = weighted_graph(directed)
    rng = random.Random(7)
    for n in G:
        G.nodes[n]["mentions"] = rng.choice([0, 1, 1, 2, 5, 40])
    ref, fast = E.NetworkxEngine(G).measure("pagerank"), E.IgraphEngine(G).measure("pagerank")
    assert close(fast, ref, 1e-6)
    uniform = E.NetworkxEngine(nx.DiGraph(G.edges(data=True)) if directed
                               else nx.Graph(G.edges(data=True))).measure("pagerank")
    assert not close(ref, {n: uniform.get(n, 0.0) for n in ref}, 1e-3)  # the jump counts


def test_igraph_communities_are_seeded():
    G = weighted_graph(n=200, m=500)
    assert E.IgraphEngine(G, seed=1).measure("community") == E.IgraphEngine(G, seed=1).measure("community")


def test_auto_engine_threshold(monkeypatch):
    G = weighted_graph()
    assert E.choose("auto", G) == "networkx"
    monkeypatch.setattr(E, "FAST_ABOVE", 10)
    assert E.compute_measures(G, ("pagerank",))[0] == "igraph"
    with pytest.raises(ValueError, match="unknown engine"):
        E.choose("fast", G)
    with pytest.raises(ValueError, match="unknown measure 'katz'"):
        E.compute_measures(G, ("katz",))


def test_sampling_above_threshold(monkeypatch):
    G = nx.barabasi_albert_graph(600, 3, seed=2)
    monkeypatch.setattr(sampling, "EXACT_UP_TO_NETWORKX", 500)  # where sample_size reads them
    monkeypatch.setattr(sampling, "PIVOTS", 150)
    engine, s, k = E.compute_measures(G, ("betweenness", "closeness"), engine="networkx")
    assert k == 150
    assert s["betweenness"] == nx.betweenness_centrality(G, k=150, seed=M.SEED)
    exact_b, exact_c = nx.betweenness_centrality(G), nx.closeness_centrality(G)
    top = sorted(G, key=exact_b.get, reverse=True)[:10]
    assert len(set(top) & set(sorted(G, key=s["betweenness"].get, reverse=True)[:10])) >= 8
    assert max(abs(s["closeness"][v] - exact_c[v]) / exact_c[v] for v in G) < 0.1


# -- write-back -------------------------------------------------------------------

def test_write_back_score_is_one_triple_away(store):
    analytics = A.compute(store)
    A.write(store, analytics)
    res = store.query(PREFIXES + "SELECT ?e ?s WHERE { ?e kg:pagerank ?s } ORDER BY DESC(?s)")
    got = {e.value: float(s.value) for e, s in res.rows}
    assert got == pytest.approx(dict(analytics.scores["pagerank"]))
    assert res.rows[0][0].value == iri("isis")
    assert res.rows[0][1].datatype.value == V.XSD + "double"
    for prop in ("betweenness", "degree", "weightedDegree", "eigenvector", "closeness", "community"):
        n = store.query(PREFIXES + f"SELECT (COUNT(*) AS ?n) WHERE {{ ?e kg:{prop} ?s }}").rows[0][0]
        assert int(n.value) == analytics.node_count, prop
    deg = store.query(PREFIXES + "SELECT ?d WHERE { ?e kg:degree ?d }", bindings={"e": ox.NamedNode(iri("isis"))})
    assert deg.rows[0][0].datatype.value == V.XSD + "integer"
    graphs = store.query(PREFIXES + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e kg:pagerank ?s } }", union=False)
    assert [r[0].value for r in graphs.rows] == [V.ANALYTICS_GRAPH]


def test_run_record(store):
    A.write(store, A.compute(store))
    info = A.run_info(store)
    assert info.projection == "co-mention" and info.engine == "networkx" and not info.stale
    assert set(info.measures) == set(M.MEASURES) and info.pivots is None and info.seed == M.SEED
    row = store.query(PREFIXES + f"""SELECT ?t ?s WHERE {{ <{V.ANALYTICS_GRAPH}> a kg:AnalyticsRun ;
        kg:projection "co-mention" ; kg:computedAt ?t ; kg:stale ?s }}""").rows[0]
    assert row[0].datatype.value == V.XSD + "dateTime" and row[1].value == "false"


def test_other_projections_use_score_records(store):
    A.write(store, A.compute(store))
    before = store.query(PREFIXES + "SELECT ?e ?s WHERE { ?e kg:pagerank ?s }").rows
    claim = A.compute(store, projection="claim")
    A.write(store, claim)
    A.write(store, A.compute(store, projection="claim"))  # rewriting replaces, never duplicates
    after = store.query(PREFIXES + "SELECT ?e ?s WHERE { ?e kg:pagerank ?s }").rows
    assert sorted(map(str, after)) == sorted(map(str, before))  # co-mention kept, claim not mixed in
    res = store.query(PREFIXES + """SELECT ?e ?s WHERE { ?r kg:projection "claim" ; kg:entity ?e ;
        kg:measure kg:pagerank ; kg:value ?s } ORDER BY DESC(?s)""")
    assert {e.value: float(s.value) for e, s in res.rows} == pytest.approx(dict(claim.scores["pagerank"]))
    assert res.rows[0][0].value == iri("syria")  # all of the claims of ISIS are about Syria
    assert A.load(store, "claim").scores["community"] == claim.scores["community"]
    runs = store.query(PREFIXES + "SELECT ?p WHERE { ?r a kg:AnalyticsRun ; kg:projection ?p }")
    assert sorted(r[0].value for r in runs.rows) == ["claim", "co-mention"]


def test_mark_stale(store):
    n = len(store)
    A.mark_stale(store)  # no analytics: nothing happens
    assert len(store) == n and V.ANALYTICS_GRAPH not in store.graph_names()
    A.write(store, A.compute(store))
    A.write(store, A.compute(store, projection="claim"))
    assert A.fresh(store)
    A.mark_stale(store)
    assert A.run_info(store).stale and A.run_info(store, "claim").stale
    stale = store.query(PREFIXES + "SELECT ?s WHERE { ?r kg:stale ?s }").rows
    assert [r[0].value for r in stale] == ["true", "true"]


def test_removing_an_article_marks_stale_and_rank_recomputes(store):
    from kg.pipeline import remove

    first = A.rank(store, top=None)
    assert A.fresh(store)
    assert remove(["a3"], store) == (["a3"], [])
    assert A.run_info(store).stale
    again = A.rank(store, top=None)
    assert not A.run_info(store).stale
    assert len(again) == len(first)  # baghdad is still mentioned in a1
    assert A.load(store).edge_count == P.co_mention(store).number_of_edges()


def test_rank_reads_back_from_the_store(store):
    analytics = A.compute(store)
    A.write(store, analytics)
    store.update(PREFIXES + f"""DELETE {{ GRAPH <{V.ANALYTICS_GRAPH}> {{ ?e kg:betweenness ?s }} }}
        INSERT {{ GRAPH <{V.ANALYTICS_GRAPH}> {{ ?e kg:betweenness 7.0 }} }}
        WHERE {{ GRAPH <{V.ANALYTICS_GRAPH}> {{ ?e kg:betweenness ?s }} FILTER(?e = <{iri('baghdad')}>) }}""")
    rows = A.rank(store, measure="betweenness", top=2)
    assert (rows[0].name, rows[0].score) == ("Baghdad", 7.0)  # what the store says
    people = A.rank(store, measure="pagerank", type="Person")
    assert [r.name for r in people] == ["Barack Obama"] and people[0].rank == 1
    rows = A.rank(store, measure="degree", top=None)
    assert [r.score for r in rows] == sorted((r.score for r in rows), reverse=True)
    assert rows[0].community == analytics.scores["community"][rows[0].entity]
    with pytest.raises(ValueError, match="unknown measure"):
        A.rank(store, measure="community")


# -- export -----------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_network_rereads_with_attributes(store, fmt):
    from kg.analytics.export import export_network

    A.write(store, A.compute(store))
    buf = io.BytesIO()
    export_network(store, fmt, buf, projection="co-mention")
    buf.seek(0)
    G = nx.read_graphml(buf) if fmt == "graphml" else nx.read_gexf(buf)
    isis = G.nodes[iri("isis")]
    assert isis["name"] == "ISIS" and isis["type"] == "Organization"
    stored = A.load(store)
    assert isis["pagerank"] == pytest.approx(stored.scores["pagerank"][iri("isis")])
    assert int(isis["community"]) == stored.scores["community"][iri("isis")]
    for attr in ("betweenness", "degree", "weighted_degree", "eigenvector", "closeness"):
        assert attr in isis
    expected = edge_weights(P.co_mention(store))
    got = {tuple(sorted((u, v))): float(w) for u, v, w in G.edges(data="weight")}
    assert got == pytest.approx({k: float(w) for k, w in expected.items()})


def test_export_computes_when_the_store_has_no_analytics(store):
    from kg.analytics.export import export_network

    buf = io.BytesIO()
    export_network(store, "graphml", buf, projection="claim")
    G = nx.read_graphml(io.BytesIO(buf.getvalue()))
    assert G.is_directed() and "pagerank" in G.nodes[iri("isis")]
    assert V.ANALYTICS_GRAPH not in store.graph_names()  # export only reads


# -- the real build and the command line ----------------------------------------------

def boilerplate_names(store) -> set[str]:
    """Names and IRIs of page furniture: bylines, publishers, and entities mentioned only in
    sentences that recur word for word in another article (site templates)."""
    names = {r[0].value.casefold() for r in store.query(PREFIXES + """SELECT DISTINCT ?n WHERE {
        ?a a schema:NewsArticle ; schema:author|schema:publisher ?p . ?p schema:name ?n }""").rows}
    rows = store.query(PREFIXES + """SELECT DISTINCT ?e ?t ?a WHERE {
        ?m kg:mentionOf ?e ; kg:sentence ?s . ?s schema:text ?t ; kg:inArticle ?a }""").rows
    articles_of: dict[str, set] = {}
    for _, t, a in rows:
        articles_of.setdefault(t.value.strip(), set()).add(a.value)
    only_repeated: dict[str, bool] = {}
    for e, t, _ in rows:
        repeated = len(articles_of[t.value.strip()]) > 1
        only_repeated[e.value] = only_repeated.get(e.value, True) and repeated
    return names | {e for e, flag in only_repeated.items() if flag}


def names_of(store, entity: str) -> list[str]:
    q = PREFIXES + "SELECT DISTINCT ?n WHERE { ?e schema:name|schema:alternateName ?n }"
    return [r[0].value for r in store.query(q, bindings={"e": ox.NamedNode(entity)}).rows]


@pytest.fixture(scope="module")
def built(demo_store_dir, tmp_path_factory):
    return copy_store(demo_store_dir, tmp_path_factory.mktemp("rank") / "store")


def run_cli(*argv) -> tuple[int, str, str]:
    proc = subprocess.run([sys.executable, "-m", "kg", *argv], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def test_isis_tops_pagerank_on_the_bundled_articles(built):
    s = open_store(built)
    try:
        rows = A.rank(s, measure="pagerank", top=10)
        bad = boilerplate_names(s)
        top_names = set(names_of(s, rows[0].entity))
    finally:
        s.close()
    assert "ISIS" in top_names
    offenders = [r.name for r in rows if r.name.casefold() in bad or r.entity in bad]
    assert offenders == []


def test_kg_rank_cli(built):
    rc, out, err = run_cli("rank", "--store", str(built), "--top", "5", "--recompute")
    assert rc == 0, err
    lines = out.splitlines()
    assert lines[0].split() == ["?rank", "|", "?name", "|", "?type", "|", "?score", "|",
                                "?community", "|", "?entity"]
    assert lines[2].split("|")[-1].strip() == "ent:isis" and "(5 rows)" in out
    assert "co-mention network" in lines[-1] and "engine networkx" in lines[-1]
    rc, out, err = run_cli("rank", "--store", str(built), "--measure", "weighted-degree",
                           "--type", "place", "--format", "csv", "--top", "3")
    assert rc == 0, err
    header, *rows = out.strip().splitlines()
    assert header == "rank,name,type,score,community,entity" and len(rows) == 3
    assert all(r.split(",")[2] == "Place" for r in rows) and "engine networkx" in err
    rc, out, err = run_cli("rank", "--store", str(built), "--projection", "claim", "--format", "json")
    assert rc == 0, err
    data = json.loads(out)
    assert data["head"]["vars"][:3] == ["rank", "name", "type"] and data["results"]["bindings"]
    rc, out, err = run_cli("rank", "--store", str(built / "nowhere"))
    assert rc == 1 and err.startswith("kg: no kg store at") and len(err.splitlines()) == 1


def test_kg_export_graphml_and_gexf(built, tmp_path):
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"net.{fmt}"
        rc, _, err = run_cli("export", "--store", str(built), "--format", fmt, "-o", str(out))
        assert rc == 0, err
        G = read(out)
        isis = G.nodes[iri("isis")]
        assert isis["type"] == "Organization" and "pagerank" in isis and "community" in isis
        assert max(G, key=lambda n: float(G.nodes[n]["pagerank"])) == iri("isis")
        assert all(float(w) >= 1 for _, _, w in G.edges(data="weight"))


def test_importing_analytics_does_not_import_networkx():
    code = "import kg.analytics, kg.pipeline, sys; print('networkx' in sys.modules, 'igraph' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.split() == ["False", "False"], out.stderr
