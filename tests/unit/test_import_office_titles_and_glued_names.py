"""Speakers (issue 24, round 32): "District Attorney" and other attorney offices as titles, "St." inside a
name, an organization's name glued before a person's, an article and adjective before a surname cue,
and flags for two-word spans and for quotes that name their context speaker."""

from __future__ import annotations

import pytest

from tests.support.importing import speakers

_HEAD = "Prosecutor opens a road safety unit\n\n"


@pytest.mark.parametrize(
    ("office", "cue"),
    [
        ("District Attorney", "District Attorney Ortiz said, "),
        ("Assistant District Attorney", "Assistant District Attorney Ortiz said, "),
        ("City Attorney", "City Attorney Ortiz said: "),
        ("State Attorney", "State Attorney Ortiz said, "),
    ],
)
def test_attorney_office_before_a_surname_cue(office: str, cue: str) -> None:
    text = (
        f"{_HEAD}Brooklyn {office} Jane Ortiz today announced a Road Safety Unit. The Honorable Sam Q. Lee"
        f" administered the oath.\n\n{cue}“We must do all we can to stop traffic violence in the city.”\n"
    )
    assert [name for name, _ in speakers(text)] == ["Jane Ortiz"]


def test_attorney_office_in_a_cue_after_the_quote() -> None:
    text = (
        f"{_HEAD}Administering the oath was the Honorable Sam Q. Lee, the Administrative Judge.\n\n"
        "“Since 1991, I have had the honor of serving the county,” said District Attorney Ortiz after the oath."
        "\n\nDistrict Attorney Jane Ortiz was first elected in 1991.\n"
    )
    assert [name for name, _ in speakers(text)] == ["Jane Ortiz"]


@pytest.mark.parametrize(
    ("intro", "cue"),
    [
        ("The Executive Director of the Agency, Dr. Joy St. John, opened the meeting.", "said Dr. St. John"),
        ("The Director, Dr. Joy St. John, opened the meeting.", "Dr. St. John added"),
        ("The Mayor, Paul St. Pierre, opened the meeting.", "said Mr. St. Pierre"),
    ],
)
def test_st_inside_a_name(intro: str, cue: str) -> None:
    want = "Paul St. Pierre" if "Pierre" in intro else "Joy St. John"
    text = f"Agency meets on health security\n\n{intro}\n\n“The lessons we have learnt are many,” {cue}.\n"
    assert [name for name, _ in speakers(text)] == [want]


@pytest.mark.parametrize(
    "lead",
    [
        "Commissioner of the Sunshine Tour Gareth Tindall",
        "Head of the Summer League Karen Mills",
    ],
)
def test_organization_glued_before_a_name(lead: str) -> None:
    person = " ".join(lead.split()[-2:])
    text = (
        f"Tour news\n\n{lead} today announced a new event in the calendar.\n\n"
        f"“We wanted to ensure that our players can play in both events,” said {person.split()[-1]}.\n"
    )
    assert [name for name, _ in speakers(text)] == [person]


def test_particle_before_a_given_name_stays_in_the_name() -> None:
    text = (
        "Cup hosts named\n\nAFC President Shaikh Salman bin Ebrahim Al Khalifa congratulated the hosts.\n\n"
        "He said: “On behalf of the AFC, I congratulate the association.”\n"
    )
    assert [name for name, _ in speakers(text)] == ["Salman bin Ebrahim Al Khalifa"]


def test_two_word_span_in_narrative_is_flagged() -> None:
    text = (
        "Council shake-up\n\nNorth Shore Mayor Andrew Williams reacted angrily to the pamphlet.\n\n"
        "Mr Williams says a common concern is the plan to have eight councillors elected “at large” by votes"
        " counted across the region.\n"
    )
    got = speakers(text)
    assert got and all(flag for _, flag in got)
