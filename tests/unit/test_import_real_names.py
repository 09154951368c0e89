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


def test_narrative_sentences_leave_out_nested_quotes_and_apostrophes() -> None:
    """The scorer's narrative: a curly quote holding a quote of its own, and a single quote with
    an apostrophe inside, are quoted to their end (invented text)."""
    from benchmarks.import_real import sentences

    nested = "Jo Roe, club director, said: “We keep playing the “Harbour Way” as long as we are here. It is who we are."
    single = "‘Neighbours don’t solve it alone, they help us,’ said Inspector Sam Lee. ‘We can’t do it without them.’"
    assert sentences((nested,)) == ["jo roe club director said"]
    assert sentences((single,)) == ["said inspector sam lee"]


def test_a_paragraph_opening_on_a_quotes_tail_is_not_narrative() -> None:
    """A quote whose opening mark was left out, closed before its cue: its words are no narrative
    sentence; the cue after it is (invented text)."""
    from benchmarks.import_real import sentences

    tail = "From the first day the council has tried to close the pier,” said Jo Roe, head of the harbour trust."
    assert sentences((tail,)) == ["said jo roe head of the harbour trust"]
    narrative = "The council closed the pier on Monday. “We will reopen it,” said Jo Roe."
    assert sentences((narrative,)) == ["the council closed the pier on monday"]
