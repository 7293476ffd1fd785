"""Speakers whose name the recognizer missed or cut short still resolve to the organization or
person the article names (kg.extract.orgnames, the linker's short forms, site furniture between
a pronoun and its antecedent), and their look-alikes do not.  New sentences, parsed with the
real pipeline."""

from __future__ import annotations

import pytest

_VIDEO_BOX = ("JUST WATCHED Could the report lead to charges? Replay More Videos ... MUST WATCH "
              "Could the report lead to charges? 01:59\n\n")


def _speaker(found, names, start: str):
    hits = [c for c in found if start in c.text]
    assert hits, f"no claim with {start!r} in {[c.text for c in found]}"
    return names.get(hits[0].speaker_key)


@pytest.mark.parametrize("text, start, name", [
    # a name set off by an appositive of an organization noun is an organization
    ("But not everyone agreed. Open Door, the dovish, left-wing Middle East lobbying "
     "organization, issued a statement saying, \u201cInstead of attacking the minister, those "
     "who are upset should oppose the policies.\u201d",
     "Instead of attacking", "Open Door"),
    ("The Civic Defenders, an Austin-based group that was invited to a meeting earlier this "
     "month, said the program would be misused.",
     "the program would be", "Civic Defenders"),
    # ... and "the group" later is that organization
    ("The Civic Defenders, an Austin-based group that was invited to a meeting earlier this "
     "month, expressed concern about the program.\n\nThey also criticized the mayor, a "
     "decision that the group says reinforces a negative stereotype.",
     "reinforces a negative", "Civic Defenders"),
    # a capitalised short form: the organization whose name has it as its head word
    ("The convoy was hit near the border, according to the Syrian Observatory for Human "
     "Rights.\n\n\u201cThe bomber was driving a van carrying aid,\u201d the Observatory said.",
     "The bomber was driving", "Syrian Observatory for Human Rights"),
    # a name the recognizer cut before its place, spelled whole by its acronym
    ("Lawmakers raised questions about the claims by the National Coalition of Resistance of "
     "Iran (NCRI), a dissident group.\n\nAt a press conference, the group said the facility "
     "had been used for research since 2008.",
     "the facility had been", "National Coalition of Resistance of Iran"),
    # "the village of X" names a place, so the pronoun goes to the person named after it
    ("The strikes hit the village of Hass prompting outrage from agency director Mark "
     "Harlow. \u201cThis is a tragedy,\u201d he said.",
     "This is a tragedy", "Mark Harlow"),
    # a noun standing before a name as a title ("ally Russia") is that name, no one unnamed
    ("Government forces backed by ally Russia have waged an assault since late September. "
     "The strikes hit the village of Hass prompting outrage from agency director Mark "
     "Harlow. \u201cThis is a tragedy,\u201d he said.",
     "This is a tragedy", "Mark Harlow"),
    # site furniture between a pronoun and its antecedent is no distance
    ("Former Vice President Paul Brandt called the report deeply flawed.\n\n\u201cIt is full "
     "of errors,\u201d he said.\n\n" + _VIDEO_BOX * 4
     + "\u201cIt did in fact produce actionable intelligence,\u201d he said.",
     "It did in fact", "Paul Brandt"),
    # a prose line is no furniture for the words a prompt also uses
    ("The White House declined to comment on the report, saying the review was not finished.",
     "the review was not", "White House"),
])
def test_named_speaker(claims_named, text, start, name):
    found, names = claims_named(text)
    assert _speaker(found, names, start) == name


@pytest.mark.parametrize("text, start, name", [
    # a plural speaker naming one example of itself: that one
    ("But some lawmakers, like Rep. Dana Whitfield, R-OH, have said those kinds of breakdowns "
     "should be fixed first.",
     "those kinds of breakdowns", "Dana Whitfield"),
    ("Officials, including Foreign Minister Ali Samadi, said the talks would resume.",
     "the talks would resume", "Ali Samadi"),
    # several examples, or a plural counted out of a larger whole: unnamed
    ("Some lawmakers, like Dana Whitfield and Tom Okafor, have said the toll should be "
     "scrapped.",
     "the toll should be", None),
    ("In October 1989, Mr. Lawson resigned, but many devoted Thatcherites admitted that she "
     "bore much of the blame.",
     "she bore much", None),
])
def test_a_plural_speaker(claims_named, text, start, name):
    found, names = claims_named(text)
    assert _speaker(found, names, start) == name


