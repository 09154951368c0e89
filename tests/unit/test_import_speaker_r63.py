"""Speakers and quotes (round 63): bare quotes after a sentence naming a titled person by the title alone."""

from tests.support.importing import parsed_quotes, speaker_names


def test_bare_quotes_after_the_title_go_to_the_person_named_after_it() -> None:
    # "Talemo" is no known given name: only the title before the name shows a person.
    text = (
        "Harbour patrol seizes nets\n\n"
        "The harbour patrol seized more than 300 illegal nets near Tarrow Point this week.\n\n"
        "The Commissioner of Fisheries Talemo Vunakece said as officers pursue the boat owners, "
        "the patrols have led to arrests along the coast.\n\n"
        "In another raid, a man was arrested at the old pier.\n\n"
        "The Commissioner of Fisheries said the morale of the officers on the boats is high.\n\n"
        "“I know many things are being said about the patrols, however, we will not stop because we "
        "are committed to the coast and its families.”\n\n"
        "“Despite the weather out at sea, officers remain committed to the task. We will not back down.”\n"
    )
    assert speaker_names(text) == ["Talemo Vunakece", "Talemo Vunakece"]


def test_a_closing_mark_glued_to_a_capital_also_opens_the_next_quote() -> None:
    text = (
        "Squad named for the tour\n\n"
        "The selectors named a squad of fourteen players for the summer tour on Monday.\n\n"
        "Commenting on the squad, Head Coach Jonas Pelley said: “After selecting two new players for the cup, "
        "the selectors kept the plan for the tour.”Our aim will be to win both series, and I believe this "
        "team is a balanced group,” Pelley said.Batter Sal Corrin of Tarrow has been named for the first time.\n"
    )
    quotes = parsed_quotes(text)
    assert [(name, quote[:12]) for name, quote, _review in quotes] == [
        ("Jonas Pelley", "After select"),
        ("Jonas Pelley", "Our aim will"),
    ]


def test_a_quote_left_open_before_its_cue_ends_at_the_comma() -> None:
    text = (
        "Students win case contest\n\n"
        "Two teams from Marlow University won the national case contest in Tarrow on Saturday.\n\n"
        "The teams were coached by Ana Levint and Rob Tacker.\n\n"
        '"We are very proud of the work of our teams, said Levint and Tacker. "The students spent many '
        'evenings preparing for the contest. These are fine results for them."\n'
    )
    quotes = parsed_quotes(text)
    assert [quote[:16] for _name, quote, _review in quotes] == ["We are very prou", "The students spe"]
    # Two people at once: no one speaker, and the draft says so.
    assert all(review and "several people" in review for _name, _quote, review in quotes)
