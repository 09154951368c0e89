"""`briefing import` on plain texts whose lines break at no fixed width (copied from a page):
a line that starts in lower case goes on from the one before, and a sentence's lines make one
paragraph again (invented releases)."""

from __future__ import annotations

from tui.core.importer import read_source
from tui.core.importer.quotes import find_quotes

RAGGED = (
    "Harbour Trust Opens New Wharf\n"
    "Chair of the Harbour Trust,\n"
    "HT, Marguerite Olvenna has welcomed the first container ships to the new deep-water wharf at the river "
    "mouth, calling it\n"
    "a turning point for the town.\n"
    '"We waited\n'
    'thirty years for this day and the whole town came out to see it," she\n'
    "said at the opening.\n"
    "Investing in Rural Schools\n"
    "The trust will also fund two schools.\n"
)


def quotes_of(text: str) -> list[tuple[str, str]]:
    source = read_source(text, ".txt")
    return [(" ".join(f.text.split()[:3]), f.person.name) for f in find_quotes(source.paragraphs).found]


def test_ragged_lines_are_joined_into_their_sentences() -> None:
    assert read_source(RAGGED, ".txt").paragraphs == (
        "Chair of the Harbour Trust, HT, Marguerite Olvenna has welcomed the first container ships to the new "
        "deep-water wharf at the river mouth, calling it a turning point for the town.",
        '"We waited thirty years for this day and the whole town came out to see it," she said at the opening.',
        "Investing in Rural Schools",
        "The trust will also fund two schools.",
    )


def test_a_quote_over_ragged_lines_is_found_with_its_speaker() -> None:
    assert quotes_of(RAGGED) == [("We waited thirty", "Marguerite Olvenna")]


def test_a_cue_line_in_lower_case_goes_on_from_the_quote_above_it() -> None:
    text = (
        "Valley Network Gets Faster\n\n"
        "“The new line gives every school in the valley a faster connection than the city had five years ago,”\n"
        "said Orrin Vasquez, director of the valley network.\n\n"
        "The work took two summers.\n"
    )
    assert read_source(text, ".txt").paragraphs[0].endswith("ago,” said Orrin Vasquez, director of the valley network.")
    assert quotes_of(text) == [("The new line", "Orrin Vasquez")]


def test_lines_that_each_end_a_sentence_stay_paragraphs() -> None:
    text = (
        "Council Notes\n"
        "The council met on Monday and approved the budget for the coming year after a long debate on rates.\n"
        "The library will open on Sundays.\n"
        "Parking fees stay as they are.\n"
    )
    assert len(read_source(text, ".txt").paragraphs) == 3


def test_lines_without_a_lower_case_start_are_not_rejoined() -> None:
    text = (
        "Fair Day\n"
        "Tickets go on sale from Monday morning at the town hall and at the library on Main Street until Friday\n"
        "Doors open at seven and close at ten\n"
        "Parking will be free on the school field\n"
    )
    assert len(read_source(text, ".txt").paragraphs) == 3


def test_contact_lines_of_one_token_stay_apart_in_a_ragged_text() -> None:
    text = (
        "Quarterly Results\n"
        "Contact: Amber Lane\n"
        "alane@example.com\n"
        "703-555-0100\n"
        "ACME REPORTS FIRST QUARTER EARNINGS\n"
        "For the first quarter of fiscal 2010, ended September 30, 2009, revenues increased by a third to four\n"
        "million dollars, up from three million dollars in the first quarter of fiscal 2009 and the year before it.\n"
    )
    assert read_source(text, ".txt").paragraphs == (
        "Contact: Amber Lane",
        "alane@example.com",
        "703-555-0100",
        "ACME REPORTS FIRST QUARTER EARNINGS",
        "For the first quarter of fiscal 2010, ended September 30, 2009, revenues increased by a third to four "
        "million dollars, up from three million dollars in the first quarter of fiscal 2009 and the year before it.",
    )
