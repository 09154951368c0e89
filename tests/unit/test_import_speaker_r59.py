"""Speakers and quotes (round 59): typewriter single marks closed before a cue, dotted post-nominals,
names with capitalised particles, a title-holder with an unfamiliar given name."""

from tests.support.importing import registered, speaker_names, speakers


def test_a_typewriter_single_mark_after_a_word_closes_before_a_cue() -> None:
    text = (
        "Plant opens in Norford\n\n"
        "Westa Group chief Tomas Reyland and the Hon Carla Wendt MP were at the site.\n\n"
        "'This plant makes Norford a key site for us for the next twenty years and more' said Mr Reyland.\n\n"
        "'We thank the state for the help it gave us and we look ahead', said Mr Reyland.\n\n"
        "'This is good news for jobs in the region and for the many suppliers here' said Ms Wendt.\n"
    )
    assert speaker_names(text) == ["Tomas Reyland", "Tomas Reyland", "Carla Wendt"]


def test_a_possessive_mark_before_a_lower_case_word_stays_an_apostrophe() -> None:
    text = (
        "Union backs the deal\n\n"
        "Mara Feld, who chairs the board, spoke on Monday. The players' union said it was glad.\n\n"
        "“This is a fair deal for everyone in the league,” said Ms Feld.\n"
    )
    assert speaker_names(text) == ["Mara Feld"]


def test_dotted_post_nominals_are_no_part_of_the_name() -> None:
    text = (
        "Leaders hail new premier\n\n"
        "Premier of Norland the Honourable Ada Kemi Falstone Q.C., M.P., sent warm wishes to Premier Roe.\n\n"
        "“You take the helm at a hard time for our region and the world,” said Premier Falstone.\n"
    )
    assert speakers(text) == [("Ada Kemi Falstone", "")]


def test_a_name_with_capitalised_particles_is_kept_whole() -> None:
    assert registered("Sheikh Hamdan Bin Rashid Al Qasimi, Deputy Prime Minister, said that it is good.") == [
        "Hamdan Bin Rashid Al Qasimi"
    ]


def test_a_capitalised_particle_is_no_given_name() -> None:
    text = (
        "Gulf state pledges aid\n\n"
        "Backing the relief effort, His Highness, Sheikh Hamdan Bin Rashid Al Qasimi, Deputy Prime Minister "
        "and Minister of Affairs said that “the crisis of refugees has become a matter for all nations.”\n"
    )
    assert speaker_names(text) == ["Hamdan Bin Rashid Al Qasimi"]


def test_the_holder_of_a_title_the_cue_names_speaks_though_his_given_name_is_unfamiliar() -> None:
    text = (
        "Orland lauds the work of police officers\n\n"
        "3rd May 2019\n\n"
        "Minister of Public Safety the Hon. Wendroy Bastel Orland said that the force is getting praise.\n\n"
        "Orland stated the force with Commissioner Dana Pike at the helm makes strides and this Kemar Welles "
        "led government will stand behind them.\n\n"
        '"Serious crime in this land is at an all time low, week after week the police take guns off the '
        'streets," the Public Safety Minister mentioned.\n'
    )
    assert speaker_names(text) == ["Wendroy Bastel Orland"]
