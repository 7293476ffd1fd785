"""Speaker resolution on new sentences (real spaCy model): an unnamed person inside what
someone said, a title learnt from a description the article names, a thing that spoke
paragraphs ago, an "it" in a relative clause, the owner of a noun another's clause acts on,
and a body's spokesperson introduced by name."""

from __future__ import annotations

from speaker_helpers import claim_starting, speaker_of


def test_unnamed_person_in_an_infinitive_keeps_the_speaker(claims_named):
    found, names = claims_named(
        "Two other officers -- Tom Baker, 54, and Peter Lind, 36 -- were wounded but were "
        "released from the hospital.\n\nLind, who was shot in the foot, told reporters Monday "
        "he was injured while helping an elderly man move to a safe area.\n\n\"I turned "
        "around and there was a gunman,\" he said. \"Shot me twice.\"")
    assert speaker_of(found, names, "I turned around") == ("he", "Peter Lind")
    assert speaker_of(found, names, "Shot me twice") == ("he", "Peter Lind")


def test_unnamed_person_who_acts_still_stops_a_pronoun(claims_named):
    found, names = claims_named(
        "Peter Lind sat at the gate. At his stand, a woman begged for money. \"I have nothing "
        "to eat,\" she said.")
    assert speaker_of(found, names, "I have nothing") == ("she", None)


def test_description_named_next_gives_its_title_to_later_ones(claims_named):
    found, names = claims_named(
        "Chinese efforts to exert influence over the West are just as concerning as Russian "
        "subversion, the director of the CIA has said.\n\nTom Baker told the BBC that the "
        "Chinese \"have a much bigger footprint\" to do this than the Russians do.\n\n\"It is "
        "a real threat to the country,\" said Peter Lind, who chairs the trade committee.\n\n"
        "China's reach, the CIA director says, ranges from traditional espionage through to "
        "influence operations.")
    assert speaker_of(found, names, "China's reach") == ("the CIA director", "Tom Baker")


def test_pronoun_after_a_thing_that_spoke_paragraphs_ago(claims_named):
    found, names = claims_named(
        "Peter Lind ran against the mayor in 2012. The city expects the deficit to be around "
        "500 million dollars in 2015.\n\nPeter Lind's critique of the uneven recovery is also "
        "accurate.\n\n\"If you are elected mayor, we will continue to see a squeeze with "
        "wages going down,\" he said in the first debate.")
    assert speaker_of(found, names, "If you are elected") == ("he", "Peter Lind")


def test_it_in_a_relative_clause_is_the_body_its_sentence_is_about(claims_named):
    found, names = claims_named(
        "Tom Baker said the talks would go on. Seoul hosted the talks at what it called the "
        "Peace Games.")
    assert speaker_of(found, names, "the Peace Games") == ("it", "Seoul")


def test_owner_of_a_noun_another_attacks_is_no_antecedent(claims_named):
    found, names = claims_named(
        "Tom Baker was even blunter during a February hearing of the Senate Armed Services "
        "Committee, attacking President Peter Lind's plans to close the prison.\n\n\"The only "
        "problem with the prison is there are too many empty beds in cells there right now,\" "
        "he thundered.")
    assert speaker_of(found, names, "The only problem") == ("he", "Tom Baker")


def test_body_spokesperson_introduced_by_name(claims_named):
    found, names = claims_named(
        "Speaking to the newspaper, PYD spokesman Nawaf Khalil said that the talks had "
        "failed.\n\nThe group has fought the rebels for months.\n\n\"We did not want to go "
        "into battles with the Islamists,\" the PYD spokesman said.")
    assert speaker_of(found, names, "We did not want") == ("the PYD spokesman", "Nawaf Khalil")
    found, names = claims_named(
        "The PYD said on Monday that the talks had failed.\n\n\"We did not want to go into "
        "battles with the Islamists,\" the PYD spokesman said.")
    assert speaker_of(found, names, "We did not want") == ("the PYD spokesman",
                                                            "Democratic Union Party")


def test_former_title_of_one_introduced_with_it(claims_named):
    found, names = claims_named(
        "Former New York City Mayor Peter Lind spoke on Fox on Monday.\n\nParty officials said "
        "they had reached out to the chairman but had not heard back.\n\nThe past week has "
        "even been \"good for the party,\" Lind said at another point during his Fox "
        "appearance. \"My father taught me to be a boxer.\"\n\n\"The candidate I think is "
        "positioned very, very well,\" the former mayor said, adding that \"the fundamentals "
        "remain the same.\"")
    assert speaker_of(found, names, "The candidate I think") == ("the former mayor",
                                                                   "Peter Lind")


def test_head_of_a_body_is_the_one_introduced_with_its_office(claims_named):
    said = ("\n\n\"I can think of no good reason why any party would decline this "
            "opportunity,\" the UN chief said.")
    found, names = claims_named(
        "On Friday, UN Secretary-General Tom Baker renewed calls for inspectors to be allowed "
        "in. The camps are full, aid workers said." + said)
    assert speaker_of(found, names, "I can think") == ("the UN chief", "Tom Baker")
    # of two introduced with an office of the body, no guess
    found, names = claims_named(
        "On Friday, UN Secretary-General Tom Baker renewed calls for inspectors to be allowed "
        "in. UN High Commissioner for Refugees Peter Lind said the camps were full." + said)
    assert speaker_of(found, names, "I can think") == ("the UN chief", None)


def test_a_name_in_a_word_of_stance_does_not_speak(claims_named):
    # "an anti-Assad group": the name is what the group stands against, not who speaks
    found, names = claims_named(
        "President Bashar al-Assad spoke on Monday. The Monitor an anti-Assad group that "
        "counts the dead across the country said the army had sent more troops to the town.")
    c = claim_starting(found, "the army had sent")
    assert names.get(c.speaker_key) != "Bashar al-Assad"
