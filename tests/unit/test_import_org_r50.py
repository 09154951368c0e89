"""Round 50o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _all_names(text: str) -> set[str]:
    return {n for org in drafted(text).orgs.values() for n in (org.name, org.acronym, *org.aliases) if n}


def test_a_holdings_company_keeps_its_plural_before_its_legal_form() -> None:
    names = _all_names(
        "Wind Farm Sold\n\n"
        "Brackwater Energy today sold its Tallon Ridge wind farm to Kestrel Bay Holdings Ltd., "
        "a fund based in Halifax, and to Morrow Holdings LP. "
        '"This sale lets us build the next farm sooner," said Ada Pelling, chief executive of Brackwater Energy.\n'
    )
    assert {"Kestrel Bay Holdings Ltd.", "Morrow Holdings LP"} <= names, names
    assert "Kestrel Bay" not in names and "Morrow" not in names, names
