"""Names the page glued to words that are no part of them (round 24): a repeated credit
("IAAF IAAF"), an owner's possessive, a nationality after "and", a lone letter, a post and a
person's honorific, a named gift ("… Endowed")."""

from __future__ import annotations

from tests.support.importing import drafted
from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {o.name for o in find_orgs(paragraphs).orgs.values()}


def test_a_credit_glued_to_the_same_name_is_read_once() -> None:
    # A photo credit line and a caption read as one paragraph: "WSF" then "WSF President ...".
    release = (
        "Council sets the calendar for next season\n\n© WSF\nWSF President Ann Lowe\n\n"
        "The council of the World Squash Forum met online on Tuesday to set the calendar.\n\n"
        "“Nobody should leave the sport for want of a tournament,” said Lowe.\n"
    )
    names = {o.name for o in drafted(release).orgs.values()}
    assert "WSF WSF" not in names
    assert "WSF" in names


def test_an_owner_possessive_is_cut_when_the_owner_is_a_found_name() -> None:
    paragraphs = [
        "Brantley University opened a clinic on Monday.",
        "Researchers at Brantley’s Faculty of Dentistry will run it, the university said.",
    ]
    names = _names(paragraphs)
    assert "Faculty of Dentistry" in names and "Brantley’s Faculty of Dentistry" not in names


def test_an_acronym_owners_event_is_no_body() -> None:
    names = _names(
        [
            "Jo Bell, chairman of the Federation of Small Farms (FSF), speaking tonight at the "
            "FSF’s Annual Dinner said so."
        ]
    )
    assert "FSF’s Annual Dinner" not in names and "Annual Dinner" not in names


def test_a_place_owner_keeps_its_name() -> None:
    names = _names(["Kenya Power said so.", "Kenya’s Energy Ministry said the line was open."])
    assert "Energy Ministry" not in names


def test_a_nationality_after_and_is_cut() -> None:
    names = _names(["Scientists at the University of Marlow and Canadian partners found it."])
    assert "University of Marlow" in names and "University of Marlow and Canadian" not in names


def test_a_lone_letter_before_a_headed_name_is_cut() -> None:
    names = _names(["Students at the U of M College of Fisheries and Oceans won the award."])
    assert "M College of Fisheries and Oceans" not in names


def test_a_post_then_an_honorific_is_a_person() -> None:
    names = _names(
        [
            "Foreign Minister Prince Saud Al-Faisal and Secretary-General of the Gulf Cooperation Council "
            "(GCC) Dr. Omar Al-Hadi held a joint press conference in Riyadh yesterday after the meeting.",
        ]
    )
    assert not any(n.startswith("Foreign Minister") for n in names)
    assert "Gulf Cooperation Council" in names


def test_a_named_gift_is_no_body() -> None:
    names = _names(
        [
            "Chairs that each received matches were the Ruth K. Dalton Endowed Chair in\nFinance and the "
            "Amos T. Reed Presidential Endowed Chair. Pell State University said so."
        ]
    )
    assert not any(n.endswith("Endowed") for n in names)
