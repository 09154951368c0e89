"""Speaker names in forms of issue 24 round 29 (test19, test20): Indian honorifics, a surname that
is a building word, "Dean" as a given name, and "Name of Body" in a cue. Invented releases."""

from __future__ import annotations

import pytest

from tests.support.importing import speakers


def _found(text: str, count: int) -> list[tuple[str, str]]:
    found = speakers("News from the region\n\nThe plant opened on Monday.\n\n" + text)
    assert len(found) == count, found
    return found


@pytest.mark.parametrize(
    "text",
    [
        "Minister Shri Ravi Deshmukh welcomed it. “We are steadfast in our support,” declared Shri Deshmukh.",
        "“We are steadfast in our support,” said Shri Ravi Deshmukh, the chief minister.",
        "Minister Shri Ravi Deshmukh said: “We are steadfast in our support.”",
        "“We are steadfast in our support,” said Shrimati Ravi Deshmukh.",
    ],
)
def test_shri_and_shrimati_are_honorifics_not_names(text: str) -> None:
    ((name, _review),) = _found(text, 1)
    assert name == "Ravi Deshmukh"


def test_smt_with_a_dot_does_not_end_the_cue() -> None:
    text = (
        "“We back this plant fully,” said Smt. Anjali Deshpande, the district collector.\n\n"
        "“It brings jobs,” Smt. Deshpande added."
    )
    assert [name for name, _ in _found(text, 2)] == ["Anjali Deshpande", "Anjali Deshpande"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("said Lesley Hall, the group's chief executive.", "said Ms Hall."),
        ("Lesley Hall said.", "Ms Hall added."),
        ("said Toby Hall.", "Mr Hall said."),
        ("said Jo Park, the group's chief executive.", "said Ms Park."),
    ],
)
def test_a_building_word_after_a_given_name_in_a_cue_is_a_surname(first: str, second: str) -> None:
    text = f"“People deserve the same rights,” {first}\n\n“A lack of support hurts them,” {second}"
    found = _found(text, 2)
    full = first.removeprefix("said ").split(",")[0].removesuffix(" said.").removesuffix(".")
    assert [name for name, _ in found] == [full, full]
    assert all("check it names a person" in review for _, review in found)  # still flagged


@pytest.mark.parametrize("role", ["councillor", "Councillor", "government councillor"])
def test_a_title_introduces_a_person_whose_surname_is_service(role: str) -> None:
    text = (
        "Johnson Hill, a resident, said the road was bad.\n\n"
        f"In a statement, {role} Phillip Service, in whose division the road lies, agreed.\n\n"
        "“It has taken too long in my opinion,” the councillor said.\n\n"
        "“It is really a main road, so I have reported it,” he added."
    )
    found = _found(text, 2)
    assert [name for name, _ in found] == ["Phillip Service", "Phillip Service"]
    assert all(review for _, review in found)  # "Service" is a word of bodies: flagged


@pytest.mark.parametrize(
    "intro",
    [
        "It ends years of work, says Dean Baigent-Mercer of Native Forest Action.",
        "It ends years of work, says Dean Jenkins of the Forest Trust.",
        "Dean Jenkins, of the Forest Trust, welcomed it.",
    ],
)
def test_dean_before_a_lone_surname_is_a_given_name(intro: str) -> None:
    surname = "Baigent-Mercer" if "Baigent" in intro else "Jenkins"
    text = f"{intro}\n\n“Our campaign has been a success,” Mr {surname} said."
    ((name, review),) = _found(text, 1)
    assert name == f"Dean {surname}"
    assert "Dean" in review  # flagged: Dean may be the title


def test_dean_before_a_full_name_stays_a_title() -> None:
    text = "“This lab is new,” said Dean Jane Roe of the Law School.\n\n“It helps,” Dean Roe said."
    assert [name for name, _ in _found(text, 2)] == ["Jane Roe", "Jane Roe"]


@pytest.mark.parametrize(
    "cue",
    [
        "said Jo Smith of Native Tree Action.",
        "Jo Smith of Native Forest Action said.",
        "said Jo Smith of Forest Action and Rivers.",
        "said Jo Smith of the Native Tree Action.",
    ],
)
def test_a_body_after_of_in_a_cue_is_not_the_speaker(cue: str) -> None:
    ((name, _review),) = _found(f"“Our campaign has been a success,” {cue}", 1)
    assert name == "Jo Smith"


@pytest.mark.parametrize(
    ("intro", "cue"),
    [
        (
            "Mr Samuel Addai Agyekum, the District Chief Executive (DCE) of the Kumawu District, pledged support.",
            "the DCE added",
        ),
        ("Mr Samuel Addai Agyekum, District Chief Executive (DCE) for Kumawu, pledged support.", "the DCE said"),
        ("Samuel Addai Agyekum, the District Chief Executive (DCE), pledged support.", "the DCE told them"),
    ],
)
def test_a_title_acronym_in_brackets_names_its_holder(intro: str, cue: str) -> None:
    text = (
        f"{intro}\n\nThe members were sworn in on Friday at the hall.\n\n"
        f"“By doing this, you will execute your mandates,” {cue}."
    )
    ((name, _review),) = _found(text, 1)
    assert name == "Samuel Addai Agyekum"
