"""A dateline opening a paragraph (``OTTAWA \u2014``, ``WASHINGTON (Reuters) -``, ``Moscow
(CNN)``), or a time right after a cue (``said on Tuesday it would ...``), is no part of what
was said (real spaCy model, new sentences)."""

from __future__ import annotations

import pytest

from speaker_helpers import claim_starting


@pytest.mark.parametrize("dateline", [
    "OTTAWA \u2014 ", "WASHINGTON (Reuters) - ", "SEOUL, South Korea -- ", "Moscow (CNN) "])
def test_a_dateline_is_no_part_of_the_content(claims_named, dateline):
    found, names = claims_named(
        f"{dateline}The government will spend $2 billion on rural internet, Finance Minister "
        "Jane Roe announced on Monday.")
    c = claim_starting(found, "The government will spend")
    assert c.text.startswith("The government") and names[c.speaker_key] == "Jane Roe"


def test_a_name_in_capitals_opening_the_content_stays(claims_named):
    found, _ = claims_named("NATO will send more troops to the east, Jane Roe said on Monday.")
    assert claim_starting(found, "NATO will send").text.startswith("NATO will send")


def test_a_time_right_after_the_cue_is_the_sayings_not_the_contents(claims_of):
    found = claims_of("Jane Roe\u2019s airline said on Tuesday it would ground its planes.")
    assert [c.text for c in found] == ["it would ground its planes"]


def test_a_time_after_that_stays_in_the_content(claims_of):
    found = claims_of("Jane Roe said that on Monday the plan had died.")
    assert [c.text for c in found] == ["on Monday the plan had died"]
