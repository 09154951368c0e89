"""Dateline forms of round 33 (invented texts): a place and its region alone on a line, an
unknown one-word place before "Month Day:", a place in capitals and its country after caption
words."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.core.importer.dateline import date_line, dateline, inner_dateline


def _read(text: str) -> tuple[str, dt.date | None, tuple[int, int] | None]:
    line = date_line(text) or dateline(text) or inner_dateline(text)
    assert line is not None, text
    return line.place, line.date, line.month_day


@pytest.mark.parametrize(
    ("text", "place", "date", "month_day"),
    [
        ("Edmonton, AB,", "Edmonton, AB", None, None),
        ("Kotavalli, April 3: Despite promises by the panchayat, the wells are dry …", "Kotavalli", None, (4, 3)),
        (
            "The minister visits the seed bank with scientists, (Photo: Acme/Jo Doe) SANTA ROSA, Philippines – "
            "The minister saw the new seed bank …",
            "Santa Rosa, Philippines",
            None,
            None,
        ),
    ],
)
def test_round_33_dateline_forms(text: str, place: str, date: dt.date | None, month_day: object) -> None:
    assert _read(text) == (place, date, month_day)


@pytest.mark.parametrize(
    "text",
    [
        "Thursday, May 26: The board met again and agreed …",
        "Update, May 26: The board met again and agreed …",
        "Edmonton, Accounts, Payroll and more were on the agenda of the meeting.",
        "The group met the chair of ACME, Kenya – and others came to the meeting in the city.",
    ],
)
def test_near_forms_give_no_place(text: str) -> None:
    line = date_line(text) or dateline(text) or inner_dateline(text)
    assert line is None, line
