"""Round 96: a cue naming someone the text leaves unnamed (invented texts)."""

from __future__ import annotations

from tests.support.importing import parsed_quotes


def test_the_role_after_one_brought_in_with_a_place_and_an_aside_is_that_unnamed_one() -> None:
    text = (
        "Flats evacuated after blaze\n\n"
        "Crews from Harlow Cross were called to a fire at Linden Court on Monday.\n\n"
        "Station manager Orla Brenwick said the crews worked for two hours.\n\n"
        "A resident on Linden Court, who did not wish to be named, said: “We smelled smoke and ran outside.”\n\n"
        "The resident said that the alarm never rang.\n\n"
        "“I was shaking,” the resident said.\n"
    )
    names = [name for name, _quote, _review in parsed_quotes(text)]
    assert names[-1] == "resident"


def test_the_role_after_one_brought_in_by_a_verb_of_saying_in_its_ing_form() -> None:
    text = (
        "Suspect freed within hours\n\n"
        "Police Commissioner Dario Fennick confirmed an inquiry into the release.\n\n"
        "The release angered the force, with one senior officer explaining that the suspect should have been "
        "charged the next day.\n\n"
        "“To free him the same night without any charge is unheard of,” the officer said.\n"
    )
    names = [name for name, _quote, _review in parsed_quotes(text)]
    assert names == ["officer"]


def test_a_cue_saying_its_speaker_stays_unnamed_is_no_one_named_before() -> None:
    text = (
        "Residents uneasy after break-ins\n\n"
        "County Sheriff Ravi Hollend said calls to his office had doubled.\n\n"
        "“Call us about anything that looks wrong,” said Hollend.\n\n"
        "A couple watched from the corner of Pell Street on Sunday.\n\n"
        "“I keep the lights on all night now,” said the woman, who did not want to be identified.\n"
    )
    names = [name for name, _quote, _review in parsed_quotes(text)]
    assert names == ["Ravi Hollend", "woman"]


def test_a_phrase_after_what_she_called_is_her_partial_quote() -> None:
    text = (
        "Trust takes permit case to court\n\n"
        "The Halden Rights Trust has asked the court to review the end of the permits.\n\n"
        "“We asked the minister to hear the holders before he decided,” said Mira Ostend, head of the trust.\n\n"
        "She also warned of what she called “faceless lobbies” which misstate the trust’s case.\n"
    )
    quotes = [(name, quote) for name, quote, _review in parsed_quotes(text)]
    assert ("Mira Ostend", "faceless lobbies") in quotes


def test_a_headline_after_its_noun_is_no_quote_even_with_a_cue() -> None:
    text = (
        "Fire service disputes newspaper report\n\n"
        "The Westmoor Fire Service has pointed out errors in a report by reporter Colm Varrick. Under the "
        "headline, “Crews left waiting for ladders”, Colm Varrick reported that “two crews had to wait an hour "
        "for a ladder unit before they could reach the roof.”\n"
    )
    quotes = [quote for _name, quote, _review in parsed_quotes(text)]
    assert not any(quote.startswith("Crews left waiting") for quote in quotes)
