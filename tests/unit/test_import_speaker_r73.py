"""Speakers and quotes (round 73)."""

from tests.support.importing import parsed_quotes


def test_a_straight_opener_typed_before_the_space_after_a_cue_opens_the_quote() -> None:
    # `Chief Varnell said," Fitting …!"`: the mark glued to the cue's comma, a space after it.
    text = (
        "Fire crews fit alarms\n\n"
        'Crews and Chief Ross Varnell went to forty homes on Sunday. Chief Varnell said," Fitting alarms '
        'in these homes is the best work we have done all year!"\n'
    )
    assert [(name, quote) for name, quote, _review in parsed_quotes(text)] == [
        ("Ross Varnell", "Fitting alarms in these homes is the best work we have done all year!")
    ]


def test_a_closing_straight_mark_after_a_comma_is_no_opener() -> None:
    # `"We are ready," said Jo Roe. "The …"`: the usual closer before a cue stays a closer.
    text = (
        "Fire crews fit alarms\n\n"
        '"We are ready for the winter," said Chief Ross Varnell. "The crews have checked every alarm."\n'
    )
    assert [quote for _name, quote, _review in parsed_quotes(text)] == [
        "We are ready for the winter,",
        "The crews have checked every alarm.",
    ]
