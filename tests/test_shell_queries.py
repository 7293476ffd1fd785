"""Named queries (kg.queries): parameter declarations, binding as RDF terms, the bundled .rq files."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import vocab as V
from kg.queries import (Arg, ParamError, bind, bundled_dir, iri_term, load_queries, parse_params,
                        parse_query, save_query, split_args, to_term)

XSD = V.XSD

HOSTILE = ['"} DROP ALL #', "'; DELETE WHERE { ?s ?p ?o } #", "a\nb\r\nc", "}}}", "<http://x> ?p ?o",
           "\\", '"""', "ent:isis }"]


# -- declarations ----------------------------------------------------------------

def test_parse_params():
    ps = parse_params("actor:entity, since:date=2015-01-01 n:integer=5 x")
    assert [(p.name, p.kind, p.default, p.required) for p in ps] == [
        ("actor", "entity", None, True), ("since", "date", "2015-01-01", False),
        ("n", "integer", "5", False), ("x", "term", None, True)]


@pytest.mark.parametrize("spec, message", [
    ("a:nope", "unknown parameter kind"),
    ("a a", "declared twice"),
    ("9x", "bad parameter declaration"),
    ("a:", "bad parameter declaration"),
])
def test_bad_declarations(spec, message):
    with pytest.raises(ParamError, match=message):
        parse_params(spec)


def test_parse_query_reads_the_header():
    q = parse_query("claims", "# Claims by an actor.\n# Newest first.\n# params: actor:entity\n\n"
                              "SELECT ?t WHERE { ?c <http://schema.org/author> ?actor ; <http://schema.org/text> ?t }")
    assert q.description == "Claims by an actor. Newest first."
    assert q.usage() == "claims <actor>"
    with pytest.raises(ParamError, match="never uses"):
        parse_query("x", "# params: who\nSELECT * WHERE { ?s ?p '?who' } # ?who")


# -- binding ----------------------------------------------------------------

Q = parse_query("q", "# params: who, kind:string=direct, n:integer=3, day:date=2019-01-01, "
                     "amount:decimal=1.5, place:iri=ent:iraq, ent:entity=ISIS\n"
                     "SELECT * { ?who ?kind ?n . ?day ?amount ?place . ?ent ?p ?o }")


def resolver(name: str) -> str | None:
    return {"isis": V.ENTITY + "isis", "daesh": V.ENTITY + "isis"}.get(name.lower())


def test_bind_defaults_and_kinds():
    b = bind(Q, ["schema:Person"], resolve_entity=resolver)
    assert b["who"] == ox.NamedNode(V.SCHEMA + "Person")
    assert b["kind"] == ox.Literal("direct")
    assert b["n"] == ox.Literal("3", datatype=ox.NamedNode(XSD + "integer"))
    assert b["day"] == ox.Literal("2019-01-01", datatype=ox.NamedNode(XSD + "date"))
    assert b["amount"] == ox.Literal("1.5", datatype=ox.NamedNode(XSD + "decimal"))
    assert b["place"] == ox.NamedNode(V.ENTITY + "iraq")
    assert b["ent"] == ox.NamedNode(V.ENTITY + "isis")


def test_bind_positional_keyword_and_quoted():
    b = bind(Q, [Arg("ent:isis", quoted=True), "n=7", "indirect"], resolve_entity=resolver)
    assert b["who"] == ox.Literal("ent:isis")  # quoted: always a literal
    assert b["kind"] == ox.Literal("indirect")  # positional fills the next free parameter
    assert b["n"] == ox.Literal("7", datatype=ox.NamedNode(XSD + "integer"))
    b = bind(Q, ["<http://x.example/a>", "ent=Daesh"], resolve_entity=resolver)
    assert b["who"] == ox.NamedNode("http://x.example/a")
    assert b["ent"] == ox.NamedNode(V.ENTITY + "isis")


@pytest.mark.parametrize("args, message", [
    ([], "missing parameter who"),
    (["a", "b", "1", "2019-01-01", "1", "ent:x", "ISIS", "extra"], "too many arguments"),
    (["a", "nope=1"], "has no parameter 'nope'"),
    (["a", "n=x"], "expects an integer"),
    (["a", "day=2019-13-01"], "expects a date"),
    (["a", "amount=NaN"], "expects a number"),
    (["a", "place=Iraq"], "expects an IRI"),
    (["a", "ent=Atlantis"], "no actor or place named 'Atlantis'"),
    (["a", "n=1", "n=2"], "given twice"),
])
def test_bind_errors(args, message):
    with pytest.raises(ParamError, match=message):
        bind(Q, args, resolve_entity=resolver)


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_stay_one_literal(value):
    term = to_term(value)
    assert isinstance(term, ox.Literal) and term.value == value
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://x.example/s"), ox.NamedNode("http://x.example/p"), term))
    # the term's N-Triples form parses back to the same single value
    rows = list(store.query("SELECT ?o WHERE { ?s ?p ?o }"))
    assert rows[0]["o"] == term


def test_iri_terms():
    assert iri_term("schema:Person") == ox.NamedNode(V.SCHEMA + "Person")
    assert iri_term("http://x.example/a") == ox.NamedNode("http://x.example/a")
    assert iri_term("art:a.txt#c1-9") == ox.NamedNode(V.ARTICLE + "a.txt#c1-9")
    for text in ["ISIS", "nope:x", "<a b>", "<http://x.example/a> } DROP ALL {", "ent:x y", "http://x.example/a b"]:
        assert iri_term(text) is None, text


