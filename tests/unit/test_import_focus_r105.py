"""Round 105: focus, the agent of a passive verb ("will be led by <Name>") is the subject a later
"He said:" means (invented texts)."""

from __future__ import annotations

import pytest

from tests.support.importing import quote_starting

_WORDS = "I was struck by the patience of the growers here and I mean to repay it with good cider"


def _text(sentence: str) -> str:
    return (
        "Orchard press opens in Hallow Vale\n\n"
        "The Brennock Cider Company is to open a new press in Hallow Vale this autumn. “Our growers have waited "
        "long for a press of their own and we are glad to give it to them,” said managing director Aldous Orley. "
        f"{sentence} He said: “{_WORDS}.”\n\n"
        "The press opens in October.\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The new press will be led by Corin Vasey, previously head cider maker at Elm Row Mills, who will train "
        "the local team.",
        "The cider school was founded by Corin Vasey, who has made cider in the vale for thirty years.",
        "The growers’ board is headed by Corin Vasey, a third-generation farmer.",
    ],
)
def test_the_agent_of_a_passive_verb_is_the_subject(sentence: str) -> None:
    name, _review = quote_starting(_text(sentence), _WORDS)
    assert name == "Corin Vasey"


def test_a_person_opening_the_sentence_stays_its_subject() -> None:
    # The sentence opens with a person: the agent after "by" is not its subject.
    sentence = "Aldous Orley was joined at the press by Corin Vasey, who will train the team."
    name, _review = quote_starting(_text(sentence), _WORDS)
    assert name == "Aldous Orley"
