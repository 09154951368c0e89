"""The real-release benchmark compares speakers' names without a generational suffix."""

import pytest

from benchmarks.import_real import same_person


@pytest.mark.parametrize(
    ("draft", "gold"),
    [
        ("John T Casteen III", "John T. Casteen"),
        ("John T. Casteen", "John T. Casteen III"),
        ("Togo D. West, Jr.", "Togo D. West"),
        ("Charles Ramson Jr", "Charles Ramson"),
        ("J. David Cox Sr.", "J. David Cox, Sr"),
        ("Henry Ford II", "Henry Ford"),
        ("Richard Roe IV", "Richard Roe"),
        ("Mary Smith", "Mary Smith"),
    ],
)
def test_a_generational_suffix_does_not_change_the_person(draft: str, gold: str) -> None:
    assert same_person(draft, gold)


@pytest.mark.parametrize(
    ("draft", "gold"),
    [
        ("John Casteen", "Edward Ayers"),
        ("John T. Casteen", "John Casteen"),  # a missing initial is still a different name
        ("Henry Ford III", "Henry Fordiii"),
        ("III", ""),  # a suffix alone is not a name
        ("Jr", "Sr"),
    ],
)
def test_other_differences_still_count(draft: str, gold: str) -> None:
    assert not same_person(draft, gold)
