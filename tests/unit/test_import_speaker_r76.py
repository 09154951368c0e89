"""Speakers and quotes (round 76)."""

from tests.support.importing import parsed_quotes

# A press conference: each speaker's line (surname first, in capitals) stands alone above the quote.
_PANEL = (
    "Coastal Cup 2031 press conference\n\n"
    "The eight coaches met the press at the Harbour Hotel before the opening day.\n\n"
    "Coaches' comments\n\n"
    "Mr. VARNO Teodor, Head Coach of Westland\n\n"
    "\u201cThe cup is a good chance for young players to learn, and we hope to show our best.\u201d\n\n"
    "Mrs.KELMI Anouk , Head Coach of Eastmark\n\n"
    "\u201cWe are here to test the squad before the spring, so we want to play every match well\u201d.\n\n"
    "Mr. PALU Oskari, Head Coach of Northby\n\n"
    "\u201cIt is a pleasure to take part again after so many years away from the final round.\u201d\n"
)


def test_a_speaker_line_above_each_quote_gives_its_speaker_in_the_written_form() -> None:
    quotes = parsed_quotes(_PANEL)
    assert [name for name, _quote, _review in quotes] == ["VARNO Teodor", "KELMI Anouk", "PALU Oskari"]


def test_a_speaker_line_below_each_quote_keeps_the_quote_above_it() -> None:
    text = (
        "Coastal Cup 2031 press conference\n\n"
        "The coaches met the press at the Harbour Hotel before the opening day.\n\n"
        "\u201cThe cup is a good chance for young players to learn, and we hope to show our best.\u201d\n\n"
        "Mr. VARNO Teodor, Head Coach of Westland\n\n"
        "\u201cIt is a pleasure to take part again after so many years away from the final round.\u201d\n\n"
        "Mr. PALU Oskari, Head Coach of Northby\n"
    )
    quotes = parsed_quotes(text)
    assert [name for name, _quote, _review in quotes] == ["VARNO Teodor", "PALU Oskari"]
