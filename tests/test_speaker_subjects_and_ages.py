"""A title as a sentence's subject ("The governor spent his speech on ...") is the person the
article names so, for a "he" after it, if named just before; a "he" after its content with
no one before is the content's subject ("X will visit Y, he has said"); "the 52-year-old" is
the person last named; of two people with one title, the one in focus is "the president";
a dateline before a participle's subject never speaks; a title before "and", "to" or "if",
or inside a possessor ("X, Governor Y's adviser"), is no title of the name after it; a city
the recognizer reads as a place is no surname ("Houston" of "Paul Houston"), unless it speaks;
a hyphenated name a role describes is a person's; "former" before an appositive's noun says
nothing of the post its clause names; a relative clause hung on a date after a possessed noun
is the possessor's; a "she" may be a woman named only as the owner of a thing ("Take Mrs X's
speech"); another's former title in an appositive is none of the person's; a participle after
a clause of time whose subject is a thing goes with the main clause; "While he ..., he" is one
"he"; an operative described after speaking is the one who spoke; the name set off at the end of a
subject's phrase is the subject, though hung on a word inside it, as is the name set off
before a description the parser took for the subject; a named work that "called
for" something is no one a "she" stands for; a name the recognizer cut after its first word
("Tsarnaev" of "Anzor Tsarnaev") is whole again; an unnamed man who spoke is no "she"; the
one a verb of stance takes its stand on after a quote ("endorsed Senator X") is no speaker.
New sentences, parsed with the real pipeline."""

from __future__ import annotations

import pytest
from spacy.tokens import Span
from speaker_helpers import speaker_of


