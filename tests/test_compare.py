"""Claims compared across speakers and outlets: agreements, contradictions, and what is neither.

The unit tests use sentences written for them; the store tests build small articles with the
real spaCy model and check the comparisons graph, `kg compare`, `kg timeline` and the view.
"""

from __future__ import annotations

import json
import re

import pytest

from kg.compare.proposition import proposition
from kg.compare.quantities import Figure, relate_figures
from kg.compare.relate import item, relate

NAMES = {
    "al-shabaab": [("al-shabaab",), ("the", "group")],
    "mogadishu": [("mogadishu",)],
    "kismayo": [("kismayo",)],
    "the-party": [("the", "party")],
}
PLACES = {"mogadishu", "kismayo"}


def claim(iri, text, about, date="2021-05-02", speaker=None, cue=None):
    return item(iri, speaker or "speaker-" + iri, about, PLACES, text, NAMES, date, cue)


@pytest.mark.parametrize("a_text,b_text", [
    ("Al-Shabaab has been defeated in Mogadishu", "Al-Shabaab is not defeated in Mogadishu"),
    ("Al-Shabaab has been wiped out in Mogadishu", "Al-Shabaab is regrouping in Mogadishu"),
    ("Al-Shabaab is no longer a threat in Mogadishu", "Al-Shabaab remains a threat in Mogadishu"),
])
def test_asserting_and_denying_one_proposition_contradict(a_text, b_text):
    a = claim("a", a_text, {"al-shabaab", "mogadishu"})
    b = claim("b", b_text, {"al-shabaab", "mogadishu"}, date="2021-05-04")
    rel = relate(a, b)
    assert rel is not None and rel.kind == "contradicts" and rel.basis == "defeat"


def test_a_denial_cue_negates_what_is_reported():
    a = claim("a", "Al-Shabaab was defeated in Mogadishu", {"al-shabaab", "mogadishu"})
    b = claim("b", "Al-Shabaab was defeated in Mogadishu", {"al-shabaab", "mogadishu"}, cue="denied")
    assert relate(a, b).kind == "contradicts"


def test_same_proposition_in_other_words_agrees():
    a = claim("a", "Al-Shabaab has been defeated in Mogadishu", {"al-shabaab", "mogadishu"})
    b = claim("b", "the group is finished in Mogadishu", {"al-shabaab", "mogadishu"})
    assert relate(a, b).kind == "agrees"


def test_another_place_is_another_proposition():
    a = claim("a", "Al-Shabaab has been defeated in Mogadishu", {"al-shabaab", "mogadishu"})
    b = claim("b", "Al-Shabaab is not defeated in Kismayo", {"al-shabaab", "kismayo"})
    assert relate(a, b) is None


def test_an_unrelated_story_about_the_same_actor_is_no_relation():
    a = claim("a", "Al-Shabaab has been defeated in Mogadishu", {"al-shabaab", "mogadishu"})
    b = claim("b", "Al-Shabaab collects taxes from farmers and traders", {"al-shabaab"})
    assert relate(a, b) is None


def test_no_contradiction_from_hedges_purposes_or_scare_quotes():
    a = claim("a", "Al-Shabaab has been defeated in Mogadishu", {"al-shabaab", "mogadishu"})
    for text in ("Al-Shabaab may regroup in Mogadishu",
                 "the offensive aimed at defeating Al-Shabaab in Mogadishu failed",
                 'the "defeat" of Al-Shabaab in Mogadishu is a fiction'):
        b = claim("b", text, {"al-shabaab", "mogadishu"})
        rel = relate(a, b)
        assert rel is None or rel.kind != "contradicts", text


def test_the_agent_of_a_defeat_is_not_defeated():
    a = claim("a", "Al-Shabaab defeated the army near Mogadishu", {"al-shabaab", "mogadishu"})
    b = claim("b", "Al-Shabaab is resurging in Mogadishu", {"al-shabaab", "mogadishu"})
    assert relate(a, b) is None


def test_claims_years_apart_never_contradict():
    a = claim("a", "Al-Shabaab has been defeated in Mogadishu", {"al-shabaab", "mogadishu"}, "2017-01-01")
    b = claim("b", "Al-Shabaab is resurging in Mogadishu", {"al-shabaab", "mogadishu"}, "2020-01-01")
    assert relate(a, b) is None
    undated = claim("c", "Al-Shabaab is resurging in Mogadishu", {"al-shabaab", "mogadishu"}, None)
    assert relate(a, undated) is None


def test_one_speaker_is_not_compared_with_himself():
    a = claim("a", "Al-Shabaab has been defeated in Mogadishu", {"al-shabaab", "mogadishu"}, speaker="x")
    b = claim("b", "Al-Shabaab is not defeated in Mogadishu", {"al-shabaab", "mogadishu"}, speaker="x")
    assert relate(a, b) is None


