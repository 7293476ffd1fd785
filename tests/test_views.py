"""Graph views: node/edge building, escaping, offline pages, on hand-made and bundled stores."""

from __future__ import annotations

import hashlib
import base64
import json
import re
from html.parser import HTMLParser

import pyoxigraph as ox
import pytest

from kg import vocab as V
from kg.store import QueryError, open_store
from kg.views import PHYSICS_LIMIT, View, ViewError, render_view
from kg.views.page import script_json

S = V.SCHEMA
K = V.KG
A = ox.NamedNode(V.RDF_TYPE)
IMG = "<img src=x onerror=window.__pwned=1>"
SCRIPT = "<script>window.__pwned=1</script>"
BREAKOUT = '"}]);window.__pwned=1;//'
CLOSE = "</script><script>window.__pwned=1</script><!--"
HOSTILE = (IMG, SCRIPT, BREAKOUT, CLOSE)


def s(local: str) -> ox.NamedNode:
    return ox.NamedNode(S + local)


def k(local: str) -> ox.NamedNode:
    return ox.NamedNode(K + local)


def ent(key: str) -> ox.NamedNode:
    return ox.NamedNode(V.entity_iri(key))


def lit(text: str) -> ox.Literal:
    return ox.Literal(text)


def dec(value: float) -> ox.Literal:
    return ox.Literal(repr(value), datatype=ox.NamedNode(V.XSD + "decimal"))


class Graph:
    """Quads of one article graph, written in the shape kg/rdf.py writes."""

    def __init__(self, ident: str, *, headline: str, date: str = "2024-01-02",
                 authors: tuple[str, ...] = ()):
        self.art = ox.NamedNode(V.article_iri(ident))
        self.quads: list[ox.Quad] = []
        self.add(self.art, A, s("NewsArticle"))
        self.add(self.art, s("headline"), lit(headline))
        self.add(self.art, s("datePublished"), ox.Literal(date, datatype=ox.NamedNode(V.XSD + "date")))
        for name in authors:
            person = ent(V.slug(name))
            self.add(self.art, s("author"), person)
            self.add(person, A, s("Person"))
            self.add(person, s("name"), lit(name))
        self._m = 0

    def add(self, subj, pred, obj) -> None:
        self.quads.append(ox.Quad(subj, pred, obj, self.art))

    def sentence(self, index: int, text: str) -> ox.NamedNode:
        node = ox.NamedNode(f"{self.art.value}#s{index}")
        self.add(node, s("text"), lit(text))
        self.add(node, k("index"), ox.Literal(str(index), datatype=ox.NamedNode(V.XSD + "integer")))
        self.add(node, k("inArticle"), self.art)
        return node

    def mention(self, key: str, name: str, kind: str, *, aliases=(), times: int = 1,
                wikidata: str | None = None, latlon: tuple[float, float] | None = None,
                sentence: int = 0):
        node = ent(key)
        self.add(self.art, s("mentions"), node)
        for cls in V.KIND_CLASSES[kind]:
            self.add(node, A, ox.NamedNode(cls))
        self.add(node, s("name"), lit(name))
        for alias in aliases:
            self.add(node, s("alternateName"), lit(alias))
        if wikidata:
            self.add(node, s("sameAs"), ox.NamedNode(V.WD + wikidata))
        if latlon:
            geo = ox.NamedNode(node.value + "#geo")
            self.add(node, s("geo"), geo)
            self.add(geo, s("latitude"), dec(latlon[0]))
            self.add(geo, s("longitude"), dec(latlon[1]))
        for _ in range(times):
            self._m += 1
            m = ox.NamedNode(f"{self.art.value}#m{self._m}-{self._m + 1}")
            self.add(m, A, k("Mention"))
            self.add(m, k("mentionOf"), node)
            self.add(m, k("inArticle"), self.art)
            self.add(m, k("sentence"), ox.NamedNode(f"{self.art.value}#s{sentence}"))
            self.add(m, k("surface"), lit(name))
        return node

    def claim(self, start: int, text: str, *, speaker_key: str | None, speaker_text: str,
              about: tuple[str, ...] = (), act: str | None = None):
        c = ox.NamedNode(f"{self.art.value}#c{start}-{start + len(text)}")
        self.add(c, A, s("Claim"))
        if act:
            self.add(c, k("act"), k(act))
        self.add(c, s("appearance"), self.art)
        self.add(c, s("text"), lit(text))
        self.add(c, k("claimKind"), lit("direct"))
        self.add(c, k("cue"), lit("said"))
        self.add(c, k("speakerText"), lit(speaker_text))
        if speaker_key:
            self.add(c, s("author"), ent(speaker_key))
        else:
            src = ox.NamedNode(f"{self.art.value}#source{start}")
            self.add(c, s("author"), src)
            self.add(src, A, k("UnnamedSource"))
            self.add(src, s("description"), lit(speaker_text))
        for key in about:
            self.add(c, s("about"), ent(key))
        return c


def load(store, *graphs: Graph) -> None:
    for g in graphs:
        store.replace_graph(g.art.value, g.quads)


