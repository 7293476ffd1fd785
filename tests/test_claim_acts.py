"""Attribution acts (statement, belief, finding), claims without a source, and quotes
assembled from their pieces — on new sentences, parsed with the real pipeline."""

from __future__ import annotations

import pytest


def _one(found, start: str):
    hits = [c for c in found if c.text.startswith(start)]
    assert hits, f"no claim starting {start!r} in {[c.text for c in found]}"
    return hits[0]


@pytest.mark.parametrize("text, start, act", [
    ("Governor Alma Reyes said the bridge will reopen in May.", "the bridge", "Statement"),
    ("Governor Alma Reyes told reporters that the bridge will reopen in May.", "the bridge",
     "Statement"),
    ("Governor Alma Reyes warned that the bridge could collapse.", "the bridge", "Statement"),
    ("Governor Alma Reyes denied that the bridge was unsafe.", "the bridge", "Statement"),
    ("Governor Alma Reyes tweeted that the bridge will reopen in May.", "the bridge",
     "Statement"),
    ("Governor Alma Reyes believes the bridge will reopen in May.", "the bridge", "Belief"),
    ("Governor Alma Reyes fears the bridge could collapse.", "the bridge", "Belief"),
    ("Governor Alma Reyes expects that the bridge will reopen in May.", "the bridge", "Belief"),
    ("A survey by the Kessler Institute found that most drivers avoid the bridge.",
     "most drivers", "Finding"),
    ("The inspection report shows that the bridge is unsafe.", "the bridge", "Finding"),
    ("Data from the state transport office indicate that traffic fell by half.",
     "traffic fell", "Finding"),
    ("The Kessler Institute estimates that repairs will cost $4 million.", "repairs",
     "Finding"),
    ("According to a new poll, most voters back the repairs.", "most voters", "Finding"),
    ("According to Governor Alma Reyes, the bridge will reopen in May.", "the bridge",
     "Statement"),
    ("\u201cThe bridge will reopen in May,\u201d Governor Alma Reyes said.", "The bridge",
     "Statement"),
    ("The appeals court ruled that the fence was illegal.", "the fence", "Statement"),
    ("Fire investigators determined that the blaze was set on purpose.", "the blaze",
     "Finding"),
    # a stand taken on something, with no clause stating a fact, is a position
    ("Governor Alma Reyes condemned the closure of the bridge.", "the closure", "Belief"),
    # telling someone to act is said to them: a statement
    ("Governor Alma Reyes urged the council to reopen the bridge.", "the council",
     "Statement"),
    ("The mayor challenged the governor to admit the problem.", "the governor", "Statement"),
    # a verb of saying with a thing named, no clause stated: a position, not a statement
    ("Governor Alma Reyes announced the closure of the bridge.", "the closure", "Belief"),
    ("The rebel commander claimed victory over the militia.", "victory", "Belief"),
    ("Governor Alma Reyes announced that the bridge will close.", "the bridge", "Statement"),
    # the look-alike: a stand with a clause of fact
    ("Governor Alma Reyes stressed that the bridge was unsafe.", "the bridge", "Statement"),
    # a verb of finding used to state something: by a person, or by a report its issuer
    ("Governor Alma Reyes indicated that the bridge will reopen in May.", "the bridge",
     "Statement"),
    ("The report of the state auditor indicated that the bridge was never inspected.",
     "the bridge", "Statement"),
    ("The survey indicated that most drivers avoid the bridge.", "most drivers", "Finding"),
    ("The report found that the bridge was never inspected.", "the bridge", "Finding"),
    # a monitor that says something is a body speaking ("a war monitor said"); one that
    # shows something is data
    ("The Kessler Observatory said 12 people died.\n\nThe war monitor said four of the dead "
     "were children.", "four of the dead", "Statement"),
    ("Satellite monitors show that the ice shelf has thinned.", "the ice shelf", "Finding"),
])
def test_every_claim_has_one_act(claims_named, text, start, act):
    found, _ = claims_named(text)
    assert _one(found, start).act == act


