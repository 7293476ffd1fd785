"""Words that say nothing of their own: an answer to a message and a reporter's request for
comment (``did not respond to a request for comment``), an audience addressed (``addressed
the nation``), a relative clause set in the polls (``whose party trails in the polls``) are
no claims; what an answer is about, a request for something else, a matter addressed, and
the hearers left out of what was told, stay as they were (real spaCy model, new
sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "Jane Roe's office did not respond to a request for comment.",
    "The Roe campaign did not immediately respond to emails and phone calls on Sunday.",
    "Tom Baker did not reply to several messages left at his office.",
    "A spokesman for Jane Roe did not respond to requests for comment on the report.",
    "The Roe campaign did not immediately respond to the Gazette's request for comment.",
    "Tom Baker declined the newspaper's request for an interview."])
def test_an_answer_to_a_message_is_no_claim(claims_of, sentence):
    assert claims_of(sentence) == []


def test_what_an_answer_is_about_stays_a_claim(claims_of):
    found = claims_of("Jane Roe responded to the attack with a statement on Sunday.")
    assert [c.text for c in found] == ["the attack"]


def test_a_request_for_something_else_stays_a_claim(claims_named):
    found, names = claims_named("Jane Roe's request for a ceasefire was rejected on Sunday.")
    assert [(c.text, names[c.speaker_key]) for c in found] == [("a ceasefire", "Jane Roe")]


@pytest.mark.parametrize("sentence", ["Jane Roe addressed the nation on Sunday.",
                                      "Jane Roe addressed reporters outside the court."])
def test_an_audience_addressed_is_no_claim(claims_of, sentence):
    assert claims_of(sentence) == []


def test_a_matter_addressed_stays_a_claim(claims_of):
    assert [c.text for c in claims_of("Jane Roe addressed the crisis on Monday.")] == [
        "the crisis"]


def test_the_hearers_of_telling_stay_out_of_what_was_told(claims_of):
    found = claims_of("Jane Roe distrusts the agency \u2014 which she has told advisers is "
                      "run by people who hate her.")
    told = [c for c in found if c.cue == "told"]
    assert [c.text for c in told] == ["is run by people who hate her"]


def test_a_relative_clause_set_in_the_polls_is_no_finding(claims_of):
    found = claims_of("Asked about the letter, Tom Baker said the premier was playing "
                      "politics. Baker, whose party trails in the polls, has accused Jane Roe "
                      "of picking fights with Ottawa.")
    assert [c.cue for c in found] == ["said", "accused"]