def hostile_graph() -> Graph:
    g = Graph("evil-1", headline=SCRIPT + IMG + BREAKOUT, authors=(IMG, SCRIPT))
    g.mention("evil-person", SCRIPT, "Person", aliases=(IMG, BREAKOUT, "Mr Evil"))
    g.mention("evil-org", IMG, "Organization", aliases=(CLOSE,))
    g.mention("breakout", BREAKOUT + "\u2028\u2029", "Person")
    g.mention("baghdad", "Baghdad", "City", wikidata="Q1530", latlon=(33.34, 44.4))
    g.sentence(0, SCRIPT + " met " + IMG + " in Baghdad " + BREAKOUT)
    g.claim(100, IMG + " and " + SCRIPT, speaker_key="evil-person", speaker_text=SCRIPT,
            about=("evil-org", "baghdad"))
    g.claim(300, BREAKOUT + CLOSE, speaker_key=None, speaker_text=IMG, about=("breakout",))
    return g


def hostile_store():
    store = open_store(":memory:")
    load(store, hostile_graph())
    return store


def synthetic_store(n_entities: int, n_articles: int, *, per_article: int = 4, seed: int = 3,
                    groups: int = 0):
    """A store of ``n_entities`` actors and places mentioned by ``n_articles`` articles
    (a few popular entities, a long tail), all in one graph for speed.  With ``groups``,
    entity ``i`` belongs to group ``i % groups`` and an article names members of one group
    (one in ten also names a member of another): a store with communities."""
    import random

    rnd = random.Random(seed)
    import itertools

    cum = list(itertools.accumulate(1.0 / (i + 1) ** 0.8 for i in range(n_entities)))
    if groups:
        members = [list(range(g, n_entities, groups)) for g in range(groups)]
        gcum = [list(itertools.accumulate(1.0 / (r + 1) ** 0.8 for r in range(len(m))))
                for m in members]
    kinds = ("Person", "Organization", "City")
    graph = ox.NamedNode(V.article_iri("synthetic"))
    quads: list[ox.Quad] = []
    seen: set[int] = set()
    for j in range(n_articles):
        art = ox.NamedNode(V.article_iri(f"a{j}"))
        quads.append(ox.Quad(art, A, s("NewsArticle"), graph))
        quads.append(ox.Quad(art, s("headline"), lit(f"Article {j}"), graph))
        if groups:
            g = j % groups
            chosen = set(rnd.choices(members[g], cum_weights=gcum[g], k=per_article))
            if rnd.random() < 0.1:
                chosen.add(rnd.choice(members[(g + 1) % groups]))
        else:
            chosen = set(rnd.choices(range(n_entities), cum_weights=cum, k=per_article))
        chosen.add(j % n_entities)
        for i in chosen:
            node = ent(f"e{i}")
            quads.append(ox.Quad(art, s("mentions"), node, graph))
            if i not in seen:
                seen.add(i)
                kind = kinds[i % 3]
                for cls in V.KIND_CLASSES[kind]:
                    quads.append(ox.Quad(node, A, ox.NamedNode(cls), graph))
                quads.append(ox.Quad(node, s("name"), lit(f"{kind} {i}"), graph))
            m = ox.NamedNode(f"{art.value}#m{i}")
            quads.append(ox.Quad(m, k("mentionOf"), node, graph))
            quads.append(ox.Quad(m, k("inArticle"), art, graph))
            quads.append(ox.Quad(m, k("sentence"), ox.NamedNode(f"{art.value}#s0"), graph))
    store = open_store(":memory:")
    store.replace_graph(graph.value, quads)
    return store


# -- reading a page back -------------------------------------------------------

