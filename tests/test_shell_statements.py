"""Statement handling in the shell: completeness (Enter), script splitting, automatic PREFIX lines."""

from __future__ import annotations

import pytest

from kg import vocab as V
from kg.shell.statements import balance, is_complete, split_statements, strip_terminator
from kg.sparql_tokens import (add_missing_prefixes, declared_prefixes, form as operation, is_update, tokens,
                              used_prefixes, variables)


@pytest.mark.parametrize("text", [
    "",
    "   ",
    ".describe ISIS",
    "  .quit",
    ".describe '\"} DROP ALL #'",
    "SELECT * WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } LIMIT 10",
    "SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o != \"}\")\n}",
    "ASK { ?s ?p ?o }",
    "DESCRIBE <http://kg.example/entity/isis>",
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "PREFIX schema: <http://schema.org/>\nSELECT ?n { ?x schema:name ?n }",
    "SELECT * { ?s ?p '''a { long\nstring''' }",
    "SELECT * { ?s ?p ?o } # a comment with {",
    "SELECT ?s ;",  # an explicit terminator always runs
    "SELECT * { ?s ?p ?o }}",  # too many braces: let the parser say so
    "INSERT DATA { <http://x.example/a> <http://x.example/p> 1 }",
    "CLEAR ALL",
    "hello",  # not SPARQL: run it and show the parser's message
])
def test_complete(text):
    assert is_complete(text)


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?s ?p ?o",
    "SELECT * WHERE {",
    "SELECT ?s",
    "SELECT * WHERE",
    "SELECT * { ?s ?p \"}",
    "SELECT * { ?s ?p '''a\nb }",
    "SELECT * { ?s ?p ?o FILTER(?o > 3",
    "PREFIX schema: <http://schema.org/>",
    "PREFIX schema:",
    "SELECT * { ?s ?p ?o } ORDER BY",
    "SELECT * { ?s ?p ?o } LIMIT",
    "SELECT * { ?s <http://schema.org/na",
    "SELECT * { ?s ?p ?o # }",
    "ASK { ?s ?p ?o FILTER(?o = 1 &&",
])
def test_incomplete(text):
    assert not is_complete(text)


def test_tokens_never_fail_and_cover_the_text():
    for text in ["SELECT \"unterminated", "'''", "<http://x", "?", "$", "\\", "@en", "_:", "ex:a.b.",
                 "\"a\\\"b\" ?c", "# only", "\u00e9t\u00e9:x ?\u00e9"]:
        toks = list(tokens(text))
        assert "".join(t.text for t in toks) == text
        assert all(toks[i].end == toks[i + 1].start for i in range(len(toks) - 1))


def test_keywords_inside_strings_iris_and_comments_are_not_words():
    text = 'SELECT * { ?s <http://x.example/SELECT> "{WHERE" } # DELETE {'
    assert operation(text) == "select"
    assert balance(text).depth == 0
    assert not is_update(text)
    assert is_update("PREFIX x: <http://x.example/>\nDELETE WHERE { ?s x:p ?o }")


def test_split_script():
    script = """
# a comment before the first statement
SELECT ?s WHERE {
  ?s ?p ?o .

  ?o ?q ?r
} LIMIT 1;
.format csv
ASK { ?s ?p "a;" }

.describe Daesh
DESCRIBE <http://kg.example/entity/isis> ;
# trailing comment only
"""
    assert split_statements(script) == [
        "# a comment before the first statement\nSELECT ?s WHERE {\n  ?s ?p ?o .\n\n  ?o ?q ?r\n} LIMIT 1",
        ".format csv",
        'ASK { ?s ?p "a;" }',
        ".describe Daesh",
        "DESCRIBE <http://kg.example/entity/isis>",
    ]


def test_semicolon_in_comment_or_string_does_not_end_a_statement():
    script = "SELECT * { ?s ?p ?o # not the end;\n}\n"
    assert split_statements(script) == ["SELECT * { ?s ?p ?o # not the end;\n}"]
    assert strip_terminator("ASK {} ;  ") == "ASK {}"
    assert strip_terminator('ASK { ?s ?p "x;" }') == 'ASK { ?s ?p "x;" }'


def test_missing_prefixes_are_added_for_known_prefixes_only():
    text = "SELECT ?n WHERE { ?e a schema:Person ; schema:name ?n ; ex:thing ?x . ?e kg:pagerank ?r }"
    new, added = add_missing_prefixes(text, V.PREFIXES)
    assert added == ["schema", "kg"]
    assert new.splitlines()[0] == f"PREFIX schema: <{V.SCHEMA}>"
    assert new.splitlines()[1] == f"PREFIX kg: <{V.KG}>"
    assert new.endswith(text)
    # declared ones are left alone; names inside strings and IRIs are not prefixed names
    declared = "PREFIX schema: <http://other.example/>\nSELECT * { ?s schema:name \"kg:x\" ; <http://ent:x> ?o }"
    assert add_missing_prefixes(declared, V.PREFIXES) == (declared, [])


def test_declared_and_used_prefixes_and_variables():
    text = "PREFIX ex: <http://ex.example/>\nSELECT ?a $b WHERE { ?a ex:p ?b ; schema:name ?c . }"
    assert declared_prefixes(text) == {"ex": "http://ex.example/"}
    assert used_prefixes(text) == ["ex", "schema"]
    assert variables(text) == ["a", "b", "c"]


def test_a_meta_command_line_ends_the_statement_before_it():
    assert split_statements("ASK { ?s ?p ?o }\n.quit\nSELECT broken\n") == [
        "ASK { ?s ?p ?o }", ".quit", "SELECT broken"]
    # inside braces a line starting with '.' is SPARQL (a triple terminator, or anything else)
    assert split_statements("SELECT * {\n ?s ?p ?o\n .\n.format csv\n}\n") == [
        "SELECT * {\n ?s ?p ?o\n .\n.format csv\n}"]
