"""Claims in RDF: one act each, the speaker as written, and "I" credited to the byline."""

from __future__ import annotations

import pyoxigraph as ox

from kg import vocab as V
from kg.model import Article, Claim, Extraction
from kg.rdf import article_quads

TEXT = "I think the bridge will close. A cab driver said the road was unsafe."


def _claim(start: int, end: int, speaker: str, s: int, act: str = "Statement") -> Claim:
    return Claim(start=start, end=end, text=TEXT[start:end], kind="reported", sentence=0,
                 cue="said", cue_start=0, cue_end=1, speaker=speaker, speaker_start=s,
                 speaker_end=s + len(speaker), act=act)


def _graph(authors: tuple[str, ...]):
    art = Article(identifier="a1", text=TEXT, source="a1.txt", authors=authors)
    ext = Extraction(sentences=(), entities=(), claims=(
        _claim(8, 29, "I", 0, "Belief"), _claim(51, 70, "A cab driver", 31)), quantities=())
    g = ox.Dataset(article_quads(art, ext))
    return {(str(q.subject), str(q.predicate), str(q.object)) for q in g}


def test_every_claim_has_its_act_and_its_speaker_as_written():
    triples = _graph(("Jane Roe",))
    acts = {(s, o) for s, p, o in triples if p == f"<{V.KG}act>"}
    assert {o for _, o in acts} == {f"<{V.KG}Belief>", f"<{V.KG}Statement>"} and len(acts) == 2
    spoken = {o for s, p, o in triples if p == f"<{V.KG}speakerText>"}
    assert spoken == {'"I"', '"A cab driver"'}


def test_i_outside_quotes_is_the_single_author_and_others_stay_unnamed():
    triples = _graph(("Jane Roe",))
    authors = {o for s, p, o in triples if p == f"<{V.SCHEMA}author>" and "#c" in s}
    assert f"<{V.entity_iri('jane-roe')}>" in authors
    unnamed = [s for s, p, o in triples if o == f"<{V.KG}UnnamedSource>"]
    assert len(unnamed) == 1  # the cab driver


def test_i_with_no_single_author_stays_unnamed():
    for authors in ((), ("Jane Roe", "John Doe")):
        triples = _graph(authors)
        assert len([s for s, p, o in triples if o == f"<{V.KG}UnnamedSource>"]) == 2
