"""`briefing import`: typewriter single marks (') and a left+right single pair (‘’) read as quote
marks by their place, and a single-mark quote that the excerpt cuts (invented releases)."""

from __future__ import annotations

from tui.core.importer import read_source
from tui.core.importer.quotes import find_quotes


def quotes_of(text: str) -> list[tuple[str, str]]:
    source = read_source(text, ".txt")
    return [(" ".join(f.text.split()[:3]), f.person.name) for f in find_quotes(source.paragraphs).found]


def test_typewriter_singles_around_a_sentence_are_quote_marks() -> None:
    text = (
        "Club Keeps Its Ground\n\n"
        "The Chairman, Harold Penrith said, 'We won't sell the ground while I am here, whatever the offer.'\n"
    )
    assert quotes_of(text) == [("We won't sell", "Harold Penrith")]


def test_a_typewriter_single_quote_cut_by_the_excerpt_is_kept() -> None:
    text = (
        "Club Keeps Its Ground\n\n"
        "The Chairman, Harold Penrith said:\n\n"
        "'Any decisions we take will be in the interests of the club and its supporters in the lo\n"
    )
    assert quotes_of(text) == [("Any decisions we", "Harold Penrith")]


def test_a_left_right_single_pair_opens_a_quote() -> None:
    text = (
        "Partners Sign\n\n"
        "‘’This partnership lets our students work on real problems for real firms,’’ said Ms. Anjali Raman.\n"
    )
    assert quotes_of(text) == [("This partnership lets", "Anjali Raman")]


def test_a_title_in_typewriter_singles_is_no_quote() -> None:
    text = (
        "Grants of the Year\n\n"
        "The largest grant went to Dr. Hana Koller for studies on 'Shedding new light on cells with coherent "
        "multiphoton nanoscopy'.\n"
    )
    assert quotes_of(text) == []


def test_a_closing_single_without_an_opener_keeps_a_quote_running() -> None:
    text = (
        "Statement on the Vandalism\n\n"
        "This afternoon, Governor Molly Fenn issued the following statement:\n\n"
        "\"The vandals painted the portico, stating, 'if we are not safe, you are not either.'\n\n"
        '"I condemn these attacks in the strongest possible terms."\n'
    )
    assert [q for q, _ in quotes_of(text)] == ["The vandals painted"]
