"""A person's name begins at its honorific ("whose MPs Mrs May's government"), a party's
name before a member's title is not the member's ("Labour MP Yvette Cooper"), "the
administration" is the one the article names so even later, page labels ("STORY:") never
speak, "no one" and the reporter who asked are no one a later "he" stands for, a name or
"the report" after "from" or a heading's dash introduces a quote with a colon, a name of two
words after a role word is a person's ("Whip Steny Hoyer"), a description is never the one
its own clause names, and a title's party or country ("the Conservative leader", "Iraq's
president", "the foreign minister of Kosovo") is never another's; a kinship word before "of"
("the wife of X") gives no gender to X.  New sentences, parsed with the real pipeline."""

from __future__ import annotations

import pytest
import spacy
from speaker_helpers import speaker_of

from kg.extract.spantrim import trim


def test_a_name_begins_at_its_honorific():
    doc = spacy.blank("en")("whose MPs Mrs Hale relies on")
    assert doc[slice(*trim(doc, 1, 4, "PERSON"))].text == "Hale"
    assert doc[slice(*trim(doc, 2, 4, "PERSON"))].text == "Hale"


def test_a_party_before_a_members_title_is_not_the_member(nlp):
    from kg.extract import extract

    text = ("The amendment had been put forward by Labour MP Yvette Cooper, but was rejected.\n\n"
            "Labour said it would try again next week.")
    ents = extract(nlp(text)).entities
    cooper = [e for e in ents if "Cooper" in e.name]
    assert [(e.broad, e.name) for e in cooper] == [("Person", "Yvette Cooper")]
    assert not any("Labour" in a for e in cooper for a in e.aliases)


@pytest.mark.parametrize("text, start, written, name", [
    # "no one" is nobody a later "he" stands for
    ("Professor John Edmunds said the risk was low.\n\n\u201cWe had milder measures in "
     "place,\u201d said Edmunds, because no one thought it would be acceptable to close the "
     "schools. He added: \u201cWe did not model it because it was not on the agenda.\u201d",
     "We did not model it", "He", "John Edmunds"),
    # the one asked answers, not the reporter who asked
    ("Defense Secretary Jim Mattis will join the president at Camp David this weekend.\n\n"
     "Ahead of a meeting at the Pentagon on Thursday, Defense Secretary Mattis was asked by a "
     "reporter what would happen if the North fired a missile.\n\n\u201cWe'll deal with it,\u201d "
     "he replied.", "We'll deal with it", "he", "James Mattis"),
    # "the administration" stands for the one the article names so, even after it
    ("Lawmakers reacted with alarm to reports that the administration will allow the deal. "
     "The administration previously said it would not allow such a move.\n\nCritics of the "
     "Obama administration say the deal is weak.",
     "it would not allow", "The administration", "US government"),
    # a first name of no table right after a role word: still a person's name
    ("Both nominees face Senate confirmations.\n\nHouse Democratic Whip Steny Hoyer said the "
     "nominee will have a \u201ccritical role to play.\u201d\n\n\u201cI hope he recognizes "
     "the talent at our State Department,\u201d the Maryland Democrat said.",
     "I hope he recognizes", "the Maryland Democrat", "Steny Hoyer"),
    # a description is never the one its own clause names
    ("In a floor speech, Sen. Bernie Sanders made a prescient argument.\n\n\"Who will govern "
     "Iraq?\" Sanders asked.\n\nClinton is showing frustration that a vote she cast is still "
     "used against her, and the former New York senator sharply warned Sanders on Thursday "
     "that it had little to do with today's challenges.",
     "it had little to do", "the former New York senator", "Clinton"),
    # a party's word in a title: "the Conservative leader" is no one introduced as Labour's
    ("Labour leader Ed Milton said he would win.\n\nThe race is fraying the leaders' nerves. "
     "Prime Minister David Carron and the other candidates are throwing out proposals.\n\nOn "
     "Tuesday, the Conservative leader rolled up his sleeves and told voters that he was "
     "ready.", "he was ready", "the Conservative leader", "David Carron"),
    # a country as the owner of a title ("Iraq's president"), not a president of another one
    ("Syrian President Bashar al-Assad said the war was over.\n\nThe new Iraqi president, "
     "Fouad Massoum, met the envoy on Monday.\n\nAssad said the talks failed. Iraq's president "
     "said Baghdad would not take sides.",
     "Baghdad would not take sides", "Iraq's president", "Fouad Massoum"),
    # a kinship word before "of" is the gender of someone else than the one named after it
    ("The wife of Jim Kerr, Jane Kerr, spoke on Monday. Jim Kerr was not there.\n\n\u201cIt is "
     "not over,\u201d he said.", "It is not over", "he", "Jim Kerr"),
    ("The widow of John Harlan, Mary Harlan, spoke on Monday. John Harlan died in May.\n\n"
     "\u201cHe was a good man,\u201d she said.", "He was a good man", "she", "Mary Harlan"),
    # a university's name is no title that gives a gender
    ("Duke University professor Jane Roe studied the case. Jane Roe left.\n\n\u201cIt is not "
     "over,\u201d she said.", "It is not over", "she", "Jane Roe"),
    # a name after a heading's dash, and after "More from", introduces the quote
    ("RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: \u201cGallup\u2019s analysis finds "
     "that 20 states are solidly Republican.\u201d\n\nWhat it means - More from Jones: \u201cThe "
     "partisanship of a state is a starting point.\u201d",
     "The partisanship of a state", "Jones", "Jeffrey M. Jones"),
])
def test_who_a_later_mention_is(claims_named, text, start, written, name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start) == (written, name)


@pytest.mark.parametrize("text, start", [
    # introduced as Turkey's and France's ministers: neither is the one of Kosovo or Israel
    ("Turkey\u2019s Foreign Minister Ahmet Davutoglu said his country will join a coalition. "
     "Israel\u2019s Minister of Intelligence said the use of chemicals was clear, while French "
     "Foreign Minister Laurent Fabius said it was obvious.\n\nInvoking the principle, the "
     "foreign minister of Kosovo said in a column that the world must act.",
     "the world must act"),
    ("Turkey\u2019s Foreign Minister Ahmet Davutoglu said his country will join a coalition. "
     "Israel\u2019s Minister of Intelligence said the use of chemicals was clear, while French "
     "Foreign Minister Laurent Fabius said it was obvious.", "the use of chemicals"),
])
def test_a_minister_of_another_country_is_no_one_named(claims_named, text, start):
    found, names = claims_named(text)
    assert speaker_of(found, names, start)[1] is None


def test_from_the_report_introduces_its_quote(claims_named):
    text = ("The survey firm Jones & Ward published its findings on Monday. Not all web panels "
            "are equal, Dana Ward said. From the report: \u201cIn general, samples with more "
            "elaborate weighting produced more accurate results.\u201d")
    found, names = claims_named(text)
    assert speaker_of(found, names, "In general, samples")[0] == "the report"


@pytest.mark.parametrize("label", ["STORY", "RELATED STORY"])
def test_a_page_label_never_speaks(claims_of, label):
    text = (f"The deal was signed on Monday in Geneva.\n\n{label}: Syria nears completion of its "
            "chemical weapons plan\n\nInspectors will arrive next week.")
    assert [c.speaker for c in claims_of(text) if c.speaker.upper() == label] == []
