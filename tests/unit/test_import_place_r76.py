"""Round 76p: datelines and dates (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted


def test_two_towns_joined_by_and_each_with_a_country_written_short() -> None:
    text = (
        "Tile plant planned\n\n"
        "GRAZ, Austria and BITOLA, Macedonia, June 3, 2018 /Wire/ -- Kervan Tiles will build a plant in Bitola.\n\n"
        "“We are growing,” said Lenka Stros.\n"
    )
    draft = drafted(text)
    assert draft.location.casefold() == "graz, austria and bitola, macedonia"
    assert draft.date == dt.date(2018, 6, 3)


def test_a_lower_case_town_glued_to_the_comma_after_the_date() -> None:
    text = (
        "Paddlers named\n\n"
        "April 9, 2016,halifax – Four paddlers from the Brightwater Club will race at the spring regatta.\n\n"
        "“They trained all winter,” said Orla Finch.\n"
    )
    draft = drafted(text)
    assert draft.location.casefold() == "halifax"
    assert draft.date == dt.date(2016, 4, 9)


def test_a_lower_case_word_after_the_date_that_is_no_place_is_no_dateline() -> None:
    text = (
        "Paddlers named\n\n"
        "April 9, 2016,tomorrow – Four paddlers from the Brightwater Club will race at the spring regatta.\n\n"
        "“They trained all winter,” said Orla Finch.\n"
    )
    assert drafted(text).location == ""


def test_a_town_in_capitals_then_a_colon_and_a_hyphen() -> None:
    text = (
        "Squad named for the autumn tour\n\n"
        "Club Bulletin\n\n"
        "LEEDS:-The selectors have named a squad of fifteen for the autumn tour of the Brannock Isles.\n\n"
        "“It is a young squad,” said coach Piet Harrow.\n"
    )
    assert drafted(text).location.casefold() == "leeds"


def test_a_township_in_capitals_glued_to_the_first_word() -> None:
    text = (
        "Barn fire\n\n"
        "ELMDALE TOWNSHIP-No animals were hurt when a barn burned on Quarry Lane on Sunday.\n\n"
        "“The barn was full of hay,” said Chief Dana Wirth.\n"
    )
    assert drafted(text).location.casefold() == "elmdale township"


def test_a_place_and_date_line_with_a_clock_time() -> None:
    text = (
        "AGENCY HEAD BACKS SCHOOL MEALS\n\n"
        "Geneva, Aug 14 2012 3:20PM\n\n"
        "The head of the Harvest Aid Office pledged support for school meals in the region.\n\n"
        "“Meals keep children in school,” said Rosa Lind.\n"
    )
    draft = drafted(text)
    assert draft.location.casefold() == "geneva"
    assert draft.date == dt.date(2012, 8, 14)


def test_a_dateline_glued_to_the_end_of_a_subtitle() -> None:
    text = (
        "River pact signed\n\n"
        "Two basin agencies put flood warnings on a shared footing Lyon/Turin, 4 May 2022—The Rhodan Basin Office "
        "and the Alpine Water Board signed a pact.\n\n"
        "“Floods cross borders,” said Ines Varo.\n"
    )
    draft = drafted(text)
    assert draft.location == "Lyon/Turin"
    assert draft.date == dt.date(2022, 5, 4)
