"""An owner's possessive before a unit named in full ("Varnholt's Department of Marine Science") names the
unit; two bodies joined by "and" are two when the text marks them (issue 24, round 32; invented texts)."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {o.name for o in find_orgs(paragraphs, None).orgs.values()}


def test_a_unit_named_in_full_after_an_owner_possessive() -> None:
    names = _names(
        [
            "The grant goes to Varnholt's Department of Marine Science, said Dean Ola Brekke.",
            "Students at Tessaly’s Faculty of Arts and Letters will also join the survey.",
        ]
    )
    assert {"Department of Marine Science", "Faculty of Arts and Letters"} <= names, names
    assert not any("’s" in n or "'s" in n for n in names), names


def test_a_possessive_name_without_a_unit_of_form_stays() -> None:
    names = _names(["Officials at Serbia’s Interior Ministry confirmed the arrests on Monday."])
    assert "Serbia’s Interior Ministry" in names, names


def test_a_generic_owner_board_is_no_unit() -> None:
    names = _names(
        [
            'Quelmar Holdings Ltd (the "Company") said the Company\'s Board of Directors approved the sale.',
            '"The plan holds," said Ana Lobo, Chairman of the Company\'s Board of Directors.',
            "The University’s School of Nursing and the University’s Faculty of Law will share the hall.",
        ]
    )
    assert "Board of Directors" not in names, names
    assert not {"Company", "University"} & names, names


def test_two_bodies_joined_by_and_when_the_second_repeats_a_word() -> None:
    names = _names(
        [
            "The plan is backed by the Ministry of Fisheries and Fisheries Samoa to help the islands.",
            "Staff from Security Ostrava and Ostrava University Business School took part.",
        ]
    )
    assert {"Ministry of Fisheries", "Fisheries Samoa", "Ostrava University Business School"} <= names, names
    assert not any(" and " in n for n in names), names


def test_two_bodies_joined_after_a_place_or_a_district() -> None:
    names = _names(
        [
            "The letter was signed by Bird Rescue Canada and Free Wing International last week.",
            "The lease was agreed between the Tenmile Public Utilities District and Keswin Management Group.",
        ]
    )
    assert {"Bird Rescue Canada", "Free Wing International", "Keswin Management Group"} <= names, names
    assert not any(" and " in n for n in names), names


def test_one_body_with_and_stays_whole() -> None:
    names = _names(
        [
            "The Ministry of Foreign Affairs and Foreign Trade issued a note.",
            "The Department of Health and Human Services agreed, as did the Tenmile and Tess District Partnership.",
            "Members of the American Forest & Paper Association met in March.",
        ]
    )
    assert "Ministry of Foreign Affairs and Foreign Trade" in names, names
    assert "Department of Health and Human Services" in names, names
    assert "American Forest & Paper Association" in names, names


def test_a_title_and_a_person_surname_is_no_body() -> None:
    names = _names(
        [
            "Brookvale District Attorney Eric Vantos today announced the indictment of a driver.",
            "District Attorney Vantos said, “We must do all we can to keep our streets safe.”",
            "The National Transportation Safety Board has called for lower speed limits.",
        ]
    )
    assert "District Attorney Vantos" not in names, names
    assert "National Transportation Safety Board" in names, names
