"""Types follow the article's own evidence where the recognizer reads a name several ways:
news sentences, the real spaCy model."""

from __future__ import annotations

from kg.gazetteer import load_gazetteer

from entity_helpers import entities, linked


def test_a_name_the_article_shortens_to_its_last_word_is_a_person(nlp, gaz):
    # the recognizer takes "Lester Holt" and "Holt" for organizations; an organization is not
    # shortened to its last word, a person is
    ents = entities(nlp, gaz, "Winner: Lester Holt. When the candidate claimed he had opposed "
                              "the war, Lester Holt corrected him on the spot. That was the moment "
                              "when Holt made it clear that he would not sit back. The easy route "
                              "would have been for Holt to move along.")
    assert ents["Lester Holt"].kind == "Person" and "Holt" not in ents
    ents = entities(nlp, gaz, "The army identified the missing soldier as Hadar Goldin, 23. "
                              "Goldin's father, a professor, told reporters outside his house "
                              "that the family trusted the army.")
    assert ents["Hadar Goldin"].kind == "Person" and "Goldin" not in ents


def test_an_organization_named_by_its_head_noun_stays_an_organization(nlp, gaz):
    ents = entities(nlp, gaz, "Mrs May insists it is Parliament's last chance to get the bill "
                              "done. The UK will vote on Thursday in European Parliament elections.")
    assert ents["European Parliament"].kind == "Organization"


def test_one_word_is_one_place_where_the_recognizer_also_calls_it_an_organization(nlp, gaz):
    ents = linked(nlp, gaz, "Pilgrims filled the square on Christmas Eve. Bethlehem hoped for "
                              "a record season, the mayor said. In Bethlehem, the Palestinian "
                              "hosts were hopeful that tourism would recover.")
    towns = [e for e in ents if "Bethlehem" in e.aliases]
    assert len(towns) == 1 and towns[0].kind == "City" and towns[0].country == "palestine"


def test_an_organization_label_after_a_preposition_of_place_votes_for_the_place(nlp, gaz):
    # the recognizer calls Bethlehem an organization four times and a place once; "between
    # Jerusalem and Bethlehem" and "her visit to Bethlehem" read as places: three to two
    ents = linked(nlp, gaz, "Officials predicted 10,000 foreigners would visit Bethlehem on "
                              "Christmas Day. Israel built a barrier between Jerusalem and "
                              "Bethlehem during the uprising. A pilgrim from Utah called her "
                              "visit to Bethlehem a life event. In Bethlehem, the hosts were "
                              "hopeful. Bethlehem hoped for a record season.")
    towns = [e for e in ents if "Bethlehem" in e.aliases]
    assert len(towns) == 1 and towns[0].kind == "City" and towns[0].country == "palestine"


def test_a_law_or_a_document_is_no_actor(nlp, gaz):
    ents = entities(nlp, gaz, "Rubio criticized the North American Free Trade Agreement, saying "
                              "the United States had made a bad deal.")
    assert "North American Free Trade Agreement" not in ents and "Marco Rubio" in ents
    ents = entities(nlp, gaz, "The court's ruling holds that the text of Rule 6(e) of the "
                              "Federal Rules of Criminal Procedure controls.")
    assert not ents


def test_places_joined_by_a_hyphen_are_no_organization(nlp, gaz):
    ents = entities(nlp, gaz, "Tensions along the U.S.-Mexico border rose as migrants arrived.")
    assert "U.S.-Mexico" not in ents
    ents = entities(nlp, gaz, "Michael Madden, an analyst at the U.S.-Korea Institute at Johns "
                              "Hopkins, said the talks would fail.")
    assert ents["U.S.-Korea Institute"].kind == "Organization"


def test_a_lone_first_name_of_one_person_named_in_full_is_that_person(nlp, gaz):
    # Korean names put the family name first: "Ri" and "Moon" are no one's surname here
    ents = entities(nlp, gaz, "The day after Ri's remarks, the president restated his "
                              "position. North Korean Foreign Minister Ri Yong Ho had said the "
                              "talks were over.")
    assert "Ri" not in ents and ents["Ri Yong Ho"].kind == "Person"
    ents = entities(nlp, gaz, "South Korean President Moon Jae-in met Kim at the border. Moon "
                              "said the summit was a success.")
    assert "Moon" not in ents


def test_a_place_is_not_taken_for_the_first_name_of_a_person(tmp_path):
    from kg.extract import load_nlp

    extra = tmp_path / "people.yaml"
    extra.write_text("- id: austin-butler\n  name: Austin Butler\n  type: Person\n",
                     encoding="utf-8")
    gaz = load_gazetteer([extra])
    nlp = load_nlp(gazetteer=gaz)
    ents = entities(nlp, gaz, "Actor Austin Butler spoke at the gala on Friday. The gala in "
                              "Austin raised millions for charity.")
    assert ents["Austin"].kind == "City" and ents["Austin Butler"].kind == "Person"
    # where the article reads it as no place, the word is the person's first name
    ents = entities(nlp, gaz, "Actor Austin Butler arrived on Friday. Austin said he was "
                              "thrilled to be back.")
    assert "Austin" not in ents


def test_a_first_name_goes_to_the_person_a_shorter_full_name_ends_with(nlp, gaz):
    # "Theo Curtis" is the end of "Peter Theo Curtis": "Theo" is that one person too
    people = [e for e in linked(nlp, gaz, "The American writer Peter Theo Curtis was freed "
                                          "on Sunday. Theo Curtis had been held for two years. "
                                          "\"Theo has a deep concern for the people,\" his "
                                          "mother said.") if e.kind == "Person"]
    assert [p.name for p in people] == ["Peter Theo Curtis"]


def test_a_place_name_whose_last_word_a_person_bears_stays_a_place(nlp, gaz):
    # "Hill said" is Jane Hill's; "Capitol Hill" is no person of that surname, its first
    # word standing alone as a place
    ents = entities(nlp, gaz, "Senators on Capitol Hill pressed the agency. Jane Hill told the "
                              "panel the money was gone. Hill said she had warned them. "
                              "Protesters gathered outside the Capitol.")
    assert ents["Capitol Hill"].kind != "Person"
    assert ents["Jane Hill"].kind == "Person"
