"""Round 18 organizations: titled people and things named "X for Y" are no bodies."""

import pytest

from tests.support.importing import org_names
from tui.core.importer.org_words import NOT_BODY


@pytest.mark.parametrize(
    "text",
    [
        "The minister, Hon Brendon Grylls MLA said the building was ready. Hon Brendon Grylls MLA left.",
        "Leaders met at the World Summit for Sustainable Development (WSSD) in Johannesburg.",
        "Acme signed a Memorandum of Understanding (MoU) with the Government of Kerala.",
    ],
)
def test_no_body(text: str) -> None:
    names = org_names([text])
    assert not any(n.startswith(("H.E", "Hon ", "PS ", "World Summit", "Memorandum")) for n in names), names


def test_a_well_known_body_of_that_shape_stays() -> None:
    names = org_names(["The United Nations Conference on Trade and Development (UNCTAD) published its report."])
    assert "United Nations Conference on Trade and Development" in names


@pytest.mark.parametrize(
    ("name", "body"),
    [
        ("H.E Wang Lipeng", False),
        ("PS Kamau", False),
        ("Sheikh Omar", False),
        ("Sheikh Omar Foundation", True),  # a body head: kept
        ("Ministry of Tourism", True),
    ],
)
def test_titled_people_by_shape(name: str, body: bool) -> None:
    assert (NOT_BODY.search(name) is None) == body
