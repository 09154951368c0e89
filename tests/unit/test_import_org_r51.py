"""Round 51o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _all_names(text: str) -> set[str]:
    return {n for org in drafted(text).orgs.values() for n in (org.name, org.acronym, *org.aliases) if n}


def test_an_emergency_service_named_by_its_kind_alone_is_no_name() -> None:
    names = _all_names(
        "Officer Cleared\n\n"
        "A constable accused of assault in Port Verran was cleared on Monday. "
        '"Every complaint is looked into, and the Police Service will review the case," said Inspector Tal Quenby.\n\n'
        "The Police Service said a second complaint was withdrawn. "
        "The Fire Service attended a crash on the same road later, and the Fire Service said no one was hurt.\n"
    )
    assert "Police Service" not in names and "Fire Service" not in names, names


def test_a_named_police_service_stays() -> None:
    names = _all_names(
        "Arrest Made\n\n"
        "The Calderwick Police Service arrested a man on Monday. "
        '"We thank the public for their help," said Sergeant Ona Fell of the Calderwick Police Service.\n'
    )
    assert "Calderwick Police Service" in names, names


def test_the_irish_police_named_in_full() -> None:
    names = _all_names(
        "Appeal for Witnesses\n\n"
        "An Garda Síochána has appealed for witnesses to a crash on the Kilbrannan road on Sunday. "
        '"Anyone who saw the crash should come forward," a spokesperson said.\n'
    )
    assert "An Garda Síochána" in names, names
