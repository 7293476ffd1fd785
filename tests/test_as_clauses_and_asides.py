"""Clauses of ``as`` that report (``As Roe pointed out, ...``, ``as she told reporters``,
``as one official put it``, set inside the sentence or not) and participles set off after a
name (``Baker, asked about X, said ...``), in which the named one was asked and nothing is
said (real spaCy model, new sentences)."""

from __future__ import annotations

from speaker_helpers import claim_starting, parsed, speaker_of

from kg.extract import extract
from kg.extract.claims import claims


def test_as_with_a_verb_of_saying_and_its_particle(claims_named):
    found, names = claims_named("As Jane Roe pointed out, the gap between the two plans is vast.")
    c = claim_starting(found, "the gap between the two plans is vast")
    assert (c.cue, names.get(c.speaker_key)) == ("pointed out", "Jane Roe")


def test_as_with_the_hearer_of_a_verb_of_telling(claims_named):
    found, names = claims_named("The plan is dead, as Jane Roe told reporters on Sunday.")
    assert speaker_of(found, names, "The plan is dead") == ("Jane Roe", "Jane Roe")


def test_as_one_put_it(claims_of):
    found = claims_of("As one official put it, the plan is dead.")
    c = claim_starting(found, "the plan is dead")
    assert (c.speaker, c.cue, c.act) == ("one official", "put", "Statement")


def test_an_as_clause_set_inside_its_sentence_reports_both_pieces(claims_named):
    found, names = claims_named(
        "The plan, as Jane Roe told reporters on Monday, is dead and buried.")
    c = claim_starting(found, "The plan")
    assert c.text == "The plan is dead and buried", c.text
    assert (names.get(c.speaker_key), c.act) == ("Jane Roe", "Statement")


def test_as_clauses_of_doing_report_nothing(claims_of):
    found = claims_of("As Jane Roe put the bag on the table, the train left. As Tom Baker "
                      "told him a joke, the lights went out.")
    assert not found, found


def test_a_participle_set_off_after_a_name_is_not_what_is_said(claims_named):
    found, names = claims_named(
        "Tom Baker, asked about the deaths of journalists, said, \u201cI think our country "
        "does plenty of killing also.\u201d")
    assert [c.text for c in found] == ["I think our country does plenty of killing also."]
    assert names.get(found[0].speaker_key) == "Tom Baker"


def test_a_participle_set_off_after_a_name_asks_nothing(claims_of):
    found = claims_of("The issue came up after Tom Baker, asked about the deaths of "
                      "journalists, had spoken at length.")
    assert not any(c.cue == "asked" for c in found), found


def test_one_who_asks_the_court_still_asks(claims_named):
    found, names = claims_named("Jane Roe, a lawyer, asked the court to dismiss the case.")
    assert speaker_of(found, names, "the court to dismiss")[1] == "Jane Roe"


def test_a_clause_after_a_comma_whose_verb_was_read_as_a_participle(nlp):
    # the parse the model gives "In both cases, X said, those donations paid for ..." after
    # some paragraphs: the clause's subject an object of "said", its verb a participle
    doc = parsed(nlp, """
        In 6 prep IN ADP in
        both 2 det DT DET both
        cases 0 pobj NNS NOUN case
        , 6 punct , PUNCT ,
        Tom 5 compound NNP PROPN Tom
        Baker 6 nsubj NNP PROPN Baker
        said 6 ROOT VBD VERB say
        , 6 punct , PUNCT ,
        those 9 det DT DET those
        donations 6 dobj NNS NOUN donation
        paid 9 acl VBN VERB pay
        for 10 prep IN ADP for
        the 13 det DT DET the
        tournament 11 pobj NN NOUN tournament
        . 6 punct . PUNCT .""", ents=[(4, 6, "PERSON")])
    found = claims(doc, entities=extract(doc).entities)
    assert [(c.speaker, c.cue, c.text) for c in found] == [
        ("Tom Baker", "said", "In both cases those donations paid for the tournament")]


def test_a_speaker_set_at_the_end_before_a_clause_joined_after_it(nlp):
    # "..., a spokeswoman, Jane Roe, said on Saturday, and it has ...", the spokeswoman
    # parsed as an object of the verb before
    doc = parsed(nlp, """
        The 1 det DT DET the
        firm 2 nsubj NN NOUN firm
        built 2 ROOT VBD VERB build
        the 4 det DT DET the
        tool 2 dobj NN NOUN tool
        to 6 aux TO PART to
        help 2 advcl VB VERB help
        in 6 prep IN ADP in
        times 7 pobj NNS NOUN time
        of 8 prep IN ADP of
        crisis 9 pobj NN NOUN crisis
        , 2 punct , PUNCT ,
        a 13 det DT DET a
        spokeswoman 2 dobj NN NOUN spokeswoman
        , 13 punct , PUNCT ,
        Jane 16 compound NNP PROPN Jane
        Roe 13 appos NNP PROPN Roe
        , 13 punct , PUNCT ,
        said 2 conj VBD VERB say
        on 18 prep IN ADP on
        Saturday 19 pobj NNP PROPN Saturday
        , 18 punct , PUNCT ,
        and 18 cc CC CCONJ and
        it 25 nsubj PRP PRON it
        has 25 aux VBZ AUX have
        used 18 conj VBN VERB use
        it 25 dobj PRP PRON it
        twice 25 advmod RB ADV twice
        . 2 punct . PUNCT .""", ents=[(15, 17, "PERSON"), (20, 21, "DATE")])
    found = claims(doc, entities=extract(doc).entities)
    assert [(c.speaker, c.text) for c in found] == [
        ("a spokeswoman, Jane Roe", "The firm built the tool to help in times of crisis")]


