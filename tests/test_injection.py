"""User and article text never reaches SPARQL or HTML as code.

Hostile names (quotes, braces, newlines, ``#``, SPARQL keywords, markup) are
stored as they are, bound as RDF terms, found again exactly, and never change
what a query does; in HTML they appear only as text.
"""

from __future__ import annotations

import importlib.util
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import vocab as V
from kg.model import Article, Entity, Extraction, Mention, Sentence
from kg.rdf import article_quads
from kg.store import QueryError
from kg.terminal import printable

ROOT = Path(__file__).resolve().parent.parent

HOSTILE = [
    '"} DROP ALL #',
    "x' . ?s ?p ?o } #",
    'He said "no"',
    "O'Brien",
    "line one\nline two\r\nthree",
    "}{ } {",
    "# not a comment",
    "back\\slash \\\" \\u0022",
    '"""triple""" \'\'\'quoted\'\'\'',
    "<script>alert('x')</script>",
    "</script><img src=x onerror=alert(1)>",
    "?e ?p ?o",
    "; INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "tab\there\u2028sep\u0085nel",
    "\u202eevil\u202c right-to-left",
    "emoji 🙂 and ﷽",
]

NAME = "PREFIX schema: <http://schema.org/> SELECT ?e WHERE { ?e schema:name ?n }"


def hostile_article(i: int, name: str) -> tuple[Article, Extraction]:
    """An article whose title, author and one actor's name are ``name``."""
    text = f"{name} spoke today."
    mention = Mention(start=0, end=len(name), text=name, sentence=0, label="PERSON",
                      kind="Person", key=f"hostile-{i}")
    entity = Entity(key=f"hostile-{i}", name=name, kind="Person", aliases=(name,),
                    mentions=(mention,))
    article = Article(identifier=f"hostile-{i}.txt", text=text, source=f"hostile-{i}.txt",
                      title=name, authors=(f"{name} {i}",), publisher=f"Publisher {i}")
    sentence = Sentence(index=0, start=0, end=len(text), text=text)
    return article, Extraction(sentences=(sentence,), entities=(entity,))


def fill(store) -> dict[str, str]:
    """Write one article per hostile name; return ``{name: entity IRI}``."""
    out = {}
    for i, name in enumerate(HOSTILE):
        article, extraction = hostile_article(i, name)
        store.replace_graph(V.article_iri(article.identifier), article_quads(article, extraction))
        out[name] = V.entity_iri(f"hostile-{i}")
    return out


@pytest.fixture
def hostile_store(store_factory):
    store = store_factory()
    iris = fill(store)
    return store, iris


def test_hostile_names_are_stored_verbatim(hostile_store):
    store, iris = hostile_store
    rows = store.query("PREFIX schema: <http://schema.org/> "
                       "SELECT ?e ?n WHERE { ?e a schema:Person ; schema:name ?n }").rows
    stored = {r[0].value: r[1].value for r in rows}
    for name, iri in iris.items():
        assert stored[iri] == name


def test_bound_literal_finds_exactly_its_entity_and_changes_nothing(hostile_store):
    store, iris = hostile_store
    before = len(store)
    graphs = store.graph_names()
    for name in HOSTILE:
        rows = store.query(NAME, bindings={"n": ox.Literal(name)}).rows
        assert [r[0].value for r in rows] == [iris[name]], name
        assert len(store) == before and store.graph_names() == graphs, name


def test_bound_value_never_matches_by_pattern(hostile_store):
    store, _ = hostile_store
    # A binding that looks like a variable or a wildcard is a plain string.
    for text in ("?n", "*", ".*", "%", "", " "):
        assert store.query(NAME, bindings={"n": ox.Literal(text)}).rows == []


def test_bound_iri_and_language_literal(hostile_store):
    store, iris = hostile_store
    name = HOSTILE[0]
    q = "PREFIX schema: <http://schema.org/> SELECT ?n WHERE { ?e schema:name ?n }"
    rows = store.query(q, bindings={"e": ox.NamedNode(iris[name])}).rows
    assert [r[0].value for r in rows] == [name]
    # the same text with a language tag is another term: no match, no error
    assert store.query(NAME, bindings={"n": ox.Literal(name, language="en")}).rows == []


@pytest.mark.parametrize("iri", [
    "http://x.example/a> } DROP ALL #",
    'http://x.example/"q"',
    "http://x.example/a b",
    "http://x.example/{x}",
    "http://x.example/line\nbreak",
])
def test_an_iri_with_forbidden_characters_cannot_be_made(iri):
    with pytest.raises(ValueError):
        ox.NamedNode(iri)


@pytest.mark.parametrize("var", ["n }", "n#", "1n", "n\nDROP", "", "?n"])
def test_bad_variable_names_are_refused(hostile_store, var):
    store, _ = hostile_store
    with pytest.raises((QueryError, ValueError)):
        store.query(NAME, bindings={var: ox.Literal("x")})


def test_bound_value_is_visible_to_a_filter(hostile_store):
    """A bound variable has its value everywhere in the WHERE group, FILTERs included."""
    store, iris = hostile_store
    name = HOSTILE[2]
    q = ("PREFIX schema: <http://schema.org/> SELECT ?e WHERE { "
         "?e schema:name ?n FILTER(LCASE(STR(?n)) = LCASE(STR(?q))) }")
    rows = store.query(q, bindings={"q": ox.Literal(name.upper())}).rows
    assert [r[0].value for r in rows] == [iris[name]]


