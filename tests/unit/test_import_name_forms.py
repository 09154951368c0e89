"""Name forms of speakers (issue 24, round 6): a generation (Sr., Jr., III) stays part of the
name, compound initials, offices in capitals (DA, AG, MP) are titles, a title in lower case
introduces a name, a day after an organization's name is no part of it. Invented releases."""

from __future__ import annotations

import pytest

from tests.support.importing import speaker_names
from tui.core.importer.names import strip_post_nominals, surname_of


def test_a_generation_stays_with_the_name() -> None:
    text = (
        "Union backs striking nurses\n\n"
        "WASHINGTON – National Nurses Guild President R. Daniel Okoye Sr. today issued the following "
        "statement on the strikes in two states:\n\n"
        "“Nurses have carried the hospitals through hard years while their pay stood still.”\n\n"
        "“We stand with every nurse on the picket line this week.”\n"
    )
    assert speaker_names(text) == ["R. Daniel Okoye Sr.", "R. Daniel Okoye Sr."]


@pytest.mark.parametrize(
    ("raw", "kept", "surname"),
    [
        ("Sam Cole, Jr., M.D.", "Sam Cole Jr.", "Cole"),
        ("Ada Lind III", "Ada Lind III", "Lind"),
        ("Margaret Gardner AC", "Margaret Gardner", "Gardner"),
        ("J. David Cox Sr", "J. David Cox Sr.", "Cox"),
    ],
)
def test_post_nominals_go_but_a_generation_stays(raw: str, kept: str, surname: str) -> None:
    assert strip_post_nominals(raw) == kept
    assert surname_of(kept) == surname


def test_an_office_in_capitals_is_a_title_not_a_given_name() -> None:
    text = (
        "Prosecutor publishes case figures\n\n"
        "District Attorney Carla Mendes released new figures on Monday. DA Mendes said the office would "
        "publish them every quarter.\n\n"
        "“Openness is how we earn the trust of the people we serve,” said DA Mendes. “The figures will be "
        "online for everyone to read.”\n"
    )
    assert speaker_names(text) == ["Carla Mendes"]


def test_a_title_in_lower_case_introduces_the_speaker() -> None:
    text = (
        "Village hall reopens\n\n"
        "Tawa Point Hall committee chairperson Hinewai Tanekaha remembers the fire vividly.\n\n"
        "“The whole valley came out that night, but the hall was gone by morning,” she said.\n\n"
        "The new hall sits beside the Tawa Gorge, she said.\n"
    )
    assert speaker_names(text) == ["Hinewai Tanekaha"]


def test_a_day_after_an_organization_is_not_part_of_its_name() -> None:
    text = (
        "County signs overseas batter\n\n"
        "Northfold County Cricket Club on Tuesday announced the signing of a batter for the summer.\n\n"
        "“He will be available for the whole of the summer competition,” the club said in a statement.\n"
    )
    assert speaker_names(text) == ["Northfold County Cricket Club"]
