"""Teams named by their league (issue 24, round 14; invented texts): "The X of the Y League",
"X, a member of the Y League"."""

from __future__ import annotations

from tests.support.importing import org_forms


def test_a_team_of_a_league_is_a_body() -> None:
    names = org_forms(["The Tarnby Herons of the Coastal Junior Hockey League (CJHL) have never hosted the final."])
    assert "Tarnby Herons" in names, names


def test_a_team_that_is_a_member_of_a_league_is_a_body() -> None:
    names = org_forms(["The Brisk Falcons, a member of the Upland Junior Hockey League (UJHL), will host the cup."])
    assert "Brisk Falcons" in names, names


def test_a_person_in_a_league_is_not_a_body() -> None:
    names = org_forms(["Dana Whitfield, a member of the Upland Junior Hockey League board, said the cup was a joy."])
    assert "Dana Whitfield" not in names, names
