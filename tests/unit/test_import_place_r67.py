"""Round 67o: datelines (invented texts)."""

from __future__ import annotations

from tui.core.importer.dateline import dateline


def test_a_known_place_a_colon_and_an_ordinal_day_with_a_colon_open_the_dateline() -> None:
    line = dateline("Mumbai: 3rd May: Example Textiles Limited has opened a training school for weavers.")
    assert line is not None
    assert line.place == "Mumbai"
    assert line.month_day == (5, 3)


def test_a_known_place_a_colon_and_a_full_date_with_a_colon_keep_the_date() -> None:
    line = dateline("Lyon: May 3rd, 2021: The Example Rowing Club has named its new coach.")
    assert line is not None
    assert line.place == "Lyon"
    assert line.date is not None and (line.date.year, line.date.month, line.date.day) == (2021, 5, 3)


def test_a_header_word_before_a_colon_and_a_day_is_no_dateline() -> None:
    line = dateline("Notice: 3rd May: The Example Rowing Club has named its new coach.")
    assert line is None
