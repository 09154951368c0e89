"""Organization shapes of round 33 (invented texts): a heading's name glued to the first word of
the next sentence, and "Branch" as the head of a unit (not in the post "Branch Manager")."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _names(*paragraphs: str) -> set[str]:
    return {org.name for org in find_orgs(list(paragraphs)).orgs.values()}


def test_a_heading_name_glued_to_the_next_sentence_is_cut() -> None:
    names = _names(
        "Interview with Jo Marsh, PhD, Department of Marine Studies Pellworth is being sued by its former divers.",
        "Jo Marsh, a lecturer at the Department of Marine Studies, said the divers were never warned.",
    )
    assert "Department of Marine Studies" in names, names
    assert not any(n.endswith("Pellworth") for n in names), names


def test_a_long_name_that_stands_twice_stays_whole() -> None:
    names = _names(
        "Staff of the Department of Marine Studies Pellworth met on Monday.",
        "The Department of Marine Studies Pellworth is one of two campuses; the Department of Marine Studies, "
        "its parent, agreed.",
    )
    assert "Department of Marine Studies Pellworth" in names, names


def test_branch_heads_a_unit() -> None:
    names = _names("Detectives from Serious and Organised Crime Branch yesterday arrested two men in Elmsford.")
    assert "Serious and Organised Crime Branch" in names, names


def test_a_branch_manager_is_a_post() -> None:
    names = _names("Jo Marsh, Assistant Director & Southmoor Regional Branch Manager, opened the room.")
    assert not any("Branch" in n for n in names), names


def test_a_two_word_branch_needs_the_before_it() -> None:
    assert "Civil Branch" in _names("Jo Marsh was the judge for the Civil Branch of the Elmsford County Court.")
    names = _names("Physics major Jo Marsh of Bee Branch and senior Al Tate won the award.")
    assert "Bee Branch" not in names, names
