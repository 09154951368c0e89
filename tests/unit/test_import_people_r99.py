"""People's names (round 99): an appositive that says what a body is ("Acme Relief, a secular, non-profit
organisation, …") makes the name before it a body's, never a person's, even when a person's role names it later."""

from tests.support.importing import parsed_quotes


def test_a_name_apposed_to_an_organisation_is_no_speaker() -> None:
    text = (
        "Tallow Aid Norland marked its 20th anniversary\n\n"
        "Tallow Aid Norland, a secular, non-profit organisation, championing the cause of rural clinics in Norland "
        "reached its 20 year milestone this month. Sharing his thoughts at the occasion, Mr. Oskar Varenne, "
        "CEO Tallow Aid Norland, said, \u201cWhile we are proud of our work so far, we know the job is nowhere "
        "near done for the villages we serve.\u201d\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Oskar Varenne"], found


def test_a_person_apposed_to_the_head_of_a_company_stays_a_person() -> None:
    text = (
        "Mill reopens after flood\n\n"
        "Delia Trembath, the head of the company, said the mill would reopen on Monday.\n\n"
        "\u201cEvery worker will be back at the looms by the end of the month,\u201d Ms Trembath said.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Delia Trembath"], found


def test_a_name_inside_an_address_is_a_place() -> None:
    text = (
        "Top officer praises graduates\n\n"
        "Hard work brings its own reward, Commissioner of Police, Tomas Ravell, said at the Norland Police "
        "Service (NPS) graduation on Friday.\n\n"
        "The parade was held at the Harbour Patrol Unit (HPU) Parade Square, Ada Brisling, Calderport.\n\n"
        "The top officer said the graduates had worked hard for two years.\n\n"
        "\u201cLaziness will not be tolerated in any station of this force,\u201d the top cop said as he handed "
        "out the awards.\n"
    )
    found = [who for who, _quote, _review in parsed_quotes(text)]
    assert found == ["Tomas Ravell"], found
