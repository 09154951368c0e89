"""An acronym used once and never defined is a body where its place in the sentence shows one
(after a preposition, after a post or a member, before a deed's participle or its officials)."""

import pytest

from tui.core.importer.orgs import find_orgs


def _acronyms(paragraph: str) -> set[str]:
    return {org.acronym or org.name for org in find_orgs([paragraph]).orgs.values()}


@pytest.mark.parametrize(
    ("paragraph", "acronym"),
    [
        ("The club will work closely with KORVA to plan the new season.", "KORVA"),
        ("The pair beat teams from TSQU and Marlow State in the final.", "TSQU"),
        ("Each package was tested positive by PLEN. The street value is high.", "PLEN"),
        ("Members of QELWA welcome the new funding round.", "QELWA"),
        ("He was elected president of VORTA last year in Tarn.", "VORTA"),
        ("The centre is part of the XRQ-funded network for marine studies.", "XRQ"),
        ("The league is one of the stronger ZIBA affiliated leagues.", "ZIBA"),
        ("Ministers met HDQ senior management on Monday.", "HDQ"),
        ("A deal was signed, HDQ officials confirmed on Monday.", "HDQ"),
    ],
)
def test_an_acronym_used_once_is_a_body_where_the_sentence_shows_one(paragraph: str, acronym: str) -> None:
    assert acronym in _acronyms(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "word"),
    [
        ("Tenders were called for CCTV cameras in the cell block.", "CCTV"),
        ("The cell block is watched by CCTV, and guards walk by.", "CCTV"),
        ("He was the playoff MVP and led the team to a title.", "MVP"),
        ("Last month, CJ Reyo opened the court, and DPM Talo spoke.", "CJ"),
        ("Last month, CJ Reyo opened the court, and DPM Talo spoke.", "DPM"),
        ("This is the start of something BIG for the town.", "BIG"),
        ("He completed an MBA at night and a KRT of sorts.", "KRT"),
        ("The plan adds an agreement to NAFKA. It starts soon.", "NAFKA"),
        ("The men were charged with mid-range PCX at a boat ramp.", "PCX"),
        ("The CCTV funded by the council was switched on.", "CCTV"),
        ("A 10 KMX run was held along the river.", "KMX"),
        ("Their tour reaches the UP to visit towns.", "UP"),
        ("Families can join the fun for FREE.", "FREE"),
        ("Tickets are on sale from NOW.", "NOW"),
        ("We are aiming for BIG.", "BIG"),
        ("The town will celebrate with FUN, games and food.", "FUN"),
        ("The crowd had tickets for KORVA. The gates opened at noon.", "KORVA"),
        # words written in capitals for emphasis, and units or kinds in capitals (review s48a)
        ("“We rebuilt the old huts with CARE and they stay dry,” said Tomas Veer.", "CARE"),
        ("“Our nurses treat people with HEART,” said Dr Lina Morrow.", "HEART"),
        ("“We practised with PURPOSE, and it paid off,” the coach said.", "PURPOSE"),
        ("The game runs on any laptop with 16 GB of RAM.", "RAM"),
        ("The depot's SAFETY officials declined to comment.", "SAFETY"),
        ("A town meeting backed the EV charging station plan for Varnholt.", "EV"),
        ("The RED flag warning stays in force until Friday.", "RED"),
    ],
)
def test_capitals_that_name_no_body_stay_out(paragraph: str, word: str) -> None:
    assert word not in _acronyms(paragraph)


def test_common_abbreviations_and_titles_in_capitals_are_no_body_even_twice() -> None:
    found = _acronyms(
        "CJ Reyo opened the court, DPM Talo spoke, and CCTV covers the hall. Later CJ Reyo thanked DPM Talo,"
        " the CCTV was checked, and the MVP of the season, the league MVP, met them."
    )
    assert not {"CJ", "DPM", "CCTV", "MVP"} & found


@pytest.mark.parametrize(
    ("paragraph", "acronym"),
    [
        ("Speaking on the KVBC television programme Morning Talk, the minister said roads come first.", "KVBC"),
        ("She holds an ERQ Consolidator Grant for work on old manuscripts.", "ERQ"),
        ("He was named a QRMHL First Team All-Star last season.", "QRMHL"),
        ("Two students fly high the TUDM flag in the regional contest.", "TUDM"),
        ("Site B of the VIFB Volleyball Men’s World Cup moved to Tarn.", "VIFB"),
    ],
)
def test_an_acronym_qualifying_a_thing_a_body_has_is_a_body(paragraph: str, acronym: str) -> None:
    assert acronym in _acronyms(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "word"),
    [
        ("She finished an MBA programme at night.", "MBA"),
        ("The SEN team met parents on Monday.", "SEN"),
        ("The CPI report came out on Monday.", "CPI"),
        ("The PNG rugby team arrived on Monday.", "PNG"),
        ("The GPS tracking station was moved to the hill.", "GPS"),
        ("The town grows with the QRT programme.", "QRT"),
    ],
)
def test_a_field_a_degree_a_country_or_a_scheme_before_such_a_thing_is_no_body(paragraph: str, word: str) -> None:
    assert word not in _acronyms(paragraph)
