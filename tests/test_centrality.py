"""Centrality that reflects prominence, and measures that survive degenerate networks."""

from __future__ import annotations

import math
import subprocess
import sys

import networkx as nx
import pytest

from conftest import ROOT, copy_store
from kg import vocab as V
from kg.model import Article, Entity, Extraction, Mention, Sentence
from kg.rdf import article_quads
from kg.store import open_store

import kg.analytics as A
from kg.analytics import measures as M
from kg.analytics.projections import mention_counts, project

PREFIXES = f"PREFIX kg: <{V.KG}>\nPREFIX schema: <{V.SCHEMA}>\n"


@pytest.fixture(scope="module")
def built(demo_store_dir, tmp_path_factory):
    return copy_store(demo_store_dir, tmp_path_factory.mktemp("centrality") / "store")


def people_by_mentions(store) -> list[tuple[int, str]]:
    counts = mention_counts(store)
    G = project(store, "co-mention")
    return sorted(((counts.get(n, 0), n) for n in G if G.nodes[n]["type"] == "Person"),
                  reverse=True)


def test_the_people_the_articles_are_about_lead_the_ranking(built):
    store = open_store(built)
    try:
        rows = A.rank(store, measure="pagerank", type="Person", top=None, recompute=True)
        by_mentions = people_by_mentions(store)
        G = project(store, "co-mention")
    finally:
        store.close()
    top = [r.entity for r in rows]
    most = [iri for _, iri in by_mentions]
    assert top[0] != V.entity_iri("valery-gerasimov")
    assert top[0] in most[:2]  # the first is one of the two people named most
    assert set(most[:2]) <= set(top[:3])
    # the control: textbook PageRank (uniform jumps) puts a person of a small isolated
    # piece first, a person named once
    piece = {n: len(c) for c in nx.connected_components(G) for n in c}
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from(G.edges(data=True))
    uniform = M.pagerank(H)
    first = max((n for n in G if G.nodes[n]["type"] == "Person"), key=lambda n: (uniform[n], n))
    assert piece[first] <= 3 and G.nodes[first]["mentions"] == 1


def test_a_piece_counts_by_its_mentions_not_its_size():
    G = nx.Graph()
    G.add_edges_from([("hub", x) for x in "abcdefgh"], weight=1)
    G.add_edge("p", "q", weight=1)
    for n in G:
        G.nodes[n]["mentions"] = 1
    G.nodes["hub"]["mentions"] = 40
    pr = M.pagerank(G)
    share = {"pair": pr["p"] + pr["q"], "star": sum(pr[n] for n in "abcdefgh") + pr["hub"]}
    mentions = {"pair": 2, "star": 48}
    for piece in share:  # each piece holds the share of PageRank its mentions hold
        assert share[piece] == pytest.approx(mentions[piece] / 50, rel=1e-6)
    assert max(pr, key=pr.get) == "hub" and pr["p"] < pr["a"]


def degenerate_article(n: int = 3000) -> list:
    """One article saying 'ISIS attacked Mosul.' ``n`` times (what a broken scraper makes)."""
    text_one = "ISIS attacked Mosul."
    sentences, isis, mosul = [], [], []
    for i in range(n):
        start = i * (len(text_one) + 1)
        sentences.append(Sentence(i, start, start + len(text_one), text_one))
        isis.append(Mention(start, start + 4, "ISIS", i, "ORG", "ArmedGroup", "isis"))
        mosul.append(Mention(start + 14, start + 19, "Mosul", i, "GPE", "City", "mosul"))
    text = " ".join([text_one] * n)
    entities = (Entity("isis", "Islamic State", "ArmedGroup", ("ISIS",), tuple(isis)),
                Entity("mosul", "Mosul", "City", ("Mosul",), tuple(mosul)))
    article = Article("repeated.txt", text, "repeated.txt", title="Repeated", digest="r" * 64)
    return article_quads(article, Extraction(tuple(sentences), entities))


@pytest.fixture(scope="module")
def degenerate(demo_store_dir, tmp_path_factory):
    path = copy_store(demo_store_dir, tmp_path_factory.mktemp("degenerate") / "store")
    store = open_store(path)
    try:
        store.replace_graph(V.article_iri("repeated.txt"), degenerate_article())
        A.mark_stale(store)
    finally:
        store.close()
    return path


def test_the_degenerate_network_defeats_plain_power_iteration(degenerate):
    store = open_store(degenerate, read_only=True)
    try:
        G = project(store, "co-mention")
    finally:
        store.close()
    assert G[V.entity_iri("isis")][V.entity_iri("mosul")]["weight"] >= 3000
    with pytest.raises(nx.PowerIterationFailedConvergence):
        nx.eigenvector_centrality(G, weight="weight", max_iter=1000, tol=1e-9)
    ev = M.eigenvector(G)
    assert set(ev) == set(G) and all(math.isfinite(v) and v >= 0 for v in ev.values())
    assert sum(v * v for v in ev.values()) == pytest.approx(1.0)
    assert max(ev, key=ev.get) in {V.entity_iri("isis"), V.entity_iri("mosul")}
    sparse = M.leading_eigenvector(G, dense_up_to=0)  # the path large networks take
    assert max(abs(sparse[n] - ev[n]) for n in G) < 1e-6


def test_every_measure_of_a_degenerate_store_yields_scores(degenerate):
    store = open_store(degenerate)
    try:
        analytics = A.ensure(store, recompute=True)
        rows = A.rank(store, measure="eigenvector", top=3)
    finally:
        store.close()
    assert set(analytics.measures) == set(M.MEASURES)
    for measure, scores in analytics.scores.items():
        assert len(scores) == analytics.node_count, measure
        assert all(isinstance(v, int) or math.isfinite(v) for v in scores.values()), measure
    assert rows and rows[0].entity in {V.entity_iri("isis"), V.entity_iri("mosul")}


def test_kg_rank_on_a_degenerate_store_succeeds_every_time(degenerate, tmp_path):
    path = copy_store(degenerate, tmp_path / "store")
    for _ in range(2):  # the second run recomputes too: nothing left broken
        proc = subprocess.run([sys.executable, "-m", "kg", "rank", "--store", str(path),
                               "--measure", "eigenvector", "--recompute", "--top", "3"],
                              cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        assert "ent:isis" in proc.stdout or "ent:mosul" in proc.stdout
        assert proc.stderr == ""
