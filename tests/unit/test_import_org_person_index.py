"""The person check of names with no head word reads the text's words once (a WordIndex), and
finds a name where the plain search would (invented texts)."""

from __future__ import annotations

import pytest

from tui.core.importer.org_actors import WordIndex, person_like

TEXT = (
    "Mr Vantaa spoke first. Dame Olwen Brask opened the hall. Acme Vantaa-Oy makes boats. "
    "“We are ready,” said Kettleby’s chair. Ramsholt said the boats were late. "
    "Olwen Brask, the director, agreed. Borrow Hill Works hired staff."
)


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Vantaa", True),  # "Mr Vantaa"
        ("Brask", True),  # "Olwen Brask": a given name before it
        ("Olwen Brask", True),  # a role after it
        ("Jo Ramsholt", True),  # "Ramsholt said"
        ("Jo Kettleby", True),  # "said Kettleby’s"
        ("Borrow Hill Works", False),
        ("Acme Vantaa", False),  # "Acme Vantaa-Oy" is another word
    ],
)
def test_person_like_by_the_index(name: str, person: bool) -> None:
    assert person_like(name, WordIndex(TEXT)) is person
    assert person_like(name, TEXT) is person


def test_spans_are_whole_words_in_order() -> None:
    index = WordIndex("Ann Lee met Ann Leeds and Ann Lee. Ann Lee-Smith left; xAnn Lee stayed.")
    assert index.spans("Ann Lee") == [(0, 7), (26, 33)]
