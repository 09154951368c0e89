"""Round 106: a country written after a body's head noun, then the clause's verb with no comma."""

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {org.name for org in find_orgs(paragraphs).orgs.values()}


def test_country_after_the_head_then_any_verb_is_part_of_the_name() -> None:
    names = _names(
        [
            "Meridale Savings Bank Uganda opened its hundredth branch in the north last week.",
            "Campaigners from the Tenant Justice Coalition Kenya have asked the court to act.",
        ]
    )
    assert "Meridale Savings Bank Uganda" in names
    assert "Tenant Justice Coalition Kenya" in names
    assert "Meridale Savings Bank" not in names


def test_a_place_that_is_not_after_a_head_stays_out() -> None:
    names = _names(["Officials at Harlow Council Kenya visited, and Brenmoor Trust staff came too."])
    assert "Brenmoor Trust" in names


def test_a_town_or_compass_word_before_a_noun_is_not_joined() -> None:
    names = _names(["Crews fought fires over the Bank Holiday weekend, and the Corran League South divisions rested."])
    assert "Bank Holiday" not in names
    assert "Corran League South" not in names
