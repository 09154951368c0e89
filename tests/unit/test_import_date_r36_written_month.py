"""Round 36o: a slashed date that reads both ways takes the reading nearer the months the text
writes out; a dateline's own date wins over a page date above it (invented text)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted


def test_a_byline_date_is_read_near_the_written_month() -> None:
    text = (
        "Joint Statement from the Clubs\n\nAnn Hughes | 05/09/2007\n\n"
        "Since the chairman's remarks on August 23rd the clubs have met twice. The clubs wish the squad well.\n"
    )
    assert drafted(text).date == dt.date(2007, 9, 5)


def test_a_day_first_reading_also_follows_the_written_month() -> None:
    text = (
        "Results Posted\n\nPosted by Lee Grant on 04/11/2019\n\n"
        "The results were announced at the meeting held on October 28 at the town hall.\n"
    )
    assert drafted(text).date == dt.date(2019, 11, 4)


def test_the_month_first_reading_when_it_is_nearer() -> None:
    text = (
        "Joint Statement from the Clubs\n\nAnn Hughes | 05/09/2007\n\n"
        "The season opens on 1st May and the clubs have agreed the fixtures.\n"
    )
    assert drafted(text).date == dt.date(2007, 5, 9)


def test_a_month_first_country_keeps_its_order() -> None:
    text = "Parade Plans\n\nDENVER, Colo. — The city confirmed the parade route on 06/07/2023 for the July 4 parade.\n"
    assert drafted(text).date == dt.date(2023, 6, 7)


def test_without_a_written_month_the_old_reading_stays() -> None:
    text = "Joint Statement from the Clubs\n\nAnn Hughes | 05/09/2007\n\nThe clubs have met twice this week.\n"
    assert drafted(text).date == dt.date(2007, 9, 5)


def test_a_datelines_own_date_wins_over_a_page_date_above_it() -> None:
    text = (
        "Nurses launch a campaign\n\nMarch 9, 2022\n\n"
        "March 8, 2022 (OTTAWA, ON) – Nurses are launching a campaign ahead of the meeting of premiers.\n"
    )
    d = drafted(text)
    assert (d.date, d.location) == (dt.date(2022, 3, 8), "Ottawa, ON")


def test_a_datelines_month_day_wins_over_a_page_date_in_the_pages_year() -> None:
    # Gold disagreed with itself on this form (test8 210 kept the page date, test27 210 the dateline's);
    # test44 a01 takes the dateline's too, as the written policy does (the release's own date): a page
    # date is often the day it was posted.
    text = (
        "Plant News\n\nMonday, November 14, 1998\n\n"
        "DAYTON, Ohio, Nov. 12 -- Acme Motor Company broke ground today for its new plant.\n"
    )
    assert drafted(text).date == dt.date(1998, 11, 12)
