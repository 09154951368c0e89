"""A "Statement of/from X" heading or headline makes X the speaker of the quotes after it that no
cue gives to another (issue 24, round 8); a headline's "Following" ends a name. Invented releases."""

from __future__ import annotations

from tests.support.importing import speaker_names


def test_a_statement_headline_names_the_speaker() -> None:
    text = (
        "Official Statement from Sheriff Harlan\n\n"
        "“I have learned of a complaint about one of my deputies. I have opened an inquiry and will "
        "publish what it finds.”\n"
    )
    assert speaker_names(text) == ["Harlan"]


def test_a_statement_heading_under_the_headline_names_the_speaker() -> None:
    text = (
        "Director-General Mira Salonen welcomes the agreement on river basins\n\n"
        "Statement of the Director-General of the Basin Agency\n\n"
        "“I welcome the spirit of dialogue that allowed the members to agree on the shared rivers.”\n\n"
        "Press officer Tom Berg will answer questions from the media on Monday.\n"
    )
    assert speaker_names(text) == ["Mira Salonen"]


def test_a_headline_preposition_ends_a_name() -> None:
    text = (
        "Statement by Fund Chair Nadia Orlov Following Executive Board Talks on Resources\n\n"
        "Fund Chair Nadia Orlov today issued the following statement after the board talks:\n\n"
        "“Today’s talks on resources were a welcome chance to take stock.”\n"
    )
    assert speaker_names(text) == ["Nadia Orlov"]
