"""Round 74o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _names(text: str) -> set[str]:
    names: set[str] = set()
    for org in drafted(text).orgs.values():
        names |= {org.name, *org.aliases}
    return names


def test_a_body_and_a_school_of_a_field_are_two_bodies() -> None:
    text = (
        "Grant awarded\n\n"
        "The study joins the Marlow Heart Society, the Kessling Cancer Institute and Brandt Orlo School of "
        "Public Health.\n\n"
        "“It matters,” said Dr Ana Pell.\n"
    )
    names = _names(text)
    assert "Kessling Cancer Institute" in names
    assert "Brandt Orlo School of Public Health" in names
    assert not any(" and " in name for name in names)


def test_a_ministry_of_a_field_and_a_company_are_two_bodies() -> None:
    text = (
        "Games funded\n\n"
        "The Ministry of Culture and Velloran Life Incorporated have given the Games a boost.\n\n"
        "“It matters,” said Ana Pell.\n"
    )
    names = _names(text)
    assert "Ministry of Culture" in names
    assert "Velloran Life Incorporated" in names
    assert "Ministry of Culture and Velloran Life Incorporated" not in names


def test_one_body_of_health_and_a_field_stays_whole() -> None:
    text = (
        "Grant awarded\n\n"
        "The Department of Health and Social Care funded the Kessling Cancer Institute and its partners.\n\n"
        "“It matters,” said Dr Ana Pell.\n"
    )
    names = _names(text)
    assert "Department of Health and Social Care" in names
