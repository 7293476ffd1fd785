"""Descriptions and names that hid their speaker: ``the president-elect`` (split at its
hyphen), kin nouns after a quote, a person named after a body's possessive, ``the charity``,
a name between a quote and a verb the parser hung on the quote, a verb of saying taken for
a noun after a name, a participle after an object, a name cut off with the phrase it is of,
a place's name that is a surname, a title set off before another name, a former holder's
title, a former title after a pronoun speaker, a description in an adverbial clause, a pronoun
after a phrase whose own pronoun speaks, and a quote framed by a colon whose last words are a
quote of its own (real spaCy model, new sentences)."""

from __future__ import annotations

from speaker_helpers import claim_starting, speaker_of


def test_the_president_elect_is_the_one_introduced_so(claims_named):
    found, names = claims_named(
        "President-elect Jane Roe met Tom Baker on Thursday. The president-elect said she "
        "would build a new bridge.")
    assert speaker_of(found, names, "she would build") == ("The president-elect", "Jane Roe")


def test_the_president_elect_is_the_winner_in_focus(claims_named):
    found, names = claims_named(
        "Jane Roe won the vote on Tuesday. Ms. Roe met the mayor. The president-elect said "
        "she would build a new bridge.")
    assert speaker_of(found, names, "she would build")[1] == "Jane Roe"


def test_the_president_elect_is_no_president_and_the_president_no_president_elect(
        claims_named):
    found, names = claims_named(
        "President Tom Baker met President-elect Jane Roe on Thursday. The president said "
        "the talks went well. The president-elect said she would build a new bridge.")
    assert speaker_of(found, names, "the talks went well")[1] == "Tom Baker"
    assert speaker_of(found, names, "she would build")[1] == "Jane Roe"
    found, names = claims_named(
        "President Tom Baker met Jane Roe on Thursday. The president-elect said she would "
        "build a new bridge.")
    assert speaker_of(found, names, "she would build")[1] is None


def test_a_kin_noun_after_a_quote_is_the_one_of_that_sex_who_spoke_last(claims_named):
    found, names = claims_named(
        "Jane Roe, whose son died in the attack, said the war was a mistake. \"He was my "
        "whole life,\" the grieving mother said.")
    assert speaker_of(found, names, "He was my whole life")[1] == "Jane Roe"
    found, names = claims_named(
        "\"We want answers,\" Jane Roe said. \"He was my whole life,\" the father said.")
    assert speaker_of(found, names, "He was my whole life")[1] is None


def test_a_person_named_after_a_bodys_possessive_speaks(claims_named):
    found, names = claims_named(
        "The Council on Foreign Relations' Tom Baker said the plan would fail.")
    assert speaker_of(found, names, "the plan would fail")[1] == "Tom Baker"


def test_a_person_the_recognizer_joined_to_a_bodys_name_speaks(claims_named):
    # the recognizer takes the body, its possessive and the name for one organization's name
    found, names = claims_named(
        "\u201cIt is a mechanical way,\u201d said the Federation of American Scientists\u2019 "
        "Jane Roe, a longtime scholar of policy. She also said that the plan would fail.")
    c = claim_starting(found, "It is a mechanical way")
    assert names.get(c.speaker_key) == "Jane Roe"
    assert c.speaker.endswith("Jane Roe, a longtime scholar of policy")
    assert speaker_of(found, names, "the plan would fail")[1] == "Jane Roe"


def test_the_charity_is_the_one_that_spoke_or_acted(claims_named):
    found, names = claims_named(
        "A hospital run by Doctors Without Borders was hit by an airstrike on Saturday, "
        "killing 19 people, officials said. The blasts left part of the hospital in flames, "
        "the charity said.")
    assert speaker_of(found, names, "The blasts left")[1] == "M\u00e9decins Sans Fronti\u00e8res"
    found, names = claims_named(
        "The Red Cross said the camp was full. The Syrian government said aid was blocked. "
        "The charity said it would send more food.")
    assert speaker_of(found, names, "it would send")[1] == (
        "International Committee of the Red Cross")


