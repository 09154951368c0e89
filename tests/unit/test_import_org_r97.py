"""Organizations of round 97: a company named only by what it owns ("Velmorin's bottling plant in
Tarrow", "Quessa Foods' new factory")."""

from tests.support.importing import org_forms


def test_a_name_owning_a_plant_or_a_factory_is_a_company() -> None:
    forms = org_forms(
        [
            "New jobs came with Velmorin's bottling plant in Tarrow, Quessa Kettleworks' new factory "
            "near the harbour, while Corvane Lumetric's facility in Brint doubled its shifts."
        ]
    )
    assert {"Velmorin", "Quessa Kettleworks", "Corvane Lumetric"} <= forms, forms


def test_a_place_owning_a_plant_is_no_company() -> None:
    forms = org_forms(["Ohio's largest plant closed, and Texas's old mill is now a museum."])
    assert not forms & {"Ohio", "Texas"}, forms
