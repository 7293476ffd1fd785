"""A cue set inside its sentence between commas (``Too often, he says, they get it wrong``)
reports the whole sentence: one claim of two pieces, the words before the cue and those
after it, the speaker and cue between them left out (real spaCy model, sentences written
for the tests)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(claims_named):
    return claims_named


def _one(claims, speaker: str):
    hits = [c for c in claims if c.speaker == speaker]
    assert len(hits) == 1, [(c.speaker, c.cue, c.text) for c in claims]
    return hits[0]


@pytest.mark.parametrize("text, speaker, cue, said", [
    ("Too often, the inspector says, the forms get lost in the mail.", "the inspector",
     "says", "Too often the forms get lost in the mail"),
    ("The flood, the agency said, destroyed nearly 300 homes along the river.", "the agency",
     "said", "The flood destroyed nearly 300 homes along the river"),
    ("After the vote in Lisbon, Mayor Tom Okafor said, the council closed the old bridge.",
     "Mayor Tom Okafor", "said", "After the vote in Lisbon the council closed the old bridge"),
    # a verb of a tense before the cue whose clause the words after it complete
    ("The new bridge was, the engineer said, a waste of public money.", "the engineer", "said",
     "The new bridge was a waste of public money"),
    # ... or an auxiliary of the verb after it ("would ... cost")
    ("The new toll would, the engineer said, cost the city millions.", "the engineer", "said",
     "The new toll would cost the city millions"),
    # ... also where the parser hung the aside on that auxiliary
    ("Clinics, the doctors argue, are better placed to take the fight to court.", "the doctors",
     "argue", "Clinics are better placed to take the fight to court"),
    # ... or gave the cue the subject before the aside as a second subject of its own
    ("Hospitals, the nurses argue, are better placed to treat the sick.", "the nurses",
     "argue", "Hospitals are better placed to treat the sick"),
    # the tagger takes "reports" for a plural noun: still the verb of the aside
    ("That decision, Reuters reports, came after weeks of talks with the union.", "Reuters",
     "reports", "That decision came after weeks of talks with the union"),
    # ... and the parser makes the cue the sentence's subject
    ("Yet another delay, the Lisbon Daily Courier reports, is a strike at the port.",
     "the Lisbon Daily Courier", "reports", "Yet another delay is a strike at the port"),
    ("The talks, the paper notes, ended without a deal on wages.", "the paper", "notes",
     "The talks ended without a deal on wages"),
])
def test_a_cue_set_inside_reports_the_whole_sentence(run, text, speaker, cue, said):
    claims, _ = run(text)
    c = _one(claims, speaker)
    assert (c.cue, c.text, c.act) == (cue, said, "Statement")
    assert len(c.parts) == 2
    assert [text[a:b] for a, b in c.parts] == [said[:c.parts[0][1] - c.parts[0][0]],
                                               said[c.parts[0][1] - c.parts[0][0] + 1:]]
    assert text[c.start:c.end].startswith(said.split()[0])
    # neither piece holds the speaker or the cue
    assert all(not (a <= c.speaker_start < b) and not (a <= c.cue_start < b)
               for a, b in c.parts)


def test_the_speaker_between_the_pieces_is_not_what_the_claim_is_about(run):
    claims, names = run("The flood, Mayor Tom Okafor said, destroyed nearly 300 homes in "
                        "Lisbon.")
    c = _one(claims, "Mayor Tom Okafor")
    about = {names[k] for k in c.about}
    assert "Tom Okafor" not in about and "Lisbon" in about, about


@pytest.mark.parametrize("text, speaker, not_said", [
    # a clause said on its own before the cue: the parse cannot tell which side was said
    ("The bridge will reopen, the agency said, and traffic will return by May.", "the agency",
     "The bridge will reopen"),
    # words in quote marks before the cue are a quote's, not a piece of reported speech
    ('"Never again," the mayor said, the city will borrow to pay its workers.', "the mayor",
     "Never again"),
])
def test_no_opening_piece_where_it_is_a_clause_or_a_quote(run, text, speaker, not_said):
    claims, _ = run(text)
    reported = [c for c in claims if c.speaker == speaker and c.kind == "reported"]
    assert not any(not_said in c.text for c in reported), \
        [(c.speaker, c.cue, c.text, c.kind) for c in claims]


@pytest.mark.parametrize("text", [
    "His duties, travel claims, and expenses were reviewed by the board.",
    "The trucks, the dogs, cats and new reports, were sold at auction.",
])
def test_a_noun_of_a_list_is_no_cue(run, text):
    claims, _ = run(text)
    assert not claims, [(c.speaker, c.cue, c.text) for c in claims]


def test_a_cue_closing_its_sentence_keeps_one_piece(run):
    claims, _ = run("The flood destroyed nearly 300 homes along the river, the agency said.")
    c = _one(claims, "the agency")
    assert c.text == "The flood destroyed nearly 300 homes along the river" and not c.parts
