"""A person, "and", then a title whose first words name a body: "Mayor Ana Reis and Police
Commissioner Rui Lobo" names no "Reis and Police" (issue 24, round 8; invented texts)."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _main_names(paragraphs: list[str]) -> set[str]:
    return {o.name for o in find_orgs(paragraphs, None).orgs.values()}


def test_a_person_and_a_title_are_no_organization() -> None:
    names = _main_names(
        [
            "Mayor Ana Reis and Police Commissioner Rui Lobo today announced a task force.",
            "Joining the Mayor and Police Commissioner Lobo were members of the Tavira Harbour Board.",
            "Last Friday, Director Lobo and General Council Chairman Ivo Sousa issued a draft text.",
        ]
    )
    # ("General Council" alone is a body named only by kind: not kept, whoever it is.)
    assert "Tavira Harbour Board" in names, names
    assert not any(" and " in n for n in names), names


def test_a_name_with_and_before_a_title_stays_whole() -> None:
    names = _main_names(["Ministry of Trade and Industry Minister Ana Reis opened the fair."])
    assert "Ministry of Trade and Industry" in names, names


def test_a_body_named_with_and_before_a_title_stays_whole() -> None:
    names = _main_names(
        [
            "Tavira Water and Sewerage Authority Chairman Rui Lobo opened the plant.",
            "The Parks and Wildlife Commission Chairman spoke next.",
        ]
    )
    assert {"Tavira Water and Sewerage Authority", "Parks and Wildlife Commission"} <= names, names
