"""Namesake cities are told apart by what the text is near, not by the country it names most.

American articles name the United States in nearly every paragraph; that alone must not move
Geneva, Venice or Bethlehem to the United States.  A smaller namesake wins where the text names
its state, a place close to it, or its country when that country is small.
"""

from __future__ import annotations

from kg.extract import geo
from kg.extract.entities import link, mentions


def cities_of(nlp, gaz, text):
    doc = nlp(text)
    return {e.name: e for e in link(list(mentions(doc, gazetteer=gaz)), doc, gazetteer=gaz)
            if e.kind == "City"}


def test_geneva_in_an_american_text_about_syria_talks_is_in_switzerland(nlp, gaz):
    ents = cities_of(nlp, gaz, "Republicans in Congress questioned the president's Syria policy "
                               "as the United States and Russia prepared for peace talks in "
                               "Geneva. The U.S. envoy said Washington would attend.")
    assert ents["Geneva"].country == "switzerland" and round(ents["Geneva"].latitude) == 46


def test_geneva_near_chicago_or_put_in_illinois_is_the_american_one(nlp, gaz):
    near = cities_of(nlp, gaz, "Police in Geneva, a western suburb of Chicago, said the school "
                               "was closed.")
    put = cities_of(nlp, gaz, "The company moved its headquarters to Geneva, Ill., last year.")
    for ents in (near, put):
        geneva = ents["Geneva"]
        assert geneva.country == "united-states" and round(geneva.longitude) == -88
        assert geneva.key != "geneva"


def test_bethlehem_by_its_neighbours(nlp, gaz):
    holy = cities_of(nlp, gaz, "Pilgrims crowded into Bethlehem for Christmas Eve as Israeli "
                               "troops stood guard near Jerusalem and across the West Bank.")
    steel = cities_of(nlp, gaz, "Voters in Bethlehem, a steel town next to Allentown, backed "
                                "the Democrat, Pennsylvania officials said.")
    assert holy["Bethlehem"].country == "palestine" and round(holy["Bethlehem"].latitude) == 32
    assert steel["Bethlehem"].country == "united-states"
    assert round(steel["Bethlehem"].latitude) == 41
    assert holy["Bethlehem"].key != steel["Bethlehem"].key


def test_a_city_across_a_border_is_not_near(nlp, gaz):
    # London, Ontario is 170 km from Toronto: too far for Toronto to put the text there
    ents = cities_of(nlp, gaz, "Demonstrations in solidarity popped up in London and Berlin, "
                               "and thousands marched in Toronto.")
    assert ents["London"].country == "united-kingdom"


def test_naming_a_large_country_is_not_enough_but_a_small_one_is(gaz):
    us = geo.Near({"united-states": 9})
    assert geo.locate("Venice", gazetteer=gaz, near=us).country == "italy"
    assert geo.locate("Oxford", gazetteer=gaz, near=us).country == "united-kingdom"
    # Portsmouth, England is not known the world over: a text about the United States that
    # names it without a state more likely means a Portsmouth of its own, so it is left unplaced
    assert geo.locate("Portsmouth", gazetteer=gaz, near=us) is None
    uk = geo.Near({"united-kingdom": 1})
    assert geo.locate("Portsmouth", gazetteer=gaz, near=uk).country == "united-kingdom"
    lebanon = geo.Near({"lebanon": 3, "libya": 1})
    assert geo.locate("Tripoli", gazetteer=gaz, near=lebanon).country == "lebanon"


def test_a_state_the_text_names_puts_it_there(gaz):
    illinois = geo.locate("Illinois", gazetteer=gaz)
    near = geo.Near.of({"united-states": 1}, [illinois])
    assert near.regions == {illinois.key} and not near.points
    assert geo.locate("Geneva", gazetteer=gaz, near=near).country == "united-states"
    florida = geo.Near.of({"united-states": 1}, [geo.locate("Florida", gazetteer=gaz)])
    assert geo.locate("St. Petersburg", gazetteer=gaz, near=florida).country == "united-states"


def test_saint_and_st_are_one_name_and_the_bigger_city_holds(gaz):
    assert geo.locate("St. Petersburg", gazetteer=gaz).country == "russia"
    assert geo.locate("St. Petersburg", gazetteer=gaz, near={"united-states": 4}).country == "russia"
    assert geo.locate("Westminster", gazetteer=gaz).country == "united-kingdom"


def test_a_bigger_namesake_known_by_an_alternate_name_needs_only_its_country(gaz):
    ukraine = geo.locate("Odessa", gazetteer=gaz, near={"ukraine": 3, "russia": 2})
    assert ukraine.country == "ukraine" and round(ukraine.lon) == 31
    assert geo.locate("Odessa", gazetteer=gaz, near={"united-states": 3}).country == "united-states"


def test_namesakes_in_one_country_are_told_apart_by_their_state(nlp, gaz):
    ohio = cities_of(nlp, gaz, "Ryan has a degree from Miami University in Oxford, Ohio, where "
                               "he read Hayek.")["Oxford"]
    hampshire = cities_of(nlp, gaz, "Trump, speaking at a campaign event in Portsmouth, New "
                                    "Hampshire, criticized the deal.")["Portsmouth"]
    virginia = cities_of(nlp, gaz, "The shipyard in Portsmouth, Va., was closed.")["Portsmouth"]
    assert (ohio.country, round(ohio.latitude), round(ohio.longitude)) == ("united-states", 40, -85)
    assert round(hampshire.longitude) == -71 and round(virginia.longitude) == -76
    assert hampshire.key != virginia.key
    # the state right after the name decides even where it is no mention of its own
    cited = cities_of(nlp, gaz, "He has a degree from Miami University in Oxford, Ohio,[25] "
                                "where he read Hayek.")["Oxford"]
    assert round(cited.longitude) == -85
    illinois = cities_of(nlp, gaz, "He grew up in Springfield, Illinois, and moved to Chicago.")
    assert round(illinois["Springfield"].longitude) == -90  # not the bigger one in Missouri


def test_a_capital_named_for_its_government_puts_the_text_nowhere(nlp, gaz):
    # Salisbury, Maryland is 140 km from Washington; Washington here is the government
    far = cities_of(nlp, gaz, "Washington expelled sixty Russian diplomats on Monday and closed "
                              "a consulate, the State Department said. Allies in Europe followed "
                              "with expulsions of their own over the following days. Britain "
                              "blamed Moscow for the nerve agent attack in Salisbury.")
    assert far["Salisbury"].country == "united-kingdom"
    # a capital right beside the name does place it: Samarra, north of Baghdad
    beside = cities_of(nlp, gaz, "Fighting continued near Samara, north of Baghdad.")
    assert any(e.country == "iraq" for e in beside.values() if "Sam" in e.name)


def test_a_small_country_the_text_names_is_near_its_cities_and_neighbours(nlp, gaz):
    # Israel is small: naming it puts the text near Bethlehem across the line, even where
    # Jerusalem, a capital, is named far from the town
    ents = cities_of(nlp, gaz, "Concluding his three-day trip to Israel, the president got a "
                               "look at the realities plaguing the peace process. Aides said "
                               "the motorcade was cheered by crowds. Once in Bethlehem, the "
                               "president toured the Church of the Nativity.")
    assert ents["Bethlehem"].country == "palestine"
