"""End to end: the bundled articles through the real model into a store, via the CLI and the API."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg
from kg import vocab as V
from kg.cli import main
from kg.store import open_store

from conftest import ARTICLES, copy_store

COUNT_ARTICLES = ("PREFIX schema: <http://schema.org/> "
                  "SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, timeout=300)


def quads_of(store_dir: Path) -> set:
    store = open_store(store_dir, read_only=True)
    try:
        return {(q.subject, q.predicate, q.object, q.graph_name) for q in store.quads()}
    finally:
        store.close()


def test_query_counts_five_articles_as_json(demo_store_dir):
    res = run_cli("query", "--store", str(demo_store_dir), "--format", "json", COUNT_ARTICLES)
    assert res.returncode == 0, res.stderr
    data = json.loads(res.stdout)
    assert data["head"]["vars"] == ["n"]
    assert data["results"]["bindings"][0]["n"]["value"] == "5"


def test_bylined_articles_have_headline_author_and_date(demo_store_dir):
    store = open_store(demo_store_dir, read_only=True)
    try:
        rows = store.query("""PREFIX schema: <http://schema.org/>
            SELECT ?id ?h ?name ?d WHERE {
              ?a a schema:NewsArticle ; schema:identifier ?id ; schema:headline ?h ;
                 schema:author/schema:name ?name ; schema:datePublished ?d }
            ORDER BY ?id""").rows
    finally:
        store.close()
    got = {(r[0].value, r[2].value, r[3].value) for r in rows}
    assert got == {
        ("000_c05d6750a230796c.txt", "Stephen Lendman", "2018-07-25"),
        ("002_fe264fba78e0afcd.txt", "Tony Cartalucci", "2019-03-30"),
        ("004_348da576ec3a46c1.txt", "Stephen Lendman", "2017-11-09"),
    }
    assert all(r[3].datatype.value == V.XSD + "date" for r in rows)


def test_undated_article_has_no_date(demo_store_dir):
    store = open_store(demo_store_dir, read_only=True)
    try:
        res = store.query("""PREFIX schema: <http://schema.org/>
            ASK { ?a schema:identifier "001_8eb8b0e975ad3374.txt" ; schema:datePublished ?d }""")
    finally:
        store.close()
    assert res.boolean is False


def test_every_class_is_populated(demo_store_dir):
    store = open_store(demo_store_dir, read_only=True)
    try:
        for cls in ("schema:Person", "schema:Organization", "schema:Place", "schema:Claim",
                    "kg:Mention", "kg:Sentence"):
            q = V.sparql_prefixes() + f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a {cls} }}"
            assert int(store.query(q).rows[0][0].value) > 0, cls
    finally:
        store.close()


def test_one_named_graph_per_article(demo_store_dir):
    store = open_store(demo_store_dir, read_only=True)
    try:
        names = [g for g in store.graph_names() if g.startswith(V.ARTICLE)]
        res = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a <http://schema.org/NewsArticle> } }",
                          union=False)
    finally:
        store.close()
    assert len(names) == 5
    assert sorted(r[0].value for r in res.rows) == sorted(names)


def test_second_build_changes_no_quad(demo_store_dir, tmp_path, nlp):
    path = copy_store(demo_store_dir, tmp_path / "copy")
    before = quads_of(path)
    store = open_store(path)
    try:
        report = kg.build([ARTICLES], store, nlp=nlp)
    finally:
        store.close()
    assert report.built == [] and len(report.unchanged) == 5
    assert quads_of(path) == before


def test_a_build_leaves_no_write_ahead_log_behind(tmp_path, nlp):
    path = tmp_path / "store"
    store = open_store(path)
    try:
        report = kg.build([ARTICLES], store, nlp=nlp, rank=False)
        assert len(report.built) == 5
        # the store stays open and usable after folding its logs in
        assert store.query(COUNT_ARTICLES).values() == [5]
    finally:
        store.close()
    logs = [f for f in path.glob("*.log")]
    assert logs and sum(f.stat().st_size for f in logs) == 0
    assert sum(f.stat().st_size for f in path.glob("*.sst")) > 100_000


def test_changed_article_replaces_its_graph(tmp_path, nlp):
    src = tmp_path / "in"
    src.mkdir()
    a = src / "a.txt"
    b = src / "b.txt"
    a.write_text("Iraq's prime minister Haider al-Abadi said the army liberated Mosul.\n", encoding="utf-8")
    b.write_text("Russian officials said Syrian forces retook Palmyra.\n", encoding="utf-8")
    store = open_store(tmp_path / "store")
    try:
        kg.build([src], store, nlp=nlp)
        b_graph = {q for q in store.quads(V.article_iri("b.txt"))}
        a.write_text("Kurdish fighters said they captured Raqqa from the Islamic State.\n", encoding="utf-8")
        report = kg.build([src], store, nlp=nlp)
        assert report.built == ["a.txt"] and report.unchanged == ["b.txt"]
        texts = store.query("""SELECT ?t WHERE { GRAPH <%s> { ?s <http://schema.org/text> ?t } }"""
                            % V.article_iri("a.txt"), union=False).values()
        assert any("Raqqa" in t for t in texts)
        assert not any("Mosul" in t for t in texts)
        assert {q for q in store.quads(V.article_iri("b.txt"))} == b_graph
    finally:
        store.close()


def test_validate_passes(demo_store_dir):
    res = run_cli("validate", "--store", str(demo_store_dir))
    assert res.returncode == 0, res.stdout + res.stderr
    assert "conforms" in res.stdout


def test_validate_reports_violations(tmp_path):
    store = open_store(tmp_path / "bad")
    g = ox.NamedNode(V.article_iri("broken"))
    store.replace_graph(g.value, [
        ox.Quad(g, ox.NamedNode(V.RDF_TYPE), ox.NamedNode(V.SCHEMA + "NewsArticle"), g),
        ox.Quad(g, ox.NamedNode(V.SCHEMA + "datePublished"), ox.Literal("last Tuesday"), g),
    ])
    store.close()
    res = run_cli("validate", "--store", str(tmp_path / "bad"))
    assert res.returncode == 1
    assert "identifier" in res.stdout and "datePublished" in res.stdout


def test_export_nq_reparses_to_the_same_quads(demo_store_dir, tmp_path):
    out = tmp_path / "all.nq"
    res = run_cli("export", "--store", str(demo_store_dir), "--format", "nq", "-o", str(out))
    assert res.returncode == 0, res.stderr
    parsed = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    assert len(parsed) == len(quads_of(demo_store_dir))
    assert {(q.subject, q.predicate, q.object, q.graph_name) for q in parsed} == quads_of(demo_store_dir)


@pytest.mark.parametrize("fmt", ["ttl", "trig", "jsonld", "nt"])
def test_export_formats_parse(demo_store_dir, tmp_path, fmt):
    out = tmp_path / f"all.{fmt}"
    assert main(["export", "--store", str(demo_store_dir), "--format", fmt, "-o", str(out)]) == 0
    rdf_format = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
                  "jsonld": ox.RdfFormat.JSON_LD, "nt": ox.RdfFormat.N_TRIPLES}[fmt]
    parsed = list(ox.parse(path=str(out), format=rdf_format))
    triples = {(q.subject, q.predicate, q.object) for q in quads_of(demo_store_dir) for q in [ox.Quad(*q)]}
    assert len({(q.subject, q.predicate, q.object) for q in parsed}) == len(triples)


