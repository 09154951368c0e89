"""Round 60o: datelines whose country holds an elided article (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted


def test_a_city_then_a_country_with_an_accent_and_a_curly_elided_article() -> None:
    text = (
        "Acme Bank opens a branch\n\n"
        "Bouaké, Côte d’Ivoire, 9th March 2016 - The Acme Bank opened a branch in the market.\n\n"
        '"We are proud," said Ana Vela.\n'
    )
    d = drafted(text)
    assert d.location == "Bouaké, Côte d’Ivoire"
    assert d.date == dt.date(2016, 3, 9)


def test_a_city_then_a_country_with_a_straight_elided_article_and_no_date() -> None:
    text = (
        "Acme Bank opens a branch\n\n"
        "Bouaké, Côte d'Ivoire – The Acme Bank opened a branch in the market.\n\n"
        '"We are proud," said Ana Vela.\n'
    )
    assert drafted(text).location == "Bouaké, Côte d'Ivoire"


def test_a_lower_case_word_after_the_country_is_not_a_region() -> None:
    text = (
        "Acme Bank opens a branch\n\n"
        "Bouaké, Ghana, 9 March 2016 - The Acme Bank opened a branch in the market.\n\n"
        '"We are proud," said Ana Vela.\n'
    )
    assert drafted(text).location == "Bouaké, Ghana"
