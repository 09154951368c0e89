"""Speakers and quotes (round 64)."""

from tests.support.importing import parsed_quotes
from tui.core.importer import marks


def test_a_straight_opener_closed_by_a_curly_mark_reads_as_a_curly_opener() -> None:
    # Only the closers were curled: each straight " pairs with the ” after it, not with the next ".
    text = (
        '"The harbour is central to the success of the plan,” he said. "Our aim is to rebuild the pier '
        "by spring. New boats should follow after that,” he added."
    )
    out = marks.normalize(text)
    assert len(out) == len(text)
    assert out.count("“") == 2 and out.count('"') == 0
    assert out.index("“Our aim") > out.index("he said.")


def test_a_one_word_partial_quote_in_a_named_persons_reported_speech() -> None:
    text = (
        "Driver sought after crash\n\n"
        "Police are searching for the driver of a van that hit a cyclist in Tarrow on Sunday night.\n\n"
        "“The cyclist was taken to hospital with serious injuries,” Inspector Dale Moreby said.\n\n"
        "Mr Moreby emphasised that all motorists have a “responsibility” to stop after a crash.\n"
    )
    quotes = parsed_quotes(text)
    assert [(name, quote) for name, quote, _review in quotes][1:] == [("Dale Moreby", "responsibility")]
