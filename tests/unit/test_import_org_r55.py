"""Round 55o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _names(text: str) -> list[str]:
    return sorted(org.name for org in drafted(text).orgs.values())


def test_the_board_of_directors_for_a_body_is_that_body() -> None:
    text = "Title\n\nThe Board of Directors for Tamsin Congress met today to plan the spring appeal.\n"
    assert _names(text) == ["Tamsin Congress"]


def test_the_board_of_trustees_for_the_body_is_that_body() -> None:
    text = "Title\n\nThe Board of Trustees for the Quell Heritage Foundation approved the new wing.\n"
    assert _names(text) == ["Quell Heritage Foundation"]


def test_a_board_named_for_its_field_stays_a_body() -> None:
    # "for" after a board that names no members: a name of its own.
    text = "Title\n\nThe Board of Control for Tamsin Rowing fined two clubs on Monday.\n"
    assert _names(text) == ["Board of Control for Tamsin Rowing"]