class Page(HTMLParser):
    """Tags, attributes and raw script/style contents of a page."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self._open: tuple[str, dict] | None = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in ("script", "style"):
            self._open = (tag, a)
            self._buf = []

    def handle_endtag(self, tag):
        if self._open and tag == self._open[0]:
            body = "".join(self._buf)
            if tag == "script":
                self.scripts.append((self._open[1], body))
            else:
                self.styles.append(body)
            self._open = None

    def handle_data(self, data):
        if self._open:
            self._buf.append(data)
        else:
            self.text.append(data)

    def payload(self) -> dict:
        (body,) = [b for a, b in self.scripts if a.get("type") == "application/json"]
        return json.loads(body)


def csp_of(page: Page) -> str:
    metas = [a for t, a in page.tags if t == "meta"
             and a.get("http-equiv", "").lower() == "content-security-policy"]
    assert len(metas) == 1
    return metas[0]["content"]


# -- escaping ------------------------------------------------------------------

@pytest.mark.parametrize("text", HOSTILE + ("a & b", "line\u2028sep\u2029para", "</SCRIPT >"))
def test_script_json_escapes_and_round_trips(text):
    out = script_json({"label": text, "list": [text]})
    for ch in "<>&\u2028\u2029":
        assert ch not in out
    assert "</" not in out
    assert json.loads(out) == {"label": text, "list": [text]}


# -- a hostile article ---------------------------------------------------------

@pytest.fixture(scope="module")
def hostile():
    store = hostile_store()
    yield store
    store.close()


VIEWS = [
    {"entity": "Baghdad", "depth": 2},
    {"entity": IMG, "projection": "claim", "depth": 2},
    {"all": True, "projection": "article-entity"},
    {"all": True, "projection": "claim", "geo": True},
    {"query": "SELECT ?a ?b ?label WHERE { ?a <http://schema.org/author> ?b . "
              "?a <http://schema.org/text> ?label }"},
]


@pytest.mark.parametrize("opts", VIEWS, ids=lambda o: "-".join(f"{k}" for k in o))
def test_hostile_text_stays_text(hostile, opts):
    view = render_view(hostile, title=SCRIPT + IMG, **opts)
    html = view.html
    for bad in (IMG, SCRIPT, CLOSE, "<!--"):
        assert bad not in html
    page = Page(html)
    tags = {t for t, _ in page.tags}
    assert "img" not in tags
    assert not any(name.startswith("on") for _, a in page.tags for name in a)
    assert len(page.scripts) == 3  # the JSON data, vis-network, the page script
    assert [a.get("type") for a, _ in page.scripts] == ["application/json", None, None]
    # the title is shown as text
    assert SCRIPT + IMG in "".join(page.text)
    # the data survives intact (a quote in the data cannot end a JSON string early)
    data = page.payload()
    assert set(data) >= {"nodes", "edges", "options", "legend"}
    texts = json.dumps(data, ensure_ascii=False)
    assert any(h in texts for h in (IMG, SCRIPT))


def test_hostile_labels_and_tooltips_carry_the_exact_text(hostile):
    view = render_view(hostile, entity="Mr Evil", projection="claim", depth=2)
    data = Page(view.html).payload()
    by_label = {n["label"]: n for n in data["nodes"]}
    person = by_label[SCRIPT]
    assert person["kind"] == "Person"
    assert set(person["tip"]["aliases"]) == {IMG, BREAKOUT, "Mr Evil"}
    assert person["tip"]["claims"][0]["speaker"] == SCRIPT
    assert person["tip"]["claims"][0]["article"] == SCRIPT + IMG + BREAKOUT
    assert person["tip"].get("root") is True
    # the claim projection links a speaker to what their claims are about; the claims are
    # the evidence of the edge, each with the IRI .why accepts
    evidence = [c for e in data["edges"] for c in e.get("evidence", [])]
    said = [c for c in evidence if c["text"] == IMG + " and " + SCRIPT]
    assert said and said[0]["speaker"] == SCRIPT and said[0]["iri"].startswith("http")
    assert all(e["label"].startswith("claims") for e in data["edges"])


def test_page_is_self_contained_and_locked_down(hostile):
    view = render_view(hostile, all=True, projection="claim")
    page = Page(view.html)
    for tag, attrs in page.tags:
        for name in ("src", "href", "action", "poster", "data"):
            assert name not in attrs or not re.match(r"\s*(https?:)?//", attrs[name]), (tag, attrs)
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", view.html, re.I)
    for css in page.styles:
        for url in re.findall(r"url\(\s*['\"]?([^'\")]*)", css):
            assert url.startswith("data:"), url
        assert "@import" not in css
    csp = csp_of(page)
    assert "default-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    for attrs, body in page.scripts:
        if attrs.get("type") == "application/json":
            continue
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert "vis-network" in page.scripts[1][1][:200]  # pyvis's copy of vis-network, inlined


def test_name_is_bound_not_spliced(hostile):
    # a name that would break out of a spliced string literal still finds its entity
    view = render_view(hostile, entity=BREAKOUT.upper(), depth=0)
    assert view.nodes == 1
    assert Page(view.html).payload()["nodes"][0]["tip"]["iri"] == V.entity_iri("evil-person")
    with pytest.raises(ViewError, match="no entity named"):
        render_view(hostile, entity='x" } ; DROP ALL ; #')


# -- nodes and edges -----------------------------------------------------------

@pytest.fixture(scope="module")
def small():
    """Three articles: Iraq and ISIS in one sentence twice; Iraq, Baghdad and (in another
    sentence) Syria in one article."""
    a = Graph("a", headline="First")
    a.mention("iraq", "Iraq", "Country", aliases=("Republic of Iraq",), times=3,
              wikidata="Q796", latlon=(33.2, 43.7))
    a.mention("isis", "Islamic State", "ArmedGroup", aliases=("ISIS", "Daesh"), times=2)
    a.mention("abadi", "Haider al-Abadi", "Person")
    a.claim(10, "ISIS is defeated", speaker_key="abadi", speaker_text="Abadi", about=("isis",))
    b = Graph("b", headline="Second", date="2024-02-01")
    b.mention("iraq", "Iraq", "Country", latlon=(33.2, 43.7))
    b.mention("isis", "Islamic State", "ArmedGroup", aliases=("ISIS",))
    b.claim(20, "the fighters left", speaker_key=None, speaker_text="a cab driver",
            about=("isis",))
    c = Graph("c", headline="Third")
    c.mention("iraq", "Iraq", "Country", latlon=(33.2, 43.7))
    c.mention("baghdad", "Baghdad", "City", latlon=(33.34, 44.4))
    c.mention("syria", "Syria", "Country", latlon=(35.0, 38.5), sentence=1)
    store = open_store(":memory:")
    load(store, a, b, c)
    yield store
    store.close()


def nodes_by_iri(view: View) -> dict[str, dict]:
    return {n["tip"].get("iri"): n for n in Page(view.html).payload()["nodes"]}


def edges_by_iri(view: View) -> dict[frozenset, dict]:
    data = Page(view.html).payload()
    iris = [n["tip"].get("iri") for n in data["nodes"]]
    return {frozenset((iris[e["from"]], iris[e["to"]])): e for e in data["edges"]}


def test_co_mention_weights_and_kinds(small):
    view = render_view(small, all=True)
    nodes = nodes_by_iri(view)
    assert {n["kind"] for n in nodes.values()} == {"Place", "Organization", "Person"}
    iraq = nodes[V.entity_iri("iraq")]
    assert iraq["tip"]["types"] == ["Country"]
    assert iraq["tip"]["wikidata"] == V.WD + "Q796"
    assert iraq["tip"]["mentions"] == 5
    edges = edges_by_iri(view)
    assert edges[frozenset((V.entity_iri("iraq"), V.entity_iri("isis")))]["weight"] == 2
    assert edges[frozenset((V.entity_iri("iraq"), V.entity_iri("baghdad")))]["weight"] == 1
    assert frozenset((V.entity_iri("isis"), V.entity_iri("baghdad"))) not in edges
    assert frozenset((V.entity_iri("iraq"), V.entity_iri("syria"))) not in edges  # not one sentence
    co_article = edges_by_iri(render_view(small, all=True, projection="co-article"))
    assert co_article[frozenset((V.entity_iri("iraq"), V.entity_iri("syria")))]["weight"] == 1
    assert co_article[frozenset((V.entity_iri("iraq"), V.entity_iri("isis")))]["weight"] == 2
    # no analytics: sized by mentions, the most mentioned is the biggest
    assert "sized by mentions" in view.caption
    assert max(nodes.values(), key=lambda n: n["size"]) is iraq
    legend = {x["kind"]: x["count"] for x in Page(view.html).payload()["legend"]}
    assert legend == {"Person": 1, "Organization": 1, "Place": 3}


def test_entity_depth_and_alias_any_case(small):
    one = render_view(small, entity="daesh", depth=1)
    assert set(nodes_by_iri(one)) == {V.entity_iri(x) for x in ("isis", "iraq", "abadi")}
    two = render_view(small, entity="DAESH", depth=2)
    assert set(nodes_by_iri(two)) == {V.entity_iri(x) for x in ("isis", "iraq", "abadi", "baghdad")}
    wide = render_view(small, entity="DAESH", depth=2, projection="co-article")
    assert V.entity_iri("syria") in nodes_by_iri(wide)
    zero = render_view(small, entity="ent:isis", depth=0)
    assert zero.nodes == 1 and zero.edges == 0
    assert zero.title == "Islamic State — co-mention network"
    assert "within 0 hops of Islamic State (ent:isis)" in zero.caption
    assert "within 1 hop of Islamic State (daesh)" in one.caption


def test_tooltip_claims_speaker_and_source(small):
    view = render_view(small, entity="Islamic State", depth=0)
    tip = nodes_by_iri(view)[V.entity_iri("isis")]["tip"]
    assert tip["claim_count"] == 2
    by_text = {c["text"]: c for c in tip["claims"]}
    assert by_text["ISIS is defeated"]["speaker"] == "Haider al-Abadi"
    assert by_text["ISIS is defeated"]["article"] == "First"
    assert by_text["the fighters left"]["speaker"] == "a cab driver"
    assert sorted(tip["aliases"]) == ["Daesh", "ISIS"]


def test_mentions_and_claims_projections(small):
    view = render_view(small, all=True, projection="article-entity")
    data = Page(view.html).payload()
    kinds = [n["kind"] for n in data["nodes"]]
    assert kinds.count("Article") == 3
    edges = edges_by_iri(view)
    e = edges[frozenset((V.article_iri("a"), V.entity_iri("iraq")))]
    assert e["label"] == "mentions" and e["weight"] == 3
    claims = render_view(small, all=True, projection="claim")
    cdata = Page(claims.html).payload()
    assert sorted(n["kind"] for n in cdata["nodes"]) == ["Organization", "Person", "Source"]
    edges = edges_by_iri(claims)
    e = edges[frozenset((V.entity_iri("abadi"), V.entity_iri("isis")))]
    assert e["label"] == "claims" and e["weight"] == 1
    assert [c["text"] for c in e["evidence"]] == ["ISIS is defeated"]
    assert e["evidence"][0]["speaker"] == "Haider al-Abadi"
    assert e["evidence"][0]["article"] == "First"


def test_top_keeps_the_most_central_and_says_what_was_left_out(small):
    view = render_view(small, all=True, top=2)
    assert set(nodes_by_iri(view)) == {V.entity_iri("iraq"), V.entity_iri("isis")}
    assert view.omitted_nodes == 3
    assert any("showing 2 of 5" in n and "3 left out" in n for n in view.notes)
    assert "showing 2 of 5" in view.html


def analytics(store, projection: str, scores: dict[str, dict[str, float]]) -> None:
    """Scores written the way ``kg rank`` writes them (kg.analytics.writeback)."""
    from kg.analytics.writeback import RunInfo, write_scores

    info = RunInfo(projection=projection, computed_at="2024-03-01T00:00:00Z", stale=False,
                   engine="test", node_count=len(next(iter(scores.values()))), edge_count=0,
                   measures=tuple(scores))
    write_scores(store, info, {m: {V.entity_iri(k): v for k, v in vals.items()}
                               for m, vals in scores.items()})


def test_analytics_size_and_community(small):
    with pytest.raises(ViewError, match="no communities"):
        render_view(small, community=1)
    analytics(small, "co-mention", {
        "pagerank": {"iraq": 0.1, "isis": 0.5, "abadi": 0.2, "baghdad": 0.1, "syria": 0.1},
        "community": {"iraq": 1, "isis": 1, "abadi": 2, "baghdad": 1, "syria": 2}})
    analytics(small, "claim", {"pagerank": {"abadi": 0.9, "isis": 0.1}})
    try:
        view = render_view(small, all=True, top=1)
        assert set(nodes_by_iri(view)) == {V.entity_iri("isis")}  # top by pagerank, not mentions
        full = nodes_by_iri(render_view(small, all=True))
        assert full[V.entity_iri("isis")]["size"] > full[V.entity_iri("abadi")]["size"] \
            > full[V.entity_iri("iraq")]["size"]
        assert full[V.entity_iri("isis")]["tip"]["community"] == "1"
        comm = render_view(small, community="1")
        assert set(nodes_by_iri(comm)) == {V.entity_iri(x) for x in ("iraq", "isis", "baghdad")}
        assert "community 1" in comm.caption.lower()
        with pytest.raises(ViewError, match="no community '7'"):
            render_view(small, community=7)
        # a projection's own scores, else the co-mention ones (and the page says so)
        claim = nodes_by_iri(render_view(small, all=True, projection="claim"))
        assert claim[V.entity_iri("abadi")]["size"] > claim[V.entity_iri("isis")]["size"]
        co_article = render_view(small, all=True, projection="co-article")
        assert "co-mention pagerank used" in " ".join(co_article.notes)
        assert "sized by pagerank" in co_article.caption
        by_mentions = nodes_by_iri(render_view(small, all=True, size_by="mentions"))
        assert by_mentions[V.entity_iri("iraq")]["size"] > by_mentions[V.entity_iri("isis")]["size"]
    finally:
        small.remove_graph(V.ANALYTICS_GRAPH)


def test_query_views(small):
    sel = render_view(small, query="""
        PREFIX schema: <http://schema.org/>
        SELECT ?art ?e ("in" AS ?label) (3 AS ?weight) WHERE { ?art schema:mentions ?e }""")
    data = Page(sel.html).payload()
    assert sel.nodes == 8 and sel.edges == 8
    assert {e["label"] for e in data["edges"]} == {"in"}
    assert {e["weight"] for e in data["edges"]} == {3}
    assert "Query view" == sel.title and "query" in sel.caption.lower()
    con = render_view(small, query="""
        PREFIX schema: <http://schema.org/>
        CONSTRUCT { ?c schema:about ?e . ?c schema:text ?t } WHERE { ?c schema:about ?e ; schema:text ?t }""")
    cdata = Page(con.html).payload()
    assert {e["label"] for e in cdata["edges"]} == {"about"}
    assert sorted(n["kind"] for n in cdata["nodes"]) == ["Claim", "Claim", "Organization"]
    lit_view = render_view(small, query="""
        PREFIX schema: <http://schema.org/>
        SELECT ?a ?h WHERE { ?a schema:headline ?h }""")
    assert {n["kind"] for n in Page(lit_view.html).payload()["nodes"]} == {"Article", "Value"}
    with pytest.raises(ViewError, match="ASK"):
        render_view(small, query="ASK { ?s ?p ?o }")
    with pytest.raises(ViewError, match="two node columns"):
        render_view(small, query="SELECT ?s WHERE { ?s ?p ?o }")
    with pytest.raises(QueryError):
        render_view(small, query="SELECT ?s WHERE { ?s ?p ")


def test_bad_inputs_are_one_line_errors(small):
    for kwargs, message in [
        ({}, "exactly one"),
        ({"entity": "Iraq", "all": True}, "exactly one"),
        ({"all": True, "projection": "nope"}, "unknown projection"),
        ({"all": True, "size_by": "nope"}, "unknown measure"),
        ({"all": True, "top": 0}, "at least 1"),
        ({"entity": "Iraq", "depth": -1}, "depth"),
        ({"entity": "Irak"}, "did you mean: Iraq"),
        ({"query": "  "}, "empty"),
    ]:
        with pytest.raises(ViewError, match=message) as err:
            render_view(small, **kwargs)
        assert "\n" not in str(err.value)


def test_empty_store_says_so():
    store = open_store(":memory:")
    try:
        with pytest.raises(ViewError, match="nothing to show"):
            render_view(store, all=True)
        view = render_view(store, query="SELECT ?a ?b WHERE { ?a ?p ?b }")
        assert view.nodes == 0 and "the query returned no nodes" in view.notes
    finally:
        store.close()


def test_geo_pins_places_by_longitude_and_latitude(small):
    view = render_view(small, all=True, geo=True)
    nodes = nodes_by_iri(view)
    iraq, baghdad, syria = (nodes[V.entity_iri(x)] for x in ("iraq", "baghdad", "syria"))
    assert iraq["fixed"] and baghdad["fixed"] and syria["fixed"]
    assert syria["x"] < iraq["x"] < baghdad["x"]  # west to east
    assert syria["y"] < iraq["y"]  # further north is higher up
    assert "fixed" not in nodes[V.entity_iri("isis")]


def test_big_views_are_laid_out_before_opening():
    store = synthetic_store(1200, 1500)
    try:
        view = render_view(store, all=True, top=1200)
        assert view.nodes == 1200 and not view.physics
        data = Page(view.html).payload()
        assert all("x" in n and "y" in n for n in data["nodes"])
        assert len({(n["x"], n["y"]) for n in data["nodes"]}) == 1200
        assert data["options"]["physics"]["enabled"] is False
        assert data["edge_labels"] is False
        small_view = render_view(store, all=True)
        assert small_view.nodes == 300  # --all defaults to the top 300
        assert small_view.omitted_nodes == 900
        # a view of 300 is laid out by communities, apart from each other: that layout is final
        small_data = Page(small_view.html).payload()
        assert all("x" in n for n in small_data["nodes"])
        assert not small_view.physics and small_data["options"]["physics"]["enabled"] is False
        assert small_data["communities"]
    finally:
        store.close()
    assert PHYSICS_LIMIT == 1000


def test_communities_are_laid_out_apart_and_the_backbone_is_stated():
    store = synthetic_store(400, 1600, groups=6, per_article=5)
    try:
        view = render_view(store, all=True)
        dense = render_view(store, all=True, backbone=None)
    finally:
        store.close()
    data = Page(view.html).payload()
    # the backbone: fewer edges than the full view, every node that had an edge keeps one,
    # and the page says which filter drew it
    assert view.edges < dense.edges
    linked = {e[k] for e in Page(dense.html).payload()["edges"] for k in ("from", "to")}
    assert {e[k] for e in data["edges"] for k in ("from", "to")} == linked
    assert "disparity filter" in data["edge_filter"] and f"of {dense.edges:,} shown" in data["edge_filter"]
    import html

    assert html.escape(data["edge_filter"]) in view.html  # in the notes under the title
    assert "disparity filter" not in dense.html.split("kg-data")[0]
    # communities found in the view match the groups the store was made of, and each is laid
    # out in its own region: the boxes of the big ones do not overlap
    by_comm: dict[int, list[dict]] = {}
    for n in data["nodes"]:
        if "community" in n:
            by_comm.setdefault(n["community"], []).append(n)
    big = [m for m in by_comm.values() if len(m) >= 10]
    assert len(big) >= 4
    for members in big:
        groups = [int(m["label"].split()[-1]) % 6 for m in members]
        assert max(groups.count(g) for g in set(groups)) >= 0.8 * len(groups)
    boxes = [(min(m["x"] for m in ms), min(m["y"] for m in ms), max(m["x"] for m in ms),
              max(m["y"] for m in ms)) for ms in big]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
    assert [c["size"] for c in data["communities"]] == \
        sorted((c["size"] for c in data["communities"]), reverse=True)


def test_small_views_settle_in_the_browser(small):
    data = Page(render_view(small, all=True).html).payload()
    assert all("x" in n and "fixed" not in n for n in data["nodes"])  # a start, not pins
    assert data["options"]["physics"]["enabled"] is True
    assert data["edge_labels"] is True and data["options"]["edges"]["smooth"]["enabled"]


def test_layout_without_igraph_falls_back(monkeypatch):
    import builtins

    from kg.views import layout

    real = builtins.__import__

    def no_igraph(name, *args, **kwargs):
        if name == "igraph":
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_igraph)
    ids = [f"n{i}" for i in range(60)]
    edges = [(f"n{i}", f"n{i + 1}") for i in range(59)]
    pos = layout.precompute(ids, edges)
    assert len({p for p in pos.values()}) == 60
    neighbours = [abs(pos[a][0] - pos[b][0]) + abs(pos[a][1] - pos[b][1]) for a, b in edges]
    spread = max(p[0] for p in pos.values()) - min(p[0] for p in pos.values())
    assert sum(neighbours) / len(neighbours) < spread / 3  # linked nodes end up near each other


# -- command line --------------------------------------------------------------

def test_cli_view(tmp_path, capsys):
    from kg.cli import main
    from kg.commands import view as command
    import kg.views

    assert set(command.PROJECTIONS) == set(kg.views.PROJECTIONS)
    assert set(command.MEASURES) == set(kg.views.MEASURES)
    store_dir = tmp_path / "store"
    store = open_store(store_dir)
    load(store, hostile_graph())
    store.close()
    out = tmp_path / "v.html"
    assert main(["view", "--store", str(store_dir), "--entity", "baghdad", "--depth", "2",
                 "-o", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    assert Page(out.read_text(encoding="utf-8")).payload()["nodes"]
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?a ?b WHERE { ?a <http://schema.org/mentions> ?b }", encoding="utf-8")
    assert main(["view", "--store", str(store_dir), "--query", str(rq), "-o", str(out)]) == 0
    assert main(["view", "--store", str(store_dir), "--entity", "nobody", "-o", str(out)]) == 1
    assert "kg: no entity named 'nobody'" in capsys.readouterr().err
    rq.write_text("SELECT ?a WHERE {", encoding="utf-8")
    assert main(["view", "--store", str(store_dir), "--query", str(rq), "-o", str(out)]) == 1
    assert "query error" in capsys.readouterr().err
    assert main(["view", "--store", str(store_dir), "--all", "-o",
                 str(tmp_path / "missing" / "v.html")]) == 1
    assert "cannot write" in capsys.readouterr().err


# -- the bundled articles (real model) -------------------------------------------

@pytest.fixture(scope="module")
def demo(demo_store_dir):
    store = open_store(demo_store_dir, read_only=True)
    yield store
    store.close()


@pytest.mark.slow
def test_views_of_the_bundled_articles(demo):
    names = {r[0].value for r in demo.query(
        "PREFIX schema: <http://schema.org/> SELECT ?n WHERE { ?a schema:mentions ?e . ?e schema:name ?n }").rows}
    view = render_view(demo, all=True, size_by="mentions")
    data = Page(view.html).payload()
    labels = {n["label"] for n in data["nodes"]}
    assert labels and labels <= {n[:40] if len(n) <= 40 else n[:39].rstrip() + "…" for n in names}
    assert data["edges"] and all(e["weight"] >= 1 for e in data["edges"])
    # the most mentioned entity is the biggest node
    top = max(data["nodes"], key=lambda n: n["size"])
    assert top["tip"]["mentions"] == max(n["tip"].get("mentions", 0) for n in data["nodes"])
    # its own view, found by name in another case, holds it and its co-mentions
    around = render_view(demo, entity=top["tip"]["name"].upper(), depth=1)
    around_data = Page(around.html).payload()
    roots = {n["tip"]["iri"] for n in around_data["nodes"] if n["tip"].get("root")}
    assert top["tip"]["iri"] in roots
    assert around.edges > 0
    # claims: speakers linked to what they speak about; each edge lists its claims with a
    # speaker, an article and the claim's IRI, statements first
    claims = Page(render_view(demo, all=True, projection="claim").html).payload()
    assert not [n for n in claims["nodes"] if n["kind"] == "Claim"]
    headlines = {r[0].value for r in demo.query(  # headline, else the identifier
        "PREFIX schema: <http://schema.org/> SELECT ?h WHERE { "
        "?a a schema:NewsArticle . { ?a schema:headline ?h } UNION "
        "{ ?a schema:identifier ?h FILTER NOT EXISTS { ?a schema:headline ?x } } }").rows}
    claim_iris = {r[0].value for r in demo.query(
        "PREFIX schema: <http://schema.org/> SELECT ?c WHERE { ?c a schema:Claim }").rows}
    assert claims["edges"]
    acts = {"Statement": 0, "Finding": 1, "Belief": 2}
    for e in claims["edges"]:
        assert e["label"].startswith("claims") and e["evidence"]
        for c in e["evidence"]:
            assert c["speaker"] and c["article"] in headlines and c["iri"] in claim_iris
        order = [acts.get(c["act"], 3) for c in e["evidence"]]
        assert order == sorted(order)
    # co-mention edges list the sentences behind them: article, date, text and a mention IRI
    mention_iris = {r[0].value for r in demo.query(
        "PREFIX kg: <http://kg.example/ontology#> SELECT ?m WHERE { ?m kg:mentionOf ?e }").rows}
    sentences = {r[0].value for r in demo.query(
        "PREFIX kg: <http://kg.example/ontology#> PREFIX schema: <http://schema.org/> "
        "SELECT ?t WHERE { ?s kg:index ?i ; schema:text ?t }").rows}
    for e in data["edges"]:
        assert 1 <= len(e["evidence"]) <= min(3, e["weight"])
        for c in e["evidence"]:
            assert c["text"] in sentences and c["article"] in headlines
            assert c["iri"] in mention_iris


def test_edges_carry_the_sentences_behind_them(hostile):
    view = render_view(hostile, entity="Mr Evil")
    edges = edges_by_iri(view)
    e = edges[frozenset((V.entity_iri("evil-person"), V.entity_iri("evil-org")))]
    [item] = e["evidence"]
    assert item["text"] == SCRIPT + " met " + IMG + " in Baghdad " + BREAKOUT
    assert item["article"] == SCRIPT + IMG + BREAKOUT and item["date"] == "2024-01-02"
    mentions = {r[0].value for r in hostile.query(
        "PREFIX kg: <http://kg.example/ontology#> SELECT ?m WHERE { ?m kg:mentionOf ?e }").rows}
    assert item["iri"] in mentions  # what .why accepts


def test_tooltips_put_statements_first():
    g = Graph("acts", headline="Acts", date="2024-05-01")
    g.mention("iran", "Iran", "Country")
    g.mention("abadi", "Haider al-Abadi", "Person")
    g.claim(10, "Iran may be arming them", speaker_key="abadi", speaker_text="Abadi",
            about=("iran",), act="Belief")
    g.claim(50, "Iran sent advisers", speaker_key="abadi", speaker_text="Abadi",
            about=("iran",), act="Statement")
    g.claim(90, "Iran's drones were found", speaker_key="abadi", speaker_text="Abadi",
            about=("iran",), act="Finding")
    store = open_store(":memory:")
    try:
        load(store, g)
        view = render_view(store, entity="Iran", projection="claim")
    finally:
        store.close()
    nodes = nodes_by_iri(view)
    assert [c["act"] for c in nodes[V.entity_iri("iran")]["tip"]["claims"]] == \
        ["Statement", "Finding", "Belief"]
    edge = edges_by_iri(view)[frozenset((V.entity_iri("abadi"), V.entity_iri("iran")))]
    assert edge["label"] == "claims ×3" and edge["weight"] == 3
    assert [c["text"] for c in edge["evidence"]] == \
        ["Iran sent advisers", "Iran's drones were found", "Iran may be arming them"]
    assert all(c["iri"].startswith(V.article_iri("acts")) for c in edge["evidence"])


def test_geo_view_has_a_base_map_and_spreads_places_on_one_spot():
    g = Graph("geo", headline="Geo")
    g.mention("iraq", "Iraq", "Country", latlon=(33.2, 43.7))
    g.mention("syria", "Syria", "Country", latlon=(35.0, 38.5))
    for key in ("camp-a", "camp-b", "camp-c"):  # three places the gazetteer puts on one point
        g.mention(key, key, "City", latlon=(36.34, 43.13))
    store = open_store(":memory:")
    try:
        load(store, g)
        view = render_view(store, all=True, geo=True)
    finally:
        store.close()
    data = Page(view.html).payload()
    shapes = {s["name"]: s for s in data["basemap"]["shapes"]}
    assert {"Iraq", "Syria", "Turkey", "Iran", "Jordan"} <= set(shapes)
    assert "Brazil" not in shapes and "Natural Earth" in data["basemap"]["source"]
    assert all(len(r) >= 6 and len(r) % 2 == 0 for s in shapes.values() for r in s["rings"])
    nodes = nodes_by_iri(view)
    camps = [nodes[V.entity_iri(k)] for k in ("camp-a", "camp-b", "camp-c")]
    assert len({(n["x"], n["y"]) for n in camps}) == 3 and all(n["fixed"] for n in camps)
    [ring] = [r for r in data["basemap"]["rings"] if r["count"] == 3]
    for n in camps:
        assert abs(((n["x"] - ring["x"]) ** 2 + (n["y"] - ring["y"]) ** 2) ** 0.5 - ring["r"]) < 1
    # Iraq's outline holds Iraq's node: the map and the places share one projection
    iraq = nodes[V.entity_iri("iraq")]
    xs = [v for r in shapes["Iraq"]["rings"] for v in r[0::2]]
    ys = [v for r in shapes["Iraq"]["rings"] for v in r[1::2]]
    assert min(xs) < iraq["x"] < max(xs) and min(ys) < iraq["y"] < max(ys)
    assert any("share a spot" in n for n in view.notes)


def test_geo_view_puts_nodes_without_coordinates_beside_the_map(small):
    view = render_view(small, all=True, geo=True)
    data = Page(view.html).payload()
    nodes = nodes_by_iri(view)
    x1 = data["basemap"]["box"][2]
    assert nodes[V.entity_iri("isis")]["x"] > x1 and nodes[V.entity_iri("abadi")]["x"] > x1
    assert nodes[V.entity_iri("baghdad")]["x"] < x1
    assert not view.physics
    iris = [n["tip"].get("iri") for n in data["nodes"]]
    for e in data["edges"]:
        placed = all("fixed" in data["nodes"][e[k]] for k in ("from", "to"))
        assert e.get("faint", False) is not placed, (iris[e["from"]], iris[e["to"]])


def test_claim_views_leave_out_pronoun_speakers():
    g = Graph("pron", headline="Pronouns")
    g.mention("iran", "Iran", "Country")
    g.claim(10, "Iran is ready", speaker_key=None, speaker_text="they", about=("iran",))
    g.claim(40, "Iran is not ready", speaker_key=None, speaker_text="He", about=("iran",))
    g.claim(80, "Iran will talk", speaker_key=None, speaker_text="officials", about=("iran",))
    g.claim(120, "Iran will not talk", speaker_key=None, speaker_text="Officials", about=("iran",))
    store = open_store(":memory:")
    try:
        load(store, g)
        view = render_view(store, entity="Iran", projection="claim")
    finally:
        store.close()
    data = Page(view.html).payload()
    # the two 'officials' are one speaker with both claims; 'they' and 'He' name no one
    assert sorted(n["kind"] for n in data["nodes"]) == ["Place", "Source"]
    [edge] = data["edges"]
    assert edge["weight"] == 2
    assert sorted(c["text"] for c in edge["evidence"]) == ["Iran will not talk", "Iran will talk"]
    assert any("2 claims by sources named only by a pronoun ('he', 'they')" in n
               for n in view.notes)


def test_co_article_edges_list_their_articles(small):
    view = render_view(small, all=True, projection="co-article")
    e = edges_by_iri(view)[frozenset((V.entity_iri("iraq"), V.entity_iri("isis")))]
    assert e["weight"] == 2
    assert [(c["article"], c["date"]) for c in e["evidence"]] == \
        [("Second", "2024-02-01"), ("First", "2024-01-02")]
    assert all(c["iri"].startswith((V.article_iri("a"), V.article_iri("b"))) and "#m" in c["iri"]
               for c in e["evidence"])
