"""Release dates in the written forms seen on wires and sites, and datelines with their places."""

import datetime as dt

import pytest

from tui.core.importer.dateline import date_line, dateline, find_date


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
        ("REDMOND, Wash., June 14 /PRNewswire-FirstCall/ -- Acme Corp. said.", "Redmond", None),
        ("LONDON (Reuters) - Shares fell.", "London", None),
        ("Dili, 04 June 2021 (TATOLI) – The minister spoke.", "Dili", dt.date(2021, 6, 4)),
        ("WASHINGTON — The agency said.", "Washington", None),
        ("OKLAHOMA CITY, Okla., May 3, 2010 /PRNewswire/ -- Acme said.", "Oklahoma City", dt.date(2010, 5, 3)),
        (
            "ASHTON, Ohio and DELL, Iowa, Nov 12, 2020 (GLOBE NEWSWIRE) — Acme Co. said.",
            "Ashton",
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
