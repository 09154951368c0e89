"""Places in brackets in the forms test14 showed (invented text in the same shapes)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline


def test_an_unknown_town_with_a_known_state_in_brackets_is_the_place() -> None:
    line = dateline("(Quarrowby, MI) – Acme Brewing, in partnership with two colleges, is proud to announce …")
    assert line is not None and line.place == "Quarrowby, MI"


def test_an_unknown_name_with_an_unknown_second_part_is_no_place() -> None:
    line = dateline("(Quarrowby, Qwertyx) – Acme Brewing, in partnership with two colleges, is proud …")
    assert line is None or line.place != "Quarrowby"


def test_a_tag_then_a_place_with_an_empty_date_in_brackets() -> None:
    line = dateline("(PresseBox) (Stuttgart, ) ACMESAT, the European body for satellites, held its Council.")
    assert line is not None and line.place == "Stuttgart"


def test_a_tag_then_a_bracketed_word_that_is_no_place() -> None:
    line = dateline("(PresseBox) (Qwertyx, ) ACMESAT, the European body for satellites, held its Council.")
    assert line is None or line.place != "Qwertyx"


def test_a_place_and_its_province_in_square_brackets_open_a_dateline() -> None:
    # Round 112a: "[Town, Province] - The …" as "(Town, Province) - The …".
    line = dateline("[Kamloops, B.C.] - The Riverside Ferry Board today announced that crossings have resumed.")
    assert line is not None and line.place == "Kamloops, B.C."
    line = dateline("[Trondheim] – The Harbour Office said the quay would reopen on Monday.")
    assert line is not None and line.place == "Trondheim"


def test_a_place_and_a_date_in_square_brackets_open_a_dateline() -> None:
    line = dateline("[Trondheim, 5 May 2020] - The Harbour Office said the quay would reopen on Monday.")
    assert line is not None and line.place == "Trondheim" and line.date == dt.date(2020, 5, 5)


def test_square_brackets_around_no_place_or_unmatched_open_no_dateline() -> None:
    assert dateline("[Photo: Mara Voss] - The Harbour Office said the quay would reopen on Monday.") is None
    assert dateline("(Trondheim, 5 May 2020] - The Harbour Office said the quay would reopen.") is None


def test_an_editors_note_in_brackets_is_no_place() -> None:
    for note in ("[Embargoed, 5 May 2020] – The Tarrow Rowing Club opened its boathouse.", "(Updated, 5 May 2020) – …"):
        line = dateline(note)
        assert line is None or line.place not in ("Embargoed", "Updated"), (note, line)
