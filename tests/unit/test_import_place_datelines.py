"""Datelines in shapes seen on unseen releases (issue 24, round 6; invented texts): a place and a
date ending a header line, a tag with a place and its country in brackets, a short date with no
dash, a country in square brackets, a dateline glued to the headline before it."""

from __future__ import annotations

import datetime as dt

from tui.core.importer import import_text, read_source
from tui.core.importer.dateline import WIRE_NAMES, Dateline, date_line, dateline, inner_dateline

BODY = (
    "The harbour board has approved a plan to dredge the old channel over the next two winters, "
    "and the work will start once the fishing season is over, the chair of the board said."
)


def draft_of(text: str):  # type: ignore[no-untyped-def]
    return import_text(read_source(text, ".txt")).draft


def test_a_header_line_that_ends_with_a_place_and_a_date() -> None:
    line = inner_dateline("http://www.example.org/ Press Release PR/2021/17 Lisbon, March 3, 2021")
    assert line is not None and line.place == "Lisbon" and line.date == dt.date(2021, 3, 3)
    d = draft_of(
        f"Harbour plan approved\n\nhttp://www.example.org/\nPress Release PR/2021/17\nLisbon, March 3, 2021\n\n{BODY}\n"
    )
    assert d.location == "Lisbon"
    assert inner_dateline("The board met in the Town Hall, March 3, 2021") is None  # not a known place


def test_a_tag_a_place_and_its_country_in_brackets() -> None:
    line = dateline(f"(Harbour Board Secretariat, Porto, Portugal) {BODY}")
    assert line is not None and line.place == "Porto, Portugal"
    assert "Secretariat" not in line.words  # the tag may be an organization
    assert dateline(f"(Harbour Board Secretariat, Acme Wire) {BODY}") is None


def test_a_known_place_and_a_short_date_with_no_dash() -> None:
    d = draft_of(f"Harbour plan approved\n\nPorto, May 8 The harbour board has approved a plan. {BODY}\n")
    assert d.location == "Porto"
    assert dateline(f"Harbour, May 8 The board met. {BODY}") is None  # "Harbour" is no place


def test_a_country_in_square_brackets_after_the_place() -> None:
    line = dateline(f"Braga [Portugal], Aug 18 (XYZ): {BODY}")
    assert line is not None and line.place == "Braga" and line.month_day == (8, 18)


def test_a_dateline_glued_to_the_headline_before_it() -> None:
    line = inner_dateline(
        f"Harbour Board Reports Results Plan Being DiscussedLISBON, Portugal, Nov. 17 /Acme Wire/ -- {BODY}"
    )
    assert line is not None and line.place == "Lisbon, Portugal" and line.month_day == (11, 17)


# Round 114e: dateline forms of police, universities, sports bodies and wires (invented towns and bodies).


def test_a_date_a_dash_then_the_town_and_its_state_in_brackets() -> None:
    line = dateline("August 3, 2017 -- (Kestrelton, CO) – Deputies found the lost hiker before dawn on Thursday.")
    assert line is not None and line.place == "Kestrelton, CO" and line.date == dt.date(2017, 8, 3)
    line = dateline("May 3, 2021 - (Varnholm, Ontario) - Police said the road would stay closed all week.")
    assert line is not None and line.place == "Varnholm, Ontario"
    assert dateline("August 3, 2017 -- (Jo Roe, MD) – The clinic opened a new wing on Thursday.") is None


def test_a_country_in_brackets_written_without_its_accents_stays_with_the_town() -> None:
    line = dateline("MERIDIA (Cote d'Ivoire) - On July 25, the league held its congress in the capital.")
    assert line is not None and line.place == "Meridia (Cote d'Ivoire)"
    line = dateline("MERIDIA (Acme League) - On July 25, the league held its congress in the capital.")
    assert line is not None and line.place == "Meridia"  # a tag, no country


def test_a_town_and_its_state_s_code_with_no_dash_before_the_text() -> None:
    line = dateline("Kingston, ON Acme College’s most exciting event of the year returned this June.")
    assert line is not None and line.place == "Kingston, ON" and line.end == len("Kingston, ON ")
    line = dateline("BRACKLEY, ON Acme College’s most exciting event of the year returned this June.")
    assert line is not None and line.place == "Brackley, ON"  # a town the lists do not hold, in capitals
    line = dateline("Boise, ID March 3, 2021 – The firm said it would hire forty people.")
    assert line is not None and line.date == dt.date(2021, 3, 3)  # the date still read
    assert dateline("Jo Roe, MD The doctor said the clinic would open in May.") is None  # a name and a degree
    assert dateline("Georgia Roe, ON The board met on Monday to vote on the plan.") is None  # a name


def test_a_known_town_and_a_full_stop_after_a_date_line() -> None:
    d = draft_of(f"Harbour plan approved\n\n28 December 2008\n\nLisbon. The dangerous ritual is out of place. {BODY}\n")
    assert d.location == "Lisbon" and d.date == dt.date(2008, 12, 28)
    assert dateline(f"Today. {BODY}") is None
    assert dateline(f"Uganda. {BODY}") is None  # a country alone is a heading, not a dateline
    assert dateline(f"Florence. She said the board would meet again. {BODY}") is None  # a person's name


