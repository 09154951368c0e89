"""Round 29: an Indian or Danish company's legal form ("Pvt. Ltd.", "A/S") is part of its
name, and two capitals used alone are the acronym of a longer name they spell."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> dict[str, tuple[str, list[str]]]:
    return {o.name: (o.acronym, o.aliases) for o in find_orgs(paragraphs).orgs.values()}


def test_a_private_limited_company_keeps_its_legal_form() -> None:
    names = _names(
        [
            "PUNE, March 3: Korvane Castings Pvt. Ltd., a maker of valves, is to build a plant.",
            "Ms. Tara Ingle, Chairman of Korvane Castings, signed the plan.",
        ]
    )
    assert "Korvane Castings Pvt. Ltd." in names or any(
        "Korvane Castings Pvt. Ltd." in aliases for _, aliases in names.values()
    )


def test_a_danish_company_keeps_a_s() -> None:
    names = _names(["Aarhus, Denmark – Velbro Medical A/S announces that Jens Holt will join as CEO."])
    assert "Velbro Medical A/S" in names


def test_two_capitals_used_alone_join_the_three_word_name_they_spell() -> None:
    names = _names(
        [
            "The University of Zarvona welcomed new students on Monday.",
            "The vice chancellor said that unlike other colleges, UZ did not offer a spectator sport.",
            "He said UZ promoted learning by doing, and UZ had its share of trouble.",
        ]
    )
    assert names.get("University of Zarvona", ("", []))[0] == "UZ"
    assert "UZ" not in names


def test_two_capitals_do_not_join_a_two_word_name() -> None:
    names = _names(
        [
            "Zelmar Union said on Monday that sales rose.",
            "The vice chancellor said that unlike other clubs, ZU did not offer a spectator sport.",
            "He said ZU promoted learning by doing, and ZU had its share of trouble.",
        ]
    )
    assert names.get("Zelmar Union", ("", []))[0] == ""
