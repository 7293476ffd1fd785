"""The held-out speakers test set data/eval/speakers-test.jsonl and the later dev sets
speakers-dev2.jsonl, speakers-dev3.jsonl and speakers-dev4.jsonl, read with kg's gold loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.speakers_gold import check_article, load_articles, read_gold

ROOT = Path(__file__).resolve().parent.parent
TEST = ROOT / "data" / "eval" / "speakers-test.jsonl"
DEV = ROOT / "data" / "eval" / "speakers-dev.jsonl"
DEV2 = ROOT / "data" / "eval" / "speakers-dev2.jsonl"
DEV3 = ROOT / "data" / "eval" / "speakers-dev3.jsonl"
DEV4 = ROOT / "data" / "eval" / "speakers-dev4.jsonl"
SETS = pytest.mark.parametrize("path", [TEST, DEV2, DEV3, DEV4], ids=["test", "dev2", "dev3", "dev4"])
CORPUS = ROOT.parent / "shared" / "corpus"


@SETS
def test_test_set_is_well_formed(path):
    gold = read_gold(path)
    assert len(gold) >= 20 and len({(g.corpus, g.id) for g in gold}) == len(gold)
    assert len({g.outlet for g in gold}) == len(gold)  # one article per outlet
    for g in gold:
        assert g.needs_corpus and g.corpus in ("allsides-world-mideast.jsonl.gz", "fakes-syria.csv")
        assert len(g.sha256) == 64 and g.quotes, g.id
        starts = [q.spans[0][0] for q in g.quotes]
        assert starts == sorted(starts) and len(set(starts)) == len(starts), g.id
        for q in g.quotes:
            assert q.kind in ("direct", "reported", "mixed") and q.head, (g.id, q)
            assert q.speaker is None or q.speaker.strip() == q.speaker != "", (g.id, q)
            assert all(s < e for s, e in q.spans) and list(q.spans) == sorted(q.spans), (g.id, q)
            assert all(e1 <= s2 for (_, e1), (s2, _) in zip(q.spans, q.spans[1:])), (g.id, q)
            assert (q.speaker_span is None) == (q.speaker_text == ""), (g.id, q)
            if q.speaker_span:
                s, e = q.speaker_span
                assert e - s == len(q.speaker_text), (g.id, q)


def test_the_sets_share_no_article():
    sets = [{(g.corpus, g.id) for g in read_gold(p)} for p in (DEV, DEV2, DEV3, DEV4, TEST)]
    assert sum(len(s) for s in sets) == len(set().union(*sets))


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the corpus folder {CORPUS} is absent")
@SETS
def test_test_set_spans_fit_the_corpus_texts(path):
    gold = read_gold(path)
    articles = load_articles(CORPUS, gold)  # raises when a text changed since annotation
    for g in gold:
        article = articles[(g.corpus, g.id)]
        assert check_article(g, article.text) == [], g.id
        body = article.body()
        for q in g.quotes:  # every piece lies in text kg extracts from, not in blanked furniture
            for s, e in q.spans:
                assert body[s:e].strip(), (g.id, q.head)
