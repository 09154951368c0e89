"""Speakers and quotes (round 72)."""

from tests.support.importing import parsed_quotes


def test_a_quote_opened_by_a_doubled_mark_is_read() -> None:
    # `""I am …" said Mr Roe`: a double mark typed twice opens one quote; the quotes after it are read too.
    text = (
        "Police chief backs review of station rules\n\n"
        "Commissioner Ivo Halvard met the Minister on Monday. Both agreed a review would help.  "
        '""I am very thankful for the help of the Minister in this matter" said Mr Halvard. '
        '"We have not yet set the terms of the review." The station will get new locks.\n'
    )
    assert [quote for _name, quote, _review in parsed_quotes(text)] == [
        "I am very thankful for the help of the Minister in this matter",
        "We have not yet set the terms of the review.",
    ]


def test_a_long_partial_quote_in_single_marks_after_a_verb_of_speaking_is_read() -> None:
    # "spoke of the importance of ‘…’": a phrase too long for a term, in the sentence of a speaking verb.
    text = (
        "Board hears plans for the new district\n\n"
        "At the meeting yesterday, District Board leader Morwen Tallis spoke of the importance of "
        "\u2018keeping families and small firms at the centre of the new district\u2019 and of moving the "
        "plan forward.\n"
    )
    assert [(name, quote) for name, quote, _review in parsed_quotes(text)] == [
        ("Morwen Tallis", "keeping families and small firms at the centre of the new district")
    ]


def test_a_short_term_in_single_marks_after_a_verb_stays_no_quote() -> None:
    text = (
        "Board hears plans for the new district\n\n"
        "District Board leader Morwen Tallis spoke about the \u2018green streets\u2019 plan at the meeting.\n"
    )
    assert parsed_quotes(text) == []


def test_initials_written_before_a_known_given_name_are_part_of_the_name() -> None:
    # "Minister R.T. Greg Varga": the text writes the initials with the name; no shorter form.
    text = (
        "Minister Varga meets fishers in the north\n\n"
        "Fishers from the north came to meet Minister R.T. Greg Varga on Tuesday.\n\n"
        "\u201cI want to hear what problems you have at the harbour and how we can help,\u201d said "
        "Minister Varga.\n"
    )
    assert [(name, review) for name, _quote, review in parsed_quotes(text)] == [("R.T. Greg Varga", "")]


def test_names_at_the_end_of_a_quote_left_open_are_not_the_next_bare_quotes_speaker() -> None:
    # A quote over three paragraphs closes in the third, after thanks to two people; the bare quote after
    # it is the speaker's, not the last person his own words named.
    text = (
        "A word from the agency's director\n\n"
        "At a press meeting held in Tarnow, the Director of the Agency Paolo Venturi said: \u201cThe launch "
        "of the probe is a success for us all. We are very proud of the team.\n\n"
        "\u201cThe work is now up to the scientists. They must be able to use the data soon.\n\n"
        "The building of this probe has led us to new methods. I would like to thank Hector Malling, "
        "Director of Science, Ruben Castell and all those in the project for their hard work.\u201d\n\n"
        "\u201cIt was a perfect launch, it went so smoothly. For the probe, this is the start of a new "
        "story.\u201d\n"
    )
    assert [name for name, _quote, _review in parsed_quotes(text)][-1] == "Paolo Venturi"
