"""An honorific's gender, title words before names, building-word surnames and opening
phrases that name someone other than the subject (round 24s)."""

import pytest

from tests.support.importing import found_quotes, registered


@pytest.mark.parametrize(
    ("honorific", "want"), [("Mr.", "Orrin Tulvey"), ("Mrs.", "Delphine Tulvey"), ("Ms", "Delphine Tulvey")]
)
def test_an_honorific_picks_the_namesake_of_its_gender(honorific: str, want: str) -> None:
    text = [
        "The bakery was opened by Orrin and Delphine Tulvey in spring.",
        f"“We wanted a place for the whole street,” {honorific} Tulvey said.",
    ]
    [(name, _review)] = found_quotes(text)
    assert name == want


def test_an_honorific_against_the_only_namesake_is_flagged() -> None:
    text = [
        "Delphine Tulvey opened the bakery in spring.",
        "“We wanted a place for the whole street,” Mr. Tulvey said.",
    ]
    [(name, review)] = found_quotes(text)
    assert name != "Delphine Tulvey" or review


@pytest.mark.parametrize("title", ["Ward Councillor", "Parish Councillor", "Lead Coach"])
def test_a_title_before_a_given_name_is_no_surname(title: str) -> None:
    text = [f"{title} Brendan Oakhill spoke against the plan at the meeting.", "He said: “This is a win for sense.”"]
    assert registered(text[0]) == ["Brendan Oakhill"]
    [(name, _review)] = found_quotes(text)
    assert name == "Brendan Oakhill"


@pytest.mark.parametrize("word", ["Hall", "Day", "Park"])
def test_a_building_word_surname_is_found_for_an_honorific_cue(word: str) -> None:
    text = [f"Shelter Trust CEO, Toby {word}, said demand rose again.", f"“This is a clear sign,” Mr {word} said."]
    [(name, _review)] = found_quotes(text)
    assert name == f"Toby {word}"


def test_madam_is_an_honorific_and_concurred_a_cue() -> None:
    text = [
        "Camtel chief Madam Oyinda Mbarek and Ruan Kessel signed the deal.",
        "“This is a milestone,” said Kessel.",
        "Madam Mbarek concurred: “We want to bring people value wherever they are.”",
    ]
    assert [name for name, _review in found_quotes(text)] == ["Ruan Kessel", "Oyinda Mbarek"]


@pytest.mark.parametrize("lead", ["Together with", "Along with", "Joined by", "Alongside"])
def test_an_opening_phrase_names_no_subject(lead: str) -> None:
    text = [
        "“Few groups have had such an impact,” Director General Haruto Ekida said.",
        f"{lead} the Deputy Director Norbert Vollkamp, Ekida then unveiled the sign. "
        "“This is the starting point”, he added.",
    ]
    assert [name for name, _review in found_quotes(text)] == ["Haruto Ekida", "Haruto Ekida"]


def test_a_subject_after_with_in_the_sentence_stays() -> None:
    # Guard: the phrase rule is about an opening phrase only.
    text = [
        "Haruto Ekida spoke first.",
        "Norbert Vollkamp met with Ekida on Monday. “This is the starting point”, he added.",
    ]
    assert found_quotes(text)[-1][0] == "Norbert Vollkamp"


def test_according_to_names_the_subject() -> None:
    text = [
        "Maxim Dorrance, 48, a resident, said the road floods each year.",
        "“When it floods, we cannot leave,” Dorrance said.",
        "The chairman of the corporation, Ellis Varnum, said the road is not theirs.",
        "According to Councillor Varnum, the corporation is starved for funds.",
        "“I have a bridge to fix and no money,” he said.",
    ]
    assert found_quotes(text)[-1][0] == "Ellis Varnum"
