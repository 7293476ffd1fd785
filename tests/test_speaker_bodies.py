"""Bodies named beside their noun or further on, genders told by a clear majority, and
when a thing was said kept out of who said it.  New sentences, parsed with the real
pipeline."""

from __future__ import annotations

import pytest
from speaker_helpers import speaker_of


@pytest.mark.parametrize("text, start, written, name", [
    # a body's noun with its name as an appositive
    ("The Israeli newspaper Haaretz reported that the talks had failed.",
     "the talks", "The Israeli newspaper Haaretz", "Haaretz"),
    # ... or before it, as a compound
    ("The BLM group said in a statement that it would march on Sunday.",
     "it would", "The BLM group", "BLM"),
])
def test_a_body_noun_with_its_name_beside_it_is_that_body(claims_named, text, start, written,
                                                          name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start) == (written, name)


def test_a_capitalized_body_noun_is_the_body_named_before(claims_named):
    # the parser takes "Coalition" for a proper noun; it is still "the coalition"
    text = ("The Syrian Coalition condemned the bombing of a market in Idlib. The Coalition "
            "rejected any excuses used to justify the bombings.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "any excuses") == ("The Coalition", "Syrian Coalition")


#: (text, start of the claim, the actor its speaker resolves to, None for unnamed):
#: descriptions of bodies and of titled people, by the rule each group of cases shows
BODY_CASES = [
    # -- a person's lawyers, aides or team speak for themselves; the person's office speaks
    # for the person
    ("Lev Aronson was indicted on Monday. Aronson's lawyer said the charges were baseless.",
     "the charges", None),
    ("Jane Roe was sentenced on Monday. Her legal team said she would appeal the ruling.",
     "she would appeal", None),
    ("Governor Jane Roe left the capital. \"She is safe,\" Roe's aide told reporters.",
     "She is safe", None),
    ("Jane Roe was sentenced on Monday. Her office said she would appeal the ruling.",
     "she would appeal", "Jane Roe"),
    # -- a state medium is the state outlet the article names
    # the one outlet introduced as the state's own
    ("Syrian state media said three children were killed. \"Three children were killed,\" "
     "state news agency SANA reported.", "three children", "SANA"),
    ("Syria's state media said the talks had failed. SANA, the state news agency, quoted "
     "the minister.", "the talks", "SANA"),
    # television is no news agency
    ("State television said the talks had failed. SANA, the state news agency, quoted the "
     "minister.", "the talks", None),
    # a state medium with no state outlet named stays unnamed
    ("State media said the strike killed ten. Reuters reported that the toll was higher.",
     "the strike", None),
    # -- a description repeating a body is that body
    # the last words of a name, "the task force" (a proper noun to the parser)
    ("The Combined Joint Task Force said it had staged 24 airstrikes on Saturday. The "
     "strikes \"further limit the group's reach,\" the task force said.", "The strikes",
     "Combined Joint Task Force"),
    # a body's noun before a document: the statement of the body just named
    ("The Iraqi military said its jets had bombed a convoy in Anbar. The military statement "
     "said the convoy had been heading to the border. The statement said many leaders were "
     "killed.", "many leaders", "Iraqi Security Forces"),
    # -- the group is the one body its sentence names
    # the body its own sentence names, in the words it reports
    ("Two doctors of the Union of Syrian Medical Relief Organisations were killed in the "
     "strike on the clinic, the group said.", "Two doctors", "Union of Syrian Medical Relief "
     "Organisations"),
    # unnamed groups spoken of before do not make "the group" unnamed
    ("Groups opposing the nominee released new ads. The American Future Fund plans to run "
     "television ads in Washington, the group said.", "The American Future Fund",
     "American Future Fund"),
    # "the statement" no one was said to issue: the body that spoke last, past its spokesman,
    # and "it" after it
    ("The Northern Alliance said it had shelled the depot on Sunday. \"The strikes were a "
     "success,\" spokesman Major Peter Hollis said. The raids \"have cut the supply lines,\" "
     "the statement said. The attacks \"will continue\" it added.", "The raids",
     "Northern Alliance"),
    ("The Northern Alliance said it had shelled the depot on Sunday. \"The strikes were a "
     "success,\" spokesman Major Peter Hollis said. The raids \"have cut the supply lines,\" "
     "the statement said. The attacks \"will continue\" it added.", "The attacks",
     "Northern Alliance"),
    # ... never a body that spoke before someone else did
    ("The Northern Alliance said it had shelled the depot on Sunday. \"The strikes were a "
     "success,\" Senator John Maddox said. The raids \"have cut the supply lines,\" the "
     "statement said.", "The raids", None),
    # -- the report and the paper are the outlet that reported
    # "the report" of whoever just reported
    ("State news agency SANA reported clashes in Aleppo. The report said at least 70 "
     "fighters were killed.", "at least 70", "SANA"),
    # "the paper" is a newspaper, not a document
    ("The Washington Post reported the plan on Friday. He outlined the plan at a meeting at "
     "the Pentagon, the paper said.", "He outlined", "The Washington Post"),
    # -- a body of a place and bare police
    # a place's body: the body of that place's country named before
    ("South Korea's Joint Chiefs of Staff said the North fired two missiles. Seoul's military "
     "said the missiles flew 400 kilometers.", "the missiles", "Joint Chiefs of Staff"),
    # a nation's ministry named by its department is a body of its own
    ("Hours after the talks ended, the Norwegian foreign ministry announced that the embassy "
     "would close.", "the embassy", "Norwegian foreign ministry"),
    ("The Iraqi health ministry said 12 people had died. The ministry said the toll would "
     "rise.", "the toll", "Iraqi health ministry"),
    # a nation's embassy is a body of its own, named with its city when the text gives it
    ("The Danish embassy in Nairobi condemned the attack on Saturday. The embassy said the "
     "staff were safe.", "the staff", "Danish embassy in Nairobi"),
    ("Gunmen attacked a bank in Lagos. The Canadian consulate said no citizens were hurt.",
     "no citizens", "Canadian consulate"),
    # ... a ministry of no department is none
    ("A British ministry said the talks would resume.", "the talks", None),
    # bare "Police": the one body named with that word
    ("The Metropolitan Police said two men had been arrested. Police said the men were 24 "
     "and 31.", "the men", "Metropolitan Police"),
    # ... and no other body that spoke
    ("Hamas said the rockets were a warning. The police said the men were 24 and 31.",
     "the men", None),
    # a document in a batch that says no issuer of its own is the batch's issuer's
    ("The latest Pentagon release of files from the inquiry into the crash includes a "
     "summary of one pilot's talks with Colonel Mark Dunne. Dunne \"refused to answer,\" the "
     "summary says.", "Dunne", "Pentagon"),
    # ... and a summary of a document is that document's
    ("General Ann Cole said the Pentagon would reply. The summary of her testimony says the "
     "plan failed.", "the plan", "Ann Cole"),
    # a description that says where its body is based restates the source just cited,
    # not a body whose name holds its noun
    ("A car bomb killed nine people near the Islamic State group's former bastion, Amnesty "
     "International said. The London-based group said two children were among the dead.",
     "two children", "Amnesty International"),
    # ... while the bare noun is still that body
    ("The Islamic State group seized the town in 2015. The group said its fighters had left.",
     "its fighters", "Islamic State"),
    # -- a body's description must fit the body that spoke
    # a description saying more than the body that spoke last is another body
    ("Le Parisien reported that the protests were spreading. On Friday, the French retail "
     "federation told Reuters that retailers had lost about 1bn euros.", "retailers", None),
    # ... a phrase after its noun makes it a new one
    ("NATO said the exercises would go ahead. The bipartisan group of senators said the "
     "investigation must go on.", "the investigation", None),
    # words of kind or nation say nothing against the body that spoke
    ("Hamas fired rockets at Israel. The militant group said the rockets were a warning.",
     "the rockets", "Hamas"),
    ("Amnesty International released its findings on Monday. The human rights group said "
     "the abuses were widespread.", "the abuses", "Amnesty International"),
    # a government or an army is no "group": the group spoken of before, unnamed
    ("Eight former envoys to Canada signed a letter against the tariffs. The group said trade "
     "and security were separate issues. The Trump administration is seeking a new deal with "
     "Ottawa. \"Farmers will pay the price,\" the group wrote.", "Farmers will", None),
    ("The Pentagon said the drill would go ahead. \"Our members oppose the drill,\" the group "
     "said.", "Our members", None),
    # a person's remarks and comments speak for that person
    ("Senator Maria Lindqvist spoke in Ohio on Friday. Still, Lindqvist's remarks did not say "
     "the plan had failed.", "the plan", "Maria Lindqvist"),
    ("Senator Maria Lindqvist spoke in Ohio on Friday. Her comments suggested that the plan "
     "had failed.", "the plan", "Maria Lindqvist"),
    # -- bodies and documents told by another name
    # an appositive body hung on the person before it by the parser: the body between them
    ("\"The pressure is enormous,\" said Mark Dubowitz of the Foundation for Defense of "
     "Democracies, a Washington think tank that has criticized the negotiating strategy.",
     "the negotiating", "Foundation for Defense of Democracies"),
    # "the administration" is one named so, never another government body
    ("The Senate passed the bill on Monday. The administration said it would veto the "
     "measure.", "it would veto", None),
    # a poll spoken of as a survey
    ("A nationwide Gallup poll last month showed his support slipping. Mitt Romney plans to "
     "visit Israel. The survey found that 64 percent back him.", "64 percent", "Gallup"),
    # -- a body spoken of again far from its name
    # "the statement" of a body resolved where it was issued
    ("The Taliban attacked a checkpoint in Kabul on Sunday.\n\n\"This would harm only the "
     "Americans,\" the group said in a statement.\n\n\"Our struggle will continue,\" said "
     "the statement.", "Our struggle", "Taliban"),
    # the one body of the noun's kind named before
    ("CBS correspondent Lara Logan issued an apology on Friday.\n\nShe met the families of "
     "the victims.\n\n\"We are looking into this serious matter,\" the network said.",
     "We are looking", "CBS News"),
    # "the administration": the government named so, however far back
    ("The Obama administration's versions of events have been riddled with discrepancies."
     "\n\nThe ambassador died.\n\nHis staff left.\n\nThe compound burned.\n\nThe guards "
     "fled.\n\nThe embassy closed.\n\nThe administration also asserted it had no "
     "intelligence that foretold the attack.", "it had no", "US government"),
    # -- a body's guess keeps to its country name and number
    # a government said of one country is no body of another that spoke: its own
    ("The White House said the president was briefed. The Tunisian government said it had "
     "arrested a man.", "it had arrested", "Tunisian government"),
    ("The Kremlin said the talks had failed. The Russian government said it would respond.",
     "it would respond", "Kremlin"),
    # a capitalised body noun is a name: only a body named so
    ("Reuters reported the deal on Monday. \"The forces would thrust the alliance into the "
     "conflict,\" the Monitor said.", "The forces", None),
    # a document's sender, never a body in a clause on it
    ("The agency briefed the Pentagon. An email from the U.S. Embassy in Tripoli that arrived "
     "at the White House said the group had claimed responsibility.", "the group had", None),
    # many agencies are not the one agency named
    ("The CIA declined to comment. U.S. intelligence agencies said Russia was behind the "
     "hacks.", "Russia was", None),
    # -- the party is a body named or introduced so
    # "the party" is a body named or introduced as a party, never the outlet that spoke last
    ("The Democratic Party said the vote was rigged. CNN reported the claim. The party said "
     "it would appeal.", "it would appeal", "Democratic Party"),
    ("Likud, the ruling party, said the vote was rigged. CNN reported the claim. The party "
     "said it would appeal.", "it would appeal", "Likud"),
    ("CNN reported the claim on Monday. The party said it would appeal.", "it would appeal",
     None),
    # -- a state's body keeps its state, a possessive without its apostrophe its owner
    ("Japan's defence ministry said a missile fell. A defence ministry spokesman said the "
     "launch was tracked.", "the launch", "Japanese defence ministry"),
    ("Shelling hit two towns overnight BBCs correspondent in the region said.", "Shelling",
     "BBC"),
    # a bare spokesperson after a sentence whose subject is no actor: the one organization
    # that sentence names, never one of two actors
    ("Last month a reporter asked the State Department about the missing file. A spokesman "
     "at the time said the file had been archived.", "the file had", "US State Department"),
    ("Last month a reporter asked Senator Jane Roe and the State Department about the file. "
     "A spokesman at the time said the file had been archived.", "the file had", None),
    # "the man" who speaks right after a named man is he; "the woman" is not
    ("\"Our house stood here,\" Karim Haddad told AFP. \"There was no base here,\" the "
     "devastated man said.", "There was no base", "Karim Haddad"),
    ("\"Our house stood here,\" Karim Haddad told AFP. \"There was no base here,\" the "
     "woman said.", "There was no base", None),
    # a document named before is its issuer's, its comma lost or not
    ("The Sham Legion announced in a statement on Thursday that its fighters had taken the "
     "hill. According to the statement artillery fire also destroyed two tanks near the "
     "village.", "artillery fire", "Sham Legion"),
    # -- an outlet's name the recognizer took for a people's or a work's reports, and is the
    # outlet named before
    ("The Centrist reported that the memo was leaked. The outlet said the senator had seen "
     "it.", "the senator", "Centrist"),
    ("The budget was cut, The Evening Lantern reported, because revenue fell.", "The budget",
     "Evening Lantern"),
    # -- a country's title is a person of that country
    # a title said of a country: one introduced as of it, never one of another country
    ("President Trump met Chinese President Xi Jinping in Beijing on Thursday. The banquet "
     "was long. Then the US president went on to suggest that it was not China to blame.",
     "it was not China", "Donald Trump"),
    ("President Trump met Chinese President Xi Jinping in Beijing on Thursday. Trump praised "
     "the banquet. The Chinese president said the talks were fruitful.", "the talks",
     "Xi Jinping"),
    # "the German leader": the one titled person introduced as German
    ("German Chancellor Angela Merkel spoke in Berlin. Scottish First Minister Nicola "
     "Sturgeon said Scotland would seek a new vote. The German leader said she was seeking a "
     "good climate in the talks.", "she was seeking", "Angela Merkel"),
]


@pytest.mark.parametrize("text, start, name", BODY_CASES)
def test_a_description_resolves_by_its_own_words(claims_named, text, start, name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start)[1] == name


def test_the_congressman_is_the_representative_introduced_as_rep(claims_named):
    text = ("Rep. Duncan Hunter, the California Republican, says he wants answers. \"The "
            "Army's case continues to lack clarity,\" the congressman said.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "The Army's case") == ("the congressman", "Duncan Hunter")


def test_a_report_in_an_outlet_is_that_outlet_s(claims_named):
    found, names = claims_named("According to a report in Al-Monitor, the rebel groups are "
                                "having trouble agreeing on a unified approach.")
    assert speaker_of(found, names, "the rebel groups")[1] == "Al-Monitor"


def test_it_after_unnamed_speakers_of_a_later_paragraph_is_no_earlier_body(claims_named):
    text = ("Far-right leaders called for referendums of their own, Sky News reported.\n\n"
            "Foreign ministers of six countries said they wanted Britain to leave quickly.\n\n"
            "\"We take this very seriously,\" it said.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "We take") == ("it", None)


def test_an_indefinite_panel_with_a_name_before_it_stays_unnamed(claims_named):
    found, names = claims_named("A UN panel said the camps were overcrowded.")
    assert speaker_of(found, names, "the camps") == ("A UN panel", None)


def test_a_body_introduced_unnamed_is_the_one_named_telling_the_same_later(claims_named):
    text = ("At least three children were killed in a rocket attack on a school in Aleppo on "
            "Thursday, state media said. A monitoring group said a child was also among at "
            "least eight people killed in government shelling on the town of Douma. Rebels "
            "often fire rockets into the west of the city. Outside Damascus, at least eight "
            "people were killed on Thursday in government shelling on Douma, the Syrian "
            "Observatory for Human Rights said.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "a child") == ("A monitoring group",
                                                 "Syrian Observatory for Human Rights")


@pytest.mark.parametrize("text", [
    # the next sentence tells more of the same news and names its source
    ("Nine people including two children were killed on Friday in shelling of the town of "
     "Karam, a monitoring group said.\n\nIn the centre of the town shells hit a market and two "
     "schools, the Syrian Observatory for Human Rights said."),
    # ... after the same sentence printed twice
    ("Nine people including two children were killed on Friday in shelling of the town of "
     "Karam, a monitor said. Nine people including two children were killed on Friday in "
     "shelling of the town of Karam, a monitor said. Most of the dead were in the town's "
     "market, according to the Syrian Observatory for Human Rights."),
])
def test_a_body_introduced_unnamed_is_the_source_the_next_sentence_names(claims_named, text):
    found, names = claims_named(text)
    assert speaker_of(found, names, "Nine people")[1] == "Syrian Observatory for Human Rights"


def test_a_body_introduced_unnamed_is_no_army_the_next_sentence_names(claims_named):
    # "a monitoring group" is not the army that speaks next, but the watching body named as
    # a source further on
    text = ("Nine people including two children were killed on Friday in shelling of the town "
            "of Karam, a monitoring group said.\n\nThe army said its forces had struck militant "
            "positions in the town. The Syrian Observatory for Human Rights said the shells hit "
            "a market.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "Nine people") == ("a monitoring group",
                                                       "Syrian Observatory for Human Rights")
    # nor a body whose name says no watching, further on
    found, names = claims_named(text.replace("The Syrian Observatory for Human Rights",
                                             "The Kurdish Red Crescent"))
    assert speaker_of(found, names, "Nine people") == ("a monitoring group", None)


def test_a_body_introduced_unnamed_stays_so_when_no_later_source_tells_the_same(claims_named):
    # the same words later, but the company named there is criticized, not a source
    text = ("Coca-Cola cut its funding of the Republican convention this year. A civil rights "
            "group demanded that the company defund the Republican convention. Trump "
            "criticized Ford Motor Company, and the company did not fund the Republican "
            "convention either.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "the company defund") == ("A civil rights group", None)


def test_a_stray_word_of_the_other_gender_does_not_undo_the_text_s_own(nlp):
    from kg.extract import extract
    from kg.extract.claims import claims
    from kg.extract.speakers import Resolver

    # (a given name that tells no gender, so that nothing keeps "Mr. Baker" from her)
    text = ("Robin Baker spoke in Ohio on Monday. Mrs. Baker said the party was united. "
            "Later, Mrs. Baker said jobs came first. Mrs. Baker did not take questions. "
            "Mr. Baker stayed in New York.")
    doc = nlp(text)
    ents = extract(doc).entities
    baker = [e for e in ents if e.name == "Robin Baker"]
    assert baker and any(text[m.start - 4:m.start] == "Mr. " for m in baker[0].mentions)
    r = Resolver(doc, ents, lambda i: 0, lambda i: 0)
    assert r.gender(baker[0].key) == "f"
    assert list(claims(doc, entities=ents))  # resolution runs through it


@pytest.mark.parametrize("text, start, written", [
    ("According to Iraqi news sources on Tuesday, security forces killed 14 protesters.",
     "security forces", "Iraqi news sources"),
    ("Reps. Chris Collins (R-N.Y.) and Duncan Hunter (R-Calif.) on Wednesday endorsed the "
     "bid, saying it was the best chance to win.",
     "it was", "Chris Collins (R-N.Y.) and Duncan Hunter (R-Calif.)"),
])
def test_when_it_was_said_is_no_part_of_the_speaker(claims_named, text, start, written):
    found, names = claims_named(text)
    assert speaker_of(found, names, start)[0].endswith(written)


def test_a_date_inside_a_clause_on_the_speaker_stays(claims_named):
    found, names = claims_named("A CBS poll released Monday found that 45 percent of voters "
                                "backed the plan.")
    assert speaker_of(found, names, "45 percent")[0] == "A CBS poll released Monday"


def test_the_official_is_the_unnamed_one_again_not_a_minister_who_spoke_between(claims_named):
    text = ("Foreign Minister Lena Aalto called her counterpart at once, according to a senior "
            "official. The call lasted an hour, the official said.\n\n"
            "Aalto said in a statement that the issue was resolved peacefully.\n\n"
            "The minister learned of the incident at noon, the official said.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "the issue") == ("Aalto", "Lena Aalto")
    assert speaker_of(found, names, "The minister learned") == ("the official", None)


def test_the_official_is_still_the_spokesperson_named_after_an_unnamed_one(claims_named):
    text = ("\u201cThe militants are hiding in the desert,\u201d said an official in the "
            "coalition.\n\n"
            "\u201cWe strike them every night,\u201d the spokesperson of the coalition, Myles "
            "Caggins, said.\n\n"
            "\u201cThey cannot hold any ground,\u201d the official said.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "They cannot") == ("the official", "Myles Caggins")


@pytest.mark.parametrize("text, start, written, name", [
    # a government of one country is not the government of another that spoke before: its
    # own, named by the nation's adjective
    ("The State Department said the strikes had been coordinated with Yemen. The US "
     "government said the plots were disrupted.\n\n"
     "The Yemeni government said they had foiled attacks on oil pipelines.",
     "they had foiled", "The Yemeni government", "Yemeni government"),
    # a noun only a name gives: the airline is not the armed group that spoke before
    ("Hamas said its rockets would keep falling near the airport. The airline said it "
     "would continue flying to Israel.",
     "it would continue", "The airline", None),
    # a news agency is a news organization, not the ministry that spoke before
    ("The Pentagon said it was watching the border closely. The news agency said 71 "
     "officers had defected to Turkey.",
     "71 officers", "The news agency", None),
])
def test_a_body_description_passes_over_bodies_it_cannot_be(claims_named, text, start,
                                                            written, name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start) == (written, name)


def test_a_body_description_of_a_country_takes_a_body_whose_name_says_none(claims_named):
    text = ("The Kremlin said on Monday that the talks had failed.\n\n"
            "The Russian government said its army would press on.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "its army") == ("The Russian government", "Kremlin")


def test_a_churchman_s_title_is_no_part_of_his_name(claims_named):
    text = ("Monsignor Georges Abou Khazen, the apostolic vicar of Aleppo, said the city was "
            "starving.\n\nRabbi Rick Jacobs said the values of his movement included equality.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "the city")[1] == "Georges Abou Khazen"
    assert speaker_of(found, names, "the values")[1] == "Rick Jacobs"


def test_the_official_after_an_official_the_parser_hid_behind_reporters(claims_named):
    text = ("Vice President Mike Pence addressed the issue on Tuesday.\n\n"
            "An administration official briefing reporters on Wednesday insisted anyone caught "
            "off guard by the decision had not been paying attention. But the official did "
            "not dispute that some advisers were opposed to the withdrawal.")
    found, names = claims_named(text)
    hit = [c for c in found if c.speaker == "the official"]
    assert hit and all(c.speaker_key is None for c in hit)


def test_a_report_no_one_issued_is_the_outlet_the_article_s_speakers_told(claims_named):
    text = ("The administration is weighing new tariffs on imports, according to a report on "
            "Monday.\n\n"
            "\u201cWe are now turbocharging that initiative,\u201d Keith Krach, an undersecretary "
            "at the State Department, told Reuters.\n\n"
            "A number of agencies are looking at how to move the supply chain, the report said.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "A number of") == ("the report", "Reuters")


def test_a_report_is_the_outlet_that_reported_before_one_spoken_to(claims_named):
    text = ("The Associated Press reported on Tuesday that half of the meetings were with "
            "donors.\n\n"
            "The report published Tuesday showed that most of the meetings were private.\n\n"
            "A spokesman, Brian Fallon, told CNN that the story was misleading.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "most of the")[1] == "Associated Press"


def test_a_possessive_of_a_name_s_own_clause_tells_its_gender(claims_named):
    text = ("Dana Whitfield spoke first on Monday. Alex Romero sold his house and left the "
            "city.\n\n"
            "\u201cIt will not work,\u201d she said.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "It will not") == ("she", "Dana Whitfield")


def test_a_possessive_near_another_person_tells_nothing(nlp):
    from kg.extract import extract
    from kg.extract.speakers import Resolver

    doc = nlp("Alex Romero attacked Dana Whitfield over her plan to cut the budget.")
    ents = extract(doc).entities
    r = Resolver(doc, ents, lambda i: 0, lambda i: 0)
    romero = [e for e in ents if e.name == "Alex Romero"]
    assert romero and r.gender(romero[0].key) is None


def test_it_after_a_document_that_spoke_is_that_document_s(claims_named):
    text = ("The FDIC said on Tuesday that its systems were secure.\n\n"
            "Hackers compromised 12 workstations and 10 servers, the congressional report "
            "said. It accused the regulator of trying to cover up the hacks.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "the regulator") == ("It", None)


def test_a_common_first_name_the_article_writes_tells_a_gender(claims_named):
    text = ("Kim Palmer runs the agency. Reporters asked about Anthony Weiner on Monday.\n\n"
            "\u201cYou can wreck a career in a minute,\u201d she said.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "You can wreck")[1] != "Anthony Weiner"


def test_a_first_name_set_off_after_a_noun_of_kin_is_a_person(claims_named):
    text = ("Donald Trump spoke on Monday. On the convention's opening night, Trump's wife, "
            "Melania, is scheduled to be among the featured speakers. At a rally in "
            "Milwaukee, she described Trump as \u201ckind\u201d.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "Trump as") == ("she", "Melania")


@pytest.mark.parametrize("text, extraposed", [
    # "it" standing for the clause after it: no body
    ("It's not clear what the judges will make of the files his lawyer says he sent.", True),
    ("It was unclear whether the talks would resume, the agency said.", True),
    ("It\u2019s not clear what the panel will do with the letters.", True),
    ("It remains unclear whether the talks will resume.", True),
    ("It is important for us not to feel too proud, he said.", True),
    ("It is also worth noting that, according to the paper, most of the steel is imported.",
     True),
    # "it" for a body that says what is so
    ("It said the road was clear.", False),
    ("It was clear about its plans.", False),
])
def test_it_of_it_is_clear_that_stands_for_no_body(nlp, text, extraposed):
    from kg.extract.descriptions import extraposed as is_extraposed

    it = next(t for t in nlp(text) if t.lower_ == "it")
    assert is_extraposed(it) is extraposed


@pytest.mark.parametrize("text, start, written, name", [
    # an official of a person's office speaks for the person
    ("Governor Helen Varga met the union leaders on Friday, \u201cto end the strike before "
     "winter,\u201d an official from Ms. Varga\u2019s office said.",
     "Governor Helen Varga met", "an official from Ms. Varga\u2019s office", "Helen Varga"),
    # the office of a person described by the title introduced with the name
    ("Chilean President Marco Ibarra spoke by phone on Friday with President Luis Soto "
     "about the strike.\n\n"
     "Later, the Chilean president\u2019s office issued a statement calling on both sides "
     "to \u201creturn to the table without conditions.\u201d",
     "a statement calling", "the Chilean president\u2019s office", "Marco Ibarra"),
])
def test_a_person_s_office_speaks_for_the_person(claims_named, text, start, written, name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start) == (written, name)


def test_a_lawyer_from_a_person_s_office_stays_unnamed(claims_named):
    text = ("Governor Helen Varga met the union leaders on Friday. The talks \u201cwent "
            "nowhere,\u201d a lawyer from Ms. Varga\u2019s office said.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "The talks")[1] is None


def test_the_paper_is_the_body_named_as_the_newspaper_before(claims_named):
    text = ("The ruling party's newspaper, the Lagos Tribune, said on Monday that the "
            "strike was \u201ca plot by foreign agents.\u201d\n\nThe paper also said the "
            "port would reopen within a week.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "the port would reopen") == ("The paper", "Lagos Tribune")


def test_a_news_network_among_several_is_the_one_that_reported(claims_named):
    text = ("Governor Tom Hale on Friday denied a CNN report that he had asked to close the "
            "border, and said the network was no better than Fox News.\n\nThe news network "
            "on Thursday reported the governor's request, which it said had alarmed his aides.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "the governor's request") == ("The news network", "CNN")


def test_a_statement_a_spokeswoman_provided_is_whom_she_speaks_for(claims_named):
    text = ("Mayor Tom Hale visited the flooded district on Monday.\n\nReached for comment, "
            "Hale\u2019s spokeswoman provided a statement condemning the delays and repeating "
            "that the dam was \u201csafe.\u201d\n\n\u201cWe will rebuild every home that was "
            "lost,\u201d the statement reads.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "We will rebuild") == ("the statement", "Tom Hale")


def test_a_body_introduced_unnamed_is_the_one_its_head_s_phrase_names_later(claims_named):
    # the body named inside the speaker's phrase that closes the later sentence
    text = ("Nine soldiers from the army's northern brigade were killed in an ambush near the "
            "border on Tuesday, a Lima-based rights group said.\n\n\u201cNine soldiers of the "
            "northern brigade died in the ambush near the border,\u201d the director of the "
            "Andean Human Rights Commission Pablo Ruiz said.\n\nThe army did not comment.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "Nine soldiers from") == (
        "a Lima-based rights group", "Andean Human Rights Commission")


def test_a_body_s_spokesman_is_the_one_person_introduced_as_its_spokesman(claims_named):
    text = ("Fighters of the Northern Liberation Front are ready to hold the city, the "
            "group's spokesman said in an audio message on Sunday.\n\nIn the message, Northern "
            "Liberation Front spokesman Tomas Varga said the fighters would not retreat.")
    found, names = claims_named(text)
    assert speaker_of(found, names, "Fighters of") == ("the group's spokesman", "Tomas Varga")


@pytest.mark.parametrize("text, start, name", [
    # a spokesperson tied to no one: the organization the sentence before had for subject
    ("The Ministry of Transport rejected the audit on Friday. A senior spokeswoman called it "
     "\u201cdeeply misleading.\u201d", "it \u201cdeeply", "Ministry of Transport"),
    ("The Red Cross said its convoy was stopped at the border.\n\nA spokesman said the trucks "
     "carried only food and blankets.", "the trucks",
     "International Committee of the Red Cross"),
    # (not a person's: whom an unnamed spokesman speaks for is not guessed)
    ("Governor Alma Reyes met the strikers on Monday. A spokesman said the talks went well.",
     "the talks", None),
    # (not one tied to someone else by the phrase)
    ("The Red Cross said its convoy was stopped. A spokesman for the border police said the "
     "trucks were searched.", "the trucks", None),
    # (not after two subjects)
    ("The Red Cross and the United Nations said the convoy was stopped. A spokesman said the "
     "trucks carried food.", "the trucks", None),
])
def test_a_spokesperson_tied_to_no_one_speaks_for_the_body_before(claims_named, text, start,
                                                                  name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start)[1] == name


@pytest.mark.parametrize("text, start, name", [
    # "It said" after a sentence that put out a document: the document's issuer
    ("The Ministry of Transport met the unions on Saturday. Governor Alma Reyes issued a brief "
     "statement that seemed to speak for the mayor. It said: \u201cThe mayor has no further "
     "comment on the strike.\u201d", "The mayor has", "Alma Reyes"),
    # (not where the document was put out by an unnamed source, nor two of them)
    ("The Ministry of Transport met the unions on Saturday. An official issued a statement. "
     "It said the strike would end.", "the strike", None),
])
def test_it_after_a_document_put_out_is_its_issuer(claims_named, text, start, name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start)[1] == name


@pytest.mark.parametrize("text, start, name", [
    # "the tweet": the one who just tweeted or wrote
    ("\u201cThe bridge will be rebuilt by May,\u201d Governor Alma Reyes wrote. The tweet "
     "said the state would pay for it.", "the state would", "Alma Reyes"),
])
def test_the_tweet_is_the_one_who_just_wrote(claims_named, text, start, name):
    found, names = claims_named(text)
    assert speaker_of(found, names, start)[1] == name


def test_a_newspaper_named_before_its_noun_is_that_newspaper(claims_named):
    # the tagger takes the name for an adjective of "newspaper"
    found, names = claims_named("The Kommersant newspaper reported that the talks in Minsk "
                                "had stalled over gas prices.")
    assert speaker_of(found, names, "the talks")[1] == "Kommersant"


def test_the_post_is_a_newspaper_not_a_post(claims_named):
    found, names = claims_named("Governor Alma Reyes wrote a long essay on the strike. The "
                                "Post said the essay was wrong.")
    assert speaker_of(found, names, "the essay") == ("The Post", "Post")


def test_showing_off_is_no_claim(claims_of):
    found = claims_of("The Ministry of Defence showed off its new tanks on Saturday.")
    assert not found, [(c.speaker, c.cue, c.text) for c in found]
