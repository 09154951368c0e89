"""Org shapes of round 25: an acronym the text spells out as capitalised words with no body's
head word is a thing, not a body; two "Head of/for …" names joined by "and" are two bodies."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {o.name for o in find_orgs(paragraphs).orgs.values()}


def test_an_acronym_spelled_out_as_a_thing_is_no_body() -> None:
    names = _names(
        [
            "Harlow Mining Ltd. announced its first Copper Reserve Report (“CRR”) for the Upper Dell Mining Camp "
            "(“UDMC”) today.",
            "The CRR covers three deposits. The UDMC lies south of the town.",
            "Drilling outside the CRR continues, and the UDMC road is open.",
        ]
    )
    assert not names & {"CRR", "UDMC"}


def test_an_acronym_spelled_out_as_a_body_stays() -> None:
    names = _names(
        [
            "The Harlow Workers Union (HWU) met on Monday.",
            "The HWU said the strike would end. HWU members voted.",
        ]
    )
    assert names & {"Harlow Workers Union", "HWU"}


def test_two_headed_names_joined_by_and_are_two_bodies() -> None:
    names = _names(
        [
            "The grant goes to the School of Nursing and Centre for Continuing and Adult Learning at the "
            "university, the dean said."
        ]
    )
    assert "School of Nursing" in names and "Centre for Continuing and Adult Learning" in names
    assert "School of Nursing and Centre for Continuing and Adult Learning" not in names


def test_one_name_with_and_inside_stays_whole() -> None:
    names = _names(["The Department of Health and Human Services said on Monday it would act."])
    assert "Department of Health and Human Services" in names


def test_heads_of_state_and_government_is_not_split() -> None:
    names = _names(["The Assembly of Heads of State and Government of the Acme Union met on Monday."])
    assert "Government of the Acme Union" not in names
