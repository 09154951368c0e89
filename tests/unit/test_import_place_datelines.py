"""Datelines in shapes seen on unseen releases (issue 24, round 6; invented texts): a place and a
date ending a header line, a tag with a place and its country in brackets, a short date with no
dash, a country in square brackets, a dateline glued to the headline before it."""

from __future__ import annotations

import datetime as dt

from tui.core.importer import import_text, read_source
from tui.core.importer.dateline import dateline, inner_dateline

BODY = (
    "The harbour board has approved a plan to dredge the old channel over the next two winters, "
    "and the work will start once the fishing season is over, the chair of the board said."
)


def draft_of(text: str):  # type: ignore[no-untyped-def]
    return import_text(read_source(text, ".txt")).draft


def test_a_header_line_that_ends_with_a_place_and_a_date() -> None:
    line = inner_dateline("http://www.example.org/ Press Release PR/2021/17 Lisbon, March 3, 2021")
    assert line is not None and line.place == "Lisbon" and line.date == dt.date(2021, 3, 3)
    d = draft_of(
        f"Harbour plan approved\n\nhttp://www.example.org/\nPress Release PR/2021/17\nLisbon, March 3, 2021\n\n{BODY}\n"
    )
    assert d.location == "Lisbon"
    assert inner_dateline("The board met in the Town Hall, March 3, 2021") is None  # not a known place


def test_a_tag_a_place_and_its_country_in_brackets() -> None:
    line = dateline(f"(Harbour Board Secretariat, Porto, Portugal) {BODY}")
    assert line is not None and line.place == "Porto, Portugal"
    assert "Secretariat" not in line.words  # the tag may be an organization
    assert dateline(f"(Harbour Board Secretariat, Acme Wire) {BODY}") is None


def test_a_known_place_and_a_short_date_with_no_dash() -> None:
    d = draft_of(f"Harbour plan approved\n\nPorto, May 8 The harbour board has approved a plan. {BODY}\n")
    assert d.location == "Porto"
    assert dateline(f"Harbour, May 8 The board met. {BODY}") is None  # "Harbour" is no place


def test_a_country_in_square_brackets_after_the_place() -> None:
    line = dateline(f"Braga [Portugal], Aug 18 (XYZ): {BODY}")
    assert line is not None and line.place == "Braga" and line.month_day == (8, 18)


def test_a_dateline_glued_to_the_headline_before_it() -> None:
    line = inner_dateline(
        f"Harbour Board Reports Results Plan Being DiscussedLISBON, Portugal, Nov. 17 /Acme Wire/ -- {BODY}"
    )
    assert line is not None and line.place == "Lisbon, Portugal" and line.month_day == (11, 17)
