"""`briefing import`: a name's initials before or inside it, a numbered label after it ("Ward 22")
and an acronym between a role and a name are read by their shape (invented releases)."""

from __future__ import annotations

from tui.core.importer import read_source
from tui.core.importer.quotes import find_quotes


def quotes_of(text: str) -> list[tuple[str, str]]:
    source = read_source(text, ".txt")
    return [(" ".join(f.text.split()[:3]), f.person.name) for f in find_quotes(source.paragraphs).found]


def test_an_initial_before_the_given_name_stays_in_the_name() -> None:
    text = (
        "Ferrow Mills Names New Chief\n\n"
        "The board said its Chief Executive Officer and President, B. Thomas Ferrow, Jr., will retire in May.\n\n"
        "“It has been an honour to lead this company,” said Mr. Ferrow.\n"
    )
    assert quotes_of(text) == [("It has been", "B. Thomas Ferrow")]


def test_an_initial_after_an_honorific_stays_in_the_name() -> None:
    text = (
        "Address to the Islands\n\n"
        "Premier and Minister of Finance, Dr. the Honourable K. Robert Fenlow, OBE will address the islands on "
        "Monday, May 4.\n\n"
        "The address will be aired at 7:30 p.m. on all radio stations and on the government channel.\n\n"
        "An excerpt from the Honourable Premier’s speech: “As you know, my first aim was to grow the economy.”\n"
    )
    assert quotes_of(text) == [("As you know,", "K. Robert Fenlow")]


def test_a_middle_initial_makes_a_name_whose_given_name_is_unknown() -> None:
    text = (
        "Statements on the Ruling\n\n"
        "From Zorabel M. Tennant, Chair, Valley Rights Board:\n\n"
        "“This is a good day for every family in the valley,” said Zorabel Tennant, Chair of the Board.\n"
    )
    assert quotes_of(text) == [("This is a", "Zorabel M. Tennant")]


def test_a_word_before_a_number_is_a_label_not_a_surname() -> None:
    text = (
        "Residents March on Council\n\n"
        "Residents handed a memorandum to Lizzy Moroka Ward 12 councillor.\n\n"
        "“I only attend meetings of my own ward,” she said.\n"
    )
    assert quotes_of(text) == [("I only attend", "Lizzy Moroka")]


def test_a_year_after_a_place_name_is_no_label() -> None:
    text = (
        "Games Update\n\n"
        "IOC President Thomas Bach spoke in New York on Monday.\n\n"
        "Announcing that the IOC would invite refugees to the Olympic Games Rio de Janeiro 2016, President Bach "
        "added: “We will welcome them.”\n"
    )
    assert quotes_of(text) == [("We will welcome", "Thomas Bach")]


def test_an_acronym_between_a_role_and_a_name_is_an_aside() -> None:
    text = (
        "Falcons Honoured\n\n"
        "President of the Coastal Rowing Federation, CRF, Adaeze Okonkwo has congratulated the crew on their win.\n\n"
        "“You made the whole country proud,” he said.\n"
    )
    assert quotes_of(text) == [("You made the", "Adaeze Okonkwo")]
