"""Speakers (round 84): initials written without spaces ("R.T.Venkatesh") belong to the surname they
are run into; the speaker is the whole name, not its initials."""

from tests.support.importing import speakers_starting
from tui.core.importer.people import unglue_initials


def test_initials_run_into_the_surname_name_the_whole_person() -> None:
    text = (
        "Harbour bank names a new chief\n\n"
        "PORTVALE -- Harbour Bank on Monday named R.T.Venkatesh as its chief executive.\n\n"
        "\u201cWe will grow our lending in every region this year,\u201d said R.T.Venkatesh, the new chief.\n\n"
        "The bank's shares rose two per cent.\n"
    )
    found = speakers_starting(text, "We will grow")
    assert found == ["R. T. Venkatesh"], found


def test_only_initials_run_into_a_name_are_spaced() -> None:
    assert unglue_initials("said K.L.Varma") == "said K. L. Varma"
    assert unglue_initials("said K. L.Varma") == "said K. L. Varma"
    assert unglue_initials("the U.S. President") == "the U.S. President"


def test_a_sentence_opening_with_said_and_a_name_gives_the_name_without_the_verb() -> None:
    # `Said Jo Roe, the convener, “…”`: the verb opens the cue; it is no part of the speaker's name.
    text = (
        "Forest meeting opens\n\n"
        "The regional forest meeting opened on Monday with delegates from nine states.\n\n"
        "Said Marta Kel\u2019a Obure, the forum\u2019s regional convener, \u201cA shared approach to the landscape "
        "is the only way to close the gaps between sectors.\u201d\n\n"
        "The meeting ends on Friday.\n"
    )
    found = speakers_starting(text, "A shared approach")
    assert found == ["Marta Kel\u2019a Obure"], found
