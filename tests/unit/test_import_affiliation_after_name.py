"""An affiliation or role written after a person's name (in brackets or after a comma) is not the speaker."""

from __future__ import annotations

import pytest

from tests.support.importing import speaker_names, speakers
from tui.core.importer.people import Registry

_HEAD = "Harbour league names its squad\n\nThe league picked its players for the coastal cup on Monday.\n\n"


@pytest.mark.parametrize(
    "intro",
    [
        "Tamsby says Herman Kolde (Kenya Harlequin) and Daniel Rusk (Blue Sharks) will lead the side.",
        "Tamsby says Herman Kolde [Kenya Harlequin] will lead the side.",
        "Tamsby named Herman Kolde (Kenya Harlequin, Nairobi) as the captain.",
    ],
)
def test_bracket_after_a_name_is_no_person(intro: str) -> None:
    text = _HEAD + "Head Coach Orvel Tamsby oversaw the last training run.\n\n" + intro + "\n\n"
    text += "“We will give our best in every match and hope for a good result.”\n\n"
    text += "“They have a lot of excitement and they want to express themselves on the field.”\n"
    names = speaker_names(text)
    assert names and "Kenya Harlequin" not in names


@pytest.mark.parametrize(
    "cue",
    [
        "said Maren Tolsby (Summer Session director),",
        "said Maren Tolsby (director, Summer Session),",
        "said Maren Tolsby [Summer School Office],",
    ],
)
def test_bracketed_role_after_the_cue_name(cue: str) -> None:
    text = (
        "University reports summer enrolment\n\n"
        "The university counted its summer students this week.\n\n"
        f"“We are pleased with the students enrolled this summer,” {cue} "
        "“because they are the largest group in ten years.”\n"
    )
    assert set(speaker_names(text)) == {"Maren Tolsby"}


@pytest.mark.parametrize(
    "subject",
    [
        "Mabon ap Gwynfor, chair of Siop Ni Cynwyd,",
        "Dafydd ab Owain, chair of Siop Ni Cynwyd,",
        "Tomas Verlind, Director, Acme Holdings,",
        "Tomas Verlind, Director, Westbay Trading Group,",
        "Ms Ilse Varga, head of Corran Valley Trust,",
    ],
)
def test_comma_role_after_the_name(subject: str) -> None:
    text = (
        "Village shop plan moves on\n\n"
        "The new group has received advice from the Wales Co-op Centre and Cadwyn Clwyd.\n\n"
        f"{subject} said: “A lot of people have come forward willing to help with the shop.”\n"
    )
    found = speakers(text)
    assert len(found) == 1
    name = found[0][0]
    assert name.split()[-1] in subject and not any(w in name for w in ("Siop", "Acme", "Westbay", "Corran"))


@pytest.mark.parametrize(
    ("sentence", "club"),
    [
        ("Simiyu says Herman Kolde (Kenya Harlequin) will captain the side.", "Kenya Harlequin"),
        ("Simiyu says Herman Kolde [Kenya Harlequin] will captain the side.", "Kenya Harlequin"),
        ("The side is led by Daniel Rusk (Shannon Rovers) and Herman Kolde (Kenya Harlequin).", "Shannon Rovers"),
        ("Ada Ruhl (Dean Carter Institute) spoke first.", "Dean Carter"),
    ],
)
def test_registry_meets_no_person_in_a_bracket_after_a_name(sentence: str, club: str) -> None:
    registry = Registry()
    registry.scan(sentence)
    assert registry.by_name(club) is None


def test_a_name_in_brackets_after_a_role_is_still_met() -> None:
    registry = Registry()
    registry.scan("The club's new captain (Herman Kolde) will lead the side.")
    assert registry.by_name("Herman Kolde") is not None
