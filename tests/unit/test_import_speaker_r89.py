"""Speakers (round 89): "a resident, Nolwazi Grace Dlamuka, said": three name words set off by commas
after a lower-case noun are one person's name, its first word a given name no list holds; a later
"said Dlamuka" names her in full, not from the known given name in the middle."""

from tests.support.importing import speakers_starting


def _release(name: str) -> str:
    return (
        "Taps run dry in the north ward\n\n"
        f"A frustrated resident, {name}, had to walk to a distant public tap before dawn.\n\n"
        "\u201cWe found no water in our taps when we woke up this morning,\u201d said tired Dlamuka.\n"
    )


def test_an_apposed_name_keeps_its_unknown_first_given_name() -> None:
    for name in ("Nolwazi Grace Dlamuka", "Thandeka Rose Dlamuka"):
        found = speakers_starting(_release(name), "We found")
        assert found == [name], (name, found)


def test_a_known_first_given_name_is_kept_as_before() -> None:
    found = speakers_starting(_release("Mary Grace Dlamuka"), "We")
    assert found == ["Mary Grace Dlamuka"], found


def test_a_place_before_a_name_without_commas_is_still_trimmed() -> None:
    text = (
        "Taps run dry\n\n"
        "Residents met Westbury Grace Dlamuka at the hall on Monday.\n\n"
        "\u201cWe found no water in our taps when we woke up this morning,\u201d said Dlamuka.\n"
    )
    found = speakers_starting(text, "We found")
    assert found == ["Grace Dlamuka"], found
