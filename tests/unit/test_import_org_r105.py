"""Round 105: a body named by its remit, with the remit's further fields listed after commas."""

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {org.name for org in find_orgs(paragraphs).orgs.values()}


def test_ministry_named_with_a_list_of_fields_keeps_the_whole_list() -> None:
    names = _names(
        [
            "The Ministry of Fishing, Forestry, Rural Roads and Co-Operatives has started a drive to plant trees.",
            "Meanwhile, the Fund to Fight Measles, Dengue and Cholera praised the plan.",
        ]
    )
    assert "Ministry of Fishing, Forestry, Rural Roads and Co-Operatives" in names
    assert "Fund to Fight Measles, Dengue and Cholera" in names
    assert "Ministry of Fishing" not in names


def test_a_person_after_the_comma_is_no_field() -> None:
    names = _names(["The Ministry of Health, Ana Reis and the mayor met on Friday."])
    assert "Ministry of Health" in names
