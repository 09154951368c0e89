"""Dateline forms of round 24: the date before a bracketed place, a place and a date with no
dash, "City, Country, date" alone, a place with a lower-case particle, a header's short date."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.importer.dateline import date_line, dateline


def _read(text: str) -> tuple[str, dt.date | None]:
    line = date_line(text) or dateline(text)
    assert line is not None, text
    return line.place, line.date


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        (
            "3 March 2019 (NAIROBI, Kenya): The Regional Authority for Lakes said …",
            "Nairobi, Kenya",
            dt.date(2019, 3, 3),
        ),
        ("12 May 2014 (Geneva) – The Board met …", "Geneva", dt.date(2014, 5, 12)),
        ("Kapelle, 4 June 2012 The Registrar of the Tribunal said …", "Kapelle", dt.date(2012, 6, 4)),
        ("Geneva, June 4, 2012. ACME’s board met …", "Geneva", dt.date(2012, 6, 4)),
        ("Pune, India, March 3, 2009", "Pune, India", dt.date(2009, 3, 3)),
        ("Dar es Salaam, May 5, 2016: Awarding of the games …", "Dar es Salaam", dt.date(2016, 5, 5)),
        ("Sao Paulo, Brazil, Aug 5, 2016", "Sao Paulo, Brazil", dt.date(2016, 8, 5)),
    ],
)
def test_round_24_dateline_forms(text: str, place: str, date: dt.date) -> None:
    assert _read(text) == (place, date)


def test_a_header_line_ending_in_a_short_date_dates_the_release_and_keeps_its_words() -> None:
    text = "Press release from Harbour Trust 3/3/21"
    line = date_line(text)
    assert line is not None and line.date == dt.date(2021, 3, 3) and line.place == ""
    assert text[: line.end].strip() == "Press release from Harbour Trust"


def test_a_day_name_is_no_place() -> None:
    line = dateline("Monday, 4 June 2012 The Registrar said …")
    assert line is None or line.place != "Monday"


def test_a_long_line_with_a_short_date_is_no_header() -> None:
    assert date_line("Contact us on 3/3/21 for more information about the new scheme") is None
