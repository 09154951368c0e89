"""Round 26o: names whose acronym spells more than the first cut, acronyms spelled out in
capitalised words (invented texts)."""

from tests.support.importing import drafted
from tui.core.importer.orgs import find_orgs


def names(*paragraphs: str) -> dict[str, tuple[str, list[str]]]:
    return {o.name: (o.acronym, o.aliases) for o in find_orgs(list(paragraphs)).orgs.values()}


def test_acronym_spells_the_nationality_word() -> None:
    got = names("The Economic Council for Central Asia and the Caucasian (ECCAC) met on Monday in Baku.")
    assert "Economic Council for Central Asia and the Caucasian" in got


def test_nationality_word_is_still_cut_without_the_acronym() -> None:
    got = names("Staff of Lakeside University and Canadian partners signed the deal.")
    assert not any(n.endswith("Canadian") for n in got)


def test_comma_list_before_a_defined_name() -> None:
    got = names("Cornwall, Devon and Dorset Rivers Trust (CDDRT) has opened a new office.")
    assert "Cornwall, Devon and Dorset Rivers Trust" in got


def test_comma_list_without_a_head_word_stays_out() -> None:
    got = names("Training covers Fire, Flood and Storm Response (FFSR) for all staff.")
    assert "Fire, Flood and Storm Response" not in got


def test_acronym_used_once_spelled_out_elsewhere() -> None:
    got = names(
        "Maria Lopez, Outreach Manager of Harbour Skills Bridge, said the visit went well.",
        "In collaboration with HSB, we are running the course.",
    )
    assert got.get("Harbour Skills Bridge", ("", []))[0] == "HSB"


def test_spelled_out_place_gives_no_body() -> None:
    got = names("He flew to Papua New Guinea last week.", "Talks with PNG, he said, went well.")
    assert not any(a == "PNG" for a, _ in got.values())


def test_defined_term_is_not_spelled_out_again() -> None:
    got = names(
        "The Annual Production Target (“APT”) was met.",
        "The board reviewed it, and the APT rose in May.",
    )
    assert "Annual Production Target" not in got


def test_the_before_an_acronym_at_a_sentence_start() -> None:
    got = names("The PDA and the city are to be thanked for the work done.")
    assert any(a == "PDA" for a, _ in got.values())


def test_a_date_glued_after_a_company_form_is_cut() -> None:
    release = (
        "Half-year figures\n\n"
        'Harbour Stone Group PLC12 March 2006 Harbour Stone Group Plc ("Harbour Stone" or the "Group") Interim '
        "Results for the six months ended 31 January 2006 Harbour Stone, the builder, today announces its results.\n\n"
        "“We have had a steady half,” said Mara Quill, chief executive of Harbour Stone Group PLC.\n"
    )
    names = {o.name for o in drafted(release).orgs.values()}
    assert "Harbour Stone Group PLC" in names
    assert not any("2006" in n for n in names)


def test_a_bodys_annual_meeting_names_the_body() -> None:
    release = (
        "41st Annual General Assembly of the World Organisation for Animal Health (OIE) 3 – 7 June 2011\n\n"
        "The assembly opened in Lisbon with delegates from 60 member states.\n\n"
        "“Our herds need a common plan,” said Ivo Brand, who chairs the OIE council.\n"
    )
    names = {o.name for o in drafted(release).orgs.values()}
    assert "World Organisation for Animal Health" in names
    assert not any(n.startswith("Annual General Assembly") for n in names)
