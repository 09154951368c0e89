"""Names that are no bodies by their shape, and words the page glued to a name (issue 24,
round 16; invented texts): exchanges and wire photo credits, laws and standards, venues, a
legislature's committees, titled people, a clock's "PM", "Media Release", a headline in capitals,
an acronym the text spells out as a thing or a place, a body's organ named with its owner."""

from __future__ import annotations

import pytest

from tests.support.importing import drafted, org_names


def test_exchanges_and_a_wire_photo_credit_are_no_bodies() -> None:
    names = org_names(
        [
            "Tarnwick Mining Inc. (TSX: TWM) said on Monday that it was named a winner by the Toronto Stock "
            "Exchange. Shares also trade on the OTC Bulletin Board.",
            "Tarnwick Mining Inc logo (CNW Group/Tarnwick Mining Inc)",
            "Tarnwick Mining Inc. said output rose. Tarnwick Mining Inc. employs 900 people.",
        ]
    )
    assert not any("Exchange" in n or "Bulletin" in n or "/" in n for n in names), names


def test_laws_and_standards_are_no_bodies() -> None:
    names = org_names(
        [
            "Under the Public Records and Meetings Act 1994 (PRAMA) the Orvale District Council must publish "
            "its reports. The accounts follow International Financial Reporting Standards (IFRS).",
            "The PRAMA review and the IFRS figures were released on Monday.",
        ]
    )
    assert "Orvale District Council" in names, names
    assert not any(n.endswith(("Act 1994", "Standards")) for n in names), names


def test_venues_and_legislature_committees_are_no_bodies() -> None:
    names = org_names(
        [
            "Rowers will race at the Tarnby International Regatta Centre, near the Olympic Village and "
            "Fenwick Centre, organised by the Tarnby Rowing Association.",
            "Vela Harmon, a member of the House Ways and Means Committee, met the Home Affairs Select Committee.",
        ]
    )
    assert "Tarnby Rowing Association" in names, names
    assert not any("Centre" in n or "Committee" in n for n in names), names


def test_titled_people_and_a_titles_adjective_are_no_bodies() -> None:
    names = org_names(
        [
            "UN Secretary-General Aro Venn said the Orvale Fishers Association must act.",
            "“We will act,” PM Kosare said. The first Cr Dunmore knew of it was on Friday.",
            "The Forum Outgoing Chair and the Outgoing Forum Chair met the Judges.",
        ]
    )
    assert "Orvale Fishers Association" in names, names
    assert not (names & {"PM Kosare", "Cr Dunmore", "Judges", "Forum Outgoing", "Outgoing Forum"}), names
    assert not any("Aro Venn" in n for n in names), names


def test_a_clock_and_a_media_release_are_unglued_from_the_name() -> None:
    names = org_names(
        [
            "Orvale City Council Media Release",
            "Statement 1 Feb 2013 04:04 PM The Tarnby Police Conduct Commission (TPCC) welcomes the report.",
            "The Orvale City Council said the TPCC report was fair.",
        ]
    )
    assert {"Orvale City Council", "Tarnby Police Conduct Commission"} <= names, names
    assert not any(n.endswith(" Media") or n.startswith("PM ") for n in names), names


def test_a_texts_own_definition_wins_over_the_listed_expansion() -> None:
    names = org_names(
        [
            "IPCC statement on the report",
            "The Independent Police Complaints Commission (IPCC) welcomes the report. The IPCC said more.",
        ]
    )
    assert "Independent Police Complaints Commission" in names, names
    assert "Intergovernmental Panel on Climate Change" not in names, names


def test_a_headline_in_capitals_names_the_company_after_the_verb() -> None:
    names = org_names(
        [
            "TARNWICK OPTICS GROUP, INC. ACQUIRES ASSETS OF VELLAN LENSES, INC.",
            "Tarnwick Optics Group, Inc. announced today that it has acquired the assets of Vellan Lenses, Inc. "
            "Tarnwick Optics Group, Inc. makes lenses.",
        ]
    )
    assert not any("ACQUIRES" in n for n in names), names


