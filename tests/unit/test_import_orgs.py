"""Organizations named in a release: names with no head noun, legal forms, and what is never one."""

from tests.support.importing import org_forms
from tui.core.importer.org_book import Org
from tui.core.importer.orgs import find_orgs
from tui.core.importer.places import is_place


def test_tickers_exchanges_units_and_headers_are_not_organizations() -> None:
    names = org_forms(
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
    names = org_forms(
        [
            "Hearth Aid said on Monday that it will send 40 tonnes of food to the region.",
            "“We are ready,” said Lena Varga, Country Director, Hearth Aid.",
        ]
    )
    assert "Hearth Aid" in names
    assert "Lena Varga" not in names


def test_role_of_a_body_names_it_but_a_person_is_not_one() -> None:
    names = org_forms(
        [
            "Tomas Irwin, Chief Executive of Larkspur Rugby, welcomed the decision.",
            "Larkspur Rugby has today congratulated the players. Mr Tomas Irwin said the club was proud.",
        ]
    )
    assert "Larkspur Rugby" in names
    assert "Tomas Irwin" not in names


def test_places_and_dateline_words_are_never_organizations() -> None:
    assert is_place("TORONTO") and is_place("Oklahoma City") and is_place("NSW")
    names = org_forms(["BOISE, Idaho -- The plant in BOISE will open in NOV with staff from NSW."])
    assert not names & {"BOISE", "NOV", "NSW"}


def test_possessive_office_and_fire_service_are_one_name() -> None:
    names = org_forms(
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


def _org(paragraphs: list[str], name: str) -> Org:
    finder = find_orgs(paragraphs)
    return next(o for o in finder.orgs.values() if name in (o.name, o.acronym, *o.aliases))


def test_defined_acronyms_plural_terms_days_and_roles() -> None:
    names = org_forms(
        [
            "Officers of the Joint Harbour Response Teams (JHRTs) met the INSET-free JHRT unit.",
            "Staff wore personal protective equipment (PPE) on World Kindness Day (WKD).",
            "Lara Moss, Chief Operating Officer (COO), and the WKD organisers spoke. WKD and PPE again.",
        ]
    )
    assert "Joint Harbour Response Teams" in names and "JHRTs" in names
    assert "JHRT" not in names  # the singular of the plural defined above, not a second organization
    assert not names & {"PPE", "WKD", "World Kindness Day", "COO", "Chief Operating Officer"}


def test_undefined_acronym_needs_two_uses_or_fame() -> None:
    names = org_forms(
        ["OVER 300 PEOPLE JOIN the walk; text GIVE to 500.", "The IOC and the KLTA said the KLTA will pay."]
    )
    assert "KLTA" in names and "IOC" in names
    assert not names & {"OVER", "GIVE"}


def test_unit_named_with_its_parent() -> None:
    unit = _org(
        ["Dr Ana Pell of the School of Geology at the University of Harwick led the study."], "School of Geology"
    )
    parent = _org(
        ["Dr Ana Pell of the School of Geology at the University of Harwick led the study."], "University of Harwick"
    )
    assert unit.parent == parent.key
    border = ["Officers of the Main Directorate of Coast Guards of the State Committee on Maritime Security trained."]
    assert (
        _org(border, "Main Directorate of Coast Guards").parent
        == _org(border, "State Committee on Maritime Security").key
    )
    red_cross = org_forms(["Delegates of the International Committee of the Red Cross arrived."])
    assert "International Committee of the Red Cross" in red_cross


def test_places_events_portfolios_boards_and_people_are_not_new_organizations() -> None:
    names = org_forms(
        [
            "Flights at Kelby City Centre Airport resumed, and the Men’s College World Series starts.",
            "Commission Vice-President for Fairness and Openness, Ida Varn, said the Harbour Authority Board agreed.",
            "The Harbour Authority welcomed it. Minister for Health Brad Hollis said Brad Hollis was glad.",
        ]
    )
    assert not names & {"Kelby City Centre", "Men’s College", "Fairness and Openness", "Health Brad Hollis"}
    assert "Harbour Authority" in names and "Harbour Authority Board" in names  # one organization, two names
    finder = find_orgs(["The Harbour Authority Board met.", "The Harbour Authority said so."])
    assert len(finder.orgs) == 1 or "Harbour Authority Board" not in {o.name for o in finder.orgs.values()}


def test_local_councils_years_and_bodies_of_commissioners() -> None:
    names = org_forms(
        [
            "THE CITY of Arbrook and District Community Council has been dissolved.",
            "The Lisvale 2030 Organising Committee and the Dorrit County Commissioners voted on Monday.",
        ]
    )
    assert "City of Arbrook and District Community Council" in names
    assert "Lisvale 2030 Organising Committee" in names
    assert "Dorrit County Commissioners" in names
    assert "Arbrook and District Community Council" not in names


def test_x_for_y_names_and_short_forms() -> None:
    names = org_forms(
        [
            "Volunteers of Shelter for Families built a home. The keys came from a Shelter foreman.",
            "The ceremony gives Shelter a chance to thank donors, and Monash researchers won funds.",
            "Monash University said Monash will share them. The Minister for Culture spoke; the Minister left.",
        ]
    )
    assert "Shelter for Families" in names and "Shelter" in names
    assert "Monash University" in names
    assert "Minister for Culture" not in names
    assert _org(["Oxfam gave cash, said Lea Sol, Oxfam Country Director in Peru."], "Oxfam").name == "Oxfam"


def test_inverted_ministry_names_are_one_organization() -> None:
    finder = find_orgs(["The Ministry of Information said so.", "Talks with the Information Ministry went on."])
    assert len(finder.orgs) == 1


def test_two_bodies_joined_by_and_are_two_organizations() -> None:
    names = org_forms(["The Ohio Dairy League and Ohio Grain Growers Association backed the plan on Monday."])
    assert {"Ohio Dairy League", "Ohio Grain Growers Association"} <= names
    assert "Ohio Dairy League and Ohio Grain Growers Association" not in names
    names = org_forms(["The Department of Health and Human Services said it would pay."])
    assert "Department of Health and Human Services" in names


def test_us_prefix_local_governments_clubs_and_lists_of_fields() -> None:
    names = org_forms(
        [
            "The U.S. Coast Guard Service and the City of Marlow signed the deal.",
            "Fans of Kettering Football Club cheered.",
            "The Ministry of Trade, Industry and Energy agreed.",
        ]
    )
    assert {"U.S. Coast Guard Service", "City of Marlow", "Kettering Football Club"} <= names
    assert "Ministry of Trade, Industry and Energy" in names
    assert "Ministry of Trade" not in names


def test_country_office_of_a_known_body_and_an_acronym_possessive() -> None:
    finder = find_orgs(
        [
            "The Acme Relief Network (ARN) opened ARN Kenya this week.",
            "ARN’s Donor Review Council met; ARN’s Board of Trustees approved it.",
        ]
    )
    names = {o.name for o in finder.orgs.values()} | {a for o in finder.orgs.values() for a in o.aliases}
    assert "ARN Kenya" in names
    # (ARN's council, written after ARN's possessive, is ARN's organ: no body of its own.)
    assert "Donor Review Council" not in names
    assert "ARN’s Donor Review Council" not in names


def test_a_headline_with_a_year_is_not_an_acronym() -> None:
    names = org_forms(["BRAVO FOODS POSTS 2011 RESULTS", "BRAVO FOODS POSTS 2011 RESULTS", "Sales rose."])
    assert "RESULTS" not in names


def test_a_body_named_board_is_itself_and_a_titled_person_is_never_inside_a_name() -> None:
    finder = find_orgs(
        [
            "Vermora Council Chair Ilona Brevik and Water Board director Tomas Arkwell met on Monday.",
            "The Vermora Water Board said the plan was ready.",
            "The Toronto Port Authority Board met.",
        ]
    )
    names = {o.name for o in finder.orgs.values()}
    assert "Vermora Water Board" in names  # a water board is a body, not the board of "Vermora Water"
    assert "Toronto Port Authority" in names  # the board of a known authority is that authority
    assert not any("Ilona" in n for n in names)
