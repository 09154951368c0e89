"""A bulleted header line with a date written with bullets and a place: "• 2013•04•19 Tokyo"."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import date_line


def test_a_bulleted_iso_date_then_a_place() -> None:
    line = date_line("• 2021•11•05 Nairobi")
    assert line is not None
    assert (line.date, line.place) == (dt.date(2021, 11, 5), "Nairobi")


def test_a_date_then_a_place_two_spaces_apart() -> None:
    line = date_line("5 November 2021  Nairobi")
    assert line is not None
    assert (line.date, line.place) == (dt.date(2021, 11, 5), "Nairobi")


def test_an_unbulleted_date_and_a_word_one_space_apart_name_no_place() -> None:
    line = date_line("Friday 5 November 2021 Scotland")
    assert line is None or line.place == ""
