"""Round 99: attribution and quote finding (invented texts)."""

from __future__ import annotations

from tests.support.importing import parsed_quotes


def test_a_first_paragraph_of_quotes_with_a_cue_taken_for_the_title_keeps_its_quotes() -> None:
    # No title line: the first paragraph, two quotes and a cue, ends with a closing mark. It is the
    # text's first paragraph, not a headline: both of its quotes are drafted.
    text = (
        "“The flood has cut the old road in two places and it cannot carry traffic now. We have a crew on "
        "site and the work goes on day and night,” said Roads Director Helen Marchetti. “We hope to open "
        "one lane by the end of the month, and we will tell the people of the valley when we can.”\n\n"
        "The road links the valley to the coast.\n"
    )
    found = [(name, quote[:20]) for name, quote, _review in parsed_quotes(text)]
    assert found == [("Helen Marchetti", "The flood has cut th"), ("Helen Marchetti", "We hope to open one ")]


def test_a_quote_alone_taken_for_the_title_stays_a_headline() -> None:
    text = (
        "“We will not stop until the last family of the valley has a roof over its head again”.\n\n"
        "The housing minister, Peter Odell, gave the promise on Monday.\n"
    )
    assert [quote for _name, quote, _review in parsed_quotes(text)] == []
