"""A description of a person opening the article is the person the next sentence names
(kg.extract.namednext), and only then.  New sentences, parsed with the real pipeline."""

from __future__ import annotations

import pytest
from speaker_helpers import speaker_of


@pytest.mark.parametrize("text, start, written, name", [
    # the next sentence's subject, named for the first time
    ("The head of the inquiry into the bridge collapse said on Sunday that the criticism of his "
     "findings was unfounded.\n\nMartin Alvarez, a former judge who led the review board, said "
     "on a television program that the critics had misread the report.",
     "the criticism", "The head of the inquiry into the bridge collapse", "Martin Alvarez"),
    # ... after a phrase set before the subject
    ("The country's top diplomat has cast doubt on the trade deal, saying most of its backers "
     "do not know how to carry it out.\n\nSpeaking in Brussels on Monday, Laura Benning, who "
     "met the prime minister last week, said the talks were stuck.",
     "most of its backers", "The country's top diplomat", "Laura Benning"),
    # ... or the one by whom the subject was made; the possessor is not meant
    ("Prime Minister Anna Kovacs's chief rival said he had agreed with a smaller party to "
     "form a government.\n\nThe announcement on Monday by Peter Dorn, leader of the Civic "
     "Union, dealt a blow to Kovacs.",
     "he had agreed", "Prime Minister Anna Kovacs's chief rival", "Peter Dorn"),
])
def test_an_opening_description_is_the_person_the_next_sentence_names(claims_named, text,
                                                                      start, written, name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start) == (written, name)


@pytest.mark.parametrize("text, start, written, other", [
    # introduced with another title: not the senator
    ("The senator said on Tuesday that the bill would pass.\n\nGovernor Ann Ruiz said the "
     "state would not pay for it.", "the bill would pass", "The senator", "Ann Ruiz"),
    # an indefinite description introduces a new, unnamed source
    ("A senior official said on Tuesday that the bill would pass.\n\nAnn Ruiz said the state "
     "would not pay for it.", "the bill would pass", "A senior official", "Ann Ruiz"),
    # a person named before: the description is not an opening one
    ("Ann Ruiz met the governor on Monday. The official said on Tuesday that the bill would "
     "pass. Tom Berg said the state would not pay for it.", "the bill would pass",
     "The official", "Tom Berg"),
])
def test_other_descriptions_are_not_the_person_the_next_sentence_names(claims_named, text,
                                                                       start, written, other):
    found, names = claims_named(text)
    who = speaker_of(found, names, start)
    assert who[0] == written and who[1] != other


def test_a_party_s_member_is_the_one_elected_politician_introduced(claims_named):
    # the senator only owns a thing named before; no one else holds an elected office
    text = ("The new edition of Sen. Ann Ruiz's yearly list of wasteful projects may embarrass "
            "both parties.\n\n\"Nobody in this town wants to cut anything,\" the Nevada Democrat "
            "told reporters on Tuesday.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "Nobody") == ("the Nevada Democrat", "Ann Ruiz")


def test_a_description_written_again_with_the_name(claims_named):
    from speaker_helpers import speaker_of

    text = ("Peru's Cabinet chief says there will be no retreat from the emergency decree.\n\n"
            "Protesters marched through Lima on Friday for a third day, blocking roads into "
            "the capital.\n\nUnion leader Jorge Salas told reporters the strikes would go "
            "on. \u201cWe are not afraid,\u201d he said.\n\nPolice fired tear gas near the "
            "congress building as crowds grew through the afternoon.\n\n"
            "Peru's Cabinet chief, Maria Elena Torres, said on Saturday that the decree would "
            "stand until the strikes ended.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "there will be no retreat") == (
        "Peru's Cabinet chief", "Maria Elena Torres")
