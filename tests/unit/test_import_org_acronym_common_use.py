"""Round 39o: an acronym used as a common noun or inside a code is not a body by its count (invented texts)."""

from tests.support.importing import drafted
from tui.core.importer.orgs import find_orgs


def _acronyms(paragraphs: list[str]) -> set[str]:
    return {org.acronym or "" for org in find_orgs(paragraphs).orgs.values()}


def test_acronym_after_a_or_an_is_a_thing() -> None:
    got = _acronyms(
        [
            "Crews put out a fire caused by ash from a GPX being left in a bin.",
            "Later they found an abandoned portable GPX on the moor.",
        ]
    )
    assert "GPX" not in got


def test_acronym_in_a_case_code_is_not_a_body() -> None:
    got = _acronyms(
        [
            "The case is before the KTZ Magistrate Court in Suit Number: KTZ/CR/151/2020.",
        ]
    )
    assert "KTZ" not in got


def test_acronym_in_a_pair_of_codes_and_after_a_new_is_not_a_body() -> None:
    got = _acronyms(
        [
            "Firms welcome the QMX/OTCBB decision.",
            "The board opposed the planned QMX market.",
            "It asked regulators to refuse a new QMX Market.",
        ]
    )
    assert "QMX" not in got


def test_acronym_used_twice_as_a_body_is_still_found() -> None:
    got = _acronyms(
        [
            "The TRWA has opened a new office in the town.",
            "Members of the TRWA will meet on Monday at the hall.",
        ]
    )
    assert "TRWA" in got


def test_acronym_after_an_article_that_is_not_its_own_still_counts() -> None:
    # "a decade with ZRM", "a former ZRM star": the acronym is still the body.
    got = _acronyms(
        [
            "He spent over a decade with ZRM as a scientist.",
            "She is a former ZRM star and now coaches juniors.",
        ]
    )
    assert "ZRM" in got


# Round 110: capitals right after a quantity are a unit ("4.5% ABV"), and capitals the text also writes
# as a lower-case word ("our BIG step", "a big day") are no body, unless the text uses them as a name.
def _draft_orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


def test_capitals_after_a_number_are_a_unit() -> None:
    text = (
        "Fenmoor Cider launches a dry cider\n\n"
        "Fenmoor Cider has launched a 6% ABV cider pressed from local apples, the company said.\n\n"
        "ABV and sugar are printed on each bottle.\n"
    )
    assert "ABV" not in _draft_orgs(text) and "Fenmoor Cider" in _draft_orgs(text), _draft_orgs(text)


def test_a_unit_of_power_after_a_number_is_no_body() -> None:
    text = (
        "Quarrow Energy opens solar park\n\n"
        "Quarrow Energy has opened a solar park with a capacity of 20 MWP, the company said on Monday.\n\n"
        "MWP and hours of sun are shown on a board at the gate.\n"
    )
    assert "MWP" not in _draft_orgs(text), _draft_orgs(text)


def test_capitals_for_emphasis_also_written_in_lower_case_are_no_body() -> None:
    text = (
        "THE BIG DAY: Tolvane Bakery opens a second shop\n\n"
        "Tolvane Bakery opened its second shop on Saturday, a big day for the village.\n\n"
        "\u201cThis is our BIG step for the year,\u201d said owner Mira Hesketh.\n"
    )
    assert "BIG" not in _draft_orgs(text), _draft_orgs(text)


def test_an_acronym_after_a_year_a_count_or_a_possessive_stays_a_body() -> None:
    """A year or a count before a noun is no quantity of a unit; a possessive before an acronym is no emphasis."""
    texts = {
        "NRC": "Boats gather\n\nCrews met at the 2023 NRC regatta on the lake.\n\nNRC judges praised the crews.\n",
        "DSF": "Science fair\n\nThe school was funded by 3 DSF awards this year.\n\nDSF said it would fund more.\n",
        "KRF": "Club renews\n\nThe Tarnby club renewed its KRF membership on Monday.\n\nKRF welcomed the club.\n",
    }
    for acronym, text in texts.items():
        assert acronym in _draft_orgs(text), (acronym, _draft_orgs(text))


def test_an_acronym_used_as_a_subject_stays_a_body() -> None:
    text = (
        "Grants for village halls\n\n"
        "The fund gives 20 VHF grants to halls each year, and the money comes from our VHF partners.\n\n"
        "VHF said on Monday that it would double the fund.\n"
    )
    assert "VHF" in _draft_orgs(text), _draft_orgs(text)


def test_an_acronym_spelled_out_in_brackets_stays_a_body() -> None:
    text = (
        "Grants for village halls\n\n"
        "The Marrowby Village Halls Trust (VHF) gives grants to halls each year.\n\n"
        "The money comes from our VHF partners in the county.\n"
    )
    forms = {f for org in drafted(text).orgs.values() for f in (org.name, org.acronym)}
    assert "VHF" in forms, forms
