"""Round 88p: places and dates of the first lines (invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline, title_date


def test_a_town_in_capitals_before_a_colon_the_paragraph_names_again() -> None:
    found = dateline(
        "HOLLOWMERE: The state of the village roads dominated the meeting held on Sunday at the hall at Hollowmere."
    )
    assert found is not None
    assert found.place.upper() == "HOLLOWMERE"
    assert found.date is None


def test_a_word_in_capitals_before_a_colon_not_named_again_stays_unread() -> None:
    for word in ("SUMMARY", "HOLLOWMERE"):
        found = dateline(f"{word}: Residents of the town gathered on Monday to hear the plans.")
        assert found is None or not found.place


def test_a_short_written_date_ending_a_title() -> None:
    assert title_date("Harlow Reef Trust (HRT) Press Release 14 Sep 11;") == dt.date(2011, 9, 14)
    assert title_date("Harlow Reef Trust News 3 apr 09") == dt.date(2009, 4, 3)
