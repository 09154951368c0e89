"""Two people joined by "and", names put together, and Malaysian honorifics (round 23s)."""

import pytest

from tests.support.importing import found_quotes, registered


@pytest.mark.parametrize(
    ("first", "second"),
    [("Morven Tasker", "Ewan Pryde"), ("Crichton Lang", "Neil Simco"), ("Professor Lang", "Neil Simco")],
)
def test_a_full_name_before_and_keeps_its_own_surname(first: str, second: str) -> None:
    surname = first.split()[-1]
    text = [
        f"{first} and {second} have both been named professors.",
        f'Speaking about it, Professor {surname} said: "While I am proud of this, I am grateful."',
    ]
    [(name, _review)] = found_quotes(text)
    assert name.split()[-1] == surname
    assert f"{surname} {second.split()[-1]}" not in registered(text[0])


def test_a_shared_surname_still_makes_two_people() -> None:
    assert registered("The shop was opened by Trevor and Marla Quenby in May.") == ["Trevor Quenby", "Marla Quenby"]


def test_a_name_the_text_never_writes_is_flagged() -> None:
    # "Lang" alone before "and": still read as a shared surname's given name, but flagged.
    text = [
        "Lang and Neil Simco have both been named professors.",
        'Professor Lang said: "While I am proud of this, I am grateful."',
    ]
    [(name, review)] = found_quotes(text)
    assert name != "Lang Simco" or review.startswith("the text never writes “Lang Simco” as such")


def test_a_name_written_with_other_spacing_is_not_flagged() -> None:
    text = ["J.R. Dunmore spoke first.", 'J. R. Dunmore said: "We will grow this year."']
    assert all("never writes" not in review for _name, review in found_quotes(text))


@pytest.mark.parametrize("honorific", ["Tan Sri", "Datuk Seri", "Datuk", "Dato'", "Dato’", "Datin"])
def test_a_malaysian_honorific_is_no_part_of_the_name(honorific: str) -> None:
    text = f"Its president, {honorific} Tengku Ahmad Zaki Ariff said Malaysia did well."
    names = registered(text)
    assert names[0] == "Tengku Ahmad Zaki Ariff"
    assert not any(honorific.split()[0] in name for name in names)
