"""Company releases: what the shape of a wire text says about the issuer (issue 24, round 9;
invented texts). A ticker is no organization; the name before it, its short form alone later,
and a shorter form of its legal name are all the one company."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs


def _orgs(paragraphs: list[str], title: str = "") -> list[tuple[str, str, list[str]]]:
    return [(o.name, o.acronym, o.aliases) for o in find_orgs(paragraphs, None, title=title).orgs.values()]


def _all_names(orgs: list[tuple[str, str, list[str]]]) -> list[set[str]]:
    return [{name, acronym, *aliases} - {""} for name, acronym, aliases in orgs]


def test_a_ticker_is_no_organization_even_when_reused() -> None:
    orgs = _orgs(
        [
            "VILNA, Ore., May 2, 2019 -- Borvex Tarn Holdings, Inc. (NASDAQ: BVTX) today announced "
            "record orders for its valves.",
            "Read more on the BVTX website and in the BVTX annual filing.",
        ],
        title="Borvex (BVTX) Announces Record Orders",
    )
    assert not any("BVTX" in names for names in _all_names(orgs)), orgs


def test_the_name_before_a_bracketed_ticker_is_the_company() -> None:
    orgs = _orgs(
        [
            "VILNA, Ore., May 2, 2019 -- Borvex Tarn Holdings, Inc. (NASDAQ: BVTX) today announced "
            "record orders for its valves.",
        ],
        title="Borvex (BVTX) Announces Record Orders",
    )
    company = [names for names in _all_names(orgs) if "Borvex Tarn Holdings" in names]
    assert company and "Borvex" in company[0], orgs


def test_a_company_first_word_alone_is_its_short_form() -> None:
    orgs = _orgs(
        [
            "ODRIN, Dec. 9, 2008 -- Kestrel Air Lines (NYSE:KAL) today announced a new fleet plan.",
            "Kestrel will receive twelve aircraft next year. The plan lets Kestrel grow its routes.",
        ]
    )
    names = _all_names(orgs)
    assert [n for n in names if "Kestrel Air Lines" in n and "Kestrel" in n], orgs
    assert len([n for n in names if "Kestrel" in n]) == 1, orgs


def test_a_first_word_seen_once_alone_is_not_enough() -> None:
    orgs = _orgs(["ODRIN -- Kestrel Air Lines (NYSE:KAL) today announced a plan. Kestrel said more."])
    assert all("Kestrel" not in n for n in _all_names(orgs) if "Kestrel Air Lines" in n), orgs


def test_a_place_word_first_is_no_short_form() -> None:
    orgs = _orgs(
        [
            "ODRIN -- Texas Valve Works, Inc. (NYSE:TVW) today announced a plan.",
            "Texas will see new plants. In Texas the plan adds jobs.",
        ]
    )
    assert all("Texas" not in n for n in _all_names(orgs)), orgs


def test_a_shorter_form_of_the_legal_name_is_the_same_company() -> None:
    orgs = _orgs(
        [
            "VILNA -- Marrow Fuel Systems Technologies Worldwide, Inc. (NASDAQ: MFST) today announced orders.",
            "Marrow Fuel Systems Technologies makes tanks.",
        ]
    )
    names = _all_names(orgs)
    assert len([n for n in names if any(x.startswith("Marrow") for x in n)]) == 1, orgs


def test_a_name_after_a_wire_dash_keeps_its_hyphenated_first_word() -> None:
    orgs = _orgs(["NEW YORK--(BUSINESS WIRE)--Halden-Voss\nTarrow Company (NYSE:HVT) today announced a new chair."])
    names = _all_names(orgs)
    assert any({"Halden-Voss Tarrow Company", "Halden-Voss Tarrow"} <= n for n in names), orgs
    assert not any("Tarrow Company" in n and "Halden-Voss Tarrow Company" not in n for n in names), orgs


def test_a_contacts_row_glued_before_a_legal_name_is_cut() -> None:
    orgs = _orgs(
        [
            "Contacts:",
            "Ana Reis Rui Lobo Investor Relations Chief Financial Officer Public Relations Borvex, Inc. "
            "Borvex, Inc. ana@borvex.example",
            "VILNA, Ore. – May 2, 2019 – Borvex, Inc. (Nasdaq: BVX), a maker of valves, today announced a deal.",
        ]
    )
    names = _all_names(orgs)
    assert any("Borvex" in n for n in names), orgs
    assert not any("Officer" in x for n in names for x in n), orgs


def test_a_word_of_a_header_in_capitals_is_no_acronym() -> None:
    orgs = _orgs(
        ["BORVEX AGREES TO SELL ITS VALVE UNIT FOR $9 A SHARE", "Borvex, Inc. today agreed to sell a unit."],
        title="BORVEX AGREES TO SELL ITS VALVE UNIT FOR $9 A SHARE",
    )
    assert not any("SHARE" in n for n in _all_names(orgs)), orgs


def test_the_issuer_before_an_apposition_and_announced() -> None:
    orgs = _orgs(
        [
            "Vilna, OR, March 28, 2023 – Marrowfield Cellars, the oldest winery of the Tarn valley, "
            "is pleased to announce a new vintage.",
            "ODRIN — (BUSINESS WIRE) — Quillon, a French-Tarnish robotics company that builds arms (RA), "
            "tools, and carts, "
            "on Monday announced a deal.",
        ]
    )
    names = _all_names(orgs)
    assert any("Marrowfield Cellars" in n for n in names), orgs
    assert any("Quillon" in n for n in names), orgs


def test_a_person_before_an_apposition_is_no_issuer() -> None:
    orgs = _orgs(
        [
            "ODRIN – Ana Reis, a 40-year-old teacher from the valley, announced her candidacy.",
            "VILNA – Tomas Brandt, the chief executive of the fund, announced a merger.",
        ]
    )
    assert not any("Reis" in x or "Brandt" in x for n in _all_names(orgs) for x in n), orgs


def test_an_about_heading_names_the_issuer() -> None:
    orgs = _orgs(
        [
            "The new cider is out in May, the makers said.",
            "About Tarnfield Orchards",
            "With a simple motto, Tarnfield Orchards makes cider in the Vilna valley from local apples.",
        ]
    )
    assert any("Tarnfield Orchards" in n for n in _all_names(orgs)), orgs


def test_an_about_heading_with_other_text_after_is_no_name() -> None:
    orgs = _orgs(["About Last Summer", "The film was shot in the valley over six weeks."])
    assert not any("Last Summer" in n for n in _all_names(orgs)), orgs


def test_an_otc_bb_ticker_is_no_organization() -> None:
    orgs = _orgs(
        [
            "VILNA – Borvex News Network, Inc. (OTC BB: BVXN), a provider of news, today announced results.",
            "BVXN shares rose. BVXN will report again in May.",
        ]
    )
    assert not any("BVXN" in n for n in _all_names(orgs)), orgs
