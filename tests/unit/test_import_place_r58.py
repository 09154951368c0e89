"""Round 58o: datelines and date lines (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted


def test_a_date_line_then_a_dash_then_a_place_and_its_state() -> None:
    text = (
        "Acme Water honoured by the province\n\nTuesday, March 5th, 2024\n\nFOR IMMEDIATE RELEASE\n\n"
        "March 5, 2024 — Salem, OR\n\nThe Acme Water Fund signed an agreement with the province.\n\n"
        '"We are ready," said Ana Vela.\n'
    )
    d = drafted(text)
    assert d.location == "Salem, OR"
    assert d.date == dt.date(2024, 3, 5)


def test_a_date_line_then_a_bar_then_a_place_and_its_country() -> None:
    d = drafted("Title\n\n12 May 2015 | Porto, Portugal\n\nThe Acme Council met today.\n")
    assert d.location == "Porto, Portugal"
    assert d.date == dt.date(2015, 5, 12)


def test_a_bracketed_place_and_its_abbreviated_state_with_no_dash() -> None:
    text = (
        "Agency gives the state $2 million for its rivers\n\n"
        "(Portland, Ore.) The Acme Agency awarded the state a grant of $2 million for its rivers.\n\n"
        '"We are glad," said Ana Vela.\n'
    )
    assert drafted(text).location == "Portland, Ore."


def test_a_bracketed_place_and_its_spelled_state_with_no_dash() -> None:
    text = 'Title\n\n(Boise, Idaho) The Acme Agency awarded the state a grant.\n\n"We are glad," said Ana Vela.\n'
    assert drafted(text).location == "Boise, Idaho"


def test_a_bracketed_body_and_a_place_is_still_a_tag_and_a_place() -> None:
    text = 'Title\n\n(Acme Secretariat, Georgetown) The Acme Council met today.\n\n"We met," said Ana Vela.\n'
    assert "Acme" not in drafted(text).location  # the tag is no place
