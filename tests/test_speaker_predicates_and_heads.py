"""Speakers told by what the text says of them: a description in an ``as`` phrase of its
subject's verb, the head of a government the text has just named, a special counsel
introduced with the title, a possessive that answers another person's words; quotes glued
to the end of a sentence and names glued to a mark of no width; and the placeholder ``it``
of an infinitive, which is no one (real spaCy model, new sentences)."""

from __future__ import annotations

from speaker_helpers import claim_starting, speaker_of


def test_description_in_an_as_phrase_is_the_subject(claims_named):
    found, names = claims_named(
        "Tom Baker rose to prominence as the defiant right-winger who proposed to change "
        "the pension plan. He also backed large tax breaks for the wealthy.")
    assert speaker_of(found, names, "to change the pension")[1] == "Tom Baker"
    assert speaker_of(found, names, "large tax breaks") == ("He", "Tom Baker")


def test_as_phrase_of_a_verb_with_an_object_is_not_the_subject(claims_named):
    found, names = claims_named(
        "Jane Roe treated Tom Baker as the man who said the bridge was unsafe.")
    assert speaker_of(found, names, "the bridge was unsafe")[1] != "Jane Roe"


_REGIME = ("Tom Baker warned that the plan would fail. He concluded that it would not work."
           "\n\nThis appears to reflect the thinking of the {} administration. The "
           "president said last August that the time had come for the governor to resign.")


def test_the_president_after_his_administration_is_named(claims_named):
    found, names = claims_named(_REGIME.format("Lind") + " President Peter Lind has yet to act.")
    assert speaker_of(found, names, "the time had come") == ("The president", "Peter Lind")


def test_the_president_of_an_administration_of_no_one_named_is_not_guessed(claims_named):
    # the gazetteer reads "the Obama administration" as the government, no person
    found, names = claims_named(_REGIME.format("Obama"))
    assert speaker_of(found, names, "the time had come") == ("The president", None)


def test_the_special_counsel_is_the_one_introduced_so(claims_named):
    found, names = claims_named(
        "Special counsel Peter Lind\u2019s 400-page report is a detailed chronicle of the "
        "campaign.\n\nLind makes clear that the inquiry found no plot. The report makes "
        "several things clear.\n\nThe special counsel writes that the evidence of that is "
        "quite concerning.")
    assert speaker_of(found, names, "the evidence of that") == (
        "The special counsel", "Peter Lind")


def test_possessive_answering_another_gives_no_gender(claims_named):
    found, names = claims_named(
        "Asked about the remark, Jane Roe said it was not an empty threat.\n\n"
        "\u201cIf they keep on, they will be destroyed,\u201d she told CNN.\n\n"
        "National Security Advisor H.R. Lind echoed her sentiments, telling reporters it is "
        "time to stop.\n\n"
        "\u201cThis regime is so close now to threatening us,\u201d he said.")
    c = claim_starting(found, "This regime is so close")
    assert c.speaker == "he" and names.get(c.speaker_key, "").endswith("Lind")


def test_quotes_glued_to_the_end_of_a_sentence(claims_named):
    found, names = claims_named(
        'Tom Baker also blasted the plan."It is time," he writes, adding it is time to act.'
        'Baker says the job must begin "by naming the enemy.""We will not defeat it if we are '
        'afraid," he writes."The rents are high," Baker said.')
    assert speaker_of(found, names, "It is time") == ("he", "Tom Baker")
    assert speaker_of(found, names, "the job must begin") == ("Baker", "Tom Baker")
    c = claim_starting(found, "We will not defeat it")
    assert (c.kind, c.speaker, names.get(c.speaker_key)) == ("direct", "he", "Tom Baker")
    assert speaker_of(found, names, "The rents are high") == ("Baker", "Tom Baker")


def test_a_name_glued_to_a_mark_of_no_width(claims_named):
    found, names = claims_named(
        "Tom Baker said the plan was bad. \u201cPlease learn how to talk,\u201d Jane "
        "Ungar-Sargon\u200f wrote. \u201cIt is bad,\u201d Ungar-Sargon said.")
    assert names.get(claim_starting(found, "It is bad").speaker_key) == "Jane Ungar-Sargon"
    assert "Jane Ungar-Sargon" in names.values()


def test_placeholder_it_of_an_infinitive_is_no_one(claims_of):
    for text in ("Maybe it\u2019s best not to say anything about the tax at all.",
                 "It is also naive to believe that polarization is always bad.",
                 "It doesn't take sophisticated analysis to understand that Roe needs to win.",
                 "It's so sad to even be talking about it.",
                 "It is a shame to say that we lost."):
        assert not claims_of(text), text


def test_it_that_is_due_to_announce_is_a_body(claims_of):
    found = claims_of("The ministry said the plan was bad. It is due to announce a new plan "
                      "on Monday.")
    assert claim_starting(found, "a new plan")


def test_a_reply_with_back_before_a_quote_frames_it(claims_named):
    found, names = claims_named(
        "Tom Baker said the plan is bad, adding, \u201cThat\u2019s unacceptable to me.\u201d "
        "Jane Roe shot back, \u201cI think Baker has not spent enough time looking at how "
        "the army works.\u201d")
    c = claim_starting(found, "I think Baker has not")
    assert (c.cue, names.get(c.speaker_key)) == ("shot back", "Jane Roe")


