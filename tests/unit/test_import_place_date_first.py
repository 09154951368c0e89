"""Dateline places written after the date (issue 24, round 13; invented texts): "3 June 2021
Lausanne, Switzerland: Upon …", and a header line "Dead Sea, Jordan" (a place the gazetteer may not
know, then its country) under a line with the date."""

from __future__ import annotations

from tui.core.importer import import_text, read_source
from tui.core.importer.dateline import date_line, dateline


def _location(text: str) -> str:
    return import_text(read_source(text, ".txt"), None, "x.txt").draft.location


def test_a_date_then_a_place_and_its_country_then_a_colon() -> None:
    line = dateline("3 June 2021 Lausanne, Switzerland: Upon recommendation from the panel, the board chose Oman.")
    assert line is not None and line.place == "Lausanne, Switzerland" and line.date is not None, line
    # Not a place: a name after the date is no dateline.
    assert dateline("3 June 2021 The Board said: Oman will host the cup.") is None


def test_a_header_line_with_a_place_and_its_country_is_the_place() -> None:
    text = (
        "Seize the opportunity: Commissioner-General\n\n26 November 2012\n\n26 November 2012\nDead Sea, Jordan\n\n"
        "The Commissioner-General called on the parties to act on the ceasefire now.\n"
    )
    assert _location(text) == "Dead Sea, Jordan"
    line = date_line("26 November 2012 Dead Sea, Jordan")
    assert line is not None and line.place == "Dead Sea, Jordan" and line.date is not None, line
    line = date_line("Dead Sea, Jordan")
    assert line is not None and line.place == "Dead Sea, Jordan", line
    # Two words with a comma that are not a place and a country: no dateline.
    assert date_line("Media Contact, Quarrow") is None
