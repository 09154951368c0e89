"""A day name is never a place, and a dateline of several cities keeps them all as written
(issue 24, round 10; round 55: the gold of every set writes both cities; invented texts)."""

from __future__ import annotations

from tui.core.importer import import_text, read_source
from tui.core.importer.dateline import date_line, dateline


def test_a_day_name_before_a_date_is_no_place() -> None:
    line = date_line("Friday, November 7, 1997")
    assert line is not None and line.place == "" and line.date is not None, line


def test_the_dateline_after_a_dated_header_gives_the_place() -> None:
    text = (
        "Donors Give Nearly $3 Million To Quarrow State\n\nFriday, November 7, 1997\n\n"
        "TAVIRA FALLS--Quarrow State University today announced a string of gifts.\n"
    )
    draft = import_text(read_source(text, ".txt"), None, "x.txt").draft
    assert draft.location == "Tavira Falls", draft.location


def test_several_cities_with_a_date_are_kept_as_written() -> None:
    line = dateline("Manila / Kuala Lumpur / Geneva, 14 March 2019 – An estimated 3.7 million children are at risk.")
    assert line is not None and line.place == "Manila / Kuala Lumpur / Geneva", line


def test_several_cities_without_a_date_are_kept_as_written() -> None:
    line = dateline("Baku/New York City — As the summit opens, the agency calls for strong decisions.")
    assert line is not None and line.place == "Baku/New York City", line
