"""Two surnames, a title word that is a given name, a park that is no person, and songs or
speeches named in quote marks (issue 24, round 17s): invented releases in the shapes of real ones."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def drafted(text: str) -> list[tuple[str, str, str]]:
    """(speaker, first words, review note) of each drafted quote."""
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, " ".join(found.parts)[:24], found.review) for found, sid in d.quotes]


def test_first_of_two_surnames_names_the_person() -> None:
    text = (
        "Ministers meet on fuel prices\n\n"
        "Energy Minister Tomás Herrera Velasco today told reporters, “Prices will settle by the spring.”\n\n"
        "“The old quarrels over supply are behind us,” Herrera said. “We will meet every month.”\n"
    )
    assert [(who, start) for who, start, _ in drafted(text)] == [
        ("Tomás Herrera Velasco", "Prices will settle by th"),
        ("Tomás Herrera Velasco", "The old quarrels over su"),  # with its second part after the cue
    ]


def test_title_word_that_is_a_given_name_before_an_initial() -> None:
    text = (
        "Creek repair funded\n\n"
        "“The creek will be clean again within two years,” said Riverton Mayor Dean K. Ashford.\n"
    )
    assert [(who, start) for who, start, _ in drafted(text)] == [("Dean K. Ashford", "The creek will be clean ")]


def test_speaker_opening_with_an_initial_is_flagged() -> None:
    text = "Creek repair funded\n\n“The creek will be clean again within two years,” said Mayor K. Ashford.\n"
    found = drafted(text)
    assert [who for who, _, _ in found] == ["K. Ashford"]
    assert "initial" in found[0][2]


def test_park_after_a_given_name_is_no_person() -> None:
    text = (
        "Garden site chosen\n\n"
        "The site lies on Orchard Road, between Megan Park and a new housing estate.\n\n"
        "“Gardens bring people of every age together,” she said.\n"
    )
    assert all(who != "Megan Park" for who, _, _ in drafted(text))


def test_surname_park_with_an_initial_is_a_person() -> None:
    text = "Garden site chosen\n\n“Gardens bring people of every age together,” said Director Grace H. Park.\n"
    assert [who for who, _, _ in drafted(text)] == ["Grace H. Park"]


def test_songs_and_speech_titles_in_quote_marks_are_no_quotes() -> None:
    text = (
        "New year opens\n\n"
        "President Olive Marsh took the podium and delivered her address: “Open doors.” Later student "
        "Ravi Kumar sang Joan Baez's “Morning Road,” which fitted the day.\n\n"
        'When the band struck the chords on "Land of Hope," the class began its march, and Nia Bell '
        'read the poem "Rivers Forever," by a former teacher.\n'
    )
    assert drafted(text) == []
