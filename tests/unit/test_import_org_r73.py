"""Round 73o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _names(text: str) -> set[str]:
    names: set[str] = set()
    for org in drafted(text).orgs.values():
        names |= {org.name, *org.aliases}
    return names


def test_a_particle_inside_a_name_keeps_the_words_before_it() -> None:
    text = (
        "Shelters report record demand\n\n"
        "The National President of St Brendan de Marne Society, Tom Reilly, said the count was bleak.\n\n"
        "“Many agencies, including St Brendan de Marne Society, are stretched,” he said.\n"
    )
    names = _names(text)
    assert "St Brendan de Marne Society" in names
    assert "Marne Society" not in names


def test_a_district_keeps_its_number() -> None:
    text = (
        "Porch fire\n\n"
        "Firefighters found damage beneath a porch, according to Mason County Fire District 7.\n\n"
        "“The family got out in time,” said Chief Ivo Brandt.\n"
    )
    names = _names(text)
    assert "Mason County Fire District 7" in names
    assert "Mason County Fire District" not in names


def test_a_foreign_article_opens_a_defined_name() -> None:
    text = (
        "Divers gather\n\n"
        "The meet was sanctioned by La Federation Mondiale de Plongee (FMP), the Geneva-based body.\n\n"
        "“Entries are strong,” said Ana Lutz, a spokeswoman.\n"
    )
    names = _names(text)
    assert "La Federation Mondiale de Plongee" in names
    assert "La Federation" not in names


def test_a_word_and_its_country_beside_a_post_is_a_body() -> None:
    text = (
        "Housing groups call for action\n\n"
        "Shelterwise Australia CEO, Mara Quinn, said the country had the means to end homelessness.\n\n"
        "“We need a plan,” said Tom Reid, Executive Director, Carewell Canada.\n\n"
        "Meanwhile Canada announced new funding.\n"
    )
    names = _names(text)
    assert {"Shelterwise Australia", "Carewell Canada"} <= names
    assert not any("Meanwhile" in n for n in names)


def test_an_acronym_may_take_the_first_letters_of_a_word() -> None:
    text = (
        "Divers gather\n\n"
        "The meet was sanctioned by La Federation Mondiale de Plongee (FMPL), the Geneva-based body.\n\n"
        "“Entries are strong,” said Ana Lutz, a spokeswoman for the FMPL.\n"
    )
    names = _names(text)
    assert "La Federation Mondiale de Plongee" in names
    assert "La Federation" not in names


def test_a_post_with_a_particle_is_no_body() -> None:
    text = (
        "Team leaders meet\n\n"
        "The Chefs de Mission met in Lyon to plan the trip.\n\n"
        "“We are ready,” said Ana Lutz, who leads the team.\n"
    )
    assert not any("Chefs" in n for n in _names(text))


def test_a_single_post_with_a_particle_is_no_body() -> None:
    text = (
        "Team named\n\n"
        "The squad was named by Team Lyon Chef de Mission Paul Arnaud on Monday.\n\n"
        "“We are ready,” said Paul Arnaud.\n"
    )
    assert not any("Chef" in n for n in _names(text))
