"""Who a sentence introduces, by the shape of the text (issue 24, round 11): a run of capitals
before an organization's head word is no person; "a role, Name Surname, said" is one, given name
known or not. Invented releases."""

from __future__ import annotations

from tests.support.importing import speaker_names
from tui.core.importer.people import Registry


def people(text: str) -> list[str]:
    registry = Registry()
    registry.scan(text)
    return [known.name for known in registry.people]


def test_a_run_before_an_organization_head_is_no_person() -> None:
    text = "The minister opened the games of the Maria Secondary Schools Sports Association in Tumba."
    assert people(text) == []


def test_role_then_name_between_commas_before_a_cue_verb() -> None:
    text = "At the opening, the organising committee's chief executive officer, Otieno Kamaru, said all was ready."
    assert people(text) == ["Otieno Kamaru"]


def test_quote_after_a_role_name_cue_goes_to_that_person() -> None:
    text = (
        "Team ready for the championships\n\n"
        "Attending the opening of the Maria Secondary Schools Sports Association [MSSA] games, the "
        "organising committee's chief executive officer, Otieno Kamaru, said preparations were going well "
        "but added:\n\n"
        "“There are those who wanted this done in a less open manner and wasteful of public funds, but we refused.”\n"
    )
    assert speaker_names(text) == ["Otieno Kamaru"]


# "said Vaelu" when the text writes "Vaelu" only right before "Toma", once as a run of its own
# ("the village matai, Vaelu Toma"): a given name, the speaker "Vaelu Toma", not the caption's title and
# given name ("Matai Vaelu" of "Matai Vaelu Toma").
GIVEN_BEFORE = """Tarn council warns posters

PHOTO: Tarn village Matai Vaelu Toma (left) with the elders.

At a meeting on Friday, the village matai, Vaelu Toma and elders Fiu Lemo and Fiu Tavi, set out the ban.

“People who filmed the meeting were never invited,” said Vaelu.
"""


def test_a_one_word_cue_always_written_before_the_same_surname_is_a_given_name() -> None:
    assert speaker_names(GIVEN_BEFORE) == ["Vaelu Toma"]


def test_a_surname_ending_a_run_or_a_body_after_it_stays_the_surname() -> None:
    for lead in (
        "Director Jo Roe Foundation staff met. The Roe Foundation will pay.",
        "Mayor Jo Roe Tuesday opened the hall. Roe Tuesday was there.",
        "Mayor Jo Roe opened the hall with Al Moss.",
    ):
        assert speaker_names(f"Tarn fund opens\n\n{lead}\n\n“We will pay,” said Roe.\n") == ["Jo Roe"]
