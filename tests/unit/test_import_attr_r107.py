"""Quote attribution (round 107): a cue naming a person by a word of their name beats a person named since."""

from __future__ import annotations

from tests.support.importing import speakers


def test_given_name_cue_beats_a_person_named_since() -> None:
    text = (
        "Tram line reaches the harbour\n"
        "\n"
        "PELLMOUTH, 4 June 2025 – Engineer Ravid Solvang said on Tuesday that the new tram line would open in July.\n"
        "\n"
        "The line runs four kilometres from the station to the ferry quay.\n"
        "\n"
        "Trams will run every ten minutes during the day.\n"
        "\n"
        "Councillor Imke Varga praised the works at a meeting of the transport board.\n"
        "\n"
        "“Nobody will need a car to catch the morning ferry any more,” said Ravid.\n"
    )
    [(name, review)] = speakers(text)
    assert name == "Ravid Solvang"
    assert "Imke Varga" in review  # (the runner-up, close: still for review)


def test_surname_cue_beats_a_person_named_since_in_the_same_paragraph() -> None:
    text = (
        "Library doubles its opening hours\n"
        "\n"
        "ALDERBY, 2 May 2025 – Librarian Tomasz Reinholt said on Friday the library will open on Sundays.\n"
        "\n"
        "The change follows a survey of readers last winter.\n"
        "\n"
        "Volunteers will help the staff at weekends.\n"
        "\n"
        "A reading room for students opens in the autumn.\n"
        "\n"
        "New shelves were bought with a grant.\n"
        "\n"
        "The children's corner moves upstairs.\n"
        "\n"
        "Sanna Kivel was glad. “Families work all week, and Sunday is our day to read,” Reinholt said.\n"
    )
    assert [name for name, _review in speakers(text)] == ["Tomasz Reinholt"]


def test_given_name_shared_by_two_still_weighs_distance() -> None:
    text = (
        "Two chefs open a school\n"
        "\n"
        "VENTRA, 1 March 2025 – Chef Ilse Marrow opened a cooking school on Monday.\n"
        "\n"
        "The school teaches bread, pastry and soups.\n"
        "\n"
        "Her partner Ilse Dovrak teaches the evening classes.\n"
        "\n"
        "“We want every student to bake a loaf on the first day,” said Ilse.\n"
    )
    # (two people of that given name: the nearer is chosen, and flagged)
    [(name, review)] = speakers(text)
    assert name == "Ilse Dovrak"
    assert review