@pytest.mark.parametrize("text, start, written, name", [
    # a title as the subject before "He said": the governor named in the paragraph before
    ("Governor Tom Alder said on Friday he has a plan for the roads.\n\nSenate leader Paul "
     "Reid said the plan was weak, and critics of Mr. Alder agreed.\n\nThe governor devoted "
     "much of his speech to the state's budget. He said a divided legislature would hurt the "
     "roads.",
     "a divided legislature", "He", "Tom Alder"),
    # "he has said" after its content, with no one named before it
    ("Mayor Ruth Kessler will meet union leader Dan Ortiz in Dayton on 3 May, she has said.",
     "Mayor Ruth Kessler will meet", "she", "Ruth Kessler"),
    # an age for the person last named
    ("Lena Marsh won the vote in Ohio.\n\nWhat has Marsh said?\n\nLate on Sunday, the "
     "52-year-old promised to cut taxes and said she was \"not looking for a fight\".",
     "to cut taxes", "the 52-year-old", "Lena Marsh"),
    ("The council has backed Omar Reyes after the 41-year-old said he would run.",
     "he would run", "the 41-year-old", "Omar Reyes"),
    # of two presidents, the one in focus
    ("President Dana Holt spoke with the new Chilean president Marco Rossi on Monday.\n\n"
     "President Holt vented on Tuesday, saying a reading of the call with Rossi's own comments "
     "should be enough.\n\nAn hour later, the president declared that the call was perfect.",
     "the call was perfect", "the president", "Dana Holt"),
    # a hyphenated surname the recognizer missed, described by a role after a comma
    ("The flight of people \u201cmakes them look bad,\u201d Daveed Oster-Vance, a senior fellow "
     "at a research institute, told me.\n\n\u201cA backlash serves them,\u201d Oster-Vance "
     "explained.\n\n\u201cGame it out from their side,\u201d he continued.",
     "Game it out", "he", "Daveed Oster-Vance"),
    # "former" before an appositive's noun says nothing of a post its clause names
    ("President Dana Holt spoke at the cemetery.\n\nJohn Marsh, a former Army sergeant who is "
     "the first enlisted veteran to hold the post of defense secretary, told reporters that he "
     "remembers the soldiers. Marsh was next to one when he died, he said.\n\n\u201cAnybody who "
     "has been in combat remembers the names,\u201d the defense secretary said.",
     "Anybody who has been", "the defense secretary", "John Marsh"),
    # a relative clause hung on a date after the possessed noun: still the possessor's
    ("The host then referred to Ann Corwin\u2019s remarks on September 16, in which she tweeted "
     "at the governor, \u201cDespicable. This is a disgrace.\u201d",
     "Despicable", "she", "Ann Corwin"),
    # a woman named only as a possessor of a thing, for a "she" the text says she is
    ("Prime Minister Ruth Calder spoke on Sunday after the attack.\n\nPolice arrested twelve "
     "people in the east of the city.\n\nThe attack killed eight people and wounded 48.\n\n"
     "Officials said the attackers had rented a van.\n\n\u201cWe are resilient,\u201d Tom "
     "Ward, a former police chief, tweeted.\n\nTake Mrs Calder\u2019s speech, for example. Her one "
     "proposal was to restrict the internet.\n\n\u201cWe cannot allow this ideology a safe "
     "space,\u201d she said.", "We cannot allow", "she", "Ruth Calder"),
    # another person's former title inside an appositive is none of the person's
    ("Dana Holt, a convert to the conservatism of former President Carl Moss, won in 2016.\n\n"
     "On Friday, Holt had celebrated the jobs data, offering more proof of an economy that the "
     "President says has been freed by his tax cuts.",
     "has been freed", "the President", "Dana Holt"),
    # a participle after a clause of time whose subject is a thing goes with the main clause
    ("Ann Moss came down on the wrong side of history after the Berlin Wall fell in 1989, "
     "arguing that a new bridge would be a waste.",
     "a new bridge would be a waste", "Ann Moss", "Ann Moss"),
    # "While he thought ..., he argued": the same "he", not a name inside the fronted clause
    ("Tom Nash spoke to reporters on Monday.\n\n\u201cI will not go,\u201d he told a radio "
     "show.\n\nWhile he thought investigators had something on President Dana Holt, he "
     "argued that the "
     "subpoena was unfair.", "the subpoena was unfair", "he", "Tom Nash"),
    # an operative described again after speaking
    ("Mr Nash told a newspaper on Tuesday he is thinking of quitting.\n\nThe political "
     "operative, who helped launch Dana Holt's campaign, said at first he would not comply.",
     "at first he would not comply",
     "The political operative, who helped launch Dana Holt's campaign", "Nash"),
    # the name set off at the end of a subject's phrase, hung by the parser on a word in it
    ("Unfortunately, President Dana Holt's nominee to head the CIA, Deputy National Security "
     "Adviser Tom Brannick, has shown a tendency to fall for the bait. Globally, he repeatedly "
     "expressed a hope that moderates would steer their constituencies.",
     "a hope that moderates", "he", "Tom Brannick"),
    # the name set off before a description the parser took for the subject in its place
    ("\u201cThe election was fair,\u201d Biden said on Monday.\n\nTrump, the man leading "
     "national polls, will use the ruling to press his case. In a rally, he falsely claimed "
     "that millions voted illegally.", "millions voted illegally", "he", "Donald Trump"),
    # an unnamed speaker a noun calls a man is no one a later "she" stands for
    ("Senator Ann Vale met Mayor Tom Hale on Monday. \u201cWe want more,\u201d said the man "
     "who wants to be governor.\n\nHale took Ann Vale to task for the budget. She apologized "
     "and said she would not do it again.", "she would not do it again", "She", "Ann Vale"),
])
def test_who_speaks(claims_named, text, start, written, name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start) == (written, name)


def test_a_dateline_before_a_participles_subject_never_speaks(claims_named):
    text = ("DAYTON, Ohio \u2014 Governor Tom Alder warmly greeted union leader Dan Ortiz on "
            "Wednesday at the start of their talks, predicting that their \u201cgood "
            "relationship\u201d will lead to a deal.")
    found, names = claims_named(text)
    written, name = speaker_of(found, names, "their")
    assert name == "Tom Alder"
    assert not written.startswith("DAYTON")