def test_one_speaker_reported_by_two_outlets_agrees_with_himself_only_across_articles():
    text = "Al-Shabaab has been defeated in Mogadishu"
    a = claim("art1#c1-40", text, {"al-shabaab", "mogadishu"}, speaker="x")
    b = claim("art2#c5-44", text, {"al-shabaab", "mogadishu"}, speaker="x")
    c = claim("art1#c90-130", "Al-Shabaab is finished in Mogadishu", {"al-shabaab", "mogadishu"}, speaker="x")
    assert relate(a, b).kind == "agrees"
    assert relate(a, c) is None                       # the same speaker in the same article


def test_mixed_polarity_in_one_claim_decides_nothing():
    assert proposition("the group was defeated, but not eliminated").concepts == {}


def test_death_tolls_for_one_event_agree_or_contradict():
    def fig(iri, text, amount, outlet, date="2018-04-08", counted="people", place="mogadishu"):
        return Figure(iri, text, amount, counted, "kill", "art-" + iri, date, outlet, frozenset({place}))

    assert relate_figures(fig("a", "at least 40 people", 40, "A"), fig("b", "42 people", 42, "B")).kind == "agrees"
    assert relate_figures(fig("a", "at least 40 people", 40, "A"), fig("b", "12 people", 12, "B")).kind == "contradicts"
    assert relate_figures(fig("a", "40 people", 40, "A"), fig("b", "12 people", 12, "A")) is None  # one outlet
    assert relate_figures(fig("a", "40 people", 40, "A"),
                          fig("b", "12 people", 12, "B", date="2018-05-20")) is None            # another day
    assert relate_figures(fig("a", "40 people", 40, "A"),
                          fig("b", "12 people", 12, "B", place="kismayo")) is None               # another place


# -- a built store ---------------------------------------------------------------------------

RECORDS = [
    {"id": "east-1", "title": "Minister declares victory", "source": "Eastern Herald",
     "date": "2019-03-23", "authors": [],
     "text": "The defence minister, Michael Brandt, spoke in Damascus on Saturday. \"ISIS has been "
             "defeated in Syria,\" Brandt said. He thanked the soldiers who fought for two years.\n\n"
             "At least 40 people were killed in Deir ez-Zor on Saturday, the ministry said."},
    {"id": "west-1", "title": "Monitor warns of comeback", "source": "Western Courier",
     "date": "2019-03-24", "authors": [],
     "text": "Rami Haddad, who leads a monitoring group in Syria, disagreed on Sunday. \"ISIS is not "
             "defeated in Syria and remains a threat,\" Haddad said.\n\n"
             "Haddad said 12 people were killed in Deir ez-Zor on Saturday."},
    {"id": "iraq-1", "title": "Iraq's war", "source": "Northern Post", "date": "2019-03-24",
     "authors": [],
     "text": "General Karim Aziz spoke in Baghdad. \"ISIS was defeated in Iraq,\" Aziz said."},
    {"id": "other-1", "title": "Oil prices", "source": "Western Courier", "date": "2019-03-25",
     "authors": [],
     "text": "Analyst Sara Blum said oil prices rose in London on Monday after the report."},
]


@pytest.fixture(scope="module")
def compared_store(tmp_path_factory, nlp):
    import kg
    from kg.compare import ensure
    from kg.store import open_store

    src = tmp_path_factory.mktemp("cmp") / "records.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    path = src.parent / "store"
    store = open_store(path)
    kg.build([src], store, nlp=nlp)
    ensure(store)
    store.close()
    return path


def _texts(c):
    return [[d.text for d in g.claims] for g in c.groups]


@pytest.mark.slow
def test_store_holds_contradictions_both_ways_and_no_false_ones(compared_store):
    from kg import vocab as V
    from kg.store import open_store

    store = open_store(compared_store, read_only=True)
    try:
        rows = store.query(f"""SELECT ?a ?b ?p WHERE {{ GRAPH <{V.COMPARISONS_GRAPH}> {{ ?a ?p ?b .
            FILTER(?p IN (<{V.KG}contradicts>, <{V.KG}agreesWith>)) }} }}""", union=False).rows
        pairs = {(a.value, b.value, p.value.rsplit("#", 1)[1]) for a, b, p in rows}
        for a, b, p in pairs:
            assert (b, a, p) in pairs                                    # both directions
        contradictions = {frozenset((a, b)) for a, b, p in pairs if p == "contradicts"}
        east = [x for x in contradictions if any("east-1#c" in i for i in x)]
        assert any(any("west-1#c" in i for i in x) for x in east), pairs   # Brandt vs Haddad
        assert not any(any("iraq-1" in i for i in x) for x in contradictions)   # Iraq is elsewhere
        assert not any("other-1" in a or "other-1" in b for a, b, _ in pairs)
        figures = {frozenset((a, b)) for a, b, p in pairs if p == "contradicts" and "#q" in a}
        assert figures, "40 killed vs 12 killed on the same day in the same place"
    finally:
        store.close()


