"""Round 45o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import org_forms


def test_a_known_acronym_that_only_qualifies_other_words_is_no_body() -> None:
    forms = org_forms(
        [
            "Rainfall fell short again, the UN Tarvan Basin Observatory (TBO) said on Monday.",
            "The UN agency added that UN-accredited teams would visit the UN Headquarters in May.",
        ]
    )
    assert "TBO" in forms, forms
    assert not {"UN", "United Nations"} & forms, forms


def test_a_known_acronym_standing_alone_or_spelled_out_stays_a_body() -> None:
    forms = org_forms(["The UN agency said the UN must act, and the UN Headquarters agreed."])
    assert "UN" in forms, forms
    forms = org_forms(["The United Nations’ aims were set out at the UN Headquarters in May."])
    assert "United Nations" in forms or "UN" in forms, forms
    forms = org_forms(["UN Secretary-General Ravi Olawale said the work goes on."])
    assert "UN" in forms or "United Nations" in forms, forms


def test_places_sharing_a_plural_head_name_one_body_each() -> None:
    forms = org_forms(["Officers thanked the Calgary, Halifax and Regina Police Services for their help."])
    assert {"Calgary Police Service", "Halifax Police Service", "Regina Police Service"} <= forms, forms
    assert "Regina Police Services" not in forms, forms
    forms = org_forms(["Teams from Leeds and Bristol Universities met in May."])
    assert {"Leeds University", "Bristol University"} <= forms, forms
    forms = org_forms(["The firm Pellow and Jones Associates opened an office."])
    assert not {"Pellow Associate", "Jones Associate"} & forms, forms
    forms = org_forms(["Clubs of the Northern and Southern Rugby Leagues voted in May."])
    assert not {"Northern Rugby League", "Southern Rugby League"} & forms, forms
