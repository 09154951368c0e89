"""Round 78o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_a_charity_named_for_its_cause_then_international_is_read_whole() -> None:
    text = (
        "Charity grows\n\n"
        "The plan went to Homes for Hope International on Monday.\n\n"
        "“We will grow,” said Ann Lee, chief executive of Homes for Hope International.\n"
    )
    orgs = _orgs(text)
    assert "Homes for Hope International" in orgs
    assert "Hope International" not in orgs


def test_a_campus_at_a_known_town_then_and_a_body_named_with_its_city_after_the_head() -> None:
    text = (
        "Study finds link\n\n"
        "Researchers from the University of Westmarch at Chapel Hill and Trinity College Dublin took part.\n\n"
        "“We found a link,” said Dr. Ann Lee.\n"
    )
    orgs = _orgs(text)
    assert "Trinity College Dublin" in orgs
    assert not any("and Trinity" in name for name in orgs)
