"""Round 70o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _names(text: str) -> set[str]:
    names: set[str] = set()
    for org in drafted(text).orgs.values():
        names |= {org.name, *org.aliases}
    return names


def test_a_company_with_a_country_possessive_before_it_keeps_its_legal_form() -> None:
    text = (
        "Two drug makers sign a research deal\n\n"
        "Marrow Pharmaceuticals Inc. (NASDAQ: MRW) and Norway’s Kestrel Pharmaceuticals Co. (OSE: 1234) "
        "announced a joint plan today.\n\n"
        "Kestrel Pharmaceuticals is a leading maker of hospital medicines.\n\n"
        "“It is a good day,” said Ana Vela, Chairman of Kestrel Pharmaceuticals.\n"
    )
    names = _names(text)
    assert "Kestrel Pharmaceuticals Co." in names
    assert not any(n.startswith("Norway") for n in names)


def test_a_malaysian_private_company_keeps_its_legal_form() -> None:
    text = (
        "Partners thanked\n\n"
        "KUANTAN, 4 May 2021 - The college thanked its partners such as Marrow Institute of Roads, "
        "Kestrel (M) Sdn. Bhd., Vela College and the Port Authority for their help.\n\n"
        "“It is a good day,” said Ana Vela.\n"
    )
    names = _names(text)
    assert "Kestrel (M) Sdn. Bhd." in names


def test_a_company_with_the_long_malaysian_form_is_found() -> None:
    text = (
        "Deal signed\n\n"
        "The council thanked Vela Metals Sdn Bhd for the new bridge on Monday.\n\n"
        "“It is a good day,” said Ana Vela.\n"
    )
    assert "Vela Metals Sdn Bhd" in _names(text)


def test_a_shop_named_with_a_town_possessive_keeps_the_whole_name() -> None:
    text = (
        "Cleaners win the contract\n\n"
        "Derby’s Cleaning Services, Inc. won the contract for the town hall on Monday.\n\n"
        "“It is a good day,” said Ana Vela, owner of Derby’s Cleaning Services.\n"
    )
    names = _names(text)
    assert "Cleaning Services, Inc." not in names
