"""Speakers (round 87): "the Headman Vireshan Kolvekar", a capitalised common noun the release also writes in
lower case ("the headman"), before a name whose given name is not a known one, introduces a person with
that role; a pronoun after a sentence of the quote's paragraph opening "The headman" means that person."""

from tests.support.importing import parsed_quotes
from tui.core.importer.people import Registry


def _release(role: str) -> str:
    return (
        "Hill village revives its rowing race\n\n"
        "BRANTLEY: Residents of Lower Brantley asked the headman for a boat shed.\n\n"
        f"The rowers led by Tomas Kestel even handed a trophy to the {role} Vireshan Kolvekar.\n\n"
        "The residents however wanted a proper boat shed as the old one had been pulled down.\n\n"
        "The headman while asking residents to find a site also promised a gala. "
        "\u201cBefore the next village meeting I promise you a gala on the river,\u201d he said.\n\n"
        "The race will be held in June.\n"
    )


def test_a_role_noun_before_an_uncommon_given_name_introduces_the_person() -> None:
    found = [(name, review) for name, quote, review in parsed_quotes(_release("Headman")) if quote.startswith("Before")]
    assert [name for name, _review in found] == ["Vireshan Kolvekar"], found


def test_no_person_without_the_lower_case_role() -> None:
    text = "The rowers led by Tomas Kestel crossed the Harbour Vireshan Kolvekar."
    registry = Registry()
    registry.scan(text)
    assert "Vireshan Kolvekar" not in [k.name for k in registry.people]
