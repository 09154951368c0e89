"""Round 57o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _names(text: str) -> list[str]:
    return sorted(org.name for org in drafted(text).orgs.values())


def test_an_intergovernmental_bodys_organs_are_no_bodies() -> None:
    text = (
        "Title\n\nThe Permanent Council and the Ministerial Council of the Corvid Organization met in Velo. "
        "The Security Council and the Human Rights Council took note.\n"
    )
    assert _names(text) == ["Corvid Organization"]


def test_a_forces_high_command_is_its_organ() -> None:
    text = "Title\n\nThe Velo Police Force said its High Command met. The Southern Command agreed.\n"
    assert _names(text) == ["Southern Command", "Velo Police Force"]


def test_a_security_or_rights_body_of_its_own_stays() -> None:
    text = "Title\n\nThe Velo Security Council and the Human Rights Commission welcomed the report.\n"
    assert _names(text) == ["Human Rights Commission", "Velo Security Council"]


def test_a_continent_adjective_ending_a_list_is_no_body() -> None:
    text = "Title\n\nShe advised the NHL, the Velo League, Acme Club and European teams and organizations.\n"
    assert "European" not in _names(text)


def test_names_joined_by_an_ampersand_in_a_list_are_whole() -> None:
    text = (
        "Title\n\nThe groups are Hill & Game, Federated Walking Clubs, Wood & Owl, Kayak Velo, "
        "the Velo Rafting Association, the Velo Federation of Anglers and the Water and Wildlife "
        "Organisations of Velo.\n"
    )
    names = _names(text)
    assert {"Hill & Game", "Wood & Owl", "Federated Walking Clubs", "Kayak Velo"} <= set(names)
    assert not {"Owl", "Water", "Game"} & set(names)


def test_a_given_name_used_alone_after_a_post_and_the_full_name_is_no_body() -> None:
    text = (
        "Title\n\nAcme Club president, Tirto Wira Santoso ST, said the team was glad to win.\n\n"
        "Tirto said the club won because of its work.\n\nTirto said the work would go on.\n"
    )
    assert _names(text) == ["Acme Club"]


def test_two_bodies_joined_with_the_same_word_before_the_head_are_two() -> None:
    text = "Title\n\nFunding came from the Acme Research Foundation, Velo Wheat and Norland Wheat Commission.\n"
    names = _names(text)
    assert "Velo Wheat" in names and "Norland Wheat Commission" in names


def test_one_body_joining_two_fields_stays_whole() -> None:
    assert _names("Title\n\nThe Velo Fish and Wildlife Commission met on Monday.\n") == [
        "Velo Fish and Wildlife Commission"
    ]


def test_a_body_named_after_a_post_and_a_comma_keeps_its_short_name() -> None:
    text = (
        "Title\n\nBorex Group will build wind farms in Velo.\n\n"
        "Speaking at the summit, Ana Vela, Chairman, Borex Group said the plan was sound.\n\n"
        "Borex is committed to the plan.\n\nThe farms were built by Borex for small firms.\n"
    )
    d = drafted(text)
    org = next(o for o in d.orgs.values() if o.name == "Borex Group")
    assert "Borex" in org.aliases


def test_the_body_after_a_header_lines_date_and_place_is_the_issuer() -> None:
    text = (
        "Minister announces funding\n\nApril 22, 2022 – Brandon, Manitoba – Fisheries and Oceans Velonia\n\n"
        "The Minister announced funding today for fish farms.\n\n" + '"We are ready," said Ana Vela.\n'
    )
    assert _names(text) == ["Fisheries and Oceans Velonia"]


def test_a_news_release_label_after_a_header_lines_date_is_no_issuer() -> None:
    text = "Title\n\nSeptember 24, 2020 - Winnipeg, Manitoba - News Release\n\nThe team won on Monday.\n"
    assert _names(text) == []


def test_a_centre_named_before_a_building_word_is_the_building() -> None:
    text = "Title\n\nThe court will hold its ceremony at the new Velo Family Justice Center Courthouse in May.\n"
    assert _names(text) == []
