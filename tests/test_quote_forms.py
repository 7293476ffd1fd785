"""Quotes in forms the extractor had missed: a quote of several short sentences in capitals,
and an opening quotation mark glued to the comma or colon before it (real spaCy model)."""

from __future__ import annotations

from speaker_helpers import claim_starting, speaker_of


def test_capitalised_quote_of_several_sentences_is_speech(claims_named):
    found, names = claims_named(
        "Jane Roe spoke at the town hall on Monday. \u201cLike Paris. Or Berlin,\u201d Roe "
        "said. \u201cThe rents are higher there.\u201d")
    assert speaker_of(found, names, "Like Paris. Or Berlin") == ("Roe", "Jane Roe")
    assert speaker_of(found, names, "The rents are higher") == ("Roe", "Jane Roe")


def test_quoted_title_is_still_no_speech(claims_of):
    found = claims_of("Jane Roe wrote \u201cThe Art of Building Bridges,\u201d which sold "
                      "well in the spring.")
    assert not [c for c in found if c.text.startswith("The Art of")]


def test_quote_glued_to_the_comma_before_it(claims_named):
    found, names = claims_named(
        "Jane Roe, the mayor, spoke to reporters.\n\nRoe said,\u201cWe will win the vote in "
        "the spring, and then we will build the bridge.\u201d")
    c = claim_starting(found, "We will win the vote")
    assert c.kind == "direct"
    assert (c.speaker, names.get(c.speaker_key)) == ("Roe", "Jane Roe")


def test_clitic_with_typographic_apostrophe_is_read_as_the_straight_one(claims_named):
    found, names = claims_named(
        "Tom Baker has promised to act on the rents. He\u2019s said he\u2019ll withdraw from "
        "the trade deal.")
    assert speaker_of(found, names, "he\u2019ll withdraw") == ("He", "Tom Baker")


def test_subject_after_a_dateline_naming_an_agency(claims_named):
    found, names = claims_named(
        "WASHINGTON (Reuters) - Senate leader Jane Roe on Thursday accused the board of "
        "hiding the costs of the bridge.")
    assert speaker_of(found, names, "the board of hiding") == ("Senate leader Jane Roe",
                                                                "Jane Roe")


def test_that_clause_hung_on_a_quoted_show_title(nlp):
    # "said on NBC's "Meet the Press" on Sunday that the panel ...": the parser may take the
    # show's verb for a clause of the cue's and hang the that-clause on it (as it does in
    # some articles)
    from spacy.tokens import Doc

    from kg.extract.misparsed import misparsed_complement

    words = ["Roe", "said", "on", "NBC", "\u2019s", "\u201c", "Meet", "the", "Press",
             "\u201d", "on", "Sunday", "that", "the", "panel", "has", "begun", "."]
    heads = [1, 1, 1, 2, 3, 6, 1, 8, 6, 6, 6, 10, 16, 14, 16, 16, 6, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "case", "punct", "advcl", "compound", "dobj",
            "punct", "prep", "pobj", "mark", "det", "nsubj", "aux", "ccomp", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    said = doc[1]
    assert [t.text for t in misparsed_complement(said, list(said.children))] == ["begun"]
    # a that-clause of the show's own, before its closing mark, is not the cue's
    words[9], words[12] = "that", "\u201d"
    deps[9], deps[12] = "mark", "punct"
    heads[9], heads[12] = 16, 6
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    said = doc[1]
    assert misparsed_complement(said, list(said.children)) == []


def test_verb_after_apostrophe_s_with_an_object_is_active(nlp):
    # "he's heralded plans to ...": the parser may read "'s" as "is", a passive, though a
    # passive takes no object
    from spacy.tokens import Doc

    from kg.extract.cues import _has_said

    words = ["Though", "he", "\u2019s", "heralded", "plans", "to", "go", ",", "it", "is",
             "weak", "."]
    heads = [3, 3, 3, 9, 3, 6, 4, 9, 9, 9, 9, 9]
    deps = ["mark", "nsubjpass", "auxpass", "advcl", "dobj", "aux", "acl", "punct", "nsubj",
            "ROOT", "acomp", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert _has_said(doc[3]).text == "he"
    deps[4] = "npadvmod"  # no object: a passive ("he's heralded today")
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
    assert _has_said(doc[3]) is None
    # an infinitive of a verb whose subject does it ("he's sought to protect"), not of one
    # a passive takes ("he's expected to win")
    for verb, lemma, who in (("sought", "seek", "he"), ("expected", "expect", None)):
        words = ["he", "\u2019s", verb, "to", "protect", "it", "."]
        doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 4, 2, 4, 2],
                  deps=["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "dobj", "punct"],
                  lemmas=["he", "be", lemma, "to", "protect", "it", "."])
        found = _has_said(doc[2])
        assert (found.text if found is not None else None) == who
