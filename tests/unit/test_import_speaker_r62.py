"""Speakers and quotes (round 62): a Title Case headline's verb and nouns taken into a person's name."""

from tests.support.importing import speakers
from tui.core.importer.people import Known
from tui.core.importer.quotes import _name_note


def test_a_title_case_headline_verb_ends_the_name() -> None:
    text = (
        "County Board Meeting Held Today\n\n"
        "Sheriff Ana Velkamp Outlined Plans to Cut Response Times Across the County\n\n"
        "The county board met for the first time on Tuesday to review emergency services.\n\n"
        "“We can reach every village faster if we share the dispatch centre with our neighbours,” said "
        "Sheriff Ana Velkamp. “The work starts in the spring.”\n\n"
        "“Every minute saved on the road is a life we may keep.” said Sheriff Ana Velkamp.\n"
    )
    assert [name for name, _review in speakers(text)] == ["Ana Velkamp", "Ana Velkamp"]


def test_a_name_holding_words_the_text_writes_in_lower_case_is_flagged() -> None:
    paragraphs = [
        "Mayor Ilsa Brandt Charts Plans for the Harbour",
        "The mayor set out her plans for the harbour on Monday.",
        "“We will open the quay to visitors by June,” said Ilsa Brandt Charts Plans.",
    ]
    note = _name_note(Known("Ilsa Brandt Charts Plans"), "", "Ilsa Brandt Charts Plans", paragraphs)
    assert "lower case" in note
