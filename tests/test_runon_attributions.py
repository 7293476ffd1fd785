"""Attributions run on without a comma, as in texts whose punctuation was stripped: the
speaker and the verb of saying close the sentence ("... were hurt in the blast a rescue
official said"), or the verb comes first ("... said the Red Crescent"); the parser takes the
speaker into the clause or hangs the verb on a noun, and the claim is still found, with its
speaker and without the speaker in its text.  Sentences with commas, and a verb whose object
is the noun before it ("repeated the claims the minister said"), are left alone.  New
sentences, parsed with the real pipeline."""

from __future__ import annotations

import pytest
from speaker_helpers import claim_starting, speaker_of


@pytest.mark.parametrize("text, start, content_end, speaker, name", [
    # an indefinite source closing the sentence
    ("Three farmers were hurt when their truck struck a mine near the village a rescue "
     "official said.",
     "Three farmers were hurt", "near the village", "a rescue official", None),
    # a name with a preposition inside it, after a place
    ("Shelling damaged two schools in the north of Tartus province the Norwegian Refugee "
     "Council for Middle East Affairs said on Monday.",
     "Shelling damaged two schools", "Tartus province",
     "the Norwegian Refugee Council for Middle East Affairs", None),
    # an auxiliary before the verb and an acronym in brackets after the name
    ("Food prices have doubled in the capital since January the World Food Programme (WFP) "
     "has said.",
     "Food prices have doubled", "since January", "the World Food Programme (WFP)", None),
    # the verb hung on a noun of the clause it reports
    ("The rest of the dead in the raids on the port were fighters the Red Crescent said.",
     "The rest of the dead", "were fighters", "the Red Crescent", "Red Crescent"),
    # the speaker taken into the second of two joined clauses
    ("Rebels shelled the road overnight and the army closed it the Syrian Observatory for "
     "Human Rights said.",
     "Rebels shelled the road", "the army closed it", "the Syrian Observatory for Human Rights",
     "Syrian Observatory for Human Rights"),
    # the verb before its subject
    ("Four guards were killed and nine others were wounded said the Red Crescent.",
     "Four guards were killed", "were wounded", "the Red Crescent", None),
    # a time before the source: the time is the clause's
    ("At least nine people were killed in a bomb attack in the city of Hama on Tuesday state "
     "media said.",
     "At least nine people", "on Tuesday", "state media", None),
    # two sources, the first set off by its article
    ("Rebel factions began an offensive to take the city a monitor and rebels said on Friday.",
     "Rebel factions began", "take the city", "a monitor and rebels", None),
    # the number of the speakers, after a number of the dead
    ("Tanks shelled a district of Hama killing four more civilians two residents said.",
     "Tanks shelled", "four more civilians", "two residents", None),
    # a person's noun and its preposition before a name, and a person's name after it
    ("Food prices have doubled in the capital the British ambassador to the UN Lena Marsh "
     "said.",
     "Food prices have doubled", "in the capital", "the British ambassador to the UN Lena Marsh",
     "Lena Marsh"),
    # a name set off by no comma before the description of it
    ("Nine soldiers were killed outside the town the Syrian Observatory for Human Rights a "
     "Britain-based monitoring group said.",
     "Nine soldiers were killed", "outside the town",
     "the Syrian Observatory for Human Rights a Britain-based monitoring group",
     "Syrian Observatory for Human Rights"),
    # the source after the noun the clause ends on, in the same phrase for the parser
    ("Gunmen shelled a market in the northern part of the city state news agency SANA "
     "reported.",
     "Gunmen shelled a market", "part of the city", "state news agency SANA", None),
    ("Militants left behind dozens of dead and wounded fighters and pulled the remaining "
     "units back from the battlefield FNA reported.",
     "Militants left behind", "from the battlefield", "FNA", None),
    # how the source said it after its verb: not what it said
    ("The strike killed nine fighters in the village the Syrian Observatory reported citing a "
     "local source.",
     "The strike killed", "in the village", "the Syrian Observatory", None),
    ("The blast killed 14 soldiers as they were crossing the river the Britain-based "
     "Observatory said updating an earlier toll of nine.",
     "The blast killed", "crossing the river", "the Britain-based Observatory", None),
    # the verb before its subject, the parser taking the object of the reported verb for
    # its subject
    ("A wave of air strikes on Sunday near a market in eastern Syria killed at least 12 "
     "civilians said the Syrian Red Crescent.",
     "A wave of air strikes", "12 civilians", "the Syrian Red Crescent", "Syrian Red Crescent"),
    # a semicolon where the comma was
    ("Rebel groups are not covered by the truce; Sputnik reported.",
     "Rebel groups", "by the truce", "Sputnik", None),
    # a pronoun for the person named before
    ("Colonel Idris Kanaan spoke to the press on Sunday. The army will open the road to the "
     "airport by Friday he said.",
     "The army will open", "by Friday", "he", "Idris Kanaan"),
])
def test_a_runon_attribution_is_found(claims_named, text, start, content_end, speaker, name):
    found, names = claims_named(text)
    c = claim_starting(found, start)
    assert c.text.endswith(content_end)
    assert c.speaker == speaker
    if name is not None:
        assert names.get(c.speaker_key) == name


