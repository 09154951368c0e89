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
