"""Round 39o: an acronym used as a common noun or inside a code is not a body by its count (invented texts)."""

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
