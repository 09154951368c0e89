"""Round 68o: organizations (invented texts)."""

from __future__ import annotations

from tests.support.importing import drafted


def _orgs(text: str) -> set[str]:
    return {o.name for o in drafted(text).orgs.values()}


def test_a_person_named_after_a_ministry_for_a_place_is_no_part_of_its_name() -> None:
    text = (
        "Minister visits the island\n\n"
        "Met by Permanent Secretary of the Ministry for Little Marrow Dennis Pryce, Senior Under Secretary Ana Vela "
        "and Protocol Officer Tom Reyes, Minister Hale spoke briefly with the media.\n\n"
        "Minister Hale said, “I am glad to be here.”\n"
    )
    names = _orgs(text)
    assert "Ministry for Little Marrow" in names
    assert not any("Pryce" in n for n in names)


def test_a_body_named_for_a_person_keeps_the_name() -> None:
    text = (
        "Grants for young painters\n\n"
        "The Clearwater Foundation and the Dennis Pryce Trust gave grants to ten young painters.\n\n"
        "“They are gifted,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert "Dennis Pryce Trust" in names


def test_a_ministry_in_a_city_named_like_a_person_keeps_its_name() -> None:
    text = (
        "Pact signed\n\n"
        "The signing took place at the Eastmoor Ministry of Foreign Affairs in Abu Dhabi on Monday.\n\n"
        "“It is a good day,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert any(n.endswith("Ministry of Foreign Affairs") for n in names)
    assert not any(n.endswith(" in") for n in names)


def test_a_body_whose_name_ends_in_programme_is_not_cut_before_it() -> None:
    text = (
        "Aid for the valley\n\n"
        "The Eastmoor Valley Relief Programme welcomed a gift of $2 million from the Government of Norland.\n\n"
        "“We are grateful,” said Ana Vela.\n"
    )
    names = _orgs(text)
    assert "Eastmoor Valley Relief" not in names
