"""One entity, one type, one name, one rank: analytics, a view, .top, .describe and kg stats agree.

The demo store with one more article that types a place as a person (as
"Manchester" the city was typed once): the vote over the articles
(``kg:recognizedAs``) decides, and every front end shows what it decided.
"""

from __future__ import annotations

import io
import shutil

import pyoxigraph as ox
import pytest

from kg import vocab as V

DISPUTED = V.entity_iri("baghdad")  # a place in three bundled articles
ODD = V.article_iri("odd-one-out")


@pytest.fixture(scope="module")
def store(demo_store_dir, tmp_path_factory):
    from kg.analytics import rank
    from kg.store import open_store

    path = tmp_path_factory.mktemp("consistency") / "store"
    shutil.copytree(demo_store_dir, path)
    (path / "kg.lock").unlink(missing_ok=True)
    s = open_store(path)
    person, place = ox.NamedNode(V.SCHEMA + "Person"), ox.NamedNode(V.SCHEMA + "Place")
    e = ox.NamedNode(DISPUTED)
    assert s.query("ASK { ?e a ?t }", bindings={"e": e, "t": place}).boolean
    assert not s.query("ASK { ?e a ?t }", bindings={"e": e, "t": person}).boolean
    # one article that took the place for a person: its own vote, and the type in the entities graph
    s.update(f"""INSERT DATA {{
      GRAPH <{ODD}> {{ <{ODD}> a <{V.SCHEMA}NewsArticle> ; <{V.SCHEMA}mentions> <{DISPUTED}> .
                      <{DISPUTED}> <{V.KG}recognizedAs> <{V.SCHEMA}Person> . }}
      GRAPH <{V.ENTITIES_GRAPH}> {{ <{DISPUTED}> a <{V.SCHEMA}Person> . }} }}""")
    rank(s, measure="pagerank", recompute=True)
    yield s
    s.close()


def test_analytics_top_and_describe_give_one_type_name_and_rank(store):
    from kg.analytics import rank
    from kg.lookup import describe, top

    rows = rank(store, measure="pagerank", top=None)
    by_iri = {r.entity: r for r in rows}
    row = by_iri[DISPUTED]
    assert row.type == "Place"

    listed = top(store, measure="pagerank", n=len(rows))
    assert [(iri, name) for iri, name, _ in listed.rows] == [(r.entity, r.name) for r in rows]

    d = describe(store, DISPUTED)
    assert d.kind == "Place" and d.disputed and d.name == row.name
    pagerank = next(m for m in d.measures if m.name == "pagerank")
    assert pagerank.rank == 1 + sum(r.score > row.score for r in rows) and pagerank.of == len(rows)
    for r in rows[:5]:  # the leaders, named and typed alike
        d = describe(store, r.entity, claim_limit=0, article_limit=0)
        assert (d.name, d.kind) == (r.name, r.type)


def test_top_by_type_lists_an_entity_under_its_voted_type_only(store):
    from kg.lookup import top

    people = {iri for iri, _, _ in top(store, measure="pagerank", n=500, cls=V.SCHEMA + "Person").rows}
    places = {iri for iri, _, _ in top(store, measure="pagerank", n=500, cls=V.SCHEMA + "Place").rows}
    assert DISPUTED in places and DISPUTED not in people
    assert not people & places


def test_stats_and_the_shell_say_the_same(store, tmp_path):
    from kg.analytics import rank
    from kg.shell.core import Shell
    from kg.stats import top_entities

    row = next(r for r in rank(store, measure="pagerank", top=None) if r.entity == DISPUTED)
    assert (row.name, "Place") in {(name, kind) for name, kind, _, _ in top_entities(store, 50)}
    out, err = io.StringIO(), io.StringIO()
    sh = Shell(store, out=out, err=err, query_dirs=[tmp_path], save_dir=tmp_path)
    assert sh.execute(".describe " + row.name), err.getvalue()
    assert "counted as  Place" in out.getvalue()
    out.seek(0), out.truncate()
    assert sh.execute(".top pagerank 500 Person"), err.getvalue()
    assert row.name not in out.getvalue() and out.getvalue().strip()
    out.seek(0), out.truncate()
    assert sh.execute(".top pagerank 500 Place"), err.getvalue()
    assert row.name in out.getvalue()


def test_a_view_shows_the_type_name_and_score_analytics_has(store):
    from kg.analytics import rank
    from kg.views import render_view
    from test_views import Page

    row = next(r for r in rank(store, measure="pagerank", top=None) if r.entity == DISPUTED)
    view = render_view(store, entity=row.name, size_by="pagerank")
    nodes = {n["tip"].get("iri"): n for n in Page(view.html).payload()["nodes"]}
    node = nodes[DISPUTED]
    assert node["kind"] == "Place" and node["tip"]["name"] == row.name
    assert node["tip"]["measure"] == f"pagerank {row.score:.4g}"


def test_every_front_end_offers_the_same_projections_and_measures():
    from kg import analytics, lookup, views
    from kg.analytics import projections

    assert set(projections.PROJECTIONS) == set(lookup.PROJECTIONS) == set(views.PROJECTIONS)
    assert views.MEASURES == lookup.SIZE_BY and analytics.RANKABLE == lookup.RANKABLE
