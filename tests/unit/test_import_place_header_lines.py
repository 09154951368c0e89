"""Dateline places in header shapes from unseen publishers (issue 24, round 11; invented texts):
a known place alone on its line after the release line, and a byline joined before "CITY --"."""

from __future__ import annotations

from tui.core.importer import import_text, read_source
from tui.core.importer.dateline import date_line, dateline


def _location(text: str) -> str:
    return import_text(read_source(text, ".txt"), None, "x.txt").draft.location


def test_a_known_place_alone_after_the_release_line_is_the_place() -> None:
    text = (
        "Minister pledges support to the campus\n\nFor Release Upon Receipt - April 2, 2019\n\nKingston\n\n"
        "Speaking today at the campus, the Minister committed the government to paying on time.\n"
    )
    assert _location(text) == "Kingston"


def test_a_place_line_is_a_place_and_nothing_else() -> None:
    line = date_line("Ft. Worth")
    assert line is not None and line.place == "Ft. Worth" and line.date is None, line
    # A name that is not a known place, or a sentence, is no dateline.
    assert date_line("Quarrow Bonder") is None
    assert date_line("Kingston is busy") is None


def test_a_byline_before_a_capitals_dateline_is_not_the_place() -> None:
    line = dateline(
        "Mara Quillet, Tavira Courier & Post, June 11, 2007 LEOMINSTER -- Children cheered as the doors opened."
    )
    assert line is not None and line.place == "Leominster", line


def test_a_byline_joined_to_the_dateline_in_a_whole_text() -> None:
    text = (
        "Library opens\nMara Quillet, Tavira Courier & Post, June 11, 2007\nLEOMINSTER -- Children cheered as\n"
        "the doors of the renovated library opened on Sunday afternoon.\n"
    )
    assert _location(text) == "Leominster"


def test_a_dateline_whose_date_is_followed_by_a_word_keeps_its_place() -> None:
    # Guard: the place before the date stays when what follows the date is not a known place in capitals.
    line = dateline("GENEVA, 3 July 2017 AFTERNOON -- The council met.")
    assert line is None or line.place == "Geneva", line
