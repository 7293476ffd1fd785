"""``kg serve``: the SPARQL endpoint, asked by real clients (curl, SPARQLWrapper, rdflib, urllib).

The endpoint serves the five bundled articles (built once per session by the
real pipeline); the limits are exercised on small synthetic stores.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox
import pytest

from kg.server import Config, Endpoint, make_server
from kg.sparql_parse import Inspection, inspect
from kg.sparql_tokens import operation
from kg.store import open_store

from conftest import ARTICLES, ROOT, copy_store
from sparql_servers import KgServe

SCHEMA = "http://schema.org/"
HEADLINES = ("PREFIX schema: <http://schema.org/>\n"
             "SELECT ?a ?h WHERE { ?a a schema:NewsArticle ; schema:headline ?h } ORDER BY ?a")
ARTICLE_GRAPH = ("PREFIX schema: <http://schema.org/>\n"
                 "CONSTRUCT { ?a ?p ?o } WHERE { ?a a schema:NewsArticle ; ?p ?o }")


class Served:
    """An in-process endpoint on a free loopback port."""

    def __init__(self, store, config: Config = Config()):
        self.store = store
        self.server = make_server(store, host="127.0.0.1", port=0, config=config)
        self.url = self.server.url
        self.root = self.url.rsplit("/", 1)[0] + "/"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)

    def request(self, *, query: str | None = None, update: str | None = None,
                method: str = "POST", accept: str | None = None, body: bytes | None = None,
                content_type: str | None = None, path: str | None = None,
                headers: dict | None = None, params: dict | None = None):
        """(status, content type, body text, headers) of one request."""
        url = self.url if path is None else self.root + path.lstrip("/")
        hdrs = dict(headers or {})
        if accept is not None:
            hdrs["Accept"] = accept
        fields = dict(params or {})
        if query is not None:
            fields["query"] = query
        if update is not None:
            fields["update"] = update
        if method == "GET":
            if fields:
                url += "?" + urllib.parse.urlencode(fields)
            data = None
        else:
            if body is None:
                body = urllib.parse.urlencode(fields).encode("utf-8")
                content_type = content_type or "application/x-www-form-urlencoded"
            data = body
            if content_type:
                hdrs["Content-Type"] = content_type
        req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode("utf-8"), resp.headers
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode("utf-8"), exc.headers


@pytest.fixture(scope="module")
def demo(demo_store_dir):
    store = open_store(demo_store_dir, read_only=True)
    served = Served(store)
    yield served
    served.close()
    store.close()


def synthetic_store(n: int) -> "object":
    """An in-memory store of ``n`` subjects with one literal each, in one named graph."""
    store = open_store(":memory:")
    g = "http://example.org/g"
    quads = [ox.Quad(ox.NamedNode(f"http://example.org/s{i}"), ox.NamedNode("http://example.org/p"),
                     ox.Literal(str(i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                     ox.NamedNode(g)) for i in range(n)]
    store.replace_graph(g, quads)
    return store


# -- answers ----------------------------------------------------------------

def test_select_in_every_result_format_matches_the_store(demo):
    expected = [tuple(t.value for t in row) for row in demo.store.query(HEADLINES).rows]
    assert len(expected) >= 3

    status, ctype, body, _ = demo.request(query=HEADLINES, accept="application/sparql-results+json")
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    doc = json.loads(body)
    assert doc["head"]["vars"] == ["a", "h"]
    assert [(b["a"]["value"], b["h"]["value"]) for b in doc["results"]["bindings"]] == expected

    for accept, fmt in (("application/sparql-results+xml", ox.QueryResultsFormat.XML),
                        ("text/tab-separated-values", ox.QueryResultsFormat.TSV)):
        status, ctype, body, _ = demo.request(query=HEADLINES, accept=accept)
        assert status == 200 and ctype.startswith(accept)
        rows = [(s["a"].value, s["h"].value) for s in ox.parse_query_results(body, fmt)]
        assert rows == expected

    status, ctype, body, _ = demo.request(query=HEADLINES, accept="text/csv")
    assert status == 200 and ctype.startswith("text/csv")
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["a", "h"] and [tuple(r) for r in rows[1:]] == expected


def test_get_post_form_and_direct_post_agree(demo):
    answers = [
        demo.request(query=HEADLINES, method="GET", accept="text/csv"),
        demo.request(query=HEADLINES, accept="text/csv"),
        demo.request(body=HEADLINES.encode("utf-8"), content_type="application/sparql-query",
                     accept="text/csv"),
    ]
    assert {a[0] for a in answers} == {200}
    assert len({a[2] for a in answers}) == 1


def test_format_parameter_overrides_accept(demo):
    status, ctype, body, _ = demo.request(query=HEADLINES, method="GET", accept="application/xml",
                                          params={"format": "tsv"})
    assert status == 200 and ctype.startswith("text/tab-separated-values")
    assert body.startswith("?a\t?h\n")


def test_ask_answers_a_boolean(demo):
    q = "ASK { ?a a <http://schema.org/NewsArticle> }"
    status, _, body, _ = demo.request(query=q)
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body, _ = demo.request(query="ASK { ?a a <http://schema.org/Nothing> }",
                                      accept="application/sparql-results+xml")
    assert status == 200 and "<boolean>false</boolean>" in body


@pytest.mark.parametrize("accept,fmt", [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
])
def test_construct_in_every_rdf_syntax_matches_the_store(demo, accept, fmt):
    expected = set(demo.store.query(ARTICLE_GRAPH).triples)
    assert len(expected) > 50
    status, ctype, body, _ = demo.request(query=ARTICLE_GRAPH, accept=accept)
    assert status == 200 and ctype.startswith(accept)
    got = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body.encode("utf-8"), format=fmt)}
    assert got == expected


def test_default_graph_is_the_union_of_article_graphs(demo):
    status, _, body, _ = demo.request(
        query="SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(DISTINCT ?a) AS ?articles) WHERE { "
              "{ GRAPH ?g { ?x ?y ?z } } UNION { ?a a <http://schema.org/NewsArticle> } }")
    assert status == 200
    row = json.loads(body)["results"]["bindings"][0]
    n_articles = len(list(ARTICLES.glob("*.txt")))
    assert int(row["articles"]["value"]) == n_articles
    assert int(row["graphs"]["value"]) >= n_articles


# -- refusals -----------------------------------------------------------------

def test_bad_accept_is_406(demo):
    status, ctype, body, _ = demo.request(query=HEADLINES, accept="image/png")
    assert status == 406 and ctype.startswith("text/plain")
    assert "application/sparql-results+json" in body
    status, _, body, _ = demo.request(query=ARTICLE_GRAPH, accept="text/csv")
    assert status == 406 and "text/turtle" in body


def test_malformed_query_is_400_with_the_parser_position(demo):
    status, _, body, _ = demo.request(query="SELECT ?x\nWHERE {\n  ?x ?y }")
    assert status == 400
    assert "line 3" in body and "column" in body
    assert "^" in body.splitlines()[-1]


@pytest.mark.parametrize("how", ["form", "body", "in-query"])
def test_updates_are_refused_and_change_nothing(demo, how):
    before = len(demo.store)
    update = "DROP ALL"
    if how == "form":
        answer = demo.request(update=update)
    elif how == "body":
        answer = demo.request(body=update.encode(), content_type="application/sparql-update")
    else:
        answer = demo.request(query="PREFIX x: <http://x/> " + update)
    status, _, body, _ = answer
    assert status == 403 and "read-only" in body
    assert len(demo.store) == before > 0


def test_update_with_get_is_405(demo):
    status, _, _, headers = demo.request(update="DROP ALL", method="GET")
    assert status == 405 and "POST" in headers["Allow"]


def test_service_is_refused(demo):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, body, _ = demo.request(query=q)
    assert status == 400 and "SERVICE" in body
    q = "select * where { service   silent ?endpoint { ?s ?p ?o } }"
    assert demo.request(query=q)[0] == 400


def test_the_word_service_in_strings_iris_comments_and_names_is_fine(demo):
    q = ('PREFIX service: <http://example.org/SERVICE#>\n'
         'SELECT ?service WHERE { # SERVICE <http://elsewhere/sparql>\n'
         '  BIND("SERVICE <http://elsewhere/sparql> { }" AS ?service)\n'
         '  FILTER(?service != service:SERVICE && ?service != <http://x/SERVICE>) }')
    status, _, body, _ = demo.request(query=q)
    assert status == 200, body
    assert json.loads(body)["results"]["bindings"][0]["service"]["value"].startswith("SERVICE")


def test_lexer_tells_queries_from_updates():
    assert operation("PREFIX a: <http://a/>\nBASE <http://b/>\nconstruct { } where { }") == "construct"
    assert operation("# comment\n  INSERT DATA { <a:b> <a:c> <a:d> }") == "update"
    assert operation("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }") == "update"
    assert operation("describe <http://x>") == "describe"
    assert operation("") == ""


def test_unknown_path_is_404_and_root_is_a_safe_page(demo):
    status, _, body, _ = demo.request(method="GET", path="/nothing-here")
    assert status == 404 and "/sparql" in body
    status, ctype, html, headers = demo.request(method="GET", path="/")
    assert status == 200 and ctype.startswith("text/html")
    assert "/sparql" in html and "&lt;http://schema.org/&gt;" in html  # the example, escaped
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)  # no remote assets
    assert "<script" not in html
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    status, ctype, _, _ = demo.request(method="GET")  # the endpoint with no query: the page
    assert status == 200 and ctype.startswith("text/html")


def test_unsupported_content_type_and_empty_form(demo):
    status, _, body, _ = demo.request(body=b"x", content_type="text/plain")
    assert status == 415 and "application/sparql-query" in body
    status, _, body, _ = demo.request(body=b"other=1", content_type="application/x-www-form-urlencoded")
    assert status == 400 and "query" in body
    status, _, _, _ = demo.request(method="DELETE")
    assert status == 405


def test_row_limit_refuses_rather_than_cuts():
    store = synthetic_store(50)
    served = Served(store, Config(max_rows=20))
    try:
        q = "SELECT ?s WHERE { ?s ?p ?o }"
        status, _, body, _ = served.request(query=q)
        assert status == 500 and "more than 20 rows" in body and "LIMIT" in body
        status, _, body, _ = served.request(query=q + " LIMIT 20")
        assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 20
        status, _, body, _ = served.request(query="CONSTRUCT WHERE { ?s ?p ?o }")
        assert status == 500 and "triples" in body
    finally:
        served.close()


def test_timeout_is_503_and_the_server_keeps_answering():
    store = synthetic_store(1200)
    served = Served(store, Config(timeout=0.2, max_rows=0, workers=2))
    try:
        # a blocking aggregate over a 1200 × 1200 join: about a second of work for the engine
        heavy = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?x . ?b ?q ?y . "
                 "FILTER(?x < ?y && STR(?a) != STR(?b)) }")
        before = served.server.endpoint.runner.pids()
        status, _, body, _ = served.request(query=heavy)
        assert status == 503 and "timed out after 0.2 s" in body
        status, _, body, _ = served.request(query="SELECT * WHERE { ?a ?p ?x . ?b ?q ?y . ?c ?r ?z }")
        assert status == 503
        # the workers that ran them were killed and replaced
        assert served.server.endpoint.runner.wait_ready()
        after = served.server.endpoint.runner.pids()
        assert len(after) == 2 and set(after) != set(before)
        status, _, body, _ = served.request(query="ASK { ?s ?p ?o }")
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        served.close()


def test_updates_need_the_flag_and_the_token():
    store = open_store(":memory:")
    served = Served(store, Config(allow_update=True, token="s3cret"))
    insert = 'INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/p> "x" } }'
    try:
        status, _, body, headers = served.request(update=insert)
        assert status == 401 and headers["WWW-Authenticate"].startswith("Bearer")
        status, _, body, _ = served.request(update=insert, headers={"Authorization": "Bearer wrong"})
        assert status == 403 and "token" in body
        assert len(store) == 0
        status, _, _, _ = served.request(update=insert, headers={"Authorization": "Bearer s3cret"})
        assert status == 204
        assert len(store) == 1
        status, _, body, _ = served.request(update="INSERT DATA { oops", headers={"Authorization": "Bearer s3cret"})
        assert status == 400 and "line 1" in body
        status, _, body, _ = served.request(query='SELECT ?o WHERE { ?s ?p ?o }')
        assert json.loads(body)["results"]["bindings"][0]["o"]["value"] == "x"
    finally:
        served.close()
    with pytest.raises(ValueError):
        Endpoint(store, Config(allow_update=True))  # no token


# -- real clients ---------------------------------------------------------------

def test_curl(demo):
    curl = shutil.which("curl")
    if curl is None:
        pytest.skip("curl is not installed")
    out = subprocess.run([curl, "-s", "-G", demo.url, "--data-urlencode", f"query={HEADLINES}",
                          "-H", "Accept: text/csv"], capture_output=True, text=True, timeout=30)
    rows = list(csv.reader(io.StringIO(out.stdout)))
    assert rows[0] == ["a", "h"] and len(rows) == 1 + len(demo.store.query(HEADLINES))
    out = subprocess.run([curl, "-s", "-o", "/dev/null", "-w", "%{http_code}", demo.url,
                          "--data-urlencode", "update=DROP ALL"], capture_output=True, text=True, timeout=30)
    assert out.stdout == "403"
    out = subprocess.run([curl, "-s", demo.url, "-H", "Content-Type: application/sparql-query",
                          "-H", "Accept: application/n-triples", "--data-binary", ARTICLE_GRAPH],
                         capture_output=True, text=True, timeout=30)
    assert len(list(ox.parse(out.stdout.encode(), format=ox.RdfFormat.N_TRIPLES))) > 50


def test_sparqlwrapper(demo):
    from SPARQLWrapper import JSON, POST, TURTLE, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    client = SPARQLWrapper(demo.url)
    client.setQuery(HEADLINES)
    client.setReturnFormat(JSON)
    doc = client.query().convert()
    headlines = [b["h"]["value"] for b in doc["results"]["bindings"]]
    assert headlines == demo.store.query(HEADLINES).values("h")

    client.setQuery(ARTICLE_GRAPH)
    client.setReturnFormat(TURTLE)
    graph_text = client.query().convert()
    triples = list(ox.parse(graph_text, format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(demo.store.query(ARTICLE_GRAPH).triples)

    client.setQuery("SELECT * WHERE { ?s ?p }")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed):
        client.query()

    client.setMethod(POST)
    client.setQuery("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(urllib.error.HTTPError) as info:
        client.query()
    assert info.value.code == 403


def test_rdflib_sparqlstore(demo):
    from rdflib import Graph, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    expected = demo.store.query(HEADLINES).values("h")
    graph = Graph(store=SPARQLStore(query_endpoint=demo.url, returnFormat="json"))
    rows = list(graph.query(HEADLINES))
    assert [str(r.h) for r in rows] == expected

    # rdflib's default: XML results for SELECT/ASK, RDF/XML for CONSTRUCT
    graph = Graph(store=SPARQLStore(query_endpoint=demo.url))
    assert [str(r.h) for r in graph.query(HEADLINES)] == expected
    article = URIRef(str(rows[0].a))
    assert (article, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            URIRef(SCHEMA + "NewsArticle")) in graph
    constructed = graph.query(ARTICLE_GRAPH).graph
    assert len(constructed) == len(demo.store.query(ARTICLE_GRAPH).triples)


# -- the command -----------------------------------------------------------------

def test_kg_serve_command(demo_store_dir, tmp_path):
    store_dir = copy_store(demo_store_dir, tmp_path / "store")
    server = KgServe("--store", str(store_dir), "--timeout", "5", "--max-rows", "100")
    try:
        with urllib.request.urlopen(server.url + "?" + urllib.parse.urlencode({"query": HEADLINES}),
                                    timeout=30) as resp:
            headlines = [b["h"]["value"] for b in json.loads(resp.read())["results"]["bindings"]]
        with open_store(demo_store_dir, read_only=True) as store:
            assert headlines == store.query(HEADLINES).values("h")
        # the server reads snapshots and holds no lock: a build beside it runs
        build = subprocess.run([sys.executable, "-m", "kg", "build", str(ARTICLES), "--store", str(store_dir)],
                               cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert build.returncode == 0 and "unchanged 5" in build.stdout, build.stderr
    finally:
        code = server.stop()
    assert code == 0  # SIGTERM stops it cleanly
    log = server.output()
    assert f"127.0.0.1:{server.port}/sparql" in log and "read-only" in log
    assert "GET /sparql 200" in log


def test_kg_serve_warns_off_loopback_and_checks_its_options(demo_store_dir):
    server = KgServe("--store", str(demo_store_dir), "--host", "0.0.0.0", "--quiet")
    try:
        pass
    finally:
        server.stop()
    assert "warning" in server.output() and "0.0.0.0" in server.output()
    out = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", str(demo_store_dir),
                          "--allow-update"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "token" in out.stderr


def test_no_text_inside_a_literal_or_comment_reads_as_service():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=100, deadline=None)
    @given(st.text())
    def check(text):
        literal = str(ox.Literal(text))  # N-Triples escaping: one string, whatever the text
        comment = text.replace("\n", " ").replace("\r", " ")
        q = f"SELECT * WHERE {{ ?s ?p {literal} }} # {comment}\n"
        assert inspect(q) == Inspection("select", service=False, load=False)
        assert not inspect(q.replace("?p", "<http://x/SERVICE>")).service
        assert inspect(q.replace("?s ?p", "SERVICE <http://x/> { ?s ?p ?o } ?s ?p")).service

    check()
