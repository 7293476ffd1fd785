"""People the recognizer missed or merged with a known namesake still speak as themselves
(kg.extract.personnames): another bearer of a known person's surname, a given name joined by a
hyphen, a name as the subject of a verb of saying, a name and its town taken for a work's title,
and one of two people who share a surname.  New sentences, parsed with the real pipeline."""

from __future__ import annotations

import pytest

from speaker_helpers import speaker_of


@pytest.mark.parametrize("text, start, name", [
    # another person who bears the surname of a gazetteer person named in the article
    ("Tiffany Trump said the charity would open a second shelter. Donald Trump did not "
     "attend.", "the charity would", "Tiffany Trump"),
    ("Lara Trump said the campaign would open a second office. Donald Trump did not attend.",
     "the campaign would", "Lara Trump"),
    # ... also with a first name no table knows, which the article never writes in lower case
    ("Ted Cruz spoke on Monday. Oyelaran Cruz, a coordinator with a migrant shelter, said "
     "the new rules had emptied the camp.", "the new rules", "Oyelaran Cruz"),
    # ... not the gazetteer's own person written with another spelling of a given name
    ("Islamic State group spokesman Abu Mohammed al-Adnani said the coalition would fail.",
     "the coalition would", "Abu Mohammad al-Adnani"),
    ("President Barrack Obama said the strikes would go on.", "the strikes would",
     "Barack Obama"),
    # ... nor a place's possessive that lost its apostrophe
    ("Syrias Assad says the truce will hold, state media reported.", "the truce will",
     "Bashar al-Assad"),
    # ... nor a gazetteer name before the surname in a line without commas
    ("Blaming Assad Trump says chemical attack cannot be tolerated. President Donald Trump "
     "spoke on Tuesday.", "chemical attack cannot", "Donald Trump"),
])
def test_a_namesake_of_a_known_person(claims_named, text, start, name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start)[1] == name


def test_a_name_and_its_town_taken_for_a_title(claims_named):
    found, names = claims_named("\u201cIt mattered a lot,\u201d Don Haskins of Destin said of "
                                "the crews.")
    assert speaker_of(found, names, "It mattered")[1] == "Don Haskins"


@pytest.mark.parametrize("text, name", [
    # a given name whose second part, after a hyphen, is in lower case, described by a role
    ("\u201cWe do not know the cause yet,\u201d said Choi Dong-hyuk, a district court "
     "judge.", "Choi Dong-hyuk"),
    # a name, a first name first, as the subject of a verb of saying
    ("Tariq Haddad, Sky News Middle East and terrorism analyst, suggested the government "
     "was relying too much on raids.", "Tariq Haddad"),
    ("Later, Tariq Haddad warned that the army was relying too much on raids.",
     "Tariq Haddad"),
])
def test_a_name_the_recognizer_left_unlabelled(nlp, text, name):
    from kg.extract.mentions import mentions

    doc = nlp(text)
    doc.ents = ()  # as the recognizer leaves such names, in some articles
    assert [(m.text, m.kind) for m in mentions(doc)] == [(name, "Person")]


def test_a_shared_surname_is_the_one_named_before(claims_named):
    text = ("As Raul Mendez walked out of the hall, he said he still had hope that the mayor "
            "could win.\n\n\"He has always been the underdog,\" Mendez, a 61-year-old "
            "Hialeah resident, said.\n\nAs he talked, Teresa Mendez, 58, shook her head.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "He has always")[1] == "Raul Mendez"


@pytest.mark.parametrize("text, start, name", [
    # a first name the gazetteer knows as a country, where the words around mean a person
    ("Chad Wolf told reporters the agency would act within a week.", "the agency would",
     "Chad Wolf"),
    ("\u201cThe ground is still moving,\u201d CNN meteorologist Chad Myers said.",
     "The ground is still", "Chad Myers"),
    ("\u201cIs this any different?\u201d said Chad Bown, senior fellow at a trade think "
     "tank.", "Is this any different", "Chad Bown"),
])
def test_a_first_name_that_is_a_country(claims_named, text, start, name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start)[1] == name


def test_a_country_before_a_body_stays_the_country(nlp):
    from kg.extract import extract

    ents = extract(nlp("Government forces attacked the town, Chad Army said.")).entities
    assert [(e.name, e.kind) for e in ents] == [("Chad", "Country")]


def test_a_reporter_the_recognizer_took_for_an_organization(claims_named):
    text = ("CBS's Dina Kessler-Ward reports that the agency had been worried about a second "
            "attack.\n\n\u201cThey had warnings,\u201d she reports.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "They had warnings") == ("she", "Dina Kessler-Ward")


@pytest.mark.parametrize("text, name", [
    ("\u201cThe budget is bloated,\u201d said Colette de Marny, senior fellow at a university "
     "center.", "Colette de Marny"),
    ("Diana Wexler-Brandt told reporters the agency had been worried.", "Diana Wexler-Brandt"),
])
def test_a_speaking_name_labelled_an_organization_is_a_person(nlp, text, name):
    from spacy.tokens import Span

    from kg.extract.mentions import mentions

    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    doc.ents = [Span(doc, span.start, span.end, label="ORG")]  # as the recognizer may
    assert [(m.text, m.kind) for m in mentions(doc)] == [(name, "Person")]


def test_an_organization_named_for_a_person_that_reports_stays_one(nlp):
    from spacy.tokens import Span

    from kg.extract.mentions import mentions

    doc = nlp("Charles Schwab Corp reported a rise in new accounts.")
    doc.ents = [Span(doc, 0, 3, label="ORG")]
    assert [m.kind for m in mentions(doc)] != ["Person"]
