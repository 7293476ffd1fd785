"""Who a pronoun or a description means when the last speaker spoke paragraphs ago, and
names the text ran together.  A ``he`` or ``she`` is the one person its own paragraph names
(not a speaker of an earlier one); a description is the person the next sentence first
names as one who speaks; the words that give a name a gender stay in its sentence; a name
before a party tag after a quote speaks; ``Chair`` is a title; a name glued to the place or
body before it at a description's end is the described person; a body's name of capitalised
words that speaks is an organization, though the recognizer missed it; those who chant say
what they chant, and a participle after an aside set off by dashes goes with the clause the
aside interrupts; a label glued to a linked headline is no text of the article.  New
sentences, parsed with the real pipeline."""

from __future__ import annotations

import pytest

from speaker_helpers import claim_starting

from kg.ingest.assemble import assemble


@pytest.mark.parametrize("text, start, name", [
    # the one person the pronoun's paragraph names, over an unnamed speaker of an earlier one
    ("One official said, \u201cThat was not our conclusion.\u201d\n\n"
     "The officials spoke on condition of anonymity.\n\n"
     "The attack has become a major issue, featuring prominently in Republican candidate "
     "Tom Baker's latest foreign policy address on Monday. He called it an example of "
     "weakness, noting that the attacks were the deliberate work of terrorists.",
     "the attacks were the deliberate work", "Tom Baker"),
    ("\u201cWe will win,\u201d Peter Lind said.\n\n"
     "Supporters gathered in the square after the polls closed.\n\n"
     "The victory capped a long road for Tom Baker, 64, who has toured the country for "
     "years. He lost a contentious election in 2006, which he said was rigged.",
     "was rigged", "Tom Baker"),
    # ... not one the paragraph speaks of after someone it calls "he"
    ("\u201cThis is being worked on,\u201d Tom Baker said.\n\n"
     "A normal leader might rethink his approach.\n\n"
     "It was his hubris that led him to meet Peter Lind alone for two hours. His claim "
     "that he was ready for the talks now looks damning.",
     "he was ready for the talks", "Tom Baker"),
    # ... nor one who only owns the persons of the sentence
    ("In the interview, Tom Baker said he will go on working with his charities.\n\n"
     "Lawyers representing Peter Lind's victims criticized the interview, with one of them "
     "saying he should speak to the police about his role.",
     "he should speak", None),
    # the words that tell a gender are of the name's own sentence, not the sentence before
    ("Tom Baker voiced confidence in the inquiry.\n\n"
     "\u201cJustice takes a while,\u201d he said.\n\n"
     "Baker visited a survivor of the attack. He also talked to the survivor's wife. "
     "Baker could not say why the public knew so little.\n\n"
     "\u201cWe are working at it and we will continue to work at it,\u201d he said.",
     "We are working at it", "Tom Baker"),
    # a name before a party tag after a quote speaks, the parser's reading aside
    ('Republican Sen. Ben Stocker said he feels the mayor is "exercising poor judgment" by '
     'not seeking a vote.\n\n'
     '"While much of the wording in the mayor\'s speech was good, the substance of how we do '
     'what he laid out is what matters," Stocker, R-Tenn., said. "I believe the mayor is '
     'exercising poor judgment."',
     "While much of the wording", "Ben Stocker"),
    # a description is the person the next sentence first names as one who speaks
    ("Peter Lind spoke first.\n\n"
     "While the phrase was used in the 1940s by isolationists, the mayor's security adviser "
     "says it should not have that meaning today.\n\n"
     "\u201cThe mayor understands that it does not mean the city alone,\u201d Jane Roe told "
     "reporters last week.",
     "it should not have that meaning today", "Jane Roe"),
    # a possessive in a phrase set before its clause's subject is that subject's
    ("Peter Lind learned this week that the city will lose its grant, he said.\n\n"
     "The town is divided between two camps. In his address to the town, Tom Baker jumped "
     "between the two camps, trying to appeal to both.",
     "Tom Baker jumped", "Tom Baker"),
    # a name glued to a place before it, where the text lost its commas
    ("Another resident of Tal Abyad Tom Baker said that four villages had fallen.",
     "four villages had fallen", "Tom Baker"),
])
def test_the_person_meant(claims_named, text, start, name):
    found, names = claims_named(text)
    assert names.get(claim_starting(found, start).speaker_key) == name


