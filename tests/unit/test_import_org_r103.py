"""Organizations of round 103: a name whose place or patron is written with "of" keeps the words before
"of" when they are a saint's name ("St Brena of Varnia College") or a compass point ("West of Varnia
Ambulance Service"); a post before "of" is still not part of the body's name."""

from tests.support.importing import org_forms


def test_saint_of_a_place_keeps_the_saint() -> None:
    forms = org_forms(
        [
            "Located in Tolra, St Brena of Varnia College was opened in May.",
            "Pupils at the St. Osric of Dunmore Primary School sang on Monday.",
        ]
    )
    assert {"St Brena of Varnia College", "St. Osric of Dunmore Primary School"} <= forms, forms
    assert "Varnia College" not in forms, forms


def test_compass_point_of_a_region_keeps_the_point() -> None:
    forms = org_forms(["A West of Varnia Ambulance Service spokesperson said the crew arrived at noon."])
    assert "West of Varnia Ambulance Service" in forms, forms


def test_post_of_a_body_is_not_kept() -> None:
    forms = org_forms(["The Director of Tolra Public Library said the roof would be mended."])
    assert not any(form.startswith("Director") for form in forms), forms
