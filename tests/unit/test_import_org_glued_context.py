"""Round 27o: words the text glues to a body's name (where it sits, a possessive, a post, a phrase
after a legal form or venue word) (invented texts)."""

from tests.support.importing import drafted


def org_names(release: str) -> set[str]:
    return {o.name for o in drafted(release).orgs.values()}


def test_based_prefix_is_cut() -> None:
    release = (
        "Lakeside Bancorp to Merge\n\n"
        "DENVER, March 3, 1997 -- Denver-based Lakeside Bancorp, Inc. and Ohio-based Hilltop Savings, Inc. "
        "announced a letter of intent to merge.\n\nThe banks will keep their branches."
    )
    names = org_names(release)
    assert "Lakeside Bancorp, Inc." in names
    assert not any("based" in n for n in names)


STATEMENT = (
    "Harbor Chamber Opposes the Plan\n\n"
    "BOSTON, Mass.—The Harbor Chamber of Commerce's Senior Vice President of Public Affairs Ann Lee today "
    "issued the following statement on the plan:\n\n"
    '"Cutting off debate on the budget is wrong," the statement said.'
)


def test_possessive_after_a_headed_name_is_cut() -> None:
    names = org_names(STATEMENT)
    assert "Harbor Chamber of Commerce" in names
    assert not any(n.endswith("'s") for n in names)


def test_a_post_is_no_body() -> None:
    assert not any("President" in n for n in org_names(STATEMENT))


def test_phrase_after_a_legal_form_is_cut() -> None:
    release = (
        "Option Deal Signed\n\n"
        "TORONTO, June 2, 1998 -- Northstar Mining Ltd. signed an option with Ridgeline Gold Corporation "
        "on the Cedar and Pine Lake Projects.\n\nDrilling starts in July."
    )
    names = org_names(release)
    assert not any("Projects" in n for n in names)


def test_based_inside_a_name_stays() -> None:
    release = (
        "Unit Moves\n\n"
        "THE HAGUE, 4 May 2012 - The Naval Ship-based Air Warning Command (NSAWC) moved to Den Helder.\n\n"
        "The NSAWC has 300 staff."
    )
    assert "Naval Ship-based Air Warning Command" in org_names(release)


def test_centre_in_a_field_stays() -> None:
    release = (
        "Grant Awarded\n\n"
        "SYDNEY, 4 May 2012 - The National Centre in Lung Health and Clinical Research won a grant.\n\n"
        "The National Centre in Lung Health and Clinical Research will hire ten staff."
    )
    assert "National Centre in Lung Health and Clinical Research" in org_names(release)
