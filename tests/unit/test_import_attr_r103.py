"""Round 103: attribution, a full name with its title run on without a comma (invented texts)."""

from __future__ import annotations

from tests.support.importing import quote_starting

_WORDS = "The survey shows that our members keep the trust of the public year after year"


def _speaker(text: str) -> tuple[str, str]:
    return quote_starting(text, _WORDS)


def test_a_known_name_run_on_into_its_title_is_the_speaker() -> None:
    # "… ,” said Helen Varnow Director of Hollin Aid, the network that …": no comma after the name;
    # the known full name at the head of the cue speaks, not the minister named before.
    text = (
        "Survey of Hollin charities published\n\n"
        "Today Hollin Aid presented a survey to Minister of State Idris Quarmby. "
        f"“{_WORDS}. That is a fine result,” said Helen Varnow Director of Hollin Aid, "
        "the network that paid for the survey.\n\n"
        "“Our members work hard and the public sees it,” said Helen Varnow.\n"
    )
    name, _review = _speaker(text)
    assert name == "Helen Varnow"


_LONG = (
    "Harbour plan questioned\n\n"
    "Asked about a radio interview (‘Lessons from a wet winter’ on 3 March) with the chairman of the "
    "harbour board, Mr Tobias Lindqvist, in which he said that the town council could have acted sooner "
    "on the flooding of the lower quay and should have asked the water company for help before the storms "
    "of the first week of February, when several shops on the front were closed for days and the coastal "
    "road was shut twice, Junior Minister (Parks, Roads and Water) Helen Varnow said:\n\n"
    f"“{_WORDS}, and the council will answer for its part in the spring.”\n"
)


def test_a_long_paragraph_ending_with_a_name_and_said_is_the_cue() -> None:
    # A paragraph over 400 characters, with a programme's title in single marks, that ends
    # "… Minister (…) Jo Roe said:": the quote under it is hers, not that of the chairman named first.
    name, _review = _speaker(_LONG)
    assert name == "Helen Varnow"


def test_a_title_with_a_name_after_it_keeps_that_name() -> None:
    # Guard: "Fernside Rowing President Helen Varnow said": the name after the title speaks.
    text = (
        "Regatta returns to Fernside\n\n"
        "Fernside Rowing welcomed crews from four counties on Saturday.\n\n"
        f"“{_WORDS},” Fernside Rowing President Helen Varnow said.\n"
    )
    name, _review = _speaker(text)
    assert name == "Helen Varnow"