def test_a_sentence_after_a_finished_quote_whose_verb_acts_on_someone(claims_named):
    found, names = claims_named(
        "\u201cIt was no fantasy when the army started training these doctors,\u201d said a "
        "former official. \u201cTo them, the remark is a kick in the gut.\u201dTom Baker had "
        "to call Jane Roe and apologize after the interview.")
    c = claim_starting(found, "To them, the remark")
    assert c.cue != "call" and names.get(c.speaker_key) != "Tom Baker"
    assert speaker_of(found, names, "To them, the remark")[0] == "a former official"


def test_a_quote_glued_after_a_question_opens_a_sentence(claims_named):
    found, names = claims_named(
        "Pundits called it a win for Baker, who was \u201cover the map.\u201dThe question for "
        "Baker going into the debate: Would he look like a leader?\u201cI think Tom Baker did "
        "something very important tonight,\u201d former adviser Jane Roe told CNN.")
    c = claim_starting(found, "I think Tom Baker did")
    assert (c.kind, names.get(c.speaker_key)) == ("direct", "Jane Roe")
    assert not [c for c in found if c.text.startswith("The question for")]


def test_he_after_a_body_s_spokesman_is_the_body(claims_named):
    found, names = claims_named(
        "Acme said it was aware of the websites. But an Acme spokesman said the company was "
        "not yet able to link all the accounts. \u201cIn the past several months, we have "
        "removed hundreds of pages,\u201d he said.")
    assert speaker_of(found, names, "In the past several months") == ("he", "Acme")


def test_he_after_a_spokeswoman_or_a_person_who_acted_since_is_not_the_body(claims_named):
    found, names = claims_named(
        "Acme said it was aware of the websites. But an Acme spokeswoman said the company "
        "was not able to link the accounts. \u201cWe removed hundreds of pages,\u201d he said.")
    assert speaker_of(found, names, "We removed hundreds")[1] != "Acme"
    found, names = claims_named(
        "Tom Baker said the plan was bad. An Acme spokesman said the company was not able to "
        "link the accounts. Baker disagreed. \u201cWe removed hundreds of pages,\u201d he said.")
    assert speaker_of(found, names, "We removed hundreds") == ("he", "Tom Baker")


def test_a_name_of_a_body_s_member_taken_for_a_body_is_a_person(claims_named):
    found, names = claims_named(
        "Murat Kaplan of the Medical Association said on Saturday that at least 97 people "
        "died. He feared the toll could rise even higher.")
    assert speaker_of(found, names, "the toll could rise") == ("He", "Murat Kaplan")


def test_a_body_of_another_body_stays_a_body(claims_named):
    found, names = claims_named(
        "Amnesty International of the United Kingdom said the law was bad.")
    assert speaker_of(found, names, "the law was bad")[1] == "Amnesty International"


def test_a_cue_set_inside_the_sentence_after_a_finished_quote_still_frames_it(claims_named):
    found, names = claims_named(
        "\u201cThat is how every term goes,\u201d Tom Baker said. \u201cTo me, the plan was a "
        "decision to hold on to the vision.\u201d A second term, Baker continued, could put "
        "Jane Roe \u201cback where she wanted to start.\u201d")
    assert speaker_of(found, names, "To me, the plan")[1] == "Tom Baker"


def test_a_quote_opening_a_paragraph_or_ending_in_an_abbreviation_keeps_its_cue(claims_named):
    found, names = claims_named(
        "The cartoon depicts the response: \"That is why I draw you.\"\n\n\"The jihadis are "
        "determined to suppress our freedom of speech.\" Jane Roe, president of the group, "
        "told CNN.\n\n\u201cIran is well respected at the U.N.,\u201d notes Tom Baker, the "
        "executive director.")
    assert speaker_of(found, names, "The jihadis are determined")[1] == "Jane Roe"
    assert speaker_of(found, names, "Iran is well respected")[1] == "Tom Baker"


def test_a_bare_frame_after_a_finished_quote_still_frames_it(claims_named):
    found, names = claims_named(
        '"The plan is bad," Tom Baker said. "We won the vote." Jane Roe said.')
    assert speaker_of(found, names, "We won the vote")[1] == "Jane Roe"


def test_a_quoted_phrase_before_is_no_quote_that_goes_on(claims_named):
    found, names = claims_named(
        'An attack would pale compared to "the attacks of the past," the op-ed piece by Tom '
        'Baker states."They will be looking to do something big, something truly epic."'
        'Remember, all of this has happened in less than a year," Baker continued.')
    assert speaker_of(found, names, "They will be looking")[1] == "Tom Baker"


def test_a_sentence_that_is_no_bare_frame_does_not_take_a_quote_that_goes_on(claims_named):
    found, names = claims_named(
        '"We were told everyone there was the worst of the worst," said Tom Baker. "But of '
        'the 779 men we took there, more than 80 percent have gone home."But Republicans '
        'continue to slam the exchange. \u201cWe do not pay ransom,\u201d Baker said. \u201cNot '
        'any longer.\u201d He did not elaborate.')
    assert speaker_of(found, names, "But of the 779 men")[1] == "Tom Baker"
    assert claim_starting(found, "Not any longer").cue != "elaborate"
