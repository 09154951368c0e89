"""Round 36o: a body with no head word known by what it does: "At X we …", "X is marking …",
"X celebrated the …" (invented texts)."""

from tui.core.importer.orgs import find_orgs


def _names(paragraphs: list[str]) -> set[str]:
    return {org.name for org in find_orgs(paragraphs).orgs.values()}


def test_a_body_speaking_as_we() -> None:
    got = _names(
        [
            "The day is marked across the region this week.",
            "At Harbour Relief we are deeply concerned that aid cannot reach the towns.",
        ]
    )
    assert "Harbour Relief" in got


def test_a_body_marking_a_day() -> None:
    got = _names(["Harbour Relief is marking World Aid Day by thanking its volunteers in the region."])
    assert "Harbour Relief" in got


def test_a_company_celebrating_an_opening() -> None:
    got = _names(["In line with its expansion, Coastal Torque celebrated the official opening of its plant."])
    assert "Coastal Torque" in got


def test_a_passive_celebration_names_no_body() -> None:
    got = _names(["Both councillors sworn in from the Riverside Maaori Ward were celebrated with a haka."])
    assert "Riverside Maaori Ward" not in got


def test_an_evening_marking_a_jubilee_is_no_body() -> None:
    got = _names(["She attended an Official Dinner and Cultural Evening marking the Silver Jubilee of the region."])
    assert "Cultural Evening" not in got
