"""A date glued to the next word ("February 4, 2019DSC_2840.JPG": a photo's file name) is still
read (issue 24, round 16; invented lines)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import find_date


def test_a_month_first_date_glued_to_a_file_name() -> None:
    assert find_date("February 4, 2019DSC_2840.JPG") == dt.date(2019, 2, 4)


def test_a_day_first_date_glued_to_a_file_name() -> None:
    assert find_date("4 February 2019IMG_0042.jpg") == dt.date(2019, 2, 4)


def test_a_longer_number_is_no_year() -> None:
    assert find_date("February 4, 201912 units") is None