def test_a_name_between_a_quote_and_a_verb_hung_on_the_quote_speaks(nlp):
    from speaker_helpers import parsed

    from kg.extract import extract
    from kg.extract.claims import claims

    # the parse the model gives in some contexts: "said" a conjunct of the quote's verb, the
    # first word after the quote a verb, the surname a country's name
    doc = parsed(nlp, """
        \u201c 3 punct `` PUNCT \u201c
        We 3 nsubj PRP PRON we
        will 3 aux MD AUX will
        win 3 ROOT VB VERB win
        this 5 det DT DET this
        case 3 dobj NN NOUN case
        , 3 punct , PUNCT ,
        \u201d 3 punct '' PUNCT \u201d
        Springfield 3 dep VB VERB springfield
        police 10 compound NN NOUN police
        Chief 13 dobj NNP PROPN chief
        Jane 12 compound NNP PROPN Jane
        Jordan 10 appos NNP PROPN Jordan
        said 3 conj VBD VERB say
        Monday 13 npadvmod NNP PROPN Monday
        . 3 punct . PUNCT .""", ents=[(12, 13, "GPE")])
    assert doc.text.startswith("\u201cWe will win this case,\u201d Springfield")
    ext = extract(doc)
    found = claims(doc, entities=ext.entities)
    c = claim_starting(found, "We will win this case")
    assert c.cue == "said" and c.speaker.endswith("Jane Jordan")


def test_a_framed_quote_may_end_with_a_quote_of_its_own(claims_named):
    found, names = claims_named(
        "Jane Roe scolded him: \u201cThe experts are firmly against you in terms of the "
        "safety of the products you called \u2018miracles,\u2019\u201d she said.")
    c = claim_starting(found, "The experts are firmly against")
    assert (c.kind, c.cue, names.get(c.speaker_key)) == ("direct", "said", "Jane Roe")
    assert not any(x.text.startswith("Jane Roe scolded") for x in found), found


def test_a_pronoun_after_a_phrase_whose_own_pronoun_speaks_is_that_one(claims_named):
    found, names = claims_named(
        "Tom Baker has said he wants to meet Jane Roe's lawyer, Bob Smith. In the interview in "
        "which he stated his wish to meet Smith, he added a warning: \u201cI have to be treated "
        "fairly.\u201d")
    assert speaker_of(found, names, "I have to be treated fairly")[1] == "Tom Baker"


def test_a_kin_noun_of_someone_may_bring_in_someone_new(claims_named):
    found, names = claims_named(
        "\"We want answers,\" Jane Roe said. \"We will not stop.\" The mother of the "
        "missing girl said the families are searching on their own.")
    assert speaker_of(found, names, "the families are searching")[1] is None


def test_a_verb_of_saying_taken_for_a_noun_after_a_name_is_the_names_cue(nlp):
    from speaker_helpers import parsed

    from kg.extract import extract
    from kg.extract.claims import claims

    # the parse the model gives where the name is also a word: "charges" a plural noun,
    # the name its modifier and the clause hung on it
    doc = parsed(nlp, """
        In 6 prep IN ADP in
        the 2 det DT DET the
        ad 0 pobj NN NOUN ad
        , 6 punct , PUNCT ,
        Tom 5 compound NNP PROPN Tom
        Baker 6 compound NN NOUN baker
        charges 6 ROOT NNS NOUN charge
        that 11 mark IN SCONJ that
        the 9 det DT DET the
        media 11 nsubjpass NNS NOUN media
        is 11 auxpass VBZ AUX be
        biased 6 acl VBN VERB bias
        against 11 prep IN ADP against
        him 12 pobj PRP PRON he
        . 6 punct . PUNCT .""", ents=[(4, 6, "PERSON")])
    ext = extract(doc)
    names = {e.key: e.name for e in ext.entities}
    found = claims(doc, entities=ext.entities)
    c = claim_starting(found, "the media is biased")
    assert (c.cue, c.speaker, names.get(c.speaker_key)) == ("charges", "Tom Baker", "Tom Baker")


def test_a_participle_after_an_object_is_the_subjects(claims_named):
    # "started her presidency hoping to ...": the participle is hers, though the verb it
    # hangs on has an object (unlike "urged residents to leave")
    found, names = claims_named(
        "Ms. Roe started her presidency hoping to use the war to demonstrate her willingness "
        "to get her hands dirty. She asserted that the fight was worth it.")
    c = claim_starting(found, "to use the war")
    assert (c.cue, c.speaker, names.get(c.speaker_key)) == ("hoping", "Ms. Roe", "Roe")


def test_a_name_cut_off_with_the_phrase_it_is_of_is_a_person(claims_named):
    # the recognizer takes "Zakaria Haddad of the" for a work's title
    found, names = claims_named(
        "The attack was \"a reply to the attempts to advance\" Zakaria Haddad of the "
        "Idlib-based Example opposition group told Reuters. He said the rebels had made gains.")
    assert speaker_of(found, names, "the rebels had made gains")[1] == "Zakaria Haddad"


