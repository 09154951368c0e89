"""Round 58o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {o.name for o in drafted(text).orgs.values()}


def test_a_possessive_before_a_given_name_joins_no_body() -> None:
    text = (
        "Squad named\n\nMaking their debuts this summer will be the University of Kestrel’s Paul Gray and "
        "Westby Otters’s Jane Hart, after strong seasons.\n\n“We are glad,” said Jo Bell.\n"
    )
    names = _orgs(text)
    assert "University of Kestrel" in names
    assert not any("Paul Gray" in n for n in names)


def test_a_possessive_in_a_body_name_stays() -> None:
    text = "Title\n\nThe Kestrel Children’s Hospital opened a new ward.\n\n“We are glad,” said Jo Bell.\n"
    assert "Kestrel Children’s Hospital" in _orgs(text)


def test_a_university_then_its_college_are_two_bodies() -> None:
    text = (
        "Grants\n\nThe fund awarded eight grants to University of Kestrel College of Arts and Sciences faculty "
        "during the year.\n\n“We are glad,” said Jo Bell.\n"
    )
    names = _orgs(text)
    assert "University of Kestrel" in names
    assert "College of Arts and Sciences" in names
    assert "University of Kestrel College of Arts and Sciences" not in names


def test_a_named_university_then_its_school_are_two_bodies() -> None:
    text = "Title\n\nThe award went to Westby State University School of Law staff.\n\n“We won,” said Jo Bell.\n"
    names = _orgs(text)
    assert {"Westby State University", "School of Law"} <= names


def test_an_award_a_power_plant_and_a_picked_squad_are_no_bodies() -> None:
    text = (
        "Acme Glassworks wins again\n\nAcme Glassworks was named Glass Maker of the Year at the Westby awards. "
        "Its panels cover the Redhill Wind Farm, and its staff coach the Junior Squad of the Westby Rowing Club.\n\n"
        "“We are proud,” said Jo Bell of Acme Glassworks.\n"
    )
    names = _orgs(text)
    assert not any(n.endswith(("of the Year", "Wind Farm", "Junior Squad")) for n in names)
    assert "Westby Rowing Club" in names


def test_a_multisports_centre_is_a_place_not_a_body() -> None:
    text = "Title\n\nThe final was held at the Westby Multisports Centre on Sunday.\n\n“We won,” said Jo Bell.\n"
    assert not any("Multisports" in n for n in _orgs(text))


def test_local_businesses_and_a_band_in_a_local_story() -> None:
    text = (
        "Shops reopen after the flood\n\nThe Westby Bakery, Kestrel Pharmacy, Tom’s Barber Shop and the Redhill "
        "Meat Market reopened on Monday. Residents of the Millbrook Care Home heard the Westby Brass Band play.\n\n"
        "“We are glad,” said Jo Bell.\n"
    )
    names = _orgs(text)
    assert {"Westby Bakery", "Kestrel Pharmacy", "Tom’s Barber Shop", "Redhill Meat Market"} <= names
    assert {"Millbrook Care Home", "Westby Brass Band"} <= names


def test_a_business_name_ends_at_its_head_and_common_nouns_make_none() -> None:
    text = (
        "Title\n\nThe Westby Bakery on Harbour Street gave bread to the shelter. Pharmacists and Pharmacy "
        "Assistants at the clinic helped, and the Research Café series went on.\n\n“We helped,” said Jo Bell.\n"
    )
    names = _orgs(text)
    assert "Westby Bakery" in names
    assert not any(n.endswith("Street") or n.startswith("Pharmacists") or "Café" in n for n in names)


def test_a_friends_of_group_is_a_body_but_a_persons_friends_are_not() -> None:
    text = (
        "Book sale\n\nThe Friends of the Library will hold a book sale, and the Friends of Westby Hospital raised "
        "funds. Friends of Jo Bell came too.\n\n“We are glad,” said Jo Bell.\n"
    )
    names = _orgs(text)
    assert {"Friends of the Library", "Friends of Westby Hospital"} <= names
    assert "Friends of Anna Bell" not in names
