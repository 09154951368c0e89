"""Round 38o: a field word ("Research", "Media") ending a body's name is kept (invented texts)."""

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {org.name for org in find_orgs(paragraphs).orgs.values()}


def test_research_ending_a_charity_name_is_kept() -> None:
    got = _names(
        [
            "The charity Harbour Lung Research has pledged £2 million to new projects.",
            "Dr Ana Lobo, Chief Executive of Harbour Lung Research, said the work was vital.",
        ]
    )
    assert "Harbour Lung Research" in got
    assert "Harbour Lung" not in got


def test_media_ending_a_company_name_is_kept() -> None:
    got = _names(["The company Quillon Media has bought two stations.", "Quillon Media said the deal closed."])
    assert "Quillon Media" in got
    assert "Quillon" not in got


def test_field_word_before_a_role_is_still_cut() -> None:
    # "Research Director" is the role; the body is "Borexco".
    got = _names(["“We are pleased,” said Ian Vale, Borexco Research Director, on Monday."])
    assert "Borexco Research" not in got


def test_field_word_after_a_place_alone_is_cut() -> None:
    # "Canada Research Chair" is a post, not the body "Canada Research".
    got = _names(["Dr. Ana Lobo (biology, Canada Research Chair in ocean research) will lead the project."])
    assert "Canada Research" not in got
