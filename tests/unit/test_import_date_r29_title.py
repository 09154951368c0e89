"""Round 29: a title that opens with a short month-first date and a colon ("11-19-02: …")."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import date_line, title_date


def test_a_title_opening_with_a_short_date_and_a_colon() -> None:
    assert title_date("03-14-05: Library roof repairs begin") == dt.date(2005, 3, 14)


def test_a_short_date_ending_a_title_still_reads_day_first() -> None:
    assert title_date("Republic of Norland (21/8/05)") == dt.date(2005, 8, 21)


def test_a_header_line_ending_in_a_short_date_is_unchanged() -> None:
    line = date_line("Press release from Acme 2/2/22")
    assert line is not None and line.date == dt.date(2022, 2, 2)