@pytest.mark.parametrize("text, start, name", [
    # the last words of a longer name of the article, however the recognizer typed them
    ("Left-leaning populist Andr\u00e9s Manuel L\u00f3pez Obrador easily won the election "
     "Sunday.\n\nSpeaking to the country Sunday night, L\u00f3pez Obrador called for unity and "
     "pledged to govern for the good of all.\n\nHe said he would seek to establish an "
     "authentic democracy.",
     "he would seek", "Andr\u00e9s Manuel L\u00f3pez Obrador"),
    ("Marine Le Pen leads the polls. Le Pen said on Friday that the response must be total.",
     "the response must be", "Marine Le Pen"),
    # a Korean name's family name comes first, before the hyphenated given name
    ("Park Min-jun, the mayor of Incheon, was found at home. Police did not give a cause.\n\n"
     "\"I am sorry to everyone,\" Park wrote in a note left on his desk.",
     "I am sorry", "Park Min-jun"),
    ("Police confirmed a complaint had been made against Kim Seung-woo. Kim said he was sorry.",
     "he was sorry", "Kim Seung-woo"),
    # ... of two such names sharing it, the one the article calls by it alone
    ("Park Min-jun, the mayor of Incheon, was found dead on Friday. Police did not give a "
     "cause of Park's death. Park had served under former President Park Geun-hye.\n\n"
     "\"I apologise to everyone,\" Park wrote in a note left on his desk.",
     "I apologise", "Park Min-jun"),
    # a quoted nickname inside a name
    ("Rep. Howard P. \"Buck\" McKeon, R-Calif., the chairman of the committee, said Friday "
     "that he has long been concerned.\n\nHe said he will give the request fair "
     "consideration.",
     "he will give", "McKeon"),
    # a document that spoke is no antecedent of "he"
    ("Tamerlan Tsarnaev said he did not have a single American friend. One caption said he "
     "usually did not take his shirt off.\n\n\"There are no values anymore,\" he said.",
     "There are no values", "Tamerlan Tsarnaev"),
])
def test_named_in_full_elsewhere(claims_named, text, start, name):
    found, names = claims_named(text)
    assert _speaker(found, names, start) == name


@pytest.mark.parametrize("text, start, name", [
    # a name in apposition with a person's role, whatever the recognizer took it for
    ("The Vatican's foreign minister, Monsignor Antoine Camilleri, acknowledged the change in "
     "status. But he said the shift was simply in line with the Holy See's position.",
     "the shift was simply", "Antoine Camilleri"),
    # a share of people that spoke is no antecedent of "he"
    ("Jeb Bush said on Monday that he would decide soon.\n\nIn June, 75 percent of the public "
     "said the war was not worth the costs, according to a poll.\n\nOn Wednesday, he said "
     "outright that he was running.",
     "he was running", "Jeb Bush"),
])
def test_a_person_the_article_names(claims_named, text, start, name):
    found, names = claims_named(text)
    assert _speaker(found, names, start) == name


@pytest.mark.parametrize("text, start, name", [
    # an honorific and a surname two people share: the one whose full name came last, not
    # the better-known one the name was linked to, and so on through the quotes after it
    ("Kim Jong Un inspected a missile unit on Sunday.\n\nSeoul raised its alert level. "
     "Defense Minister Kim Tae-ho told lawmakers that the North could fire at any time.\n\n"
     "\u201cWe are ready for any provocation,\u201d Mr. Kim said.\n\nMr. Kim added that the "
     "army had moved two brigades.",
     "the army had moved", "Kim Tae-ho"),
    ("Mark Olsen founded the company in 1990.\n\nHis nephew, Governor Peter Olsen, spoke at "
     "the plant on Monday.\n\n\u201cThe jobs will stay here,\u201d Mr. Olsen said.",
     "The jobs will stay", "Peter Olsen"),
    # the honorific's gender passes over the one named last
    ("Hillary Clinton met donors in New York on Monday.\n\nBill Clinton spoke at a school "
     "in Little Rock.\n\n\u201cThe plan will help every family,\u201d Mrs. Clinton said.",
     "The plan will help", "Hillary Clinton"),
    # a suffix tells the son apart, not the honorific
    ("Donald Trump met donors in New York on Monday.\n\nDonald Trump Jr. spoke at a rally "
     "in Ohio.\n\n\u201cThe plan will help every family,\u201d Mr. Trump said.",
     "The plan will help", "Donald Trump"),
])
def test_an_honorific_and_a_shared_surname(claims_named, text, start, name):
    found, names = claims_named(text)
    assert _speaker(found, names, start) == name


