"""Datelines in less common shapes (issue 24, round 9; invented texts): a place in capitals
joined to the first word by a hyphen, a place glued after a header's date, and a date between
two dashes after the place."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline, inner_dateline


def test_a_capitals_place_then_a_hyphen_and_the_first_word() -> None:
    line = dateline("ROCKY MOUNT-Dozens of neighbours met on Saturday at the new library site.")
    assert line is not None and line.place == "Rocky Mount", line
    assert line.end == len("ROCKY MOUNT-")


def test_a_hyphenated_word_in_capitals_is_no_dateline() -> None:
    assert dateline("COVID-Related delays closed the office on Monday.") is None
    assert dateline("ACME-Zeta Widgets opened a plant on Monday.") is None


def test_a_place_glued_after_a_header_date() -> None:
    line = inner_dateline("04 May 2016 04 May 2016LISBON, 4 May 2016—Norway has pledged funds to the agency.")
    assert line is not None and line.place == "Lisbon" and line.date == dt.date(2016, 5, 4), line


def test_a_date_between_dashes_after_the_place() -> None:
    line = dateline("Portland, OR – March 3, 2009 – Acme Widgets, Inc. today announced a new plant.")
    assert line is not None and line.place == "Portland, OR" and line.date == dt.date(2009, 3, 3), line
    assert "Acme Widgets" in "Portland, OR – March 3, 2009 – Acme Widgets, Inc."[line.end :]


def test_a_name_between_dashes_is_no_dated_place() -> None:
    line = dateline("Acme Council – Annual Report – the council met twice.")
    assert line is None or line.date is None, line
