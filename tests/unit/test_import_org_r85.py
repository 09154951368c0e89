"""Round 85o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_two_places_joined_before_one_council_are_one_body() -> None:
    text = (
        "New bins for two towns\n\n"
        "LEEDS - The Leeds and Oldham Borough Council will hand out new bins from May, the council said.\n\n"
        "“Every home will get one,” said Tamsin Rowe, a spokeswoman for Leeds and Oldham Borough Council.\n"
    )
    orgs = _orgs(text)
    assert "Leeds and Oldham Borough Council" in orgs, orgs
    assert "Oldham Borough Council" not in orgs, orgs


def test_a_level_of_government_after_and_joins_no_body() -> None:
    text = (
        "Maps for land offices\n\n"
        "The ministry asked Central and State Government offices to share their land maps by June.\n\n"
        "“The maps will help planners,” said Arun Velkar, a senior officer of the Survey of Tarland.\n"
    )
    assert "Central and State Government" not in _orgs(text)


def test_a_head_word_before_and_is_a_body_of_its_own() -> None:
    text = (
        "Drugs found in a crate\n\n"
        "Police and Tarland Border Force found drugs in a crate at the port on Monday.\n\n"
        "“It was a large haul,” said Commander Ilsa Berg of the Tarland Border Force.\n"
    )
    orgs = _orgs(text)
    assert "Police and Tarland Border Force" not in orgs, orgs
