"""Round 49o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _names(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_a_countrys_team_named_with_its_kind_is_a_body() -> None:
    names = _names(
        "Squads Named For The Spring Series\n\n"
        "The Ireland Women’s Rugby team will meet the Canada national team twice in April. "
        '"We have waited a long time for this," said Orla Brennock, who captains the side.\n\n'
        'The Great Britain Rowing Team also named its crew. "They are ready," said Tom Ashdale.\n'
    )
    assert {"Ireland Women’s Rugby team", "Canada national team", "Great Britain Rowing Team"} <= names, names


def test_a_bare_country_team_or_a_team_inside_a_longer_name_is_no_body() -> None:
    names = _names(
        "Visitors Arrive\n\n"
        "The Portugal team landed on Sunday, and Team Harmony Services drove them to the hotel. "
        '"It was a smooth trip," said Lina Morvel, the team manager.\n'
    )
    assert "Portugal team" not in names and "Team Harmony" not in names, names
