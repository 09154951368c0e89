"""`briefing import`: a sentence whose subject is a pronoun ("He promised … Coach X", "When A met
B …, he …") has no named subject, so a quote after it is not given to a name inside it (invented)."""

from __future__ import annotations

from tui.core.importer import read_source
from tui.core.importer.quotes import find_quotes


def quotes_of(text: str) -> list[tuple[str, str]]:
    source = read_source(text, ".txt")
    return [(" ".join(f.text.split()[:3]), f.person.name) for f in find_quotes(source.paragraphs).found]


def test_a_name_after_a_leading_when_clause_is_not_the_subject() -> None:
    text = (
        "Volunteers Raise Funds\n\n"
        "The fundraiser packed out the hall on Saturday night.\n\n"
        "However, when branch manager Helen Strand approached local musician David Marsh about a concert, "
        "he had a better idea.\n\n"
        "“I thought about it for a few seconds and said we should do it for every service in town.”\n"
    )
    assert quotes_of(text) == [("I thought about", "David Marsh")]


def test_a_name_is_still_the_subject_when_it_opens_the_sentence() -> None:
    text = (
        "Volunteers Raise Funds\n\n"
        "The fundraiser packed out the hall on Saturday night.\n\n"
        "Branch manager Helen Strand said the night was not only about the money raised by David Marsh.\n\n"
        "“The best part was the way the town came together.”\n"
    )
    assert quotes_of(text) == [("The best part", "Helen Strand")]


def test_a_sentence_opened_by_a_pronoun_has_no_named_subject() -> None:
    text = (
        "Team Honoured\n\n"
        "“We are proud of the team,” said federation president Robert Obi.\n\n"
        "He further promised that the federation will support the programme of the Super Falcons’ Coach "
        "Thomas Dennerby.\n\n"
        "“We are already working with the coach on the plan for next year,” he said.\n"
    )
    assert quotes_of(text)[1] == ("We are already", "Robert Obi")
