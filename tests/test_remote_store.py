"""The ``sparql`` backend against real servers: Oxigraph (always), Virtuoso (when installed).

The shared store suite (tests/test_store.py) also runs on this backend through
the ``sparql`` entry of conftest's BACKENDS.  Here: whole builds over HTTP,
every command with ``--store URL``, the URL scheme, auth, and errors.
"""

from __future__ import annotations

import gzip
import json
import shutil
import threading

import pyoxigraph as ox
import pytest

import kg
from kg import vocab as V
from kg.cli import main as kg_main
from kg.pipeline import count_summary
from kg.server import Config, make_server
from kg.store import QueryError, StoreError, open_store
from kg.store.remote import endpoints, redact

from conftest import ARTICLES, ROOT
from sparql_servers import VIRTUOSO_INI, OxigraphServer, VirtuosoServer, free_port  # noqa: F401 - bench_build reads VIRTUOSO_INI here

EX = "http://example.org/"
CORPUS = ROOT.parent / "shared" / "corpus" / "allsides-world-mideast.jsonl.gz"


def article_quads(store) -> set:
    """Every quad of the article graphs (analytics left out)."""
    prefix = V.ARTICLE
    return {(q.subject, q.predicate, q.object, q.graph_name) for q in store.quads()
            if q.graph_name.value.startswith(prefix)}


def sample(graph: str, n: int = 3) -> list[ox.Quad]:
    g = ox.NamedNode(graph)
    return [ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "p"), ox.Literal(f"v{i}"), g)
            for i in range(n)]


@pytest.fixture
def oxigraph(tmp_path):
    server = OxigraphServer(tmp_path / "oxigraph")
    yield server
    server.stop()


# -- builds and commands over HTTP ---------------------------------------------

def test_build_twice_over_http_changes_nothing_and_matches_the_embedded_store(
        oxigraph, nlp, demo_store_dir):
    store = open_store(oxigraph.url)
    assert store.backend == "sparql"
    first = kg.build([ARTICLES], store, nlp=nlp)
    n_articles = len(list(ARTICLES.glob("*.txt")))
    assert first.ok and len(first.built) == n_articles
    before = article_quads(store)
    second = kg.build([ARTICLES], store, nlp=nlp)
    assert second.ok and second.built == [] and len(second.unchanged) == n_articles
    assert article_quads(store) == before
    assert first.counts == second.counts
    with open_store(demo_store_dir, read_only=True) as embedded:
        assert article_quads(embedded) == before
        assert count_summary(embedded) == first.counts
    store.close()


