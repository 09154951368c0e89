"""Round 81p: dates of the header (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted


def test_two_date_lines_the_earlier_is_the_release() -> None:
    # A later date line above the release's own (the day a page was copied) must not win.
    text = (
        "Satellite consortium signs launch deal\n\n"
        "A new partnership for weather satellites.\n\n"
        "14 October 2025\n\n"
        "09 April 2019\n\n"
        "“This secures our next decade,” said Marta Kelvin of the Orbis Weather Board.\n"
    )
    assert drafted(text).date == dt.date(2019, 4, 9)


def test_a_building_before_the_city_of_a_dateline_stays_in_the_place() -> None:
    # The dateline names the venue, then its city, then the date.
    text = (
        "Lake board welcomes new chair\n\n"
        "Lakeside Basin Commission Headquarters, Kisumu, 9th June, 2022: The new chair of the Lakeside Basin "
        "Commission, Dr Amani Wekesa, met the board for the first time.\n\n"
        "“We start with the fisheries,” said Amani Wekesa.\n"
    )
    draft = drafted(text)
    assert draft.location == "Lakeside Basin Commission Headquarters, Kisumu"
    assert draft.date == dt.date(2022, 6, 9)
