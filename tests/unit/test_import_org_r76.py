"""Round 76o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _names(text: str) -> set[str]:
    names: set[str] = set()
    for org in drafted(text).orgs.values():
        names |= {org.name, *org.aliases}
    return names


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_a_force_named_before_a_post_is_the_department_named_in_full() -> None:
    text = (
        "Arrests after raid\n\n"
        "Officers of the Fenwick Crime Suppression Unit and the Marlow Police Department made two arrests.\n\n"
        "Marlow Police Commissioner Tom Baird gave a statement.\n\n"
        "“We worked well together,” said Baird.\n"
    )
    orgs = _orgs(text)
    assert "Marlow Police Department" in orgs
    assert "Marlow Police" not in orgs


def test_a_unit_keeps_its_number() -> None:
    text = (
        "Arrests after raid\n\n"
        "The raid by the DEA Group 4, with help from Fenwick Crime Suppression Unit, led to two arrests.\n\n"
        "“We worked well together,” said Sgt. Tom Baird.\n"
    )
    names = _names(text)
    assert "DEA Group 4" in names
    assert "DEA Group" not in names


def test_a_place_after_the_head_at_a_paragraph_end_leaves_the_full_stop() -> None:
    text = (
        "Study finds new marker\n\n"
        "“This is a big step,” said Dr Ann Lee, who leads the lab at Saint Ivo's University Galway.\n\n"
        "The Marlow Institute took part.\n"
    )
    names = _names(text)
    assert "Saint Ivo's University Galway" in names
    assert "Saint Ivo's University Galway." not in names
