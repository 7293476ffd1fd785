"""The comparisons dev set (data/eval/comparisons-dev.jsonl): its passages still fit the texts.

The file holds offsets into corpus articles, never the texts; these tests read the articles with
kg's own ingest (skipped when the corpus folder is absent) and check that every article still has
the hash it was annotated on, that every passage lies inside its article and begins with its
recorded head, and that the pairs are well formed. One more test pins a rule of the comparison
the set brought up: a sentence an article prints twice is one voice, not two that agree.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.compare.relate import item, relate
from kg.eval_compare import read_pairs

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "eval" / "comparisons-dev.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus"


def test_gold_file_is_well_formed():
    articles, pairs = read_pairs(GOLD)
    keys = {(a["corpus"], str(a["id"])) for a in articles}
    assert len(keys) == len(articles) >= 30
    kinds = [p.relation for p in pairs]
    assert kinds.count("agrees") >= 25 and kinds.count("contradicts") >= 15 and kinds.count("none") >= 25
    seen = set()
    for p in pairs:
        for side in (p.a, p.b):
            assert (side.corpus, side.id) in keys, f"{side.id} is not among the covered articles"
            assert 0 <= side.start < side.end and side.head
        assert (p.a.id, p.a.start, p.a.end) != (p.b.id, p.b.start, p.b.end), "a passage paired with itself"
        key = frozenset([(p.a.id, p.a.start, p.a.end), (p.b.id, p.b.start, p.b.end)])
        assert key not in seen, "a pair is labelled twice"
        seen.add(key)
        assert p.why, "every label says why"


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the corpus folder {CORPUS} is absent")
def test_passages_fit_the_articles_as_kg_reads_them():
    from kg.ingest import read
    from kg.model import Article
    from kg.speakers_gold import text_digest

    articles, pairs = read_pairs(GOLD)
    wanted = {}
    for a in articles:
        wanted.setdefault(a["corpus"], set()).add(str(a["id"]))
    texts = {}
    for name, ids in wanted.items():
        for it in read([str(CORPUS / name)]):
            if isinstance(it, Article) and it.identifier in ids:
                texts[(name, it.identifier)] = it.text
    for a in articles:
        text = texts.get((a["corpus"], str(a["id"])))
        assert text is not None, f"{a['id']} not found in {a['corpus']}"
        assert text_digest(text) == a["sha256"], f"{a['id']}: the text changed since it was annotated"
    for p in pairs:
        for side in (p.a, p.b):
            text = texts[(side.corpus, side.id)]
            assert side.end <= len(text)
            assert text[side.start:side.end].startswith(side.head), (side.id, side.head)


def test_a_sentence_printed_twice_in_one_article_is_one_voice():
    names = {"assad": [("the", "regime")], "aleppo": [("aleppo",)]}
    text = "the regime has full control of Aleppo after a final convoy of rebel fighters left the city"
    base = "http://example.org/article/1"
    a = item(base + "#c100-190", "speaker-a", {"assad", "aleppo"}, {"aleppo"}, text, names, "2017-04-04")
    b = item(base + "#c900-990", "speaker-b", {"assad", "aleppo"}, {"aleppo"}, text, names, "2017-04-04")
    assert relate(a, b) is None
    other = item("http://example.org/article/2#c10-100", "speaker-b", {"assad", "aleppo"}, {"aleppo"},
                 text, names, "2017-04-04")
    rel = relate(a, other)
    assert rel is not None and rel.kind == "agrees"


def test_a_lower_bound_read_from_a_figure_that_lost_its_first_word():
    """'least 58 people' (the span of 'at least 58 people') is still a lower bound: tolls of
    at least 58 and at least 72 from two outlets the same day agree, they do not contradict."""
    from kg.compare.quantities import Figure, interval, relate_figures

    assert interval("least 58 people", 58) == (58, float("inf"))
    assert interval("many as 100 Russian troops", 100) == (0.0, 100)
    assert interval("58 people", 58) == (58, 58)
    a = Figure("a", "least 58 people", 58, "people", "kill", "art1", "2017-04-04", "ahram",
               frozenset({"khan-shaykhun"}))
    b = Figure("b", "least 72 people", 72, "people", "kill", "art2", "2017-04-04", "alaraby",
               frozenset({"khan-shaykhun"}))
    c = Figure("c", "48 people", 48, "people", "kill", "art3", "2017-04-04", "trt",
               frozenset({"khan-shaykhun"}))
    assert relate_figures(a, b).kind == "agrees"
    assert relate_figures(b, c).kind == "contradicts"


def test_died_and_killed_count_the_same_toll():
    """'22 people died' and 'killing 44 people', one bombing the same day: the tolls contradict;
    'wounded' stays another count."""
    from kg.compare.quantities import Figure, relate_figures

    died = Figure("a", "22 people", 22, "people", "died", "art1", "2016-07-27", "ahram",
                  frozenset({"qamishli"}))
    killed = Figure("b", "44 people", 44, "people", "killing", "art2", "2016-07-27", "dailysabah",
                    frozenset({"qamishli"}))
    wounded = Figure("c", "44 people", 44, "people", "wounded", "art3", "2016-07-27", "trt",
                     frozenset({"qamishli"}))
    assert relate_figures(died, killed).kind == "contradicts"
    assert relate_figures(died, wounded) is None
