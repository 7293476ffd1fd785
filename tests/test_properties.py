"""Properties over arbitrary input (hypothesis): extraction never fails and its spans are
true to the text; every IRI kg mints is valid and survives Turtle and N-Quads."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg import vocab as V

# The ``nlp`` fixture is session-scoped, so hypothesis may reuse it across examples.
EXTRACT = settings(max_examples=40, deadline=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
IRIS = settings(max_examples=200, deadline=None)

# Pieces that steer the pipeline into every extractor: names, speech verbs, quotes,
# numbers and amounts, around arbitrary Unicode.
NAMES = ["Haider al-Abadi", "ISIS", "the Islamic State", "Iraq", "Mosul", "Bashar al-Assad",
         "the United Nations", "Damascus", "François Hollande", "Raqqa", "he", "officials"]
VERBS = ["said", "told reporters", "warned", "claimed", "added", "denied", "according to"]
QUOTES = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "«", "»"]
NUMBERS = ["14", "1,200", "$400 million", "3.5%", "dozens of", "two", "100,000 people"]
WORDS = ["killed", "protesters", "the army", "liberated", "in", "on Monday", ".", ",", "\n\n", " "]

piece = st.one_of(
    st.sampled_from(NAMES), st.sampled_from(VERBS), st.sampled_from(QUOTES),
    st.sampled_from(NUMBERS), st.sampled_from(WORDS),
    st.text(max_size=12),  # any Unicode (no surrogates), controls and blanks included
)
article_text = st.one_of(
    st.text(max_size=200),
    st.lists(piece, max_size=40).map(" ".join),
    st.lists(piece, max_size=40).map("".join),
)


def check_span(text: str, start, end, stated, what: str) -> None:
    assert start is not None and end is not None, what
    assert 0 <= start <= end <= len(text), (what, start, end, len(text))
    assert text[start:end] == stated, (what, text[start:end], stated)


def check_extraction(text: str, ex) -> None:
    for s in ex.sentences:
        check_span(text, s.start, s.end, s.text, "sentence")
    for e in ex.entities:
        assert e.key and e.name, e
        for m in e.mentions:
            check_span(text, m.start, m.end, m.text, "mention")
    for c in ex.claims:
        check_span(text, c.start, c.end, c.text, "claim")
        if c.speaker_start is not None or c.speaker_end is not None:
            # the speaker as written, its runs of blanks (blanked page furniture) as one space
            assert c.speaker_start is not None and c.speaker_end is not None
            assert 0 <= c.speaker_start <= c.speaker_end <= len(text)
            assert c.speaker == " ".join(text[c.speaker_start:c.speaker_end].split()), c
        if c.cue_start is not None or c.cue_end is not None:
            check_span(text, c.cue_start, c.cue_end, c.cue, "claim cue")
    for q in ex.quantities:
        check_span(text, q.start, q.end, q.text, "quantity")


@EXTRACT
@given(text=article_text)
def test_any_text_extracts_with_true_spans(nlp, text):
    from kg.extract import extract

    check_extraction(text, extract(nlp(text)))


@EXTRACT
@given(text=article_text)
def test_extraction_of_any_text_makes_valid_quads(nlp, text):
    from kg.extract import extract
    from kg.model import Article
    from kg.rdf import article_quads

    article = Article(identifier="prop.txt", text=text, source="prop.txt")
    quads = article_quads(article, extract(nlp(text)))
    assert_round_trips(quads)


def assert_round_trips(quads) -> None:
    """N-Quads and TriG (and Turtle for the default-graph triples) give back the same quads."""
    quads = list(quads)
    for fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        data = ox.serialize(quads, format=fmt)
        assert set(ox.parse(data, format=fmt)) == set(quads), fmt
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    for fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
        data = ox.serialize(triples, format=fmt)
        back = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=fmt)}
        assert back == set(triples), fmt


def _valid_iri(iri: str) -> None:
    node = ox.NamedNode(iri)  # raises ValueError for an invalid IRI
    assert node.value == iri
    assert not any(c in iri for c in ' <>"{}|^`\\') and iri.isprintable()


@IRIS
@given(x=st.text())
def test_minted_iris_are_valid_and_round_trip(x):
    ent = V.entity_iri(V.slug(x))
    art = V.article_iri(x)
    assert ent.startswith(V.ENTITY) and art.startswith(V.ARTICLE)
    _valid_iri(ent)
    _valid_iri(art)
    e, a = ox.NamedNode(ent), ox.NamedNode(art)
    quads = [
        ox.Quad(e, ox.NamedNode(V.SCHEMA + "name"), ox.Literal(x), a),
        ox.Quad(a, ox.NamedNode(V.SCHEMA + "mentions"), e, a),
        ox.Quad(ox.NamedNode(f"{art}#m0-1"), ox.NamedNode(V.KG + "mentionOf"), e, a),
        ox.Quad(e, ox.NamedNode(V.SCHEMA + "alternateName"), ox.Literal(x, language="en"), a),
    ]
    assert_round_trips(quads)


@IRIS
@given(x=st.text(min_size=1))
def test_slug_is_stable_and_iri_safe(x):
    key = V.slug(x)
    assert key and key == V.slug(key)
    _valid_iri(V.entity_iri(key))


@pytest.mark.parametrize("x", ["", " ", "\x00", "a/b?c#d", "..", "%41", "\u202e", "🙂", "\r\n"])
def test_awkward_identifiers_mint_valid_article_iris(x):
    _valid_iri(V.article_iri(x))
    _valid_iri(V.entity_iri(V.slug(x)))
