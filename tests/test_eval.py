"""The PolNeAR scorer on a small hand-made brat corpus (written to tmp_path)."""

from __future__ import annotations

import pytest

from kg.eval import (EvalError, GoldAttribution, Score, evaluate, format_report, load_split,
                     read_brat, score_document)
from kg.model import Claim, Entity, Mention

TEXT = ('Tom Baker said the bridge would reopen in May. "We are ready," Ann Smith said.\n\n'
        'The weather was fine, according to the airport.\n')


def _span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def _t(n: int, label: str, span: tuple[int, int]) -> str:
    return f"T{n}\t{label} {span[0]} {span[1]}\t{TEXT[span[0]:span[1]]}"


GOLD = "\n".join([
    _t(1, "Source", _span(TEXT, "Tom Baker")),
    _t(2, "Cue", _span(TEXT, "said")),
    _t(3, "Content", _span(TEXT, "the bridge would reopen in May")),
    _t(4, "Attribution", _span(TEXT, "said")),
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
    _t(5, "Source", _span(TEXT, "Ann Smith")),
    _t(6, "Cue", _span(TEXT, "said", 1)),
    _t(7, "Content", _span(TEXT, '"We are ready,"')),
    _t(8, "Attribution", _span(TEXT, "said", 1)),
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
    _t(9, "Source", _span(TEXT, "the airport")),
    _t(10, "Cue", _span(TEXT, "according to")),
    _t(11, "Content", _span(TEXT, "The weather was fine")),
    _t(12, "Attribution", _span(TEXT, "according to")),
    "E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9",
    "#1\tAnnotatorNotes T3\ta note",
]) + "\n"


@pytest.fixture()
def corpus(tmp_path):
    """A PolNeAR-shaped folder: one dev article, two annotators (the second one ignored)."""
    root = tmp_path / "polnear"
    (root / "dev" / "text").mkdir(parents=True)
    (root / "dev" / "attributions").mkdir()
    (root / "dev" / "text" / "doc1.txt").write_text(TEXT, encoding="utf-8")
    (root / "dev" / "attributions" / "doc1_aaaa.ann").write_text(GOLD, encoding="utf-8")
    (root / "dev" / "attributions" / "doc1_bbbb.ann").write_text(
        "\n".join(GOLD.splitlines()[:5]) + "\n", encoding="utf-8")
    return root


def _claim(content: str, speaker: str | None, cue: str | None, *, nth: int = 0,
           key: str | None = None, kind: str = "reported") -> Claim:
    s, e = _span(TEXT, content)
    sp = _span(TEXT, speaker, nth) if speaker else (None, None)
    cu = _span(TEXT, cue, nth) if cue else (None, None)
    return Claim(start=s, end=e, text=content, kind=kind, sentence=0, cue=cue,
                 cue_start=cu[0], cue_end=cu[1], speaker=speaker, speaker_start=sp[0],
                 speaker_end=sp[1], speaker_key=key)


def test_read_brat_discontinuous_and_wrapped_surface():
    ann = ("T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 12;20 24\tfirst\nsecond\n"
           "T4\tContent 30 34\tmore\n"
           "E1\tAttribution:T2 Content:T3 Cue:T2 Content2:T4\n"
           "E2\tAttribution:T2 Cue:T2\n")
    rels = read_brat(ann)
    assert rels == [GoldAttribution(content=((8, 12), (20, 24), (30, 34)), source=(),
                                    cue=((3, 7),))]


def test_load_split_takes_the_first_annotator(corpus):
    docs = load_split(corpus, "dev")
    assert [(d, len(g)) for d, _, g in docs] == [("doc1", 3)]


def test_load_split_errors_are_one_line(tmp_path):
    with pytest.raises(EvalError, match="not a PolNeAR split"):
        load_split(tmp_path / "nowhere", "dev")
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir()
    with pytest.raises(EvalError, match="no annotated articles"):
        load_split(tmp_path, "dev")


