"""A person's title is read from the words before the name only (not from "an interview with"
President X), a surname that is also a word or a month ("May") still names its person, and
suppositions ("let's say that ..."), a thing's infinitive ("a worker's right to demand
...") and the author's "it's safe to say that ..." are no one's claims.  New sentences, parsed with the real pipeline."""

from __future__ import annotations

import pytest
from speaker_helpers import speaker_of


@pytest.mark.parametrize("text, start, written, name", [
    # "President" is hers, though a preposition and another noun stand before it; the last
    # speaker holds no such title
    ("Press secretary Tom Hale sparred with reporters on Tuesday, saying \u201cnobody was hurt "
     "in that office.\u201d\n\nThe row began with a radio interview with President Jane Doe "
     "aired Monday.\n\n\u201cPeople are right to be worried about this,\u201d the president "
     "said.", "People are right", "the president", "Jane Doe"),
    # a title with a preposition inside it is still the title
    ("Russia has amassed 15,000 troops along the border, the U.S. ambassador to NATO said on "
     "Friday.\n\nU.S. Ambassador to NATO Karl Hensen offered the estimate at a forum in Denver.",
     "Russia has amassed", "the U.S. ambassador to NATO", "Karl Hensen"),
    # a surname that is a month's name, which the recognizer took for a date
    ("Prime Minister Ann May resigned on Friday after the vote failed.\n\nThe president, who "
     "has often differed with May, said he was sorry.\n\nAnd May departed with a warning to "
     "her successor.\n\n\u201cTo succeed, you will need a consensus that I did not find,\u201d "
     "she said.", "To succeed", "she", "Ann May"),
    # "By the time President X": hers, though a preposition, "the" and a noun stand before
    # it; a man named later with no title is not the president
    ("By the time President Jane Doe had passed through the buffet, the report was out."
     "\n\nEven John Roe is depicted as a force for restraint.\n\nIn one instance, when the "
     "President tried to claim the report was biased, Roe wrote it off as petty.",
     "the report was biased", "the President", "Jane Doe"),
])
def test_titles_and_surnames_that_are_words(claims_named, text, start, written, name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start) == (written, name)


def test_a_month_stays_a_month(nlp):
    from kg.extract import extract

    text = ("Prime Minister Ann May resigned on Friday. The vote is in May. Talks end May 3. "
            "Since May, prices rose. May Day is a holiday. It may rain.")
    may = next(e for e in extract(nlp(text)).entities if e.name == "Ann May")
    assert [m.text for m in may.mentions] == ["Ann May"]


@pytest.mark.parametrize("text", [
    "Now, let\u2019s say for the sake of argument that the plan fails.",
    "Let us suppose that the talks collapse next week.",
    "The court upheld a worker\u2019s right to demand back pay.",
    "The law protects a tenant\u2019s right to refuse an inspection.",
])
def test_suppositions_and_rights_are_no_claims(claims_of, text):
    assert [(c.speaker, c.cue, c.text) for c in claims_of(text)] == []


@pytest.mark.parametrize("text", [
    "It\u2019s safe to say that the mayor was hoping for a different outcome.",
    "It is not difficult to predict that both parties will call for new leadership.",
    "Against this backdrop, it\u2019s tempting to say that the senator could win.",
])
def test_the_placeholder_it_of_an_adjective_says_nothing(claims_of, text):
    # the author's own view; what the clause itself reports may still be a claim
    assert [(c.speaker, c.cue) for c in claims_of(text) if c.speaker.lower() == "it"] == []


def test_who_spearheads_an_effort_to_paint_still_takes_the_stand(claims_of):
    found = claims_of("Senator Dana Whitfield will spearhead a Democratic effort to paint the "
                "governor as unfit for office.")
    assert [(c.speaker, c.cue) for c in found] == [("Senator Dana Whitfield", "paint")]


def test_it_that_is_a_body_still_speaks(claims_of):
    found = claims_of("The agency said on Monday that it was ready to admit that the count "
                      "had been wrong.")
    assert [(c.speaker, c.cue) for c in found][:1] == [("The agency", "said")]


@pytest.mark.parametrize("text, start, written, name", [
    # an outlet's short name, which the gazetteer matches only beside its full name, reports
    ("The minister resigned on Monday, Bloomberg reported.", "The minister resigned",
     "Bloomberg", "Bloomberg News"),
    ("The ban breaks the law, according to Amnesty.", "The ban breaks", "Amnesty",
     "Amnesty International"),
    # ... but a person the article names so is that person
    ("Mike Bloomberg spent millions on ads. Bloomberg said he would stay in the race.",
     "he would stay", "Bloomberg", "Mike Bloomberg"),
])
def test_a_short_name_that_reports(claims_named, text, start, written, name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start) == (written, name)


@pytest.mark.parametrize("text", [
    "South Korea\u2019s presidential Blue House said the talks were useful.",
    "Bloomberg spent millions on ads in the primary.",
])
def test_a_short_name_inside_a_longer_one_or_acting_is_no_outlet(claims_named, nlp, text):
    from kg.extract import extract

    assert "Bloomberg News" not in {e.name for e in extract(nlp(text)).entities}
    assert "US House of Representatives" not in {e.name for e in extract(nlp(text)).entities}


def test_the_official_introduced_unnamed_inside_a_report_stays_unnamed(claims_named):
    text = ("Secretary General Dana Holm said it will be an overwhelming report.\n\n"
            "The Monitor reported on Sept. 13 that, according to an unnamed Western official, "
            "the team has a wealth of evidence.\n\n\u201cThey have gotten very rich "
            "samples,\u201d said the Western official.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "They have gotten") == ("the Western official", None)


def test_a_name_its_bracketed_acronym_spells_is_an_organization(claims_named):
    text = ("On Tuesday, the US Commission on International Religious Freedom (USCIRF) said "
            "the country should join the list.\n\nThe commission said conditions had "
            "worsened. USCIRF also said the trend was negative.")
    found, names = claims_named(text)
    name = "US Commission on International Religious Freedom"
    assert speaker_of(found, names, "conditions had")[1] == name
    assert speaker_of(found, names, "the trend was")[1] == name


def test_emphasis_added_is_no_claim(claims_of):
    found = claims_of("\u201cWe will not leave,\u201d she said (emphasis added).")
    assert [(c.speaker, c.cue, c.text) for c in found] == [("she", "said", "We will not leave")]


def test_the_pontiff_is_the_pope_named_before(claims_named):
    text = ("Pope Francis urged leaders to welcome migrants on Sunday.\n\n\u201cEurope must "
            "open its doors,\u201d the pontiff told reporters on the flight home from Cyprus.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "Europe must open") == ("the pontiff", "Francis")
