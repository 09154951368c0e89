"""Round 34o: acronyms used alone (invented texts)."""

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {org.name for org in find_orgs(paragraphs).orgs.values()}


def test_acronym_after_the_is_a_body_though_a_town_has_its_name() -> None:
    # "Ama" is a town; "the AMA", written twice, is a body.
    got = _names(
        [
            "Doctors Blast the AMA for Its Endorsement",
            "The surgeons' group criticised the AMA for again backing the bill.",
            "It is now clear the AMA does not speak for its members.",
        ]
    )
    assert "AMA" in got


def test_acronym_that_is_a_place_and_never_follows_the_stays_out() -> None:
    got = _names(["Crews went to AMA on Monday.", "AMA roads were closed, and AMA schools shut."])
    assert "AMA" not in got


def test_lower_case_phrase_after_the_acronym_only_shares_its_initials() -> None:
    got = _names(
        [
            "EFTA Ministerial meeting, Schaan, 20 June 2023",
            "The EFTA Ministers met in Schaan for the annual EFTA Ministerial meeting.",
            "EFTA and the partner agreed to update the existing free trade agreement from 2010.",
        ]
    )
    assert "EFTA" in got


def test_lower_case_spelling_before_the_acronym_is_a_thing() -> None:
    got = _names(
        [
            "The governor signed an executive order on water.",
            "Under the EO, towns must report use, and the EO takes effect at once.",
        ]
    )
    assert "EO" not in got
