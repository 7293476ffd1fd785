"""suggest(): what the shell proposes at the cursor, as a pure function of the text and a context."""

from __future__ import annotations

import pytest

from kg import vocab as V
from kg.shell.completion import CompletionContext, make_completer, role, suggest

S, K, E = V.SCHEMA, V.KG, V.ENTITY

CTX = CompletionContext(
    classes=(S + "Person", S + "Place", S + "Organization", K + "ArmedGroup", S + "Claim"),
    properties=(S + "name", S + "alternateName", S + "mentions", K + "pagerank", K + "mentionOf"),
    entities=(("Daesh", E + "isis"), ("ISIS", E + "isis"), ("Islamic State", E + "isis"),
              ("Haider al-Abadi", E + "haider-al-abadi"), ("Damascus", E + "damascus")),
    commands=((".describe", "An entity"), (".format", "Format"), (".help", "Help"), (".q", "Named"),
              (".timing", "Timing"), (".quit", "Leave")),
    command_args={".describe": "entity", ".format": "format", ".q": "query", ".timing": "onoff",
                  ".help": "command"},
    queries=(("top-actors", "top-actors"), ("claims-by", "claims-by <actor>")),
    measures=("pagerank", "degree"),
)


def texts(text: str, ctx: CompletionContext = CTX) -> list[str]:
    return [s.text for s in suggest(text, context=ctx)]


def applied(text: str, ctx: CompletionContext = CTX) -> list[str]:
    """The text after accepting each suggestion."""
    return [text[: len(text) + s.start] + s.text for s in suggest(text, context=ctx)]


def test_class_after_a():
    assert texts("SELECT * WHERE { ?p a schema:Pers") == ["schema:Person"]
    assert applied("SELECT * WHERE { ?p a schema:P") == ["SELECT * WHERE { ?p a schema:Person",
                                                         "SELECT * WHERE { ?p a schema:Place"]
    assert texts("SELECT * { ?g a kg:") == ["kg:ArmedGroup"]
    assert set(texts("SELECT * { ?p a ")) >= {"schema:Person", "kg:ArmedGroup"}
    assert "schema:name" not in texts("SELECT * { ?p a schema:")


def test_properties_in_predicate_position():
    assert texts("SELECT * { ?p schema:na") == ["schema:name"]
    assert texts("SELECT * { ?p schema:name ?n ; schema:alt") == ["schema:alternateName"]
    assert "schema:Person" not in texts("SELECT * { ?p schema:")
    # a bare word in predicate position: properties by local name, and 'a'
    assert "schema:mentions" in texts("SELECT * { ?a men")
    assert "kg:mentionOf" in texts("SELECT * { ?a men")
    assert "a" in texts("SELECT * { ?x ")


def test_entity_names_and_aliases_complete_to_iris():
    got = suggest("SELECT * { ?a schema:mentions Dae", context=CTX)
    assert [(s.text, s.display) for s in got] == [("ent:isis", "Daesh")]
    assert applied("SELECT * { ?a schema:mentions Dae") == ["SELECT * { ?a schema:mentions ent:isis"]
    # a later word of a name matches too, after names that start with it
    assert [s.display for s in suggest("SELECT * { ?m kg:mentionOf abad", context=CTX)] == ["Haider al-Abadi"]
    assert "ent:damascus" in texts("SELECT * { ?a schema:mentions ent:da")


def test_variables_already_used_before_and_after_the_cursor():
    from dataclasses import replace

    ctx = replace(CTX, text_after=" ?article schema:headline ?headline }")
    assert texts("SELECT ?hea", ctx) == ["?headline"]
    assert texts("SELECT ?n WHERE { ?person schema:name ?n . ?p") == ["?person"]
    assert texts("SELECT $n WHERE { $x ?p $n } ORDER BY $") == ["$n", "$x", "$p"]


