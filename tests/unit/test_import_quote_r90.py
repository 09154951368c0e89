"""Quotes (round 90): an opening mark typed with a space after it (`… the college. " We ask …", she said.`)
still opens the quote: the words after it are the quote, the cue after its closer is no quote."""

from tests.support.importing import parsed_quotes


def _release(opener: str, closer: str, before: str = " ") -> str:
    return (
        "Envoy asks college to cut fees\n\n"
        "KELDON: Envoy Mara Quell said the rise was a burden on families, and fewer pupils now enrol at the "
        f"college.{before}{opener} I therefore ask the board of the college to look again at the fees for pupils "
        f"from abroad{closer}, she said.\n\n"
        "The board meets on 3 May at the river hall.\n"
    )


_WORDS = "I therefore ask the board of the college to look again at the fees for pupils from abroad"


def test_a_straight_opener_with_a_space_after_it_opens_the_quote() -> None:
    for before in (" ", "\n\n"):
        found = [(name, quote) for name, quote, _review in parsed_quotes(_release('"', '"', before))]
        assert found == [("Mara Quell", _WORDS)], (before, found)


def test_a_single_opener_with_a_space_after_it_opens_the_quote() -> None:
    found = [(name, quote) for name, quote, _review in parsed_quotes(_release("'", "'"))]
    assert found == [("Mara Quell", _WORDS)]


def test_a_closer_with_a_space_before_the_next_word_stays_a_closer() -> None:
    text = (
        "Envoy asks college to cut fees\n\n"
        'KELDON: "We will ask the board to look again at the fees," Envoy Mara Quell said. '
        "The board meets on 3 May at the river hall.\n"
    )
    found = [(name, quote) for name, quote, _review in parsed_quotes(text)]
    assert found == [("Mara Quell", "We will ask the board to look again at the fees,")]
