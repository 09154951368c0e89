"""A title and its body's acronym as a sentence's subject ("Chairman PCB while addressing the players
told them …"), and an appositive's role that would run over a sentence end (issue 24 round 30, test21)."""

from __future__ import annotations

import pytest

from tests.support.importing import registered, speaker_names

_QUOTE = "“New Zealand is a cricket loving country, play good cricket and be competitive.”"


@pytest.mark.parametrize(
    ("title", "body", "tail"),
    [
        ("Chairman", "PCB", " " + _QUOTE),
        ("Chairman", "PCB", "\n\n" + _QUOTE),
        ("President", "NOC", "\n\n" + _QUOTE),
        ("Chairman", "ZC", " " + _QUOTE),
    ],
)
def test_title_and_acronym_opening_a_sentence_is_its_holder(title: str, body: str, tail: str) -> None:
    text = (
        f"News from the academy\n\nThe team met on Monday.\n\n{title} {body} Rahim Khan visited the academy today. "
        f"Sara Lee, Captain ODI team introduced players to the {title} {body}. {title} {body} while addressing "
        f"the players told them to focus on hard training.{tail}"
    )
    assert speaker_names(text) == ["Rahim Khan"]


def test_a_role_does_not_run_over_a_sentence_end() -> None:
    text = (
        "Chairman PCB Rahim Khan visited the academy. Sara Lee, Captain ODI team introduced players to the "
        "Chairman PCB. Chairman PCB while addressing the players told them to focus on hard training."
    )
    assert "Sara Lee" in registered(text)
    names = speaker_names(f"News\n\nThe team met.\n\n{text} {_QUOTE}")
    assert names != ["Sara Lee"]


@pytest.mark.parametrize(
    "text",
    [
        "“We are ready,” said Jo Roe, the U.S. Ambassador to Kenya, at the opening.",
        "“We are ready,” said Jo Roe, chief executive of Acme Inc. Holdings, at the opening.",
    ],
)
def test_abbreviations_inside_a_role_do_not_end_it(text: str) -> None:
    assert speaker_names(f"News\n\nThe team met.\n\n{text}") == ["Jo Roe"]
