"""Round 67o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {o.name for o in drafted(text).orgs.values()}


def test_a_list_after_banks_such_as_names_bodies_with_no_head_noun() -> None:
    text = (
        "Lender widens its circle\n\n"
        "The fund has worked for years with lenders such as Harlow Savings Bank, Vennbank, Cordale Credit and "
        "Banque Ostrale on its loans.\n\n"
        "“We are glad of their trust,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert {"Vennbank", "Cordale Credit", "Banque Ostrale"} <= names


def test_a_list_after_organisations_including_names_charities() -> None:
    text = (
        "Flags on the lawn\n\n"
        "Flags from many organisations, including the Kelso Guild, Hope Relief, Brightwater and NSU, were set out "
        "on the lawn.\n\n"
        "“It was a fine sight,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert {"Hope Relief", "Brightwater"} <= names


def test_a_list_of_places_after_a_plain_noun_is_no_list_of_bodies() -> None:
    text = (
        "Tour ends\n\n"
        "The choir sang in cities such as Lisbon, Madrid, Rome and Vienna last month.\n\n"
        "“We loved it,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert not {"Lisbon", "Madrid", "Rome", "Vienna"} & names


def test_a_known_place_after_on_is_where_the_department_sits() -> None:
    text = (
        "Vigil planned\n\n"
        "Walkers will hold a vigil today outside the Department for Rivers and Coastal Defence on Whitehall.\n\n"
        "“We will be there all night,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert "Department for Rivers and Coastal Defence" in names
    assert "Department for Rivers and Coastal Defence on Whitehall" not in names


def test_a_subject_after_on_stays_in_a_council_name() -> None:
    text = (
        "Report out\n\n"
        "The Harlow Council on Foreign Affairs published a report today.\n\n"
        "“It is timely,” said Ana Vela.\n"
    )
    assert "Harlow Council on Foreign Affairs" in _orgs(text)


def test_a_standing_defined_with_an_acronym_is_no_body() -> None:
    text = (
        "Members back the bank\n\n"
        "Members reaffirmed the Kelso Fund’s Preferred Lender Status (PLS) at the meeting.\n\n"
        "“Our standing is sound,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert not any("Status" in n for n in names)


def test_a_class_of_states_spelled_out_then_abbreviated_is_no_body() -> None:
    text = (
        "Storm appeal\n\n"
        "The islands have long spoken for Small Island Developing States in the talks.\n\n"
        "“This storm shows how exposed SIDS are,” said Ana Vela. “SIDS need help.”\n"
    )
    names = _orgs(text)
    assert "Small Island Developing States" not in names
    assert "SIDS" not in names


def test_an_unknown_acronym_also_written_in_the_plural_is_a_common_noun() -> None:
    text = (
        "Keep ATVs off the dunes, say rangers\n\n"
        "Rangers asked riders to leave their ATV at home this weekend.\n\n"
        "“An ATV can wreck a dune in minutes,” said Ana Vela of the Kelso Dunes Trust.\n"
    )
    names = _orgs(text)
    assert "ATV" not in names
    assert "Kelso Dunes Trust" in names


def test_a_commission_on_the_status_of_a_group_stays_a_body() -> None:
    text = (
        "Talks open\n\n"
        "Delegates met at the Kelso Commission on the Status of Farmworkers on Monday.\n\n"
        "“We have much to do,” said Ana Vela.\n"
    )
    assert "Kelso Commission on the Status of Farmworkers" in _orgs(text)
