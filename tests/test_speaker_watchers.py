"""A body that watches and reports, described before it is named or after it spoke
(``a monitoring group said ... the Syrian Observatory for Human Rights said``), on new
sentences through the real pipeline."""

from __future__ import annotations

from speaker_helpers import speaker_of


def test_monitoring_group_is_the_watching_body_named_as_a_source_later(claims_named):
    found, names = claims_named(
        "At least 11 civilians were killed in air strikes on the town on Monday, a monitoring "
        "group said. The United Nations said it was alarmed. Human Rights Watch said the "
        "dead included three children.")
    assert speaker_of(found, names, "At least 11 civilians") == ("a monitoring group",
                                                                 "Human Rights Watch")


def test_monitor_is_named_however_far_on(claims_named):
    found, names = claims_named(
        "Dozens were killed in the town on Monday, a monitor said. The army said it had "
        "retaken the hills.\n\nThe rebels fled north on Tuesday. Shops were closed and the "
        "roads empty.\n\nOf the dead, six were children, the Syrian Observatory for Human "
        "Rights said.")
    assert speaker_of(found, names, "Dozens were killed") == (
        "a monitor", "Syrian Observatory for Human Rights")


def test_the_monitoring_group_is_the_watching_body_that_spoke(claims_named):
    found, names = claims_named(
        "The Syrian Observatory for Human Rights said 20 people had died. The UN said it was "
        "alarmed.\n\n\"The strikes hit a market,\" the Britain-based monitoring group said.")
    assert speaker_of(found, names, "The strikes hit") == (
        "the Britain-based monitoring group", "Syrian Observatory for Human Rights")


def test_no_watching_body_no_guess(claims_named):
    found, names = claims_named(
        "At least 11 civilians were killed in air strikes on the town on Monday, a monitoring "
        "group said. The United Nations said it was alarmed.")
    assert speaker_of(found, names, "At least 11 civilians") == ("a monitoring group", None)


def test_a_watching_body_of_its_own_name_or_field_is_not_the_one_that_spoke(claims_named):
    found, names = claims_named(
        "Fifteen civilians were killed in the city on Friday, activists said. The DeirEzzor "
        "24 monitoring group said the missile hit near a school. The Syrian Observatory for "
        "Human Rights said 15 died.")
    assert speaker_of(found, names, "the missile hit") == ("The DeirEzzor 24 monitoring group",
                                                          None)
    found, names = claims_named(
        "The Syrian Observatory for Human Rights said 15 died. The army denied using chemical "
        "weapons. The global chemical arms watchdog said it was seriously concerned by "
        "reports of the attack.")
    assert speaker_of(found, names, "it was seriously") == ("The global chemical arms watchdog",
                                                           None)


def test_the_one_watching_body_named_stands_for_a_monitor_the_parse_gives_no_verb(
        claims_named):
    found, names = claims_named(
        "Rebel rocket fire on a district of the city killed five children, a monitoring group "
        "said on Sunday. The rocket struck the district in the west of the city where "
        "loyalist forces have held out since 2012 the Syrian Observatory for Human Rights.")
    assert speaker_of(found, names, "Rebel rocket fire") == (
        "a monitoring group", "Syrian Observatory for Human Rights")


def test_a_monitor_after_the_one_watching_body_spoke_is_that_body(claims_named):
    found, names = claims_named(
        "At least 70 fighters have been killed in battles around the town, the Syrian "
        "Observatory for Human Rights said on Thursday.\n\nAt least 70 fighters have been "
        "killed in the past day of fighting in the province, a monitor said.")
    assert speaker_of(found, names, "At least 70 fighters have been killed in the past") == (
        "a monitor", "Syrian Observatory for Human Rights")
    # not where the article names another watching body
    found, names = claims_named(
        "At least 70 fighters have been killed in battles around the town, the Syrian "
        "Observatory for Human Rights said on Thursday. Human Rights Watch has long "
        "documented the fighting.\n\nAt least 70 fighters have been killed in the past day of "
        "fighting in the province, a monitor said.")
    assert speaker_of(found, names, "At least 70 fighters have been killed in the past") == (
        "a monitor", None)


def test_the_reporter_is_the_outlet_whose_reporter_spoke(claims_named):
    found, names = claims_named(
        "SANA reporter in Aleppo said that a shell hit the market, killing three people. The "
        "reporter added that the attack caused huge damage to the houses.")
    assert speaker_of(found, names, "the attack caused") == ("The reporter", "SANA")
    # a reporter of no named outlet stays unnamed
    found, names = claims_named(
        "A reporter for the paper said the market was closed. The reporter added that the "
        "shops had been looted.")
    assert speaker_of(found, names, "the shops") == ("The reporter", None)