def test_a_place_after_an_unlabelled_given_name_and_before_a_role_is_a_surname(claims_named):
    found, names = claims_named(
        "Xelil Manbij, an SDF commander, announced the end of the operation: \u201cWe have "
        "won,\u201d he declared.")
    assert speaker_of(found, names, "We have won")[1] == "Xelil Manbij"
    found, names = claims_named(
        "In Manbij, a local activist said the town had fallen.")
    assert speaker_of(found, names, "the town had fallen")[1] is None


def test_a_title_set_off_before_another_name_is_that_names(nlp):
    from speaker_helpers import parsed

    from kg.extract import extract
    from kg.extract.claims import claims

    # the parse the model gives in some contexts: the title an appositive of the name before
    # it, the name after it the title's own appositive
    doc = parsed(nlp, """
        Jane 1 compound NNP PROPN Jane
        Roe 2 nsubj NNP PROPN Roe
        spoke 2 ROOT VBD VERB speak
        on 2 prep IN ADP on
        Monday 3 pobj NNP PROPN Monday
        . 2 punct . PUNCT .
        The 8 det DT DET the
        US 8 compound NNP PROPN US
        president 9 nsubj NN NOUN president
        added 9 ROOT VBD VERB add
        that 13 mark IN SCONJ that
        the 12 det DT DET the
        plan 13 nsubj NN NOUN plan
        works 9 ccomp VBZ VERB work
        . 9 punct . PUNCT .
        Standing 26 advcl VBG VERB stand
        alongside 15 prep IN ADP alongside
        Roe 16 pobj NNP PROPN Roe
        , 17 punct , PUNCT ,
        the 21 det DT DET the
        treasury 21 compound NN NOUN treasury
        secretary 17 appos NN NOUN secretary
        , 21 punct , PUNCT ,
        Tom 24 compound NNP PROPN Tom
        Baker 21 appos NNP PROPN Baker
        , 17 punct , PUNCT ,
        said 26 ROOT VBD VERB say
        the 28 det DT DET the
        measures 29 nsubj NNS NOUN measure
        work 26 ccomp VBP VERB work
        . 26 punct . PUNCT .""",
        ents=[(0, 2, "PERSON"), (7, 8, "GPE"), (17, 18, "PERSON"), (23, 25, "PERSON")])
    ext = extract(doc)
    names = {e.key: e.name for e in ext.entities}
    found = claims(doc, entities=ext.entities)
    assert speaker_of(found, names, "the plan works") == ("The US president", "Jane Roe")


def test_a_title_of_a_former_holder_who_spoke_last_is_theirs_if_no_one_holds_it_now(
        claims_named):
    found, names = claims_named(
        "Former Vice President Tom Baker spoke on NBC on Sunday. \"It worked,\" Baker said. "
        "\"It's a small report,\" the vice president said of the review.")
    assert speaker_of(found, names, "It's a small report")[1] == "Tom Baker"
    found, names = claims_named(
        "Former Vice President Tom Baker spoke on NBC on Sunday, as did Vice President Jane "
        "Roe. \"It worked,\" Baker said. \"It's a small report,\" the vice president said of "
        "the review.")
    assert speaker_of(found, names, "It's a small report")[1] == "Jane Roe"


def test_a_description_in_an_adverbial_clause_is_not_the_main_clauses_subject(claims_named):
    found, names = claims_named(
        "Sen. Tom Baker spoke to reporters on Thursday. Baker has been critical of Jane Roe "
        "since they both were competing in the primary. In June, the Ohio senator called on "
        "fellow Republicans to drop Roe after the billionaire mogul claimed that a judge was "
        "unfit to serve.")
    assert speaker_of(found, names, "a judge was unfit")[1] == "Jane Roe"
    assert speaker_of(found, names, "fellow Republicans")[1] == "Tom Baker"


def test_a_former_title_after_a_pronoun_speaker_is_the_one_who_spoke_last(claims_named):
    # the sentence before is all of the pronoun's saying: no named subject to go by
    found, names = claims_named(
        "Mr. Baker, 59, managed to place second. \"Republicans who kept money in their "
        "wallets let me down,\" he said. \"I was outspent by my opponents.\"\n\nThe former "
        "Southern Baptist minister said his other main test for running will be the sales of "
        "his book.")
    assert speaker_of(found, names, "his other main test")[1] == "Baker"
