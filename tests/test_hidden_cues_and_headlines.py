"""Cues the tagger, a light verb or the parser hid: a verb of saying tagged as a plural noun
(with its subject and clause, or closing its sentence), a noun of saying as the object of a
verb closing its paragraph with a colon, a gerund that is what was said, a headline label
with a person in it before a wholly quoted line, a clause of time after a quote's cue
that is no content of it, and a headline's bare title (``..., minister says``) that is the
one the lede has speak (real spaCy model, new sentences; where the model's tagging is the
point, the test states the tag it reads)."""

from __future__ import annotations

from speaker_helpers import claim_starting, parsed, speaker_of


def test_a_verb_of_saying_tagged_as_a_noun_with_subject_and_clause_is_a_cue(nlp):
    from kg.extract.claims import claims

    doc = parsed(nlp, """
        But 2 cc CC CCONJ but
        Roe 2 nsubj NNP PROPN Roe
        claims 2 ROOT NNS NOUN claim
        that 6 mark IN SCONJ that
        she 6 nsubj PRP PRON she
        should 6 aux MD AUX should
        be 2 ccomp VB AUX be
        the 8 det DT DET the
        exception 6 attr NN NOUN exception
        . 2 punct . PUNCT .
    """, ents=[(1, 2, "PERSON")])
    found = list(claims(doc))
    c = claim_starting(found, "she should be the exception")
    assert (c.speaker, c.cue) == ("Roe", "claims")


def test_a_verb_of_saying_tagged_as_a_noun_closing_its_sentence_is_a_cue(claims_named):
    found, _ = claims_named(
        "Secrecy is not a stranger to her, the candidate\u2019s former doctor maintains.")
    c = claim_starting(found, "Secrecy is not a stranger")
    assert c.speaker == "the candidate\u2019s former doctor" and c.cue == "maintains"


def test_a_noun_of_saying_closing_its_paragraph_with_a_colon_introduces_the_next(
        claims_named):
    found, names = claims_named(
        "Jane Roe issued the following statement:\n\nThe plan will fail and the state will "
        "pay for it.")
    assert speaker_of(found, names, "The plan will fail")[1] == "Jane Roe"
    assert not any(c.text.startswith("the following") for c in found)
    found, names = claims_named(
        "On Monday, Jane Roe made the following comment:\n\nIf they are poor, the real "
        "unemployment rate for young people is 51 percent.")
    assert speaker_of(found, names, "If they are poor")[1] == "Jane Roe"


def test_issuing_a_statement_says_nothing_yet(claims_of):
    assert claims_of("Jane Roe issued a statement.") == []
    found = claims_of("Jane Roe issued a statement: \"The plan will fail.\"")
    assert any("The plan will fail" in c.text for c in found)


def test_a_gerund_after_a_verb_of_saying_is_what_was_said(claims_named):
    found, names = claims_named("Jane Roe denied taking the money.")
    c = claim_starting(found, "taking the money")
    assert names.get(c.speaker_key) == "Jane Roe" and c.act == "Statement"
    found, names = claims_named("Tom Baker recalled seeing the gunman near the school.")
    c = claim_starting(found, "seeing the gunman")
    assert names.get(c.speaker_key) == "Tom Baker" and c.act == "Statement"


def test_a_person_in_a_headline_label_before_a_wholly_quoted_line_speaks(claims_named):
    found, names = claims_named(
        "A lesson from Jane Roe: 'Be the voice that people hear.'\n\nThe judge spoke to "
        "students on Tuesday.")
    assert speaker_of(found, names, "Be the voice")[1] == "Jane Roe"
    found, _ = claims_named(
        "A lesson from Jane Roe: Be the voice that people hear.\n\nThe judge spoke to "
        "students on Tuesday.")
    assert not any(c.text.startswith("Be the voice") for c in found)


def test_a_clause_of_time_after_a_quotes_cue_is_no_content_of_it(claims_named):
    found, names = claims_named(
        "\u201cYou should resign. You should give back the money and you should be "
        "criminally investigated,\u201d Jane Roe told Tom Baker, after he admitted under her "
        "grilling he hadn\u2019t yet been held personally accountable for the actions of his "
        "employees.")
    assert speaker_of(found, names, "You should resign")[1] == "Jane Roe"
    assert not any(c.text.startswith("after he admitted") for c in found)


def test_who_went_out_of_their_way_to_say_it_says_it(nlp):
    from kg.extract.claims import claims

    # the parser hangs the infinitive on "way" as a relative clause
    doc = parsed(nlp, """
        He 1 nsubj PRP PRON he
        went 1 ROOT VBD VERB go
        out 1 prep IN ADP out
        of 2 prep IN ADP of
        his 5 poss PRP$ PRON his
        way 3 pobj NN NOUN way
        to 7 aux TO PART to
        say 5 relcl VB VERB say
        that 12 mark IN SCONJ that
        the 10 det DT DET the
        economy 12 nsubj NN NOUN economy
        had 12 aux VBD AUX have
        hit 7 ccomp VBN VERB hit
        bottom 12 dobj NN NOUN bottom
        . 1 punct . PUNCT .
    """)
    c = claim_starting(list(claims(doc)), "the economy had hit bottom")
    assert (c.speaker, c.cue) == ("He", "say")


