"""Round 92p: places of the first lines written with other dash marks (invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import date_line, dateline


def test_a_horizontal_bar_closes_a_dateline_like_an_em_dash() -> None:
    found = dateline("IPOH, March 3 \u2015 The Tamarind Welfare Trust has opened a kitchen for families in need.")
    assert found is not None
    assert found.place.upper() == "IPOH"
    assert found.month_day == (3, 3)


def test_a_spaced_tilde_between_the_town_and_the_date() -> None:
    found = dateline("Ndola ~ Mon, 4 Oct 2021")
    assert found is not None
    assert found.place == "Ndola"


def test_a_tilde_with_no_town_before_it_stays_unread() -> None:
    assert dateline("~Grants from the Orchard Circle fund new reading rooms across the valley~") is None
    found = dateline("Attendance ~ 40 people, said the organisers of the Larkfield fair.")
    assert found is None or not found.place


def test_the_date_first_then_the_place_each_closed_by_a_full_stop() -> None:
    found = dateline("March 3, 2022. Lviv, Ukraine. The Sunflower Relief Circle met the mayor to plan a new shelter.")
    assert found is not None
    assert found.place == "Lviv, Ukraine"
    assert found.date == dt.date(2022, 3, 3)


def test_a_date_then_a_sentence_stays_unread() -> None:
    found = dateline("March 3, 2022. Ukraine's relief groups met the mayor to plan a new shelter.")
    assert found is None or not found.place


def test_a_place_line_with_a_semicolon_before_the_date_and_a_closing_colon() -> None:
    found = date_line("Klaksvík, Faroe Islands; 14 May 2018:")
    assert found is not None
    assert found.place == "Klaksvík, Faroe Islands"
    assert found.date == dt.date(2018, 5, 14)


def test_a_first_line_of_only_the_town_a_tilde_and_a_short_weekday_with_the_date() -> None:
    from tui.core.importer import read_source
    from tui.core.importer.draft import analyse

    text = (
        "Ndola ~ Mon, 4 Oct 2021\n\n"
        "Police in Ndola have detained two men after a break-in at the Copperleaf market on Saturday.\n\n"
        "“The suspects will appear in court this week,” said police spokesperson Ruth Mwanza.\n"
    )
    draft = analyse(read_source(text, ".txt"))
    assert (draft.location, draft.date) == ("Ndola", dt.date(2021, 10, 4))
