"""One store suite, run against every backend (``store_factory`` is parametrized in conftest)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.store import QueryError

EX = "http://example.org/"
G1, G2 = EX + "g1", EX + "g2"


def q(s, p, o, g):
    o = o if not isinstance(o, str) else ox.NamedNode(o)
    return ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o, ox.NamedNode(g))


def sample(g, n=3, label="x"):
    return [q(f"{EX}s{i}", EX + "p", ox.Literal(f"{label}{i}"), g) for i in range(n)]


def test_replace_graph_and_union_query(store_factory):
    store = store_factory()
    store.replace_graph(G1, sample(G1, 3))
    store.replace_graph(G2, sample(G2, 2, "y"))
    assert store.graph_names() == [G1, G2]
    assert len(store) == 5
    res = store.query(f"SELECT ?o WHERE {{ ?s <{EX}p> ?o }} ORDER BY ?o")
    assert res.kind == "select" and res.variables == ["o"]
    assert res.values() == ["x0", "x1", "x2", "y0", "y1"]


def test_replace_is_a_replacement_not_an_addition(store_factory):
    store = store_factory()
    store.replace_graph(G1, sample(G1, 3))
    store.replace_graph(G1, sample(G1, 1, "new"))
    assert sorted(str(x.object.value) for x in store.quads(G1)) == ["new0"]
    assert len(store) == 1


def test_replace_same_content_changes_nothing(store_factory):
    store = store_factory()
    store.replace_graph(G1, sample(G1, 3))
    before = {(x.subject, x.predicate, x.object, x.graph_name) for x in store.quads()}
    store.replace_graph(G1, sample(G1, 3))
    after = {(x.subject, x.predicate, x.object, x.graph_name) for x in store.quads()}
    assert before == after


def test_remove_graph(store_factory):
    store = store_factory()
    store.replace_graph(G1, sample(G1))
    store.replace_graph(G2, sample(G2))
    assert store.remove_graph(G1) is True
    assert store.remove_graph(G1) is False
    assert store.graph_names() == [G2]


def test_bindings_are_terms_not_text(store_factory):
    store = store_factory()
    hostile = '"} DROP ALL #'
    store.replace_graph(G1, [q(EX + "a", EX + "name", ox.Literal(hostile), G1),
                             q(EX + "b", EX + "name", ox.Literal("plain"), G1)])
    sparql = f"SELECT ?s WHERE {{ ?s <{EX}name> ?n }}"
    res = store.query(sparql, bindings={"n": ox.Literal(hostile)})
    assert res.values("s") == [EX + "a"]
    res = store.query(sparql, bindings={"n": ox.Literal("absent")})
    assert res.rows == []
    assert len(store) == 2


def test_bindings_reach_sub_selects_that_return_them_and_refuse_others(store_factory):
    store = store_factory()
    store.replace_graph(G1, sample(G1, 3))
    returned = f"SELECT ?s WHERE {{ {{ SELECT ?s ?o WHERE {{ ?s <{EX}p> ?o }} }} }}"
    assert store.query(returned, bindings={"o": ox.Literal("x1")}).values() == [EX + "s1"]
    star = f"SELECT ?s WHERE {{ {{ SELECT * WHERE {{ ?s <{EX}p> ?o }} }} }}"
    assert store.query(star, bindings={"o": ox.Literal("x2")}).values() == [EX + "s2"]
    # ?o lives only inside the sub-select: a value bound outside would be ignored
    hidden = f"SELECT ?s WHERE {{ {{ SELECT ?s WHERE {{ ?s <{EX}p> ?o }} }} }}"
    with pytest.raises(QueryError, match=r"\?o is used only inside a sub-SELECT"):
        store.query(hidden, bindings={"o": ox.Literal("x1")})
    # the same variable seen by the outer group as well is fine
    both = f"SELECT ?s WHERE {{ ?s <{EX}p> ?o {{ SELECT ?s WHERE {{ ?s <{EX}p> ?o }} }} }}"
    assert store.query(both, bindings={"o": ox.Literal("x0")}).values() == [EX + "s0"]


def test_ask_and_construct(store_factory):
    store = store_factory()
    store.replace_graph(G1, sample(G1, 2))
    assert store.query("ASK { ?s ?p ?o }").boolean is True
    assert store.query(f"ASK {{ ?s <{EX}nope> ?o }}").boolean is False
    res = store.query(f"CONSTRUCT {{ ?s <{EX}q> ?o }} WHERE {{ ?s <{EX}p> ?o }}")
    assert res.kind == "graph" and len(res.triples) == 2
    assert {t.predicate.value for t in res.triples} == {EX + "q"}


def test_graph_scoped_query_without_union(store_factory):
    store = store_factory()
    store.replace_graph(G1, sample(G1, 2))
    res = store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                      union=False)
    assert [(r[0].value, int(r[1].value)) for r in res.rows] == [(G1, 2)]


def test_syntax_error_has_position(store_factory):
    store = store_factory()
    with pytest.raises(QueryError) as info:
        store.query("SELECT ?x\nWHERE {\n  ?x ?y }")
    err = info.value
    assert err.line == 3 and err.column is not None
    assert "^" in err.caret()


def test_unicode_and_special_literals_round_trip(store_factory):
    store = store_factory()
    text = 'François said "hi"\nline two\t<b>&amp;</b> \u2028 😀'
    store.replace_graph(G1, [q(EX + "a", EX + "p", ox.Literal(text), G1)])
    res = store.query(f"SELECT ?o WHERE {{ <{EX}a> <{EX}p> ?o }}")
    assert res.values() == [text]


def test_replace_graphs_replaces_existing_and_adds_new(store_factory):
    store = store_factory()
    store.replace_graph(G1, sample(G1, 3))
    store.replace_graphs({G1: sample(G1, 1, "new"), G2: sample(G2, 2, "y")})
    assert store.graph_names() == [G1, G2]
    assert sorted(x.object.value for x in store.quads(G1)) == ["new0"]
    assert sorted(x.object.value for x in store.quads(G2)) == ["y0", "y1"]
    assert len(store) == 3


def test_every_backend_is_a_whole_store(store_factory):
    from kg.store import Store

    store = store_factory()
    assert isinstance(store, Store)
    assert store.writable is True and store.backend == store_factory.backend and store.location
    with store as same:
        assert same is store


def test_update_inserts_and_deletes(store_factory):
    store = store_factory()
    store.update(f"INSERT DATA {{ GRAPH <{G1}> {{ <{EX}a> <{EX}p> 'one', 'two' }} }}")
    assert sorted(store.query(f"SELECT ?o WHERE {{ <{EX}a> <{EX}p> ?o }}").values()) == ["one", "two"]
    store.update(f"DELETE DATA {{ GRAPH <{G1}> {{ <{EX}a> <{EX}p> 'one' }} }}")
    assert store.query(f"SELECT ?o WHERE {{ <{EX}a> <{EX}p> ?o }}").values() == ["two"]
    assert store.graph_names() == [G1] and len(store) == 1
    with pytest.raises(QueryError):
        store.update("INSERT DATA { <a:b> <a:c> ")


def test_flush_makes_writes_visible_to_a_reader_that_refuses_writes(store_factory):
    from kg.store import StoreError

    store = store_factory()
    store.replace_graph(G1, sample(G1, 3))
    store.flush()
    reader = store_factory.reader(store)
    assert reader.writable is False
    if store_factory.backend != "memory":  # memory is never shared: a reader has its own data
        assert reader.graph_names() == [G1] and len(reader) == 3
    before = len(reader)
    for write in (lambda: reader.replace_graph(G2, sample(G2)), lambda: reader.remove_graph(G1),
                  lambda: reader.replace_graphs({G2: sample(G2)}),
                  lambda: reader.update(f"INSERT DATA {{ <{EX}a> <{EX}p> <{EX}b> }}")):
        with pytest.raises(StoreError):
            write()
    assert len(reader) == before and len(store) == 3


def test_reopen_keeps_everything_and_the_store_stays_writable(store_factory):
    store = store_factory()
    store.replace_graphs({G1: sample(G1, 3), G2: sample(G2, 2, "y")})
    store.reopen()
    assert store.graph_names() == [G1, G2] and len(store) == 5
    store.replace_graph(G1, sample(G1, 1, "new"))
    store.flush()
    assert sorted(x.object.value for x in store.quads(G1)) == ["new0"] and len(store) == 3
    store.close()
    store.close()  # twice is harmless
