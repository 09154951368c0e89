"""Speakers and quotes (round 75)."""

from tests.support.importing import parsed_quotes

# No headline: the lead sentence, naming the club's manager, is taken for the title. His quotes name
# players who share his surname.
_NAMESAKES = (
    "Harbour Rovers team manager Dennis Kariuki is pleased that fifteen players who won the league are still "
    "with the club for next season.\n\n"
    "According to Kariuki, the number could grow once the last talks end.\n\n"
    "\u201cThe core of the side that won the league is still here. This gives us continuity,\u201d said Kariuki\n\n"
    "\u201cWhen we began a number of players were on short deals. Only two youngsters \u2013 winger Brian "
    "\u2018Toto\u2019 Kariuki and midfielder Leon Wafula started on long deals,\u201d\n\n"
    "\u201cAmong the first to extend were defender Moses Kariuki and midfielder Felix Nyaga,\u201d\n"
)


def test_a_lead_taken_for_the_title_meets_its_person_beside_namesakes_of_other_given_names() -> None:
    name, _quote, review = parsed_quotes(_NAMESAKES)[0]
    assert name == "Dennis Kariuki"
    # The surname is shared: the flag names another holder of it.
    assert "Brian Kariuki" in review or "Moses Kariuki" in review


def test_a_surname_cue_means_the_namesake_of_the_narrative_not_one_named_inside_quotes() -> None:
    # Both named in the body: the one in the narrative, not the one only a quote names.
    text = (
        "Rovers keep their squad\n\n"
        "Team manager Dennis Kariuki is pleased that fifteen players are still with the club.\n\n"
        "\u201cOnly two youngsters, winger Brian Kariuki and midfielder Leon Wafula, started on long deals,\u201d "
        "he said.\n\n"
        "\u201cThis gives us continuity,\u201d said Kariuki.\n"
    )
    quotes = parsed_quotes(text)
    assert [name for name, _quote, _review in quotes] == ["Dennis Kariuki", "Dennis Kariuki"]
    assert "Brian Kariuki" in quotes[1][2]