def test_query_syntax_error_exits_nonzero_with_position(demo_store_dir):
    res = run_cli("query", "--store", str(demo_store_dir), "SELECT ?x WHERE {\n  ?x ?y }")
    assert res.returncode == 1
    assert "line 2" in res.stderr and "^" in res.stderr


def test_query_does_not_import_spacy(demo_store_dir):
    code = ("import sys; from kg.cli import main; "
            f"main(['query', '--store', {str(demo_store_dir)!r}, '--format', 'csv', 'ASK {{}}']); "
            "print('spacy' in sys.modules)")
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert res.stdout.strip().splitlines()[-1] == "False", res.stdout + res.stderr


@pytest.mark.parametrize("fmt, marker", [("csv", "n\n5"), ("tsv", "?n\n"), ("xml", "<sparql"),
                                         ("table", "(1 row)")])
def test_query_formats(demo_store_dir, fmt, marker):
    res = run_cli("query", "--store", str(demo_store_dir), "--format", fmt, COUNT_ARTICLES)
    assert res.returncode == 0 and marker in res.stdout, res.stdout + res.stderr


def test_construct_prints_turtle(demo_store_dir):
    res = run_cli("query", "--store", str(demo_store_dir), "--format", "turtle",
                  "CONSTRUCT { ?a <http://schema.org/headline> ?h } WHERE { ?a <http://schema.org/headline> ?h }")
    assert res.returncode == 0
    parsed = list(ox.parse(res.stdout.encode(), format=ox.RdfFormat.TURTLE))
    assert len(parsed) == 4


