"""Round 40o: a dateline's place keeps the region or country it writes ("SPOKANE, Wash."), and
dateline shapes seen in round 40 (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted
from tui.core.importer.dateline import date_line, dateline
from tui.core.importer.places import country_of, is_region


def test_an_ap_state_abbreviation_stays_with_the_city() -> None:
    line = dateline("SPOKANE, Wash., May 3 — The county board voted to widen the bridge.")
    assert line is not None and line.place == "Spokane, Wash." and line.month_day == (5, 3)
    line = dateline("SALEM, Ore., Dec. 30 -- Governor Ada Pell issued the following statement:")
    assert line is not None and line.place == "Salem, Ore."  # the month after the region is no region


def test_a_country_and_a_long_country_name_stay_with_the_city() -> None:
    line = dateline("Porto, Portugal, June 24, 2016 – The Harbour Fund approved its first loans.")
    assert line is not None and (line.place, line.date) == ("Porto, Portugal", dt.date(2016, 6, 24))
    line = dateline("Riyadh, Kingdom of Saudi Arabia, 12 May 2023 – The fund signed an agreement.")
    assert line is not None and line.place == "Riyadh, Kingdom of Saudi Arabia"


def test_a_region_in_capitals_reads_like_its_city() -> None:
    line = dateline("AUSTIN, TEXAS – The league announced its schedule today.")
    assert line is not None and line.place == "Austin, Texas"
    line = dateline("ERIE, PA – The league announced its schedule today.")
    assert line is not None and line.place == "Erie, PA"  # a postal code stays in capitals


def test_a_place_and_its_country_alone_on_a_line() -> None:
    line = date_line("Tampere, Finland, 12 May 2023")
    assert line is not None and (line.place, line.date) == ("Tampere, Finland", dt.date(2023, 5, 12))


def test_a_word_after_the_comma_that_is_no_region_is_left_out() -> None:
    line = dateline("Geneva, Acme News, 3 March 2021 – The board met.")
    assert line is None or line.place == "Geneva"
    line = dateline("WASHINGTON – The group said today.")
    assert line is not None and line.place == "Washington"


def test_regions_known_and_their_country() -> None:
    assert is_region("W.Va.") and is_region("Ont.") and is_region("Germany") and is_region("PA") and is_region("Turkey")
    assert not is_region("Acme") and not is_region("May")
    assert country_of("Spokane, Wash.") == "US"
    assert country_of("Porto, Portugal") == "PT"


def test_a_us_region_still_reads_slashed_dates_month_first() -> None:
    d = drafted("Bridge works\n\nSPOKANE, Wash. – The county said the works start on 06/07/2023.\n")
    assert d.location == "Spokane, Wash."
    assert d.date == dt.date(2023, 6, 7)


def test_a_date_then_a_wire_tag_then_a_place_and_its_region() -> None:
    line = dateline("2019-04-11 (Acme-Wire.net) Ames, Iowa — A team of botanists named three new mosses.")
    assert line is not None and (line.place, line.date) == ("Ames, Iowa", dt.date(2019, 4, 11))
    line = dateline("(Acme Wire) Ames, Iowa — A team of botanists named three new mosses.")
    assert line is not None and line.place == "Ames, Iowa"  # a known region needs no date after a tag
    assert dateline("(Photo) Acme, Inc. — The firm named a new chief.") is None


def test_a_wire_or_agency_tag_then_a_place_alone_on_a_line() -> None:
    line = date_line("AcmeNewswire BOSTON")
    assert line is not None and line.place == "Boston"
    line = date_line("XNA- Lisbon")
    assert line is not None and line.place == "Lisbon" and "XNA" not in line.words
    assert date_line("Joan McAdam Paris") is None and date_line("BBC London") is None


def test_a_region_glued_to_a_bracketed_date_with_no_dash() -> None:
    line = dateline("AUSTIN, TEXAS(March 2, 2011) The Prairie League announced its schedule today.")
    assert line is not None and (line.place, line.date) == ("Austin, Texas", dt.date(2011, 3, 2))
    assert dateline("Acme Corp (March 2, 2011) The firm said so.") is None


def test_a_day_of_the_month_then_a_full_stop() -> None:
    line = dateline("Accra, 22nd of May, 2018. Leaders of the region restated their commitment.")
    assert line is not None and (line.place, line.date) == ("Accra", dt.date(2018, 5, 22))