@pytest.mark.parametrize("text, speaker", [
    # what was said is the noun the verb hangs on
    ("Hassan repeated the claims the minister said.", "the minister"),
    # a wh-word before the speaker: a clause of its own
    ("Nobody in the town believed what the governor said.", "the governor"),
])
def test_no_runon_claim_where_the_noun_is_what_was_said(claims_of, text, speaker):
    assert not [c for c in claims_of(text) if c.speaker == speaker]


def test_commas_keep_the_parsers_reading(claims_of):
    found = claims_of("Food prices have doubled in the capital, the agency said.")
    c = claim_starting(found, "Food prices")
    assert c.speaker == "the agency"
    assert c.text == "Food prices have doubled in the capital"


@pytest.mark.parametrize("text, speaker, start", [
    ("According to the Observatory heavy shelling has battered the province in recent days.",
     "the Observatory", "heavy shelling has battered"),
    ("According to the statement rocket attacks also destroyed two tanks in the region.",
     "the statement", "rocket attacks also destroyed"),
])
def test_according_to_without_a_comma(claims_of, text, speaker, start):
    c = claim_starting(claims_of(text), start)
    assert c.speaker == speaker


@pytest.mark.parametrize("text, start", [
    # the next sentence's source, with no word in common with the description's sentence
    ("Jets struck Kafr Nabl on Friday killing nine people a monitoring group said. Hours of "
     "shelling followed according to the Syrian Observatory for Human Rights.",
     "Jets struck Kafr Nabl"),
    # two sentences on, and an NGO
    ("Twelve people were killed in a car bomb blast in Homs on Thursday an NGO said. Of the "
     "dead four were children. Dozens more were wounded the Syrian Observatory for Human "
     "Rights said.", "Twelve people were killed"),
    # the next sentence's source named after its verb, as what its speaker directs
    ("Twelve people were killed in a car bomb blast in Homs on Thursday an NGO said. \"Most "
     "of the dead were civilians\" said Rami Abdel Rahman director of the Syrian Observatory "
     "for Human Rights.", "Twelve people were killed"),
])
def test_a_monitor_unnamed_is_the_body_named_next(claims_named, text, start):
    _, name = speaker_of(*claims_named(text), start)
    assert name == "Syrian Observatory for Human Rights"


def test_a_monitor_unnamed_is_no_state_body_named_next(claims_named):
    found, names = claims_named(
        "Jets struck Kafr Nabl on Friday killing nine people a monitoring group said. Hours "
        "of shelling followed the Syrian Defence Ministry said.")
    _, name = speaker_of(found, names, "Jets struck")
    assert name is None or "Ministry" not in name


def test_where_a_body_is_based_is_not_whose_it_is(claims_named):
    found, names = claims_named(
        "Air strikes killed 14 people in the town on Sunday, a monitor said. The Syrian "
        "Observatory for Human Rights said four children were among the dead. The "
        "Britain-based group said at least 30 people were wounded.")
    assert speaker_of(found, names, "at least 30 people")[1] == \
        "Syrian Observatory for Human Rights"
