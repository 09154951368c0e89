"""Speakers and quotes (round 54): Malay honorifics after an office "of" a body, "binti" names, a name
cut after a given name flagged, partial quotes in single marks in reported speech."""

from tests.support.importing import parsed_quotes, registered, speakers


def test_an_honorific_after_an_office_of_a_body_is_no_part_of_the_body() -> None:
    text = (
        "Police warn against unrest\n\n"
        "Inspector General of Police Tan Sri Rahim Ismadi Hasnul warned that such action was unlawful.\n\n"
        "“We are going after those who stir up trouble,” he told reporters after a ceremony.\n"
    )
    found = speakers(text)
    assert [name for name, _review in found] == ["Rahim Ismadi Hasnul"], found


def test_a_two_word_honorific_at_a_sentence_start_is_no_part_of_the_name() -> None:
    text = (
        "Minister opens new bridge\n\n"
        "Datuk Seri Rahim Ismadi Hasnul opened the new river bridge on Monday.\n\n"
        "“This bridge joins two towns that have waited forty years,” he said.\n"
    )
    assert registered(text) == ["Rahim Ismadi Hasnul"]


def test_a_binti_name_is_one_name() -> None:
    text = (
        "Library wins award\n\n"
        "Puan Sri Norlia binti Kamarul Yusri opened the new reading room on Monday.\n\n"
        "“Every child deserves a quiet place to read,” she said.\n"
    )
    found = speakers(text)
    assert [name for name, _review in found] == ["Norlia binti Kamarul Yusri"], found


def test_a_speaker_always_written_after_a_given_name_is_flagged() -> None:
    # The registry reads "Abu Hasnul" only (as a body's words run on into the name): the text never
    # writes it alone, always after the given name "Rahim": the name may begin before it.
    from tui.core.importer.quotes import front_cut

    paragraphs = ["Chief Rahim Abu Hasnul warned such action was unlawful.", "“We will act,” he said."]
    assert front_cut(paragraphs, "Abu Hasnul") == "Rahim"
    assert front_cut([*paragraphs, "Abu Hasnul later left."], "Abu Hasnul") == ""
    assert front_cut(["The chief, Professor Abu Hasnul, spoke."], "Abu Hasnul") == ""


def test_partial_quotes_in_single_marks_in_reported_speech_are_quotes() -> None:
    text = (
        "Rangers vow to find vandals\n\n"
        "Sergeant Mara Teldon of Brookvale Ranger Station told reporters that ‘a full review’ of the "
        "damage was now under way.\n\n"
        "She said that over the long weekend it had been ‘a very hard few days’ for staff at the park.\n\n"
        "Staff are worried about the ‘summer rush’ this year.\n\n"
        "He said that the park offers a ‘hands off’ style of camping for older children.\n"
    )
    quotes = [(name, quote) for name, quote, _review in parsed_quotes(text)]
    assert quotes == [("Mara Teldon", "a full review"), ("Mara Teldon", "a very hard few days")], quotes


def test_a_single_mark_phrase_in_a_paragraph_with_double_marks_is_no_quote() -> None:
    text = (
        "Rangers vow to find vandals\n\n"
        "“We will find them,” said Sergeant Mara Teldon, who told reporters that ‘a full review’ was under way.\n"
    )
    quotes = [quote for _name, quote, _review in parsed_quotes(text)]
    assert quotes == ["We will find them,"], quotes


def test_a_cue_ending_the_sentence_of_a_quoted_phrase_attributes_it() -> None:
    text = (
        "Rangers vow to find vandals\n\n"
        "Sergeant Mara Teldon spoke to reporters on Monday about the damage at the park.\n\n"
        "Many ‘small fires’ were put out by staff before they spread, she said.\n\n"
        "“We were lucky the wind dropped,” she said.\n"
    )
    quotes = [(name, quote) for name, quote, _review in parsed_quotes(text)]
    assert quotes == [("Mara Teldon", "small fires"), ("Mara Teldon", "We were lucky the wind dropped,")], quotes
