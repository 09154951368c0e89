"""Round 59o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {o.name for o in drafted(text).orgs.values()}


def test_a_university_of_a_place_and_another_place_is_one_body() -> None:
    text = (
        "Title\n\n“We hope to represent the University of Kingston and Manitoba well at the finals,” said Ana Vela, "
        "the club’s captain.\n"
    )
    names = _orgs(text)
    assert "University of Kingston" in names
    assert not any("Manitoba" in n for n in names)


def test_a_university_at_a_campus_and_another_place_is_one_body() -> None:
    text = (
        "Title\n\nThe team beat crews from Kestrel University, the University of Ohio at Dayton and Texas Q&R, "
        "among others.\n\n“We won,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert "University of Ohio at Dayton" in names
    assert not any("Dayton and" in n for n in names)


def test_a_body_of_two_places_joined_by_and_stays_whole() -> None:
    text = "Title\n\nThe Royal Police Force of Trinidad and Tobago arrested two men.\n\n“We acted,” said Ana Vela.\n"
    assert "Royal Police Force of Trinidad and Tobago" in _orgs(text)


def test_a_university_of_two_fields_stays_whole() -> None:
    text = "Title\n\nThe Kestrel University of Science and Technology opened a lab.\n\n“We are glad,” said Ana Vela.\n"
    assert "Kestrel University of Science and Technology" in _orgs(text)


def test_an_assembly_of_a_known_body_and_a_field_is_an_organ() -> None:
    text = (
        "Title\n\nMinisters at the second session of the United Nations Kestrel Assembly (UNKA-2) in Nairobi "
        "passed decisions.\n\n“The United Nations Kestrel Assembly is leading,” said Jo Bell.\n"
    )
    assert not any("Assembly" in n for n in _orgs(text))


def test_a_national_assembly_is_a_legislature() -> None:
    text = "Title\n\nThe Kestria National Assembly passed the bill.\n\n“We voted,” said Jo Bell.\n"
    assert "Kestria National Assembly" in _orgs(text)


def test_a_post_with_its_acronym_is_no_body() -> None:
    text = (
        "Title\n\nThe Under-Secretary-General for Relief and Emergency Aid Coordinator (EAC), Jo Bell, visited "
        "Kestria.\n\n“We met,” said Jo Bell.\n"
    )
    assert not any("Coordinator" in n for n in _orgs(text))