def test_split_args():
    assert split_args('claims-by "Haider al-Abadi" n=3') == [
        Arg("claims-by"), Arg("Haider al-Abadi", True), Arg("n=3")]
    assert split_args("O'Brien said") == [Arg("O'Brien"), Arg("said")]
    assert split_args('name="a \\"b\\" c"') == [Arg('name=a "b" c', True)]
    assert split_args("'\"} DROP ALL #'") == [Arg('"} DROP ALL #', True)]
    assert split_args('"a\nb"') == [Arg("a\nb", True)]
    assert split_args('"unclosed  here') == [Arg("unclosed  here", True)]
    assert split_args("   ") == []


# -- files ----------------------------------------------------------------

def test_save_and_load_user_queries(tmp_path):
    bundled = tmp_path / "bundled"
    user = tmp_path / "user"
    bundled.mkdir()
    (bundled / "same.rq").write_text("# Bundled.\nASK {}\n", encoding="utf-8")
    (bundled / "broken.rq").write_text("# params: x\nASK {}\n", encoding="utf-8")
    path = save_query("same", "# Mine.\nASK { ?s ?p ?o }", user)
    assert path == user / "same.rq"
    errors: list[str] = []
    found = load_queries([bundled, user], errors=errors)
    assert list(found) == ["same"]
    assert found["same"].description == "Mine."
    assert errors == ["broken.rq: query 'broken' declares parameter 'x' but never uses ?x"]
    for bad in ["../x", "a b", "", ".hidden", "x/y"]:
        with pytest.raises(ParamError, match="bad query name"):
            save_query(bad, "ASK {}", user)


def test_every_bundled_query_is_documented():
    found = load_queries([bundled_dir()])
    assert len(found) >= 10
    for q in found.values():
        assert q.description, q.name
        assert q.path and q.path.endswith(f"{q.name}.rq")


# -- on the demo store ------------------------------------------------------------

@pytest.fixture(scope="module")
def store(demo_store_dir):
    from kg.store import open_store

    s = open_store(demo_store_dir, read_only=True)
    yield s
    s.close()


def _one(store, sparql: str) -> str:
    rows = store.query(V.sparql_prefixes() + sparql).rows
    assert rows, sparql
    return rows[0][0].value


def _arguments(store) -> dict[str, str]:
    """A value for every parameter name the bundled queries use, taken from the store."""
    top = "GROUP BY ?e ORDER BY DESC(COUNT(*)) ?e LIMIT 1"
    return {
        "actor": "<%s>" % _one(store, f"SELECT ?e {{ ?c a schema:Claim ; schema:author ?e . ?e schema:name ?n }} {top}"),
        "about": "<%s>" % _one(store, f"SELECT ?e {{ ?c a schema:Claim ; schema:about ?e }} {top}"),
        "place": "<%s>" % _one(store, f"SELECT ?e {{ ?m kg:mentionOf ?e . ?e a schema:Place }} {top}"),
        "entity": "<%s>" % _one(store, f"SELECT ?e {{ ?m kg:mentionOf ?e }} {top}"),
        "publisher": _one(store, "SELECT ?n { ?a schema:publisher ?p . ?p schema:name ?n } ORDER BY ?n LIMIT 1"),
        "article": "<%s>" % _one(store, "SELECT ?a { ?a a schema:NewsArticle } ORDER BY ?a LIMIT 1"),
        "type": "schema:Place",
    }


def test_bundled_queries_run_and_their_parameters_constrain(store):
    from kg.lookup import resolve_one

    values = _arguments(store)
    has_quantities = store.query(V.sparql_prefixes() + "ASK { ?q a kg:Quantity ; schema:about ?x }").boolean
    # the demo articles hold agreements but no contradiction (kg compare contradicts only
    # claims published within months of each other, and one article is undated)
    has_contradictions = store.query(V.sparql_prefixes() + "ASK { ?a kg:contradicts ?b }").boolean
    for q in load_queries([bundled_dir()]).values():
        args = [values[p.name] for p in q.params if p.required]
        b = bind(q, args, resolve_entity=lambda n: resolve_one(store, n))
        result = store.query(q.text, bindings=b)
        assert result.kind == "select", q.name
        if (q.name != "quantities-about" or has_quantities) and (
                q.name != "contradictions-about" or has_contradictions):
            assert result.rows, f"{q.name} {args} found nothing on the demo store"
        if q.params:
            # a value that matches nothing gives nothing: the parameter is really joined
            nothing = {k: (ox.NamedNode(V.ENTITY + "no-such-thing") if isinstance(v, ox.NamedNode)
                           else ox.Literal("no such thing")) for k, v in b.items()}
            assert store.query(q.text, bindings=nothing).rows == [], q.name


def test_claims_by_returns_only_that_actors_claims(store):
    from kg.queries import run

    q = load_queries([bundled_dir()])["claims-by"]
    actor = _arguments(store)["actor"]
    result = run(store, q, [actor])
    claims = result.values("claim")
    assert claims
    for claim in claims:
        assert store.query("ASK { ?c <http://schema.org/author> ?a }",
                           bindings={"c": ox.NamedNode(claim), "a": iri_term(actor)}).boolean


def test_hostile_arguments_to_every_bundled_query_find_nothing(store):
    size = len(store)
    for q in load_queries([bundled_dir()]).values():
        if not q.params:
            continue
        for value in HOSTILE:
            try:
                b = bind(q, [Arg(value, quoted=True)] * len([p for p in q.params if p.required]),
                         resolve_entity=lambda n: None)
            except ParamError:
                continue  # an entity or typed parameter refuses it outright
            assert store.query(q.text, bindings=b).rows == []
    assert len(store) == size
