"""Round 43o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import org_forms


def test_local_bodies_named_with_their_kind_after_the_place() -> None:
    forms = org_forms(
        [
            "Water was cut off in most of the area served by Mbeleni Municipality on Tuesday.",
            "Tarkwa District Municipality manager Ben Osei said tankers would be sent.",
            "Kelton Shire Mayor Ann Lowe said the grant was welcome.",
            "Students worked with the Glenford Park District on the new dam.",
            "The driver was treated by Larch County Fire Rescue at the scene.",
        ]
    )
    want = {
        "Mbeleni Municipality",
        "Tarkwa District Municipality",
        "Kelton Shire",
        "Glenford Park District",
        "Larch County Fire Rescue",
    }
    assert want <= forms, forms


def test_communications_ends_a_company_not_a_field_of_work() -> None:
    forms = org_forms(
        [
            "The food centres thank Brantwell Communications for its gift of $2 million.",
            "She was in charge of Corporate Communications for Orvane Partners until 2019.",
        ]
    )
    assert "Brantwell Communications" in forms, forms
    assert not any(f.startswith("Corporate Communications") for f in forms), forms


def test_a_country_with_and_in_its_name_opens_a_body() -> None:
    forms = org_forms(
        [
            "She will coach rowers of the Trinidad and Tobago Rowing Federation from May.",
            "Officers of the Leeds and Oldham Police met the students.",
        ]
    )
    assert "Trinidad and Tobago Rowing Federation" in forms, forms
    assert "Tobago Rowing Federation" not in forms, forms
    assert "Oldham Police" in forms, forms


def test_the_names_of_a_bulleted_list_of_bodies() -> None:
    forms = org_forms(
        [
            "These partners gave funds to the food network this winter:",
            "• Borvane",
            "• Kestrel Capital",
            "• Orlen Trust for Rural Food",
            "• Tallis Family Foundation",
            "• Quenby",
            "Their support will reach 90 towns.",
        ]
    )
    assert {"Borvane", "Kestrel Capital", "Quenby"} <= forms, forms


def test_a_bulleted_list_with_the_town_after_each_name() -> None:
    forms = org_forms(
        [
            "The grants go to these groups:",
            "- Harvest Table Food Bank, Dayton, OH",
            "- Riverside Community Foundation, Albany, NY",
            "- Meal Link WNY, Buffalo, NY",
            "- Open Pantry Project, Boston, MA",
        ]
    )
    assert {"Meal Link WNY", "Open Pantry Project"} <= forms, forms


def test_a_bulleted_list_of_advice_gives_no_bodies() -> None:
    forms = org_forms(
        [
            "The Road Safety Council and the Kelton Police Service ask drivers to:",
            "• Follow the speed limit",
            "• Take a break if tired",
            "• Always Wear Your Seatbelt",
        ]
    )
    assert forms == {"Road Safety Council", "Kelton Police Service"}, forms
