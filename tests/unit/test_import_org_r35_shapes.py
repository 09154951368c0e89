"""Round 35o: glued headings, "About X", farms, en dashes, posts' associations, currency codes
(invented texts)."""

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {org.name for org in find_orgs(paragraphs).orgs.values()}


def test_a_heading_glued_to_the_next_line_is_cut_before_the_glued_word() -> None:
    got = _names(
        [
            "Vermora Department of the HarbourFor immediate release: May 3, 2001 Contact: Jo Marsh",
            "Quarrow Office of Lands and WatersPRESS RELEASE: June 4",
            "The harbour will reopen on Friday, Jo Marsh said.",
        ]
    )
    assert "Vermora Department of the Harbour" in got
    assert "Quarrow Office of Lands and Waters" in got
    assert not any("HarbourFor" in name or "WatersPRESS" in name for name in got)


def test_a_capital_inside_a_company_word_is_no_glue() -> None:
    got = _names(["The FishBase Institute and the DataWorks Foundation signed the deal."])
    assert {"FishBase Institute", "DataWorks Foundation"} <= got


def test_an_about_heading_is_not_part_of_the_name() -> None:
    got = _names(
        [
            "Quarrow Telemetry Inc. buys a rival.",
            "About Quarrow Telemetry Inc.",
            "Quarrow Telemetry Inc. builds sensors.",
            "About Beltane University of the Fens",
            "Beltane is a public university.",
        ]
    )
    assert not any(name.startswith("About") for name in got)
    assert "Beltane University of the Fens" in got


def test_farms_are_bodies() -> None:
    got = _names(["Stalls sell produce from Windy Ridge Farm, Cold Brook Farms and Hollow Oak Farm. It opens at 9."])
    assert {"Windy Ridge Farm", "Cold Brook Farms", "Hollow Oak Farm"} <= got


def test_an_en_dash_joins_a_university_and_its_campus() -> None:
    got = _names(["A University of Vermora–Eastfield professor spoke."])
    assert "University of Vermora–Eastfield" in got
    assert "University of Vermora" not in got


def test_a_post_possessive_before_a_head_stays_in_the_name() -> None:
    got = _names(["The drive was hosted by the Vermora Sheriff’s Association last week."])
    assert "Vermora Sheriff’s Association" in got
    assert "Association" not in got and "Vermora Sheriff" not in got


def test_an_acronym_always_before_an_amount_is_a_currency() -> None:
    got = _names(["It lends ZKR 2 bln to a wind farm.", "A second loan of ZKR 3 bln follows."])
    assert "ZKR" not in got


def test_an_acronym_also_written_alone_stays_a_body() -> None:
    got = _names(["ZKR 2 members met.", "The ZKR said it would fund the plan.", "ZKR agreed."])
    assert "ZKR" in got


def test_a_head_word_only_inside_a_longer_phrase_is_no_body() -> None:
    got = _names(["(Issued by the Prime Minister's Media Adviser)", "The Prime Minister met the Council of Quarrow."])
    assert "Media" not in got
    assert "Council of Quarrow" in got


def test_a_farm_singular_before_a_product_folds_into_the_plural_name() -> None:
    got = _names(
        [
            "The melons came from Hollow Oak Farms in Vermora.",
            "Hollow Oak Farm melons were recalled on Monday.",
            "Check whether your melons are from Hollow Oak Farms.",
        ]
    )
    assert "Hollow Oak Farms" in got
    assert "Hollow Oak Farm" not in got
