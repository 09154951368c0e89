"""Organizations of round 94: drink makers named by their kind (distillery, winery, vineyards, brewery)
and a school district named in full, not cut at its school."""

from tests.support.importing import org_forms


def test_a_maker_of_drink_is_named_by_its_head() -> None:
    forms = org_forms(
        [
            "In 1901 the family built the Tarnbridge Distillery near the coast.",
            "The wines are made by Kelso Estate Winery and Arden Valley Vineyards, who said sales rose.",
        ]
    )
    assert {"Tarnbridge Distillery", "Kelso Estate Winery", "Arden Valley Vineyards"} <= forms, forms


def test_a_lone_drink_head_names_nothing() -> None:
    forms = org_forms(["The group spent more on Distillery upgrades and Winery tours this year."])
    assert not forms & {"Distillery", "Winery"}, forms


def test_a_school_district_is_not_cut_at_its_school() -> None:
    forms = org_forms(
        ["Pupils from the Marlow Community School District and the Dell Community School District joined."]
    )
    assert forms == {"Marlow Community School District", "Dell Community School District"}, forms
