"""Round 100: attribution and quote finding (invented texts)."""

from __future__ import annotations

from tests.support.importing import parsed_quotes

_FIRST = (
    "Mary Quill, the head of the Greenfield Growers, opened the new grain shed at Lowmoor on Friday. "
    "“The shed will hold the harvest of ten farms,” Quill said.\n\n"
)


def test_according_to_a_known_surname_gives_the_quote_in_double_marks() -> None:
    # "According to <surname>, it is “…” that …": the bare surname of the one person the text named is the
    # source, as a surname before "said" is.
    text = _FIRST + "According to Quill, it is “truly vital” that more farms join the scheme this year.\n"
    found = [(name, quote) for name, quote, _review in parsed_quotes(text)]
    assert ("Mary Quill", "truly vital") in found


def test_according_to_a_known_surname_gives_the_quote_in_single_marks() -> None:
    # The same in single marks (no double ones in the paragraph): a partial quote of reported speech.
    text = _FIRST + "According to Quill, it is ‘truly vital’ that more farms join the scheme this year.\n"
    found = [(name, quote) for name, quote, _review in parsed_quotes(text)]
    assert ("Mary Quill", "truly vital") in found


def test_according_to_an_unknown_surname_gives_no_speaker() -> None:
    # A surname the text never gave anyone stays no source: the quote is not handed to Quill.
    text = _FIRST + "According to Barrow, it is “truly vital” that more farms join the scheme this year.\n"
    found = [(name, quote) for name, quote, _review in parsed_quotes(text)]
    assert ("Mary Quill", "truly vital") not in found
