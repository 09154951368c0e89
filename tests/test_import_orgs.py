"""Organizations named in a release: names with no head noun, legal forms, and what is never one."""

from tui.core.importer.orgs import find_orgs
from tui.core.importer.places import is_place


def _names(paragraphs: list[str]) -> set[str]:
    finder = find_orgs(paragraphs)
    out: set[str] = set()
    for org in finder.orgs.values():
        out |= {org.name, org.acronym, *org.aliases}
    return out - {""}


def test_tickers_exchanges_units_and_headers_are_not_organizations() -> None:
    names = _names(
        [
            "NEWS RELEASE FOR IMMEDIATE PUBLICATION",
            "Brightfield Corp. (NASDAQ: BRFD) said the new 40 MW plant stores 12 GB of data per second.",
            "The CEO will speak at 10 a.m. ET on a call about COVID and OEM parts.",
        ]
    )
    for word in ("NEWS", "RELEASE", "NASDAQ", "BRFD", "MW", "GB", "CEO", "ET", "COVID", "OEM"):
        assert word not in names, word
    assert "Brightfield Corp." in names


def test_legal_form_kept_as_written_and_matched_without_it() -> None:
    finder = find_orgs(["Kestrel Motoren Aktiengesellschaft opened a plant. Kestrel Motoren will hire 200 people."])
    org = next(o for o in finder.orgs.values() if o.name.startswith("Kestrel"))
    assert org.name == "Kestrel Motoren Aktiengesellschaft"
    assert "Kestrel Motoren" in org.aliases


def test_name_with_no_head_noun_seen_as_an_actor() -> None:
    names = _names(
        [
            "Hearth Aid said on Monday that it will send 40 tonnes of food to the region.",
            "“We are ready,” said Lena Varga, Country Director, Hearth Aid.",
        ]
    )
    assert "Hearth Aid" in names
    assert "Lena Varga" not in names


def test_role_of_a_body_names_it_but_a_person_is_not_one() -> None:
    names = _names(
        [
            "Tomas Irwin, Chief Executive of Larkspur Rugby, welcomed the decision.",
            "Larkspur Rugby has today congratulated the players. Mr Tomas Irwin said the club was proud.",
        ]
    )
    assert "Larkspur Rugby" in names
    assert "Tomas Irwin" not in names


def test_places_and_dateline_words_are_never_organizations() -> None:
    assert is_place("TORONTO") and is_place("Oklahoma City") and is_place("NSW")
    names = _names(["BOISE, Idaho -- The plant in BOISE will open in NOV with staff from NSW."])
    assert not names & {"BOISE", "NOV", "NSW"}


def test_possessive_office_and_fire_service_are_one_name() -> None:
    names = _names(
        [
            "The Harlow County Prosecutor’s Office said the case was closed.",
            "Dunmore Fire and Rescue Service fitted 300 alarms; Ashby & Lyle Council paid for them.",
            "The Board of Directors met on Tuesday at the Ministry on Saturday.",
        ]
    )
    assert "Harlow County Prosecutor’s Office" in names
    assert "Dunmore Fire and Rescue Service" in names
    assert "Ashby & Lyle Council" in names
    assert "Board of Directors" not in names
    assert "Ministry on Saturday" not in names
