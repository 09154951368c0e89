"""Round 68o: datelines (invented texts)."""

from __future__ import annotations

from tui.core.importer.dateline import dateline


def test_a_capitals_town_keeps_an_unlisted_island_written_before_the_dash() -> None:
    line = dateline("PORTVALE, Little Marrow - The island's new ferry terminal opened on Monday.")
    assert line is not None
    assert line.place.lower() == "portvale, little marrow"


def test_a_company_after_the_comma_is_no_region() -> None:
    line = dateline("PORTVALE, Marrow Holdings - The firm opened a ferry terminal on Monday.")
    assert line is not None
    assert line.place.lower() == "portvale"
