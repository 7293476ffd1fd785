"""The speakers scorer (kg.eval_speakers) and the hand-checked dev set data/eval/speakers-dev.jsonl."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.cli import main
from kg.eval_speakers import (GoldQuote, SpeakerEvalError, SpeakerScore, check_article, evaluate,
                              format_details, format_report, load_articles, names_match,
                              normalize_name, read_gold, score_article, text_digest)
from kg.model import Claim, Entity

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "data" / "eval" / "speakers-dev.jsonl"
BUNDLED = ROOT / "data" / "eval" / "speakers-bundled.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus"

TEXT = ('Senator Jane Roe said the bridge would reopen in May. "We are ready," she added. '
        'A senior official said the money was gone. "Nobody asked us," the mayor said.')


def _span(part: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def _gold(part: str, speaker: str | None, **kw) -> GoldQuote:
    return GoldQuote(spans=(_span(part),), speaker=speaker, **kw)


def _claim(start: int, end: int, speaker: str | None = None, key: str | None = None) -> Claim:
    return Claim(start=start, end=end, text=TEXT[start:end], kind="reported", sentence=0,
                 speaker=speaker, speaker_key=key)


GOLD = [
    _gold("the bridge would reopen in May", "Jane Roe"),
    _gold("We are ready", "Jane Roe"),
    _gold("the money was gone", None),
    _gold("Nobody asked us", "Tom Baker"),
]
ROE = Entity(key="jane_roe", name="Jane Roe", kind="Person", aliases=("Roe", "Senator Roe"))
BAKER = Entity(key="tom_baker", name="Tom Baker", kind="Person")


def test_overlap_rule_is_thirty_percent_of_the_gold_span():
    s, e = _span("the bridge would reopen in May")  # 30 characters: 9 are below 30%, 9 are it
    below = score_article(GOLD[:1], [_claim(e - 8, e + 5, "Jane Roe", "jane_roe")], [ROE])[0]
    at = score_article(GOLD[:1], [_claim(e - 9, e + 5, "Jane Roe", "jane_roe")], [ROE])[0]
    assert (below.found, below.claims_right) == (0, 0)
    assert (at.found, at.claims_right, at.right) == (1, 1, 1)


def test_verdicts_right_unresolved_wrong_and_unnamed():
    claims = [
        _claim(*_span("the bridge would reopen in May"), "Senator Jane Roe", "jane_roe"),
        _claim(*_span("We are ready"), "she", None),  # a pronoun left unresolved
        _claim(*_span("the money was gone"), "A senior official", None),  # truly unnamed: right
        _claim(*_span("Nobody asked us"), "the mayor", "jane_roe"),  # credited to Roe: wrong
        _claim(*_span("Senator Jane Roe"), None, None),  # not a quote: a precision miss
    ]
    s, outcomes = score_article(GOLD, claims, [ROE, BAKER])
    assert [o.verdict for o in outcomes] == ["right", "unresolved", "right", "wrong"]
    assert outcomes[3].actor == "Jane Roe"
    assert s == SpeakerScore(gold=4, found=4, claims=5, claims_right=4, named=3, right=1,
                             unresolved=1, unresolved_pronoun=1, wrong=1, unnamed=1,
                             unnamed_right=1, gold_named=3)
    assert s.precision == 0.8 and s.recall == 1.0


def test_the_claim_sharing_most_characters_decides_the_speaker():
    s, e = _span("We are ready")
    small = _claim(s, s + 4, "Tom Baker", "tom_baker")
    big = _claim(s, e, "she", "jane_roe")
    score, outcomes = score_article(GOLD[1:2], [small, big], [ROE, BAKER])
    assert outcomes[0].verdict == "right" and outcomes[0].claim == big
    assert score.claims_right == 2  # both claims cover at least 30% of the quote


def test_unnamed_source_credited_to_an_actor_is_wrong_and_missed_quotes_count():
    claims = [_claim(*_span("the money was gone"), "A senior official", "tom_baker")]
    s, outcomes = score_article(GOLD, claims, [BAKER])
    assert [o.verdict for o in outcomes] == ["missed", "missed", "wrong", "missed"]
    assert (s.found, s.unnamed, s.unnamed_right, s.gold_named) == (1, 1, 0, 3)


def test_names_are_compared_without_titles_accents_case_or_initials():
    assert normalize_name("Secretary of State John F. Kerry") == "of state john kerry"
    assert names_match("John F. Kerry", ["John Kerry"])
    assert names_match("Recep Tayyip Erdoğan", ["Erdogan"])
    assert names_match("Trump", ["Donald Trump"]) and names_match("Donald Trump", ["Mr. Trump"])
    assert not names_match("Donald Trump", ["Ivanka Trump"])
    assert not names_match("Jane Roe", ["Roe v. Wade"])
    assert names_match("Ana Paula de Oliveira Castro", ["Paula de Oliveira Castro"])
    # an actor without a record in the entities: its key stands for its name
    s, outcomes = score_article(GOLD[:1], [_claim(*_span("the bridge would reopen in May"),
                                                  "Roe", "jane_roe")])
    assert outcomes[0].verdict == "right"


def test_gold_alternative_names():
    g = GoldQuote(spans=(_span("Nobody asked us"),), speaker="Tom Baker", also=("City Hall",))
    hall = Entity(key="city_hall", name="City Hall", kind="Organization")
    _, outcomes = score_article([g], [_claim(*_span("Nobody asked us"), "the mayor", "city_hall")],
                                [hall])
    assert outcomes[0].verdict == "right"


def _corpus(tmp_path: Path, text: str = TEXT) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    with gzip.open(folder / "news.jsonl.gz", "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a1", "title": "Bridge", "text": "unrelated text"}) + "\n")
        f.write(json.dumps({"id": "a2", "title": "Bridge", "text": text}) + "\n")
    return folder


def _gold_file(tmp_path: Path, quotes, sha: str | None = None, record: str = "a2") -> Path:
    rec = {"corpus": "news.jsonl.gz", "id": record, "sha256": sha or text_digest(TEXT),
           "quotes": [{"spans": [list(s) for s in q.spans], "speaker": q.speaker,
                       "speaker_text": q.speaker_text, "head": q.head, "cue": q.cue,
                       "kind": q.kind} for q in quotes]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return path


def test_gold_file_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"corpus": "x", "id": "1", "sha256": "0", "quotes": []}\n{"id": 2}\n')
    with pytest.raises(SpeakerEvalError, match=r"bad.jsonl:2: not a gold article"):
        read_gold(bad)
    with pytest.raises(SpeakerEvalError, match="no annotated articles"):
        read_gold(_write(tmp_path / "empty.jsonl", "\n"))
    corpus = _corpus(tmp_path)
    with pytest.raises(SpeakerEvalError, match="text changed"):
        load_articles(corpus, read_gold(_gold_file(tmp_path, GOLD, sha="0" * 64)))
    with pytest.raises(SpeakerEvalError, match="no record zz"):
        load_articles(corpus, read_gold(_gold_file(tmp_path, GOLD, record="zz")))
    with pytest.raises(SpeakerEvalError, match="corpus file not found"):
        load_articles(tmp_path, read_gold(_gold_file(tmp_path, GOLD)))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_check_article_reports_spans_that_do_not_fit():
    g = read_gold_one(GoldQuote(spans=((5, 400),), speaker=None, head="Jane"))
    problems = check_article(g, TEXT)
    assert any("outside the text" in p for p in problems)
    assert any("does not start with 'Jane'" in p for p in problems)


def read_gold_one(q: GoldQuote):
    from kg.eval_speakers import GoldArticle

    return GoldArticle(corpus="x", id="a", sha256="", quotes=(q,))


def test_evaluate_end_to_end_with_the_real_pipeline(tmp_path, nlp):
    gold = [GoldQuote(spans=(_span("the bridge would reopen in May"),), speaker="Jane Roe",
                      head="the bridge"),
            GoldQuote(spans=(_span("We are ready"),), speaker="Jane Roe", head="We are")]
    report = evaluate(_gold_file(tmp_path, gold), _corpus(tmp_path), nlp=nlp)
    s = report.score
    assert report.articles == 1 and s.gold == 2 and s.gold_named == 2
    assert s.found >= 1 and s.named == s.right + s.unresolved + s.wrong == s.found
    first = report.outcomes[0][1]
    assert first.verdict != "missed" and first.claim.speaker_start is not None
    assert TEXT[first.claim.start:first.claim.end].startswith("the bridge")
    table = format_report(report)
    assert table.splitlines()[0] == ("gold.jsonl: 1 articles, 2 gold quotes (2 with a "
                                     f"named speaker), {s.claims} kg claims")
    details = format_details(report).splitlines()
    not_gold = [line for line in details if " not gold " in line]
    assert len(details) - len(not_gold) == s.gold - s.right
    assert len(not_gold) == s.claims - s.claims_right == len(report.unmatched)
    # the two statements left out of this gold are what costs precision
    assert {TEXT[c.start:c.end] for _, c in report.unmatched} <= {"the money was gone",
                                                                  "Nobody asked us"}


def test_cli_needs_one_gold_and_a_corpus(tmp_path, capsys):
    assert main(["eval"]) == 2
    assert "one of --polnear DIR, --speakers FILE" in capsys.readouterr().err
    assert main(["eval", "--speakers", str(_gold_file(tmp_path, GOLD))]) == 2
    assert "--speakers needs --corpus" in capsys.readouterr().err
    assert main(["eval", "--speakers", str(tmp_path / "x.jsonl")]) == 1
    assert "x.jsonl" in capsys.readouterr().err
    gold = _gold_file(tmp_path, GOLD, sha="0" * 64)
    assert main(["eval", "--speakers", str(gold), "--corpus", str(_corpus(tmp_path))]) == 1
    assert "text changed" in capsys.readouterr().err


# ---- the dev set itself -----------------------------------------------------------------

def test_dev_set_is_well_formed():
    gold = read_gold(DEV)
    assert len(gold) >= 30 and len({(g.corpus, g.id) for g in gold}) == len(gold)
    for g in gold:
        assert len(g.sha256) == 64 and g.quotes, g.id
        starts = [q.spans[0][0] for q in g.quotes]
        assert len(set(starts)) == len(starts), g.id
        for q in g.quotes:
            assert q.kind in ("direct", "reported", "mixed") and q.head, (g.id, q)
            assert q.speaker is None or q.speaker.strip() == q.speaker != "", (g.id, q)
            assert all(s < e for s, e in q.spans) and list(q.spans) == sorted(q.spans)


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"the corpus folder {CORPUS} is absent")
def test_dev_set_spans_fit_the_corpus_texts():
    gold = read_gold(DEV)
    articles = load_articles(CORPUS, gold)  # raises when a text changed since annotation
    for g in gold:
        assert check_article(g, articles[(g.corpus, g.id)].text) == [], g.id
        body = articles[(g.corpus, g.id)].body()
        for q in g.quotes:  # every quote lies in text kg extracts from, not in blanked furniture
            s, e = q.spans[0]
            assert body[s:e].strip(), (g.id, q.head)


def test_same_record_id_in_two_corpus_files_is_two_articles(tmp_path, nlp):
    corpus = _corpus(tmp_path)
    other = 'Officials met on Monday. "The road is closed," Tom Baker said.'
    (corpus / "wire.csv").write_text("id,title,text\na2,Road,\"" + other.replace('"', '""')
                                     + "\"\n", encoding="utf-8")
    start = other.index("The road")
    recs = [{"corpus": "news.jsonl.gz", "id": "a2", "sha256": text_digest(TEXT),
             "quotes": [{"spans": [list(_span("We are ready"))], "speaker": "Jane Roe"}]},
            {"corpus": "wire.csv", "id": "a2", "sha256": text_digest(other),
             "quotes": [{"spans": [[start, start + len("The road is closed")]],
                         "speaker": "Tom Baker", "head": "The road"}]}]
    gold_path = _write(tmp_path / "two.jsonl", "".join(json.dumps(r) + "\n" for r in recs))
    gold = read_gold(gold_path)
    articles = load_articles(corpus, gold)
    assert articles[("wire.csv", "a2")].text == other
    assert articles[("news.jsonl.gz", "a2")].text == TEXT
    report = evaluate(gold_path, corpus, nlp=nlp)
    assert [name for name, _ in report.by_corpus] == ["news.jsonl.gz", "wire.csv"]
    assert sum((s for _, s in report.by_corpus), SpeakerScore()) == report.score
    rows = format_report(report).splitlines()
    assert rows[-3].startswith("by corpus") and rows[-1].lstrip().startswith("wire.csv")


def test_evaluate_scores_only_the_acts_asked_for(tmp_path, nlp):
    gold = [GoldQuote(spans=(_span("the bridge would reopen in May"),), speaker="Jane Roe",
                      head="the bridge")]
    path, corpus = _gold_file(tmp_path, gold), _corpus(tmp_path)
    every = evaluate(path, corpus, nlp=nlp)
    statements = evaluate(path, corpus, nlp=nlp, acts=("Statement",))
    beliefs = evaluate(path, corpus, nlp=nlp, acts=("Belief",))
    assert every.score.found == statements.score.found == 1      # "said" is a statement
    assert beliefs.score.found == 0 and beliefs.score.claims <= every.score.claims


# ---- the bundled articles' gold: files named relative to the gold file ----------------------

def test_gold_may_name_files_relative_to_itself(tmp_path):
    folder = tmp_path / "eval"
    folder.mkdir()
    (tmp_path / "texts").mkdir()
    _write(tmp_path / "texts" / "roe.txt", TEXT)
    rec = {"corpus": "../texts/roe.txt", "id": "roe.txt", "sha256": text_digest(TEXT),
           "quotes": [{"spans": [list(_span("We are ready"))], "speaker": "Jane Roe"}]}
    gold = read_gold(_write(folder / "gold.jsonl", json.dumps(rec) + "\n"))
    assert not gold[0].needs_corpus and Path(gold[0].path) == (tmp_path / "texts" / "roe.txt")
    articles = load_articles(None, gold)  # no corpus folder needed
    assert articles[("../texts/roe.txt", "roe.txt")].text == TEXT
    # a name without ./ or ../ is a corpus file: it needs the corpus folder
    named = read_gold(_gold_file(tmp_path, GOLD))
    assert named[0].needs_corpus and named[0].path == ""
    with pytest.raises(SpeakerEvalError, match="give the corpus folder"):
        load_articles(None, named)
    (tmp_path / "texts" / "roe.txt").unlink()
    with pytest.raises(SpeakerEvalError, match="roe.txt: corpus file not found"):
        load_articles(None, gold)


def test_bundled_gold_fits_the_bundled_articles():
    gold = read_gold(BUNDLED)
    assert {g.id for g in gold} == {p.name for p in (ROOT / "data" / "articles").glob("*.txt")}
    articles = load_articles(None, gold)  # raises when an article changed since annotation
    for g in gold:
        assert not g.needs_corpus and g.corpus == "../articles/" + g.id
        text = articles[(g.corpus, g.id)].text
        assert check_article(g, text) == [], g.id
        starts = [q.spans[0][0] for q in g.quotes]
        assert starts == sorted(set(starts)), g.id
        for q in g.quotes:
            assert q.kind in ("direct", "reported", "mixed") and q.head, (g.id, q)
            assert articles[(g.corpus, g.id)].body()[q.spans[0][0]:q.spans[0][1]].strip()
    quotes = [q for g in gold for q in g.quotes]
    by_text = {q.speaker_text: q.speaker for q in quotes}
    # descriptions resolved to the name the article gives further on, reports to their issuer
    assert by_text["an official in the U.S-led coalition"] == "Myles Caggins"
    assert by_text["a new report"] == "Al-Masdar News"
    assert by_text["the report"] == "Pentagon inspector general"
    assert by_text["A cab driver"] is None


def test_bundled_gold_scored_with_the_real_extraction(nlp, capsys):
    """kg eval --speakers on the bundled articles: no --corpus, real pipeline, sane scoring."""
    report = evaluate(BUNDLED, nlp=nlp)
    s = report.score
    gold = read_gold(BUNDLED)
    assert report.articles == 5 and s.gold == sum(len(g.quotes) for g in gold)
    assert s.gold_named == sum(1 for g in gold for q in g.quotes if q.speaker)
    assert s.found == s.named + s.unnamed and s.named == s.right + s.unresolved + s.wrong
    assert s.claims - s.claims_right == len(report.unmatched)
    assert report.by_corpus == (("../articles/", s),)   # one folder, one row
    verdicts = {(art, o.quote.speaker_text): o for art, o in report.outcomes}
    caggins = verdicts[("003_bc2177a8227d8cb8.txt", "Caggins")]
    assert caggins.verdict == "right" and caggins.actor and "Caggins" in caggins.actor
    for art, o in report.outcomes:   # a right verdict names the gold speaker, or none for unnamed
        if o.verdict == "right":
            assert (o.actor is None) == (o.quote.speaker is None), (art, o)
            if o.actor:
                names = [o.quote.speaker, *o.quote.also]
                assert any(names_match(n, [o.actor]) for n in names) or o.claim.speaker_key
    statements = evaluate(BUNDLED, nlp=nlp, acts=("Statement",))
    assert statements.score.gold == s.gold and statements.score.claims <= s.claims
    assert main(["eval", "--speakers", str(BUNDLED)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == (f"speakers-bundled.jsonl: 5 articles, {s.gold} gold quotes "
                                   f"({s.gold_named} with a named speaker), {s.claims} kg claims")
