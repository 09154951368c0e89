"""Round 54o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _names(text: str) -> set[str]:
    return {o.name for o in drafted(text).orgs.values()}


def test_a_councillor_and_his_name_are_no_body() -> None:
    names = _names(
        "Dunmore council hears plan\n\n"
        "Councillor Mara St. Clair agreed with the mayor, stating that the process should be pursued.\n\n"
        "Coun Brellow said the library was an important social hub for the area, and the council agreed.\n"
    )
    assert not any(n.startswith(("Councillor", "Coun ")) for n in names)


def test_a_countrys_commissioner_of_police_is_a_post() -> None:
    names = _names(
        "Police forces work together\n\n"
        '"In many ways, we are brothers," Westland\'s Commissioner of Police Ng Tor Lin told The Daily Post.\n'
    )
    assert not any("Commissioner" in n for n in names)


def test_a_body_after_a_title_word_stays() -> None:
    names = _names(
        "Acme Board meets\n\n"
        "Senator Rell Vanton of the Kestrel Valley Water Authority said the plan was sound.\n\n"
        "The Kestrel Valley Water Authority said it would publish the plan on Monday.\n"
    )
    assert "Kestrel Valley Water Authority" in names
