"""Letters around a name (issue 24, round 11): a dotted degree is no surname, an initial without
its dot is still an initial. Invented releases."""

from __future__ import annotations

from tests.support.importing import speaker_names, speakers


def test_dotted_degree_after_the_name_is_not_the_speaker() -> None:
    text = (
        "Patent granted for the screening method\n\n"
        "Orla M. Quennell, Ph.D., President of Veritome, explained “A strong patent portfolio is a key "
        "element of our strategy and of our early screening programme.”\n"
    )
    assert speaker_names(text) == ["Orla M. Quennell"]


def test_other_dotted_degrees() -> None:
    for degree in ("Ed.D.", "D.Phil.", "Pharm.D."):
        text = (
            "Patent granted for the screening method\n\n"
            f"Orla Quennell, {degree}, President of Veritome, explained “A strong patent portfolio is a key "
            "element of our strategy and of our early screening programme.”\n"
        )
        assert speaker_names(text) == ["Orla Quennell"], degree


def test_initial_without_a_dot_before_the_given_name() -> None:
    text = (
        "New head for the college\n\n"
        "Halvering College has appointed Professor K Daniel Oosterhuis as its next Principal.\n\n"
        "Oosterhuis will join the college in the autumn from the University of Tessel.\n\n"
        "Oosterhuis said:\n\n"
        "“I am very excited about this chance to lead a college with such a strong record.”\n"
    )
    assert speaker_names(text) == ["K Daniel Oosterhuis"]


def test_unknown_given_name_right_after_a_title_stays() -> None:
    text = (
        "Suspects arrested within a day\n\n"
        "The National Commissioner of Police, General Thembeka Paul Mokoatle has applauded the members for "
        "their speedy response in tracing these suspects.\n\n"
        "“The importance of the immediate mobilization of the plan cannot be overemphasized,” said General "
        "Mokoatle.\n"
    )
    assert speaker_names(text) == ["Thembeka Paul Mokoatle"]


def test_title_before_the_first_word_of_a_name_names_that_person() -> None:
    text = (
        "Talks resume on farm trade\n\n"
        "GENEVA – Director-General Thanawat Sirikul said the talks would resume on Monday.\n\n"
        "The chair of the farm talks, Ambassador Kenji Hamada, circulated a new paper to members today.\n\n"
        "“This paper is not an agreed text but a negotiating document,” said Director-General Thanawat.\n"
    )
    assert speaker_names(text) == ["Thanawat Sirikul"]


def test_surname_in_capitals_and_later_without_its_accents_is_one_person() -> None:
    text = (
        "Board calls for cleaner harbours\n\n"
        "TARLOW, 4 March 2021 – Maren KOVÁČ, Head of the Coastal Water Board (CWB), urged towns to commit "
        "to clean harbours in an address to a meeting of mayors.\n\n"
        "In her address, Ms. Kovac said:\n\n"
        "“Clean water is the work of every town, and every town can do more.”\n\n"
        "“We will help any town that asks,” Ms. Kovac said.\n"
    )
    found = speakers(text)
    assert [who for who, _review in found] == ["Maren Kováč", "Maren Kováč"], found
    assert not any("surname only" in review for _who, review in found), found


def test_surname_in_capitals_keeps_its_inner_lower_case() -> None:
    text = (
        "Festival opens on the quay\n\n"
        "Ewan McTAVISH, Director of the Quayside Arts Trust (QAT), opened the festival on Friday.\n\n"
        "“This is a festival for the whole town,” Mr. McTavish said.\n"
    )
    assert speaker_names(text) == ["Ewan McTavish"]


def test_capitals_after_a_given_name_word_are_no_surname_unless_written_again() -> None:
    """ "Amber ALERT", "Will NASA", "Hope FOR ALL": a word that is also a given name, then capitals the text
    never writes in lower case, names nobody; a capital İ (two characters in title case) keeps the length."""
    from tui.core.importer.names import recase_capital_surnames, written_words

    def recased(text: str) -> str:
        return recase_capital_surnames(text, written_words([text]))

    text = "Keston Police issued an Amber ALERT on Friday. Will NASA fund it? People walked for Hope FOR ALL."
    assert recased(text) == text
    turkish = "Ali KİLİÇ, head of the port board, opened it. Mr Kilic said so."
    assert len(recased(turkish)) == len(turkish)
    assert recased("Ana NOVÁK opened it. Ms. Novak said so.") == "Ana Novák opened it. Ms. Novak said so."
