"""Round 71o: datelines and dates (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted
from tui.core.importer.dateline import date_line, dateline


def test_a_release_header_before_the_date_is_no_place() -> None:
    line = date_line("For Immediate Release, March 3, 2012")
    assert line is not None
    assert line.place == ""
    assert line.date == dt.date(2012, 3, 3)


def test_the_dateline_after_a_release_header_with_its_date_gives_the_place() -> None:
    text = (
        "Statement on the river bill\n\n"
        "For Immediate Release, March 3, 2012\n\n"
        "Contact: Bo Lane, (505) 555-0100\n\n"
        "GALLUP, N.M.— Ana Vela, director of the Red Mesa Water Trust, issued this statement today:\n\n"
        "“This bill would drain the river dry,” said Vela.\n"
    )
    draft = drafted(text)
    assert draft.location.casefold() == "gallup, n.m."
    assert draft.date == dt.date(2012, 3, 3)


def test_a_short_day_name_before_the_date_is_no_place() -> None:
    line = date_line("Wed, 14 Sep, 2022")
    assert line is not None
    assert line.place == ""
    assert line.date == dt.date(2022, 9, 14)


def test_a_place_with_a_colon_after_a_dated_line_with_a_short_day_name_is_the_dateline() -> None:
    text = (
        "Chess union hails new league\n\n"
        "Wed, 14 Sep, 2022\n\n"
        "Kota Bharu: The Eastern Chess Union (ECU) President Ali Reza has congratulated the Kestrel Chess "
        "Federation on the launch of its first league.\n\n"
        "The President said: “This is a proud day for our game.”\n"
    )
    draft = drafted(text)
    assert draft.location == "Kota Bharu"
    assert draft.date == dt.date(2022, 9, 14)


def test_a_short_slashed_date_between_wire_dashes_after_the_place_is_the_release_date() -> None:
    text = (
        "Harbor Cleaning posts a record quarter\n\n"
        "(newsdesk) - OTTAWA, ONTARIO, CANADA -- (Wirenet) -- 10/19/12 -- Harbor Cleaning Inc. reported its "
        "results today for the quarter ended August 31, 2012.\n\n"
        "“This was our best quarter yet,” said Ann Bell, President of Harbor Cleaning.\n"
    )
    assert drafted(text).date == dt.date(2012, 10, 19)


def test_a_slashed_date_inside_the_body_is_not_the_dateline_date() -> None:
    line = dateline("OTTAWA, ONTARIO -- Harbor Cleaning said sales from 10/19/12 -- the start of the sale -- rose.")
    assert line is not None
    assert line.date is None
