"""Places inside the names of other things, and names the recognizer missed. A country's name
closing another thing's name (``Air Canada``, ``Statistics Canada``, ``Transport Canada``) or
opening a company's (``Singapore Airlines``) makes no mention of the country: the recognizer
names the body whole; a part of the place (``Eastern Ukraine``) or a headline in capitals
stays the place. An airline's name says it is one (``the airline`` after ``Air Canada``); a
name set off before a business's noun (``X, the country's second-largest carrier,``) is a
body's; a place named first before a surname the recognizer took for a person's (``Jordan
Baker said``) is a first name; a known person's name opening a body's (``McMaster
University``, ``Obama Foundation``) is no mention of the person. Real spaCy model, new
sentences."""

from __future__ import annotations

import pytest

from speaker_helpers import claim_starting


@pytest.mark.parametrize("name", ["Air Canada", "Statistics Canada", "Transport Canada"])
def test_a_country_closing_a_bodys_name_is_no_mention_of_the_country(claims_named, name):
    found, names = claims_named(f"{name} said on Tuesday it would cut 2,000 jobs.")
    c = claim_starting(found, "it would cut")
    assert names[c.speaker_key] == name
    assert "Canada" not in names.values()


@pytest.mark.parametrize("text", ["Eastern Ukraine was shelled again on Tuesday.",
                                  "Jane Roe Visits Ukraine As War Drags On"])
def test_a_part_of_a_place_or_a_headline_keeps_the_place(nlp, text):
    from kg.extract import extract

    assert "Ukraine" in {e.name for e in extract(nlp(text)).entities}


def test_the_airline_is_the_body_whose_name_says_it_is_one(claims_named):
    found, names = claims_named("Air Canada said on Tuesday it would cut 2,000 jobs. The "
                                "airline said the layoffs would start in June.")
    c = claim_starting(found, "the layoffs would start")
    assert names[c.speaker_key] == "Air Canada"


def test_a_place_opening_a_companys_name_is_no_mention_of_the_place(claims_named):
    found, names = claims_named("Singapore Airlines said on Tuesday it would ground its "
                                "planes.")
    assert names[claim_starting(found, "it would ground").speaker_key] == "Singapore Airlines"
    assert "Singapore" not in names.values()


def test_a_name_set_off_before_a_business_noun_is_a_bodys(claims_named):
    found, names = claims_named(
        "Jetwise, the country's second-largest carrier, said on Monday it would lay off 900 "
        "workers. The Calgary-based company said it hoped to rehire them.")
    assert names[claim_starting(found, "it would lay off").speaker_key] == "Jetwise"
    assert names[claim_starting(found, "it hoped to rehire").speaker_key] == "Jetwise"


def test_a_place_named_first_before_a_persons_surname_is_her_first_name(claims_named):
    found, names = claims_named("Jordan Baker said on Monday the plan had failed.")
    assert names[claim_starting(found, "the plan had failed").speaker_key] == "Jordan Baker"
    assert "Jordan" not in names.values()


@pytest.mark.parametrize("body", ["McMaster University", "Obama Foundation", "Obama Center"])
def test_a_known_persons_name_opening_a_bodys_is_no_mention_of_the_person(claims_named, body):
    found, names = claims_named(f"A new study from {body} suggests that people who walk "
                                "more live longer.")
    assert names[claim_starting(found, "people who walk").speaker_key] == body
    assert not {"H. R. McMaster", "Barack Obama"} & set(names.values())
