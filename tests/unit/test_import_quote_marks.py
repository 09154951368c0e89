"""Quote marks as writers type them (issue 24, round 6): doubled singles, TeX and typewriter
pairs, a closing mark typed to open, a mark reopened inside an open quote, a nickname in
quote marks inside a name. Invented releases; each form is read like plain curly marks."""

from __future__ import annotations

import pytest

from tui.core.format.parser import parse_text
from tui.core.importer import import_text, read_source
from tui.core.importer.marks import inner, normalize


def quotes(text: str) -> list[tuple[str, str]]:
    """(first words of each quote block as the draft shows it, speaker name)."""
    result = import_text(read_source(text, ".txt"))
    briefing, _ = parse_text(result.markdown, "t.md")
    assert briefing is not None
    names = {s.id: s.name for s in briefing.speakers}
    return [(" ".join(q.text.split()[:3]), names.get(q.speaker, "")) for q in briefing.quotes]


RELEASE = (
    "Boatshed rebuilt after storm\n\n"
    "Harbour rowing club secretary Ruth Okafor remembers the night well.\n\n"
    "{o}We woke to the sirens and ran down, and the roof was already in the water,{c} she said.\n\n"
    "The club trained in a borrowed shed for two seasons, she said.\n\n"
    "{o}Now we have a home again and it feels like a fresh start for every member.{c}\n"
)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("‘‘", "’’"),
        ("``", "''"),
        ("''", "''"),
        ("“", "”"),
        ("<<", ">>"),
        ("‹‹", "››"),
        ("‚", "‘"),
        ("»", "«"),
        (",,", "''"),
        ("“", "“"),
        ("„", "“"),
    ],
)
def test_doubled_and_typewriter_marks_read_as_quotes(opening: str, closing: str) -> None:
    text = RELEASE.format(o=opening, c=closing)
    assert quotes(text) == [("We woke to", "Ruth Okafor"), ("Now we have", "Ruth Okafor")]
    # The cue goes with the quote: no stray mark is left in the text before "she said".
    markdown = import_text(read_source(text, ".txt")).markdown
    assert f"{closing[-1]} she said" not in markdown


def test_a_closing_mark_typed_to_open_a_quote() -> None:
    text = (
        "Trade bloc urged to move faster\n\n"
        "Secretary-General Pavel Lindqvist addressed the council on Monday. Mr. Lindqvist noted that "
        "” the progress so far is real but far too slow for the smaller members.”\n"
    )
    assert quotes(text) == [("the progress so", "Pavel Lindqvist")]


def test_a_new_mark_inside_an_open_quote_goes_on_with_it() -> None:
    text = (
        "League responds to coaches\n\n"
        "League acting chief executive Tomas Berg made the following comment. Berg said, “We were "
        "surprised to read the remarks made at the coaches’ conference this week. “We share the wish "
        "to grow the sport at every level in the country.” Berg added, “Ability is what counts. "
        "“Where a coach comes from does not matter to us at all.”\n"
    )
    assert quotes(text) == [("We were surprised", "Tomas Berg"), ("Ability is what", "Tomas Berg")]


def test_a_nickname_in_marks_is_part_of_the_name() -> None:
    text = (
        "Former governor joins hotel board\n\n"
        '"Our board gains a great deal from his long experience in public life," said A.B. "Buzz" '
        'Whitlock, Jr., chairman and chief executive officer of the company. "We are glad to have him '
        'back," he said.\n\n'
        '"He will give strong guidance in a hard year for the trade," said Mr. Whitlock.\n'
    )
    assert quotes(text) == [
        ("Our board gains", "A.B. Whitlock Jr."),
        ("We are glad", "A.B. Whitlock Jr."),
        ("He will give", "A.B. Whitlock Jr."),
    ]


def test_normalize_keeps_offsets_and_inner_keeps_the_source_words() -> None:
    for text in ("‘‘Yes, we can,’’ she said.", "``Yes,'' he said.", "noted that ” yes.”", 'said J. "Jo" Roe.'):
        fixed = normalize(text)
        assert len(fixed) == len(text)
    text = "‘‘Yes, we can,’’ she said."
    fixed = normalize(text)
    start = fixed.index("“")
    end = fixed.index("”") + 1
    assert inner(text, fixed, start, end) == "Yes, we can,"


@pytest.mark.parametrize(
    "text",
    [
        "The team’s ‘Parks and rec’ plan won praise.",  # single marks around a phrase stay as they are
        "It’s the players’ choice, ’90s style.",
        "“We will win, ” said the coach.",  # a space before the closing mark: still closing
        "Scores were 1,,2 in the draft.",
    ],
)
def test_ordinary_marks_are_unchanged(text: str) -> None:
    assert normalize(text) == text
