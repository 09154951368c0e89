"""Round 41o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import org_forms


def test_a_company_named_by_its_ticker_letters_is_kept() -> None:
    forms = org_forms(
        [
            "MORVEN, Ore. – May 2, 2011 –KVT, Inc. (NYSE: KVT), a leading maker of valves, today announced "
            "its results. KVT shipped more valves than ever, and KVT expects growth."
        ]
    )
    assert {"KVT", "KVT, Inc."} <= forms, forms


def test_more_legal_forms_name_companies() -> None:
    forms = org_forms(
        [
            "Tarvik AB wants to clarify the information that has attracted attention this week.",
            "Dunmore Cos., which operates 300 stores, has collected more bottles than ever.",
            "“We are ready,” said Ana Wolska, Managing Director of Polwind Energia sp. z o.o.",
        ]
    )
    assert {"Tarvik AB", "Dunmore Cos.", "Polwind Energia sp. z o.o."} <= forms, forms


def test_a_province_code_after_a_comma_is_no_company() -> None:
    assert org_forms(["The plant opened in Lethbridge, AB last spring."]) == set()


def test_two_capitals_before_a_head_word_are_no_titled_person() -> None:
    forms = org_forms(["DUBLIN (Wire) - KL Group today announced the opening of its new office. PM Group did too."])
    assert {"KL Group", "PM Group"} <= forms, forms


def test_the_board_of_a_company_with_its_legal_form_names_the_company() -> None:
    forms = org_forms(["“We are ready,” says Ida Berg, Chairman of the Board of Tarvik AB. Tarvik Group grows."])
    assert "Tarvik AB" in forms and "Board of Tarvik AB" not in forms, forms


def test_a_place_written_with_of_opens_the_name_after_it() -> None:
    forms = org_forms(["The Isle of Wight Constabulary is tackling a complex range of crime, officers said."])
    assert "Isle of Wight Constabulary" in forms and "Wight Constabulary" not in forms, forms


def test_a_countrys_possessive_before_a_proper_name_is_no_part_of_it() -> None:
    forms = org_forms(
        [
            "The observers commended the preparedness of Lesotho’s Independent Polling Commission.",
            "The team works with Ireland’s Coastal Research Institute on the survey.",
        ]
    )
    assert {"Independent Polling Commission", "Coastal Research Institute"} <= forms, forms
    assert not any("’s" in f for f in forms), forms


def test_a_partys_government_names_the_party() -> None:
    forms = org_forms(
        [
            "The new Reform Government has announced a review of the moorland. We kept up the pressure on "
            "Reform to cut emissions.",
            "With Ana Ruiz heading the PLV Government, relations cooled.",
        ]
    )
    assert {"Reform", "PLV"} <= forms and not {"Reform Government", "PLV Government"} & forms, forms


def test_a_leaders_government_and_a_places_government_stay() -> None:
    forms = org_forms(
        [
            "The Howard Government today released a report. The Gibraltar Government welcomed it, and "
            "Gibraltar said so. The Tavira Government said so too, in Tavira."
        ]
    )
    assert {"Howard Government", "Gibraltar Government"} <= forms, forms


def test_a_demonym_of_a_plural_country_names_its_government() -> None:
    forms = org_forms(["He thanked the President for the Philippine government’s support."])
    assert "Philippine government" in forms, forms


def test_a_spaced_us_names_its_government() -> None:
    forms = org_forms(["When you fail in your research, the U. S. government does not starve you."])
    assert "U. S. government" in forms, forms


def test_a_nationality_before_a_title_is_no_body() -> None:
    forms = org_forms(["The bank's head met Philippine President Ana Cruz, and the Philippine President said so."])
    assert "Philippine" not in forms, forms


def test_newspapers_by_their_titles_shape() -> None:
    forms = org_forms(
        [
            "In partnership with the South Wales Evening Post, students work on the paper all summer.",
            "Stories appeared in the Dallas Morning News, the Daily Courier and Houston Chronicle.",
        ]
    )
    assert {"South Wales Evening Post", "Dallas Morning News", "Daily Courier", "Houston Chronicle"} <= forms, forms


def test_no_newspaper_in_a_square_a_journals_title_or_a_persons_name() -> None:
    forms = org_forms(
        [
            "They met in Times Square and read the British Journal of Surgery.",
            "The prize went to Amy Sun of Leeds, and the last post was sounded at the Border Post.",
        ]
    )
    assert forms == set(), forms


def test_the_outlet_a_person_told() -> None:
    forms = org_forms(
        [
            "“It is a big day,” Chief Ola Reis told KTV on Friday.",
            "Coach Ana Lima tells the Sporting Channel about her rival. The chief told 12 News the cameras work.",
        ]
    )
    assert {"KTV", "Sporting Channel", "12 News"} <= forms, forms


def test_the_other_names_of_a_list_of_bodies() -> None:
    forms = org_forms(
        [
            "The alliance is made up of HOPE, Tarvik Relief Corps, the Marlow Rescue Committee, Kindaid, "
            "Bramble International, Save the Lambs and Pellow Foundation.",
        ]
    )
    assert {"HOPE", "Kindaid", "Save the Lambs"} <= forms, forms


def test_a_list_of_places_and_people_beside_bodies_adds_no_body() -> None:
    forms = org_forms(
        [
            "Teams came from Kenya, Uganda, the Marlow Rescue Committee and Pellow Foundation.",
            "Mr Ivo Tarn spoke, and the panel heard Ivo Tarn, Ana Reis, the Marlow Rescue Committee and "
            "Pellow Foundation.",
        ]
    )
    assert forms == {"Marlow Rescue Committee", "Pellow Foundation"}, forms
