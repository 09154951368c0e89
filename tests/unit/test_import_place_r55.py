"""Round 55o: a dateline of several cities joined by a slash keeps them all as written (invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer import import_text, read_source
from tui.core.importer.dateline import dateline, month_first


def test_two_cities_in_capitals_with_a_date_keep_both() -> None:
    line = dateline("TAMSIN/OBERLY, 20 November – The agency called on donors to fund the river clean-up.")
    assert line is not None
    assert line.place == "Tamsin/Oberly"


def test_two_cities_in_title_case_with_a_full_date_keep_both() -> None:
    line = dateline("Quarrow/Geneva, 4 May 2021 — The federation launched an appeal for the flooded valley.")
    assert line is not None
    assert (line.place, line.date) == ("Quarrow/Geneva", dt.date(2021, 5, 4))


def test_the_draft_location_keeps_both_cities() -> None:
    text = "Agency Seeks Funds\n\nLISBON/MADRID, 3 March 2020 – The agency asked donors for more help.\n"
    draft = import_text(read_source(text, ".txt"), None, "x.txt").draft
    assert draft.location == "Lisbon/Madrid", draft.location


def test_the_first_of_several_cities_still_gives_the_country() -> None:
    # 06/07 reads as June 7 under a United States dateline, whatever city comes second.
    assert month_first("The fund opened on 06/07/2021.", "Boston/Geneva")
