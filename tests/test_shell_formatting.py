"""format_output(result, settings): every format, for SELECT, ASK and graph results; error carets."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from kg.shell.formatting import format_error, format_output
from kg.shell.settings import FORMATS, Settings
from kg.store.base import QueryError, QueryResult

ISIS = ox.NamedNode("http://kg.example/entity/isis")
NAME = ox.Literal('Islamic "State"\nof Iraq')
COUNT = ox.Literal("87", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
SELECT = QueryResult("select", ["e", "name", "n", "missing"], [(ISIS, NAME, COUNT, None)])


def test_table_shortens_iris_and_aligns():
    text = format_output(SELECT, Settings())
    lines = text.splitlines()
    assert lines[0].split(" | ") == ["?e      ", "?name                  ", "?n", "?missing"]
    assert lines[2].startswith("ent:isis | Islamic \"State\" of Iraq | 87")
    assert lines[-1] == "(1 row)"
    assert len({len(line.split(" | ")[0]) for line in lines[:1] + lines[2:3]}) == 1


def test_vertical():
    text = format_output(SELECT, Settings(format="vertical"))
    assert "e       | ent:isis" in text
    assert 'name    | Islamic "State"\n        | of Iraq' in text
    assert text.endswith("(1 row)\n")


def test_csv_tsv_json_are_the_w3c_formats():
    rows = list(csv.reader(io.StringIO(format_output(SELECT, Settings(format="csv")))))
    assert rows == [["e", "name", "n", "missing"], ["http://kg.example/entity/isis", 'Islamic "State"\nof Iraq', "87", ""]]
    tsv = format_output(SELECT, Settings(format="tsv")).splitlines()
    assert tsv[0] == "?e\t?name\t?n\t?missing"
    assert tsv[1].startswith("<http://kg.example/entity/isis>\t\"Islamic \\\"State\\\"\\nof Iraq\"")
    data = json.loads(format_output(SELECT, Settings(format="json")))
    assert data["results"]["bindings"][0]["name"] == {"type": "literal", "value": 'Islamic "State"\nof Iraq'}


@pytest.mark.parametrize("fmt", FORMATS)
def test_ask(fmt):
    text = format_output(QueryResult("ask", boolean=True), Settings(format=fmt))
    assert "true" in text and "false" not in text


def test_graph_results_print_turtle():
    triple = ox.Triple(ISIS, ox.NamedNode("http://schema.org/name"), NAME)
    result = QueryResult("graph", triples=[triple])
    text = format_output(result, Settings())
    assert "@prefix schema: <http://schema.org/>" in text
    assert "ent:isis schema:name" in text
    assert text.endswith("(1 triple)\n")
    parsed = list(ox.parse(text.rsplit("(1 triple)", 1)[0], format=ox.RdfFormat.TURTLE))
    assert [q.triple for q in parsed] == [triple]
    assert json.loads(format_output(result, Settings(format="json")))


def test_unknown_format():
    with pytest.raises(ValueError, match="unknown format"):
        format_output(SELECT, Settings(format="xml"))


def test_error_caret_is_placed_in_the_text_the_user_typed():
    typed = "SELECT * WHERE {\n  ?s ?p }"
    shifted = "PREFIX schema: <http://schema.org/>\n" + typed
    exc = QueryError("expected an object", line=3, column=10, query=shifted)
    assert format_error(exc, line_offset=1) == (
        "error: syntax error: expected an object (line 2, column 10)\n  ?s ?p }\n         ^\n")
    assert format_error(QueryError("store gone")) == "error: store gone\n"
