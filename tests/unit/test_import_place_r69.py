"""Round 69o: datelines (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted
from tui.core.importer.dateline import dateline


def test_a_capitals_town_its_state_code_and_a_wire_tag_open_a_dateline_with_no_dash() -> None:
    line = dateline("DOVERTON, MD (Valley.Wire) Governor Ana Vela today announced a new bridge plan.")
    assert line is not None
    assert line.place == "Doverton, MD"


def test_a_company_and_its_ticker_in_brackets_are_no_dateline() -> None:
    assert dateline("MARROW, Inc. (NASDAQ: MRW) Today the firm announced a new bridge plan.") is None


def test_a_release_with_no_title_line_keeps_the_dateline_it_opens_with() -> None:
    text = (
        "DOVERTON, Colo., March 3, 2021 (Valley Wire) -- Marrow Metals Corp. has released the results of "
        "its first six drill holes at its Eastmoor property, which show silver in every hole.\n\n"
        "“The results are strong,” said Ana Vela, Chief Executive Officer of Marrow Metals.\n"
    )
    assert drafted(text).location == "Doverton, Colo."