def test_a_name_an_appositive_calls_a_group_is_a_group(claims_named):
    found, names = claims_named(
        "Norsar, a Norway-based group that monitors nuclear tests, noted the blast was "
        "small.\n\nThe group later added that the test took place deeper underground.")
    assert _speaker(found, names, "the test took place") == "Norsar"


def test_an_organization_appositive_after_a_person_s_affiliation_keeps_the_person(nlp):
    from kg.extract import extract

    doc = nlp("Michael Makovsky, a former Pentagon official who heads the Jewish Institute for "
              "National Security of America, a think tank, said the deal was weak. Eytan "
              "Gilboa of the Begin-Sadat Center for Strategic Studies, a think tank in Israel, "
              "agreed.")
    kinds = {e.name: e.kind for e in extract(doc).entities}
    assert kinds.get("Michael Makovsky") == "Person" and kinds.get("Eytan Gilboa") == "Person"


def test_one_unnamed_activist_is_still_the_one_meant(claims_named):
    found, names = claims_named(
        "At least eight civilians were killed, the Observatory says.\n\nOne activist, known "
        "as Abu Khalil, told reporters that the strikes hit government offices. The activist "
        "said that the fighters fled the headquarters after the attack.")
    assert _speaker(found, names, "the fighters fled") is None


def test_a_list_after_a_name_is_no_appositive(nlp):
    from kg.extract import extract

    doc = nlp("The team included participants from all branches of the military, U.S. Special "
              "Operations Command, every major defense agency, NASA and the Department of "
              "Energy.")
    names = {e.name for e in extract(doc).entities}
    assert "Operations Command" not in names and "Special Operations Command" not in names


@pytest.mark.parametrize("text, written", [
    # an appositive of a person's role is no organization
    ("Dana Whitfield, the group's founder, said the board would meet on Friday.",
     "Dana Whitfield"),
])
def test_a_role_appositive_keeps_the_person(claims_named, text, written):
    found, names = claims_named(text)
    assert _speaker(found, names, "the board would") == written


def test_a_short_form_two_organizations_share_stays_apart(claims_named):
    found, names = claims_named(
        "The plan was approved by the Supreme Military Council and criticized by the Syrian "
        "National Council.\n\n\u201cThe vote was rushed,\u201d the Council said.")
    assert set(names.values()) >= {"Supreme Military Council", "Syrian National Council"}
    assert _speaker(found, names, "The vote was rushed") not in ("Supreme Military Council",
                                                                 "Syrian National Council")


def test_a_name_after_of_and_no_place_noun_is_no_place(nlp):
    from kg.extract import extract

    doc = nlp("The mayor of the town, Kamal Haddad, said the wife of John Peters had fled to "
              "the village of Hass.")
    kinds = {e.name: e.kind for e in extract(doc).entities}
    assert kinds.get("Kamal Haddad") == "Person" and kinds.get("John Peters") == "Person"
    assert kinds.get("Hass") == "Place"


def test_an_organization_followed_by_of_and_a_place_is_not_joined_without_evidence(nlp):
    from kg.extract import extract

    doc = nlp("Officials of the United Nations of Geneva fame met envoys of Iran.")
    names = {e.name for e in extract(doc).entities}
    assert "Iran" in names


