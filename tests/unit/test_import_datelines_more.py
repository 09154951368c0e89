"""Datelines issue 24 found missed: a date and a place on either side of a bar or a dash,
and a dateline ending with a colon after its date."""

import datetime as dt

import pytest

from tui.core.importer import import_text, read_source
from tui.core.importer.dateline import date_line, dateline


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("3 March 2021 | Geneva", "Geneva", dt.date(2021, 3, 3)),
        ("Geneva | 3 March 2021", "Geneva", dt.date(2021, 3, 3)),
        ("12 July 2021 – Nairobi", "Nairobi", dt.date(2021, 7, 12)),
    ],
)
def test_a_date_and_a_place_beside_a_bar_or_a_dash(text: str, place: str, date: dt.date) -> None:
    line = date_line(text)
    assert line is not None and (line.place, line.date) == (place, date)


def test_a_bar_before_words_that_are_no_place_is_not_a_date_line() -> None:
    assert date_line("3 March 2021 | Latest News") is None


def test_a_dateline_that_ends_with_a_colon_after_its_date() -> None:
    line = dateline("Nairobi, Kenya; 14th August 2020: The agency said it would act.")
    assert line is not None and (line.place, line.date) == ("Nairobi, Kenya", dt.date(2020, 8, 14))
    assert dateline("Results, 2020: The agency said it would act.") is None


def test_the_import_takes_the_place_from_a_date_line_with_a_bar() -> None:
    draft = import_text(read_source("A title\n\n3 March 2021 | Geneva\n\nThe agency said it would act.\n", "txt")).draft
    assert (draft.date, draft.location) == (dt.date(2021, 3, 3), "Geneva")
