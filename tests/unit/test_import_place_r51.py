"""Round 51o: datelines (invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline


def test_a_state_code_in_title_case_with_a_full_stop_is_the_region() -> None:
    line = dateline("MARLOWE, Tx. - A storm tore the roof off a barn in Marlowe early Friday.")
    assert line is not None and line.place == "Marlowe, Tx."
    line = dateline("Corbin Falls, Oh. - The village board met on Monday.")
    assert line is not None and line.place == "Corbin Falls, Oh."


def test_a_company_form_after_a_name_is_no_state() -> None:
    assert dateline("Brackley Smith, Co. - The firm said on Monday it had grown.") is None


def test_one_slash_left_by_a_wire_name_before_the_dash() -> None:
    line = dateline("PORT ELWIN, Kenya, May 2, 2021/ — The lender signed a new facility on Tuesday.")
    assert line is not None
    assert (line.place, line.date) == ("Port Elwin, Kenya", dt.date(2021, 5, 2))
