"""A quote cut by the excerpt's end, and "described ... as" as a verb of saying (issue 24,
round 14s): invented releases in the shapes of real ones."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, first words) of each drafted quote."""
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, " ".join(found.parts)[:30]) for found, sid in d.quotes]


_HEAD = (
    "Council backs harbour plan\n\n"
    "Mayor Ingrid Solberg opened the harbour debate on Monday evening in the town hall.\n\n"
)


def test_quote_cut_by_the_excerpt_end_takes_the_speaker_before() -> None:
    text = _HEAD + (
        "“The harbour is the heart of this town and we will keep it working,” said Solberg.\n\n“We will need the fishe"
    )
    assert quotes(text) == [
        ("Ingrid Solberg", "The harbour is the heart of th"),
        ("Ingrid Solberg", "We will need the fishe"),
    ]


def test_quote_cut_by_the_end_after_narrative_takes_nobody() -> None:
    # The paragraph before quotes nobody: no speaker to carry over.
    text = _HEAD + ("The debate ran late into the evening and the vote was put off.\n\n“We will need the fishe")
    assert quotes(text) == []


def test_closed_short_last_quote_is_not_carried_over() -> None:
    text = _HEAD + (
        "“The harbour is the heart of this town and we will keep it working,” said Solberg.\n\n"
        "“We will need the fishe”\n"
    )
    assert [name for name, _start in quotes(text)] == ["Ingrid Solberg"]


def test_described_as_is_a_verb_of_saying() -> None:
    text = _HEAD + "Mayor Solberg described the new pier in the old harbour as a “gift to the town”.\n"
    assert ("Ingrid Solberg", "gift to the town") in quotes(text)


def test_described_without_as_gives_no_cue() -> None:
    text = _HEAD + "The engineers described the pier in detail, calling the rust a “slow disaster”.\n"
    assert quotes(text) == []


def reviews(text: str) -> list[str]:
    d = import_text(read_source(text, ".txt")).draft
    return [found.review for found, _sid in d.quotes]


def test_quote_after_one_left_open_by_the_same_speaker_goes_on_with_it() -> None:
    text = _HEAD + (
        "“The harbour is the heart of this town,” said Mayor Solberg.\n\n"
        "“There are many reasons we back the plan, from the fish market to the ferry crews.\n\n"
        "“We are pleased with the grant for the pier and the new cranes,” the Mayor said.\n"
    )
    # The press convention (and the gold policy since round 16s): one quote over both paragraphs.
    assert len(reviews(text)) == 2


def test_quote_after_a_closed_one_is_not_flagged_as_going_on() -> None:
    text = _HEAD + (
        "“The harbour is the heart of this town,” said Mayor Solberg.\n\n"
        "“There are many reasons we back the plan, from the fish market to the ferry crews.”\n\n"
        "“We are pleased with the grant for the pier and the new cranes,” said Solberg.\n"
    )
    assert "goes on" not in reviews(text)[-1]
