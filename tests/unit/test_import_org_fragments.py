"""Fragments of posts and of other words are no bodies: a post's
opening word ("Prime [Minister]", "Joint [Chair]"), a local-government area's kind alone ("the
Shire President"), and a capitalised word after "The X of" ("The Memorandum of Understanding")."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {o.name for o in find_orgs(paragraphs).orgs.values()}


def test_the_opening_word_of_a_post_is_no_body() -> None:
    names = _names(
        [
            "In a press conference, the Prime Minister said the inquiry would go on.",
            "The Prime Minister renewed his support for the officers.",
            "Velmar College and Tarrow University announced a Joint Chair in Coastal Studies.",
            "The partnership on a Joint Chair for Coastal Studies was signed on Monday.",
            "We thank Dr Ana Reis, the Immediate Past President, who led the work.",
        ]
    )
    assert not names & {"Prime", "Joint", "Immediate Past"}, names


def test_a_body_before_a_post_stays() -> None:
    names = _names(
        [
            "Borexco Foods Chief Executive Rui Fenado said sales rose.",
            "Borexco Foods CEO Rui Fenado added that more stores would open.",
            "Lantern Trust Director Ines Lobo said the Lantern Trust was pleased.",
        ]
    )
    assert {"Borexco Foods", "Lantern Trust"} <= names, names


def test_a_local_area_kind_before_a_post_is_no_body() -> None:
    names = _names(
        [
            "Cr Ana Reis will stay on as Shire President and Cr Rui Fenado as Deputy Shire President.",
            "Ana Reis said she is glad to continue as the Shire President.",
            "The District Chief Executive for Tavira, Hon. Rui Fenado, opened the clinic.",
            "The County Manager said the County Manager would report in May.",
        ]
    )
    assert not names & {"Shire", "District", "County"}, names


def test_a_named_area_before_a_post_stays() -> None:
    names = _names(
        [
            "Tavira Shire Council President Ana Reis said the roads would be fixed.",
            "The Velmar District Assembly Chairman, Rui Fenado, said the Velmar District Assembly agreed.",
        ]
    )
    assert {"Tavira Shire Council", "Velmar District Assembly"} <= names, names


def test_an_article_is_no_given_name_before_of() -> None:
    names = _names(
        [
            "The Memorandum of Understanding that was signed binds both sides.",
            "The Year of the Heron will prove to be a hard one for growers.",
        ]
    )
    assert not names & {"Understanding", "Heron"}, names


def test_a_person_of_a_body_still_names_it() -> None:
    names = _names(
        [
            "Ana Reis of Borexco said the plant would reopen.",
            "Rui Fenado of the Lantern Trust said the plan was sound.",
        ]
    )
    assert {"Borexco", "Lantern Trust"} <= names, names
