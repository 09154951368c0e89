"""Dateline forms first seen on a blind run (issue 24, round 22; invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted
from tui.core.importer.dateline import dateline


def test_a_bullet_after_the_date_ends_the_dateline() -> None:
    line = dateline("Lisbon, 14 March 2018 • Issued by the Acme Secretariat")
    assert line is not None and (line.place, line.date) == ("Lisbon", dt.date(2018, 3, 14)), line


def test_a_colon_inside_and_after_the_brackets() -> None:
    line = dateline("(Nairobi: 2 May 2012): The Acme Council today asked for more money.")
    assert line is not None and (line.place, line.date) == ("Nairobi", dt.date(2012, 5, 2)), line


def test_the_date_then_a_known_place_in_brackets() -> None:
    line = dateline("(4 October 2001 — Chicago) Acme Friends today praised the vote.")
    assert line is not None and (line.place, line.date) == ("Chicago", dt.date(2001, 10, 4)), line


def test_the_date_then_an_unknown_word_in_brackets_is_no_dateline() -> None:
    line = dateline("(4 October 2001 — Quarrowbeck) Acme Friends today praised the vote.")
    assert line is None or line.place != "Quarrowbeck", line


def test_a_place_in_brackets_then_a_full_date_and_a_dash() -> None:
    line = dateline("(Boulder, Colorado) 3 March 1999 -- The West will see a match this summer.")
    assert line is not None and (line.place, line.date) == ("Boulder, Colorado", dt.date(1999, 3, 3)), line


def test_a_short_date_and_a_colon() -> None:
    line = dateline("Mumbai, 12 July: Acme Hockey on Friday named two coaches.")
    assert line is not None and (line.place, line.month_day) == ("Mumbai", (7, 12)), line


def test_a_place_and_region_a_colon_then_the_full_date() -> None:
    line = dateline("HOUSTON, TEXAS: March 3, 2004 – Acme (NYSE: ACM) today named two directors.")
    assert line is not None and (line.place, line.date) == ("Houston, Texas", dt.date(2004, 3, 3)), line


def test_a_short_date_between_two_dashes() -> None:
    line = dateline("BOSTON - May 9 - The Acme Trust had this reaction to the rule:")
    assert line is not None and (line.place, line.month_day) == ("Boston", (5, 9)), line


def test_a_run_of_dashes_before_the_dateline() -> None:
    line = dateline("---- — ALBANY — Acme Elementary Principal Jo Bell likes a challenge.")
    assert line is not None and line.place == "Albany", line


def test_a_dateline_after_a_long_contacts_block() -> None:
    contacts = "\n\n".join(f"|Contact {n}\n\nAcme, Inc.\n\n555-010-{n:04d}" for n in range(5))
    text = (
        f"Acme Names Two Directors\n\n{contacts}\n\n"
        "HOUSTON, March 3, 2004 – Acme (NYSE: ACM) today named two directors to its board.\n"
    )
    assert drafted(text).location == "Houston"
