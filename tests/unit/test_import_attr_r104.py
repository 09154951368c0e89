"""Round 104: attribution, "said <Body> <role>, <Full Name>": the person after the comma speaks (invented texts)."""

from __future__ import annotations

import pytest

from tests.support.importing import quote_starting

_WORDS = "The panel weighed the plain question of what makes a club last through hard seasons"


def _text(cue: str) -> str:
    return (
        "Panel sets club criteria\n\n"
        "At the first meeting of the new Licensing Panel, set up by Varn Netball in March, the chiefs of the "
        "clubs named the areas on which clubs will be judged.\n\n"
        f"“{_WORDS},” said {cue}.\n\n"
        "The panel meets again in June.\n"
    )


@pytest.mark.parametrize(
    "cue",
    [
        "Varn Netball CEO, Odile Kestrel",
        "Varn Netball chief executive, Odile Kestrel",
        "the Varn Netball president, Odile Kestrel",
    ],
)
def test_the_person_after_the_role_and_comma_speaks_not_the_body(cue: str) -> None:
    name, review = quote_starting(_text(cue), _WORDS)
    assert name == "Odile Kestrel"
    assert "organization" not in review


def test_a_body_then_a_comma_without_a_role_stays_unchanged() -> None:
    # The name first, its role after the comma: the usual cue, unchanged by the rule.
    name, _review = quote_starting(_text("Odile Kestrel, the Varn Netball CEO"), _WORDS)
    assert name == "Odile Kestrel"
