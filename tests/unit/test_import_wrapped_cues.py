"""`briefing import` on texts wrapped to a width without blank lines (filings, old PDFs), cues
that name the speaker after a role ("said Acme's CEO, Jane Roe"), first-person cues, and the
scanners that must find the same people as the plain patterns (invented releases)."""

from __future__ import annotations

import datetime as dt
import random
import re
import textwrap

from tui.core.importer import import_text, read_source
from tui.core.importer.dateline import date_line
from tui.core.importer.people import near
from tui.core.importer.quotes import find_quotes

PARAGRAPHS = [
    "Norvale Robotics Acquires Sensor Maker",
    "LYON, France — March 3, 2011 — Norvale Robotics, Inc. (OTCBB: NRVL) has acquired Quillon Sensors, "
    "a company that builds optical sensors for warehouse robots. The boards of both companies approved it.",
    "“Buying Quillon gives us the eyes our robots were missing,” said Norvale’s CEO, Agnes Pellerin. "
    "“We will ship the first joint product before the autumn.”",
    "“We are thrilled to join a company that moves this fast,” said Quillon founder Marc Duvigneau.",
    "Norvale will keep the Quillon plant in Grenoble and its forty staff.",
]


def wrapped(paragraphs: list[str]) -> str:
    """Each paragraph wrapped to 72 columns, no blank lines; the fourth one's first word alone on
    its line, as text copied from a PDF has it."""
    lines = []
    for n, text in enumerate(paragraphs):
        if n == 3:
            first, _, text = text.partition(" ")
            lines.append(first)
        lines += textwrap.wrap(text, 72)
    return "\n".join(lines) + "\n"


WRAPPED = "Norvale Robotics Buys Sensor Maker Quillon\n" + wrapped(PARAGRAPHS)


def quotes_of(text: str) -> list[tuple[str, str]]:
    source = read_source(text, ".txt")
    return [(" ".join(f.text.split()[:3]), f.person.name) for f in find_quotes(source.paragraphs).found]


def test_a_wrapped_text_without_blank_lines_is_cut_into_its_paragraphs() -> None:
    assert read_source(WRAPPED, ".txt").paragraphs == tuple(PARAGRAPHS)


def test_a_wrapped_chunk_between_blank_lines_is_cut_too() -> None:
    title, _, body = WRAPPED.partition("\n")
    assert read_source(f"{title}\n\n{body}", ".txt").paragraphs == tuple(PARAGRAPHS)


def test_quotes_of_a_wrapped_text_find_their_speakers_and_its_dateline() -> None:
    assert quotes_of(WRAPPED) == [
        ("Buying Quillon gives", "Agnes Pellerin"),
        ("We are thrilled", "Marc Duvigneau"),
    ]
    assert 'location: "Lyon, France"' in import_text(read_source(WRAPPED, ".txt")).markdown


def test_a_name_after_the_role_in_the_cue_is_the_speaker() -> None:
    text = (
        "Harbour deal\n\n"
        "Harbour Master Paul Anker and Kessel Shipping signed a lease on Monday.\n\n"
        "“The lease secures our berths for twenty years,” said Kessel’s chief executive, Nora Blix.\n"
    )
    assert quotes_of(text) == [("The lease secures", "Nora Blix")]


def test_a_first_person_cue_is_flagged_for_review() -> None:
    text = (
        "Homes for two families\n\n"
        "Director Tomas Ferrand handed over the keys of two new homes on Saturday.\n\n"
        "We like to say, “A home is where a family starts again.” The families worked 300 hours on site.\n"
    )
    found = find_quotes(read_source(text, ".txt").paragraphs).found
    assert len(found) == 1
    assert "writer" in found[0].review  # "We like to say": the writer may speak, not Ferrand


def test_near_finds_what_finditer_finds() -> None:
    # A pattern that matches only a few words before an anchor is tried only there, with the same result.
    pattern = re.compile(r"(?:(?:[A-Z]\w*|[a-z]\w*)\s+){0,3}?\b(?:Dr|Prof)\.?\s+[A-Z]\w+(?:\s+and\s+[A-Z]\w+)?")
    anchor = re.compile(r"\b(?:Dr|Prof)")
    words = "Dr Prof. Ann Lee the said , (Mr x-ray “Dr and Bo Lund) Dr. Kim of for Prof Ed".split(" ")
    rng = random.Random(24)
    for _ in range(2000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 30)))
        assert [m.span() for m in near(pattern, anchor, text, 3)] == [m.span() for m in pattern.finditer(text)], text