def test_a_verb_of_ruling_with_no_clause_is_no_claim(claims_named):
    found, _ = claims_named("The river determined the border for centuries, and the king ruled the "
                   "valley.")
    assert found == [], found


@pytest.mark.parametrize("text", [
    "Facts indicate the rebels are regrouping near the border.",
    "This operation shows that the rebels are still able to strike.",
    "Many other events indicate the rebels still hold the valley.",
    "A recent deployment of troops near the border suggests the army expects an attack.",
    "All signs point to a long winter for the rebels.",
    "You may think the rebels are regrouping near the border.",
    # a passive cue with "it" for its subject names no one who confirms or announces
    "Norway recently found itself in the spotlight. If it is confirmed that the suspect "
    "carried a forged passport, it will be a blow to the police.",
])
def test_the_authors_own_inference_is_no_claim(claims_named, text):
    found, _ = claims_named(text)
    assert found == [], found


@pytest.mark.parametrize("text, start", [
    # the look-alikes: the same verbs with a source in the text stay claims
    ("Police records indicate the rebels are regrouping near the border.", "the rebels"),
    ("Colonel Omar Haddad indicated the rebels are regrouping near the border.", "the rebels"),
    ("The ministry says the rebels are regrouping near the border.", "the rebels"),
    ("Early results of an exit poll show that turnout was high.", "turnout"),
    ("\u201cYou may think the rebels are beaten,\u201d Colonel Omar Haddad said.", "You may"),
])
def test_a_source_in_the_text_keeps_the_claim(claims_named, text, start):
    found, _ = claims_named(text)
    assert _one(found, start)


def test_a_quote_broken_by_its_cue_is_one_claim(claims_named):
    text = "\u201cToo often,\u201d Dr. Helen Marsh says, \u201cthe inspectors get it wrong.\u201d"
    found, names = claims_named(text)
    assert len(found) == 1, found
    c = found[0]
    assert c.text == "Too often, the inspectors get it wrong."
    assert [text[a:b] for a, b in c.parts] == ["Too often", "the inspectors get it wrong."]
    assert c.cue == "says" and names[c.speaker_key] == "Helen Marsh"


def test_two_sentences_around_a_cue_stay_two_claims(claims_named):
    # the look-alike: a full stop before the cue ends the first utterance
    found, names = claims_named("\u201cWe are ready.\u201d Coach Tom Reilly said. \u201cThe players "
                       "trained all winter.\u201d")
    assert len(found) == 2 and not any(c.parts for c in found), found
    found, _ = claims_named("\u201cWe are ready,\u201d said Coach Tom Reilly. \u201cThe players trained "
                   "all winter.\u201d")
    assert len(found) == 2 and not any(c.parts for c in found), found


def test_a_quotation_over_paragraphs_is_one_claim(claims_named):
    text = ("\u201cThe first thing we did was count the wells. Half of them were dry.\n\n"
            "\u201cThen we started digging new ones,\u201d said Amina Yusuf, the village head.")
    found, names = claims_named(text)
    assert len(found) == 1, found
    c = found[0]
    assert len(c.parts) == 2 and c.text.startswith("The first thing") \
        and c.text.endswith("digging new ones")
    assert names[c.speaker_key] == "Amina Yusuf"


def test_closed_quotes_in_two_paragraphs_stay_two_claims(claims_named):
    text = ("\u201cThe first thing we did was count the wells,\u201d said Amina Yusuf, the "
            "village head.\n\n\u201cThen we started digging new ones.\u201d")
    found, names = claims_named(text)
    assert len(found) == 2 and not any(c.parts for c in found), found
    assert all(names.get(c.speaker_key) == "Amina Yusuf" for c in found)


def test_a_nested_quote_stays_inside_its_claim(claims_named):
    found, names = claims_named("\u201cHe told me \u2018we will win this\u2019 and then he left,\u201d "
                       "said Omar Haddad.")
    assert len(found) == 1 and "we will win this" in found[0].text, found
    assert names[found[0].speaker_key] == "Omar Haddad"