def test_a_city_is_no_surname_unless_it_speaks(nlp):
    from kg.extract import extract

    text = ("Analyst Paul Houston said the summit would fail.\n\nThe leaders met in Houston on "
            "Monday, and the talks in Houston went on.\n\n\u201cI think we will see more of "
            "this,\u201d Houston said.")
    ext = extract(nlp(text))
    kinds = {(e.broad, e.name) for e in ext.entities if "Houston" in e.aliases}
    assert kinds == {("Person", "Paul Houston"), ("Place", "Houston")}
    names = {e.key: e.name for e in ext.entities}
    assert [names.get(c.speaker_key) for c in ext.claims if c.text.startswith("I think")] \
        == ["Paul Houston"]


def _titles(nlp, text: str) -> dict[str, set[str]]:
    """The title words the speaker resolver reads for each person of ``text``, by name."""
    from kg.extract import extract
    from kg.extract.context import Context
    from kg.extract.speakers import Resolver

    doc = nlp(text)
    ents = extract(doc).entities
    ctx = Context(doc)
    r = Resolver(doc, ents, ctx.para_of, lambda i: ctx.sidx[i], ctx.in_quote)
    return {r.entities[k].name: words for k, words in r.titles().items()}


@pytest.mark.parametrize("text, name", [
    ("President Dana Holt met North Korean leader Kim Jong Un on Monday.\n\nAs the president "
     "and Mr. Kim headed into the crucial part of the talks, critics feared that Ms. Holt "
     "will give other concessions to Mr. Kim without getting anything in return.",
     "Kim Jong Un"),
    ("Leo Brandt, President Carl Moss's special adviser, told me that leaving would help "
     "rivals.", "Leo Brandt"),
])
def test_a_title_of_someone_else_is_not_theirs(nlp, text, name):
    words = _titles(nlp, text)
    assert "president" not in words[name]
    assert "concessions" not in words[name]
    assert "president" in words[next(n for n in words if n != name)]


def test_a_named_work_that_speaks_is_no_ones_he_or_she(nlp):
    from kg.extract import extract
    from kg.extract.context import Context
    from kg.extract.speakers import Resolver

    doc = nlp("Ms. Volkova drafted a document called \"Diplomacy Project\" that called for "
              "new lines.")
    ents = extract(doc).entities
    ctx = Context(doc)
    r = Resolver(doc, ents, ctx.para_of, lambda i: ctx.sidx[i], ctx.in_quote)
    work = next(t for t in doc if t.text == "Project")
    assert work.ent_type_ == "WORK_OF_ART"
    r.record(work.idx, None, work)
    assert r._said[-1].person is False


@pytest.mark.parametrize("text, last, whole", [
    ("Anzor Tsarnaev, who maintained that his sons were innocent, said his son met cousins.",
     "Tsarnaev", "Anzor Tsarnaev"),
    ("Senate Majority Leader Kim said the vote would come.", "Kim", "Kim"),
    ("Mr Tsarnaev said his son met cousins.", "Tsarnaev", "Tsarnaev"),
])
def test_a_name_cut_after_its_first_word_is_whole(nlp, text, last, whole):
    from kg.extract.personnames import cut_front
    from kg.extract.textview import View

    doc = nlp(text)
    tok = next(t for t in doc if t.text == last)
    doc.ents = [Span(doc, tok.i, tok.i + 1, label="PERSON")]  # the recognizer's cut name
    assert cut_front(doc[tok.i:tok.i + 1], View(doc)).text == whole


def test_the_one_a_stand_is_taken_on_after_a_quote_is_no_speaker(claims_named):
    found, names = claims_named(
        "On Sunday, Pastor Tom Baker stood at his pulpit and, citing Exodus (''select able "
        "men who fear God as leaders''), endorsed Senator Jane Roe of Texas.")
    assert all(names.get(c.speaker_key) != "Jane Roe" for c in found)