@pytest.mark.parametrize("text, start, name", [
    # a surname alone that the recognizer left unlabelled (a common word, or a known person's)
    ("U.S. Ambassador Samantha Power addressed the Security Council. \u201cThe regime has "
     "used these weapons again and again,\u201d Power said.",
     "The regime has used", "Samantha Power"),
    ("Sen. Tom Coburn released the report. \u201cThe money was wasted on planes nobody "
     "needs,\u201d Coburn said.",
     "The money was wasted", "Tom Coburn"),
    # a body's title before a person's name: the person speaks, not the body
    ("Office of Management and Budget Director Jane Holt told reporters the plan would cut "
     "the agency's budget by a third.",
     "the plan would cut", "Jane Holt"),
    ("Bureau of Labor Statistics Commissioner Peter Lind said the survey had missed many "
     "workers.",
     "the survey had missed", "Peter Lind"),
    # a name at the end of a long title, which the recognizer did not label
    ("\u201cThe scheme cost taxpayers millions,\u201d said Deputy Attorney General for Civil "
     "Rights Anne Quill.",
     "The scheme cost", "Anne Quill"),
    # a name set off with a role, which the recognizer took for a work's title
    ("\u201cIt is our reply to hostile cartoons and video games,\u201d Farid Sadeghi, the "
     "film\u2019s director, told the Associated Press, noting the film had been made in a year.",
     "It is our reply", "Farid Sadeghi"),
    # a name the recognizer cut before its last word, in a text without commas
    ("\u201cThe roads are closed\u201d said Father Omar Reda Tarek a priest in the city.",
     "The roads are closed", "Omar Reda Tarek"),
    # a name taken for a work's title, its role after it without commas
    ("\u201cThese reports are of great concern\u201d Ahmet Yilmaz the head of the agency said "
     "in a statement.",
     "These reports are", "Ahmet Yilmaz"),
])
def test_a_name_written_in_the_speaker_phrase(claims_named, text, start, name):
    found, names = claims_named(text)
    assert _speaker(found, names, start) == name


@pytest.mark.parametrize("text, start, name, kind", [
    # an outlet's name the recognizer saw in one sentence and not in another
    ("The leaked files were obtained by The Intercept last week.\n\nThe Pentagon declined to "
     "comment on Tuesday.\n\nThe Intercept reported that the contractor had shared the files "
     "with two reporters.", "the contractor", "Intercept", "Organization"),
    # a numbered unit, no number
    ("The Navy\u2019s 6th Fleet said the frigate had been shadowed for two hours.",
     "the frigate", "6th Fleet", "Organization"),
    # a one-word name the recognizer took for an organization, which "who" follows
    ("\u201cI want my name back,\u201d said Okonkwo, who has filed a complaint with the bar "
     "association.\n\n\u201cNobody told me why,\u201d he said.", "Nobody told me",
     "Okonkwo", "Person"),
    # a person's name the recognizer ran into their firm's possessive
    ("Both sides had gained from free trade, Fidelity\u2019s Abigail Johnson said at the "
     "forum in Beijing.\n\n\u201cA dialogue is in order,\u201d she said.", "A dialogue",
     "Abigail Johnson", "Person"),
    # ... with a first name only the bundled first-name table knows
    ("Fidelity\u2019s Byron Kemp said the fund would close.", "the fund would close",
     "Byron Kemp", "Person"),
    # a person's name the recognizer took for a work's title
    ("\u201cTo skip a summit like this one is rare,\u201d Ivo Daalder, who was ambassador to "
     "NATO, said on Friday.", "To skip a summit", "Ivo Daalder", "Person"),
    # a first name ending in "s" is no country's possessive ("Frances", not "France's")
    ("\u201cWe will not leave,\u201d Frances Holt, a nurse at the clinic, told reporters.",
     "We will not leave", "Frances Holt", "Person"),
])
def test_a_name_the_recognizer_misread_still_speaks(claims_named, nlp, text, start, name,
                                                    kind):
    from kg.extract import extract

    found, names = claims_named(text)
    assert _speaker(found, names, start) == name
    assert {e.name: e.kind for e in extract(nlp(text)).entities}[name] == kind


@pytest.mark.parametrize("text, start", [
    # a capitalised title with no first name after it names no person
    ("\u201cThe harvest was poor,\u201d said the Deputy Minister of Agriculture Office.",
     "The harvest was poor"),
    ("\u201cWe will appeal,\u201d said the Assistant Attorney General for Civil Rights.",
     "We will appeal"),
])
def test_no_person_from_a_title_alone(claims_named, text, start):
    found, names = claims_named(text)
    assert _speaker(found, names, start) is None


