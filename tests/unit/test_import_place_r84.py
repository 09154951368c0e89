"""Round 84p: dates and places of the first lines (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted


def test_a_date_label_line_is_never_a_place() -> None:
    text = (
        "Harbour swim raises funds for shelters\n\n"
        "Date: Friday, June 7, 2024 - 9:30am\n\n"
        "Swimmers asked to cross the bay for the Westcove Shelter Network\n\n"
        "Halifax, NS; June 7, 2024 – On the first warm day of the year, Tidewater Studio is hosting a "
        "harbour swim for the Westcove Shelter Network.\n\n"
        "“Every length pays for a bed,” says Noor Abernathy, director of Tidewater Studio.\n"
    )
    draft = drafted(text)
    assert draft.location == "Halifax, NS"
    assert draft.date == dt.date(2024, 6, 7)


def test_a_year_month_day_line_spaced_dates_the_release() -> None:
    text = (
        "Minister: ports council meets in the north\n\n"
        "2021 03 09\n\n"
        "A meeting of the Northern Ports Council took place today, where ministers met to discuss "
        "shared dredging plans for the coming years.\n\n"
        "“We dredge together or not at all,” said Minister Ivo Kalnins.\n"
    )
    draft = drafted(text)
    assert draft.date == dt.date(2021, 3, 9)


def test_a_place_then_a_tag_and_date_in_brackets() -> None:
    text = (
        "Federations meet for a forum in Geneva\n\n"
        "Geneva (WRF/14 Mar. 2023) The Winter Racing Forum on March 13-14 is organized by the Alpine "
        "Games Union and brings federations together.\n\n"
        "President Lea Morand is convinced: “Sport must stay open to all.”\n"
    )
    draft = drafted(text)
    assert draft.location == "Geneva"
    assert draft.date == dt.date(2023, 3, 14)
