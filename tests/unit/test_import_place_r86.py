"""Round 86p: places of the first lines (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted
from tui.core.importer.dateline import dateline


def test_a_hyphen_glued_to_the_year_ends_the_dateline() -> None:
    text = (
        "Regional lenders pool their funds for the coast\n\n"
        "Rotterdam, June 3, 2011-Three regional lenders said today they will pool their funds for the "
        "coastal towns over the next two years.\n\n"
        "“We build the dykes together,” said Maren Holtkamp, chair of the Coastal Lenders Group.\n"
    )
    draft = drafted(text)
    assert draft.location == "Rotterdam"
    assert draft.date == dt.date(2011, 6, 3)


def test_a_long_office_name_in_brackets_after_the_place() -> None:
    text = (
        "Rotterdam (Port Authority Strategic Communications and Outreach Office) – Delegates of forty "
        "harbours ended a week-long meeting in Rotterdam today with a shared plan for cleaner shipping.\n\n"
        "“Cleaner ships are cheaper ships,” said Maren Holtkamp, the authority's director.\n"
    )
    assert drafted(text).location == "Rotterdam"


def test_a_header_word_in_capitals_before_a_colon_is_no_place() -> None:
    # An unknown word in capitals before a colon is not taken for a town: "SUMMARY:", "REPORT:" are
    # headers as often (a town the gazetteer does not know, "BELLMOOR:", stays unread).
    for word in ("SUMMARY", "REPORT", "WEATHER", "BELLMOOR"):
        found = dateline(f"{word}: Residents of the town gathered on Monday to hear the plans.")
        assert found is None or not found.place, (word, found)


def test_a_space_before_the_comma_of_a_place_and_date_line() -> None:
    text = (
        "LEAGUE MEDIA RELEASE\n\n"
        "Rotterdam , 4 March 2009\n\n"
        "The young bowlers of the northern club have had a season to remember, and the final against "
        "the southern champions could not come at a better time.\n\n"
        "“They are ready,” said coach Maren Holtkamp.\n"
    )
    draft = drafted(text)
    assert draft.location == "Rotterdam"
    assert draft.date == dt.date(2009, 3, 4)


def test_a_country_code_in_brackets_the_text_repeats_stays_with_the_place() -> None:
    text = (
        "Federation opens its green season\n\n"
        "Rotterdam (NED), 12 May 2016 – The federation's secretary general opened the green season at a "
        "forum that brought two hundred experts to the harbour city of Rotterdam (NED).\n\n"
        "“Our sport lives outdoors,” said Maren Holtkamp, the secretary general.\n"
    )
    draft = drafted(text)
    assert draft.location == "Rotterdam (NED)"
    assert draft.date == dt.date(2016, 5, 12)
