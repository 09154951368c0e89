"""How `briefing import` cuts quotes: one quote over several paragraphs, titles and scare quotes
that stay in the text (invented releases, in the styles real ones use)."""

from __future__ import annotations

from tui.core.importer import read_source
from tui.core.importer.quotes import find_quotes


def quotes_of(text: str) -> list[tuple[str, str]]:
    """(first words, speaker's name) of each quote of a plain-text release."""
    source = read_source(text, ".txt")
    return [(" ".join(f.text.split()[:4]), f.person.name) for f in find_quotes(source.paragraphs).found]


def test_a_quote_split_by_its_cue_goes_on_in_the_next_paragraph() -> None:
    text = (
        "Ferry line opens\n\n"
        "“We waited ten years for this boat,” said Mayor Ilse Varga. “The island has a link at last, "
        "and the shops will feel it by summer.\n\n"
        "“I am also glad that the fares stay low for the people who live here all year round.”\n"
    )
    assert quotes_of(text) == [("We waited ten years", "Ilse Varga")]


def test_lines_that_each_end_a_sentence_are_paragraphs_though_no_blank_line_parts_them() -> None:
    text = (
        "Harbour inquiry\n\n"
        "Premier Lena Hoskins and Minister Carl Dobbs opened an inquiry into the harbour works today.\n\n"
        "“We are setting up this inquiry because every option must be on the table for the town and its people.”\n"
        "Harbour Master Ruth Okafor said, “Safety on the quay is the first thing we look at, every single day.\n"
        "“The boats that come in at night are the ones that worry us the most, and we will say so.”\n"
    )
    source = read_source(text, ".txt")
    assert len(source.paragraphs) == 4
    assert quotes_of(text)[1:] == [("Safety on the quay", "Ruth Okafor")]


def test_a_text_wrapped_to_a_width_stays_one_paragraph() -> None:
    text = (
        "Harbour inquiry\n\n"
        "Premier Lena Hoskins and Minister Carl Dobbs opened an inquiry into the\n"
        "harbour works today. The inquiry will report by the end of the year.\n"
        "It will hear from the workers first.\n\n"
        "Hearings start in May.\n"
    )
    assert len(read_source(text, ".txt").paragraphs) == 2


def test_a_name_after_called_or_the_is_a_title_not_a_quote_even_without_a_cue() -> None:
    text = (
        "Comics on Sundays\n\n"
        "Cartoonist Mira Olsen of the Valley Gazette will host a series of live drawing shows called “Ink Wars.” "
        "Readers can send in their own strips.\n\n"
        "Olsen told the young artists that they are the “real stars,” and gave each of them a sketchbook.\n"
    )
    assert quotes_of(text) == []


def test_a_name_after_a_capitalised_body_and_a_comma_is_still_met() -> None:
    text = (
        "Rural fund meets\n\n"
        "In her address to the Annual Council, Adaeze K. Obiora, President of the Rural Savings Fund (RSF), "
        "asked members to back small farms.\n\n"
        "“Small farms feed most of the region and they need credit,” Obiora told delegates.\n"
    )
    assert quotes_of(text) == [("Small farms feed most", "Adaeze K. Obiora")]


def test_the_last_words_of_a_title_s_field_are_not_part_of_the_name() -> None:
    text = (
        "Safer buildings\n\n"
        "“Owners will get help to strengthen old brick buildings,” says Minister for Housing and Planning "
        "Rosa Tamaki. “The work starts in March.”\n"
    )
    assert quotes_of(text) == [("Owners will get help", "Rosa Tamaki")]


def test_a_body_named_after_a_person_is_not_a_speaker() -> None:
    text = (
        "New unit opens\n\n"
        "Superintendent Dara Voss, head of the cyber desk at the Royal Mercian Police, opened the unit.\n\n"
        "Students may apply for the Maria Keller Scholarship until May.\n\n"
        "“We will answer every report within a day,” she said.\n"
    )
    assert quotes_of(text) == [("We will answer every", "Dara Voss")]


def test_a_cue_alone_in_the_paragraph_before_the_quote_names_its_speaker() -> None:
    text = (
        "Knife crime\n\n"
        "After two stabbings in Eastfold last night, the Commissioner Ilvane Quist speaks about the force’s work.\n\n"
        "The Commissioner said:\n\n"
        "“I have spoken too often of the waste of young lives. Two more families grieve today.\n\n"
        "“Our detectives are at work and will find those responsible. If you know something, tell us.\n\n"
        "“Eastfold must come together. There is a role for all of us in this.”\n"
    )
    assert quotes_of(text) == [("I have spoken too", "Ilvane Quist")]


def test_a_straight_mark_may_open_a_quote_that_a_curly_one_closes() -> None:
    text = (
        "Comics in print\n\n"
        '"Seeing our strips in the Sunday paper is a big day for the studio,” said Omar Lindqvist. '
        "“I have always believed in stories told a panel at a time.”\n"
    )
    assert quotes_of(text) == [("Seeing our strips in", "Omar Lindqvist")]


def test_a_surname_with_two_particles_after_a_month_given_name() -> None:
    text = (
        "Grants for families\n\n"
        "Announcing the grants, Housing Minister June van der Berg said the money would be shared.\n\n"
        "Also at the launch, Professor Fiona Tallis, head of the Child Research Centre, spoke.\n\n"
        "“Small groups across the state are invited to apply for these grants now,” Mrs van der Berg said.\n"
    )
    assert quotes_of(text) == [("Small groups across the", "June van der Berg")]


def test_a_name_cut_at_a_known_given_name_is_flagged_for_review() -> None:
    text = (
        "Suspects arrested\n\n"
        "The National Commissioner of Police, General Xolile Thabo John Mabaso has praised the officers.\n\n"
        "“The speed of this arrest shows what the activation plan can do for every community,” "
        "said General Mabaso.\n"
    )
    found = find_quotes(read_source(text, ".txt").paragraphs).found
    assert [f.person.name for f in found] == ["John Mabaso"]
    assert "Xolile Thabo John Mabaso" in found[0].review
