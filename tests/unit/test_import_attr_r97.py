"""Round 97: quotes with mixed or missing marks, and a cue with a manner word (invented texts)."""

from __future__ import annotations

from tests.support.importing import parsed_quotes


def test_a_dateline_glued_to_a_quote_with_no_opening_mark_is_not_part_of_it() -> None:
    text = (
        "Charity drive opens\n\n"
        "The drive opened on Monday in the city hall.\n\n"
        'Kelport: We should all give what we can to the shelters," said Doran Wexley at a gathering held by '
        'the Fenn Trust. "My family has given for years," he added.\n\n'
        "Wexley spoke for an hour.\n"
    )
    quotes = [quote for _name, quote, _review in parsed_quotes(text)]
    assert quotes[0].startswith("We should all give")


def test_a_name_then_one_word_of_manner_after_the_verb_is_the_cue() -> None:
    text = (
        "Club extends deal\n\n"
        "The club signed Jory Aldous and Ben Tarrow this week, two young forwards.\n\n"
        "Sporting director Pieter van Holm led the talks with the agent.\n\n"
        "‘It has been a busy month but a fine one,’ said Van Holm smiling. ‘We can now plan ahead with calm.’\n"
    )
    found = parsed_quotes(text)
    assert [name for name, _quote, _review in found] == ["Pieter van Holm", "Pieter van Holm"]
    assert not any(review for _name, _quote, review in found)


def test_a_typewriter_opener_closed_by_a_curly_single_is_one_quote() -> None:
    text = (
        "Club extends deal\n\n"
        "The club and its coach agreed a new deal on Friday.\n\n"
        "'It was plain from the start that Arno and us both wanted the same thing: one more year,’ explained "
        "sporting director Pieter van Holm, who said that a ceremony would be held. 'Things can move fast if "
        "you both want what’s best,’ said Van Holm, who led the talks.\n"
    )
    quotes = [quote for _name, quote, _review in parsed_quotes(text)]
    assert len(quotes) == 2
    assert quotes[0].startswith("It was plain from the start")


def test_a_curly_opener_closed_by_a_typewriter_single_after_a_stop_keeps_its_apostrophes() -> None:
    text = (
        "Club extends deal\n\n"
        "Sporting director Pieter van Holm led the talks with the agent.\n\n"
        "The deal runs to June. ‘I’m sure we have taken big steps for next season.' Van Holm said he was pleased.\n"
    )
    quotes = [quote for _name, quote, _review in parsed_quotes(text)]
    assert quotes == ["I’m sure we have taken big steps for next season."]
