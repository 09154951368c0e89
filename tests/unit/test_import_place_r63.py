"""Round 63o: a place written without its accents is the same place (invented texts)."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs
from tui.core.importer.places import is_place


def test_a_city_written_without_its_accent_is_a_place() -> None:
    assert is_place("Montreal")
    assert is_place("Montréal")


def test_a_city_possessive_before_a_body_is_no_part_of_its_name() -> None:
    names = {
        o.name for o in find_orgs(["Students at Montreal’s Harrowgate University won the prize."], None).orgs.values()
    }
    assert "Harrowgate University" in names, names
