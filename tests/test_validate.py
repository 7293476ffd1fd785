"""kg validate: graph by graph, two engines that agree, a readable report, progress on a terminal."""

from __future__ import annotations

import os
import subprocess
import sys

import pyoxigraph as ox
import pytest

from kg import vocab as V
from kg.store import open_store
from kg.validate import validate_store
from conftest import copy_store

XSD = "http://www.w3.org/2001/XMLSchema#"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _first(store, query: str):
    return store.query(query).rows[0]


def _break(store) -> dict[str, str]:
    """Faults of every kind the shapes catch, written into real article and entity graphs.

    Returns ``{what: article graph}`` of the articles changed.
    """
    arts = sorted(g for g in store.graph_names() if g.startswith(V.ARTICLE))
    a, b = arts[0], arts[1]
    ga, gb, ge = _n(a), _n(b), _n(V.ENTITIES_GRAPH)
    mention, start, end = _first(store, f"""PREFIX kg: <{V.KG}>
        SELECT ?m ?s ?e WHERE {{ GRAPH <{a}> {{ ?m a kg:Mention ; kg:start ?s ; kg:end ?e }} }}
        ORDER BY ?m LIMIT 1""")
    claim, kind = _first(store, f"""PREFIX kg: <{V.KG}> PREFIX schema: <{V.SCHEMA}>
        SELECT ?c ?k WHERE {{ GRAPH <{b}> {{ ?c a schema:Claim ; kg:claimKind ?k }} }}
        ORDER BY ?c LIMIT 1""")
    geo, lat = _first(store, f"""PREFIX schema: <{V.SCHEMA}>
        SELECT ?g ?lat WHERE {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?g a schema:GeoCoordinates ;
        schema:latitude ?lat }} }} ORDER BY ?g LIMIT 1""")
    org = _first(store, f"""PREFIX schema: <{V.SCHEMA}>
        SELECT ?o WHERE {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?o a schema:Organization }}
        FILTER NOT EXISTS {{ ?o a schema:Person }} }} ORDER BY ?o LIMIT 1""")[0]
    start_p, end_p = _n(V.KG + "start"), _n(V.KG + "end")
    date_p = _n(V.SCHEMA + "datePublished")
    quads_a = [q for q in store.quads(a) if not (q.subject == mention and q.predicate == end_p)
               and not (q.subject == ga and q.predicate == date_p)]
    quads_a += [
        ox.Quad(mention, end_p, ox.Literal(start.value, datatype=_n(XSD + "integer")), ga),
        ox.Quad(ga, date_p, ox.Literal("last Tuesday"), ga),
        ox.Quad(ga, _n(V.SCHEMA + "author"), org, ga),
    ]
    kind_p = _n(V.KG + "claimKind")
    quads_b = [q for q in store.quads(b) if not (q.subject == claim and q.predicate == kind_p)]
    quads_b.append(ox.Quad(claim, kind_p, ox.Literal("rumoured"), gb))
    store.replace_graph(a, quads_a)
    store.replace_graph(b, quads_b)
    store.replace_graph(V.ENTITIES_GRAPH, list(store.quads(V.ENTITIES_GRAPH)) + [
        ox.Quad(geo, _n(V.SCHEMA + "latitude"), ox.Literal("123.5", datatype=_n(XSD + "double")), ge)])
    assert int(end.value) > int(start.value) and kind.value in ("direct", "reported") and lat
    return {"mention": a, "claim": b}


@pytest.fixture(scope="module")
def broken_dir(demo_store_dir, tmp_path_factory):
    path = copy_store(demo_store_dir, tmp_path_factory.mktemp("broken") / "store")
    store = open_store(path)
    try:
        changed = _break(store)
    finally:
        store.close()
    return path, changed


def _keys(result) -> set:
    return {(r.graph, r.focus, r.path, r.shape) for r in result.results}


def test_the_bundled_articles_conform_with_both_engines(demo_store_dir):
    store = open_store(demo_store_dir, read_only=True)
    try:
        fast = validate_store(store, engine="fast")
        ref = validate_store(store, engine="pyshacl")
    finally:
        store.close()
    assert fast.conforms, fast.report
    assert ref.conforms, ref.report
    assert fast.engine == "fast" and ref.engine == "pyshacl"
    assert fast.graphs == ref.graphs > 5


