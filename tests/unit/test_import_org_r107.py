"""Round 107: an honorific word inside a name ("... of Varn Dame") with no person's name after it."""

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {org.name for org in find_orgs(paragraphs).orgs.values()}


def test_an_honorific_with_no_person_after_it_is_a_word_of_the_name() -> None:
    names = _names(
        [
            "She taught at the University of Vella Dame before she moved north.",
            "Graduates of the College of Santa Dame Australia met in the hall.",
        ]
    )
    assert "University of Vella Dame" in names
    assert "College of Santa Dame Australia" in names
    assert "University of Vella" not in names


def test_an_honorific_before_a_person_still_ends_the_name() -> None:
    names = _names(["Speaking for the Institute of Brewing Dame Ella Morrow said the hall would open."])
    assert "Institute of Brewing" in names
    assert not any("Ella" in n for n in names)


def test_a_country_code_after_the_head_is_part_of_the_name() -> None:
    names = _names(
        [
            "Partners such as Tallow Foundation USA, both based in the capital, gave grants.",
            "The Brenmoor Trust UK said it would help.",
        ]
    )
    assert "Tallow Foundation USA" in names
    assert "Brenmoor Trust UK" in names
    assert "Tallow Foundation" not in names


def test_a_country_code_used_as_an_adjective_stays_out() -> None:
    names = _names(["Delegates told the Corran Fund US officials would come, and Harlow Council staff agreed."])
    assert "Corran Fund US" not in names
