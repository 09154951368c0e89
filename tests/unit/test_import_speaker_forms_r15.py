"""Speaker forms met on test7 (issue 24, round 15s): title-case post-nominals, a team that looks
like a name, "Dame" as a gender, "on behalf of" after a name, a pronoun cue after a named one,
a headline repeated as the first line, and spans that are no one's quote. Invented releases."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, first words) of each drafted quote."""
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, " ".join(found.parts)[:24]) for found, sid in d.quotes]


def test_post_nominal_letters_in_title_case_are_not_part_of_the_name() -> None:
    text = (
        "Rowing team named\n\n"
        "The team leader for the national rowing squad, Clara Whitfield Oam, said: “We have a strong crew this year.”\n"
    )
    assert quotes(text) == [("Clara Whitfield", "We have a strong crew th")]


def test_a_name_that_only_ever_heads_a_squad_is_a_team() -> None:
    text = (
        "Rose Dragons Squad Named\n\n"
        "Rose Dragons selectors named a 15-strong Rose Dragons Squad on Monday.\n\n"
        "Rose Dragons coach Dame Marewa Tane said the squad had depth.\n\n"
        "Tane said she wanted more from the young players in the Rose Dragons Squad.\n\n"
        "“The back line is where we have worked hardest this winter.”\n"
    )
    assert quotes(text) == [("Marewa Tane", "The back line is where w")]


def test_dame_makes_a_she_cue_hers() -> None:
    # "Marewa" is no known given name; "Hannah" is a woman's.
    text = (
        "Squad named\n\n"
        "Call-ups went to shooter Grace Lowe, while midcourter Hannah Price has been recalled to the squad.\n\n"
        "Head coach Dame Marewa Tane said in naming the squad, her aim was depth.\n\n"
        "The cup-winning coach said she would work with both squads.\n\n"
        "“We want every player to know the door is open,” she said.\n"
    )
    assert quotes(text) == [("Marewa Tane", "We want every player to ")]


def test_on_behalf_of_ends_the_name_after_a_verb_first_cue() -> None:
    text = (
        "Delegates thank outgoing chief\n\n"
        "Members praised Secretary-General Tomas Ekdahl for his leadership, as he prepares to step down.\n\n"
        "Dr. Ekdahl received warm accolades at his last board meeting.\n\n"
        "“We can see the fruit of your work in every region,” said Imran Qadir on behalf of member countries "
        "of the Group of 77 and China.\n"
    )
    assert quotes(text) == [("Imran Qadir", "We can see the fruit of ")]


def test_a_pronoun_cue_after_the_quote_is_the_named_cue_before_it() -> None:
    text = (
        "Residents build an office\n\n"
        "Ward councillor Xolisa Bhengu said the settlement had waited for years.\n\n"
        "Resident Thandeka Mvula, who helped to paint the new office, said, “Officials never came here, "
        "so we built our own office,” he said.\n"
    )
    assert quotes(text) == [("Thandeka Mvula", "Officials never came her")]


def test_a_headline_repeated_as_the_first_line_holds_no_quote() -> None:
    text = (
        "Lord Mayor of Greystone says Thank you\n\n"
        'Lord Mayor of Greystone says "Thank you"\n\n'
        "Lord Mayor of Greystone Ciaran Doyle says “I would like to thank everyone for their patience.”\n"
    )
    assert quotes(text) == [("Ciaran Doyle", "I would like to thank ev")]


def test_a_title_of_a_place_is_not_a_surname() -> None:
    text = (
        "Thanks from the Mayor\n\n"
        "Mayor of Greystone Ciaran Doyle opened the bridge.\n\n"
        'The Mayor of Greystone says "Thank you for your patience"\n'
    )
    assert [s for s, _ in quotes(text)] in ([], ["Ciaran Doyle"])


def test_lower_case_phrases_of_a_document_are_no_ones_quotes() -> None:
    text = (
        "Alumni match gifts\n\n"
        "In April, Dean Rachel Moore appealed to the alumni for funds.\n\n"
        "According to the terms of the offer, the funds are to “keep small classes open for students” "
        "and to “protect teaching in the College.” Trustees gave $100,000.\n"
    )
    assert quotes(text) == []


def test_a_quoted_project_title_is_not_a_quote() -> None:
    text = (
        "Sea floor study\n\n"
        "Professor Lena Strand and her team have returned from the Baltic.\n\n"
        "In the project “Mercury in Baltic Sea mud: what it means for monitoring and action plans” "
        "the researchers measure metals in the mud.\n"
    )
    assert quotes(text) == []


def test_a_narrative_paragraph_with_a_stray_closing_mark_is_not_a_quote() -> None:
    text = (
        "Hot day\n\n"
        "“All our crews are on the ground today,” Commissioner Ola Berg said.\n\n"
        "Commissioner Berg said at least 20 fire trucks had been sent to the bushfires in the north (as at 3pm),” "
        "he said.\n"
    )
    assert quotes(text) == [("Ola Berg", "All our crews are on the")]


def test_guard_an_unopened_quote_is_still_read() -> None:
    # The 13s shape: the opening mark left out, the closer and a cue there.
    text = (
        "Annual meeting\n\n"
        "Chair Marta Olsen opened the meeting.\n\n"
        "We gather this week to plan the next ten years of work,” said Olsen. “We are proud of the team.”\n"
    )
    assert [s for s, _ in quotes(text)][:1] == ["Marta Olsen"]


def test_guard_an_attributed_partial_quote_stays() -> None:
    text = "Council vote\n\nCouncillor Aine Walsh said the plan was “a real step forward” for the town.\n"
    assert quotes(text) == [("Aine Walsh", "a real step forward")]


def test_guard_a_phrase_after_a_pronoun_cue_in_the_paragraph_stays_his() -> None:
    text = (
        "Library plans\n\n"
        "Director Tom Hale spoke to the board on Monday.\n\n"
        'But, he said, "Books are not going away." Some of the "same old books will stay on our shelves."\n'
    )
    assert [s for s, _ in quotes(text)] == ["Tom Hale", "Tom Hale"]
