"""Round 113: a place's possessive inside a body's name ("Sport Kestrel’s Bay") is one name, not an owner."""

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {org.name for org in find_orgs(paragraphs).orgs.values()}


def test_a_place_with_a_possessive_ends_a_body_of_the_place() -> None:
    names = _names(
        [
            "She led the Community Foundation of Kestrel’s Bay for six years.",
            "Grants came from the Rowing Club of Tarner’s Point in May.",
        ]
    )
    assert "Community Foundation of Kestrel’s Bay" in names
    assert "Rowing Club of Tarner’s Point" in names
    assert "Community Foundation of Kestrel" not in names


def test_a_body_named_for_a_possessive_place_keeps_the_place_whole() -> None:
    names = _names(
        [
            "Sport Kestrel’s Bay chief executive Tom Reed said the season would start soon.",
            "Volunteers from Arts Dunmore’s Creek staff the gallery, and Arts Dunmore’s Creek members vote.",
        ]
    )
    assert "Sport Kestrel’s Bay" in names
    assert "Arts Dunmore’s Creek" in names
    assert "Sport Kestrel" not in names
    assert "Arts Dunmore" not in names


def test_an_owner_and_its_body_or_post_are_still_read_apart() -> None:
    names = _names(
        [
            "Varnia’s Interior Ministry said the roads were open.",
            "The Council of Ardenia’s Secretary General spoke in Brell.",
            "Harlow Group’s Asia staff met.",
            "Tolvane Brewing’s Taproom staff welcomed guests. Tolvane Brewing said it would open at noon.",
        ]
    )
    assert "Tolvane Brewing" in names and "Tolvane Brewing’s Taproom" not in names, names
    assert "Varnia’s Interior Ministry" in names
    assert "Council of Ardenia" in names
    assert not any("Secretary" in n for n in names)
    assert "Harlow Group" in names
