"""Speakers from the sentence around a quote: places after a cue's name, opening phrases, a cue's
trailing clause, middle initials met later, quoted terms (round 25s, from test16's first run)."""

import pytest

from tests.support.importing import found_quotes
from tui.core.importer.quotes import find_quotes


@pytest.mark.parametrize("where", ["in Nairobi", "in New Delhi", "on Saturday", "at Dunmore Park"])
def test_a_place_or_day_after_the_cue_name_is_not_part_of_it(where: str) -> None:
    text = [
        "The board has settled on Tobias Wrenfield to lead the squad.",
        "Chief Executive Officer Marika Ostrander said on Monday that Wrenfield starts in May.",
        f'"We had twelve applications for the post," said Ostrander {where}.',
    ]
    assert found_quotes(text)[0][0] == "Marika Ostrander"


@pytest.mark.parametrize(
    "opening",
    [
        "In a statement delivered by the Minister of Planning Mr. Tobias Wrenfield,",
        "On behalf of the Planning Secretary Tobias Wrenfield,",
        "Speaking after Minister Tobias Wrenfield,",
    ],
)
def test_a_name_closing_an_opening_phrase_is_no_subject(opening: str) -> None:
    text = [
        f"{opening} Vantoria’s Vice President Mrs. Marika Ostrander observed that the plan was working well.",
        "“We need to keep building an enabling environment for trade.”",
    ]
    assert found_quotes(text)[0][0] == "Marika Ostrander"


def test_a_name_inside_the_sentence_after_an_opening_phrase_stays_the_subject() -> None:
    text = [
        "At the meeting Minister Tobias Wrenfield said the plan was working well.",
        "“We need to keep building an enabling environment for trade.”",
    ]
    assert found_quotes(text)[0][0] == "Tobias Wrenfield"


@pytest.mark.parametrize("title", ["Coun.", "Cllr.", "Supt.", "Insp."])
def test_a_quote_after_its_cue_sentence_stays_with_the_speaker(title: str) -> None:
    text = [
        "Councillor Tobias Wrenfield raised the road project at the meeting.",
        "“The city has put off a decision on the road,” said Wrenfield, adding that he had discussed "
        f"it with {title} Marika Ostrander before the meeting. “We are very disappointed that the council would not "
        "face the music and decide.”",
    ]
    found = find_quotes(text).found
    assert sum(len(f.spans) for f in found) == 2  # two quotes, or one quote the cue interrupts
    assert {f.person.name for f in found} == {"Tobias Wrenfield"}


def test_a_later_middle_initial_completes_the_name() -> None:
    text = [
        "Hon. Justice Tobias Wrenfield at the launch of the open day",
        "The Chief Justice, Hon. Justice Tobias Q. Wrenfield, who presided, urged the state to hire judges.",
        '"The country has far too few judges for its people," he said.',
    ]
    assert found_quotes(text) == [("Tobias Q. Wrenfield", "")]


@pytest.mark.parametrize("noun", ["companies", "sites", "members"])
def test_quoted_words_a_noun_follows_are_flagged_as_a_term(noun: str) -> None:
    text = [
        f"Union secretary Tobias Wrenfield said that workers at the 43 “original parties” {noun} had "
        "rejected the pay offer this week.",
    ]
    [(_name, review)] = found_quotes(text)
    assert review.startswith(f"the quoted words name a thing (“original parties” {noun})")


def test_a_partial_quote_of_speech_is_not_flagged_as_a_term() -> None:
    text = ["Tobias Wrenfield called the vote “a day of joy” and thanked the volunteers."]
    assert found_quotes(text) == [("Tobias Wrenfield", "")]
