"""The person check of names with no head word reads the text's words once (a WordIndex), and
finds a name where the plain search would (invented texts)."""

from __future__ import annotations

import pytest

from tests.support.importing import drafted
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


# "Minister for Education, Heritage and Arts, Kalevo Tesh said …" with a given name the lists do not
# hold: the subject of "said" after a comma read as a body, which then "said" the quotes, until the text
# writes "said Minister Tesh": a person's title between the verb and the surname shows a person.
TITLED = """Schools stay shut

Minister for Education, Heritage and Arts, Kalevo Tesh said that the date for reopening will be announced soon.

"Some of the schools are still used as shelters. Until they are cleared, they will stay closed," said Minister Tesh.
"""


def test_a_surname_after_a_title_and_a_speech_verb_is_a_person_s() -> None:
    assert person_like("Kalevo Tesh", WordIndex(TITLED))
    draft = drafted(TITLED)
    assert [person.name for person, _org in draft.speakers.values()] == ["Kalevo Tesh"]
    assert not draft.no_person
    assert "Kalevo Tesh" not in {o.name for o in draft.orgs.values()}
