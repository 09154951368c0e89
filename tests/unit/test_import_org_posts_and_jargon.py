"""Spans that are no organizations (round 21o): acronyms of jargon, titles and markets used alone,
things defined with an acronym, a body's own committees, "Chef de Mission for X", and a post
with its holder glued after a name."""

from tests.support.importing import org_forms
from tui.core.importer.orgs import find_orgs


def test_jargon_titles_and_markets_in_capitals_are_no_bodies() -> None:
    names = org_forms(
        [
            "Shares in Corvane fell on the FTSE as the FTSE 100 closed lower. LNG prices rose and LNG cargoes waited.",
            "HRH the Duke visited; HRH met pupils. STEM teaching and STEM jobs grew, the VC said. The VC agreed.",
            "The CTBT bans tests and the CTBT has many signatories. The LHC restarted; the LHC team cheered.",
            "The XXIV Games opened, the XXIV edition. KBRA said rates rose. KBRA added that demand held.",
        ]
    )
    for word in ("FTSE", "LNG", "HRH", "STEM", "VC", "CTBT", "LHC", "XXIV"):
        assert word not in names, word
    assert "KBRA" in names


def test_things_defined_with_an_acronym_are_no_bodies() -> None:
    names = org_forms(
        [
            "Ministers discussed Foreign Direct Investment (FDI) and Public-Private Partnerships (PPP).",
            "The Pacific Heads of Government Meeting (PHOGM) opened at the Lantern Rowing Regatta (LRR).",
            "Trade in New Controlled Substances (NCS) under Hardship Circumstances (HC) fell.",
            "The Northshore Investment Bank (NIB) lent the money.",
        ]
    )
    for word in ("FDI", "PPP", "PHOGM", "LRR", "NCS", "HC"):
        assert word not in names, word
    assert "Northshore Investment Bank" in names


def test_a_bodys_ethics_finance_and_joined_committees_are_organs() -> None:
    names = org_forms(
        [
            "The Elmford Rowing Federation said its Ethics Committee and its Finance and Audit Board had met.",
            "The Nominating and Ethics Committee and the Disciplinary Committee will report to members.",
        ]
    )
    for word in (
        "Ethics Committee",
        "Finance and Audit Board",
        "Nominating and Ethics Committee",
        "Disciplinary Committee",
    ):
        assert word not in names, word
    assert "Elmford Rowing Federation" in names


def test_chef_de_mission_for_a_team_is_a_post() -> None:
    finder = find_orgs(["Ana Ruiz, Chef de Mission for Portugal, said: “We are ready.”"])
    assert finder.role("Chef de Mission for Portugal") is None
    assert finder.role("Chef de Missions for Team Valdoria 2030") is None
    assert "Mission for Portugal" not in {o.name for o in finder.orgs.values()}


def test_a_post_and_its_holder_glued_after_a_name_are_cut_off() -> None:
    names = org_forms(
        [
            "In an email, University of Harwick Principal, Professor Dame Iris Cole, said the term would start.",
            "KRFA President Tomas E.S Vale welcomed the vote. The KRFA said the league would grow.",
            "The Office of the Prime Minister said the Office of the Press Secretary agreed.",
            "The Office of the Information Commissioner opened an inquiry.",
        ]
    )
    assert "University of Harwick" in names
    assert not any("Principal" in n or "Tomas" in n for n in names), names
    assert {
        "Office of the Prime Minister",
        "Office of the Press Secretary",
        "Office of the Information Commissioner",
    } <= names


def test_the_administration_of_a_named_body_is_an_organ() -> None:
    names = org_forms(["The KRFA Administration said the KRFA would pay. The KRFA agreed the budget."])
    assert "KRFA Administration" not in names
    assert "KRFA" in names
