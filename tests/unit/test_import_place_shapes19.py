"""Dateline shapes met in round 19 (test11): each gives the release's place (and its date). Invented texts."""

import datetime as dt

import pytest

from tui.core.importer.dateline import date_line, dateline


@pytest.mark.parametrize(
    ("paragraph", "place", "date"),
    [
        ("Lisbon, 10 July 2017Dr Ana Sousa has been named chair of the board.", "Lisbon", dt.date(2017, 7, 10)),
        (
            "ACR – LISBON, Thursday, September 22, 2016 – Acme Rowing announced new coaches.",
            "Lisbon",
            dt.date(2016, 9, 22),
        ),
        ("(MENAFN- SomeWire) Lisbon, Aug 20 (SW) The rowing club has named a new coach.", "Lisbon", None),
    ],
)
def test_a_dateline_shape_gives_its_place(paragraph: str, place: str, date: dt.date | None) -> None:
    line = dateline(paragraph)
    assert line is not None and (line.place, line.date) == (place, date), line


def test_a_wire_note_after_a_short_date_keeps_the_month_and_day() -> None:
    line = dateline("Lisbon, Aug 20 (SW) The rowing club has named a new coach.")
    assert line is not None and line.month_day == (8, 20), line


def test_a_place_at_a_numeric_date_and_time_alone_on_its_line() -> None:
    line = date_line("Smalltown at 14/06/2003 14:30")
    assert line is not None and (line.place, line.date) == ("Smalltown", dt.date(2003, 6, 14)), line


@pytest.mark.parametrize(
    "paragraph",
    [
        "Acme Rowing (AR) The club named a coach on Aug 20.",
        "Acme Rowing, its coaches (AR) The club named a coach.",
    ],
)
def test_a_name_with_a_note_or_a_tag_is_no_dateline(paragraph: str) -> None:
    line = dateline(paragraph)
    assert line is None or line.place not in ("Acme Rowing", "Acr", "ACR"), line


@pytest.mark.parametrize(
    "text", ["Posted at 14/06/2003 14:30", "Updated at 14/06/2003", "The Team at 14/06/2003 14:30"]
)
def test_a_posting_word_at_a_date_is_no_place(text: str) -> None:
    line = date_line(text)
    assert line is None or line.place == "", line
