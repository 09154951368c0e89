"""Speakers and quotes (round 79)."""

from tests.support.importing import parsed_quotes


def test_a_statement_from_lead_names_the_speaker_of_the_quotes_after_it() -> None:
    # "Below is a statement from Jo Roe, role:" closes the paragraph: the quotes after it are Jo Roe's,
    # not those of the person the paragraph named before.
    text = (
        "Statement on the Harbour Board decision\n\n"
        "BRAVENPORT \u2014 The Harbour Board today voted against reopening the east pier, which Mayor Tobias "
        "Kendrel had asked for in June. Below is a statement from Ilsabet Moravcik, executive director of "
        "the Fishers Alliance, a group that speaks for the port's small crews:\n\n"
        "\u201cThe Fishers Alliance is deeply disappointed by the vote. Our crews have waited far too long "
        "for a safe place to land their catch.\n\n"
        "\u201cWe will keep pressing the Board until the pier is open again.\u201d\n"
    )
    quotes = parsed_quotes(text)
    assert [name for name, _quote, _review in quotes][:1] == ["Ilsabet Moravcik"]
