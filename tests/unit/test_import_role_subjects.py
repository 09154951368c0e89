"""Role nouns as a cue's subject or a pronoun's antecedent, and names followed by post-nominal
letters (issue 24, round 14s): invented releases in the shapes of real ones."""

from __future__ import annotations

from tui.core.importer import import_text, read_source
from tui.core.importer.people import Registry


def quotes(text: str) -> list[tuple[str, str]]:
    """(speaker, first words) of each drafted quote."""
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, " ".join(found.parts)[:20]) for found, sid in d.quotes]


_PREMIERS = (
    "Premiers mourn a poet\n\n"
    "First Minister Rt. Hon Alys M Penhaligon MLA and deputy First Minister Tomas Brennock MLA "
    "have expressed their sadness at the death of the poet.\n\n"
)


def test_the_role_noun_as_a_cue_names_its_holder_not_the_deputy() -> None:
    text = _PREMIERS + (
        "The First Minister said: “It is with sorrow that I heard of the death of our poet.”\n\n"
        "The deputy First Minister said: “I offer my sympathies to her family today.”\n"
    )
    assert quotes(text) == [
        ("Alys M Penhaligon", "It is with sorrow th"),
        ("Tomas Brennock", "I offer my sympathie"),
    ]


def test_post_nominal_letters_do_not_cut_the_name() -> None:
    registry = Registry()
    registry.scan(_PREMIERS.split("\n\n")[1])
    names = [k.name for k in registry.people]
    assert "Alys M Penhaligo" not in names
    assert "Tomas Brennoc" not in names
    assert registry.by_title("First Minister")[0].name == "Alys M Penhaligon"


def test_pronoun_after_a_role_noun_subject_means_the_role_holder() -> None:
    text = (
        "Agency marks the end of a stockpile\n\n"
        "The Director-General of the Agency for Safe Waters, Ambassador Rufus Okonjo, attended the event.\n\n"
        "Deputy Secretary Hal Brimley said: “We will not stop until the work is done,” he said.\n\n"
        "During the ceremony, the Director-General received a flag for the Agency's work.\n\n"
        "“I am honoured to be part of today's commemoration of the work,” he stated.\n"
    )
    assert quotes(text)[-1] == ("Rufus Okonjo", "I am honoured to be ")


def test_a_couple_named_with_one_surname() -> None:
    text = (
        "Drought hits the shire\n\n"
        "WHEN Cath and Paul Brennock heard the shire had not been declared, they were dumbfounded.\n\n"
        "“If it is good enough for the state, why not for the nation?” Cath asked.\n"
    )
    assert quotes(text) == [("Cath Brennock", "If it is good enough")]


def test_a_title_word_that_is_a_given_name_before_a_surname_and_a_role() -> None:
    text = (
        "Junior cup goes to the lake towns\n\n"
        "“We are ecstatic to bring the cup to the lake towns next year,” said Dean Halvorsen, "
        "vice-president of partnerships for Hockey North.\n"
    )
    assert quotes(text) == [("Dean Halvorsen", "We are ecstatic to b")]
