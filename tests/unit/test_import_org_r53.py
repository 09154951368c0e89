"""Round 53o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _all_names(text: str) -> set[str]:
    return {n for org in drafted(text).orgs.values() for n in (org.name, org.acronym, *org.aliases) if n}


def test_a_body_ending_in_a_place_and_a_company_are_two_names() -> None:
    # "A NSW and B Pty Ltd.": the company's name starts after "and", not at the body before it.
    names = _all_names(
        "Quarry Plan Approved\n\n"
        "The Office of Parks and Rivers NSW and Tarlow Quarry Holdings Pty Ltd. signed the plan on Monday. "
        '"It is a good day," said Ona Fell.\n'
    )
    assert "Tarlow Quarry Holdings Pty Ltd" in names or "Tarlow Quarry Holdings" in names, names
    assert not any(n.startswith(("Office of Parks and Rivers NSW and", "Pty")) for n in names), names


def test_a_company_name_with_and_in_it_stays_whole() -> None:
    names = _all_names(
        "New Store\n\nOn Monday, Harlan and Webb Group plc opened a store in Fenwick. "
        '"It is a good day," said Ona Fell.\n'
    )
    assert "Harlan and Webb Group" in names, names


def test_two_posts_before_of_are_no_part_of_the_company() -> None:
    # "CHRO and Chief of Staff of Acme Limited": the posts are cut, the company is "Acme Limited".
    names = _all_names(
        "Jobs Fair\n\n"
        "Ravi Mehta, CHRO and Chief of Staff of Dunmore Pumps Limited, opened the fair on Monday. "
        '"It is a good day," said Ravi Mehta.\n'
    )
    assert any(n.startswith("Dunmore Pumps") for n in names), names
    assert not any("Chief" in n or "CHRO" in n for n in names), names


def test_a_body_ending_in_a_place_and_a_company_with_its_form_in_one_name() -> None:
    # The legal form read as part of "A NSW and B Pty Ltd.": still two names, B once.
    names = _all_names(
        "Study Funded\n\n"
        "The Office of Parks and Rivers NSW and Tarlow Quarry Coal Pty Ltd. have funded the study. "
        '"It is a good day," said Ona Fell.\n'
    )
    assert "Office of Parks and Rivers NSW" in names, names
    assert not any(" and Tarlow" in n for n in names), names
    assert len([n for n in names if n.startswith("Tarlow Quarry Coal")]) >= 1, names


def test_a_destination_after_to_is_no_part_of_the_name() -> None:
    names = _all_names(
        "Mace Gift\n\n"
        "A silver mace will be given by the University of Brackmoor to QCU on the day. "
        '"It is a good day," said Ona Fell.\n'
    )
    assert "University of Brackmoor" in names, names
    assert not any(" to " in n for n in names), names


def test_a_mission_keeps_its_destination_and_an_infinitive_stays() -> None:
    names = _all_names(
        "Monitors Deployed\n\n"
        "The Special Observer Mission to Tarvania and the Committee to Protect Ferry Workers met on Monday. "
        '"It is a good day," said Ona Fell.\n'
    )
    assert "Special Observer Mission to Tarvania" in names, names
    assert "Committee to Protect Ferry Workers" in names, names


def test_a_body_after_to_is_still_read() -> None:
    names = _all_names(
        "Award Given\n\n"
        "The Lord Mayor gave the Award for Voluntary Service to the Brackmoor Otter Trust on Friday. "
        '"It is a good day," said Ona Fell.\n'
    )
    assert "Brackmoor Otter Trust" in names, names


def test_a_legal_form_in_a_list_is_no_body() -> None:
    # "A, B, Inc., and C": the comma before "Inc." does not make the form an item of the list.
    names = _all_names(
        "Court Opens\n\n"
        "The Harlow Park Trust, the National Society of Each Town Helps Town, Inc., and the Brisk Foundation "
        'paid for the court. "It is a good day," said Ona Fell.\n'
    )
    assert "Brisk Foundation" in names, names
    assert not {"Inc", "Inc."} & names, names
