"""Round 75o: datelines and dates (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted


def test_a_province_short_form_without_full_stops_stays_with_the_town() -> None:
    text = (
        "Ferry funding announced\n\n"
        "SUMMERBAY, PEI — The province will fund two new ferries for the Kellan Strait crossing.\n\n"
        "“Islanders need a reliable link,” said Mara Toole.\n"
    )
    assert drafted(text).location.casefold() == "summerbay, pei"


def test_a_country_written_as_republic_of_stays_with_the_town() -> None:
    text = (
        "Lab partnership signed\n\n"
        "BUSAN, REPUBLIC OF KOREA, March 4, 2021 /Wire/ — The Harbor Genomics Lab and the Tessel Institute "
        "signed an agreement.\n\n"
        "“We will share data,” said Jin Oh.\n"
    )
    draft = drafted(text)
    assert draft.location.casefold() == "busan, republic of korea"
    assert draft.date == dt.date(2021, 3, 4)


def test_a_written_date_with_a_spaced_ordinal_and_comma() -> None:
    text = (
        "Lake Council\n\n"
        "Meeting notice\n\n"
        "June 14 th , 2006\n\n"
        "The Lake Council will meet in Dorvale to review the shoreline plan.\n\n"
        "“All are welcome,” said Tia Marsh.\n"
    )
    assert drafted(text).date == dt.date(2006, 6, 14)


def test_a_numeric_date_parted_by_spaces_on_a_line_of_its_own() -> None:
    text = (
        "Press Release – Kestrel Diners Names New Chief\n\n"
        "17 03 2011\n\n"
        "Kestrel Diners named Alma Gries its chief executive officer.\n\n"
        "“She knows the business,” said Pat Doyle.\n"
    )
    assert drafted(text).date == dt.date(2011, 3, 17)


def test_numbers_parted_by_spaces_inside_a_sentence_are_no_date() -> None:
    text = (
        "Scores posted\n\n"
        "The teams scored 3 10 2009 points over three seasons, said the Harlow League.\n\n"
        "“A fine run,” said Pat Doyle.\n"
    )
    assert drafted(text).date is None
