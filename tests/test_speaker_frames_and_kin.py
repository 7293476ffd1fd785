"""Speakers the parse hides: a gerund of time whose main clause is passive, a surname the
tagger reads as a modal (``May said``), inverted frames (``Said Roe:``), ``According to X,``
before a clause the parser lost, a relative named with a person's surname, a body known as
a name; and pronouns that skip a thing that "spoke" but not an unnamed person (real spaCy
model, new sentences)."""

from __future__ import annotations

from speaker_helpers import claim_starting, speaker_of

from kg.extract import extract


def test_gerund_of_time_shares_a_passive_main_clause_subject(claims_named):
    found, names = claims_named(
        "Jane Roe spoke on Monday. After saying her right foot was swollen, she was taken "
        "to a hospital for tests.")
    assert speaker_of(found, names, "her right foot was swollen") == ("she", "Jane Roe")


def test_gerund_whose_preposition_the_parser_hung_on_what_was_said(claims_named):
    found, names = claims_named(
        "Jane Roe spoke on Monday. After saying her right foot was \u201cso swollen I could "
        "barely get my shoe on,\u201d she went to the hospital for tests.")
    assert speaker_of(found, names, "so swollen") == ("she", "Jane Roe")


def test_a_thing_that_did_something_is_no_she(claims_named):
    found, names = claims_named(
        "\u201cWe will win,\u201d Jane Roe said of the race against Tom Baker.\n\nThe jabs "
        "flew quickly, and Roe left few allegations unchallenged, visibly fed up with a "
        "campaign narrative that has painted her as the candidate of Wall Street. She "
        "rebutted the charge, saying she had never taken their money.")
    assert speaker_of(found, names, "she had never taken") == ("She", "Jane Roe")


def test_an_unnamed_person_of_an_agent_noun_is_not_skipped(claims_named):
    found, names = claims_named(
        "\u201cIt was the best job,\u201d Tom Baker says.\n\n\u201cThe plant uses a lot of "
        "diesel,\u201d says an engineer who asked not to be named. \u201cIt\u2019s a huge "
        "amount,\u201d he says.")
    assert speaker_of(found, names, "It\u2019s a huge amount")[1] is None


def test_calling_off_or_in_is_a_deed(claims_of):
    found = claims_of("On Thursday Tom Baker called off the meeting in Oslo. The captain called "
                      "in a helicopter to extract his team.")
    assert not any(c.cue in ("called off", "called") for c in found), found


def test_calling_in_a_message_for_something_is_a_call(claims_of):
    found = claims_of("The sheikh called in a video message for other tribes to join the "
                      "fight against the militants.")
    assert any(c.cue == "called" and "join the fight" in c.text for c in found), found


def test_may_read_as_a_modal_is_the_person_named_so(claims_named):
    found, names = claims_named(
        "Prime Minister Theresa May spoke in London.\n\n\u201cThe legal default now is that "
        "we leave on April 12,\u201d May said.\n\nMay called the attack \u201csick and "
        "depraved.\u201d\n\n\u201cWe are not afraid,\u201d she said.")
    assert speaker_of(found, names, "The legal default now") == ("May", "Theresa May")
    assert speaker_of(found, names, "We are not afraid") == ("she", "Theresa May")


def test_a_modal_before_a_bare_verb_is_no_name(claims_named):
    found, names = claims_named("Theresa May spoke in London. May they say the plan works?")
    assert not any(c.speaker == "May" for c in found)


def test_according_to_before_a_clause_the_parser_lost(claims_named):
    found, names = claims_named(
        "Tom Baker spoke on Monday. According to conservative talk radio host Peter Lind, "
        "the move reeks of \u201cfear\u201d and desperation.")
    c = claim_starting(found, "the move reeks of")
    assert names.get(c.speaker_key) == "Peter Lind"
    assert c.speaker == "conservative talk radio host Peter Lind"


