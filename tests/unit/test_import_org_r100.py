"""Organizations of round 100: a "Commission" right after a body the text names is that body's
executive, a body of its own ("the Sahel States Union Commission"); a commission with a field word
between ("SSU Finance Commission") stays an organ."""

from tests.support.importing import org_forms
from tui.core.importer.orgs import find_orgs


def test_a_known_body_s_commission_is_a_body() -> None:
    forms = org_forms(
        [
            "The Sahel States Union (SSU) met in Tolra on Monday.",
            "The Sahel States Union Commission said the new fund would open in May.",
            "Observers from the Varnian Fisheries Organisation (VFO) came.",
            "The VFO Commission will meet in June.",
        ]
    )
    assert {"Sahel States Union Commission", "VFO Commission"} <= forms, forms


def test_a_field_commission_of_a_known_body_stays_an_organ() -> None:
    forms = org_forms(
        [
            "The Sahel States Union (SSU) met in Tolra on Monday.",
            "The SSU Finance Commission approved the budget on Friday.",
        ]
    )
    assert "SSU Finance Commission" not in forms, forms


def test_a_kind_s_commission_stays_an_organ() -> None:
    # ("Library" is only the kind of the "Tarrow County Library": its commission is the library's board)
    forms = org_forms(
        [
            "The Tarrow County Library opens on Saturday.",
            "The plan was approved by the Library Commission and the county board.",
        ]
    )
    assert "Library Commission" not in forms, forms


def test_a_short_form_with_the_owner_s_acronym_is_an_alias() -> None:
    found = find_orgs(
        [
            "The Sahel States Union (SSU) met in Tolra on Monday.",
            "The Sahel States Union Commission said the new fund would open in May.",
            "The SSU Commission will report in June.",
        ]
    )
    forms = [{org.name, org.acronym, *org.aliases} for org in found.orgs.values()]
    assert any({"SSU Commission", "Sahel States Union Commission"} <= each for each in forms), forms