def test_a_participle_with_what_it_calls_is_no_passive_aside(claims_of):
    found = claims_of("Some lawmakers spoke. Jane Roe, the director under Tom Baker, called the "
                      "plan \u201cnothing short of reckless,\u201d and said that \u201cit will "
                      "fail.\u201d")
    assert any(c.cue == "called" and "nothing short of reckless" in c.text for c in found), found


def test_one_shown_saying_something_says_it(claims_named):
    found, names = claims_named("The spot concludes with footage of Tom Baker saying during the "
                                "debate last week that he was smart.")
    assert speaker_of(found, names, "he was smart")[1] == "Tom Baker"


def test_as_with_a_passive_and_its_agent(claims_named):
    found, names = claims_named("As reported by Reuters, the talks collapsed on Monday.")
    assert speaker_of(found, names, "the talks collapsed") == ("Reuters", "Reuters")


def test_a_that_clause_past_an_aside_the_parser_made_the_root(claims_of):
    found = claims_of("The Republican nominee continues to insist, most recently in a Labor "
                      "Day interview with a network, that he really wants to release his "
                      "taxes.")
    assert [(c.speaker, c.cue, c.text) for c in found] == [
        ("The Republican nominee", "insist", "he really wants to release his taxes")]


def test_a_sentence_a_cue_interrupts_whose_verb_the_parser_joined_to_the_cue(claims_named):
    found, names = claims_named(
        "These employees, Tom Baker explained earlier in the committee hearing, were "
        "\u201cwell-paid,\u201d making between $30,000 and $60,000 a year.")
    c = claim_starting(found, "These employees were")
    assert names.get(c.speaker_key) == "Tom Baker"


def test_a_subject_described_by_a_participle_the_parser_took_for_the_verb(claims_of):
    found = claims_of("Critics opposed to Tom Baker say he is unfit. But activists clamoring "
                      "to block Tom Baker from the nomination say they are suddenly winning.")
    assert claim_starting(found, "he is unfit").speaker == "Critics opposed to Tom Baker"
    c = claim_starting(found, "they are suddenly winning")
    assert c.speaker.startswith("activists clamoring"), c.speaker
    assert c.speaker_key is None


def test_a_verb_of_saying_after_a_name_and_its_description_still_says(claims_named):
    found, names = claims_named(
        "And Tom Baker, a strategist for the group, tweeted following the vote, \u201cSorry, "
        "America. We fought the good fight.\u201d")
    assert speaker_of(found, names, "Sorry, America")[1] == "Tom Baker"


def test_what_the_inner_speaker_says_past_an_as_clause_stays_theirs(claims_named):
    found, names = claims_named(
        "As The Hill has reported, Jane Roe has indicated she might look to block the "
        "nomination.")
    assert speaker_of(found, names, "she might look to block")[1] == "Jane Roe"


def test_an_aside_naming_the_quote_is_not_what_was_asked(claims_of):
    found = claims_of("\u201cIs he frit?\u201d Tom Baker asked, a term used by a former prime "
                      "minister to accuse an opponent of cowardice.")
    assert not any(c.cue == "asked" and c.text.startswith("a term") for c in found), found


def test_the_official_introduced_unnamed_in_what_they_say(claims_of):
    found = claims_of(
        "That is the part that, as the network's Tom Baker has reported, \u201cfavors some "
        "refugees,\u201d and was one reason the order was challenged.\n\nA senior official "
        "told reporters about another reason: the country has agreed to take back its "
        "citizens, the official said.")
    c = claim_starting(found, "A senior official told reporters")
    assert (c.speaker, c.speaker_key) == ("the official", None)


def test_a_person_named_before_a_colon_by_a_sentence_about_a_thing(claims_named):
    found, names = claims_named(
        "The timing of the surge does not surprise the pollster Tom Baker: \u201cLesser-known "
        "candidates who win early contests have seen the biggest boost.\u201d That view is "
        "shared by Jane Roe, a historian at Yale: \u201cThe war was lost in 2003.\u201d")
    assert speaker_of(found, names, "Lesser-known candidates")[1] == "Tom Baker"
    assert speaker_of(found, names, "The war was lost")[1] == "Jane Roe"


