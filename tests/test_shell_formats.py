"""Meta-commands honour the output format, and every IRI they print can be pasted back.

On the five bundled articles: ``.top``, ``.claims``, ``.why``, ``.describe``, ``.schema`` and the
``.q`` list print W3C csv/tsv/json tables under ``.format csv|tsv|json`` that agree with the
reports they print for people; IRIs printed in tables (``.q`` included) are accepted by ``.why``
and ``.describe``; counts read as English ("1 mention", "2 articles").
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from kg.store import open_store


@pytest.fixture(scope="module")
def store(demo_store_dir):
    s = open_store(demo_store_dir, read_only=True)
    yield s
    s.close()


def run(store, *statements: str, fmt: str = "table") -> str:
    from kg.shell.core import Shell
    from kg.shell.settings import Settings

    out, err = io.StringIO(), io.StringIO()
    shell = Shell(store, out=out, err=err, settings=Settings(format=fmt))
    for s in statements:
        assert shell.execute(s), (s, err.getvalue())
    return out.getvalue()


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_top_follows_the_format(store):
    people = run(store, ".top 3")
    names = [re.split(r"\s{2,}", line.strip())[1] for line in people.splitlines()[1:]]
    table = rows(run(store, ".top 3", fmt="csv"))
    assert [r["name"] for r in table] == names
    assert list(table[0]) == ["rank", "entity", "name", "pagerank"]
    assert all(r["entity"].startswith("http://kg.example/entity/") for r in table)
    tsv = run(store, ".top 3", fmt="tsv").splitlines()
    assert tsv[0].split("\t") == ["?rank", "?entity", "?name", "?pagerank"] and len(tsv) == 4
    doc = json.loads(run(store, ".top 3", fmt="json"))
    assert [b["name"]["value"] for b in doc["results"]["bindings"]] == names
    # the format of .format applies too
    assert "rank,entity,name,pagerank" in run(store, ".format csv", ".top 3").splitlines()


def test_top_with_a_measure_and_a_type(store):
    table = rows(run(store, ".top mentions 4 Person", fmt="csv"))
    assert len(table) == 4 and list(table[0])[-1] == "mentions"
    counts = [int(r["mentions"]) for r in table]
    assert counts == sorted(counts, reverse=True)


def test_claims_follow_the_format(store):
    people = run(store, ".claims ISIS")
    by, about = (int(n) for n in re.findall(r"^Claims (?:by|about) .* \((\d+)\)$", people, re.M))
    table = rows(run(store, ".claims ISIS", fmt="csv"))
    assert len(table) == by + about and about > 0
    assert {r["role"] for r in table} <= {"by", "about"}
    assert all(r["claim"].startswith("http://kg.example/article/") and "#c" in r["claim"] for r in table)
    assert all(r["text"] for r in table)


def test_describe_follows_the_format(store):
    doc = json.loads(run(store, ".describe Daesh", fmt="json"))
    assert set(doc) == {"entity", "articles", "claims"}
    facts = {(b["field"]["value"], b["value"]["value"]) for b in doc["entity"]["results"]["bindings"]}
    assert ("name", "Islamic State") in facts and ("alias", "Daesh") in facts
    people = run(store, ".describe Daesh")
    n_articles = int(re.search(r"^Articles mentioning it \((\d+)", people, re.M).group(1))
    assert len(doc["articles"]["results"]["bindings"]) == n_articles
    assert ("articles", str(n_articles)) in facts
    # csv: the tables one after another, a blank line between them
    parts = run(store, ".describe Daesh", fmt="csv").split("\r\n\r\n")
    assert [p.split("\r\n")[0] for p in parts] == [
        "entity,field,value", "article,headline,publisher,date,mentions",
        "role,claim,text,speaker,speakerName,cue,kind,article,headline,publisher,date"]


def test_schema_and_why_follow_the_format(store):
    table = rows(run(store, ".schema", fmt="csv"))
    counts = {r["iri"]: int(r["count"]) for r in table if r["kind"] == "class"}
    assert counts["http://schema.org/NewsArticle"] == 5
    claim = rows(run(store, ".claims ISIS", fmt="csv"))[0]["claim"]
    why = rows(run(store, f".why <{claim}>", fmt="csv"))
    assert [(r["kind"], r["node"]) for r in why] == [("claim", claim)]
    assert why[0]["sentence"] and int(why[0]["start"]) < int(why[0]["end"])


def test_named_query_list_follows_the_format(store):
    table = rows(run(store, ".q", fmt="csv"))
    assert "claims-about" in {r["name"] for r in table}


def _column(table: str, name: str) -> list[str]:
    lines = table.splitlines()
    header = [h.strip() for h in lines[0].split(" | ")]
    i = header.index(f"?{name}")
    return [line.split(" | ")[i].strip() for line in lines[2:-1]]


def test_iris_printed_by_q_can_be_pasted_into_why(store):
    table = run(store, ".q claims-about ISIS")
    claims = _column(table, "claim")
    assert claims and not any("…" in c for c in claims)
    assert all(c.startswith("art:") and "#c" in c for c in claims)  # prefixed, fragment kept
    for iri in claims:
        shown = run(store, f".why {iri}")
        assert shown.startswith(f"claim {iri}\n"), shown


def test_iris_printed_by_top_and_query_tables_can_be_pasted_into_describe(store):
    for line in run(store, ".top 3").splitlines()[1:]:
        iri = line.split()[-1]
        assert run(store, f".describe {iri}").splitlines()[0].endswith(f"({iri})")
    table = run(store, "SELECT ?e WHERE { ?e a schema:Place } LIMIT 3")
    for iri in _column(table, "e"):
        assert f"({iri})" in run(store, f".describe {iri}").splitlines()[0]


def test_counts_read_as_english(store):
    text = run(store, ".describe Daesh")
    assert not re.search(r"\b1 (mentions|articles|members)\b", text)
    assert "(s)" not in text
    for line in run(store, ".describe Daesh").splitlines():
        m = re.search(r"\((\d+) (mentions?)\)$", line)
        if m:
            assert (m.group(1) == "1") == (m.group(2) == "mention"), line


def test_long_iris_are_never_cut_long_texts_are(store):
    iri = "http://other.example/" + "a" * 90 + "#x"
    table = run(store, f'SELECT ?x ?t WHERE {{ BIND(<{iri}> AS ?x) BIND(STR(?x) AS ?t) }}')
    row = table.splitlines()[2]
    assert f"<{iri}>" in row  # pasted into .why or .describe, it names the same node
    assert row.rstrip().endswith("…") and len(row.split(" | ")[1]) == 60
