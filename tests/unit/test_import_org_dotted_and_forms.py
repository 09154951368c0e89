"""A dotted abbreviation inside a name ("the U.Va. Alumni Association") and two companies
joined by "and" when the first has its own legal form ("Partex NV and Fortress Biotech,
Inc.") (issue 24, round 15; invented texts)."""

from __future__ import annotations

from tests.support.importing import org_names


def test_a_dotted_abbreviation_opens_a_name() -> None:
    names = org_names(
        [
            "Representatives from the O.Vr. Alumni Association will present the gift.",
            "said Lena Holt, Vice-President of the T.K. Coalition and a member of its staff.",
        ]
    )
    assert "O.Vr. Alumni Association" in names, names
    assert "T.K. Coalition" in names, names
    assert "Alumni Association" not in names, names


def test_a_dotted_abbreviation_ending_a_sentence_stays_out() -> None:
    names = org_names(["He lives in Tarn, T.K. The Police Department said so on Monday."])
    assert "Police Department" in names, names
    assert not any(n.startswith("T.K") for n in names), names


def test_two_companies_each_with_a_legal_form() -> None:
    names = org_names(
        [
            "TARN, March 17, 2025 -- Velmora NV and Quillon Biotech, Inc. (Nasdaq: QLBT) today announced a deal.",
            "Velmora and Quillon will work together.",
        ]
    )
    assert "Velmora NV" in names, names
    assert "Quillon Biotech, Inc." in names, names
    assert not any(" and " in n for n in names), names


def test_a_dotted_abbreviation_after_of_stays_in_the_name() -> None:
    # "the Union of B.V. Towns" is one body, not "Union of B" (round 110b; invented names).
    names = org_names(
        [
            "Delegates met the Union of B.V. Towns and the Alliance of U.S. Orchards in Tarnby on Friday.",
            "“We will study it,” said Jon Reeve of the Council of N.Z. Growers.",
            "The Society of St. Brevin Pilots sent an observer.",
        ]
    )
    assert {
        "Union of B.V. Towns",
        "Alliance of U.S. Orchards",
        "Council of N.Z. Growers",
        "Society of St. Brevin Pilots",
    } <= names, names
    assert not {"Union of B", "Alliance of U", "Council of N"} & names, names
