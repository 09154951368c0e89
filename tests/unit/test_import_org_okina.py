"""An okina inside a word of a name ("Hawai‘i") does not cut the name."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def test_a_name_ending_in_a_word_with_an_okina_is_whole() -> None:
    finder = find_orgs(
        [
            "The Office of Hawaiian Affairs and the Green Party of Hawai‘i endorsed the plan on Monday.",
            "The Green Party of Hawai‘i said it would campaign across the islands.",
        ]
    )
    names = [o.name for o in finder.orgs.values()]
    assert "Green Party of Hawai‘i" in names
    assert "Green Party of Hawai" not in names


def test_an_opening_quote_after_a_space_is_no_part_of_a_name() -> None:
    finder = find_orgs(["The Kona Water Board called the plan ‘Fair’ on Monday, and the Kona Water Board met."])
    assert all("‘" not in o.name for o in finder.orgs.values())
