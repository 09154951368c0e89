"""Round 83o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_new_after_the_opens_the_name() -> None:
    text = (
        "New Harbour Bank Signs Two Grants for Schools\n\n"
        "The New Harbour Bank signed today two grants for schools in Varnby and Oskel. The ceremonies "
        "were held in Varnby.\n\n"
        "“The New Harbour Bank was set up by four towns to finance schools,” said Lena Moor, its president.\n"
    )
    orgs = _orgs(text)
    assert "New Harbour Bank" in orgs
    assert "Harbour Bank" not in orgs


def test_new_opening_a_sentence_stays_out() -> None:
    text = (
        "Grants for schools\n\n"
        "VARNBY - The Harbour Bank signed two grants on Monday. New Harbour Bank loans will follow in spring.\n\n"
        "“We finance schools,” said Lena Moor of the Harbour Bank.\n"
    )
    orgs = _orgs(text)
    assert "Harbour Bank" in orgs
    assert "New Harbour Bank" not in orgs


def test_places_joined_by_and_that_act_are_no_organization() -> None:
    text = (
        "Ministers meet in Varnby\n\n"
        "VARNBY - The new power line is running in Latvia and Norway and Sweden have agreed on joining "
        "the grids and on a common fund.\n\n"
        "“This is a good day,” said Minister Lena Moor.\n"
    )
    assert not any(" and " in name for name in _orgs(text))
