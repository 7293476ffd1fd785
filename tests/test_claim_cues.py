"""Cues that are no verb of saying: adjectives of stance, a verb with a noun of speech or
stance (``made the case that``), nominal cues with a prepositional or infinitive content,
``in X's view`` and ``in a poll`` — found with their speaker, cue and content, and their
look-alikes left alone (real spaCy model, sentences written for the tests)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def run(claims_of):
    return claims_of


def _found(found, speaker: str, cue: str, content: str):
    hits = [c for c in found if c.speaker == speaker and c.cue == cue and c.text == content]
    assert hits, f"no ({speaker!r}, {cue!r}, {content!r}) in " \
                 f"{[(c.speaker, c.cue, c.text) for c in found]}"
    return hits[0]


@pytest.mark.parametrize("text, speaker, cue, content, act", [
    ("Governor Alma Reyes was critical of the new toll.", "Governor Alma Reyes", "critical",
     "the new toll", "Belief"),
    ("Mayor Tom Okafor is confident that the bridge will reopen in May.", "Mayor Tom Okafor",
     "confident", "the bridge will reopen in May", "Belief"),
    ("Senator Dana Whitfield is eager to end the strike.", "Senator Dana Whitfield", "eager",
     "to end the strike", "Belief"),
])
def test_an_adjective_of_stance_after_a_copula_is_a_belief(run, text, speaker, cue, content,
                                                           act):
    assert _found(run(text), speaker, cue, content).act == act


@pytest.mark.parametrize("text", [
    "It is clear that the bridge will reopen in May.",
    "The outcome was clear to everyone.",
])
def test_an_impersonal_adjective_is_nobodys_stance(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, speaker, cue, content, act", [
    ("Governor Alma Reyes made the case that the toll would pay for repairs.",
     "Governor Alma Reyes", "made the case", "the toll would pay for repairs", "Statement"),
    ("Senator Dana Whitfield took issue with the new toll.", "Senator Dana Whitfield",
     "took issue", "the new toll", "Belief"),
    ("Mayor Tom Okafor has doubts about the repair plan.", "Mayor Tom Okafor", "has doubts",
     "the repair plan", "Belief"),
    ("Mayor Tom Okafor offered a defense of the toll.", "Mayor Tom Okafor",
     "offered a defense", "the toll", "Belief"),
])
def test_a_verb_with_a_noun_of_speech_or_stance_is_a_cue(run, text, speaker, cue, content,
                                                         act):
    assert _found(run(text), speaker, cue, content).act == act


@pytest.mark.parametrize("text", [
    "Heavy rains raised concerns about the dam.",  # no one holds the concern
    "The company offered discounts to drivers.",  # an offer of goods, not of words
    "The rebels' attack on the town killed six people.",  # force, not a stand
    "In the afternoon, the council met again.",  # "in" a time, not a source
])
def test_look_alikes_of_nominal_cues_are_no_claims(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, speaker, cue, content, act", [
    ("Senator Dana Whitfield's call for an inquiry was rejected.", "Senator Dana Whitfield",
     "call", "an inquiry", "Belief"),
    ("Her plan to raise the toll was rejected by the council.", "Her", "plan",
     "to raise the toll", "Belief"),
    ("Mayor Tom Okafor's attack on the council surprised many.", "Mayor Tom Okafor",
     "attack", "the council", "Belief"),
    ("In Governor Alma Reyes's view, the toll is unfair.", "Governor Alma Reyes",
     "In Governor Alma Reyes's view", "the toll is unfair", "Belief"),
    ("In a Gallup poll released Monday, most drivers backed the repairs.",
     "a Gallup poll released Monday", "In a Gallup poll", "most drivers backed the repairs",
     "Finding"),
])
def test_nominal_cues_with_their_holder(run, text, speaker, cue, content, act):
    assert _found(run(text), speaker, cue, content).act == act


def test_a_statement_in_a_document_is_its_speakers_not_the_documents(run):
    found = run("In a statement, the ministry denied that troops had crossed the border.")
    assert [c.cue for c in found] == ["denied"]
    assert found[0].speaker == "the ministry"


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Mayor Tom Okafor hopes to reopen the bridge in May.", "Mayor Tom Okafor", "hopes",
     "to reopen the bridge in May"),
    ("Senator Dana Whitfield voted against the toll.", "Senator Dana Whitfield",
     "voted against", "the toll"),
    ("Senator Dana Whitfield has called for the toll to be scrapped by June.",
     "Senator Dana Whitfield", "called", "the toll to be scrapped by June"),
    ("Mayor Tom Okafor asked for an audit of the toll.", "Mayor Tom Okafor", "asked",
     "an audit of the toll"),
])
def test_verbs_of_hope_vote_and_calls(run, text, speaker, cue, content):
    assert _found(run(text), speaker, cue, content).act == "Belief"


@pytest.mark.parametrize("text, speaker, content", [
    ('The new toll, which Mayor Tom Okafor had called "a disaster," was scrapped.',
     "Mayor Tom Okafor", "a disaster"),
    ('Senator Dana Whitfield called both the mayor and the governor "reckless."',
     "Senator Dana Whitfield", 'both the mayor and the governor "reckless."'),
    ("Governor Alma Reyes has called the toll ''unfair and unwise,'' citing the cost.",
     "Governor Alma Reyes", "the toll ''unfair and unwise,''"),
])
def test_what_a_stance_verb_calls_its_object_is_the_claim(run, text, speaker, content):
    # the words in quote marks were said: a statement
    assert _found(run(text), speaker, "called", content).act == "Statement"


def test_calling_someone_on_the_phone_is_no_claim(run):
    assert run("Mayor Tom Okafor called the governor on Tuesday.") == []


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Senator Dana Whitfield likened the toll to highway robbery.", "Senator Dana Whitfield",
     "likened", "the toll to highway robbery"),
    ("Mayor Tom Okafor credited the governor with the repairs.", "Mayor Tom Okafor",
     "credited", "the governor with the repairs"),
    ("Voters see the toll as a tax on commuters.", "Voters", "see",
     "the toll as a tax on commuters"),
])
def test_a_stance_verb_with_its_predicate(run, text, speaker, cue, content):
    assert _found(run(text), speaker, cue, content).act == "Belief"


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("The toll was criticized by Senator Dana Whitfield.", "Senator Dana Whitfield",
     "criticized", "The toll"),
    ("Mayor Tom Okafor is looking for a new deputy.", "Mayor Tom Okafor", "looking for",
     "a new deputy"),
    ("Governor Alma Reyes wrote a letter to the council about the toll.",
     "Governor Alma Reyes", "wrote a letter", "the toll"),
])
def test_passive_stances_searches_and_letters(run, text, speaker, cue, content):
    assert _found(run(text), speaker, cue, content).act == "Belief"


@pytest.mark.parametrize("text", [
    "The town was attacked by rebels.",  # force, not a stand
    "The plan, which was endorsed by the governor, failed.",  # the relative stands outside
])
def test_passives_that_are_no_stance(run, text):
    assert run(text) == []


@pytest.mark.parametrize("text, speaker, content", [
    ("Only 49 percent of Republicans say the same of the governor.",
     "Only 49 percent of Republicans", "the same of the governor"),
    ("Senator Dana Whitfield said little about the toll.", "Senator Dana Whitfield",
     "little about the toll"),
])
def test_what_was_said_as_an_object_of_say(run, text, speaker, content):
    assert _found(run(text), speaker, "said" if "said" in text else "say", content)


def test_saying_goodbye_is_no_claim(run):
    assert run("Mayor Tom Okafor said goodbye to the council.") == []


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Senator Dana Whitfield is a longtime critic of the toll.", "Senator Dana Whitfield",
     "critic", "the toll"),
    ("Ann Ruiz, an opponent of the plan, spoke first.", "Ann Ruiz", "opponent", "the plan"),
    ("Mayor Tom Okafor is against it.", "Mayor Tom Okafor", "is against", "it"),
    ("Governor Alma Reyes endorsed him on Tuesday.", "Governor Alma Reyes", "endorsed", "him"),
])
def test_stands_held_by_a_person(run, text, speaker, cue, content):
    assert _found(run(text), speaker, cue, content).act == "Belief"


@pytest.mark.parametrize("text", [
    "The vote is against the rules.",  # a thing is against, no one holds a stand
    "The governor confirmed it.",  # what was confirmed, the text does not say
])
def test_no_stand_without_a_holder_or_a_content(run, text):
    assert run(text) == []


def test_a_quote_signed_with_a_dash_and_a_name(run):
    found = run("\u201cWe can fix the bridge before the snow comes.\u201d \u2015 Ann Ruiz\n"
                "\u201cThe toll will hurt the poorest drivers most.\u201d \u2015 Tom Okafor\n")
    assert [(c.speaker, c.cue, c.text) for c in found] == [
        ("Ann Ruiz", "\u2015", "We can fix the bridge before the snow comes."),
        ("Tom Okafor", "\u2015", "The toll will hurt the poorest drivers most.")]


def test_a_signature_on_its_own_line_after_the_quote(run):
    found = run('"Nobody should pay twice for the same road."\n\n- Ann Ruiz.\n\nThe vote is '
                "on Monday.")
    assert [(c.speaker, c.text) for c in found] == [
        ("Ann Ruiz", "Nobody should pay twice for the same road.")]


def test_a_dash_before_a_clause_signs_nothing(run):
    found = run('"We can fix the bridge before the snow comes" - and the council agreed.')
    assert not any(c.cue == "-" for c in found)


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Mayor Tom Okafor offered his condolences to the families.", "Mayor Tom Okafor",
     "offered", "his condolences"),
    ("Voters were hoping for a new bridge.", "Voters", "hoping", "a new bridge"),
    ("Senator Dana Whitfield would like to scrap the toll.", "Senator Dana Whitfield", "like",
     "to scrap the toll"),
])
def test_condolences_hopes_and_wishes(run, text, speaker, cue, content):
    assert _found(run(text), speaker, cue, content).act == "Belief"


def test_the_remarks_of_a_person_are_a_source(run):
    found = run("Governor Alma Reyes's remarks showed that the toll would stay.")
    assert [c.text for c in found] == ["the toll would stay"]


@pytest.mark.parametrize("text, content, act", [
    ("Senator Dana Whitfield called her handling of the toll \u201cextremely careless,\u201d "
     "and said the case was closed.",
     "her handling of the toll \u201cextremely careless,\u201d", "Statement"),
    ("Voters see the repairs planned for May as a test of the new governor.",
     "the repairs planned for May as a test of the new governor", "Belief"),
])
def test_a_predicate_the_parser_hung_inside_the_object(run, text, content, act):
    found = run(text)
    assert any(c.text == content and c.act == act for c in found), \
        [(c.text, c.act) for c in found]


def test_a_quoted_name_inside_the_object_is_no_predicate(run):
    assert run("Senator Dana Whitfield called the \u201cMeet the Press\u201d host on Monday.") == []


def test_according_to_after_a_verb_of_finding_is_the_sources(run):
    found = run("The transport department has found 600 cracked beams, according to the "
                "Springfield Tribune.")
    assert any(c.cue == "according to" and c.speaker == "the Springfield Tribune"
               for c in found), [(c.speaker, c.cue) for c in found]


def test_hitting_back_is_a_stand_firing_at_a_crowd_is_none(run):
    found = run("Mayor Tom Okafor fired back at his critics.")
    assert _found(found, "Mayor Tom Okafor", "fired back", "his critics").act == "Belief"
    assert run("The troops fired at the crowd.") == []


@pytest.mark.parametrize("text, speaker, content", [
    ("Asked whether the toll was fair, 46 percent of drivers said yes.",
     "46 percent of drivers", "yes"),
    ("Last month, 26 percent of drivers said the same.", "26 percent of drivers", "the same"),
    ("Mayor Tom Okafor said so in a letter.", "Mayor Tom Okafor", "so"),
])
def test_a_word_that_stands_for_what_was_said(run, text, speaker, content):
    _found(run(text), speaker, "said", content)


def test_a_name_that_reads_as_said_is_no_cue(run):
    found = run('"The bridge is closed," Osama Said, a local activist told the Tribune.')
    assert not any(c.text.startswith("a local activist") for c in found), \
        [(c.speaker, c.cue, c.text) for c in found]


def test_the_complement_after_the_cue_wins_over_a_longer_fronted_clause(run):
    found = run("Although the governor lamented the delays at the bridge - "
                '"why does this keep happening?" - drivers in Springfield said they were '
                "unfazed by the closure.")
    _found(found, "drivers in Springfield", "said", "they were unfazed by the closure")


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("The toll, which Senator Dana Whitfield opposed, was scrapped in May.",
     "Senator Dana Whitfield", "opposed", "The toll"),
    ("The council rejected the repair plan Mayor Tom Okafor favors.", "Mayor Tom Okafor",
     "favors", "the repair plan"),
    ("Voters doubt everything Mayor Tom Okafor says.", "Mayor Tom Okafor", "says",
     "everything"),
])
def test_the_noun_a_relative_clause_takes_a_stand_on(run, text, speaker, cue, content):
    _found(run(text), speaker, cue, content)


@pytest.mark.parametrize("text", [
    "The day Mayor Tom Okafor spoke, the bridge closed.",  # a time, not what was said
    "The way Mayor Tom Okafor said it annoyed drivers.",  # a manner
    "The ad in which Mayor Tom Okafor declares victory aired in May.",  # where it is said
    "The preacher, whom Mayor Tom Okafor accuses of fraud, left town.",  # more than the noun
])
def test_relative_clauses_that_are_no_stand_on_their_noun(run, text):
    found = run(text)
    assert not any(c.text in ("The day", "The way", "The ad", "The preacher") for c in found), \
        [(c.speaker, c.cue, c.text) for c in found]


@pytest.mark.parametrize("text, speaker", [
    ("Some have suggested that the toll will be scrapped by June.", "Some"),
    ("Many point out that the bridge was built in 1950.", "Many"),
])
def test_some_and_many_are_people_who_suggest(run, text, speaker):
    found = run(text)
    assert any(c.speaker == speaker for c in found), [(c.speaker, c.text) for c in found]


def test_some_of_a_thing_is_no_source(run):
    found = run("Some of the evidence suggests that the toll will be scrapped by June.")
    assert found == [], [(c.speaker, c.text) for c in found]


def test_the_question_asked_with_if(run):
    found = run("Mayor Tom Okafor asked the drivers if they were ready for the new toll.")
    assert _found(found, "Mayor Tom Okafor", "asked",
                  "if they were ready for the new toll").act == "Statement"


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Springfield University defended its decision to close the bridge.",
     "Springfield University", "defended", "its decision to close the bridge"),
    ("Council officials defend their repair strategy.", "Council officials", "defend",
     "their repair strategy"),
])
def test_a_stand_on_words_and_deeds_whoever_takes_it(run, text, speaker, cue, content):
    assert _found(run(text), speaker, cue, content).act == "Belief"


@pytest.mark.parametrize("text", [
    "The soldiers defended the bridge for three days.",
    "The rebels attacked the base at dawn.",
    "The mayor asked the drivers to slow down if it rained.",
])
def test_force_and_conditions_are_no_stand_or_question(run, text):
    found = run(text)
    assert not any(c.cue in ("defended", "attacked") or c.text.startswith("if")
                   for c in found), [(c.speaker, c.cue, c.text) for c in found]


def test_a_source_after_the_verb_holds_the_clause_before_it(run):
    found = run("Governor Alma Reyes continues to lead in polls despite the toll.")
    _found(found, "polls", "in polls", "Governor Alma Reyes continues to lead")


@pytest.mark.parametrize("text, speaker, content", [
    ("To Mayor Tom Okafor, the toll is a tax on the poor.", "Mayor Tom Okafor",
     "the toll is a tax on the poor"),
    ("To many, the bridge is a symbol of the city.", "many",
     "the bridge is a symbol of the city"),
])
def test_to_someone_is_their_view(run, text, speaker, content):
    assert _found(run(text), speaker, "To", content).act == "Belief"


@pytest.mark.parametrize("text", [
    "To date, the bridge has cost $4 million.",
    "To that end, the council raised the toll.",
    "To Springfield, the trip takes two hours.",
])
def test_to_a_time_place_or_end_is_nobodys_view(run, text):
    assert run(text) == [], [(c.speaker, c.cue, c.text) for c in run(text)]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("The closure led some to speculate that the bridge would never reopen.", "some",
     "speculate", "the bridge would never reopen"),
    ("The vote left many drivers to wonder whether the toll would stay.", "many drivers",
     "wonder", "whether the toll would stay"),
])
def test_one_brought_to_say_or_think_is_the_speaker(run, text, speaker, cue, content):
    _found(run(text), speaker, cue, content)


@pytest.mark.parametrize("text, bad", [
    ('"We will never stop," Mayor Tom Okafor said just hours after the council voted.',
     "just hours after the council voted"),
    ("Governor Alma Reyes asked him to write a letter, Tom Okafor said - which he then did.",
     "which he then did"),
])
def test_a_when_clause_or_a_relative_one_after_the_cue_is_not_what_was_said(run, text, bad):
    found = run(text)
    assert not any(c.text == bad for c in found), [(c.speaker, c.cue, c.text) for c in found]


@pytest.mark.parametrize("text, speaker, content", [
    ("As the council met on Tuesday, a driver outside the hall was hit by a truck, police "
     "said.", "police",
     "As the council met on Tuesday, a driver outside the hall was hit by a truck"),
    ("In both cases, Mayor Tom Okafor said, the donations paid for the repairs.",
     "Mayor Tom Okafor", "In both cases the donations paid for the repairs"),
])
def test_a_cue_set_off_by_a_comma_reports_the_clause(run, text, speaker, content):
    _found(run(text), speaker, "said", content)


@pytest.mark.parametrize("text", [
    "Beyond reports suggesting that the toll is unfair, Mayor Tom Okafor never agreed to it.",
    "After the vote that closed the bridge, Mayor Tom Okafor said nothing.",
])
def test_a_phrase_set_off_before_the_cue_is_not_what_was_said(run, text):
    found = run(text)
    assert not any(c.text.startswith(("Beyond", "After")) for c in found), \
        [(c.speaker, c.cue, c.text) for c in found]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Many voters are not enamored of the new toll.", "Many voters", "enamored",
     "the new toll"),
    ("Governor Alma Reyes is unsure whether the bridge will reopen.", "Governor Alma Reyes",
     "unsure", "whether the bridge will reopen"),
    ("Governor Alma Reyes is sanguine about the repairs.", "Governor Alma Reyes", "sanguine",
     "the repairs"),
])
def test_more_adjectives_of_stance(run, text, speaker, cue, content):
    assert _found(run(text), speaker, cue, content).act == "Belief"


def test_what_was_tweeted_or_repeated(run):
    found = run("Mayor Tom Okafor tweeted a warning about the bridge. Governor Alma Reyes "
                "repeated her claim that the toll was unfair.")
    _found(found, "Mayor Tom Okafor", "tweeted", "a warning about the bridge")
    assert any(c.speaker == "Governor Alma Reyes" and c.cue == "repeated" for c in found)


def test_a_tag_of_markup_is_no_verb(run):
    found = run('<tweet author="someone">The bridge is closed again.</tweet>')
    assert not any(c.cue == "tweet" for c in found), [(c.speaker, c.cue, c.text) for c in found]


def test_a_participle_between_a_number_and_its_noun_is_no_cue(run):
    found = run("In the primary, 60 pledged delegates and seven superdelegates were at stake.")
    assert found == [], [(c.speaker, c.cue, c.text) for c in found]


@pytest.mark.parametrize("text", [
    "Governor Alma Reyes, who leads in the polls, visited the bridge.",
    "His numbers in the polls plummeted after the toll vote.",
])
def test_a_poll_around_no_statement_gives_no_finding(run, text):
    found = run(text)
    assert not any(c.cue and c.cue.startswith("in ") for c in found), \
        [(c.speaker, c.cue, c.text) for c in found]


def test_what_a_relative_object_is_described_as(run):
    found = run("The toll was scrapped in Springfield, which Mayor Tom Okafor describes as "
                "his second home.")
    assert _found(found, "Mayor Tom Okafor", "describes", "as his second home").act == "Belief"


def test_looking_to_do_is_an_intent_looking_to_be_is_no_claim(run):
    found = run("Governor Alma Reyes is looking to end the strike before May.")
    assert _found(found, "Governor Alma Reyes", "looking",
                  "to end the strike before May").act == "Belief"
    assert run("The bridge looks to be in poor shape.") == []


@pytest.mark.parametrize("text, content", [
    ("Senator Dana Whitfield called the toll \u201crobbery\u201d in a speech on Monday.",
     "the toll \u201crobbery\u201d"),
    ("Mayor Tom Okafor called the council members \u201ccowards\u201d and \u201cliars\u201d "
     "without proof.", "the council members \u201ccowards\u201d and \u201cliars\u201d"),
])
def test_what_a_naming_verb_calls_in_quotes_the_parser_lost(run, text, content):
    found = run(text)
    assert any(c.cue == "called" and c.text == content and c.act == "Statement"
               for c in found), \
        [(c.speaker, c.cue, c.text) for c in found]


def test_a_thing_called_by_a_name_is_no_claim(run):
    found = run("The council runs a blog called the \u201cBridge Report\u201d for drivers.")
    assert not any(c.cue == "called" for c in found), [(c.speaker, c.cue, c.text) for c in found]


def test_the_name_after_a_quote_and_its_cue_is_the_speaker_not_the_object(run):
    found = run("\u201cSee you in court, Mayor Okafor,\u201d tweeted Dana Whitfield, the "
                "senator.")
    assert [(c.speaker, c.cue) for c in found] == [("Dana Whitfield, the senator", "tweeted")], \
        [(c.speaker, c.cue, c.text) for c in found]


def test_who_issued_the_statement_a_participle_hangs_on_speaks(run):
    found = run("Mayor Tom Okafor released a statement condemning the toll.")
    hit = _found(found, "Mayor Tom Okafor", "condemning", "the toll")
    assert hit.speaker_key is not None


def test_a_thing_that_cannot_speak_gives_the_participle_to_who_holds_it(run):
    found = run("Governor Alma Reyes had no trouble endorsing the new toll.")
    _found(found, "Governor Alma Reyes", "endorsing", "the new toll")


def test_a_naming_word_of_the_sentence_before_does_not_make_a_quote_a_name(run):
    found = run("The council may keep Dana Whitfield as treasurer. \u201cThat is like a bribe, "
                "is it not?\u201d Mayor Tom Okafor asked.")
    assert any(c.cue == "asked" and c.text.startswith("That is like a bribe") for c in found), \
        [(c.speaker, c.cue, c.text) for c in found]


@pytest.mark.parametrize("text, speaker", [
    ("\u201cThe bridge has to reopen before May,\u201d Okafor notes.", "Okafor"),
    ("\u201cWe have had better years than this one,\u201d council member Dana Whitfield, "
     "wearing a \u201cSave the Bridge\u201d pin, said as the vote ended.",
     "council member Dana Whitfield"),
])
def test_the_name_between_a_quote_and_its_cue_speaks(run, text, speaker):
    found = run(text)
    assert any(c.speaker == speaker for c in found), [(c.speaker, c.cue, c.text) for c in found]


def test_a_naming_verb_before_a_whole_quote_leaves_it_a_statement(run):
    found = run("Okafor is running against a rival who has labeled the toll \u201cwithout "
                "question our worst political mistake.\u201d")
    assert any(c.act == "Statement" and c.text.startswith("without question") for c in found), \
        [(c.speaker, c.cue, c.text, c.act) for c in found]


def test_of_two_subjects_the_one_next_to_the_cue_speaks(run):
    found = run("''That, sadly,'' she said, ''is part of life in Springfield now.''")
    assert [c.speaker for c in found] == ["she"], [(c.speaker, c.cue, c.text) for c in found]


def test_one_asked_in_an_aside_the_parser_made_the_main_verb_is_who_said(run):
    found = run("Mayor Tom Okafor, asked about the toll on Monday, had said, ''I think the "
                "bridge will reopen in May.''")
    assert [(c.speaker, c.cue) for c in found] == [("Mayor Tom Okafor", "said")], \
        [(c.speaker, c.cue, c.text) for c in found]


def test_who_ran_the_piece_that_noted_speaks(run):
    found = run("Senator Dana Whitfield released a new ad that urges drivers to reject the toll.")
    assert any(c.cue == "urges" and c.speaker == "Senator Dana Whitfield" for c in found), \
        [(c.speaker, c.cue, c.text) for c in found]


def test_polling_shows_a_finding(run):
    found = run("Recent polling shows that the toll is unpopular in Springfield.")
    assert _found(found, "Recent polling", "shows",
                  "the toll is unpopular in Springfield").act == "Finding"


def test_a_participle_of_stance_with_its_agent(run):
    found = run("The toll bill, opposed by Senator Dana Whitfield, failed in May.")
    assert _found(found, "Senator Dana Whitfield", "opposed", "The toll bill").act == "Belief"
    assert run("The town, attacked by rebels in May, lies in ruins.") == []


def test_what_is_preferred(run):
    found = run("Most drivers in Springfield prefer the old bridge.")
    assert any(c.cue == "prefer" and c.text == "the old bridge" and c.act == "Belief"
               for c in found), [(c.speaker, c.cue, c.text) for c in found]


def test_according_to_after_a_participle_reports_the_whole_sentence(run):
    found = run("The council has reached a deal with the unions, ending a long strike, "
                "according to the Springfield Tribune.")
    assert any(c.cue == "according to" and c.text.startswith("The council has reached a deal")
               for c in found), [(c.speaker, c.cue, c.text) for c in found]


def test_has_said_read_as_a_passive(run):
    found = run("She's said the bridge will reopen in May.")
    _found(found, "She", "said", "the bridge will reopen in May")


@pytest.mark.parametrize("text, speaker, content", [
    ("Miriam Castell, a Tacoma, Wash., pastor helping to plan the vigil, said she and other "
     "pastors were worried about the closures.", "Miriam Castell",
     "she and other pastors were worried about the closures"),
    ("Ortega, meanwhile, who has no such endorsements, said the record speaks for itself.",
     "Ortega", "the record speaks for itself"),
])
def test_the_name_opening_a_sentence_speaks_across_an_aside_the_parser_lost(run, text,
                                                                            speaker, content):
    found = run(text)
    assert any(c.speaker_key and speaker.split()[-1] in c.speaker and c.text == content
               for c in found), [(c.speaker, c.cue, c.text) for c in found]


def test_a_name_opening_a_sentence_is_no_speaker_of_a_verb_with_a_subject(run):
    found = run("Ortega, the mayor of the town, said the council members approved it.")
    assert [(c.speaker, c.text) for c in found] == [
        ("Ortega, the mayor of the town", "the council members approved it")]


def test_finding_oneself_somewhere_is_no_finding(run):
    found = run("Instead of a promotion, Ramos found himself wearing an ankle monitor. "
                "The audit found that the agency had lost the files.")
    assert [(c.cue, c.text) for c in found] == [
        ("found", "the agency had lost the files")]


@pytest.mark.parametrize("text, cue", [
    ("Mayor Lopez declined to say whether the mill would close.", "declined"),
    ("Senator Dana Whitfield wants to know why the files were deleted.", "wants"),
])
def test_a_verb_of_saying_under_another_cue_is_no_claim_of_its_own(run, text, cue):
    assert [c.cue for c in run(text)] == [cue]


def test_a_quote_opened_in_reported_speech_and_running_on_ends_that_claim(run):
    text = ('Mayor Tom Okafor said the plan "will hurt the families who live near the river. '
            'I think the council knows it."')
    found = run(text)
    assert [(c.speaker, c.text) for c in found] == [
        ("Mayor Tom Okafor", 'the plan "will hurt the families who live near the river. '
                             'I think the council knows it.')]


@pytest.mark.parametrize("text, content", [
    ('"The vote was never close," said one party strategist, who asked not to be named '
     'discussing internal deliberations.', "The vote was never close"),
    ("Two officials, speaking on condition of anonymity because they were not authorized to "
     "discuss the matter, said talks had stalled.", "talks had stalled"),
    ("The aide, who spoke anonymously to describe private meetings, said the deal was close.",
     "the deal was close"),
])
def test_the_reason_a_source_stays_unnamed_is_no_claim(run, text, content):
    assert [c.text for c in run(text)] == [content]


def test_not_naming_or_not_being_authorized_can_still_be_said(run):
    found = run("Mayor Lopez said she would not name her pick. "
                "Governor Alma Reyes said she was not authorized to release the memo. "
                "The nurse, who spoke on condition of anonymity because she feared her "
                "employer would fire her, said the ward was understaffed.")
    assert [c.text for c in found] == ["she would not name her pick",
                                       "she was not authorized to release the memo",
                                       "her employer would fire her",
                                       "the ward was understaffed"]


@pytest.mark.parametrize("text", [
    'Government forces retook Tadmur, the ancient town called "a pearl of the desert."',
    'The council runs a blog called the "Bridge Report" for drivers.',
])
def test_a_thing_called_by_a_name_in_plain_quotes_is_no_claim(run, text):
    found = run(text)
    assert not any(c.cue == "called" for c in found), [(c.speaker, c.cue, c.text) for c in found]


def test_an_infinitive_of_purpose_before_its_clause_is_no_cue(run):
    found = run('Mayor Lopez said the audit "was never finished." To determine this, '
                '"the auditors compared three years of ledgers." In order to estimate the '
                'losses a second audit is needed, the council said.')
    assert not any(c.cue in ("determine", "estimate") for c in found), \
        [(c.speaker, c.cue, c.text) for c in found]


@pytest.mark.parametrize("text, cue, content", [
    ('Senator Dana Whitfield called the deal "premature."', "called", 'the deal "premature."'),
    ('Mayor Tom Okafor described the strike as "a farce."', "described",
     'the strike as "a farce."'),
])
def test_a_stand_reported_in_quoted_words_is_a_statement(run, text, cue, content):
    assert _found(run(text), text.split(" called")[0].split(" described")[0], cue,
                  content).act == "Statement"


def test_a_stand_in_words_of_the_writer_stays_a_position(run):
    assert _found(run("Mayor Tom Okafor called the plan a disaster."), "Mayor Tom Okafor",
                  "called", "the plan a disaster").act == "Belief"


@pytest.mark.parametrize("text, speaker, content", [
    ("Governor Alma Reyes called on Congress to release the funds.", "Governor Alma Reyes",
     "Congress to release the funds"),
    ("Mayor Tom Okafor called on the railway to disclose the names of the engineers.",
     "Mayor Tom Okafor", "the railway to disclose the names of the engineers"),
])
def test_calling_on_someone_to_act_is_a_statement(run, text, speaker, content):
    found = run(text)
    assert _found(found, speaker, "called", content).act == "Statement"
    assert len(found) == 1, [(c.cue, c.text) for c in found]


def test_calling_on_a_neighbor_is_no_claim(run):
    assert run("Governor Alma Reyes called on her neighbor yesterday.") == []


@pytest.mark.parametrize("text, key", [
    ('A Navy spokesperson said the patrols would continue.\n\n"We are not going to back down '
     'from this," Navy Capt. Ray Delgado told reporters.', "ray-delgado"),
    ('"We are not going to back down," said Lt. Col. Myles Brenner, a coalition spokesman.',
     "myles-brenner"),
    ('"The dead included nine villagers," said regional military spokeswoman Capt. Joan '
     'Pettigrew.', "joan-pettigrew"),
    # a title the parser took for punctuation, and a commander named before it
    ('Guard Corps commander Abdul Hadi was the target. "We have seen the report of the '
     'back down," said Pentagon spokesperson Navy Cmdr. Rebecca Rebarich.', "rebecca-rebarich"),
])
def test_an_abbreviated_military_title_ends_no_sentence(run, text, key):
    quote = [c for c in run(text) if "back down" in c.text or "villagers" in c.text]
    assert [c.speaker_key for c in quote] == [key], [(c.speaker, c.speaker_key) for c in quote]
    assert key.split("-")[-1] in quote[0].speaker.lower()


@pytest.mark.parametrize("text", [
    "The Ledger reported on Monday that the senator had sold his shares, according to "
    "the Courier.",
    "According to the Courier, the Ledger reported that the senator had sold his shares.",
])
def test_what_an_outlet_reported_is_its_claim_whoever_relays_it(run, text):
    found = run(text)
    assert [(c.speaker, c.cue, c.text) for c in found] == [
        ("The Ledger" if text.startswith("The") else "the Ledger", "reported",
         "the senator had sold his shares")]


@pytest.mark.parametrize("text, speaker, content", [
    ("Government forces shelled the eastern districts overnight a monitoring group said.",
     "a monitoring group", "Government forces shelled the eastern districts"),
    ("Troops shelled the old quarter on Monday the rights group added.",
     "the rights group", "Troops shelled the old quarter on Monday"),
    # the verb before its subject, closing the sentence
    ("In Jassem in the southern province 15 civilians were killed in four air strikes while "
     "25 others were wounded said the Syrian Observatory for Human Rights.",
     "the Syrian Observatory for Human Rights",
     "In Jassem in the southern province 15 civilians were killed in four air strikes while "
     "25 others were wounded"),
    ("The Kurds now control an area stretching southwards from the town said Abdel Rahman.",
     "Abdel Rahman", "The Kurds now control an area stretching southwards from the town"),
])
def test_a_cue_closing_a_sentence_without_its_comma_reports_the_clause(run, text, speaker,
                                                                       content):
    assert [(c.speaker, c.text) for c in run(text)] == [(speaker, content)]


@pytest.mark.parametrize("text, speaker", [
    ("SEOUL, South Korea -- North Korean state radio on Tuesday announced that the launch "
     "would wait.", "North Korean state radio"),
    ("LAGOS \u2014 The army said on Monday that the road had reopened.", "The army"),
])
def test_a_dateline_is_no_part_of_the_speaker(run, text, speaker):
    assert [c.speaker for c in run(text)] == [speaker]


def test_another_source_set_against_a_report_with_while_speaks_for_itself(run):
    text = ("The school's director said that six teachers died in the attack, while the "
            "monitoring group said that 35 people were killed.")
    assert [(c.speaker, c.text) for c in run(text)] == [
        ("The school's director", "six teachers died in the attack"),
        ("the monitoring group", "35 people were killed")]
    # a clause of time is what was said
    assert [c.text for c in run("Lane said the school was hit while children were inside.")] \
        == ["the school was hit while children were inside"]


def test_a_relative_clause_with_a_verb_of_saying_is_no_fronted_content(run):
    assert run("What she said surprised everyone in the hall.") == []


@pytest.mark.parametrize("text, contents", [
    ('"It is a dead letter," Ruiz said on "Fox & Friends."', ["It is a dead letter"]),
    ('Okafor said on ABC\'s "This Week."', []),
    ('Mayor Tom Okafor told NBC\'s "Today" that the toll would stay.',
     ["the toll would stay"]),
    ('Governor Alma Reyes described it as a city of "honesty and straight talk."',
     ['it as a city of "honesty and straight talk."']),
])
def test_a_show_named_after_on_or_a_possessive_is_no_quote(run, text, contents):
    assert [c.text for c in run(text)] == contents


def test_a_name_and_a_colon_on_a_line_of_its_own_speaks_the_quote_below(run):
    text = ('Mayor Tom Okafor spoke on Wednesday. "We will reopen the bridge," he said.\n\n'
            'Here is a sampling of reaction:\n\nThe Morning Ledger (Ann Ruiz):\n\n"It will be a '
            'different kind of toll, not like the old one, and the mayor knows it."')
    found = run(text)
    assert [(c.speaker, c.text) for c in found][-1] == (
        "Ann Ruiz", "It will be a different kind of toll, not like the old one, and the mayor "
                    "knows it.")


def test_who_leads_an_effort_to_paint_someone_takes_the_stand(run):
    found = run("Senator Dana Whitfield will spearhead a Democratic effort to paint the "
                "governor as unfit for office.")
    assert [(c.speaker, c.cue) for c in found] == [("Senator Dana Whitfield", "paint")]


@pytest.mark.parametrize("text", [
    "Governor Alma Reyes cited the wrong figures, perhaps in an effort to suggest that the "
    "toll was legal.",
    "Governor Alma Reyes has a chance to show that the toll works.",
])
def test_a_motive_or_a_chance_the_writer_reads_is_no_stand(run, text):
    assert not any(c.speaker == "Governor Alma Reyes" and c.cue in ("suggest", "show")
                   for c in run(text)), [(c.speaker, c.cue, c.text) for c in run(text)]


def test_a_things_thing_holds_no_view_but_its_spokesman_speaks(run):
    found = run("Its oil wealth fails to address the needs of ordinary families. "
                "The ministry met on Monday. Its spokesman said the talks would resume.")
    assert [(c.speaker, c.text) for c in found] == [
        ("Its spokesman", "the talks would resume")]


@pytest.mark.parametrize("text, key", [
    ("Melania Trump visited the hospital. Melania Trump said the staff were heroes.",
     "melania-trump"),
    ("Donald Trump spoke first. Eric Trump said the deal was fair.", "eric-trump"),
    ("President Trump said the wall would be built.", "donald-trump"),
    # a one-word organization named after a person: the person, not the news agency
    ("Former New York Mayor Michael Bloomberg said the strike was justified.",
     "michael-bloomberg"),
    # a known one-word name opening a longer name: another person
    ("Kim Jong Un spoke first. Defense Minister Kim Kwan-jin said the North was poised to "
     "launch a missile.", "kim-kwan-jin"),
    ("Kerry Skyring, a reporter in Zagreb, said the next destination was Slovenia.",
     "kerry-skyring"),
])
def test_a_first_name_before_a_known_surname_names_another_person(run, text, key):
    assert [c.speaker_key for c in run(text)] == [key]


@pytest.mark.parametrize("text, key", [
    # a known place or body opening a longer body's name: that body, not the place
    ("After the recall, the US Consumer Product Safety Commission announced it was "
     "suspending all sales of the heater.", "us-consumer-product-safety-commission"),
    # the gazetteer's body, under the name it lists with the place
    ("After the rocket landed, the US Federal Aviation Administration announced it was "
     "suspending all flights to Israel.", "federal-aviation-administration"),
    ("The Washington Times reported on Tuesday that the dossier was unverified.",
     "washington-times"),
    ("The House Republican Study Committee said its director had leaked conversations.",
     "house-republican-study-committee"),
    # one body word after a place is no new name, and a person's title stays a title
    ("The US Administration said the strike was lawful.", None),
    ("US President Donald Trump said the strike was lawful.", "donald-trump"),
])
def test_a_known_place_opening_a_longer_name_names_another_body(run, text, key):
    assert [c.speaker_key for c in run(text)] == [key]


_BODY = ("The city council met on Monday for the last time this year.\n\n"
         "{line}\n\n"
         "Council member Rosa Lindqvist said the plan would cut bus fares by a third.\n")


@pytest.mark.parametrize("line", [
    "Transport: Mayor says the city needs more buses",
    "Mayor tells drivers to 'slow down' near schools",
    "Rail union warns of strikes over new timetable",
])
def test_a_short_present_tense_line_without_a_stop_is_a_link_headline(run, line):
    found = run(_BODY.format(line=line))
    assert [c.cue for c in found] == ["said"], [(c.speaker, c.cue, c.text) for c in found]


@pytest.mark.parametrize("line, cue", [
    # a body sentence that lost its stop reports in the past tense
    ("The mayor said the city needed more buses", "said"),
    # a sentence with its stop, and a line that introduces what follows
    ("The mayor says the city needs more buses.", "says"),
])
def test_a_sentence_without_its_stop_or_in_the_present_with_one_stays_a_claim(run, line, cue):
    found = run(_BODY.format(line=line))
    assert [c.cue for c in found] == [cue, "said"], [(c.speaker, c.cue, c.text) for c in found]


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Mayor Tom Okafor reaffirmed that the bridge would reopen in May.", "Mayor Tom Okafor",
     "reaffirmed", "the bridge would reopen in May"),
    ("Senator Dana Whitfield chided the council for the delay.", "Senator Dana Whitfield",
     "chided", "the council for the delay"),
    ("Governor Alma Reyes downplayed the cost of the new toll.", "Governor Alma Reyes",
     "downplayed", "the cost of the new toll"),
    ("Council member Rosa Lindqvist vouched for the new director.", "Council member Rosa "
     "Lindqvist", "vouched for", "the new director"),
    ("Senator Dana Whitfield sided with the drivers on the toll.", "Senator Dana Whitfield",
     "sided with", "the drivers on the toll"),
    ("The mayor foresees a long recovery for the port.", "The mayor", "foresees",
     "a long recovery for the port"),
])
def test_verbs_of_saying_and_stance_beyond_the_commonest(run, text, speaker, cue, content):
    _found(run(text), speaker, cue, content)


def test_knock_is_a_stance_only_when_a_person_takes_it(run):
    assert not run("The volunteers knocked on doors across the district all day.")


@pytest.mark.parametrize("text, speaker, cue, content", [
    ("Mayor Tom Okafor laid out his plan for the harbour.", "Mayor Tom Okafor", "laid out",
     "his plan for the harbour"),
    ("Senator Dana Whitfield spelled out the terms of the deal.", "Senator Dana Whitfield",
     "spelled out", "the terms of the deal"),
    ("Governor Alma Reyes played down the risk of floods.", "Governor Alma Reyes",
     "played down", "the risk of floods"),
])
def test_a_verb_with_its_particle_sets_out_its_object(run, text, speaker, cue, content):
    _found(run(text), speaker, cue, content)


@pytest.mark.parametrize("text", [
    "The veterans laid a wreath at the memorial on Sunday.",
    "The children played in the park after school.",
])
def test_the_same_verbs_without_the_particle_say_nothing(run, text):
    assert not run(text)


def test_a_participle_after_a_copula_is_the_adjective_of_stance_it_stands_for(run):
    found = run("Mayor Tom Okafor is convinced that the bridge will reopen in May.")
    assert _found(found, "Mayor Tom Okafor", "convinced",
                  "the bridge will reopen in May").act == "Belief"


def test_a_that_clause_after_whom_it_was_told_is_what_was_made_clear(run):
    found = run("Senator Dana Whitfield made it clear to the council on Monday that she "
                "would oppose the toll.")
    _found(found, "Senator Dana Whitfield", "made it clear", "she would oppose the toll")



def test_shot_back_is_a_cue_and_a_shot_at_someone_is_not(claims_of):
    found = claims_of("Tom Baker shot back that Jane Roe's party had run deficits too.")
    assert [(c.cue, c.text) for c in found] == [
        ("shot back", "Jane Roe's party had run deficits too")]
    assert claims_of("The gunman shot back at police on Sunday.") == []