@pytest.mark.parametrize("text, start, name", [
    # a name with its age set off by commas is a person's, whatever the recognizer took it for
    ("Crowds formed before dawn.\n\nMarta Ilves, 61, who runs a kiosk near the station, "
     "sold out within minutes.\n\n\u201cThey were gone by seven,\u201d she said.",
     "They were gone", "Marta Ilves"),
    ("Everyone bought ten copies.\n\nRemy Perticand, 48, who was manning a newsstand, "
     "echoed many others. \"By 6:45, they were all sold out,\" he said.",
     "they were all sold out", "Remy Perticand"),
    # a surname alone with an age set off after it; an appositive giving an age
    ("Witnesses said the man kept to himself.\n\nIwona Ralek lives next door. Ralek, 45, "
     "said he was kind.\n\nShe said the family had moved out suddenly.",
     "the family had moved out", "Ralek"),
    ("Hopes remain low.\n\nRaja Andrun, a 65-year-old Syrian from Idlib whose two sons were "
     "killed, now lives in Antakya in southern Turkey.\n\n\"The talks may result in less "
     "fighting,\" she told Al Jazeera.", "The talks may result", "Raja Andrun"),
    # a first name and a surname after an organization's possessive: a person
    ("Last month, NBC\u2019s Lester Holt caused a stir for his reporting from a ski resort "
     "in which he gleefully called it a source of pride.", "a source of pride",
     "Lester Holt"),
    # a name set off after a fronted phrase the parser took for the subject
    ("Pompeo argued that the deal was bad. Following Trump\u2019s election, Pompeo, "
     "currently the director of the CIA, said he looked forward to rolling it back.",
     "he looked forward", "Mike Pompeo"),
    # a name ending a description, hung on an organization's name inside it
    ("Agents arrived at dawn.\n\nA former senior Justice Department official, now-white "
     "collar criminal attorney with Ifrah Law, James Trusty, told Fox News that the raid "
     "was unusual.", "the raid was unusual", "James Trusty"),
    # (not the object of a phrase set before the subject)
    ("President Recep Tayyip Erdogan condemned the attack. In a phone conversation with "
     "Russian President Vladimir Putin the president reiterated the need for further "
     "efforts.", "the need for further efforts", "Recep Tayyip Erdoğan"),
    # an unnamed woman brought in just before her quote: no named woman from paragraphs back
    ("\"I want to read it,\" said Anne Brisson, 59, trying to get a copy.\n\nRemy "
     "Perticand, 48, who was manning a newsstand, echoed many others.\n\nAt his stand, a "
     "woman begged. \"Please keep one for me tomorrow,\" she said.", "Please keep one",
     None),
    # a person's lawyer, unnamed where quoted: the one lawyer introduced beside that person
    ("Donald Trump Jr. met a Russian lawyer in 2016. His lawyer, Alan Futerfas, declined to "
     "comment on Monday.\n\nTrump Jr. testified for hours. Donald Trump Jr.\u2019s lawyer "
     "said he turned over all documents.", "he turned over all documents", "Alan Futerfas"),
    ("Paul Manafort was charged. Kevin Downing, a lawyer for Manafort, spoke outside court."
     "\n\nManafort\u2019s lawyer said the charges were ridiculous.",
     "the charges were ridiculous", "Kevin Downing"),
    # (not a prosecutor, nor another person's lawyer)
    ("Roger Stone was arrested on Friday in a case brought by Special Counsel Robert Mueller. "
     "U.S. Attorney Jessie Liu spoke.\n\nStone\u2019s attorney said the arrest was a "
     "spectacle.", "the arrest was a spectacle", None),
    ("Michael Cohen, a lawyer for Trump, testified on Monday.\n\nPaul Manafort was "
     "charged. Manafort\u2019s lawyer said the charges were ridiculous.",
     "the charges were ridiculous", None),
    # a nation's state media: none of another nation's agency
    ("Syrian state media said the army took the town. Iran's state news agency IRNA said "
     "talks were possible.", "the army took the town", None),
    # the surname of a person named in full, taken alone for a people: the person
    ("UDAR is a centrist party led by former boxer Vitali Klitschko. UDAR has a vague "
     "platform that emphasizes good governance. Klitschko was originally a presidential "
     "candidate in 2014, but he pulled out ahead of the vote and endorsed Petro Poroshenko.",
     "Petro Poroshenko", "Vitali Klitschko"),
    # a statement from a person's office: the person's
    ("British Prime Minister Theresa May met Putin in Osaka.\n\nMay also told the Russian "
     "president she wanted the two suspects brought to justice.\n\n\"The prime minister "
     "said the attack was a despicable act,\" a statement from her office said.",
     "The prime minister said", "Theresa May"),
    # a lone surname the recognizer took for a work's title after a quote still speaks
    ("The summit was a disaster for the president.\n\n\"This is a major mistake. This is "
     "a mistake of thinking and you have your ego involved,\" Scaramucci told a morning "
     "show on Monday.", "This is a major mistake", "Scaramucci"),
    # a state news agency the gazetteer knows
    ("\"We will never use nuclear weapons unless there is a threat,\" KCNA reported.",
     "We will never use nuclear weapons", "Korean Central News Agency"),
    # a name right before a role, the commas lost
    ("The Syrian Observatory for Human Rights said that six air raids hit the village. "
     "\"The dead children are schoolchildren\" Rami Abdel-Rahman the organizations head "
     "told AFP.", "The dead children", "Rami Abdel-Rahman"),
    # "it" after a sentence whose subject is a description of the body named before
    ("The Islamic State group is an al-Qaida breakaway that has set up its own caliphate. It "
     "rules by its harsh version of Islamic law.\n\nThe group has already beheaded two "
     "Americans it was holding. It is also threatening to behead more westerners.",
     "to behead more westerners", "Islamic State"),
    # a possessive an unnamed woman of the same paragraph may own tells no gender of him
    ("Remy Perticand, 48, who runs a newsstand, sold his copies early. \"By 6:45, they were "
     "all gone,\" he said.\n\nAt his stand, a woman begged. \"Please keep one for me,\" she "
     "said. But Perticand refused to take her money. \"I might forget,\" he said.",
     "I might forget", "Remy Perticand"),
    # a description said to be a named person is that person, and a pronoun after it too
    ("The vote split the caucus.\n\nRep. Mary Hollis (D) of Ohio, who lost both of her legs "
     "when the helicopter she was piloting was hit, is a freshman lawmaker and a combat "
     "veteran who remains "
     "skeptical of intervention.\n\n\u201cWar is messy. War is never simple,\u201d she told "
     "reporters.", "War is messy", "Mary Hollis"),
    # a kin noun joined to a role before a name: the one named
    ("Tom Hale said he had tested positive. His fellow actress and wife Rita Hale posted a "
     "photo on Instagram, saying she felt fine.", "she felt fine", "Rita Hale"),
    # a Western-order bearer of a family name written first by a known leader: her own
    # person where a role describes her, and the lone family name before her is still his
    ("North Korean leader Kim Jong Un agreed to talks. Kim said he was ready.\n\nDuyeon Kim, "
     "a senior research fellow at a forum in Seoul, told CNN it was up to negotiators.\n\n"
     "\u201cThe summit was a start,\u201d she said.", "The summit was a start", "Duyeon Kim"),
    ("North Korean leader Kim Jong Un agreed to talks. Kim said he was ready.\n\nDuyeon Kim, "
     "a senior research fellow at a forum in Seoul, told CNN it was up to negotiators.",
     "he was ready", "Kim Jong Un"),
    # ... but an honorific and the family name the article gave the first before the second
    # came stay the first's
    ("Trump and the North's leader Kim Jong-un met in June.\n\nOn Saturday Mr Kim and "
     "President Moon Jae-in held a meeting.\n\nThe US team is led by Sung Kim, a former "
     "ambassador to South Korea.\n\nMr Kim has indicated he wants a phased approach.",
     "he wants a phased approach", "Kim Jong Un"),
    # (not a surname in the sentence that names the second: "Mr. Bush's father, ...")
    ("Former President George W. Bush hosted the visit. Afterwards, the two rode on a "
     "speedboat with Mr. Bush\u2019s father, former President George H.W. Bush.\n\nThe elder "
     "Mr. Bush told reporters the visit was frank.", "the visit was frank",
     "George H.W. Bush"),
    # a family name many share, alone right after a second bearer's full name: the second's
    ("North Korean leader Kim Jong Un has been calling for scores to be settled.\n\nKim "
     "Heung-kyu, a professor at a university in Seoul, has studied the regime. Kim says "
     "provocations are likely.", "provocations are likely", "Kim Heung-kyu"),
])
def test_a_person_told_by_the_words_around_the_name(claims_named, text, start, name):
    found, names = claims_named(text)
    assert _speaker(found, names, start) == name
