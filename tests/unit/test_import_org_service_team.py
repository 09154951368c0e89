"""A team named by a service's task is a body ("Harbour Fire Rescue Team", "UN Country Team"); a squad
or staff group is not ("National Team", "Ward Team"); "X Sheriff’s Office Y Team" is two bodies
(issue 24, round 37; invented texts)."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    """Every name and alias found."""
    return {n for o in find_orgs(paragraphs, None).orgs.values() for n in (o.name, *o.aliases)}


def test_a_task_team_is_a_body() -> None:
    names = _names(
        [
            "Our Hostage Negotiation Team and our Tactical Response Team, made up of volunteer deputies, "
            "secured the block.",
            "The Varnia Drug Crime Team and the UN Country Team met on Friday.",
        ]
    )
    for want in ("Hostage Negotiation Team", "Tactical Response Team", "Varnia Drug Crime Team", "UN Country Team"):
        assert want in names, names


def test_an_office_then_its_team_are_two_bodies() -> None:
    names = _names(["Deputies were helped by the Marlow County Sheriff’s Office Major Incident Team on Sunday."])
    assert "Marlow County Sheriff’s Office" in names, names
    assert "Major Incident Team" in names, names


def test_an_office_of_a_field_stays_one_name() -> None:
    names = _names(["A grant came from the Ostrava University’s Office of Sponsored Research this week."])
    assert not any(n.endswith("’s Office") for n in names), names


def test_squads_and_staff_groups_are_no_bodies() -> None:
    names = _names(
        [
            "She joined the Senior National Team in May after a season with the First Team.",
            "Thanks go to the Ward Team and the Reception Team for their help.",
        ]
    )
    assert not any(n.endswith("Team") for n in names), names
