"""Round 102: attribution, the listener of a cue is no speaker (invented texts)."""

from __future__ import annotations

import pytest

from tests.support.importing import parsed_quotes, quote_starting

_FIRST = (
    "Road closure angers bakers\n\n"
    "Ada Fenwick, who runs the bakery on the high street, said the closure had cost her dearly.\n\n"
)
_WORDS = "When the new bridge is finished we hope the buses will run on time again"


def _speaker(text: str) -> tuple[str, str]:
    return quote_starting(text, _WORDS)


@pytest.mark.parametrize(
    "cue",
    [
        "Ms Fenwick said in a message to council roads officer Tom Barker:",
        "Ms Fenwick wrote to council roads officer Tom Barker:",
        "Ms Fenwick told council roads officer Tom Barker:",
        "Ms Fenwick said in a letter to Tom Barker, the roads officer:",
        "In a message to roads officer Tom Barker, Ms Fenwick said:",
    ],
)
def test_the_person_written_to_is_the_listener(cue: str) -> None:
    # "X said in a message to ROLE Y: “…”": Y is addressed; the subject of the cue verb speaks.
    name, _review = _speaker(_FIRST + f"{cue} “{_WORDS}.”\n")
    assert name == "Ada Fenwick"


def test_the_subject_of_told_still_speaks() -> None:
    # "Tom Barker told Ms Fenwick: “…”": the subject speaks, the one told listens.
    name, _review = _speaker(_FIRST + f"Roads officer Tom Barker told Ms Fenwick: “{_WORDS}.”\n")
    assert name == "Tom Barker"


_HELPLINE = (
    "New helpline opens in Tolbury\n\n"
    'Inspector Ada Fenwick of the Tolbury force said: "The helpline has been used by hundreds of callers '
    'since it opened in the spring and it will now stay open for good."\n\n'
    "Callers have been very warm about the service. These are some of the comments we received;\n\n"
    '"It was a long and careful talk, going through what would happen next":\n\n'
    '"I felt safe and it was good to know who was on the line": "The person I spoke to was very kind."\n'
)


def test_comments_listed_under_an_unnamed_intro_are_not_the_inspectors() -> None:
    # "These are some of the comments we received;" then quote-only paragraphs: unnamed people's remarks,
    # not those of the person quoted before (the gold's "", a person the text does not name).
    quoted = [(name, quote) for name, quote, _review in parsed_quotes(_HELPLINE)]
    later = [name for name, quote in quoted if not quote.startswith("The helpline")]
    assert len(later) == 3
    assert "Ada Fenwick" not in later


def test_her_comments_stay_hers() -> None:
    # "These are some of her comments:": words owned by the person named before.
    text = _HELPLINE.replace("These are some of the comments we received;", "These are some of her comments:")
    later = [name for name, quote, _review in parsed_quotes(text) if not quote.startswith("The helpline")]
    assert later and set(later) == {"Ada Fenwick"}


def test_a_line_opening_with_said_names_the_speaker_after_the_verb() -> None:
    # "Said Ada Fenwick, president of the Trust:" alone above the quote: the verb is no part of the name.
    text = (
        "Tolbury and Lakeside launch health fund\n\n"
        "Lakeside Pledges Money Towards Clinic Fund\n\n"
        "(PRESS RELEASE) This week Tolbury and Lakeside launched a new fund for the town clinics.\n\n"
        "The fund was announced at an event led by the Mayor of Tolbury, Lena Marsh, and the Lakeside chief, "
        "Tom Barker.\n\n"
        "Said Ada Fenwick, president and chief executive at the Tolbury Health Trust:\n\n"
        "“The ruling shows that the clinic serves the whole town and that its doors must stay open.”\n"
    )
    assert [name for name, _quote, _review in parsed_quotes(text)] == ["Ada Fenwick"]
