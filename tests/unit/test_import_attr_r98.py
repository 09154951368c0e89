"""Round 98: attribution and quote finding (invented texts)."""

from __future__ import annotations

from tests.support.importing import parsed_quotes


def test_a_pronoun_cue_after_a_lead_sentence_taken_for_the_title_means_the_person_it_names() -> None:
    # No title line: the first paragraph, a whole sentence, is taken for the title. The person it
    # introduces is the one the first "he said" means (flagged or not, the quote is drafted for him).
    text = (
        "Speaking on the radio on Monday, our president and chief executive, David Halloran, praised the "
        "port authority for its plans to widen the harbour channel and open new berths.\n\n"
        "“It tells the shipping lines that the port is serious about growth, and that it keeps its word,” "
        "he said.\n\n"
        "The works start in spring.\n"
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["David Halloran"]


def test_a_title_in_marks_that_is_the_subject_of_its_sentence_is_no_quote() -> None:
    text = (
        "Harbour Trust turns fifty\n\n"
        "The Kelport Harbour Trust, a charity that runs the old docks, marked its fiftieth year this month. "
        "“We are proud of what the town has kept of its past,” said its director, Laura Penhale.\n\n"
        "To mark the occasion, the trust launched a book which documents the history of the docks. “Out of the "
        "fog into the light: The story of our harbour” charts the story of a trade that grew from one pier.\n"
    )
    quotes = [quote for _name, quote, _review in parsed_quotes(text)]
    assert quotes == ["We are proud of what the town has kept of its past,"]


def test_a_pronoun_cue_after_a_list_of_guests_means_the_speaker_before() -> None:
    text = (
        "Minister opens new station\n\n"
        "Interior Minister Robert Kellan opened the new fire station in Dunmore on Friday.\n\n"
        "“A town that trusts its firefighters is a safer town,” Minister Kellan said at the ceremony.\n\n"
        "Among those present were Mayor Sir George Fenwick, Chief Fire Officer Daniel Mercer and the "
        "Reverend Thomas Albright.\n\n"
        "“This station is a promise kept to the people of the valley,” he added.\n"
    )
    speakers = [name for name, _quote, _review in parsed_quotes(text)]
    assert speakers == ["Robert Kellan", "Robert Kellan"]


def test_a_phrase_in_single_marks_right_after_said_and_an_article_is_a_partial_quote() -> None:
    text = (
        "Shops report trouble\n\n"
        "Inspector Helen Marchant said a ‘small minority’ of young people were causing trouble in the high "
        "street, going into shops and shouting at staff.\n\n"
        "Officers will patrol the area this weekend.\n"
    )
    assert [(name, quote) for name, quote, _review in parsed_quotes(text)] == [("Helen Marchant", "small minority")]
