"""Round 101: attribution and quote finding (invented texts)."""

from __future__ import annotations

from tests.support.importing import parsed_quotes, quote_starting

_FIRST = (
    "Lena Marsh, the mayor of Tolbury, opened the new footbridge on Monday. "
    "“We will keep the roads open all winter,” Marsh said.\n\n"
)
_WORDS = "The public is reminded to keep the parks clean at all times and to report any damage"


def _speaker(text: str) -> tuple[str, str]:
    return quote_starting(text, _WORDS)


def test_words_a_release_reads_are_not_the_mayors() -> None:
    # "“…,” read the council statement.": a document's words, not those of the person named before.
    name, review = _speaker(_FIRST + f"“{_WORDS},” read the council statement.\n")
    assert name != "Lena Marsh" or review


def test_words_a_statement_reads_after_its_subject_are_not_the_mayors() -> None:
    # "“…,” the notice reads.": the same with the document named before the verb.
    name, review = _speaker(_FIRST + f"“{_WORDS},” the notice reads.\n")
    assert name != "Lena Marsh" or review


def test_a_person_reading_out_a_letter_keeps_the_quote() -> None:
    # "“…,” read Ms Jo Roe, a pupil": a person named right after the verb still reads the words out.
    name, _review = _speaker(_FIRST + f"“{_WORDS},” read Ms Ada Fenwick, a pupil at the school.\n")
    assert name == "Ada Fenwick"


def test_words_read_from_a_named_body_are_the_bodys() -> None:
    # "“…,” read a statement from the Tolbury Ward Council.": the body the statement comes from speaks.
    name, _review = _speaker(_FIRST + f"“{_WORDS},” read a statement from the Tolbury Ward Council.\n")
    assert name == "Tolbury Ward Council"


def test_a_department_in_the_role_before_the_name_is_no_speaker() -> None:
    # "said Greenco’s Director of Coastal and Upland Woodland, Ada Fenwick.": the capitalised words after
    # "Director of" name a department; the full name after the comma speaks.
    text = (
        "The Greenco Woodland Program will get new funds.\n\n"
        "“The bridge will carry walkers across the river for decades to come,” said Greenco’s Director of "
        "Coastal and Upland Woodland, Ada Fenwick.\n"
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["Ada Fenwick"]
