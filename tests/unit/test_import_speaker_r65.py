"""Speakers and quotes (round 65)."""

from tests.support.importing import parsed_quotes


def test_a_participles_object_is_not_the_speaker_and_a_surname_first_name_is_cued_by_its_surname() -> None:
    # The person praised in the opening phrase is whom the act concerns; "Lee" is the cue's subject,
    # the surname of "Lee Ho-min" (a hyphenated given name after the surname).
    text = (
        "Lee Ho-min: Treaty marks a new start\n\n"
        "GENEVA -- Speaking in Geneva this week, Council Chair Lee Ho-min said the region faced hard choices.\n\n"
        "Praising Deputy Envoy Carla Denning for her work to help secure the treaty last spring, Lee said: "
        "“You gave the talks your full effort and we see the results. You showed what patient work can do.”\n"
    )
    assert [(name, review) for name, _quote, review in parsed_quotes(text)] == [("Lee Ho-min", "")]


def test_a_name_before_a_pronouns_cue_is_the_quotes_subject_not_its_speaker() -> None:
    text = (
        "Valley guard Tomas Reyes signs with Lakeport\n\n"
        "\"Tomas is a leader to all the others. He's a hard worker and a good student,'' coach Ana Marlow said "
        "at the Eastfield Gym. \"It's good to have people like him on the team.''\n\n"
        "Marlow coached a number of fine players over the years. And Reyes, she said, "
        "\"is in rare company. He was one of our best guards in a long time.''\n"
    )
    quotes = parsed_quotes(text)
    assert quotes[-1][1].startswith("is in rare company")
    assert quotes[-1][0] != "Tomas Reyes"
