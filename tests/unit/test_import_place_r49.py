"""Round 49o: datelines' dates and places (invented texts)."""

from __future__ import annotations

import datetime as dt

from tui.core.importer.dateline import dateline


def test_a_numeric_date_a_clock_time_and_a_known_city_before_a_dash() -> None:
    line = dateline("14-09-2004 09:30 am Lyon – The river board today opened its new flood gates to visitors.")
    assert line is not None and line.place == "Lyon" and line.date == dt.date(2004, 9, 14), line
    line = dateline("2016-02-03 18:05 Porto – The harbour pilots agreed a new rota with the port.")
    assert line is not None and line.place == "Porto" and line.date == dt.date(2016, 2, 3), line
    # A body after the time is no place.
    line = dateline("14-09-2004 09:30 am The Weavers Guild – The guild met on Monday.")
    assert line is None or line.place != "The Weavers Guild", line
