"""Round 34o: a one-word name the text also writes after a known place (invented texts)."""

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {org.name for org in find_orgs(paragraphs).orgs.values()}


def test_team_word_with_its_town_takes_the_longer_name() -> None:
    got = _names(
        [
            "The Brisbane Stingers backed the league's decision and told fans the Stingers would be ready.",
            "Stingers CEO Jane Doe said the club respects the decision.",
        ]
    )
    assert "Brisbane Stingers" in got and "Stingers" not in got


def test_word_never_after_a_place_stays() -> None:
    got = _names(
        [
            "The Mighty Stingers backed the decision and told fans the Stingers would be ready.",
            "Stingers CEO Jane Doe said the club respects the decision.",
        ]
    )
    assert "Mighty Stingers" not in got
