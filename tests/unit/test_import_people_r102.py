"""People's names (round 102): a sentence that opens with a cue verb ("Said Jo Roe, the mayor:") names the
speaker after the verb; the verb never becomes the name's first word ("Said" stays a given name before a surname)."""

from tests.support.importing import parsed_quotes
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
