"""Speaker names the text gives with a leading initial or a month word as surname (round 22s)."""

import pytest

from tests.support.importing import found_quotes
from tui.core.importer.quotes import front_cut

_LEAD = "Acme chairman and chief executive officer, told shareholders today that Acme will grow."


@pytest.mark.parametrize("initials", ["I.", "O.", "A.", "J.R.", "J. R."])
def test_leading_initials_stay_in_the_name(initials: str) -> None:
    # The full name stands only in the dateline line; the quotes name him by surname.
    text = [
        f"BOSTON, June 3 /Wire/ -- {initials} Dunmore Ashcombe,",
        f"{_LEAD} Ashcombe said the company is strong. "
        '"We fully recognize that we are building our future," Ashcombe told shareholders.',
    ]
    assert found_quotes(text) == [(f"{initials} Dunmore Ashcombe", "")]


@pytest.mark.parametrize("initials", ["J. R. K.", "Q"])
def test_a_name_the_text_never_shows_as_written_is_flagged(initials: str) -> None:
    text = [
        f"BOSTON, June 3 /Wire/ -- {initials} Dunmore Ashcombe,",
        f"{_LEAD} Ashcombe said the company is strong. "
        '"We fully recognize that we are building our future," Ashcombe told shareholders.',
    ]
    [(name, review)] = found_quotes(text)
    assert name != f"{initials} Dunmore Ashcombe"  # longer than the window of the full-name lookup
    assert review.startswith(f"the name may begin before it: the text has “{initials} Dunmore Ashcombe”")


def test_front_cut_names_the_initials_of_every_mention() -> None:
    assert front_cut(["Q. Dunmore Ashcombe spoke.", "Later Q. Dunmore Ashcombe left."], "Dunmore Ashcombe") == "Q."
    assert front_cut(["Q. Dunmore Ashcombe spoke.", "Later Dunmore Ashcombe left."], "Dunmore Ashcombe") == ""
    # An honorific, not initials.
    assert front_cut(["H.E. Dunmore Ashcombe spoke.", "H.E. Dunmore Ashcombe left."], "Dunmore Ashcombe") == ""


@pytest.mark.parametrize(
    ("name", "honorific"),
    [("Fred T. May", "Mr."), ("Ann B. June", "Ms."), ("Hal W. August", "Mr."), ("Rita P. April", "Ms.")],
)
def test_a_month_word_is_a_surname_after_a_given_name_and_an_initial(name: str, honorific: str) -> None:
    surname = name.split()[-1]
    text = [f"The board named {name} chairman in May.", f'{honorific} {surname} said: "We will grow this year."']
    assert found_quotes(text) == [(name, "")]


def test_a_month_after_a_name_is_still_no_surname() -> None:
    text = ['Jo Tane spoke in May. "We will grow this year," said Jo Tane.']
    assert [name for name, _review in found_quotes(text)] == ["Jo Tane"]
