"""People's names (round 100): a name-like run that a body's head noun follows in the same capitalised run
("Calder Fire Station", "Ember Vale Fire Service") opens that body's name: it is never a person."""

from tests.support.importing import parsed_quotes


def test_a_run_before_a_station_is_no_speaker() -> None:
    text = (
        "Barn fire on steep lane\n\n"
        "Calder Fire Station and Westley Fire Station were first to receive the report of the fire on Mill Lane.\n\n"
        "As such, a protection unit was mobilised from Ember Vale Fire Station and, after a check, it came to "
        "light that the runoff went to a plant.\n\n"
        "A spokesman for Calder Fire Station said: 'This was a very steep lane, in a very tight area for so many "
        "crews on a hot day.'\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["spokesman for Calder Fire Station"], found


def test_a_person_before_a_service_word_in_lower_case_stays_a_person() -> None:
    text = (
        "Volunteers honoured\n\n"
        "Marta Kellison served the station for thirty years.\n\n"
        "\u201cThe service was my second family,\u201d Marta Kellison said.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Marta Kellison"], found


def test_a_rank_alone_before_a_full_name_is_a_title() -> None:
    text = (
        "Two hikers found on ridge\n\n"
        "County Sheriff deputies were called out on Friday night for a report of two lost hikers. \u201cWe had two "
        "hikers that became separated, and one of them did not know the area,\u201d said CSO SAR Coordinator "
        "Deputy Tomas Arden.\n\n"
        "\u201cTeam members hiked to him and brought him down the mountain,\u201d said Deputy Tomas Arden.\n"
    )
    found = [(who, review) for who, _quote, review in parsed_quotes(text)]
    assert found == [("Tomas Arden", ""), ("Tomas Arden", "")], found