def test_inverted_frames_said_and_added(claims_named):
    found, names = claims_named(
        "Tom Baker spoke on Monday. Said Lind: \u201cWe don\u2019t get the sense she\u2019s "
        "interested.\u201d Added Peter Lind: \u201cShe never was.\u201d")
    assert speaker_of(found, names, "We don\u2019t get the sense") == ("Lind", "Peter Lind")
    assert speaker_of(found, names, "She never was") == ("Peter Lind", "Peter Lind")
    assert not any("Said" in n or "Added" in n for n in names.values())


def test_a_relative_named_with_a_persons_surname_is_a_person(claims_named):
    found, names = claims_named(
        "The father of a British woman named Joanna Toole has told the DevonLive website "
        "that he has been informed.\n\nAdrian Toole said his 36-year-old daughter Joanna was "
        "traveling for her work for the United Nations.\n\nHe told the website she was a "
        "fervent environmentalist.")
    assert speaker_of(found, names, "she was a fervent") == ("He", "Adrian Toole")


def test_a_body_known_as_a_name(nlp, claims_named):
    text = ("That assault was led by a brigade of Islamist fighters known as Ansar al-Sharia. "
            "On Wednesday, the brigade said in a statement that its supporters were not "
            "involved.")
    kinds = {e.name: e.kind for e in extract(nlp(text)).entities}
    assert kinds["Ansar al-Sharia"] == "ArmedGroup"
    found, names = claims_named(text)
    assert speaker_of(found, names, "its supporters were not") == (
        "the brigade", "Ansar al-Sharia")


def test_a_phrase_between_the_object_and_what_it_is_called(claims_named):
    found, names = claims_named(
        "At the forum, Jane Roe called her vote in favor of the war a mistake, but she noted "
        "that Tom Baker also supported it.")
    assert speaker_of(found, names, "her vote in favor of the war a mistake")[1] == "Jane Roe"


def test_a_that_clause_after_a_phrase_of_time_taken_for_an_adverb(claims_named):
    found, names = claims_named(
        "Tom Baker tweeted in the early morning hours that Jane Roe was \u201cdisgusting\u201d "
        "and \u201ca con\u201d and encouraged Americans to \u201ccheck out\u201d her tape.")
    assert speaker_of(found, names, "Jane Roe was")[1] == "Tom Baker"
    assert not any(c.speaker == "Jane Roe" for c in found)


def test_a_group_called_a_name_is_that_group(nlp, claims_named):
    text = ("A militant group called Liwa al-Thawra claimed responsibility for an April 1 bomb "
            "attack on a police training center.")
    kinds = {e.name: e.kind for e in extract(nlp(text)).entities}
    assert kinds["Liwa al-Thawra"] == "ArmedGroup"
    found, names = claims_named(text)
    assert speaker_of(found, names, "responsibility for")[1] == "Liwa al-Thawra"


def test_a_passive_with_by_leaves_the_gerunds_doer_unsaid(claims_named):
    found, names = claims_named(
        "This argument is often bolstered by noting that Tom Baker recently told the minister "
        "that he would have more flexibility.")
    assert speaker_of(found, names, "he would have more flexibility") == (
        "Tom Baker", "Tom Baker")
    assert not any(c.speaker == "This argument" for c in found)


def test_past_a_thing_the_person_named_since_the_last_speaker(claims_named):
    found, names = claims_named(
        "\u201cWe will act,\u201d Tom Baker said.\n\nThat requires a president to be out "
        "front. Peter Lind\u2019s job is to reassure that the government is doing everything it "
        "can. He will likely talk about American ideals.")
    assert speaker_of(found, names, "American ideals")[1] == "Peter Lind"


def test_a_gerund_of_time_set_off_by_a_comma_keeps_the_main_subject(claims_named):
    found, names = claims_named(
        "After criticizing Tom Baker for saying Russia is an enemy, Peter Lind comes back with "
        "a point he has made often: \u201cYou seem to want to import the policies of the "
        "1980s.\u201d")
    assert speaker_of(found, names, "Tom Baker for saying")[1] == "Peter Lind"
    assert speaker_of(found, names, "You seem to want")[1] == "Peter Lind"
