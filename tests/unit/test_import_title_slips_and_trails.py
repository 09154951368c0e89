"""Test12 name shapes: a misspelt title, a title word as a given name after a role, a role after a name."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def drafted(text: str) -> list[tuple[str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.review) for found, sid in d.quotes]


def test_misspelt_superintendent_is_a_title() -> None:
    text = (
        "New sheds open in Tarnby\n\n"
        "The Tarnby brigade opened two new sheds on Monday, watched by Superintendant Orla Venn.\n\n"
        "“The new sheds bring the trucks and the gear of the whole valley under one roof,” said Superintendant Venn.\n"
    )
    assert [name for name, _ in drafted(text)] == ["Orla Venn"]


def test_title_word_after_a_role_and_comma_is_a_given_name() -> None:
    text = (
        "Trailer maker wins order\n\n"
        "A visit by the Hon Carl Moody MP and the buyer’s Head of Transport, Tom Quill, sealed the order.\n\n"
        "Trailtec’s new Managing Director and CEO, Dean Harrow, used the visit to thank the buyer. "
        "“We are proud that the buyer has chosen to work with us,” he said.\n"
    )
    assert [name for name, _ in drafted(text)] == ["Dean Harrow"]


def test_name_then_role_without_comma_then_a_body() -> None:
    text = (
        "Boosters raise funds\n\n"
        "The booster club gave the schools more this year than ever.\n\n"
        "“Our gifts have gone up a great deal this year,” said Carl Rudge president of the club "
        "and assistant coach for Pender High.\n"
    )
    assert [name for name, _ in drafted(text)] == ["Carl Rudge"]