def test_an_unnamed_person_in_a_named_speakers_words_is_not_who_she_is(claims_named):
    found, names = claims_named(
        "Jane Roe met the governor. Jane Roe said when police informed her that a woman was "
        "arrested, she didn\u2019t believe them. But she said that once she spoke to the "
        "governor by phone, she realized it was him.")
    assert speaker_of(found, names, "once she spoke")[1] == "Jane Roe"
    found, names = claims_named(
        "At his stand, a woman begged for money. \"I have nothing,\" she said.")
    assert speaker_of(found, names, "I have nothing")[1] is None


def test_the_name_someone_gave_as_their_own_is_a_persons_and_theirs(claims_named):
    found, names = claims_named(
        "The resident, who gave his name as Maher, said the road was packed with vehicles. "
        "\"People fled and left everything behind,\" he said.")
    assert speaker_of(found, names, "the road was packed")[1] == "Maher"
    assert speaker_of(found, names, "People fled")[1] == "Maher"
    found, names = claims_named(
        "Another man, who identified himself only as Saeed, said the media had concealed "
        "the cause.")
    assert speaker_of(found, names, "the media had concealed")[1] == "Saeed"
    assert not any(c.cue == "identified" for c in found)


def test_the_president_of_a_body_in_focus_is_not_the_president(claims_named):
    found, names = claims_named(
        "HANOI \u2013 President Maria Lopez opened a summit with Tom Baker here on Wednesday."
        "\n\n\"Congress should have postponed the testimony,\" tweeted Bob Smith, president of "
        "the Council on Foreign Relations.\n\nLopez appeared annoyed when reporters shouted "
        "questions about the testimony. The White House later restricted reporter access to "
        "the dinner with Lopez and Baker.\n\nThe president did say she plans to hold a news "
        "conference after Thursday's meetings.")
    assert speaker_of(found, names, "she plans to hold")[1] == "Maria Lopez"


def test_a_thing_called_it_by_a_participle_is_not_who_calls_it(claims_of):
    found = claims_of(
        "The Acme Council last month criticised the earlier order describing it as "
        "\u201cselective and discriminatory\u201d.")
    c = claim_starting(found, "it as")
    assert c.speaker == "The Acme Council"


def test_a_participle_the_parser_joined_to_a_quote_is_the_sentences_subjects(claims_named):
    found, names = claims_named(
        "The debate turned on taxes, when Jane Roe said that Tom Baker ''doesn't want the "
        "voters to know that he's paid nothing in taxes.''\n\nMr. Baker hardly clarified the "
        "matter, treating Ms. Roe's remark first as a compliment -- ''That makes me smart'' "
        "-- and, when questioned after the debate, asserting, ''Of course, I pay federal "
        "taxes.''")
    assert speaker_of(found, names, "Of course, I pay")[1] == "Tom Baker"


def test_a_quote_between_dashes_after_a_name_is_that_persons(claims_named):
    found, names = claims_named(
        "Several senators have said the same thing, including the former candidate Tom Baker "
        "-- ''It is disqualifying for a nominee to refuse to release tax returns to the "
        "voters'' -- and Jane Roe, a former official.")
    assert speaker_of(found, names, "It is disqualifying")[1] == "Tom Baker"
    assert not any("Jane Roe, a former official" in c.text for c in found)


def test_a_verb_after_an_appositive_the_parser_took_for_a_participle_is_the_names(
        claims_named):
    found, names = claims_named(
        "The issue had come up Friday after Tom Baker had said, ''I think our country does "
        "plenty of killing also.''\n\nJane Roe, the 2012 Republican presidential nominee, "
        "tweeted in response: ''Important distinction: thug rulers kill journalists and "
        "opponents; our presidents kill terrorists and enemy combatants.''")
    assert speaker_of(found, names, "Important distinction")[1] == "Jane Roe"


def test_a_name_and_its_appositive_with_no_article_both_subjects_the_name_speaks(nlp):
    from kg.extract.claims import claims

    doc = parsed(nlp, """
        Jane 1 compound NNP PROPN Jane
        Roe 10 nsubj NNP PROPN Roe
        , 10 punct , PUNCT ,
        senior 4 amod JJ ADJ senior
        researcher 10 nsubj NN NOUN researcher
        at 4 prep IN ADP at
        the 8 det DT DET the
        city 8 compound NN NOUN city
        institute 5 pobj NN NOUN institute
        , 4 punct , PUNCT ,
        told 10 ROOT VBD VERB tell
        reporters 10 dobj NNS NOUN reporter
        that 15 mark IN SCONJ that
        the 14 det DT DET the
        plan 15 nsubj NN NOUN plan
        failed 10 ccomp VBD VERB fail
        . 10 punct . PUNCT .
    """, ents=[(0, 2, "PERSON")])
    c = claim_starting(list(claims(doc)), "the plan failed")
    assert c.speaker.startswith("Jane Roe")


