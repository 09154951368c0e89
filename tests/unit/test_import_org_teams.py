"""Teams named by their league (issue 24, round 14; invented texts): "The X of the Y League",
"X, a member of the Y League"."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    out: set[str] = set()
    for org in find_orgs(paragraphs).orgs.values():
        out |= {org.name, org.acronym, *org.aliases}
    return out - {""}


def test_a_team_of_a_league_is_a_body() -> None:
    names = _names(["The Tarnby Herons of the Coastal Junior Hockey League (CJHL) have never hosted the final."])
    assert "Tarnby Herons" in names, names


def test_a_team_that_is_a_member_of_a_league_is_a_body() -> None:
    names = _names(["The Brisk Falcons, a member of the Upland Junior Hockey League (UJHL), will host the cup."])
    assert "Brisk Falcons" in names, names


def test_a_person_in_a_league_is_not_a_body() -> None:
    names = _names(["Dana Whitfield, a member of the Upland Junior Hockey League board, said the cup was a joy."])
    assert "Dana Whitfield" not in names, names
