"""Cue subjects in shapes first met on test4 (issue 24, round 8): "a message from … Mr X who said:",
an organization's officer known by title and surname only ("Acme Rovers CEO Brandt"), a degree
after a name before its title ("Jo Lee BA Chair said"). Invented releases."""

from __future__ import annotations

from tests.support.importing import speaker_names
from tui.core.importer.names import strip_post_nominals


def test_a_relative_cue_names_the_one_before_who() -> None:
    text = (
        "Congress opens in Geneva\n\n"
        "The Congress opened on Monday with three hundred delegates.\n\n"
        "Agency Secretary-General, Mr Paul Ferrand read a message to the delegates from the Chair of the "
        "Council, Ms Ingrid Solheim who said: “The Agency plays a key role in the study of the climate.”\n\n"
        "“Its members can help every country to adapt.”\n"
    )
    assert speaker_names(text) == ["Ingrid Solheim", "Ingrid Solheim"]


def test_an_officer_by_organization_title_and_surname() -> None:
    text = (
        "Rovers name a head coach\n\n"
        "Acme Rovers today named Dana Whitfield as the club's first head coach. Whitfield, a former "
        "Olympic champion and Harbour Hawks GM, won two Grand Finals.\n\n"
        "“Naming Dana as our first coach is a dream come true,” said Acme Rovers CEO Brandt. “She is "
        "the right person for the team we are building.”\n"
    )
    assert speaker_names(text) == ["Brandt"]


def test_a_degree_after_a_name_is_not_part_of_it() -> None:
    assert strip_post_nominals("Jo Lee BA") == "Jo Lee"
    text = (
        "League suspends a team\n\n"
        "The league suspended the team from its competitions until further notice. "
        "Owen Marsh BA Chairman said “the situation is distressing and we are watching it closely.”\n"
    )
    assert speaker_names(text) == ["Owen Marsh"]


def test_a_long_role_then_the_hon_and_the_name() -> None:
    text = (
        "Grants for sport halls\n\n"
        "Forty groups will share the grants this year. Mayor Tom Gray opened the first new hall on Friday.\n\n"
        '"Sport halls matter to the health of every village on the island," said Minister of Sport and '
        'Rural Affairs, the Hon. Agnes Pellerin. "We are glad to help them."\n'
    )
    assert speaker_names(text) == ["Agnes Pellerin"]
