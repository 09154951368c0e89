"""Release dates in the written forms seen on wires and sites, and datelines with their places."""

import datetime as dt

import pytest

from tui.core.importer import read_source
from tui.core.importer.dateline import date_line, dateline, find_date, inner_dateline, month_first
from tui.core.importer.draft import analyse


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("22nd January, 2014", dt.date(2014, 1, 22)),
        ("[08 NOV 00]", dt.date(2000, 11, 8)),
        ("Sept. 12, 2008", dt.date(2008, 9, 12)),
        ("14 June 2012", dt.date(2012, 6, 14)),
        ("June 14, 2011", dt.date(2011, 6, 14)),
        ("2021-06-04", dt.date(2021, 6, 4)),
        ("04.06.2021", dt.date(2021, 6, 4)),
        ("10th May 2012", dt.date(2012, 5, 10)),
        ("Friday, August 7th, 2020", dt.date(2020, 8, 7)),
    ],
)
def test_written_forms(text: str, want: dt.date) -> None:
    assert find_date(text) == want


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("11 June 2012, Rome - The agency met.", "Rome", dt.date(2012, 6, 11)),
        ("(New York, February 4, 2011) - The group met.", "New York", dt.date(2011, 2, 4)),
        ("REDMOND, Wash., June 14 /PRNewswire-FirstCall/ -- Acme Corp. said.", "Redmond, Wash.", None),
        ("LONDON (Reuters) - Shares fell.", "London", None),
        ("Dili, 04 June 2021 (TATOLI) – The minister spoke.", "Dili", dt.date(2021, 6, 4)),
        ("WASHINGTON — The agency said.", "Washington", None),
        ("OKLAHOMA CITY, Okla., May 3, 2010 /PRNewswire/ -- Acme said.", "Oklahoma City, Okla.", dt.date(2010, 5, 3)),
        (
            "ASHTON, Ohio and DELL, Iowa, Nov 12, 2020 (GLOBE NEWSWIRE) — Acme Co. said.",
            "Ashton, Ohio",
            dt.date(2020, 11, 12),
        ),
        ("Portmore, St. Anne, March 14, 2017 (PNS): The court sat.", "Portmore", dt.date(2017, 3, 14)),
    ],
)
def test_datelines(text: str, place: str, date: dt.date | None) -> None:
    line = dateline(text)
    assert line is not None
    assert (line.place, line.date) == (place, date)


def test_a_name_before_a_dash_is_not_a_place() -> None:
    assert dateline("Regional Water Board - Daily News, a call for action") is None


def test_a_line_with_only_a_date() -> None:
    line = date_line("DateLine: 20th November 2016")
    assert line is not None and line.date == dt.date(2016, 11, 20)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("MAR. 3, 2019 - The council met.", dt.date(2019, 3, 3)),
        ("Lisbon, Portugal, 2016-4-9 — /Retail Wire/ — Acme said.", dt.date(2016, 4, 9)),
        ("TULSA, 2017-Oct-05 — Acme said.", dt.date(2017, 10, 5)),
    ],
)
def test_more_written_forms(text: str, want: dt.date) -> None:
    assert find_date(text) == want


def test_numeric_date_order_follows_the_text() -> None:
    assert find_date("03/04/2022 | News") == dt.date(2022, 4, 3)
    assert find_date("03/04/2022 | News", month_first=True) == dt.date(2022, 3, 4)
    assert month_first("On May 2 and June 9 the board met.")
    assert not month_first("On 2 May and 9 June the board met.")
    assert month_first("The board met.", "DENVER")
    assert not month_first("The board met.", "Lyon")


def test_dateline_without_year_keeps_month_and_day() -> None:
    line = dateline("HALIFAX, Oct. 4 /Wire/ - The port said.")
    assert line is not None and line.month_day == (10, 4)


def test_place_in_capitals_with_an_apostrophe() -> None:
    line = dateline("ST. JOHN'S -- The province said.")
    assert line is not None and line.place == "St. John's"


def test_dateline_after_header_words_in_one_paragraph() -> None:
    line = inner_dateline("Bulletin | 3 May 2015 OTTAWA (Agency News) -The minister said.")
    assert line is not None and line.place == "Ottawa"
    line = inner_dateline("ACME POSTS 2010 RESULTS BOSTON, Mass., Jan. 9 /Wire/ -- Acme said.")
    assert line is not None and line.place == "Boston, Mass." and line.month_day == (1, 9)
    assert inner_dateline("The Acme Group said on Monday that RESULTS are up.") is None


def _draft(text: str) -> tuple[dt.date | None, str]:
    d = analyse(read_source(text, ".txt"))
    return d.date, d.location


def test_release_date_and_place_from_the_text() -> None:
    # A dateline with no year takes the year of the text's other dates.
    got = _draft("Port news\n\nHALIFAX, Oct. 4 /Wire/ - The port said the works start on October 9, 2011.\n")
    assert got == (dt.date(2011, 10, 4), "Halifax")
    # A US dateline reads 06/07 as June 7.
    got = _draft(
        "Governor signs bills\n\nOffice of the Governor\n\n06/07/2023 | Press release | Archived\n\n"
        "Governor signs bills\n\nDENVER - Today the governor signed three bills into law.\n"
    )
    assert got == (dt.date(2023, 6, 7), "Denver")


def test_dateline_after_a_long_summary_needs_a_date() -> None:
    summary = "A long summary line about the gift. " * 8
    got = _draft(
        f"Gift\n\n{summary}\n\nhttp://example.org/\n\nA subtitle\n\nKelso, Ontario; June 4, 2015 – Acme gave.\n"
    )
    assert got == (dt.date(2015, 6, 4), "Kelso, Ontario")
