"""A generation (Jr, Sr.) written without a comma after a run of capitals, or between commas
before a cue's role, stays part of the speaker's name (issue 24, round 8). Invented releases."""

from __future__ import annotations

from tests.support.importing import speaker_names


def test_a_generation_after_a_name_in_a_run_stays() -> None:
    text = (
        "Minister visits the coast\n\n"
        "Minister of Fisheries, Ports and Harbours, Daniel Okafor Jr has urged fishers in Region Two to apply "
        "for the new boat grants.\n\n"
        "On Saturday, Minister Okafor met fishers at three landing sites.\n\n"
        "“The grants are open to every fisher who holds a licence,” the minister said.\n\n"
        "“Apply before the end of the month and we will visit your boat,” Minister Okafor said.\n"
    )
    assert speaker_names(text) == ["Daniel Okafor Jr.", "Daniel Okafor Jr."]


def test_a_generation_between_commas_before_a_role_stays() -> None:
    text = (
        "Board names a new chair\n\n"
        "Harlow Mills Inc. today said its board has appointed Irene Sato as chair.\n\n"
        "Marcus T. Bell, Jr., the board’s lead independent director, said, “Irene has led the company "
        "through two hard years with great skill.”\n"
    )
    assert speaker_names(text) == ["Marcus T. Bell Jr."]
