"""`” Said Tevita.`: a cue verb written with a capital after a quote is the cue, never a given name
(test41's first run gave three quotes to "Said Vaovasamanaia", unflagged)."""

from tests.support.importing import drafted


def test_a_capital_said_after_a_quote_names_no_person_said() -> None:
    text = (
        "Harbour Rugby names its touring coaches\n\n"
        "The union has chosen its staff for the tour, and Head Coach, Tevita Lomanu Fonoti is confident "
        "in the group.\n\n"
        "“I am very pleased to have coaches with so much experience overseas.” Said Tevita.\n\n"
        "“The season has been hard on every player, and this tour is their reward.” Said Tevita.\n"
    )
    d = drafted(text)
    names = [d.speakers[sid][0].name for _found, sid in d.quotes]
    assert len(names) == 2, names
    assert all(not n.casefold().startswith("said") for n in names), names
    assert all(n == "Tevita Lomanu Fonoti" for n in names), names


def test_said_is_still_a_given_name_elsewhere() -> None:
    text = "Port upgrade opens\n\n“The new berth doubles what we can handle,” said Said Karimov, the port's director.\n"
    d = drafted(text)
    assert [d.speakers[sid][0].name for _found, sid in d.quotes] == ["Said Karimov"]