def test_a_wire_dateline_alone_on_its_line_is_a_date_line() -> None:
    line = date_line("TALLINN, Estonia, May 4, 2019 /PRNewswire/ --")
    assert line is not None and line.place == "Tallinn, Estonia" and line.date == dt.date(2019, 5, 4)
    assert date_line("TALLINN, Estonia, May 4, 2019 /PRNewswire/ -- Ferries run again.") is None


def test_a_name_and_a_colon_before_a_quote_is_its_cue() -> None:
    text = (
        "Ferry funding\n\n"
        "Minister Olga Brand visited the harbour with the port council on Friday.\n\n"
        "Council Chair Ivo Marek: “The funding keeps the night ferry running for the next five years.”\n"
    )
    found = find_quotes(read_source(text, ".txt").paragraphs).found
    assert [(f.person.name, f.review) for f in found] == [("Ivo Marek", "")]


def orgs_of(text: str) -> set[str]:
    return {o.name for o in import_text(read_source(text, ".txt")).draft.orgs.values()}


def test_an_acronym_may_skip_some_small_words_of_its_name() -> None:
    text = "Keys handed over\n\nHabitat for Humanity of Greater Ashby (HFHGA) handed over its 40th home on Friday.\n"
    assert "Habitat for Humanity of Greater Ashby" in orgs_of(text)


def test_a_name_may_open_with_a_place_that_starts_with_new() -> None:
    text = "Grants\n\nDonors include the New York Press Foundation and the Ferrand Trust, the group said.\n"
    assert "New York Press Foundation" in orgs_of(text)


def test_a_dateline_tag_the_text_uses_again_is_an_organization() -> None:
    text = (
        "Jobs report\n\n"
        "GENEVA (WTO News) – WTO economists expect trade to grow by two per cent next year.\n\n"
        "The WTO said the forecast depends on energy prices. WTO members meet in May.\n"
    )
    assert any(o.acronym == "WTO" for o in import_text(read_source(text, ".txt")).draft.orgs.values())


def test_a_quote_in_single_marks_over_paragraphs_leaves_each_but_the_last_open() -> None:
    text = (
        "Burglary arrests\n\n"
        "Detective Inspector Rhona Tallis, who leads the county squad, said: ‘Fewer burglaries are reported. "
        "It does not make the harm any less for the people who are targeted.\n\n"
        "‘My team goes out every day to find the offenders who break into homes.\n\n"
        "‘There is no place for such crime in our county.’\n\n"
        "The squad works across the whole county.\n"
    )
    found = find_quotes(read_source(text, ".txt").paragraphs).found
    assert [(" ".join(f.text.split()[:3]), f.person.name, len(f.parts)) for f in found] == [
        ("Fewer burglaries are", "Rhona Tallis", 3)
    ]


def test_a_surname_cue_takes_the_full_name_the_text_gives_without_a_title() -> None:
    text = (
        "Solitons\n\n"
        "The model was built by co-author and physicist Amadou Kerre of the institute.\n\n"
        '"We cannot yet tell such objects from black holes," Kerre said.\n'
    )
    assert quotes_of(text) == [("We cannot yet", "Amadou Kerre")]


def test_a_cue_that_names_nobody_known_is_flagged() -> None:
    text = (
        "Library hours\n\n"
        "Librarian Rosa Imbert opened the reading room on Sunday for the first time.\n\n"
        "“Families can now come in at the weekend,” the organisers said.\n"
    )
    found = find_quotes(read_source(text, ".txt").paragraphs).found
    assert all(f.review for f in found)


def test_a_cue_naming_an_organization_then_its_officer_gives_the_officer() -> None:
    text = (
        "Lab expands\n\n"
        "Kessel Laboratories opened a new plant in Dunmore, the firm said on Monday.\n\n"
        "“The plant doubles what we can make for hospitals,” said Kessel Laboratories, CEO Nora Blix.\n"
    )
    assert quotes_of(text) == [("The plant doubles", "Nora Blix")]
