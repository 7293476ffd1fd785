"""Places by context on news sentences, with the real spaCy model: a town's name inside a longer
name is no town, a town the tables do not hold is left unplaced rather than put at a namesake's
coordinates, and one word of one article is one thing."""

from __future__ import annotations

from kg.extract import geo
from entity_helpers import entities, linked


def test_a_town_that_opens_a_longer_name_is_no_town(nlp, gaz):
    ents = entities(nlp, gaz, "The United Nations said Russia infringed on the Geneva "
                              "Conventions, her spokesman said. The talks open in Berlin on Monday.")
    assert "Geneva" not in ents and "Geneva, Illinois" not in ents
    assert ents["Berlin"].country == "germany"  # a place followed by a weekday stays
    # a place noun continues the place's own name, and a title is no name of its own
    ents = entities(nlp, gaz, "Fighting resumed in Anbar Province. Moscow Mayor Sergei Sobyanin "
                              "said the city was safe.")
    assert ents["Moscow"].country == "russia"


def test_a_saints_name_before_a_church_is_no_town(nlp, gaz):
    ents = entities(nlp, gaz, "The president walked across Lafayette Park for a photo-op in "
                              "front of St. John's church on Monday evening.")
    assert not any(e.latitude is not None and "John" in e.name for e in ents.values())


def test_a_town_the_text_puts_in_a_state_without_one_of_that_name_is_unplaced(nlp, gaz):
    # Langley, Virginia is too small for the tables: not Langley, British Columbia
    ents = entities(nlp, gaz, "Michael Morell spent three decades at agency headquarters at "
                              "Langley, Va. He was deputy director of the CIA.")
    assert ents["Langley"].latitude is None and ents["Langley"].country != "canada"
    # a list goes on after a country: "Washington, Russia and China" puts Washington nowhere
    ents = entities(nlp, gaz, "The talks brought together Washington, Russia and China.")
    assert ents["Washington"].country == "united-states"


def test_an_obscure_namesake_abroad_is_left_unplaced(nlp, gaz):
    # Logan, Utah is the only Logan of the tables; this Logan is a city of Queensland
    ents = entities(nlp, gaz, "Police raided properties across Sydney. Raids in the eastern "
                              "cities of Brisbane and Logan were also conducted, Australian "
                              "police said.")
    assert ents["Brisbane"].country == "australia"
    assert ents["Logan"].latitude is None
    # a city known the world over keeps its place in a text about elsewhere
    ents = entities(nlp, gaz, "Senators in Washington and Texas debated the budget while the "
                              "film festival opened in Venice.")
    assert ents["Venice"].country == "italy"


def test_a_city_far_larger_than_its_namesakes_places_the_text(nlp, gaz):
    # Paris has small namesakes (Paris, Texas) but names the French capital: Saint-Denis
    # beside it is the French town, not the larger Saint-Denis of Réunion
    ents = entities(nlp, gaz, "French police cordoned off the Stade de France in Saint-Denis, "
                              "outside Paris, after the blasts.")
    assert ents["Saint-Denis"].country == "france"


def test_a_namesake_known_the_world_over_is_meant_without_context(nlp, gaz):
    # the most populous Bethlehem is in South Africa, known by few names; the one known the
    # world over is in the West Bank; and one word of one article is one thing
    ents = linked(nlp, gaz, "About 10,000 foreigners would visit Bethlehem on Christmas Day, "
                              "the mayor said. In Bethlehem, the Palestinian hosts were hopeful "
                              "that tourism would recover.")
    towns = [e for e in ents if e.name == "Bethlehem"]
    assert len(towns) == 1 and towns[0].kind == "City" and towns[0].country == "palestine"
    assert geo.locate("Bethlehem", gazetteer=gaz).country == "palestine"


def test_a_place_before_a_party_or_a_title_stays_a_place(nlp, gaz):
    ents = entities(nlp, gaz, '"It is offensive to me," said New York Democrat Rep. Sean '
                              'Patrick Maloney.')
    assert ents["New York"].country == "united-states"
    ents = entities(nlp, gaz, "Critics said the war had been lost long before. He opposed "
                              "the Iraq War from the start.")
    assert "Iraq" in ents


def test_a_national_capital_is_known_the_world_over(nlp, gaz):
    # Vatican City is small and known by few names, but a capital: placed in a text about
    # other countries
    ents = entities(nlp, gaz, "Pilgrims came from Germany and Brazil. Others traveled to "
                              "Vatican City, where Pope Benedict XVI delivered his blessing.")
    assert ents["Vatican City"].latitude is not None


def test_a_place_noun_or_a_weekday_after_a_place_leaves_it_a_place(nlp, gaz):
    ents = entities(nlp, gaz, "Thousands of Yazidis fled to the Sinjar Mountains as the "
                              "militants advanced.")
    assert ents["Sinjar"].country == "iraq"
    ents = entities(nlp, gaz, "The talks open in Berlin Monday, officials said.")
    assert ents["Berlin"].country == "germany"


def test_a_list_after_a_place_does_not_put_it_in_the_next_country(nlp, gaz):
    ents = entities(nlp, gaz, "Delegations from Nairobi, Russia and Iran attended the talks.")
    assert ents["Nairobi"].country == "kenya"


def test_an_obscure_town_alone_is_left_unplaced_and_puts_the_text_nowhere(nlp, gaz):
    # Morena, a party here, is also a town in India known by few names: alone it is not
    # placed, and it does not make the text about India
    ents = entities(nlp, gaz, "If Obrador and his party, Morena, perform as expected, some "
                              "conservatives worry he will have a free hand.")
    assert ents["Morena"].latitude is None
    ents = entities(nlp, gaz, "Lopez Obrador spoke in Mexico City. If Obrador and his party, "
                              "Morena, perform as expected, some conservatives worry.")
    assert ents["Morena"].latitude is None


def test_a_state_is_meant_where_the_words_after_the_name_say_so(nlp, gaz):
    ents = entities(nlp, gaz, "On Wednesday, Washington Gov. Jay Inslee, who has based his "
                              "whole campaign on climate change, spoke in Seattle.")
    assert ents["Washington"].kind == "AdministrativeArea"
    ents = entities(nlp, gaz, "From Maine to Washington state and California to Florida, the "
                              "deaths stem from all manner of causes.")
    assert ents["Washington"].kind == "AdministrativeArea"
    ents = entities(nlp, gaz, "Trump then stunned Washington in May when he threatened to "
                              "impose tariffs on Mexico.")
    assert ents["Washington"].kind == "City"