def test_a_wire_s_town_and_country_below_a_photo_caption() -> None:
    caption = (
        "A ferry waits at the old pier while volunteers load crates of water and tents for the families who "
        "fled the floods last week, in a photograph taken on Monday morning by a volunteer of the harbour board. "
        "© Acme Relief/Jo Roe"
    )
    text = (
        "Harbour board sends boats to the lake\n\nThe board has sent ten boats to the lake towns.\n\n"
        f"Lakeside. Families flee rising water\n\n{caption}\n\nKAMPALA, Uganda — {BODY}\n"
    )
    d = draft_of(text)
    assert d.location == "Kampala, Uganda"
    d = draft_of(text.replace("KAMPALA, Uganda — ", "Kampala, Uganda — "))
    assert d.location == ""  # a town in title case past a long paragraph: maybe a sentence's subject


def test_a_misspelled_february_in_a_dated_header() -> None:
    from tui.core.importer.dateline import find_date

    assert find_date("The Courier, Wednesday 08th Febuary 2012") == dt.date(2012, 2, 8)


def test_a_weekday_a_clock_time_or_a_bar_around_the_date_before_the_place() -> None:
    line = dateline(f"Tuesday, 3 May 2022, 10:00 CET – Lisbon – {BODY}")
    assert line is not None and line.place == "Lisbon" and line.date == dt.date(2022, 5, 3)
    line = dateline(f"3 May 2022 | Lisbon | {BODY}")
    assert line is not None and line.place == "Lisbon"
    assert dateline(f"Tuesday, 3 May 2022 – Jo Roe – {BODY}") is None
    assert dateline(f"3 May 2022 | News | {BODY}") is None


def test_a_release_s_label_or_a_short_tag_before_the_dateline() -> None:
    line = dateline(f"Press Release – Lisbon, 3 May 2022 – {BODY}")
    assert line is not None and line.place == "Lisbon" and line.date == dt.date(2022, 5, 3)
    line = dateline(f"(PR) Lisbon, 3 May 2022 – {BODY}")
    assert line is not None and line.place == "Lisbon" and line.date == dt.date(2022, 5, 3)
    assert dateline(f"Press Release – {BODY}") is None
    assert dateline(f"(PR) {BODY}") is None


# Review of round 114 (finding 9): a surname and a player's position that is also a state's code.


def test_a_surname_and_a_two_letter_code_before_the_sentence_is_no_dateline() -> None:
    text = "Okonkwo, DE The senior from Millbrook High has signed a letter of intent to play for the Hornets."
    assert dateline(text) is None  # a surname the lists do not hold as a town, and a defensive end
    assert dateline("Tennant, DE The junior guard will join the squad next fall, the coach said on Monday.") is None
    d = draft_of(f"{text}\n\n“He is a force on the line,” said head coach Tom Ashby.\n")
    assert d.location == ""
    line = dateline("Whitby, ON The college held its first graduation in three years on Friday morning.")
    assert line is not None and line.place == "Whitby, ON"  # a town the lists hold, with its code
    line = dateline("Brackley, ON The Brackley Kite Society will hold its breakfast at the Brackley Hall on Saturday.")
    assert line is not None and line.place == "Brackley, ON"  # a town the lists do not hold, named again as a place


# Review of round 114 (finding 8): a one-word sentence that only looks like a town before a stop.


def test_a_sentence_that_answers_a_one_word_sentence_is_no_dateline() -> None:
    bath = "Bath. That was the first thing the pupils asked for after the long wet walk back from camp."
    assert dateline(bath) is None
    d = draft_of(
        "Sleep. The first thing a tired child needs, the head teacher says, is a quiet room and a warm bed.\n\n"
        f"{bath}\n\n"
        "Nice. That was the verdict of the parents on the new dormitory the volunteers built this summer.\n"
    )
    assert d.location == ""
    line = dateline("Lisbon. The council approved the new tram line after a long debate on Tuesday night.")
    assert line is not None and line.place == "Lisbon"


def test_a_town_that_is_also_a_common_given_name_before_a_stop_is_no_dateline() -> None:
    text = "Florence. The midwife who trained a generation of nurses would have been proud of the ward named for her."
    assert dateline(text) is None
    assert draft_of(f"{text}\n\n“We honour her every day,” said Matron Ada Quill, head of the ward.\n").location == ""
    line = dateline("Vienna. The city council approved the new tram line after a long debate on Tuesday night.")
    assert line is not None and line.place == "Vienna"  # a given name too, but a rare one


