"""Organization names that end with a head noun outside dev3's list (Library, Force) or hold
an abbreviated "St." (issue 24, round 8; invented texts)."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _main_names(paragraphs: list[str]) -> set[str]:
    return {o.name for o in find_orgs(paragraphs, None).orgs.values()}


def test_a_library_is_an_organization() -> None:
    names = _main_names(
        [
            "Hundreds gathered at the site of the Marlow Falls Public Library to celebrate its opening.",
            "The Ostrava County Regional Libraries board met on Tuesday.",
        ]
    )
    assert {"Marlow Falls Public Library", "Ostrava County Regional Libraries"} <= names, names


def test_a_police_force_keeps_its_last_word() -> None:
    names = _main_names(["The Royal Tavira Police Force has existed since 1840, and its officers are proud."])
    assert "Royal Tavira Police Force" in names, names
    assert "Royal Tavira Police" not in names, names


def test_an_abbreviated_saint_is_part_of_the_name() -> None:
    names = _main_names(
        [
            "Grants include the St. Brendan Community Council, which renovates its hall.",
            "He spoke as Chair of the St. Kilda Campus Council on Monday.",
        ]
    )
    assert {"St. Brendan Community Council", "St. Kilda Campus Council"} <= names, names
    assert not names & {"St", "Brendan Community Council", "Kilda Campus Council", "Campus Council"}, names


def test_friends_of_a_body_are_another_body() -> None:
    names = _main_names(
        [
            "Crowds gathered at the Marlow Falls Public Library on Saturday.",
            "Speakers included Friends of the Marlow Falls Public Library President Ana Reis.",
        ]
    )
    assert {"Marlow Falls Public Library", "Friends of the Marlow Falls Public Library"} <= names, names


def test_a_library_named_only_by_kind_is_no_name() -> None:
    names = _main_names(
        [
            "The new Public Library opened with Interim Library Director Ana Reis in attendance.",
            "The county left the Greater Tavira Library Region to form its own system.",
        ]
    )
    assert "Greater Tavira Library Region" in names, names
    assert not names & {"Public Library", "Interim Library", "Greater Tavira Library"}, names


def test_an_honorific_after_a_role_s_body_is_the_person_s() -> None:
    names = _main_names(["In his last message as Chair of the St. Kilda Campus Council Mr. Ewart Lobo thanked staff."])
    assert "St. Kilda Campus Council" in names, names
    assert not any(n.endswith(("Mr", "Mr.")) for n in names), names
