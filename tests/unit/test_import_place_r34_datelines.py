"""Round 34o: dateline shapes seen in test25 and the "Washington, D.C." policy (invented texts)."""

from tui.core.importer.dateline import dateline


def test_place_country_and_full_stop_with_no_date() -> None:
    got = dateline("Port of Spain, Trinidad. The regional court sat in Kingstown for the first time.")
    assert got is not None and got.place == "Port of Spain"


def test_unknown_words_country_and_full_stop_are_no_dateline() -> None:
    assert dateline("Better Together, Canada. The campaign begins today.") is None


def test_abbreviated_month_then_an_agency() -> None:
    text = "Accra, Nov. 14, GNA – The Chief Justice has urged registrars to act."
    got = dateline(text)
    assert got is not None and got.place == "Accra" and got.month_day == (11, 14)
    assert text[got.end :].lstrip().startswith("The Chief")


def test_caps_place_then_a_long_note_with_the_date_and_a_colon() -> None:
    text = "KARACHI, (APP - Wire One / City Point News - 12th Aug, 2021 ) :The federation has named a squad."
    got = dateline(text)
    assert got is not None and got.place == "Karachi" and str(got.date) == "2021-08-12"
    assert "Wire" not in got.words  # the note's agency is no place


def test_hyphen_glued_to_a_region_code() -> None:
    got = dateline("Barrie, ON- The club is proud to announce a new coach today.")
    assert got is not None and got.place == "Barrie, ON"


def test_district_with_dots_stays_in_the_place() -> None:
    for text in (
        "WASHINGTON, D.C., March 3, 2004 – The council said today.",
        "Washington, D.C.- Today the group said.",
        "(Washington, D.C.) — The group said today.",
    ):
        got = dateline(text)
        assert got is not None and got.place == "Washington, D.C.", text


def test_district_without_dots_is_kept_as_written() -> None:
    got = dateline("WASHINGTON, DC, April 2, 2010 – The group said.")
    assert got is not None and got.place == "Washington, DC"  # round 40o: a dateline's region stays
    got = dateline("WASHINGTON – The group said today.")
    assert got is not None and got.place == "Washington"
