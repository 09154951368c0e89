"""A quote whose opening words open a quote in another paragraph too (a deck line) is flagged (round 27s)."""

import pytest

from tests.support.importing import found_quotes

_STATEMENT = [
    "Group Opposes Budget Plan",
    "BOSTON, Mass.—Group director Ann Roe today issued the following statement:",
    '"Cutting debate is wrong. We oppose it.',
    '"It is time for an honest debate about jobs. The budget is the place to start."',
]


@pytest.mark.parametrize("mark", ['"', "“"])
def test_a_deck_line_repeating_the_body_is_flagged(mark: str) -> None:
    close = '"' if mark == '"' else "”"
    deck = f"{mark}It is time for an honest debate about jobs,{close} Roe says"
    text = [_STATEMENT[0], deck, *_STATEMENT[1:]]
    first = found_quotes(text)[0]
    assert first[0] == "Ann Roe"
    assert first[1].startswith("the same words open a quote in paragraph")


def test_a_different_deck_quote_keeps_its_plain_attribution() -> None:
    deck = '"We want a fair hearing for every plan on the table," Roe says'
    text = [_STATEMENT[0], deck, *_STATEMENT[1:]]
    assert found_quotes(text)[0] == ("Ann Roe", "")


def test_a_short_repeat_is_no_repeat() -> None:
    # Fewer than six words: common openings ("We are pleased …") say nothing.
    text = ['"We oppose it," Roe says', *_STATEMENT[1:3], '"We oppose it. We stand firm in this."']
    assert "same words" not in found_quotes(text)[0][1]
