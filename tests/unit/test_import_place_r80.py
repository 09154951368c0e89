"""Round 80p: datelines and dates (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def test_a_large_city_named_without_the_river_in_its_gazetteer_name() -> None:
    # The gazetteer writes "Frankfurt am Main"; the dateline writes the city alone, in capitals.
    text = (
        "Choir festival returns\n\n"
        "FRANKFURT: The Mainbrook Singers will open the spring festival with a new cantata by Imke Vorst.\n\n"
        "“We rehearsed for a year,” said Imke Vorst.\n"
    )
    draft = drafted(text)
    assert draft.location.casefold() == "frankfurt"


def test_a_place_and_its_country_glued_to_the_first_word() -> None:
    # A lost line break between the dateline and the first sentence.
    text = (
        "Harbour cleanup week\n\n"
        "Porto Alegre, BrazilOn Monday the Lagoa Verde Club began a week of cleaning the old harbour.\n\n"
        "“Everyone can help,” said Tiago Mendel.\n"
    )
    draft = drafted(text)
    assert draft.location.casefold() == "porto alegre, brazil"
