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
