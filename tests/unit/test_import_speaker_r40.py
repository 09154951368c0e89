"""Speakers and quotes (round 40): a name line ending with a dash, a dialogue dash for an opening
mark, titles and terms in quote marks, a role's place before a title, a namesake from a possessive,
a single-quoted paragraph, a quote cut by the excerpt's end."""

from tests.support.importing import parsed_quotes


def _quotes(text: str) -> list[tuple[str, str, bool]]:
    """(speaker, quote, flagged) for each quote of the draft."""
    return [(name, quote, bool(review)) for name, quote, review in parsed_quotes(text)]


def test_name_line_ending_with_a_dash_introduces_the_quote_under_it() -> None:
    text = (
        "Homes for workers\n\n"
        "RIVERTON, March 3 - Marta Quillfeather, mayor of Eastbrook –\n\n"
        "“We have seen strong growth across the valley. This investment lets the people who work here live here.”\n\n"
        "Tobias Vennholt, mayor of Greyharbour –\n\n"
        "“The town is proud to be part of this plan. Housing is the hardest problem we face in our community.”\n\n"
        "Ingrid Sollwater, CEO, Coastal Housing Association –\n\n"
        "“This is another investment into workforce housing, and we welcome it with open arms.”\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _f in said] == ["Marta Quillfeather", "Tobias Vennholt", "Ingrid Sollwater"]


def test_quote_opened_by_a_dialogue_dash_and_closed_by_a_mark() -> None:
    text = (
        "Plans for the harbour\n\n"
        "Norrvik Harbour Company has waited for the permits before it shows the plan to the public.\n\n"
        "- Since the plan was agreed, we have said that we will show as much of it as we can. The court has ruled, "
        'and we are working on it," says Pelle Ekwall, chairman of Norrvik Harbour Company.\n\n'
        "Work on the plan has started.\n\n"
        '- This is careful work that we do as fast as we can. Some parts will stay private," says Maja Lindqvor, '
        'CEO of the company. "Otherwise, we want to be open about all of it.\n'
    )
    said = _quotes(text)
    assert [(name, q.split()[0]) for name, q, _f in said] == [
        ("Pelle Ekwall", "Since"),
        ("Maja Lindqvor", "This"),
        ("Maja Lindqvor", "Otherwise,"),
    ], said


def test_book_title_after_the_cue_of_a_quote_is_no_part_of_it() -> None:
    text = (
        "New plants named\n\n"
        "DUNMORE -- The institute named its list of new plants.\n\n"
        '"We have found only a small part of the living plants of the world," said Odile Brackenfeld, director '
        'of the Seed Institute and author of "Where the Wild Seeds Hide: Stories of Fifty Rare New Plants" '
        "(Harbour Press, 2019).\n\nThe list is out each year.\n"
    )
    said = _quotes(text)
    assert [(name, q.split()[0]) for name, q, _f in said] == [("Odile Brackenfeld", "We")], said


def test_title_cased_span_in_a_subtitle_is_no_quote() -> None:
    text = (
        "Reply to the yearly rights report\n\n"
        "Secretary Morgan Echoes Youth Rights Group's Message to "
        '"Stand up and Speak for Those Without Their Own Voice"\n\n'
        "DUNMORE, May 4, 2021 – Talia Brennick, head of the Youth Rights Group, issued the following statement "
        "on the yearly report by Secretary Morgan.\n\n"
        '"Reports only bring change when they lead to action, not when they are put away for a year."\n'
    )
    said = _quotes(text)
    assert [(name, q.split()[0]) for name, q, _f in said] == [("Talia Brennick", "Reports")], said


def test_term_in_quotes_before_a_relative_clause_is_no_quote() -> None:
    text = (
        "Job descriptions for ministers\n\n"
        "The Government of Vallora announced a reform today. Prime Minister Colm Ardagh tabled a paper in "
        "Parliament. “These plans mark a step forward, and we aim to build our trust with the public,” said Mr Ardagh. "
        "Seeing the persistent “delivery gap” that has slowed earlier reforms, the government acknowledges the "
        "need to train its staff.\n"
    )
    said = _quotes(text)
    assert [(name, q.split()[0]) for name, q, _f in said] == [("Colm Ardagh", "These")], said


def test_words_before_a_title_and_a_given_name_qualify_the_role() -> None:
    text = (
        "Smoke alarms save a family\n\n"
        "At 4:10 a.m. today, firefighters answered a call to a house on Larkin Road.\n\n"
        "“The family woke up to the alarms and left the house at once,” advised Carson Battalion Chief "
        "Steve Oakhurst. “Working alarms can make all the difference.”\n\nNo one was hurt.\n"
    )
    said = _quotes(text)
    assert said and all(name == "Steve Oakhurst" for name, _q, _f in said), said


def test_advised_is_a_cue_verb() -> None:
    text = (
        "Beach warning\n\n"
        "Lifeguard Tom Pellow closed the north beach on Sunday.\n\n"
        "“Stay out of the water until the flags are back up,” advised Officer Greta Vanmoor.\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _f in said] == ["Greta Vanmoor"], said


def test_possessive_title_and_surname_is_the_person_already_named() -> None:
    text = (
        "Dean to step down\n\n"
        "HARTWELL - Mark T. Oskarsen, dean of the College of Arts, will step down in June.\n\n"
        '"I am ready to have more time with my family," said Oskarsen.\n\n'
        "Paul R. Venner, the provost, said the college valued his work.\n\n"
        '"Dean Oskarsen\'s care for the college is plain to see," he said.\n\n'
        "Oskarsen, a chemist by training, came to the college in 1999.\n\n"
        "Oskarsen said he felt proud of the college.\n\n"
        '"We have hired excellent new staff and teachers," he said.\n'
    )
    said = _quotes(text)
    assert [name for name, _q, _f in said] == ["Mark T. Oskarsen", "Paul R. Venner", "Mark T. Oskarsen"], said


def test_pronoun_after_a_subject_shared_by_namesakes_is_flagged() -> None:
    text = (
        "Award for two\n\n"
        "HARTWELL - Anna Kessler and her brother Tom Kessler won the prize for their work on rivers.\n\n"
        "The prize is given each year for work on water.\n\nIt was first given in 1950.\n\nThe jury met in May.\n\n"
        "Paul R. Venner, the provost, said the college valued their work.\n\n"
        '"This is a great day for the whole college," Venner said. "We are proud of them."\n\n'
        "Kessler, a chemist by training, came to the college in 1999.\n\n"
        "Kessler said he felt proud of the college.\n\n"
        '"We have worked hard for many years on this," he said.\n'
    )
    last = _quotes(text)[-1]
    assert last[0] != "Paul R. Venner" or last[2], last


def test_single_quoted_paragraph_with_the_stop_after_the_mark_is_speech() -> None:
    text = (
        "Floods in the delta\n\n"
        "Relief teams reached the delta on Monday.\n\n"
        "Omar Haddadin, Relief Aid Field Lead, said:\n\n"
        "‘Having arrived within a week of the floods, we see that the region needs your help. Roads are broken, "
        "and families are struggling to find food and clean water for their children’.\n\n"
        "The teams will stay for a month.\n"
    )
    said = _quotes(text)
    assert [(name, q.split()[0]) for name, q, _f in said] == [("Omar Haddadin", "Having")], said


def test_one_word_quote_cut_by_the_excerpt_end_is_kept_and_flagged() -> None:
    text = (
        "Team staff named\n\n"
        "OTTAWA - The staff for the Games were named today.\n\n"
        "“Every time we go to the Games, the demands grow,” said Ralph Dunmore, head of Cycling North.\n\n"
        "Jolene Marsh, head of Athletics North, added: “I\n"
    )
    said = _quotes(text)
    assert [(name, q, flagged) for name, q, flagged in said][-1] == ("Jolene Marsh", "I", True), said
