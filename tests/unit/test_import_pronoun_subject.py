"""`briefing import`: a sentence whose subject is a pronoun ("He promised … Coach X", "When A met
B …, he …") has no named subject, so a quote after it is not given to a name inside it (invented)."""

from __future__ import annotations

from tests.support.importing import quote_starting
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


def _plant(founding: str, manager: str = "Chris") -> str:
    return (
        "Plant work begins\n\n"
        "Media Release 10 January 2014\n\n"
        "Building of a new plant for the honey company Kestrel Foods began today at the Tarnby site.\n\n"
        f"“We kept quality a priority throughout the planning,” says the Operations Manager {manager} Dowman.\n\n"
        f"“It is very exciting to have the green light,” says {manager}. “The team is doing a great job.”\n\n"
        "The company expects the building to be finished by the end of September.\n\n"
        f"{founding}\n\n"
        "“Building the plant in Tarnby renews old family links with the district,” he says.\n"
    )


def test_the_agent_of_a_passive_with_a_date_between_is_the_pronouns_subject() -> None:
    # "Kerry" and "Chris" are borne by either gender: their given names do not decide "he".
    text = _plant("Kestrel Foods was established in 2006 by Kerry Paulson, who was born in Tarnby.")
    name, review = quote_starting(text, "Building the plant")
    assert name == "Kerry Paulson"
    assert "Chris Dowman" in review


def test_a_given_name_of_either_gender_is_no_witness_against_the_subject() -> None:
    text = _plant("Kerry Paulson established Kestrel Foods in 2006. He was born in Tarnby.")
    name, review = quote_starting(text, "Building the plant")
    assert name == "Kerry Paulson"
    assert "Chris Dowman" in review


def test_a_passive_opening_on_a_pronoun_keeps_the_speaker() -> None:
    text = _plant("He was thanked on Friday by Kerry Paulson, who was born in Tarnby.")
    assert quote_starting(text, "Building the plant")[0] == "Chris Dowman"


def test_a_speaker_the_pronoun_fits_surely_is_kept_but_flagged_against_the_agent() -> None:
    text = _plant("Kestrel Foods was established in 2006 by Kerry Paulson, who was born in Tarnby.", manager="John")
    name, review = quote_starting(text, "Building the plant")
    assert name == "John Dowman"
    assert "Kerry Paulson" in review


def test_a_guessed_gender_is_no_witness_against_the_runner_up_either() -> None:
    # "Jamie", mostly a woman's name in the table, no longer loses "he" on the guess alone: the choice of the
    # passive's agent rests on the sentence before only, and stays flagged.
    text = (
        "Bakery sold\n\n"
        "Wrenfield Bakery has changed hands after 30 years in one family.\n\n"
        "“Letting it go was hard, but it is time,” said departing owner Jamie Tolland.\n\n"
        "The bakery was acquired in April by businessman Owen Raskin, who runs two cafés nearby.\n\n"
        "“The regulars are what I will miss,” he said.\n"
    )
    name, review = quote_starting(text, "The regulars")
    assert name == "Owen Raskin"
    assert "Jamie Tolland" in review


def _passive_between(gap: str) -> str:
    return (
        "Lane reopens\n\n"
        "The footbridge over the Wenn in Marlowby reopened on Tuesday after repairs.\n\n"
        "“The work ran later than planned,” said site engineer Colin Trask.\n\n"
        f"The footbridge was reopened {gap} by council leader Peter Ansel.\n\n"
        "“The rust went deeper than the survey showed,” he said.\n"
    )


def test_a_place_or_manner_between_a_passive_and_by_keeps_the_speaker() -> None:
    # Only a date or time may stand between the verb and "by": "at a brief ceremony", "in Mill Lane" leave
    # the agent a mere candidate, and the engineer just quoted keeps "he".
    for gap in ("at a brief ceremony", "in Mill Lane"):
        assert quote_starting(_passive_between(gap), "The rust went")[0] == "Colin Trask", gap


def test_a_date_between_a_passive_and_by_still_makes_its_agent_the_subject() -> None:
    for gap in ("on Friday", "in May 2019", "last year", "on 3 June"):
        assert quote_starting(_passive_between(gap), "The rust went")[0] == "Peter Ansel", gap