def test_a_person_named_before_a_colon_by_critics_is_not_the_speaker(claims_named):
    found, names = claims_named("Critics have harsh words for Jane Roe: \u201cShe is a liar "
                                "and a fraud.\u201d")
    assert speaker_of(found, names, "She is a liar")[1] is None


def test_a_gerund_set_off_after_a_name_before_said(claims_named):
    found, names = claims_named(
        "But Sen. Jane Roe, noting the size of the crowd, said, \"Let me tell you, this is "
        "big.\"")
    assert speaker_of(found, names, "Let me tell you, this is big")[1] == "Jane Roe"
    assert claim_starting(found, "the size of the crowd").text == "the size of the crowd"
    found, names = claims_named(
        "But Sen. Tom Baker (D-Ill.), noting the size of Roe's following, said, \"Let me "
        "tell you, she has got a heck of an email list, and if she uses it, that will help.\"")
    assert speaker_of(found, names, "Let me tell you, she has")[1] == "Tom Baker"


def test_a_one_word_name_set_off_after_a_word_for_a_person_is_a_person(claims_named):
    found, names = claims_named(
        "The man's father denied the police account.\n\nA witness, Firdousa, said the victim "
        "stopped his car when soldiers signalled him.\n\n\"A security official told him "
        "something. They let him go but they shot him in the back,\" she said.")
    assert speaker_of(found, names, "A security official told him")[1] == "Firdousa"


def test_the_latter_and_the_former_of_two_named_with_and(claims_named):
    found, names = claims_named(
        "The tension between Acme News and the Ministry of Trade grew again when the latter "
        "announced it would ban cameras from its briefings. Jane Roe and Tom Baker spoke "
        "later. The former said the ban was a mistake.")
    assert speaker_of(found, names, "it would ban cameras")[1] == "Ministry of Trade"
    assert speaker_of(found, names, "the ban was a mistake")[1] == "Jane Roe"


def test_a_cue_in_a_relative_clause_does_not_take_the_next_quote(claims_named):
    found, names = claims_named(
        "\u201cThis is a great day,\u201d Tom Baker declared in a post following a press "
        "conference where Jane Roe and Ann Lee discussed the deal. \u201cI am proud of the "
        "team for sticking by me.\u201d")
    assert speaker_of(found, names, "I am proud of the team")[1] == "Tom Baker"


def test_the_armed_group_is_no_alliance(claims_named):
    found, names = claims_named(
        "The soldier was the fourth killed in the past two weeks in Afghanistan, NATO said."
        "\n\nA Taliban suicide bombing in eastern Kabul on Monday night, which the armed group "
        "said targeted a compound of aid agencies, killed at least 16 people.")
    assert speaker_of(found, names, "targeted a compound")[1] == "Taliban"


def test_he_of_a_joined_clause_is_its_first_clause_subject(claims_named):
    found, names = claims_named(
        "Tom Baker was eager to have time alone with the premier, according to a US official, "
        "but he has also told aides he wanted to keep his talks secret.")
    assert speaker_of(found, names, "he wanted to keep")[1] == "Tom Baker"
    assert speaker_of(found, names, "Tom Baker was eager") == ("a US official", None)


def test_a_person_named_before_a_colon_after_another_person_is_no_speaker(claims_named):
    found, names = claims_named(
        "President Tom Baker yesterday issued the following statement after the election of "
        "Pope Francis: \"On behalf of the American people, we offer our warm wishes to His "
        "Holiness.\"")
    assert speaker_of(found, names, "On behalf of the American people")[1] == "Tom Baker"


def test_whose_spokesman_speaks_for_the_one_the_clause_describes(claims_named):
    found, names = claims_named(
        "It was a blow to Tom Baker, whose spokesman said the report was a smear. The inquiry "
        "cleared Jane Roe, whose lawyer said the case was closed.")
    assert speaker_of(found, names, "the report was a smear")[1] == "Tom Baker"
    assert speaker_of(found, names, "the case was closed")[1] is None


def test_the_president_is_not_the_one_named_in_what_he_says_he_did(claims_named):
    found, names = claims_named(
        "President Tom Baker visited Havana on Monday with Cuban President Raul Castro.\n\n"
        "\u201cWhat political prisoners?\u201d Mr. Castro demanded of an American reporter who "
        "asked why Cuba was holding dissidents. \u201cGive me a list of the political "
        "prisoners, and I will release them immediately.\u201d\n\nThe president said he had a "
        "frank discussion about human rights privately with Mr. Castro.")
    assert speaker_of(found, names, "he had a frank discussion")[1] != "Raul Castro"
    assert speaker_of(found, names, "Give me a list")[1] == "Raul Castro"


def test_a_person_named_before_a_colon_after_a_pronoun_of_another_is_no_speaker(claims_named):
    found, names = claims_named(
        "\u201cIt was why the president asked me to serve.\u201d\n\nLittle daylight between her "
        "and Tom Baker: \u201cOn practically everything, the president and I agreed.\u201d")
    assert not any(names.get(c.speaker_key) == "Tom Baker" for c in found), found
