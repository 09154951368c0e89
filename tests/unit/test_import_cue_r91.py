"""Cues (round 91): `“…”, rejoices Tilda Varno.` — a closing mark, a comma, one lower-case word ending in
-s or -ed, then a full name and the sentence's end (or `, ROLE.`) is a cue whatever the verb."""

from tests.support.importing import parsed_quotes


def _release(verb: str, tail: str = ".") -> str:
    return (
        "Builder opens a new office in Norvale\n\n"
        "“We have talked with the planners in Norvale and Easthill for a year”, says Tilda Varno, head of "
        "sales at Brickwell.\n\n"
        "Ossi Kerrand, who leads the Easthill site, said the team would grow to forty people by the spring.\n\n"
        "“Careful building at a fair price has won the trust of families across the region, which is a fine "
        f"reward for our crews”, {verb} Tilda Varno{tail}\n"
    )


def test_an_unlisted_verb_between_the_closer_and_a_full_name_is_a_cue() -> None:
    for verb, tail in (("rejoices", "."), ("beamed", "."), ("rejoices", ", head of sales.")):
        found = [(name, quote[:20]) for name, quote, _review in parsed_quotes(_release(verb, tail))]
        assert found == [("Tilda Varno", "We have talked with "), ("Tilda Varno", "Careful building at ")], (
            verb,
            found,
        )


def test_a_small_word_before_a_name_is_no_cue() -> None:
    text = (
        "Builder opens a new office in Norvale\n\n"
        "Ossi Kerrand, who leads the Easthill site, said: “We will grow to forty people by the spring, "
        "and we will hire”, across Easthill Vale.\n"
    )
    found = [name for name, _quote, _review in parsed_quotes(text)]
    assert found == ["Ossi Kerrand"]
