"""Speakers and quotes (round 46): a title in quote marks (an event's, a report's, a song's, a street's)
is no quote, though an attributed partial quote of a few words still is; a run of title words before a
name (abbreviated, or with an adjective such as Acting or Federal) is never part of the name."""

from tests.support.importing import parsed_quotes, registered

_quotes = parsed_quotes


def _said(text: str) -> list[str]:
    return [quote for _name, quote, _review in parsed_quotes(text)]


def test_a_title_cased_name_in_quote_marks_is_no_quote() -> None:
    text = (
        "Museum opens a new wing\n\n"
        "“The new wing doubles the space we can show,” said curator Odile Varnhagen.\n\n"
        "Visitors walk through rooms of a farmhouse and shops from “Market Lane.” "
        "The tour ends in the old schoolroom.\n"
    )
    said = _said(text)
    assert said == ["The new wing doubles the space we can show,"], said


def test_a_research_field_named_in_title_case_after_a_noun_is_no_quote() -> None:
    text = (
        "Lecture series opens\n\n"
        "The opening lecture was given by Tamsin Okorafor of the University of Brelham. "
        'As a pioneer of the young research field "Seeds of the Ocean", she spoke about tides and life.\n\n'
        "“We know far less about the deep sea than about the moon,” Okorafor said.\n"
    )
    said = _said(text)
    assert said == ["We know far less about the deep sea than about the moon,"], said


def test_a_publication_title_with_a_colon_subtitle_is_no_quote() -> None:
    text = (
        "Growers get a new guide\n\n"
        "“Results from the plots helped growers plan their season,” said agronomist Pieter Vandersloot.\n\n"
        'The 40-page booklet, "The Harvest Plan: A Field Guide for Better Soil," is free from county offices.\n'
    )
    said = _said(text)
    assert said == ["Results from the plots helped growers plan their season,"], said


def test_an_event_themed_or_titled_with_a_comma_is_no_quote() -> None:
    text = (
        "Forum in Lindau\n\n"
        "The ninth session of the forum is themed “Working together — reaching the goals of the decade”. "
        "Director Arvid Solheimsen opened it on Monday.\n\n"
        "A panel, titled, “A new map of trade and the future of the river ports,” closed the day.\n\n"
        "“We meet at a turning point for the region,” Solheimsen said.\n"
    )
    said = _said(text)
    assert said == ["We meet at a turning point for the region,"], said


def test_a_project_named_in_quote_marks_before_the_word_project_is_no_quote() -> None:
    text = (
        "Partners meet in Corvale\n\n"
        "“The partnership has grown every year,” said dean Halvard Ostrem.\n\n"
        "He also mentioned joint work such as the Reef Project and “Readiness of Small Farms for Online Trade” "
        "project.\n"
    )
    said = _said(text)
    assert said == ["The partnership has grown every year,"], said


def test_a_second_song_after_a_first_one_is_no_quote() -> None:
    text = (
        "Games open with music\n\n"
        "Singer Lorna Vasquez-Hale opened with her song ‘Lift the lanterns high' followed by ‘Come home to the "
        "valley' which got the crowd dancing. She then spoke about the founder: \"Her work taught us that "
        'everyone belongs here."\n'
    )
    said = _said(text)
    assert said == ["Her work taught us that everyone belongs here."], said


def test_a_term_after_the_wording_is_no_quote() -> None:
    text = (
        "Board answers on the mill\n\n"
        "“We will keep the mill running,” said chair Ingrid Osterlund.\n\n"
        "In the budget note, the wording “close down the plant” is used. The board called it a mistake.\n"
    )
    said = _said(text)
    assert said == ["We will keep the mill running,"], said


def test_a_partial_quote_after_a_cue_still_counts() -> None:
    text = (
        "Council backs the plan\n\n"
        "Mayor Felicity Armstrong-Bayle said the vote marked “a new chapter for the town” and thanked residents.\n"
    )
    said = _quotes(text)
    assert [(name, quote) for name, quote, _r in said] == [("Felicity Armstrong-Bayle", "a new chapter for the town")]


