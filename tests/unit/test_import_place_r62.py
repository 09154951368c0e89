"""Round 62o: datelines whose place or country holds "of" or "and" (invented texts)."""

from __future__ import annotations

import datetime as dt

from tests.support.importing import drafted


def test_a_city_with_of_then_a_country_with_and_a_stop_and_a_date() -> None:
    text = (
        "Acme Health opens a clinic\n\n"
        "Port of Spain, Trinidad and Tobago. 14 March 2021. “We are proud of this clinic,” said Ana Vela.\n\n"
        "The clinic will serve the hill towns.\n"
    )
    d = drafted(text)
    assert d.location == "Port of Spain, Trinidad and Tobago"
    assert d.date == dt.date(2021, 3, 14)


def test_a_city_then_a_country_with_and_and_a_dash() -> None:
    text = (
        "Acme Health opens a clinic\n\n"
        "Sarajevo, Bosnia and Herzegovina, 14 March 2021 – Acme Health opened a clinic in the old town.\n\n"
        '"We are proud," said Ana Vela.\n'
    )
    assert drafted(text).location == "Sarajevo, Bosnia and Herzegovina"


def test_a_state_then_and_a_second_state_keeps_the_first() -> None:
    text = (
        "Acme Rail links two states\n\n"
        "ATLANTA, Georgia and Alabama, March 14, 2021 – Acme Rail opened a line between the two states.\n\n"
        '"We are proud," said Ana Vela.\n'
    )
    assert drafted(text).location in ("Atlanta, Georgia", "Atlanta")
