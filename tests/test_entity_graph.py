"""The shared entities graph: each description once, and nothing left that no article backs.

Runs on every store backend, through real builds of small articles.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

import kg
from kg import vocab as V
from kg.store import open_store

P = "PREFIX schema: <http://schema.org/>\nPREFIX kg: <http://kg.example/ontology#>\n"
E = f"<{V.ENTITIES_GRAPH}>"

FIRST = ("Haider al-Abadi met Barack Obama in Baghdad on Monday. "
         "Abadi said the Islamic State had been defeated in Mosul.")
SECOND = ("Barack Obama spoke in Washington on Tuesday. Obama said that Daesh was weaker "
          "and that Kirkuk was safe.")
SECOND_EDITED = "Barack Obama spoke in Paris on Tuesday. He said that Daesh was weaker."


def write(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def entity(store, name: str) -> str | None:
    res = store.query(P + "SELECT DISTINCT ?e WHERE { ?e schema:name ?n }", bindings={"n": ox.Literal(name)})
    return res.rows[0][0].value if res.rows else None


def aliases(store, iri: str) -> set[str]:
    return {r[0].value for r in store.query(P + f"SELECT ?a WHERE {{ <{iri}> schema:alternateName ?a }}").rows}


def surfaces(store, iri: str) -> set[str]:
    return {r[0].value for r in store.query(
        P + f"SELECT DISTINCT ?s WHERE {{ ?m kg:mentionOf <{iri}> ; kg:surface ?s }}").rows}


def content(store) -> set:
    """Every quad but the analytics graph's, as comparable tuples."""
    return {(q.subject, q.predicate, q.object, q.graph_name) for q in store.quads()
            if q.graph_name.value != V.ANALYTICS_GRAPH}


def test_descriptions_are_written_once_and_pruned_after_removal_and_change(store_factory, tmp_path, nlp):
    store = store_factory()
    src = write(tmp_path / "in", {"first.txt": FIRST, "second.txt": SECOND})
    report = kg.build([src], store, nlp=nlp, rank=False)
    assert report.ok and len(report.built) == 2, report.failed

    obama = entity(store, "Barack Obama")
    assert obama is not None
    # both articles mention Obama; his name is stored once, in the entities graph
    n = store.query(P + f"SELECT (COUNT(*) AS ?n) WHERE {{ <{obama}> schema:name ?name }}").rows[0][0]
    assert int(n.value) == 1
    assert not store.query(P + f"""ASK {{ GRAPH ?g {{ ?e schema:name ?n }} FILTER(?g != {E}) }}""",
                           union=False).boolean
    assert aliases(store, obama) == surfaces(store, obama) >= {"Barack Obama", "Obama"}
    washington = entity(store, "Washington")
    kirkuk = entity(store, "Kirkuk")
    assert washington and kirkuk
    assert store.query(P + f"ASK {{ <{kirkuk}> schema:geo/schema:latitude ?lat }}").boolean

    # removing the second article takes what only it said with it
    removed, missing = kg.pipeline.remove(["second.txt"], store)
    assert removed == ["second.txt"] and missing == []
    assert entity(store, "Washington") is None and entity(store, "Kirkuk") is None
    assert not store.query(P + f"ASK {{ GRAPH {E} {{ <{kirkuk}> ?p ?o }} }}", union=False).boolean
    assert not store.query(P + f"ASK {{ GRAPH {E} {{ <{kirkuk}#geo> ?p ?o }} }}", union=False).boolean
    assert aliases(store, obama) == surfaces(store, obama) == {"Barack Obama"}

    # built again, then edited: the edited article replaces its graph, and what
    # the old text alone said goes
    assert kg.build([src], store, nlp=nlp, rank=False).built == ["second.txt"]
    assert entity(store, "Washington") == washington
    write(src, {"first.txt": FIRST, "second.txt": SECOND_EDITED})
    report = kg.build([src], store, nlp=nlp, rank=False)
    assert report.built == ["second.txt"] and report.unchanged == ["first.txt"]
    assert entity(store, "Washington") is None and entity(store, "Kirkuk") is None
    assert entity(store, "Paris") is not None
    assert aliases(store, obama) == surfaces(store, obama)

    # and the store holds exactly what a fresh build of the same articles holds
    fresh = store_factory()
    kg.build([src], fresh, nlp=nlp, rank=False)
    assert content(store) == content(fresh)


def test_demo_store_describes_each_entity_in_one_graph(demo_store_dir):
    store = open_store(demo_store_dir, read_only=True)
    try:
        rows = store.query(P + """SELECT ?e (COUNT(DISTINCT ?g) AS ?n) WHERE {
            GRAPH ?g { ?e schema:name ?name } } GROUP BY ?e HAVING (COUNT(DISTINCT ?g) > 1)""",
                           union=False).rows
        assert rows == []
        # each mentioned actor or place has a type and a name there, and a per-article vote
        rows = store.query(P + f"""SELECT ?e WHERE {{ ?a schema:mentions ?e .
            FILTER NOT EXISTS {{ GRAPH {E} {{ ?e a ?t ; schema:name ?n }} }} }}""").rows
        assert rows == []
        rows = store.query(P + """SELECT ?a ?e WHERE { GRAPH ?a { ?a schema:mentions ?e .
            FILTER NOT EXISTS { ?e kg:recognizedAs ?t } } }""", union=False).rows
        assert rows == []
        # ISIS, named six ways across the articles: one name, every alias once
        isis = "http://kg.example/entity/isis"
        names = store.query(P + f"SELECT ?n WHERE {{ <{isis}> schema:name ?n }}").rows
        assert len(names) == 1
        listed = [r[0].value for r in store.query(P + f"SELECT ?a WHERE {{ <{isis}> schema:alternateName ?a }}").rows]
        assert len(listed) == len(set(listed)) >= 4 and set(listed) == surfaces(store, isis)
    finally:
        store.close()


def test_a_whole_graph_prune_clears_what_an_interrupted_change_left(store_factory, tmp_path, nlp):
    from kg.entity_graph import prune

    store = store_factory()
    src = write(tmp_path / "in", {"first.txt": FIRST, "second.txt": SECOND})
    assert kg.build([src], store, nlp=nlp, rank=False).ok
    before = content(store)
    # the graph goes, as if the process died before pruning: its descriptions stay behind
    assert store.remove_graph(V.article_iri("second.txt"))
    assert entity(store, "Kirkuk") is not None
    prune(store)
    assert entity(store, "Kirkuk") is None and entity(store, "Washington") is None
    obama = entity(store, "Barack Obama")
    assert aliases(store, obama) == surfaces(store, obama) == {"Barack Obama"}
    # and building the article again restores exactly what was there
    assert kg.build([src], store, nlp=nlp, rank=False).built == ["second.txt"]
    assert content(store) == before