def test_both_engines_find_the_same_violations(broken_dir):
    path, changed = broken_dir
    store = open_store(path, read_only=True)
    try:
        fast = validate_store(store, engine="fast")
        ref = validate_store(store, engine="pyshacl")
    finally:
        store.close()
    assert not fast.conforms and not ref.conforms
    assert _keys(fast) == _keys(ref)
    shapes = {(r.path.rsplit("/", 1)[-1].rsplit("#", 1)[-1], r.shape) for r in fast.results}
    assert shapes == {
        ("start", "LessThanConstraintComponent"),
        ("datePublished", "DatatypeConstraintComponent"),
        ("author", "ClassConstraintComponent"),
        ("claimKind", "InConstraintComponent"),
        ("latitude", "MaxCountConstraintComponent"),
        ("latitude", "MaxInclusiveConstraintComponent"),
    }
    # each result names the graph of its focus node: the article, or the entities graph
    by_path = {r.path.rsplit("/", 1)[-1].rsplit("#", 1)[-1]: r for r in fast.results}
    assert by_path["start"].graph == changed["mention"]
    assert by_path["start"].article == changed["mention"][len(V.ARTICLE):]
    assert by_path["claimKind"].graph == changed["claim"]
    assert by_path["latitude"].graph == V.ENTITIES_GRAPH and by_path["latitude"].article is None


def test_an_article_is_checked_with_the_types_of_its_entities(broken_dir):
    """The author check needs the entities graph: an organization as author fails, a person passes."""
    path, changed = broken_dir
    store = open_store(path, read_only=True)
    try:
        only = validate_store(store, graphs=[changed["claim"]])
        person = validate_store(store, graphs=[g for g in store.graph_names()
                                                if g.startswith(V.ARTICLE) and g not in changed.values()])
    finally:
        store.close()
    assert {r.path for r in only.results} == {V.KG + "claimKind"}
    assert only.graphs == 1
    assert person.conforms, person.report  # their authors are people, typed in the entities graph


def test_cli_report_names_article_focus_path_and_message(broken_dir):
    path, changed = broken_dir
    res = subprocess.run([sys.executable, "-m", "kg", "validate", "--store", str(path)],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 1, res.stdout + res.stderr
    out = res.stdout
    article = changed["mention"][len(V.ARTICLE):]
    assert f"article {article}" in out
    assert "kg:start" in out and "a mention ends after it starts" in out
    assert "schema:datePublished" in out and '"last Tuesday"' in out
    assert "entities" in out and "schema:latitude" in out
    assert "invalid: 6 violation(s) in 3 graph(s)" in out
    assert res.stderr == ""  # no progress on a pipe


def test_cli_validates_named_articles(demo_store_dir):
    ident = sorted(os.listdir(os.path.join(os.path.dirname(__file__), "..", "data", "articles")))[0]
    res = subprocess.run([sys.executable, "-m", "kg", "validate", "--store", str(demo_store_dir),
                          ident], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "valid" in res.stdout and "2 graph(s) checked" in res.stdout
    res = subprocess.run([sys.executable, "-m", "kg", "validate", "--store", str(demo_store_dir),
                          "no-such-article"], capture_output=True, text=True, timeout=300)
    assert res.returncode == 1 and "no article no-such-article" in res.stderr


def test_shapes_beyond_the_fast_engine_go_to_pyshacl(demo_store_dir, tmp_path):
    from kg.resources import ontology_dir

    shapes = tmp_path / "shapes.ttl"
    shapes.write_text((ontology_dir() / "shapes.ttl").read_text() + """
kg:HeadlineShape a sh:NodeShape ;
    sh:targetClass schema:NewsArticle ;
    sh:sparql [ sh:message "no headline is 'x'" ;
                sh:select "SELECT $this WHERE { $this <http://schema.org/headline> 'x' }" ] .
""")
    store = open_store(demo_store_dir, read_only=True)
    try:
        result = validate_store(store, shapes=shapes)
        with pytest.raises(ValueError, match="pyshacl"):
            validate_store(store, shapes=shapes, engine="fast")
    finally:
        store.close()
    assert result.engine == "pyshacl" and result.conforms


def test_tally_counts_each_kind_of_fault_once_per_line(broken_dir):
    path, _ = broken_dir
    store = open_store(path, read_only=True)
    try:
        result = validate_store(store)
    finally:
        store.close()
    kinds = {(p, m): (n, g) for n, g, p, m in result.tally()}
    assert kinds[("schema:latitude", "fails sh:maxCount")] == (1, 1)
    assert kinds[("kg:start", "a mention ends after it starts")] == (1, 1)
    assert sum(n for n, _ in kinds.values()) == result.violations == 6


def test_build_validates_what_it_wrote(tmp_path):
    """``kg build --validate``: the articles just built and the entities graph, nothing else."""
    from conftest import ARTICLES

    first = sorted(p for p in ARTICLES.iterdir() if p.suffix == ".txt")[0]
    store = tmp_path / "store"
    argv = [sys.executable, "-m", "kg", "build", str(first), "--store", str(store), "--no-rank",
            "--validate", "-q"]
    res = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "built 1" in res.stdout and "valid: conforms" in res.stdout
    assert "(2 graph(s) checked" in res.stdout  # the article and the entities graph
    res = subprocess.run(argv, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0 and "unchanged 1" in res.stdout
    assert "(1 graph(s) checked" in res.stdout  # nothing built: the entities graph alone
