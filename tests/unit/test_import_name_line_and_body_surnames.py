"""Round 37s: a line after a quote's paragraph is its name line only when the paragraph has no cue
of its own and goes on with no quote before; a body's word as a surname ("David Branch") (invented text)."""

from __future__ import annotations

import pytest

from tests.support.importing import registered, speakers

_HEAD = "Harbour plan backed\n\nThe council backed the harbour plan on Monday evening in the town hall.\n\n"


def _names(text: str) -> set[str]:
    return {name for name, _review in speakers(text)}


@pytest.mark.parametrize(
    "paragraph",
    [
        "“The harbour is the heart of this town,” Solberg said. “I congratulate the team who wrote the plan.”",
        "“The harbour is the heart of this town,” said Solberg, mayor of Tarnby. “The fishers will gain from it.”",
        "“The harbour is the heart of this town,” Solberg added; “the fishers will gain from it.”",
    ],
)
def test_a_paragraph_with_its_own_cue_takes_no_name_line(paragraph: str) -> None:
    text = _HEAD + "Mayor Ingrid Solberg opened the debate.\n\n" + paragraph + "\n\nKaren Lund, Peter W.\n"
    assert _names(text) == {"Ingrid Solberg"}


@pytest.mark.parametrize("line", ["Advice On Smoking", "Mary Hollis", "Karen Lund, Peter W."])
def test_a_paragraph_going_on_with_the_quote_before_takes_no_name_line(line: str) -> None:
    text = _HEAD + (
        "Mayor Ingrid Solberg said: “The harbour is the heart of this town and we will keep it working.\n\n"
        "“A working harbour brings the fishers back. People were asked to come to the next meeting.”\n\n" + line + "\n"
    )
    assert _names(text) == {"Ingrid Solberg"}


def test_a_quote_only_paragraph_still_takes_its_name_line() -> None:
    text = (
        _HEAD + "“The harbour is the heart of this town and we will keep it working.”\n\nJane Holm, Minister of Ports\n"
    )
    assert _names(text) == {"Jane Holm"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("League Commissioner David Branch and manager Dave Brown announced the coach.", "David Branch"),
        ("The club's coach Emma Branch announced the squad on Monday.", "Emma Branch"),
        ("Club president Ruth Branch opened the new stand on Monday.", "Ruth Branch"),
    ],
)
def test_a_body_word_is_a_surname_after_a_given_name(text: str, name: str) -> None:
    assert name in registered(text)


def test_the_surname_cue_then_names_the_full_name() -> None:
    text = _HEAD + (
        "League Commissioner David Branch and manager Dave Brown announced the new coach today.\n\n"
        "“We were searching for someone who would best serve the League as a whole,” Branch said.\n"
    )
    [(name, review)] = speakers(text)
    assert name == "David Branch"
    assert "Branch" in review  # still shown for review: the word names bodies too


@pytest.mark.parametrize("text", ["Staff at Carnegie Hall met on Monday.", "The Main Branch opens on Monday."])
def test_a_body_word_after_no_given_name_is_no_person(text: str) -> None:
    assert registered(text) == []


# Round 109b: a surname cue when the text names two people of that surname, one of them only before a
# possessive and by a given name the list of given names lacks ("Eimhear"), the other after the quote.
_FAMILY = """Volunteers keep the parish newsletter going

The bakery in Glenvarra is Eimhear Quilty’s first stop on her morning round.

She leaves a stack of the newsletter there every Friday, as she has done for nine years.

“It takes a whole morning, but I meet everyone in the parish this way,” {cue}.

The newsletter was first printed in 1983 by a group of parents.

Before her round, Eimhear had picked up the copies from her cousin, Cathal Quilty. He had printed them in his garage.
"""


def test_a_surname_cue_shared_by_two_people_is_flagged_and_prefers_the_one_named_before() -> None:
    [(name, review)] = speakers(_FAMILY.format(cue="says Quilty"))
    assert name == "Eimhear Quilty"
    assert "Cathal Quilty" in review


@pytest.mark.parametrize(
    "cue, name", [("says Eimhear Quilty", "Eimhear Quilty"), ("says Cathal Quilty", "Cathal Quilty")]
)
def test_a_full_name_cue_tells_two_people_of_one_surname_apart(cue: str, name: str) -> None:
    [(speaker, review)] = speakers(_FAMILY.format(cue=cue))
    assert speaker == name
    assert "named “Quilty”" not in review  # ("Eimhear", a given name not known, may be flagged for that)


def test_a_role_cue_tells_two_people_of_one_surname_apart() -> None:
    intro = "Her cousin Cathal Quilty, the newsletter editor, prints the copies.\n\n"
    text = _FAMILY.format(cue="says the editor").replace("She leaves", intro + "She leaves")
    assert speakers(text) == [("Cathal Quilty", "")]


def test_a_place_named_after_a_surname_is_no_namesake() -> None:
    text = (
        "Ferry service returns to the lake\n\n"
        "Mara Voss, head of the Keld Ferry Board, opened the new service on Monday.\n\n"
        "The boats will stop at Lake Voss, named after her grandfather, and at two other piers.\n\n"
        "“The lake belongs to everyone who lives around it,” Voss said.\n"
    )
    assert speakers(text) == [("Mara Voss", "")]
