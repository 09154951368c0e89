"""Speakers and quotes (round 49): a written text (a post, a declaration, an editorial) quoted as
the cue's subject speaks for its unnamed author, never for a person named near it."""

from tests.support.importing import drafted, registered


def _speakers(text: str) -> list[tuple[str, bool, str]]:
    """(speaker's name, said by no person, review note) of each drafted quote."""
    d = drafted(text)
    return [(d.speakers[sid][0].name, sid in d.no_person, found.review) for found, sid in d.quotes]


def test_a_post_from_a_group_is_no_persons_words() -> None:
    text = (
        "Volunteers rally behind Harrowby library\n\n"
        "Residents of Harrowby have formed a group to keep the village library open after the county "
        "warned it may be too costly to run. “We will not let the shelves go empty without a fight,” said "
        "a recent online post from the new supporters' group.\n\n"
        "Reeve Marta Lindqvist said the county would meet the group next month.\n\n"
        "“Our first book sale is planned for the spring,” the post said.\n"
    )
    quotes = _speakers(text)
    assert len(quotes) == 2, quotes
    for name, no_person, review in quotes:
        assert name != "Marta Lindqvist", quotes
        assert no_person and review, quotes


def test_a_persons_own_editorial_stays_hers() -> None:
    text = (
        "Councillor answers critics\n\n"
        "Councillor Ingrid Solberg wrote an editorial in the Harrowby Gazette last week.\n\n"
        "“Nobody at the county hall is listening to the villages,” Solberg's editorial said.\n\n"
        "“We deserve better than closed doors,” the editorial continued.\n"
    )
    names = [name for name, _no_person, _review in _speakers(text)]
    assert names == ["Ingrid Solberg", "Ingrid Solberg"], names


def test_one_unnamed_participant_is_not_the_person_named_before() -> None:
    text = (
        "Study finds little radio for disabled voters\n\n"
        "A study led by Dr Amara Telfer looked at four districts, namely Lorne, Brackett West, Brackett Hill "
        "and Brackett East.\n\n"
        "“There is no programme made for us,” said Dr Telfer.\n\n"
        "“Many of us are never asked,” said one participant from Brackett Hill. “Even if we speak, nobody "
        "listens.”\n"
    )
    quotes = _speakers(text)
    assert quotes[0][:2] == ("Amara Telfer", False), quotes
    assert len(quotes) == 2, quotes
    name, no_person, review = quotes[1]
    assert name != "Amara Telfer" and "Brackett" not in name, quotes
    assert no_person and review, quotes


def test_a_named_resident_is_still_a_person() -> None:
    text = "Flood defences open\n\n“We slept soundly for the first time in years,” said a resident, Colm Ashdown.\n"
    assert [(n, p) for n, p, _r in _speakers(text)] == [("Colm Ashdown", False)]


def test_a_league_is_no_persons_name() -> None:
    text = (
        "Deputy Commissioner's statement on the new rule\n\n"
        "TORONTO -- Ellis Brannock, Deputy Commissioner of the National Lacrosse League, today released the "
        "following statement:\n\n"
        "\"After talks today with the players' association, the league has agreed to wait one more day before "
        'the new rule on body checks takes effect."\n'
    )
    assert "Lacrosse League" not in registered(text)
    assert [n for n, _p, _r in _speakers(text)] == ["Ellis Brannock"]


def test_a_declarations_words_are_no_persons() -> None:
    text = (
        "Heritage body adopts the Lakeside Declaration\n\n"
        "The committee, chaired by Ilse Varga, met for three days in Lakeside.\n\n"
        'The Declaration also urges all member states to "protect the sites of outstanding value for the '
        'generations to come."\n'
    )
    quotes = _speakers(text)
    assert len(quotes) <= 1, quotes
    for name, no_person, review in quotes:
        assert name != "Ilse Varga" and no_person and review, quotes


def test_a_partial_quote_after_has_noted_is_the_subjects() -> None:
    text = (
        "Board chair calls for review of court cases\n\n"
        "Transport Board Chairman Osric Pellegrino said the backlog had grown over the year.\n\n"
        "Pellegrino has noted that many cases collapse, and saw a need to review “roadside checks,“ an area "
        "of concern “where small errors in the paperwork are used by defence lawyers.\n"
    )
    quotes = [(name, review) for name, _p, review in _speakers(text)]
    assert [name for name, _review in quotes] == ["Osric Pellegrino", "Osric Pellegrino"], quotes


def test_she_after_an_unnamed_residents_quote_stays_flagged() -> None:
    text = (
        "Residents question the new bypass\n\n"
        "Committee chair Ruth Ambrose said the route had been chosen in 2019.\n\n"
        "“The route was the cheapest of the three options,” said Ambrose.\n\n"
        "“Nobody asked us whether we wanted a road past the school,” said one resident.\n\n"
        "She said: “I have lived on the hill for 40 years and there was never an accident on the old road.”\n"
    )
    quotes = _speakers(text)
    assert len(quotes) == 3, quotes
    assert quotes[1][1], quotes  # the resident: no person
    name, _no_person, review = quotes[2]
    assert name != "Ruth Ambrose" or review, quotes
