"""Attributions run on without a comma, as in texts whose punctuation was stripped: the
speaker and the verb of saying close the sentence ("... were hurt in the blast a rescue
official said"), or the verb comes first ("... said the Red Crescent"); the parser takes the
speaker into the clause or hangs the verb on a noun, and the claim is still found, with its
speaker and without the speaker in its text.  Sentences with commas, and a verb whose object
is the noun before it ("repeated the claims the minister said"), are left alone.  New
sentences, parsed with the real pipeline."""

from __future__ import annotations

import pytest
from speaker_helpers import claim_starting


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