def test_every_command_works_against_a_server(oxigraph, demo_store_dir, tmp_path, capsys):
    url = oxigraph.url
    with open_store(demo_store_dir, read_only=True) as embedded, open_store(url) as remote:
        for graph in embedded.graph_names():
            remote.replace_graph(graph, list(embedded.quads(graph)))
        headlines = embedded.query(
            "SELECT ?h WHERE { ?a <http://schema.org/headline> ?h } ORDER BY ?h").values()

    assert kg_main(["query", "--store", url, "--format", "csv",
                    "SELECT ?h WHERE { ?a <http://schema.org/headline> ?h } ORDER BY ?h"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "h" and [line.strip('"') for line in out[1:]] == headlines

    assert kg_main(["stats", "--store", url]) == 0
    assert "articles" in capsys.readouterr().out

    export = tmp_path / "all.nq"
    assert kg_main(["export", "--store", url, "--format", "nq", "-o", str(export)]) == 0
    exported = {(q.subject, q.predicate, q.object, q.graph_name)
                for q in ox.parse(path=str(export), format=ox.RdfFormat.N_QUADS)}
    with open_store(demo_store_dir, read_only=True) as embedded:
        assert article_quads(embedded) <= exported

    assert kg_main(["rank", "--store", url, "--top", "3", "--format", "csv"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 4
    with open_store(url) as remote:
        assert V.ANALYTICS_GRAPH in remote.graph_names()

    ident = sorted(ARTICLES.glob("*.txt"))[0].name
    assert kg_main(["remove", "--store", url, ident]) == 0
    capsys.readouterr()
    with open_store(url) as remote:
        assert V.article_iri(ident) not in remote.graph_names()

    assert kg_main(["query", "--store", url, "SELECT * WHERE {"]) == 1
    err = capsys.readouterr().err
    assert "query error" in err and "line 1" in err


def test_unreachable_server_is_one_clear_line(capsys):
    port = free_port()  # nothing listens there
    assert kg_main(["query", "--store", f"http://127.0.0.1:{port}", "ASK {}"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("kg: cannot reach SPARQL server") and "\n" not in err


# -- URL scheme and union default graph -------------------------------------------

def test_location_forms():
    e = endpoints("http://localhost:7878")
    assert (e.query, e.update, e.gsp, e.union) == (
        "http://localhost:7878/query", "http://localhost:7878/update", "http://localhost:7878/store", "param")
    e = endpoints("sparql+https://u:p%40ss@h.example:3030/ds/query?update=update&gsp=/ds/data"
                  "&union=urn:x-arq:UnionGraph")
    assert e.query == "https://h.example:3030/ds/query"
    assert e.update == "https://h.example:3030/ds/query/update"
    assert e.gsp == "https://h.example:3030/ds/data"
    assert e.union == "urn:x-arq:UnionGraph" and (e.user, e.password) == ("u", "p@ss")
    assert "p@ss" not in repr(e)
    e = endpoints("sparql+http://h:8890/sparql")
    assert (e.query, e.update, e.gsp, e.union) == ("http://h:8890/sparql", "http://h:8890/sparql", "", "server")
    assert redact("sparql+http://dba:dba@h:8890/sparql") == "sparql+http://dba:***@h:8890/sparql"
    for bad in ("sparql+http://h/q?nope=1", "sparql+http://h/q?union=not an iri", "http://h:99999/",
                "http://h/q?query=/x", "sparql+ftp://h/"):
        with pytest.raises(StoreError):
            endpoints(bad)


def test_server_side_union_and_sparql_update_without_graph_store(tmp_path):
    """``union=server`` on a server started with --union-default-graph; graphs replaced by updates."""
    server = OxigraphServer(tmp_path / "ox", union=True)
    try:
        url = f"sparql+http://127.0.0.1:{server.port}/query?update=/update"
        store = open_store(url)
        assert store.endpoints.gsp == "" and store.endpoints.union == "server"
        g1, g2 = EX + "g1", EX + "g2"
        store.replace_graph(g1, sample(g1, 3))
        store.replace_graph(g2, sample(g2, 2))
        store.replace_graph(g1, sample(g1, 1))  # a replacement, not an addition
        assert store.graph_names() == [g1, g2]
        assert len(store) == 3
        assert store.query(f"SELECT ?o WHERE {{ ?s <{EX}p> ?o }} ORDER BY ?o").values() == ["v0", "v0", "v1"]
        assert store.remove_graph(g2) is True and store.remove_graph(g2) is False
        assert [q.object.value for q in store.quads(g1)] == ["v0"]
        # a server without the union flag, asked with union=server, sees an empty default graph
        plain = OxigraphServer(tmp_path / "plain")
        try:
            other = open_store(f"sparql+http://127.0.0.1:{plain.port}/query?update=/update")
            other.replace_graph(g1, sample(g1, 2))
            assert other.query("SELECT * WHERE { ?s ?p ?o }").rows == []
            param = open_store(f"sparql+http://127.0.0.1:{plain.port}/query?union=param")
            assert len(param.query("SELECT * WHERE { ?s ?p ?o }").rows) == 2
            with pytest.raises(StoreError, match="read-only"):
                open_store(plain.url, read_only=True).replace_graph(g1, [])
        finally:
            plain.stop()
    finally:
        server.stop()


def test_bindings_go_as_terms_over_the_protocol(oxigraph):
    store = open_store(oxigraph.url)
    hostile = '" } ; DROP ALL ; SELECT * { "'
    g = EX + "g"
    store.replace_graph(g, [ox.Quad(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "name"), ox.Literal(hostile), ox.NamedNode(g)),
                            ox.Quad(ox.NamedNode(EX + "b"), ox.NamedNode(EX + "name"), ox.Literal("x", language="en"), ox.NamedNode(g))])
    q = f"SELECT ?s WHERE {{ ?s <{EX}name> ?n }}"
    assert store.query(q, bindings={"n": ox.Literal(hostile)}).values() == [EX + "a"]
    assert store.query(q, bindings={"n": ox.Literal("x", language="en")}).values() == [EX + "b"]
    assert store.query(q, bindings={"n": ox.Literal("x")}).rows == []
    with pytest.raises(QueryError):
        store.query(q, bindings={"n} . ?x ?y ?z . {": ox.Literal("x")})
    assert len(store) == 2
    with pytest.raises(QueryError, match="update"):
        store.query("DROP ALL")


# -- kg serve as a remote store: bearer token ------------------------------------

def test_remote_store_through_kg_serve_with_a_token(monkeypatch):
    backing = open_store(":memory:")
    server = make_server(backing, port=0, config=Config(allow_update=True, token="tok-123"))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = "sparql+" + server.url  # query and update at /sparql, graphs replaced by updates
    try:
        monkeypatch.delenv("KG_STORE_TOKEN", raising=False)
        store = open_store(url)
        with pytest.raises(StoreError, match="authentication required"):
            store.replace_graph(EX + "g", sample(EX + "g"))
        monkeypatch.setenv("KG_STORE_TOKEN", "tok-123")
        store = open_store(url)
        store.replace_graph(EX + "g", sample(EX + "g", 4))
        assert len(backing) == 4 and store.graph_names() == [EX + "g"]
        assert store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").values() == [4]
        assert store.remove_graph(EX + "g") is True and len(backing) == 0
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


# -- Virtuoso -----------------------------------------------------------------------

@pytest.fixture
def virtuoso(tmp_path):
    """The HTTP port of a private Virtuoso (skipped when it is not installed)."""
    server = VirtuosoServer(tmp_path / "virtuoso")
    yield server.port
    server.stop()


def long_corpus_articles(folder, n: int = 2, scan: int = 100):
    """The bundled articles plus the ``n`` longest of the first ``scan`` corpus texts, as .txt files."""
    folder.mkdir()
    for path in sorted(ARTICLES.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    if not CORPUS.exists():
        pytest.skip(f"the corpus is not here: {CORPUS}")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        texts = [json.loads(line).get("text") or "" for _, line in zip(range(scan), lines)]
    for i, text in enumerate(sorted(texts, key=len, reverse=True)[:n]):
        (folder / f"corpus-{i}.txt").write_text(text, encoding="utf-8")
    return folder


def test_virtuoso_with_digest_auth_graph_store_and_a_full_build(virtuoso, nlp, tmp_path):
    # dba may update through /sparql-auth (HTTP Digest); graphs go to its Graph Store endpoint
    url = f"sparql+http://dba:dba@127.0.0.1:{virtuoso}/sparql-auth?gsp=/sparql-graph-crud-auth"
    store = open_store(url)
    assert "dba:***@" in store.location
    # long corpus articles: one INSERT DATA of a whole article is more than Virtuoso compiles
    inputs = long_corpus_articles(tmp_path / "inputs")
    first = kg.build([inputs], store, nlp=nlp)
    assert first.ok and len(first.built) == len(list(inputs.glob("*.txt")))
    before = article_quads(store)
    with open_store(tmp_path / "embedded") as embedded:
        assert kg.build([inputs], embedded, nlp=nlp).ok
        assert article_quads(embedded) == before  # read back quad for quad
        largest = max(len(list(embedded.quads(g))) for g in embedded.graph_names()
                      if g.startswith(V.ARTICLE))
    assert largest > 5000
    second = kg.build([inputs], store, nlp=nlp)
    assert second.built == [] and article_quads(store) == before
    assert first.counts == second.counts and first.counts["articles"] == len(first.built)
    articles = {g for g in store.graph_names() if g.startswith(V.ARTICLE)}
    assert len(articles) == len(first.built)
    assert store.query("ASK { ?a a <http://schema.org/NewsArticle> }").boolean is True
    # bound variables, projected or not, reach the server as terms
    who = "PREFIX kg: <http://kg.example/ontology#> SELECT (COUNT(?m) AS ?n) WHERE { ?m kg:mentionOf ?e }"
    top = store.query("PREFIX kg: <http://kg.example/ontology#> SELECT ?e (COUNT(?m) AS ?n) "
                      "WHERE { ?m kg:mentionOf ?e } GROUP BY ?e ORDER BY DESC(?n) ?e LIMIT 1").rows[0]
    assert store.query(who, bindings={"e": top[0]}).values() == [int(top[1].value)]
    # a variable the query computes itself (kg.lookup.find binds ?key of a BIND)
    from kg.lookup import find

    name = store.query("SELECT ?n WHERE { ?e <http://schema.org/name> ?n } LIMIT 1",
                       bindings={"e": top[0]}).values()[0]
    assert top[0].value in [m.iri for m in find(store, name.upper())]
    # the anonymous endpoint answers queries but may not update
    anonymous = open_store(f"sparql+http://127.0.0.1:{virtuoso}/sparql")
    assert len(anonymous.query("SELECT ?a WHERE { ?a a <http://schema.org/NewsArticle> }")) == len(articles)
    with pytest.raises(StoreError):
        anonymous.replace_graph(EX + "g", sample(EX + "g"))
    with pytest.raises(StoreError, match="authentication"):
        open_store(f"sparql+http://dba:wrong@127.0.0.1:{virtuoso}/sparql-auth")
    # removing an article prunes the entities graph on this server too
    described = f"""SELECT DISTINCT ?e WHERE {{ GRAPH <{V.ENTITIES_GRAPH}> {{ ?e a ?t }} }}"""
    before_remove = set(store.query(described, union=False).values())
    removed, _ = kg.pipeline.remove([first.built[0]], store)
    assert removed == [first.built[0]]
    after_remove = set(store.query(described, union=False).values())
    assert after_remove < before_remove
    referenced = set(store.query("SELECT DISTINCT ?e WHERE { ?a <http://schema.org/mentions> ?e }").values())
    assert {e for e in after_remove if not e.endswith("#geo")} <= referenced | set(
        store.query("SELECT DISTINCT ?e WHERE { { ?a <http://schema.org/author> ?e } UNION "
                    "{ ?a <http://schema.org/publisher> ?e } UNION { ?c <http://schema.org/about> ?e } "
                    "UNION { ?m <http://kg.example/ontology#mentionOf> ?e } }").values())


def test_a_slow_answer_is_a_query_error_not_a_hang(oxigraph):
    store = open_store(oxigraph.url)
    g = EX + "g"
    store.replace_graph(g, [ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "p"),
                                    ox.Literal(str(i)), ox.NamedNode(g)) for i in range(1500)])
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . FILTER(STR(?x) < STR(?y)) }"
    with pytest.raises(QueryError, match="within 0.2 s"):
        store.query(heavy, timeout=0.2)  # the server is stopped (by PID) at teardown


def test_with_values_binds_any_text_as_one_term():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from kg.sparql_text import with_values

    store = open_store(":memory:")
    g = EX + "g"

    @settings(max_examples=150, deadline=None)
    @given(st.text(), st.sampled_from(["", "en", "fr-CA"]))
    def check(text, lang):
        value = ox.Literal(text, language=lang) if lang else ox.Literal(text)
        store.replace_graph(g, [ox.Quad(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), value, ox.NamedNode(g)),
                                ox.Quad(ox.NamedNode(EX + "b"), ox.NamedNode(EX + "p"), ox.Literal("other"),
                                        ox.NamedNode(g))])
        q = with_values(f"SELECT ?s WHERE {{ ?s <{EX}p> ?o }}", {"o": value})
        rows = store.query(q).rows  # the text became one term: no syntax error, one match
        assert [r[0].value for r in rows] == [EX + "a"] or (text == "other" and not lang)
        computed = with_values(f"SELECT ?s WHERE {{ ?s <{EX}p> ?x BIND(?x AS ?o) }}", {"o": value})
        assert [r[0].value for r in store.query(computed).rows] == [r[0].value for r in rows]

    check()


# -- the update a batch becomes -------------------------------------------------------

def test_a_batch_update_cut_short_anywhere_leaves_each_article_old_new_or_to_be_rebuilt(demo_store_dir):
    """Operation by operation, as a server that keeps what ran before a failure (Virtuoso) may."""
    from kg.pipeline import existing_digests
    from kg.store.remote_write import batch_update

    with open_store(demo_store_dir, read_only=True) as embedded:
        new = {g: list(embedded.quads(g)) for g in embedded.graph_names() if g.startswith(V.ARTICLE)}
        entities = list(embedded.quads(V.ENTITIES_GRAPH))
    digest = ox.NamedNode(V.KG + "digest")
    old = {g: [q for q in quads[::2] if q.predicate != digest]
           + [ox.Quad(ox.NamedNode(g), digest, ox.Literal("old"), ox.NamedNode(g))] for g, quads in new.items()}
    first = next(iter(new))
    text = batch_update({**new, first: new[first] + entities}, chunk=40)
    ops = text.split(" ;\n")
    sizes = [op.count(" .\n") + op.endswith(" .") for op in ops if op.startswith("INSERT DATA")]
    assert max(sizes) <= 40 and sum(sizes) == sum(map(len, new.values())) + len(entities)
    seen = set()
    for cut in [*range(0, len(ops), 3), len(ops)]:
        store = open_store(":memory:")
        store.replace_graphs(old)
        for op in ops[:cut]:
            store.update(op)
        digests = existing_digests(store)
        for g in new:
            now = set(store.quads(g))
            state = ("old" if now == set(old[g]) else "new" if now == set(new[g])
                     else "to rebuild" if g not in digests else "neither")
            assert state != "neither", (cut, g)
            seen.add(state)
        assert set(store.quads(V.ENTITIES_GRAPH)) <= set(entities)
    assert seen == {"old", "new", "to rebuild"}
    assert set(store.quads()) == {q for qs in new.values() for q in qs} | set(entities)


def test_a_batch_is_one_request_in_operations_of_at_most_chunk_triples_on_a_server(oxigraph, monkeypatch):
    import kg.store.remote_write as remote_write

    monkeypatch.setattr(remote_write, "INSERT_CHUNK", 7)
    sent = []
    store = open_store(oxigraph.url)
    update = store.update
    monkeypatch.setattr(store, "update", lambda text: (sent.append(text), update(text)))
    g1, g2 = EX + "g1", EX + "g2"
    store.replace_graphs({g1: sample(g1, 20), g2: sample(g2, 3)})
    assert len(sent) == 1 and sent[0].count("INSERT DATA") == 4  # 7 + 7 + 6 for g1, 3 for g2
    assert sorted(q.object.value for q in store.quads(g1)) == sorted(f"v{i}" for i in range(20))
    assert len(store) == 23