def test_bound_value_restricts_an_aggregate(hostile_store):
    """Counting with a bound, non-grouped variable counts for that value only."""
    store, iris = hostile_store
    q = "PREFIX kg: <http://kg.example/ontology#> SELECT (COUNT(?m) AS ?n) WHERE { ?m kg:mentionOf ?e }"
    rows = store.query(q, bindings={"e": ox.NamedNode(iris[HOSTILE[0]])}).rows
    assert int(rows[0][0].value) == 1


# -- describe / find ----------------------------------------------------------

def test_find_and_describe_take_hostile_names_as_text(hostile_store):
    from kg import lookup as describe

    store, iris = hostile_store
    before = len(store)
    for name in HOSTILE:
        found = describe.find(store, name)
        assert iris[name] in [m.iri for m in found], name
        desc = describe.describe(store, iris[name])
        assert desc is not None and desc.name == name, name
    assert len(store) == before


def test_find_unknown_hostile_text_is_empty_not_an_error(hostile_store):
    from kg import lookup as describe

    store, _ = hostile_store
    for text in ('"} UNION { ?e ?p ?o } #', "') } #", "\\", "<>", "{"):
        assert describe.find(store, text) == []


def _shell(store, tmp_path):
    """A non-interactive shell session writing to strings."""
    from kg.shell.core import Shell

    out, err = io.StringIO(), io.StringIO()
    return Shell(store, out=out, err=err, query_dirs=[tmp_path], save_dir=tmp_path), out, err


def _quoted(name: str) -> str:
    """``name`` as one double-quoted shell argument."""
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


ONE_LINE = [h for h in HOSTILE if "\n" not in h and "\r" not in h and "\u2028" not in h and "\x85" not in h]


def test_shell_describe_takes_hostile_names_as_text(hostile_store, tmp_path):
    store, iris = hostile_store
    sh, out, err = _shell(store, tmp_path)
    before = len(store)
    for name in ONE_LINE:
        out.seek(0), out.truncate()
        assert sh.execute(f".describe {_quoted(name)}"), (name, err.getvalue())
        assert printable(name) in out.getvalue(), name  # shown as text, controls escaped
    assert len(store) == before


def test_shell_named_query_takes_hostile_arguments(hostile_store, tmp_path):
    store, iris = hostile_store
    (tmp_path / "by-name.rq").write_text("# By name.\n# params: n:string\n" + NAME + "\n", encoding="utf-8")
    sh, out, err = _shell(store, tmp_path)
    assert sh.execute(".format tsv"), err.getvalue()
    for name in ONE_LINE:
        out.seek(0), out.truncate()
        assert sh.execute(f".q by-name {_quoted(name)}"), (name, err.getvalue())
        rows = out.getvalue().splitlines()[1:]  # tsv: a header, then one line per row
        assert rows == [f"<{iris[name]}>"], (name, out.getvalue())


# -- named queries --------------------------------------------------------------

needs_queries = pytest.mark.skipif(importlib.util.find_spec("kg.queries") is None,
                                   reason="kg.queries is not there yet")


@needs_queries
def test_named_query_parameters_are_terms(hostile_store):
    from kg import queries

    store, iris = hostile_store
    q = queries.parse_query("by-name", "# By name.\n# params: n:string\n" + NAME)
    q2 = queries.parse_query("by-term", "# By term.\n# params: n\n" + NAME)
    for name in HOSTILE:
        rows = queries.run(store, q, [name]).rows
        assert [r[0].value for r in rows] == [iris[name]], name
        # unquoted 'term' parameters: a hostile word is a literal, never an IRI or code
        term = queries.bind(q2, [queries.Arg(name)])["n"]
        assert isinstance(term, ox.Literal) and term.value == name, name


@needs_queries
def test_named_query_entity_parameter_resolves_hostile_names(hostile_store):
    from kg import queries

    store, iris = hostile_store
    q = queries.parse_query(
        "name-of", "# Name of.\n# params: who:entity\n"
                   "PREFIX schema: <http://schema.org/> SELECT ?n WHERE { ?who schema:name ?n }")
    for name in HOSTILE[:6]:
        rows = queries.run(store, q, [queries.Arg(name, quoted=True)]).rows
        assert [r[0].value for r in rows] == [name]


# -- HTML views -------------------------------------------------------------------

needs_views = pytest.mark.skipif(importlib.util.find_spec("kg.views") is None,
                                 reason="kg.views is not there yet")

SCRIPT_FROM_DATA = re.compile(r"<script>alert|<img src=x onerror", re.IGNORECASE)


@needs_views
def test_view_of_a_hostile_entity_has_no_markup_from_data(hostile_store):
    from kg.views import render_view

    store, iris = hostile_store
    for name in (HOSTILE[9], HOSTILE[10]):
        view = render_view(store, entity=iris[name])
        html = view.html
        assert not SCRIPT_FROM_DATA.search(html)
        # data travels as JSON inside a script element: no '<' may appear in it raw
        blocks = re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.DOTALL)
        assert blocks and all("<" not in b for b in blocks)
        assert any(name in json.dumps(json.loads(b), ensure_ascii=False) for b in blocks)


@needs_views
def test_kg_view_cli_escapes_entity_names(tmp_path):
    if importlib.util.find_spec("kg.commands.view") is None:
        pytest.skip("kg view is not there yet")
    from kg.store import open_store

    path = tmp_path / "store"
    store = open_store(path)
    try:
        iris = fill(store)
    finally:
        store.close()
    out = tmp_path / "view.html"
    name = HOSTILE[10]
    res = subprocess.run([sys.executable, "-m", "kg", "view", "--store", str(path), "--entity",
                          iris[name], "-o", str(out)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr
    html = out.read_text(encoding="utf-8")
    assert not SCRIPT_FROM_DATA.search(html)
