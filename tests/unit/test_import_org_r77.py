"""Round 77o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_a_unit_at_a_university_named_with_a_possessive_is_two_bodies() -> None:
    text = (
        "Study finds link\n\n"
        "The study was led by the Institute for Soil and Water Science at Queen’s University Belfast, "
        "with help from the Fenwick Grain Council.\n\n"
        "“We found a link,” said Dr. Ann Lee.\n"
    )
    orgs = _orgs(text)
    assert "Institute for Soil and Water Science" in orgs
    assert "Queen’s University Belfast" in orgs
    assert "University Belfast" not in orgs


def test_a_campus_at_an_unknown_town_then_and_a_second_body_named_in_full() -> None:
    text = (
        "Study finds link\n\n"
        "Researchers from the University of Westmarch at Dunmore Falls and Trinity College Dublin took part.\n\n"
        "“We found a link,” said Dr. Ann Lee.\n"
    )
    orgs = _orgs(text)
    assert "Trinity College Dublin" in orgs
    assert not any("and Trinity" in name for name in orgs)
