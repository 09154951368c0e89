"""Round 33 (issue 24): a role cue ("stated the Mayor") whose title no one holds by name goes to the
person named right after the title; "Lord Mayor" is an office, not Lord + a surname; a cue-less
quote that carries a flagged speaker keeps the flag; a quote with no opening mark under a quote
left open is flagged. Invented releases."""

from __future__ import annotations

import pytest

from tui.core.importer import import_text, read_source


def quotes(text: str) -> list[tuple[str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.review) for found, sid in d.quotes]


@pytest.mark.parametrize(
    ("role", "other"),
    [
        ("Regional Council Mayor, Cr Peter Blundell and", "Mr Ross Ballin"),
        ("Shire Mayor, Cr Peter Blundell, and", "Mr Ross Ballin"),
        ("District Mayor, Cr Peter Blundell and", "Mrs Anna Ballin"),
    ],
)
def test_a_role_cue_goes_to_the_person_named_after_the_title(role: str, other: str) -> None:
    text = (
        "Farmers meet council\n\n"
        f"{role} Nick Edols, Economic Development Officer, met farmers in the valley last week.\n\n"
        f"{other} from the Department of Agriculture also attended the meeting.\n\n"
        "Some of the farmers escorted the visitors on a tour of the flooded properties.\n\n"
        f"Later the group met {other} again at the hall.\n\n"
        "“The damage to these properties is immense,” stated the Mayor.\n"
    )
    found = quotes(text)
    assert [name for name, _ in found] == ["Peter Blundell"]
    assert found[0][1]  # the holder is a guess: flagged


def test_a_role_two_people_may_hold_is_flagged() -> None:
    text = (
        "Farmers meet council\n\n"
        "District Mayor, Peter Blundell and Nick Edols, Economic Development Officer, met farmers last week.\n\n"
        "Mrs Anna Ballin from the Department of Agriculture also attended the meeting.\n\n"
        "“The damage to these properties is immense,” stated the Mayor.\n"
    )
    found = quotes(text)
    assert len(found) == 1
    assert found[0][1]


@pytest.mark.parametrize("cue", ["the Lord Mayor said", "said the Lord Mayor", "the Lady Mayor said"])
def test_lord_mayor_is_no_person_named_mayor(cue: str) -> None:
    text = (
        "Moore to run again\n\n"
        "In an email this morning, Clover Moore announced she would run for Lord Mayor again.\n\n"
        "The campaign will focus on housing and parks.\n\n"
        f"“When I walk into Town Hall in the morning, I am energised about our work,” {cue}.\n"
    )
    assert "Mayor" not in [name for name, _ in quotes(text)]


@pytest.mark.parametrize("second", ["Their homes are at risk", "Rents have doubled in a year", "We need security"])
def test_a_cue_less_quote_carrying_a_flagged_speaker_is_flagged(second: str) -> None:
    text = (
        "Renters launch a class action\n\n"
        "Quotes attributable to union member, and Inner North-West renter Paul R\n\n"
        "“We are in the middle of a housing crisis, and now more than ever we need public housing.”\n\n"
        f"“{second}, and their communities are being uprooted.”\n"
    )
    found = quotes(text)
    assert len(found) == 2
    if found[0][1]:  # the first quote's speaker is a guess: so is the second's
        assert found[1][1]


@pytest.mark.parametrize("middle", ["We mourn with the bereaved.", "We stand together with France today."])
def test_a_quote_with_no_opening_mark_under_an_open_quote_is_flagged(middle: str) -> None:
    text = (
        "Statement from the Foreign Minister\n\n"
        "Statement from the Danish Minister for Foreign Affairs Kristian Jensen:\n\n"
        "”The terror that has hit France is an attack on the entire Western world.\n\n"
        f"{middle} The terrorists will be defeated.\n\n"
        "Remembering the events of this year, we know there is a risk. We cannot let that happen. "
        "Denmark will remain in close contact with our partners,” said Foreign Minister Kristian Jensen.\n"
    )
    found = quotes(text)
    assert found
    assert all(review for _, review in found)
