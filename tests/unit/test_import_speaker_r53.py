"""Speakers and quotes (round 53): a short or familiar form of a known person's given name is that
person ("Thad explained" after "Dr Thaddeus Renwick", "Dave said" after "David Orlish")."""

from tests.support.importing import speakers


def test_a_given_names_opening_letters_are_that_person() -> None:
    text = (
        "Wetland frogs study wins funding\n\n"
        "Frogs of the Tallow Marshes may soon be better understood now that Dr Thaddeus Renwick has won "
        "a three-year research grant. “The grant lets us follow the frogs through a full drought cycle,” "
        "Thad explained. “We have seen numbers fall sharply since the last flood.”\n\n"
        "The regional water office will share its river gauge data with the team. “That data is the "
        "missing piece of the puzzle,” said Thad.\n"
    )
    found = speakers(text)
    assert [name for name, _review in found] == ["Thaddeus Renwick"] * 2, found


def test_a_familiar_form_of_a_given_name_is_that_person() -> None:
    text = (
        "Tracking collars show where possums sleep\n\n"
        "“It is slow work in the cold months,” says project manager David Orlish. “But the collars "
        "tell us things we could never see before.”\n\n"
        "“We now know the animals move between three or four trees a night,” Dave said.\n"
    )
    found = speakers(text)
    assert [name for name, _review in found] == ["David Orlish"] * 2, found


def test_a_short_form_two_people_could_bear_is_neither() -> None:
    text = (
        "Two new coaches join the club\n\n"
        "The club has named Daniel Ferrow and Danielle Marquand as its new junior coaches.\n\n"
        "“We want every child to enjoy the game first,” Dan said.\n"
    )
    found = speakers(text)
    assert not any(name in ("Daniel Ferrow", "Danielle Marquand") and not review for name, review in found), found


def test_a_profession_used_as_an_honorific_is_no_part_of_the_name() -> None:
    text = (
        "Minister charges new board to serve with diligence\n\n"
        "The Housing Minister, Barrister Obiora Chukwuma Ndefo has charged the new board members to serve "
        "the people with diligence.\n\n"
        "Ndefo said, “Today we open a new chapter for housing in the territory.”\n\n"
        "“Each of you was chosen for your record of service,” said Engr. Adaeze Okonkwo, the board's chair.\n"
    )
    found = speakers(text)
    assert [name for name, _review in found] == ["Obiora Chukwuma Ndefo", "Adaeze Okonkwo"], found


def test_quotes_after_a_paragraph_reporting_the_speakers_words_are_the_speakers() -> None:
    text = (
        "Commissioner swears in new district officers\n\n"
        "The Transport Commissioner, Halvard Ostergaard has sworn in eight new district officers.\n\n"
        "Ostergaard said, “Today marks a new start for every district in the region.”\n\n"
        "The commissioner noted that the officers would answer directly to the residents they serve.\n\n"
        "“As district officers, you are the face of this administration in every village and town.”\n\n"
        "‘Your selection reflects the trust the people have placed in your record of service.”\n"
    )
    found = speakers(text)
    assert [name for name, _review in found] == ["Halvard Ostergaard"] * 3, found


def test_a_single_opening_mark_closed_by_a_double_one_opens_a_quote() -> None:
    text = (
        "Mayor opens new library\n\n"
        "“This library belongs to every child in the borough,” said Mayor Linnea Varga.\n\n"
        "‘We built it with the town’s own hands and the town’s own money.”\n"
    )
    found = speakers(text)
    assert [name for name, _review in found] == ["Linnea Varga"] * 2, found


def test_a_quote_cut_by_the_texts_end_without_a_cue_is_flagged() -> None:
    text = (
        "Harbour regatta returns\n\n"
        "“We are thrilled to bring the regatta back to the bay,” said race director Coralie Vantongeren.\n\n"
        '"We are proud to sponsor the regatta and to support the sailing clubs of the '
    )
    found = speakers(text)
    assert len(found) == 2 and found[1][1], found


def test_a_cut_quote_typed_as_the_speakers_own_goes_on_unflagged() -> None:
    text = (
        "Harbour regatta returns\n\n"
        "“We are thrilled to bring the regatta back to the bay,” said race director Coralie Vantongeren.\n\n"
        "“We hope to see families lining the sea wall again, as they did when the regatta was "
    )
    found = speakers(text)
    assert found == [("Coralie Vantongeren", "")] * 2, found
