"""Round 63o: two bodies joined by "and" after a body of a place (invented texts)."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {o.name for o in find_orgs(paragraphs, None).orgs.values()}


def test_a_body_of_a_place_and_a_second_body_named_in_full_are_two() -> None:
    names = _names(["Teams from the University of Nova Scotia and St. Brendan’s University in Lakeport came first."])
    assert "University of Nova Scotia" in names, names
    assert not any(" and " in n for n in names), names


def test_a_department_of_a_field_and_a_field_stays_one() -> None:
    names = _names(["The Department of Health and Human Services funded the study, said Ana Vela."])
    assert "Department of Health and Human Services" in names, names