@pytest.mark.parametrize("text, start", [
    # a credit line names no speaker of what was said before it
    ("Peter Lind spoke first.\n\n"
     "\u201cThe talks are over,\u201d the minister's spokesman said.\n\n"
     "Jane Roe contributed to this report.",
     "The talks are over"),
    # a quantified description is no one person
    ("Peter Lind spoke first.\n\n"
     "Every new secretary of state wants to make a mark on the department. In a 2006 "
     "speech, Jane Roe said she would transform it.",
     "to make a mark"),
])
def test_not_the_one_named_next(claims_named, text, start):
    found, names = claims_named(text)
    assert names.get(claim_starting(found, start).speaker_key) != "Jane Roe"


def test_a_description_of_one_titled_before_is_not_the_next_named(claims_named):
    found, names = claims_named(
        "Deputy Attorney General Tom Baker met the committee on Monday.\n\n"
        "\u201cIt was not personal,\u201d Peter Lind said.\n\n"
        "\u201cSometimes, it feels that way,\u201d the deputy attorney general replied.\n\n"
        "\u201cYou saw what happened,\u201d said Jane Roe, who watched the hearing.")
    assert names.get(claim_starting(found, "Sometimes, it feels").speaker_key) != "Jane Roe"


def test_chair_is_a_title_not_a_name(claims_named):
    found, names = claims_named(
        "The panel is led by Chairman Tom Baker and Vice Chair Jane Roe.\n\n"
        "Roe said the inquiry would go on.")
    assert "Jane Roe" in names.values()
    assert not any("Chair" in n for n in names.values())
    assert names.get(claim_starting(found, "the inquiry would go on").speaker_key) == "Jane Roe"


def test_a_participle_after_an_aside_set_off_by_dashes_is_of_the_clause_it_interrupts(
        claims_named):
    found, names = claims_named(
        "Small groups of protesters continued to call for more information, looping the "
        "streets around the stadium - where the Tigers played the Lions - while chanting, "
        "\"Hands up, don't shoot.\"")
    assert claim_starting(found, "Hands up").speaker == "Small groups of protesters"


def test_those_chanting_say_what_they_chant(claims_named):
    found, names = claims_named(
        "Supporters poured into the square after the polls showed him winning. They waved "
        "flags, sang a song of unity, and chanted, \u201cIt is an honor to be with Jane "
        "Roe.\u201d")
    claim = claim_starting(found, "It is an honor")
    assert claim.cue == "chanted" and claim.speaker == "They"


def test_a_label_glued_to_a_headline_is_a_link_not_text():
    body = assemble("a.txt", (
        "Jane Roe won the vote on Sunday, officials said.\n\n"
        "More:Tom Baker: Who is he?\n\n"
        "More:This candidate is pushing for forgiveness\n\n"
        "Note: the count went on until Monday, officials said.\n"), source="a.txt").body()
    assert "Who is he" not in body and "pushing for forgiveness" not in body
    assert "Jane Roe won the vote" in body and "the count went on" in body


def test_a_body_named_in_capitals_that_speaks_is_an_organization(claims_named):
    found, names = claims_named(
        "Chile's national Special Secretariat for Rural Water said it was against the plan. "
        "The statement said the wells would run dry. It said such plans violate the law.")
    key = claim_starting(found, "it was against the plan").speaker_key
    assert names.get(key) == "Special Secretariat for Rural Water"
    assert claim_starting(found, "the wells would run dry").speaker_key == key
    assert claim_starting(found, "such plans violate the law").speaker_key == key


def test_a_body_and_a_person_run_together_are_two_names(claims_named):
    found, names = claims_named(
        "Vice-president of the Example Coalition Omar Haddadin said that the strikes went on. "
        "Haddadin said that such strikes reinforced doubts.")
    assert set(names.values()) >= {"Example Coalition", "Omar Haddadin"}
    assert names.get(claim_starting(found, "the strikes went on").speaker_key) == "Omar Haddadin"
    assert names.get(claim_starting(found, "such strikes").speaker_key) == "Omar Haddadin"
