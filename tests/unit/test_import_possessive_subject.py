"""A pronoun after a paragraph opened by another person's possessive (issue 24, round 39s):
"Professor Lind’s award will allow him …" then "He said: “…”" may mean Lind, not the last speaker."""

from __future__ import annotations

from tests.support.importing import speakers

_HEAD = (
    "Three city academics win research awards\n\n"
    "Recipients Professor Marco Ferrante, Professor Tobias Lind and Professor Ann Roe are all based in "
    "the Science Faculty.\n\n"
    "Professor Ferrante, of the Department of Mathematics, will use his award to study how rivers shape towns. "
    "He said: “I am very honoured to receive this award, which also offers recognition for my Department.\n\n"
    "“Rivers are everywhere in our lives. This award will allow us to take a step forward.”\n\n"
    "Professor Ferrante will examine how floods spread through old streets.\n\n"
)


def test_possessive_with_title_opens_the_paragraph_before() -> None:
    text = _HEAD + (
        "Professor Lind’s award will allow him to take forward research into glass sensors.\n\n"
        "He said: “I am deeply grateful for this award and for my research group.\n\n“New uses are coming.”\n"
    )
    name, review = speakers(text)[1]
    assert name == "Tobias Lind" or "may mean 'Lind'" in review


def test_bare_surname_possessive_with_straight_apostrophe() -> None:
    text = _HEAD + (
        "Lind's project will look at light in thin glass.\n\n"
        "He added: “It is a real honour for the whole team in the lab.”\n"
    )
    _name, review = speakers(text)[1]
    assert "may mean 'Lind'" in review


def test_possessive_two_paragraphs_before_the_pronoun() -> None:
    text = _HEAD + (
        "Dr Lind’s work has been funded twice before.\n\n"
        "The faculty will host an open day in May.\n\n"
        "He said: “We are proud to be part of this work and of the city.”\n"
    )
    _name, review = speakers(text)[1]
    assert "may mean 'Lind'" in review


def test_own_possessive_needs_no_review() -> None:
    text = _HEAD + (
        "Professor Ferrante’s award will allow him to hire two students.\n\n"
        "He said: “We will start the work in the spring with the new team.”\n"
    )
    name, review = speakers(text)[1]
    assert name == "Marco Ferrante"
    assert review == ""
