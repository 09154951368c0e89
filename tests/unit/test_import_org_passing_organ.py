"""An organ or forum named once by its kind, right after a preposition ("a member of the …
Review Panel", "a recommendation from its … Committee") is named in passing: no body of the
release. The same kind as a subject, in a list, met twice, or an organising committee stays."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {o.name for o in find_orgs(paragraphs).orgs.values()}


def test_a_committee_met_once_after_from_its_is_forgotten() -> None:
    names = _names(
        [
            "The Harbour Valley Water Authority approved a recommendation from its Capital Works "
            "Steering Committee to fund the new pumping station.",
            "The Harbour Valley Water Authority said the work starts in May.",
        ]
    )
    assert "Harbour Valley Water Authority" in names
    assert "Capital Works Steering Committee" not in names


def test_a_panel_and_a_chamber_after_of_the_are_forgotten() -> None:
    names = _names(
        [
            "Dr Mira Tolland, a member of the Coastal Fisheries Review Panel, welcomed the ruling of "
            "the Northern Maritime Tribunal.",
            "The judges of Appeals Chamber III will sit again in June, the Northern Maritime Tribunal said.",
        ]
    )
    assert "Coastal Fisheries Review Panel" not in names
    assert "Appeals Chamber" not in names and "Appeals Chamber III" not in names
    assert "Northern Maritime Tribunal" in names


def test_the_same_kind_as_a_subject_or_met_twice_stays() -> None:
    names = _names(
        [
            "The Coastal Fisheries Review Panel has named four new members.",
            "Ms Rhee chairs the Riverside Heritage Network. The Riverside Heritage Network meets in June.",
        ]
    )
    assert "Coastal Fisheries Review Panel" in names
    assert "Riverside Heritage Network" in names


def test_an_organising_committee_after_a_preposition_stays() -> None:
    names = _names(["Ms Rhee is chief executive of the Lakeside 2030 Games Organising Committee."])
    assert "Lakeside 2030 Games Organising Committee" in names
