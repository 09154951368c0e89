"""Speakers and quotes (round 48): a surname the text spells two ways is one person, flagged; a
pronoun that does not fit the speaker it is given is flagged; a pronoun after an unnamed person's
quote carries that quote's doubt; an event or an operation is never a speaker."""

from tests.support.importing import parsed_quotes, registered


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(name, review) for name, _quote, review in parsed_quotes(text)]


def test_a_surname_spelled_otherwise_is_the_person_named_before_and_flagged() -> None:
    text = (
        "Literacy charity marks five years\n\n"
        "The evening's guest was former netball captain and patron, Marguerite Van Oosthuizen, who spoke "
        "about her years in the national side.\n\n"
        "Ms. Van Oosthuisen spoke about the value of patience and hard work.\n\n"
        "“Every child deserves someone who believes in them,” said Ms. Van Oosthuisen. “Reading together "
        "for an hour a week changes more than grades.”\n"
    )
    assert "Van Oosthuisen" not in registered(text)
    quotes = _quotes(text)
    assert [name for name, _review in quotes] == ["Marguerite Van Oosthuizen", "Marguerite Van Oosthuizen"]
    assert "spell" in quotes[0][1], quotes


def test_a_different_surname_is_not_read_as_a_misspelling() -> None:
    text = (
        "Two new trustees join the board\n\n"
        "The board welcomed Henrietta Calloway and Desmond Galloway as trustees.\n\n"
        "“It is a privilege to serve,” said Mr. Galloway.\n"
    )
    quotes = _quotes(text)
    assert quotes[0][0] == "Desmond Galloway", quotes
    assert "spell" not in quotes[0][1]


def test_a_pronoun_of_the_other_gender_is_flagged() -> None:
    text = (
        "Couple to appeal refusal of farm shop\n\n"
        "The plans were lodged by Gordon Pellow, a retired engineer, and his wife Agnes.\n\n"
        "“We have wanted to open a shop here since we first farmed the land,” said Mrs Pellow.\n\n"
        "The old barn has stood empty since 2009, so Mrs Pellow said a shop was the best use of it.\n\n"
        "She said: “We have asked the neighbours and nobody has objected to the idea at all.”\n"
    )
    quotes = _quotes(text)
    assert len(quotes) == 2, quotes
    name, review = quotes[1]
    assert name != "Gordon Pellow" or review, quotes


def test_a_pronoun_after_an_unnamed_persons_quote_carries_its_doubt() -> None:
    text = (
        "Residents question the new bypass\n\n"
        "Committee chair Ruth Ambrose said the route had been chosen in 2019.\n\n"
        "“The route was the cheapest of the three options,” said Ambrose.\n\n"
        "“Nobody asked us whether we wanted a road past the school,” said one resident. She said she had "
        "lived on the hill for 40 years and that there was “never a single accident on the old road until now.”\n"
    )
    quotes = _quotes(text)
    assert len(quotes) == 3, quotes
    name, review = quotes[2]
    assert name != "Ruth Ambrose" or review, quotes


def test_an_operation_is_never_a_speaker() -> None:
    text = (
        "Police plan for the long weekend\n\n"
        "Divisional Commander Superintendent Losana Vakaloloma says extra patrols will be on the roads.\n\n"
        "“Officers will be visible at every market and bus station over the four days.”\n\n"
        "On the same note the Spring Weekend Operations will also cover all the beaches this weekend.\n\n"
        "“Please keep an eye on your children at the beach and report anything suspicious to us.”\n"
    )
    names = [name for name, _review in _quotes(text)]
    assert "Spring Weekend Operations" not in names, names
    assert "Spring Weekend Operations" not in registered(text)


def test_an_acronym_in_brackets_between_a_title_and_a_name_leaves_the_name() -> None:
    text = (
        "Road safety drive launched\n\n"
        "Director of Traffic Management (DTM) Semisi Lutunauga says speed checks start on Friday.\n"
    )
    assert registered(text) == ["Semisi Lutunauga"]


def test_a_pronoun_against_a_given_names_guess_alone_is_not_flagged_for_it() -> None:
    text = (
        "School opens a reading garden\n\n"
        "Head teacher Jean Marlowe opened the garden on Friday with the pupils of year two.\n\n"
        "She said: “The children chose every plant in it and they will look after it all year.”\n"
    )
    quotes = _quotes(text)
    assert quotes[0][0] == "Jean Marlowe", quotes
    assert "does not fit" not in quotes[0][1], quotes


def test_a_pronoun_after_a_named_speakers_flagged_quote_carries_no_doubt() -> None:
    text = (
        "Mayor opens the new library\n\n"
        "Mayor Tobias Renwick opened the library on Saturday.\n\n"
        "He said the town had waited “far too long for a building like this one.” He added that "
        "“every child in the town will have a card by the end of the year.”\n"
    )
    quotes = _quotes(text)
    assert [name for name, _review in quotes] == ["Tobias Renwick", "Tobias Renwick"], quotes
    assert "unnamed person" not in quotes[1][1], quotes