@pytest.mark.slow
def test_kg_compare_reports_groups_with_speakers_outlets_and_dates(compared_store, capsys):
    from kg.cli import main

    assert main(["compare", "--store", str(compared_store), "ISIS"]) == 0
    out = capsys.readouterr().out
    assert "contradiction" in out and "Brandt" in out and "Haddad" in out
    assert "Eastern Herald" in out and "2019-03-23" in out
    assert main(["compare", "--store", str(compared_store), "ISIS", "--format", "json",
                 "--since", "2019-03-24"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert all(d["date"] >= "2019-03-24" for g in data["groups"] for d in g["claims"])
    assert main(["compare", "--store", str(compared_store), "Nobody At All"]) == 1


@pytest.mark.slow
def test_comparisons_follow_the_articles(compared_store, tmp_path):
    import shutil

    from kg.compare import ensure, report
    from kg.lookup import resolve_one
    from kg.store import open_store

    copy = tmp_path / "store"
    shutil.copytree(compared_store, copy)
    store = open_store(copy)
    try:
        isis = resolve_one(store, "ISIS")
        assert report(store, isis).groups
        store.remove_graph("http://kg.example/article/west-1")
        agreements, contradictions, recomputed = ensure(store)
        assert recomputed
        assert not any(g.contradictions for g in report(store, isis).groups)
    finally:
        store.close()


@pytest.mark.slow
def test_timeline_is_static_escaped_and_counts_undated(compared_store, tmp_path):
    from kg.cli import main

    out = tmp_path / "t.html"
    assert main(["timeline", "--store", str(compared_store), "ISIS", "-o", str(out)]) == 0
    page = out.read_text()
    assert "<script" not in page
    assert "default-src 'none'" in page
    assert re.search(r"\d+ claims about", page) and "undated" in page
    assert "Brandt" in page and "<title>" in page


@pytest.mark.slow
def test_compare_view_colours_agreement_and_contradiction(compared_store, tmp_path):
    from kg.cli import main

    out = tmp_path / "v.html"
    assert main(["view", "--store", str(compared_store), "--compare", "ISIS", "-o", str(out)]) == 0
    page = out.read_text()
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', page, re.S).group(1))
    colours = {e["color"] for e in data["edges"]}
    assert "#e15759" in colours
    labels = {n["label"] for n in data["nodes"]}
    assert any("Brandt" in x for x in labels) and any("Haddad" in x for x in labels)
    assert all(c["iri"].startswith("http://kg.example/article/") for e in data["edges"] for c in e["claims"])


@pytest.mark.slow
def test_eval_comparisons_scores_recall_precision_and_unjudged(tmp_path, nlp):
    from kg.eval_compare import evaluate, format_details, format_report
    from kg.ingest import read
    from kg.model import Article
    from kg.speakers_gold import text_digest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "mini.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS), encoding="utf-8")
    texts = {a.identifier: a.text for a in read([corpus / "mini.jsonl"]) if isinstance(a, Article)}

    def passage(ident, snippet):
        start = texts[ident].index(snippet)
        return {"corpus": "mini.jsonl", "id": ident, "span": [start, start + len(snippet)], "head": snippet[:20]}

    lines = [{"article": {"corpus": "mini.jsonl", "id": i, "sha256": text_digest(t)}} for i, t in texts.items()]
    lines.append({"a": passage("east-1", "ISIS has been defeated in Syria"),
                  "b": passage("west-1", "ISIS is not defeated in Syria and remains a threat"),
                  "relation": "contradicts"})
    lines.append({"a": passage("east-1", "ISIS has been defeated in Syria"),
                  "b": passage("iraq-1", "ISIS was defeated in Iraq"), "relation": "none"})
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    s = evaluate(gold, corpus, nlp=nlp)
    assert s.gold == {"agrees": 0, "contradicts": 1, "none": 1}
    assert s.found["contradicts"] == 1 and s.false_on_none == 0
    assert s.correct["contradicts"] == s.judged["contradicts"] >= 1
    report = format_report(s)
    assert "contradicts" in report and "100.0" in report
    assert "unjudged kg relations" in format_details(s)


@pytest.mark.slow
def test_shell_compare_prints_groups_and_honours_the_format(compared_store, capsys):
    from kg.cli import main

    assert main(["shell", "--store", str(compared_store), "-e", ".compare ISIS"]) == 0
    out = capsys.readouterr().out
    assert "Brandt" in out and "contradiction" in out
    iri = re.search(r"art:east-1#c\d+-\d+", out).group(0)          # pasteable into .why
    assert main(["shell", "--store", str(compared_store), "-e", f".why {iri}"]) == 0
    assert "east-1" in capsys.readouterr().out
    assert main(["shell", "--store", str(compared_store), "--format", "csv", "-e", ".compare ISIS"]) == 0
    csv_out = capsys.readouterr().out
    assert csv_out.startswith("group,claim,text,speaker")


@pytest.mark.slow
def test_kg_build_writes_the_comparisons_graph(tmp_path):
    from kg import vocab as V
    from kg.cli import main
    from kg.store import open_store

    src = tmp_path / "records.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in RECORDS[:2]), encoding="utf-8")
    assert main(["build", "--store", str(tmp_path / "s"), str(src), "-q"]) == 0
    store = open_store(tmp_path / "s", read_only=True)
    try:
        assert store.query(f"ASK {{ GRAPH <{V.COMPARISONS_GRAPH}> {{ ?a <{V.KG}contradicts> ?b }} }}",
                           union=False).boolean
    finally:
        store.close()
