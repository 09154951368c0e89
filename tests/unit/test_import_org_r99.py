"""Organizations of round 99: a sports conference is a league, a body, when the text shows it has members
("members of the Harrow Valley Conference"), a commissioner, or is an athletic conference; a conference
that is only held stays an event."""

from tests.support.importing import org_forms


def test_a_conference_with_members_is_a_body() -> None:
    forms = org_forms(
        [
            "Marlin State and Tovey College are members of the Harrow Valley Conference and will leave next year.",
            "CORBY – Northern Athletic Conference Commissioner Dana Pell welcomed both schools on Monday.",
            "Tovey also joins the Eastwind Athletic Conference in hockey.",
        ]
    )
    assert {"Harrow Valley Conference", "Northern Athletic Conference", "Eastwind Athletic Conference"} <= forms, forms


def test_a_conference_held_stays_an_event() -> None:
    forms = org_forms(["Delegates met at the Harrow Water Conference in Corby, where members of the panel spoke."])
    assert "Harrow Water Conference" not in forms, forms


def test_a_body_named_for_two_founders_keeps_both() -> None:
    # ("David" is also a town's name: still a founder's before "and" and a second given name)
    forms = org_forms(
        [
            "Two trusts, the David and Mina Corwell Foundation in Salby and the Tarrow Trust, gave the money.",
            "The rest came through the Harold P. and Arthur W. Velden Foundation.",
        ]
    )
    assert {"David and Mina Corwell Foundation", "Harold P. and Arthur W. Velden Foundation"} <= forms, forms
    assert not {"Mina Corwell Foundation", "Arthur W. Velden Foundation"} & forms, forms