def test_scores_with_known_precision_and_recall(corpus):
    _, text, gold = load_split(corpus, "dev")[0]
    pred = [
        # right claim, right speaker, right cue
        _claim("the bridge would reopen in May", "Tom Baker", "said"),
        # right claim (quote marks excluded), wrong speaker, wrong cue (the first "said")
        _claim("We are ready", "Tom Baker", "said", kind="direct"),
        # a claim the annotators did not mark
        _claim("the airport", None, None),
    ]
    s = score_document(text, gold, pred)
    assert s.claims == Score(tp_p=2, n_pred=3, tp_r=2, n_gold=3)
    assert round(s.claims.precision, 3) == 0.667 and round(s.claims.recall, 3) == 0.667
    # words: prediction 1 has 6/6, prediction 2 has 3/3 of gold's 3 ("We are ready")
    assert s.content == Score(tp_p=9, n_pred=9, tp_r=9, n_gold=9)
    assert s.speaker == Score(tp_p=1, n_pred=2, tp_r=1, n_gold=3)
    assert s.speaker_matched == (1, 2)
    assert s.cue == Score(tp_p=1, n_pred=2, tp_r=1, n_gold=3)


def test_pronoun_sources_accept_their_resolution():
    text = "Ann Smith arrived. She said it rained. Tom Baker, who said it snowed, left."
    she = _span2(text, "She")
    who = _span2(text, "who")
    gold = [
        GoldAttribution(content=(_span2(text, "it rained"),), source=(she,),
                        cue=(_span2(text, "said"),)),
        GoldAttribution(content=(_span2(text, "it snowed"),), source=(who,),
                        cue=(_span2(text, "said", 1),)),
    ]
    # an earlier named source stands in for the antecedent of "She"
    gold.insert(0, GoldAttribution(content=(_span2(text, "arrived"),),
                                   source=(_span2(text, "Ann Smith"),)))
    ann = Entity(key="ann", name="Ann Smith", kind="Person", mentions=(
        Mention(0, 9, "Ann Smith", 0, "PERSON", "Person"),))
    s1, e1 = _span2(text, "it rained")
    s2, e2 = _span2(text, "it snowed")
    tb = _span2(text, "Tom Baker")
    pred = [
        Claim(start=s1, end=e1, text="it rained", kind="reported", sentence=1,
              speaker="Ann Smith", speaker_start=0, speaker_end=9, speaker_key="ann"),
        Claim(start=s2, end=e2, text="it snowed", kind="reported", sentence=2,
              speaker="Tom Baker", speaker_start=tb[0], speaker_end=tb[1]),
    ]
    s = score_document(text, gold, pred, [ann])
    assert s.speaker.tp_p == 2
    # without the entity, "Ann Smith" overlaps nothing the annotators marked for "She"
    assert score_document(text, gold, pred).speaker.tp_p == 1


def _span2(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def test_evaluate_end_to_end(corpus, nlp):
    report = evaluate(corpus, split="dev", nlp=nlp)
    s = report.score
    assert report.articles == 1 and s.claims.n_gold == 3
    # the real extractor finds all three: "said", the quote, "according to"
    assert s.claims.tp_r == 3 and s.claims.tp_p == s.claims.n_pred == 3
    assert s.speaker.tp_r == 3 and s.cue.tp_r == 3
    assert report.words == 23 and report.claims_ms_per_1000_words > 0
    text = format_report(report)
    assert text.splitlines()[0] == ("PolNeAR dev: 1 articles, 3 gold attributions, "
                                    "3 predicted claims")
    assert "claims found      100.0  100.0  100.0" in text


def test_evaluate_limit_and_bad_split(corpus, nlp):
    assert evaluate(corpus, split="dev", nlp=nlp, limit=0).articles == 0
    with pytest.raises(EvalError):
        evaluate(corpus, split="test", nlp=nlp)
