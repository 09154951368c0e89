"""Organizations `briefing import` names: a unit named after its owner's possessive, a town
named with an abbreviated saint, a body named only by its kind (invented texts)."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def names_of(*paragraphs: str) -> set[str]:
    finder = find_orgs(list(paragraphs))
    return {o.name for o in finder.orgs.values()}


def test_an_owner_s_unit_with_its_head_inside_the_name_is_kept_whole() -> None:
    names = names_of("Dr Lin told a meeting of WHO’s Regional Committee for the Eastern Isles on Monday.")
    assert "Regional Committee for the Eastern Isles" in names


def test_a_town_named_after_a_saint_keeps_the_saint_s_name() -> None:
    assert "City of St. Brendan" in names_of("The park was opened by the City of St. Brendan on Monday.")


def test_a_body_named_only_by_its_kind_is_no_organization() -> None:
    names = names_of("In her address to the 12th Governing Council, the director spoke of rural credit.")
    assert "Governing Council" not in names


def test_a_board_of_directors_belongs_to_an_organization_with_no_head_noun() -> None:
    names = names_of("Amara Quell, Chair of the Serenity Care Board of Directors, said the search is over.")
    assert names == {"Serenity Care"}


def test_a_head_noun_alone_is_no_organization() -> None:
    names = names_of(
        "Tova Rell will stay on as executive chairman of the Board until June.",
        "Lund will also be chairman of the Board of the new fund.",
    )
    assert "Board" not in names


def test_the_words_of_a_headline_are_no_organization() -> None:
    finder = find_orgs(
        ["Brightwell Care said today that it has chosen Ada Moor to lead it."],
        title="Brightwell Care Announces Selection of New CEO",
    )
    assert "Brightwell Care Announces Selection of New" not in {o.name for o in finder.orgs.values()}


def test_a_speaker_with_a_middle_initial_is_a_person_not_an_organization() -> None:
    finder = find_orgs(["Obiora said the fund would grow.", "Obiora called for patience.", "Obiora said it again."])
    assert "Obiora" in {o.name for o in finder.orgs.values()}
    finder.drop_people(["Adaeze K. Obiora"])
    assert "Obiora" not in {o.name for o in finder.orgs.values()}


def test_a_plural_of_people_with_an_apostrophe_stays_inside_the_name() -> None:
    names = names_of("Talks run by the Family and Children’s Policy Office found that parents agree.")
    assert names == {"Family and Children’s Policy Office"}


def test_a_lower_case_particle_of_a_place_s_name_continues_the_body_s_name() -> None:
    names = names_of(
        "Students from the University of Varn es Kalaam beat the Universidad de la Kestrela on Friday.",
        "“We prepared,” said Ada Moro, dean of the University of Varn es Kalaam School of Law.",
        "A team from the Institute of Tarn al Vesa came third.",
    )
    assert "University of Varn es Kalaam" in names
    assert "Universidad de la Kestrela" in names
    assert "Institute of Tarn al Vesa" in names
    assert "University of Varn" not in names
    assert not any(name.startswith("Kalaam") for name in names)


def test_a_university_of_a_place_keeps_its_campus_s_town_after_at() -> None:
    names = names_of(
        "Crews from the University of Westmarch at Lafayette won on Friday.",
        "The College of Brill at Lafayette team came second.",
    )
    assert "University of Westmarch at Lafayette" in names
    assert "College of Brill at Lafayette" in names
    assert "University of Westmarch" not in names


def test_at_with_no_capitalised_place_right_after_ends_the_university_s_name() -> None:
    names = names_of(
        "“We won,” said Jo Roe of the University of Westmarch at a conference in May.",
        "The University of Brill at 9 am opened its doors.",
    )
    assert "University of Westmarch" in names
    assert "University of Brill" in names
    assert not any(" at " in name for name in names)
