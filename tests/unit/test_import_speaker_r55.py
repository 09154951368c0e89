"""Speakers and quotes (round 55): two authors named in one cue, a quote that speaks for another body."""

from tests.support.importing import speakers


def test_two_authors_in_one_cue_give_the_quote_to_the_first_named() -> None:
    text = (
        "Court ruling cheered\n\n"
        "Tomas Velder and Rina Ostrova lead the river team at Harbour Law.\n\n"
        "“The long wait for justice in the valley ended on Friday,” said Harbour Law's Tomas Velder and "
        "Rina Ostrova in a column in the Daily Ledger.\n"
    )
    found = speakers(text)
    assert [name for name, _review in found] == ["Tomas Velder"], found
    assert "two people" in found[0][1], found


def test_a_quote_with_no_cue_speaking_for_another_body_is_flagged() -> None:
    text = (
        "Regatta moves to Lake Corvin\n\n"
        "“We thank the Lake Corvin club for stepping in,” said Ansel Marwick, chairman of the RRA events "
        "committee.\n\n"
        "“Brightwater Rowing Club is in full agreement with the RRA that the move serves everyone best.”\n"
    )
    found = speakers(text)
    assert [name for name, _review in found] == ["Ansel Marwick", "Ansel Marwick"], found
    assert found[0][1] == "", found
    assert "Brightwater Rowing Club" in found[1][1], found


def test_a_quote_with_no_cue_speaking_for_the_speakers_body_is_not_flagged() -> None:
    text = (
        "Regatta moves to Lake Corvin\n\n"
        "“We thank the Lake Corvin club for stepping in,” said Ansel Marwick, chairman of Brightwater "
        "Rowing Club.\n\n"
        "“Brightwater Rowing Club is proud to host the final.”\n"
    )
    assert speakers(text) == [("Ansel Marwick", ""), ("Ansel Marwick", "")]
