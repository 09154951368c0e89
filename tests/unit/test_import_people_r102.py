"""People's names (round 102): a sentence that opens with a cue verb ("Said Jo Roe, the mayor:") names the
speaker after the verb; the verb never becomes the name's first word ("Said" stays a given name before a surname).
Round 111: so does "Said Roe of the plan, “…”" (the topic between the name and the quote), and "Clr"/"Cr"
are councillors' titles like "Cllr"."""

import pytest

from tests.support.importing import parsed_quotes, registered
from tui.core.importer.people import cue_verb_cut, is_person_name


def test_a_cue_verb_opening_the_line_is_not_part_of_the_name() -> None:
    text = (
        "Harbour trust welcomes new grant\n\n"
        "The Calderport Harbour Trust received a grant for its sea wall on Monday.\n\n"
        "Said Mara Quinlan, director and chair at the Calderport Harbour Trust:\n\n"
        "\u201cThe grant lets us finish the sea wall before the winter storms reach the old quay.\u201d\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Mara Quinlan"], found


def test_a_name_opening_with_a_cue_verb_is_no_person_name() -> None:
    assert not is_person_name("Said Mara Quinlan")
    assert not is_person_name("Added Mara Quinlan")
    assert cue_verb_cut("Explained Tom Ardley") == "Tom Ardley"
    assert cue_verb_cut("Said Karimov") == "Said Karimov"  # a given name before a surname
    assert cue_verb_cut("Said Roe") == "Said Roe"


@pytest.mark.parametrize("topic", ["of the appointment", "about the new post", "on her first season"])
def test_a_cue_verb_before_a_surname_and_a_topic_names_the_known_person(topic: str) -> None:
    text = (
        "Rowing club names a new coach\n\n"
        "The Westmere Rowing Club appointed Ms Ilse Varnholt as head coach on Friday. "
        "Varnholt rowed for the club for twelve years.\n\n"
        f"Said Varnholt {topic}, \u201cI am proud to coach the crews I once rowed with.\u201d\n"
    )
    found = parsed_quotes(text)
    assert [(who, review) for who, _quote, review in found] == [("Ilse Varnholt", "")], found
    assert registered(text) == ["Ilse Varnholt"]


def test_a_cue_verb_before_a_full_name_and_a_topic_is_no_part_of_the_name() -> None:
    text = (
        "Library opens a reading room\n\n"
        "The Brenmoor Library opened a reading room for children on Monday.\n\n"
        "Said Tobias Ferrell of the opening: \u201cEvery child here can now find a quiet corner to read.\u201d\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Tobias Ferrell"], found


@pytest.mark.parametrize("title", ["Clr", "Clr.", "Cr", "Cr."])
def test_clr_and_cr_are_a_councillors_title(title: str) -> None:
    text = (
        "Town hall backs the harbour festival\n\n"
        "The mayor of Lindqvist Bay, Councillor Oda Mercer, welcomed the plan on Tuesday.\n\n"
        f"\u201cThe festival brings the whole town to the water,\u201d {title} Mercer said.\n\n"
        f"\u201cEvery stall holder gets a free pitch this year,\u201d {title} Mercer added.\n"
    )
    found = parsed_quotes(text)
    assert [(who, review) for who, _quote, review in found] == [("Oda Mercer", ""), ("Oda Mercer", "")], found


def test_cr_as_a_chemical_symbol_or_a_code_makes_no_person() -> None:
    text = (
        "Tannery halves its chromium waste\n\n"
        "The Oxbury Tannery said on Monday that Cr levels in its waste water fell by half. "
        "Its permit, CR 2041, runs to 2030.\n\n"
        "\u201cWe changed the whole tanning line to do it,\u201d said works manager Hanne Brodalsen.\n"
    )
    assert registered(text) == ["Hanne Brodalsen"]