def test_keywords_functions_and_prefixes():
    assert texts("SEL") == ["SELECT"]
    assert "STRSTARTS" in texts("SELECT * { ?s ?p ?o FILTER(STRS")
    assert "STRSTARTS" in texts("SELECT * { ?s ?p ?o FILTER(strs")
    assert "FILTER" in texts("SELECT * { ?s ?p ?o . FIL")
    assert "schema:" in texts("SELECT * { ?s ?p ?o . sch")
    assert texts("PREFIX sch") == ["schema: <http://schema.org/>"]
    assert "schema: <http://schema.org/>" not in texts("PREFIX schema: <http://schema.org/>\nPREFIX s")


def test_nothing_inside_strings_comments_or_for_unknown_prefixes():
    assert texts('SELECT * { ?s ?p "Dae') == []
    assert texts("SELECT * { ?s ?p ?o } # Dae") == []
    assert texts("SELECT * { ?s a nope:Pers") == []
    assert texts("SELECT * { ?s ?p ?o . ") == []  # no word yet: no menu in subject position


def test_session_prefixes_are_used():
    ctx = CompletionContext(prefixes={"ex": "http://ex.example/ns#", **V.PREFIXES},
                            classes=("http://ex.example/ns#Thing",))
    assert texts("SELECT * { ?s a ex:Th", ctx) == ["ex:Thing"]


def test_prefixes_declared_in_the_statement_are_used():
    ctx = CompletionContext(classes=("http://ex.example/ns#Thing",))
    assert texts("PREFIX ex: <http://ex.example/ns#>\nSELECT * { ?s a ex:Th", ctx) == ["ex:Thing"]
    assert texts("SELECT * { ?s a ex:Th", ctx) == []


def test_partial_iri():
    assert texts("SELECT * { ?s a <http://schema.org/Pe") == ["<http://schema.org/Person>"]


def test_meta_commands_and_their_arguments():
    assert texts(".des") == [".describe"]
    assert texts(".") == [".describe", ".format", ".help", ".q", ".timing", ".quit"]
    assert texts(".format c") == ["csv"]
    assert texts(".timing o") == ["on", "off"]
    assert texts(".q cl") == ["claims-by"]
    assert texts(".q claims-by ") == []
    assert texts(".help .f") == [".format"]
    got = suggest(".describe isl", context=CTX)
    assert [(s.text, s.start) for s in got] == [("Islamic State", -3)]
    assert [s.text for s in suggest(".describe Haider al", context=CTX)] == ["Haider al-Abadi"]


@pytest.mark.parametrize("before, expected", [
    ("SELECT ", "clause"),
    ("SELECT * WHERE { ", "subject"),
    ("SELECT * WHERE { ?s ", "predicate"),
    ("SELECT * WHERE { ?s ?p ", "object"),
    ("SELECT * WHERE { ?s a ", "class"),
    ("SELECT * WHERE { ?s rdf:type ", "class"),
    ("SELECT * WHERE { ?s ?p ?o ; ", "predicate"),
    ("SELECT * WHERE { ?s ?p ?o , ", "object"),
    ("SELECT * WHERE { ?s ?p ?o . ", "subject"),
    ("SELECT * WHERE { ?s ?p [ ", "predicate"),
    ("SELECT * WHERE { ?s ?p ?o FILTER(?o > ", "expression"),
    ("SELECT * WHERE { FILTER(?o > 1) ", "subject"),
    ("SELECT * WHERE { OPTIONAL { ?s ", "predicate"),
    ("SELECT * WHERE { ?s ?p \"a . b\" ; ", "predicate"),
    ("PREFIX ", "prefix"),
])
def test_role(before, expected):
    assert role(before) == expected


def test_completer_yields_prompt_toolkit_completions():
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    completer = make_completer(lambda: CTX)
    doc = Document("SELECT * WHERE { ?p a schema:Pers }", cursor_position=len("SELECT * WHERE { ?p a schema:Pers"))
    got = list(completer.get_completions(doc, CompleteEvent(completion_requested=True)))
    assert [(c.text, c.start_position) for c in got] == [("schema:Person", -len("schema:Pers"))]
