"""Partial quotes inside narrative sentences, a left-out opening mark, honorific spellings
(issue 24, round 13s): invented releases in the shapes of real ones."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, first words) of each drafted quote."""
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, " ".join(found.parts)[:30]) for found, sid in d.quotes]


def starts(text: str) -> list[str]:
    return [start for _name, start in quotes(text)]


_HEAD = (
    "Council backs harbour plan\n\n"
    "Mayor Ingrid Solberg opened the harbour debate on Monday evening in the town hall.\n\n"
)


def test_partial_quote_after_a_pronoun_and_a_verb_of_saying() -> None:
    text = _HEAD + "She stressed that, ahead of the vote, “reform is overdue,” and thanked the staff.\n"
    assert ("Ingrid Solberg", "reform is overdue,") in quotes(text)


def test_partial_quote_after_article_with_title_and_surname() -> None:
    text = _HEAD + "Mayor Solberg referred to a “grave danger” posed by the old pier to the ferries.\n"
    assert ("Ingrid Solberg", "grave danger") in quotes(text)


def test_second_fragment_in_the_same_sentence_is_its_own_quote() -> None:
    text = _HEAD + (
        "She said the new plan for the old harbour was “long overdue”, "
        "as she thanked the harbour master for his “quiet hard work”.\n"
    )
    assert quotes(text) == [("Ingrid Solberg", "long overdue"), ("Ingrid Solberg", "quiet hard work")]


def test_scare_quote_without_a_speaking_subject_stays_in_the_text() -> None:
    text = _HEAD + "The pier was called a “perfect storm” of rust and neglect by the engineers' report.\n"
    assert starts(text) == []


def test_paragraph_that_leaves_out_its_opening_mark() -> None:
    text = (
        "Union opens its congress\n\n"
        "Union president Tomas Lindqvist spoke to 900 delegates at the opening of the congress.\n\n"
        "We meet this week to plan, to argue and to stand together,” said Lindqvist. "
        "“We are proud of the work our members do.”\n\n"
        "Marta Holm, you are meant to be the minister of labour, not of employers,” said Lindqvist. "
        "“These actions destroy bargaining rights.”\n"
    )
    got = quotes(text)
    assert [start[:16] for _name, start in got] == ["We meet this wee", "Marta Holm, you "]
    assert all(name == "Tomas Lindqvist" for name, _start in got)


def test_a_closing_mark_with_no_cue_after_it_opens_nothing() -> None:
    text = (
        "Union opens its congress\n\n"
        "Union president Tomas Lindqvist spoke to 900 delegates at the opening of the congress.\n\n"
        "The hall was full of banners reading Stand Together,” and of flags.\n"
    )
    assert starts(text) == []


def test_shaikh_is_an_honorific_like_sheikh() -> None:
    text = (
        "Cup hosts named\n\n"
        "Confederation President Shaikh Hamad bin Rashid Al Nuaimi congratulated the hosts.\n\n"
        "He said: “On behalf of the confederation, I congratulate the association on its bid.”\n"
    )
    assert quotes(text) == [("Hamad bin Rashid Al Nuaimi", "On behalf of the confederation")]
