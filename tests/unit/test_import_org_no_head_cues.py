"""Bodies whose names hold no organization word, known by what the text does with them: a verb
only bodies take, a kind noun in apposition, a body's own people after a possessive, a role
"for a region at" the body; and a plural acronym names a class, not a body (issue 24, round 12;
invented texts)."""

from __future__ import annotations

import pytest

from tests.support.importing import org_names


def test_a_body_verb_makes_a_single_name_a_body() -> None:
    names = org_names(
        [
            "After a hard winter, Warmhold is calling on the Government to fund new heating grants.",
            "Kinfold Circle is concerned that families are left without power.",
        ]
    )
    assert {"Warmhold", "Kinfold Circle"} <= names, names


def test_a_country_code_after_a_name_is_no_surname() -> None:
    # ("Age" and "Grace" are also given names: "Grace UK" is still no person.)
    names = org_names(["Grace UK is calling for a new framework for later life.", "Grace UK believes it can be done."])
    assert "Grace UK" in names, names


def test_a_person_who_has_announced_plans_is_no_body() -> None:
    names = org_names(
        ["After eight years, Varley has announced his retirement.", "Reis has announced his plans to leave."]
    )
    assert not names & {"Varley", "Reis"}, names


def test_a_kind_noun_in_apposition_names_a_body() -> None:
    names = org_names(
        [
            "Brightpath, a global experiential learning platform, and Tovenor have signed an agreement.",
            "The deal was welcomed by Corvale, the union, on Monday.",
        ]
    )
    assert {"Brightpath", "Corvale"} <= names, names


def test_a_person_in_apposition_is_no_body() -> None:
    names = org_names(["The prize was shared by Reis, a teacher, and the school."])
    assert "Reis" not in names, names


def test_a_bodys_own_people_after_a_possessive() -> None:
    names = org_names(["This partnership combines Tovenor’s strong SME network with new funding for students."])
    assert "Tovenor" in names, names


def test_a_role_for_a_region_at_a_body() -> None:
    names = org_names(["“We will go on,” said Ana Reis, Programme Director for Latin America at Lanternwatch."])
    assert "Lanternwatch" in names, names


def test_a_portfolio_after_for_is_no_body() -> None:
    names = org_names(["Tavira Council Vice-President for Values and Transparency, Ana Reis, said: “We agree.”"])
    assert "Values and Transparency" not in names, names


def test_a_plural_acronym_names_a_class() -> None:
    names = org_names(
        [
            "Help goes to the Small Island Coastal States (SICSs) and to the Tavira Weather Office (TWO).",
            "SICSs will share the data; each SICS keeps its own.",
        ]
    )
    assert not any("Small Island" in n or n.startswith("SICS") for n in names), names
    assert "Tavira Weather Office" in names, names


def test_a_public_field_before_a_place_names_a_body() -> None:
    names = org_names(
        [
            "Figures from Tourism Tavira show a rise in visitors.",
            "Tourism Varnholt marketing manager Jo Roe said visitors rose.",
        ]
    )
    assert {"Tourism Tavira", "Tourism Varnholt"} <= names, names


def test_a_public_field_and_a_place_inside_a_longer_name_or_a_venue_is_no_body() -> None:
    names = org_names(
        [
            "In a Lanmark Sports Centre room, the plan was set.",
            "Tourism Week starts on Monday.",
            "Tourism Varnholt grew last year.",
        ]
    )
    assert not names & {"Sports Centre", "Lanmark Sports Centre", "Tourism Week", "Tourism Varnholt"}, names


def test_a_field_before_a_post_and_a_surname_or_a_venue_is_no_body() -> None:
    names = org_names(
        [
            "Health Minister Veradua said the plan would help patients.",
            "Education Secretary Malvo says schools will benefit.",
            "Sports Village manager Jo Roe said the pool reopens soon.",
            "Tourism Kestrel said visitor numbers rose.",
        ]
    )
    assert not names & {"Health Minister Veradua", "Education Secretary Malvo", "Sports Village"}, names
    assert "Tourism Kestrel" in names, names  # a place after the field is still a body


