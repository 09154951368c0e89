"""Round 43o: datelines' places (invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline


def test_a_dateline_with_a_state_and_then_the_country() -> None:
    line = dateline("Amarillo, Texas, USA - Borex Energy today opened its second solar plant.")
    assert line is not None and line.place == "Amarillo, Texas, USA", line


def test_three_words_that_are_no_state_and_country_give_no_dateline() -> None:
    assert dateline("Acme Update, Board Notes, Friends - The board met on Monday.") is None


def test_a_comma_and_a_dash_between_the_region_and_the_date() -> None:
    line = dateline("Lexington, Ky., – March 3, 2014 – The riders' federation today named its coaches.")
    assert line is not None and (line.place, line.date) == ("Lexington, Ky.", dt.date(2014, 3, 3)), line