def test_bad_inputs_are_reported_and_the_rest_stored(tmp_path, nlp):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("The Syrian army said it recaptured Deir Ezzor from ISIS.\n", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "records.jsonl").write_text(
        json.dumps({"id": "r1", "title": "T", "text": "Erdogan warned Kurdish groups near Manbij."}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "r2", "title": "no text"}) + "\n", encoding="utf-8")
    (src / "latin1.txt").write_bytes("François Hollande said France would strike Raqqa.\n".encode("latin-1"))
    (src / "utf16.txt").write_bytes("François Hollande a parlé à Damas.\n".encode("utf-16"))
    (src / "copy.txt").write_text("The Syrian army said it recaptured Deir Ezzor from ISIS.\n", encoding="utf-8")
    store = open_store(tmp_path / "store")
    try:
        report = kg.build([src, tmp_path / "missing.txt"], store, nlp=nlp)
        names = store.query("SELECT ?n WHERE { ?a <http://schema.org/identifier> ?n }").values()
        alt = store.query("SELECT ?n WHERE { ?e <http://schema.org/alternateName> ?n }").values()
    finally:
        store.close()
    reasons = {Path(src_).name.split(":")[0]: reason for src_, reason in report.failed}
    assert reasons["empty.txt"] == "empty"
    assert reasons["binary.txt"] == "binary, not text"
    assert "missing.txt" in reasons
    all_reasons = [reason for _, reason in report.failed]
    assert any("JSON" in r for r in all_reasons)
    assert any("no text" in r for r in all_reasons)
    assert len(report.failed) == 5
    assert [Path(s).name for s, _ in report.skipped] == ["good.txt"] or \
        [Path(s).name for s, _ in report.skipped] == ["copy.txt"]
    assert sorted(names) == sorted(["good.txt", "r1", "latin1.txt", "utf16.txt"]) or \
        sorted(names) == sorted(["copy.txt", "r1", "latin1.txt", "utf16.txt"])
    assert "François Hollande" in alt
    assert not report.ok


def test_cli_build_exit_code_and_summary(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "ok.txt").write_text("Turkish troops entered Afrin, the Turkish army said.\n", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    res = run_cli("build", str(src), "--store", str(tmp_path / "store"))
    assert res.returncode == 1
    assert "empty.txt: empty" in res.stderr
    assert "articles 1" in res.stdout and "failed 1" in res.stdout


def test_top_entities_match_counts_made_by_hand(demo_store_dir):
    from collections import defaultdict

    from kg.stats import top_entities

    store = open_store(demo_store_dir, read_only=True)
    try:
        mentions, articles = defaultdict(set), defaultdict(set)
        for m, e, a in store.query("""PREFIX kg: <http://kg.example/ontology#>
                SELECT ?m ?e ?a WHERE { ?m kg:mentionOf ?e ; kg:inArticle ?a }""").rows:
            mentions[e.value].add(m.value)
            articles[e.value].add(a.value)
        names = {e.value: n.value for e, n in store.query(
            "SELECT ?e ?n WHERE { ?e <http://schema.org/name> ?n }").rows}
        expected = sorted(((names[e], len(articles[e]), len(mentions[e])) for e in mentions),
                          key=lambda x: (-x[2], -x[1], x[0]))
        for n in (1, 5, 12):
            got = top_entities(store, n)
            assert [(name, a, m) for name, _, a, m in got] == expected[:n]
        # the group named six ways is the most mentioned, an organization by every article's vote
        assert top_entities(store, 3)[0][:2] == (names[V.entity_iri("isis")], "Organization")
    finally:
        store.close()
