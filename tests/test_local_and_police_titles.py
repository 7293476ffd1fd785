"""Titles and roles of local government, police, schools and parliaments abroad (``Coun.``,
``Const.``, ``Det. Sgt.``, ``Cllr``, ``Ald.``, ``MPP``): an abbreviated one keeps its sentence
whole, the name written with it is the person's without the title, and ``the councillor``,
``the detective``, ``the MPP`` written later is that person; a party's critic for a
portfolio holds no stand on it; a name set off after ``a spokesperson for X`` is a person's;
``the goaltender``, ``the manager``, ``the principal``, ``the ombudsman`` is the one
introduced with that position or post, ``the judge`` a court's justice, ``the MP`` a
party's spokesman in focus; a time of day
(``2 a.m.``) ends its sentence before a quote or a new subject (real spaCy model, new
sentences)."""

from __future__ import annotations

import pytest

from speaker_helpers import claim_starting


@pytest.mark.parametrize("title, later", [
    ("Coun.", "The councillor"), ("Const.", "The constable"), ("Det.", "The detective"),
    ("Ald.", "The alderman"), ("Cst.", "The constable"), ("Amb.", "The ambassador")])
def test_an_abbreviated_title_keeps_its_sentence_and_names_the_one_described_later(
        claims_named, title, later):
    found, names = claims_named(
        f"\u201cThis is a blow to families across the city,\u201d said {title} Jane Roe, "
        f"who spoke on Tuesday. {later} said she had heard from hundreds of parents.")
    first = claim_starting(found, "This is a blow")
    assert names[first.speaker_key] == "Jane Roe"
    assert first.speaker.startswith(f"{title} Jane Roe")
    second = claim_starting(found, "she had heard")
    assert second.speaker == later and second.speaker_key == first.speaker_key


def test_a_quote_before_a_two_word_abbreviated_title_is_the_named_officers(claims_named):
    found, names = claims_named(
        "Police Const. Tom Baker said officers were called to the house on Sunday. "
        "\u201cWe believe this was a targeted incident,\u201d Det. Sgt. Jane Roe told "
        "reporters. The detective said a second suspect was sought.")
    quote = claim_starting(found, "We believe this was a targeted")
    assert names[quote.speaker_key] == "Jane Roe"
    later = claim_starting(found, "a second suspect was sought")
    assert later.speaker_key == quote.speaker_key
    first = claim_starting(found, "officers were called")
    assert names[first.speaker_key] == "Tom Baker"


def test_a_title_without_its_period_is_no_part_of_the_name(claims_named):
    found, names = claims_named(
        "Cllr Jane Roe, who chairs the police board, said the city needed more resources. "
        "The councillor added that she would raise the issue at the next meeting.")
    first = claim_starting(found, "the city needed more resources")
    assert names[first.speaker_key] == "Jane Roe"
    assert claim_starting(found, "she would raise").speaker_key == first.speaker_key


def test_a_member_of_a_provincial_parliament_is_the_mpp_described_later(claims_named):
    found, names = claims_named(
        "MPP Jane Roe, the education critic, said the plan would hurt rural schools. "
        "According to the MPP, classes in some northern towns could double in size.")
    first = claim_starting(found, "the plan would hurt")
    later = claim_starting(found, "classes in some northern towns")
    assert names[first.speaker_key] == "Jane Roe" and later.speaker_key == first.speaker_key


def test_a_critic_for_a_portfolio_holds_no_stand_on_it(claims_of):
    found = claims_of("Jane Roe, her party's critic for the file, said voters had heard "
                      "such promises before.")
    assert [(c.cue, c.text) for c in found] == [
        ("said", "voters had heard such promises before")]


def test_a_critic_of_something_still_holds_a_stand(claims_of):
    found = claims_of("Jane Roe, a longtime critic of the plan, said it would fail.")
    assert ("critic", "the plan") in [(c.cue, c.text) for c in found]


def test_a_name_set_off_after_a_spokesperson_for_someone_is_a_persons(claims_named):
    found, names = claims_named(
        "Finance Minister Tom Baker announced the plan on Monday. A spokesperson for Baker, "
        "V\u00e9ronique Perron, said details would be released in the coming weeks.")
    c = claim_starting(found, "details would be released")
    assert names[c.speaker_key] == "V\u00e9ronique Perron"


@pytest.mark.parametrize("intro, later", [
    ("Leafs goaltender Jane Roe made 30 saves.", "the goaltender"),
    ("Quarterback Jane Roe threw for 300 yards.", "the quarterback"),
    ("General manager Jane Roe said the club would not trade him.", "the manager")])
def test_a_players_position_or_a_managers_post_names_the_one_introduced_with_it(
        claims_named, intro, later):
    found, names = claims_named(
        f"Coach Tom Baker said the team played well. {intro} "
        f"\u201cWe were tired,\u201d {later} said.")
    assert names[claim_starting(found, "We were tired").speaker_key] == "Jane Roe"


def test_a_time_of_day_ends_its_sentence_before_a_quote_or_a_new_subject(claims_named):
    found, names = claims_named(
        "Police Const. Tom Baker said officers were called just before 2 a.m. \u201cWe "
        "believe this was a targeted incident,\u201d Det. Sgt. Jane Roe told reporters. The "
        "fire started at about 3 a.m. Baker said the cause was unknown.")
    assert claim_starting(found, "officers were called").text.endswith("2 a.m.")
    assert names[claim_starting(found, "We believe").speaker_key] == "Jane Roe"
    assert names[claim_starting(found, "the cause was unknown").speaker_key] == "Tom Baker"


def test_a_time_of_day_goes_on_with_its_day_or_zone(claims_of):
    found = claims_of("The vote is set for 10 a.m. ET on Monday, Jane Roe said.")
    assert [c.text for c in found] == ["The vote is set for 10 a.m. ET on Monday"]


@pytest.mark.parametrize("title, later", [
    ("Principal", "The principal"), ("Treasurer", "The treasurer"),
    ("Ombudsman", "The ombudsman"), ("Trustee", "The trustee")])
def test_a_post_in_a_school_or_a_public_office_names_the_one_introduced_with_it(
        claims_named, title, later):
    found, names = claims_named(
        f"Tom Baker said the plan was sound. {title} Jane Roe said the school was closed. "
        f"{later} said classes would resume on Monday.")
    assert names[claim_starting(found, "classes would resume").speaker_key] == "Jane Roe"
    assert names[claim_starting(found, "the school was closed").speaker_key] == "Jane Roe"


def test_a_first_name_that_is_also_a_post_stays_a_name(claims_named):
    found, names = claims_named("Dean Baker said the paper would appeal. Baker said the "
                                "ruling was wrong.")
    assert names[claim_starting(found, "the paper would appeal").speaker_key] == "Dean Baker"


def test_a_justice_of_a_court_is_the_judge_described_later(claims_named):
    found, names = claims_named(
        "Tom Baker, the Crown prosecutor, asked for a life sentence. Superior Court Justice "
        "Jane Roe said the killing was brutal. In her ruling, the judge said the accused had "
        "shown no remorse.")
    assert names[claim_starting(found, "the accused had shown").speaker_key] == "Jane Roe"


def test_a_partys_spokesman_is_the_member_described_by_her_seat(claims_named):
    found, names = claims_named(
        "Tom Baker said the plan was sound. Greens housing spokeswoman Jane Roe said renters "
        "had been left behind. The Queensland MP said the party would push for a rent freeze.")
    assert names[claim_starting(found, "the party would push").speaker_key] == "Jane Roe"
