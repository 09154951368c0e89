"""Dotted abbreviations and middle initials inside organization names (issue 24, round 17; invented
texts): "U.S. Lawn & Patio Inc.", "Walter J. Crane Partners, L.P.", "Ida M. Forde Research Centre";
not a person after a title ("Chancellor Ruth A. Vale,") nor a title after "U.S." / "M.D.".
"""

from __future__ import annotations

from tests.support.importing import org_forms


def test_a_company_name_opening_with_a_dotted_abbreviation_is_whole() -> None:
    names = org_forms(["--U.S. Lawn & Patio Inc. (NASDAQ: USLP) announced a letter of intent today."])
    assert "U.S. Lawn & Patio Inc." in names, names


def test_a_company_name_with_a_middle_initial_is_whole() -> None:
    names = org_forms(["Brightfold announced an investment from Walter J. Crane Partners, L.P., a private firm."])
    assert "Walter J. Crane Partners" in names, names


def test_a_named_centre_with_a_middle_initial_is_whole() -> None:
    names = org_forms(["The Ida M. Forde Research Centre opened in Corlin on Monday."])
    assert "Ida M. Forde Research Centre" in names, names


def test_a_person_or_a_title_after_an_initial_is_not_a_body() -> None:
    names = org_forms(
        [
            "Chairman of the Board of Governors Ruth A. Vale, the dean and staff met.",
            "Brandt welcomed U.S. President Hale's remarks. Acme Board Appoints Lena Ortiz, M.D. Chairman.",
        ]
    )
    assert not {n for n in names if "Vale" in n or n in {"U.S", "U.S.", "M.D", "M.D."}}, names