def test_a_partial_quote_called_by_its_speaker_still_counts() -> None:
    text = (
        "Council backs the plan\n\n"
        "Mayor Felicity Armstrong-Bayle called the result “a fair deal for every street” on Monday.\n"
    )
    said = _quotes(text)
    assert [(name, quote) for name, quote, _r in said] == [("Felicity Armstrong-Bayle", "a fair deal for every street")]


def test_abbreviated_titles_with_an_adjective_are_not_in_the_name() -> None:
    text = (
        "Road safety operation ends\n\n"
        "Acting Assistant Commissioner Rhys Tamberlane says fewer drivers were caught this year.\n\n"
        "“The message is getting through to most drivers,” Acting Asst Comm Tamberlane said.\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Rhys Tamberlane"], said


def test_an_adjective_and_a_title_word_before_a_full_name_are_not_in_the_name() -> None:
    text = (
        "Court opens an online portal\n\n"
        "The Federal Circuit Court opened its portal to the public on Monday.\n\n"
        "“The portal will save people in the country a long trip to town,” Chief Federal Magistrate "
        "Orville Penhallow added.\n"
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] == ["Orville Penhallow"], said


def test_a_title_cased_epithet_right_after_its_cue_verb_still_counts() -> None:
    text = (
        "Harbour dispute goes on\n\n"
        "The former minister Osric Delacroix-Vane called the town “The Quiet Harbour” and spoke of its trade. "
        "The council answered on Friday.\n"
    )
    said = _quotes(text)
    assert [(name, quote) for name, quote, _r in said] == [("Osric Delacroix-Vane", "The Quiet Harbour")], said


def test_a_title_cased_name_far_from_the_cue_is_no_quote() -> None:
    text = (
        "Harbour plan agreed\n\n"
        "Mayor Osric Delacroix-Vane said talks began in March as the council sought to use the port to set up "
        "a new “Harbour Quarter” for the town.\n"
    )
    assert _said(text) == [], _said(text)


def test_a_cue_verb_used_as_a_noun_after_an_ing_verb_is_no_cue() -> None:
    text = (
        "Mystery game at the museum\n\n"
        "There is always something new at the Brookvale Museum, and this month a mystery waits to be solved. "
        "Guide Wilma Trenholm explained \n\n"
        "“Groups of six work best,” she said. “They choose hats and canes.” Then they meet in the parlour. "
        "“We read the story to start the game, and players are given a\n\n"
        "The museum shows rooms from a farmhouse and shops from “Mill Row.” The players walk through the museum, "
        "finding clues and compiling notes on their cards. Clues are hidden in a box at the bank.\n\n"
        "“The game brings in a younger crowd,” Wilma said.\n"
    )
    said = _said(text)
    assert "Mill Row." not in said and len(said) == 4, said


def test_a_closing_mark_typed_after_a_colon_opens_the_quote() -> None:
    text = (
        "New head of the agency\n\n"
        "Marguerite Oyelaran-Finch, the new director of the agency, said:” For too long the river and the farms "
        "have been set against each other. That has to end.”\n"
    )
    said = _quotes(text)
    assert [(name, quote[:20]) for name, quote, _r in said] == [
        ("Marguerite Oyelaran-Finch", "For too long the riv")
    ], said


def test_a_body_named_after_someone_then_a_title_word_is_no_person() -> None:
    text = (
        "Ada Lovelace President's review looks ahead to new fields\n\n"
        "Speaking at the annual meeting in Corvale, Yusuf Oduya-Marchetti looked back on ten years of work.\n\n"
        "Oduya-Marchetti had set out the new approach before. The key, according to the society's President, "
        'is that we will be able to "look at old questions in a new way".\n'
    )
    said = _quotes(text)
    assert [name for name, _q, _r in said] != ["Ada Lovelace President"], said
    assert "Ada Lovelace President" not in registered(text)
