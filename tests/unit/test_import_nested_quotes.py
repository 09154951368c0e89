"""A quote inside an open quote in the same curly marks (issue 24, round 38s):
invented releases in the shapes of real ones."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, first four words) of each drafted quote."""
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, " ".join(" ".join(found.parts).split()[:4])) for found, sid in d.quotes]


_STATEMENT = (
    "Harbour Police statement on the ferry ruling\n\n"
    "Below is a statement from Harbour Police Chief Ingrid Solberg, following today’s ruling:\n\n"
)


def test_statement_paragraph_with_a_closed_inner_quote_goes_on() -> None:
    text = _STATEMENT + (
        "“This morning we received the order on “a full stop to ferry checks at night” – "
        "and we are taking the steps to follow it.\n\n"
        "“The number of checks on young drivers is an issue we have to address. "
        "We welcome every measure that helps us to build trust with the town.\n\n"
        "“We know we need to do better – and we will.”\n"
    )
    assert quotes(text) == [("Ingrid Solberg", "This morning we received")]


def test_continued_paragraph_with_an_inner_quote_left_open() -> None:
    text = (
        "Crews urge homes to test alarms\n\n"
        "Fire officer Tomas Brandt said: “Time and again our crews see how much an early warning matters "
        "when a fire starts at night.\n\n"
        "“I cannot stress enough that people should not think an alarm is “just another false alarm "
        "or worse still switch it off.\n\n"
        "“Most people only see fire on the screen, so the real thing takes them by surprise.”\n"
    )
    assert quotes(text) == [("Tomas Brandt", "Time and again our")]


def test_inner_quote_after_a_comma_in_a_continued_paragraph() -> None:
    text = (
        "Club keeps its coach\n\n"
        "Chair Maria Okafor said: “The board met on Monday to talk about the season and the coach.\n\n"
        "“We told the sponsors, “not this year”, and they agreed with us on every point.\n\n"
        "“We look forward to the new season together.”\n"
    )
    assert quotes(text) == [("Maria Okafor", "The board met on")]


def test_inner_quote_in_a_closed_quote_keeps_its_cue_after() -> None:
    text = (
        "Council rejects pier plan\n\n"
        "“The so-called “reform” of the pier is a sham from start to end,” said Mayor Ingrid Solberg.\n"
    )
    assert quotes(text) == [("Ingrid Solberg", "The so-called “reform” of")]


def test_new_mark_after_a_sentence_end_is_not_an_inner_quote() -> None:
    text = (
        "Council rejects pier plan\n\n"
        "Mayor Ingrid Solberg spoke after the vote on Tuesday night.\n\n"
        "“We listened to everyone in the town. “The pier stays as it is, and the ferries keep running.”\n"
    )
    assert [start for _who, start in quotes(text)] == ["We listened to everyone"]
