"""Speakers' name forms (issue 24, round 31): a one-word cue completed from a sentence-case headline,
"M." as an initial before a full name, Malay honorifics, and a cue that drops a middle initial."""

from __future__ import annotations

import pytest

from tests.support.importing import speakers


@pytest.mark.parametrize(
    ("headline", "cue", "want"),
    [
        (
            "Board director and Cricket Operations Chairman Akram Khan speaking to the media.",
            "Akram said",
            "Akram Khan",
        ),
        ("Selector Habibul Bashar names the squad today", "Bashar said", "Habibul Bashar"),
        ("Coach Lena Ortiz speaking after the final", "Ortiz told reporters", "Lena Ortiz"),
    ],
)
def test_one_word_cue_takes_the_headline_name(headline: str, cue: str, want: str) -> None:
    text = f'{headline}\n\n"Few changes are made today," {cue} at the ground.\n'
    got = speakers(text)
    assert [name for name, _ in got] == [want]
    assert got[0][1]  # flagged: the full name stands only in the headline


@pytest.mark.parametrize(
    "headline",
    [
        "Governor Polis Signs Bills into Law",  # title case goes on after the pair
        "Highlanders snap up Canterbury's Delaney",  # a possessive is no name
    ],
)
def test_headline_pairs_that_are_not_names(headline: str) -> None:
    word = "Polis" if "Polis" in headline else "Delaney"
    text = f'{headline}\n\n"We are glad to be here," {word} said.\n'
    names = [name for name, _ in speakers(text)]
    assert names == [word]


@pytest.mark.parametrize(
    ("cue", "want"),
    [
        ("said Willamette University President M. Lee Pelton", "M. Lee Pelton"),
        ("said President M. Anne Tobin", "M. Anne Tobin"),
        ("said Dean M. Rafael Ortega", "M. Rafael Ortega"),
    ],
)
def test_m_initial_before_a_full_name_is_kept(cue: str, want: str) -> None:
    text = (
        f'Gift opens a new building\n\nThe gift was announced today.\n\n"This building opens a new chapter," {cue}.\n'
    )
    assert [name for name, _ in speakers(text)] == [want]


@pytest.mark.parametrize("honorific", ["Encik", "Puan"])
@pytest.mark.parametrize(
    "line",
    [
        'Group Managing Director of SCIB, {h} Rosland bin Othman said, "We are pleased to announce the project."',
        '"We are pleased to announce the project," said {h} Rosland bin Othman, Group Managing Director.',
    ],
)
def test_malay_honorific_is_not_a_given_name(honorific: str, line: str) -> None:
    text = "School contract won\n\n" + line.format(h=honorific) + "\n"
    assert [name for name, _ in speakers(text)] == ["Rosland bin Othman"]


@pytest.mark.parametrize(
    ("listed", "cue"),
    [
        ("Marc H. Morial, president and CEO, National Urban League", "said Marc Morial, president and CEO"),
        ("Jo T. Rivera, chair, Acme Trust", "Jo Rivera, chair of Acme Trust, said"),
    ],
)
def test_cue_without_the_middle_initial_is_flagged(listed: str, cue: str) -> None:
    text = (
        "Leaders meet the senator\n\n"
        f"Attendees included: {listed}; Kristen Clarke, president, Lawyers Group.\n\n"
        f"“We thank the senator for his attention to our priorities,” {cue}.\n"
    )
    got = speakers(text)
    assert len(got) == 1
    assert "check which form to keep" in got[0][1]
