"""Organizations of round 102: a board or committee "of the" body whose name ends in a body's head noun is
that body's organ ("Committee of the Varnian Growers Association"): the body is listed, the organ is not.
A board or committee of a topic ("Board of Public Works") stays a name of its own."""

from tests.support.importing import org_forms


def test_committee_of_a_named_association_gives_the_association() -> None:
    forms = org_forms(
        [
            "The Executive Committee of the Varnian Growers Association met in Tolra on Monday.",
            "The Committee of the Varnian Growers Association approved the budget.",
        ]
    )
    assert "Varnian Growers Association" in forms, forms
    assert "Committee of the Varnian Growers Association" not in forms, forms


def test_board_of_a_topic_stays_a_name() -> None:
    forms = org_forms(["The Board of Public Works said the bridge would reopen in May."])
    assert "Board of Public Works" in forms, forms


def test_unit_at_a_named_body_gives_both() -> None:
    forms = org_forms(["The Rill Genomics Unit at the Varnian Museum sequenced the gecko, the museum said on Tuesday."])
    assert {"Rill Genomics Unit", "Varnian Museum"} <= forms, forms
    assert "Rill Genomics Unit at the Varnian Museum" not in forms, forms


def test_body_at_a_venue_or_town_is_the_body() -> None:
    forms = org_forms(
        [
            "The Tolra Parish Council at the Old Mill Church Hall voted on Monday.",
            "Students of Dunmore State University at Columbus won the prize.",
        ]
    )
    assert "Tolra Parish Council" in forms, forms
    assert not any(" at " in form for form in forms), forms
