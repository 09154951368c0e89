"""Round 44o: datelines' places (invented texts)."""

from __future__ import annotations

from tui.core.importer.dateline import date_line, dateline


def test_a_day_with_no_year_then_a_place_and_its_country_with_the() -> None:
    line = dateline("Oct. 14, Porto, the Portuguese Republic – The rowing league today named its new coach.")
    assert line is not None and (line.place, line.date, line.month_day) == (
        "Porto, the Portuguese Republic",
        None,
        (10, 14),
    ), line


def test_a_clause_with_a_day_is_no_dateline() -> None:
    line = dateline("May 3, Nora Bell, the new coach – a former rower – said the team was ready.")
    assert line is None or not line.place, line


def test_a_town_named_for_a_saint_alone_on_a_header_line() -> None:
    line = date_line("St. Kestrel")
    assert line is not None and line.place == "St. Kestrel", line
    assert date_line("Mt. Orwin") is not None
    assert date_line("St. Kestrel’s Day") is None