@pytest.mark.parametrize(
    ("name", "text"),
    [  # each shape once, each name with no head noun (round 115)
        ("Tarn Electric", 'Mia Lowe said: "Tarn Electric is delighted to be chosen for the fund."'),
        ("Quarrel Renewal", "said Dr. Jo Roe, executive director, Quarrel Renewal."),
        ("Brackley Reunited", "Jo Roe, managing director of Brackley Reunited, which owns the brand, said so."),
        ("Velmar Brisk", "Velmar Brisk regional manager Daniel Pell said the rain came late."),
        ("Orran Standards", "Checks will take place in partnership with Orran Standards during the week."),
        ("Kestrel Heritage", "It is a partnership between Kestrel Heritage and the Tarn Trust."),
        ("Harrow Asphalt", "The trip included a visit to Harrow Asphalt’s facilities in the town."),
        ("Tamsel Wildlife", "To mark the day, Tamsel Wildlife and its young volunteers have made a film."),
        ("Marsh Renewal", "About Marsh Renewal (\nMarsh Renewal is a charity that works on rivers."),
    ],
)
def test_a_two_word_name_is_a_body_by_what_only_a_body_does(name: str, text: str) -> None:
    assert name in org_names([text]), org_names([text])


def test_a_person_or_a_place_in_the_same_shapes_is_no_body() -> None:
    cases = [
        'Jo Roe said: "Martin Sollow is delighted to be chosen for the fund."',
        "Jo Roe, executive director, Martin Sollow, said it.",
        "The Finance director Mia Lowe said the plan works.",
        "Checks will take place in partnership with Mia Lowe during the week.",
        "The collaboration between Dr Jo Roe and Martin Sollow began in May.",
        "The Tarn Valley and its villages draw walkers.",
        "Vermora Council Chair Ilona Brevik and Water director Tomas Arkwell met on Monday.",
    ]
    for text in cases:
        found = org_names([text])
        assert not found & {"Martin Sollow", "Finance", "Mia Lowe", "Jo Roe", "Tarn Valley"}, (text, found)
        assert not any("Ilona" in n or "Tomas" in n for n in found), (text, found)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [  # the same shapes on an event, a venue, a place, a programme or a quote's people (review s48a)
        ("A joint venture between Harvest Month and Lantern Night organisers will show it.", "Harvest Month"),
        ("A joint venture between Harvest Month and Lantern Night organisers will show it.", "Lantern Night"),
        ("The fair runs in partnership with Tarnby Summer Festival this year.", "Tarnby Summer Festival"),
        ("“Captain Brasker said we should stay inside,” one resident recalled.", "Captain Brasker"),
        ("“Mum and Dad are delighted with the new home,” said eight-year-old Ivy.", "Mum and Dad"),
        ("“Midsummer Day is committed to family for us,” said volunteer Ruth Ellwin.", "Midsummer Day"),
        ("Project Kingfisher manager Ana Lorrow said the build came in on time.", "Project Kingfisher"),
        ("The opening went well, and Operation Bluebell head Laura Kinsey spoke at it.", "Operation Bluebell"),
        ("Varrow Harbour operations manager Lisa Wrenby said the boats were safe.", "Varrow Harbour"),
        ("About Lake Orran (the site)\nLake Orran is a nature reserve run by the trust.", "Lake Orran"),
        ("Lake Tessary and its islands also drew crowds.", "Lake Tessary"),
        ("Kim Leeward, deputy director, Varrow Green, said the park would reopen on Monday.", "Varrow Green"),
        ('"It was our best year yet," said Jo Roe, executive director, Tarnby Nights.', "Tarnby Nights"),
        ("Orranmoor Stadium’s facilities were used as a model for the pool.", "Orranmoor Stadium"),
    ],
)
def test_an_event_a_venue_a_place_or_a_person_in_those_shapes_is_no_body(text: str, wrong: str) -> None:
    assert wrong not in org_names([text]), org_names([text])


def test_a_body_in_those_shapes_stays_a_body() -> None:
    cases = [
        ("“Orran Renewal said it would help,” she recalled.", "Orran Renewal"),
        ("Mount Tarn Brewing regional manager Ben Lowe said sales rose.", "Mount Tarn Brewing"),
        ("The scheme is a collaboration between Velmar Brisk and Harrow Asphalt, and runs to June.", "Velmar Brisk"),
    ]
    for text, name in cases:
        assert name in org_names([text]), (text, org_names([text]))
