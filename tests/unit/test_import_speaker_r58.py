"""Speakers and quotes (round 58): single marks with the stop outside, a double mark closed by a single one,
a surname with particles opening a sentence."""

from tests.support.importing import speaker_names


def test_a_sentence_in_single_marks_with_its_stop_outside_is_a_quote() -> None:
    text = (
        "Board visits the Lorvane seed bank\n\n"
        "Ortiz de la Vega points to the work of the seed bank. ‘We have teams working together across the "
        "valley but we need more growers’, he said during a visit.\n\n"
        "‘Without the growers we will never reach the villages’ he continued.\n"
    )
    assert speaker_names(text) == ["Ortiz de la Vega", "Ortiz de la Vega"]


def test_a_double_mark_closed_by_a_single_one_before_a_cue_ends_there() -> None:
    text = (
        "Director tours the Lorvane seed bank\n\n"
        "Halvard Penstrom, the new director, toured the bank on Monday.\n\n"
        '"I found here a healthy bank with clear aims’, he said.\n\n'
        "‘After the floods we have seen this spring, we may see them again’  he warns.\n"
    )
    assert speaker_names(text) == ["Halvard Penstrom", "Halvard Penstrom"]