def test_the_official_is_no_one_with_an_office_of_their_own(claims_named):
    found, names = claims_named(
        "Jane Roe, the mayor of Springfield, called the governor to discuss the case. The "
        "two leaders agreed on a joint working group.\n\nThe city official said that a decree "
        "was issued Friday directing the prosecutor to conduct an investigation.")
    assert speaker_of(found, names, "a decree was issued")[1] is None
    found, names = claims_named(
        "Jane Roe, a senior official at the ministry, said the plan would fail. The official "
        "said the talks would go on.")
    assert speaker_of(found, names, "the talks would go on")[1] == "Jane Roe"


def test_one_man_brought_in_unnamed_is_who_he_is(claims_named):
    found, names = claims_named(
        "Tom Baker is a professor of theology at the university.\n\nI had been preaching "
        "about the weak and the homeless. Most of the congregation were happy, but one man "
        "had something to get off his chest. \u201cYou should stick to the script!\u201d he "
        "said to me.")
    assert speaker_of(found, names, "You should stick")[1] is None


def test_a_name_glued_by_a_comma_to_an_age_is_a_name(claims_named):
    found, names = claims_named(
        "Ellie Ward,17, had seen her grandfather at the hospital, after he was hit by "
        "shrapnel while waiting to collect her. \u201cHe\u2019s OK, but he\u2019s cut his "
        "cheek,\u201d she said.")
    assert speaker_of(found, names, "He\u2019s OK")[1] == "Ellie Ward"


def test_the_campaigner_who_speaks_after_a_named_speaker_is_her(claims_named):
    found, names = claims_named(
        "Speaking in Birmingham, Jane Roe said she was in chemistry class when her teacher "
        "informed her she'd won.\n\n\"I decided not to leave school,\" the education "
        "campaigner said. \"I treated it like a normal day.\"")
    assert speaker_of(found, names, "I decided not to leave")[1] == "Jane Roe"


def test_a_verb_of_saying_with_no_noun_of_its_own_tagged_as_a_noun_is_a_cue(nlp):
    from kg.extract.claims import claims

    doc = parsed(nlp, """
        But 2 cc CC CCONJ but
        Roe 2 nsubj NNP PROPN Roe
        warns 2 ROOT NNS NOUN warn
        that 5 mark IN SCONJ that
        she 5 nsubj PRP PRON she
        won 2 ccomp VBD VERB win
        . 2 punct . PUNCT .
    """, ents=[(1, 2, "PERSON")])
    c = claim_starting(list(claims(doc)), "she won")
    assert (c.speaker, c.cue) == ("Roe", "warns")


def test_a_pronoun_in_a_clause_of_concession_is_the_main_clauses_named_subject(
        claims_named):
    found, names = claims_named(
        "Tom Baker met the senator. Though she declined to comment, Jane Roe said the plan "
        "was sound.")
    assert speaker_of(found, names, "to comment")[1] == "Jane Roe"
    found, names = claims_named(
        "The posts were not detected by the authorities. Though he declined to comment "
        "directly on that part of the investigation, Tom Baker suggested the messages were "
        "private.")
    assert speaker_of(found, names, "to comment directly")[1] == "Tom Baker"


def test_the_one_asked_in_a_fronted_clause_is_the_description_that_answers(claims_named):
    found, names = claims_named(
        "However, a few minutes later when Sen. Jane Roe asked Tom Baker if he still held a "
        "view he expressed in a 2007 interview that waterboarding is torture, the nominee "
        "said that's still his view.")
    assert speaker_of(found, names, "that's still his view")[1] == "Tom Baker"


def test_a_bare_title_in_a_headline_is_the_one_the_lede_has_speak(claims_named):
    found, names = claims_named(
        "Town to fund new rinks, minister says\n\nBy Tom Baker\n\nPosted: Jan 12, 2021\n\n"
        "TORONTO \u2014 The province will spend $20 million on new rinks, Sport Minister Jane "
        "Roe said Tuesday.")
    assert names[claim_starting(found, "Town to fund new rinks").speaker_key] == "Jane Roe"


def test_a_bare_title_in_a_headline_is_no_one_the_lede_only_mentions(claims_named):
    found, names = claims_named(
        "Budget is doomed, senator says\n\nThe budget unveiled by Jane Roe on Monday was "
        "criticized. Analysts were divided on it.")
    assert claim_starting(found, "Budget is doomed").speaker_key is None


def test_a_bare_title_in_a_headline_is_no_one_the_lede_has_accused(claims_named):
    found, names = claims_named(
        "New information has come to light, prosecutor says\n\nTom Baker had been accused "
        "of mailing the letters. His lawyer said he was innocent.")
    assert claim_starting(found, "New information").speaker_key is None