def test_an_acronym_spelled_out_as_a_thing_or_a_place_is_no_body() -> None:
    names = org_names(
        [
            "The newly signed executive order helps builders, the Tarn Fishers Union said. By signing the EO, "
            "the government admits the plan.",
            "Roads in Sierra Leone are poor. People of Bo and SL have waited; SL will benefit.",
        ]
    )
    assert "Tarn Fishers Union" in names, names
    assert not (names & {"EO", "SL"}), names


def test_an_organ_named_with_its_owners_acronym_is_its_organ() -> None:
    names = org_names(
        [
            "Initiatives For Vela (IFV) gives grants each year.",
            "Dana Orr chairs the IFV Leadership Council. This year, IFV is giving $32,000 in grants.",
        ]
    )
    assert "Initiatives For Vela" in names, names
    assert not any("Leadership Council" in n for n in names), names


def _draft_orgs(text: str) -> set[str]:
    return {org.name for org in drafted(text).orgs.values()}


_OFFICES = {
    "Commissioner": (
        "Police step up patrols before the festival\n\n"
        "PORT ELLERY, 3 March 2021 – The Acting Commissioner of Police, Ravi Lal, said extra officers "
        "would patrol the town.\n\n"
        "“We want families to enjoy the week in safety,” said the Acting Commissioner of Police.\n\n"
        "The Director General of the Ministry of Home Affairs, Tomasi Vula, welcomed the plan.\n\n"
        "“This is a good example of agencies working together,” said Mr Vula.\n",
        "Ministry of Home Affairs",
    ),
    "Chief": (
        "Harbour works begin in Vellmar\n\n"
        "VELLMAR, 9 May 2022 – The Acting Chief of Mission, Mele Tau, said the new wharf "
        "would open in June.\n\n"
        "“Traders have waited long enough,” said the Acting Chief of Mission.\n\n"
        "The Permanent Secretary of the Ministry of Coastal Works, Iosefa Lemi, signed the contract.\n\n"
        "“The work starts on Monday,” said Mr Lemi.\n",
        "Ministry of Coastal Works",
    ),
}


@pytest.mark.parametrize("title", sorted(_OFFICES))
def test_an_office_held_by_a_speaker_is_no_body(title: str) -> None:
    """Round 110: "The Acting Commissioner of Police, Ravi Lal, said": the role names a post, not a body;
    the body in another role ("Ministry of Home Affairs") stays."""
    text, body = _OFFICES[title]
    names = _draft_orgs(text)
    assert body in names
    assert not any(title in n for n in names), names


def test_a_post_defined_by_its_initials_names_no_body() -> None:
    """In "the District Chief Executive (DCE)", "District" is a word of the post, not a body."""
    names = org_names(
        [
            "The Honorable Minister of Sports, Joel Pita, also attended, with the District Chief Executive "
            "(DCE), Kofi Mensa.",
            "The Municipal Chief Executive (MCE), Ama Owusu, and the Ministry of Tarn Roads also attended.",
        ]
    )
    assert "District" not in names and "Municipal" not in names, names
    assert not any("Minister" in n for n in names), names
    assert "Ministry of Tarn Roads" in names


def test_a_body_whose_name_ends_like_a_title_stays() -> None:
    """A plural of commissioners, a legal form, a title that is a body's head noun too: still bodies."""
    names = org_names(
        [
            "The Dorrit County Commissioners approved the plan on Tuesday.",
            "Kestrel Mining AG said output rose. Kestrel Mining AG employs 900 people.",
            "The Kestrel Energy Ombudsman received 4,000 complaints. The Kestrel Energy Ombudsman said it would act.",
        ]
    )
    assert "Kestrel Mining AG" in names
    assert "Dorrit County Commissioners" in names
    assert "Kestrel Energy Ombudsman" in names