def test_a_state_s_older_abbreviation_and_canada_s_stay_with_the_town() -> None:
    # "Me.", "N.Dak.", "Oreg.": the older abbreviations AP's list lacks; "N.L.": Newfoundland and Labrador.
    for written, place in (
        ("BANGOR, Me. —", "Bangor, Me."),
        ("FARGO, N.Dak. —", "Fargo, N.Dak."),
        ("Eugene, Oreg. —", "Eugene, Oreg."),
        ("CORNER BROOK, N.L. —", "Corner Brook, N.L."),
    ):
        line = dateline(f"{written} {BODY}")
        assert line is not None and line.place == place, written


def test_an_unknown_town_in_capitals_and_a_full_date_in_brackets_with_no_dash() -> None:
    line = dateline(f"(KESTRELTON, September 26, 2023) {BODY}")
    assert line is not None and line.place == "Kestrelton" and line.date == dt.date(2023, 9, 26)
    assert body_of(line, f"(KESTRELTON, September 26, 2023) {BODY}").startswith("The harbour board")
    for tag in ("ACME NEWSWIRE", "KESTREL FOUNDATION", "ACME LTD", "JOHN SMITH", "PHOTO", "UPDATED"):
        assert dateline(f"({tag}, September 26, 2023) {BODY}") is None, tag  # a wire, a body, a person, a label
    assert dateline(f"(KESTRELTON, 26 September) {BODY}") is None  # no year: only a known town
    assert dateline(f"(Harlow Fund, 5 March 2011) {BODY}") is None  # title case: only a known town


def test_a_town_and_a_full_date_with_no_comma_before_the_dash() -> None:
    for written, date in (
        ("Lisbon June 29, 2011 –", dt.date(2011, 6, 29)),
        ("Porto May 30th 2007 -", dt.date(2007, 5, 30)),
        ("BRAMWICK 4 March 2019 —", dt.date(2019, 3, 4)),
    ):
        line = dateline(f"{written} {BODY}")
        assert line is not None and line.date == date, written
        assert line.place in ("Lisbon", "Porto", "Bramwick")
        assert body_of(line, f"{written} {BODY}").startswith("The harbour board")


def test_a_name_or_a_sentence_before_a_date_with_no_comma_is_no_dateline() -> None:
    assert dateline(f"Jo Roe June 29, 2011 – {BODY}") is None  # a byline's name, no place
    assert dateline(f"JOHN SMITH June 29, 2011 – {BODY}") is None
    assert dateline("Austin May Roe 2011 – The harbour board met.") is None  # "May" as a name, no day
    assert dateline("Lisbon in May 2011 was busy for the harbour board.") is None
    assert dateline("Today June 29, 2011 – the harbour board met.") is None


def test_a_town_and_a_date_with_a_two_digit_year_alone_on_a_line() -> None:
    d = draft_of(f"Harbour plan approved\n\nAccra, 14 Mar 09\n\n{BODY}\n")
    assert d.location == "Accra" and d.date == dt.date(2009, 3, 14)
    assert date_line("Jo Roe, 14 Mar 09") is None  # a byline's or a sign-off's name: no place, and no date
    assert date_line("Accra, 31 Feb 09") is None  # no such day
    assert date_line("Accra, 14 Mar 09 was the day the board met.") is None


def test_a_body_a_person_or_a_wire_in_capitals_before_a_full_date_is_no_town() -> None:
    for tag in ("KESTREL SOLAR", "MINISTRY OF WATERWAYS", "HARLOW TRUST IRELAND", "ZUBERI MWANGALE"):
        assert dateline(f"({tag}, 3 May 2021) {BODY}") is None, tag  # several words the lists lack
        assert dateline(f"{tag} May 3, 2021 – {BODY}") is None, tag
    for wire in sorted(WIRE_NAMES):
        assert dateline(f"({wire}, May 3, 2021) {BODY}") is None, wire
    # The paragraph names a person by that surname: "(HARLOWAY, …) … captain Ian Harloway".
    text = "(HARLOWAY, April 4, 2019) Brackton Rowing Club captain Ian Harloway has announced his retirement today."
    assert dateline(text) is None
    assert dateline("BRACKTON March 3, 2023 – Rowing coach Ian Brackton has retired after twenty years.") is None
    assert dateline(f"(KESTRELTON, 3 May 2021) {BODY}") is not None  # one word: still a town


def test_a_short_year_line_with_an_unknown_name_in_the_body_dates_nothing() -> None:
    # "Dunhallow, 3 Jan 09" after two sentences: a heading or a caption's line, not the release's date.
    d = draft_of(
        "Mill reopens after repairs\n\nThe Dunhallow Mill reopened to visitors on Saturday after two years of repairs."
        "\n\nThe mill first ground corn for the old estate:\n\nDunhallow, 3 Jan 09\n\n"
        "“It is wonderful to have the doors open again,” said keeper Tamsin Vell.\n"
    )
    assert d.date is None and d.location == ""
    assert date_line("Brackton, 14 Feb 10") is None  # a minutes' heading
    line = date_line("BRACKTON, 14 Feb 10")  # in capitals: a town's dateline
    assert line is not None and line.place == "Brackton" and line.date == dt.date(2010, 2, 14)


def body_of(line: Dateline, text: str) -> str:
    return text[line.end :]
