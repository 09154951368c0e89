"""A draft keeps the organizations its text names, wherever its lines wrap (invented text)."""

from __future__ import annotations

from tui.core.format.parser import parse_text
from tui.core.importer import import_text, read_source


def test_an_organization_whose_name_the_draft_wraps_stays_declared() -> None:
    # The draft's summary wraps at 80 columns; a name broken across two lines is still a mention,
    # so the front matter keeps it (it was dropped as unused).
    text = (
        "Ministers meet on river safety\n\n"
        "The Ministry of Water Affairs met with the delegates of the Vessa River Basin Secretariat and the "
        "Harbour Pilots Association of Lindholm on Tuesday to agree new rules for barges on the river.\n"
    )
    result = import_text(read_source(text, ".txt"))
    assert "Basin\nSecretariat" in result.markdown  # (the case this test is about)
    assert "Vessa River Basin Secretariat" in {o.name for o in result.draft.orgs.values()}
    briefing, _problems = parse_text(result.markdown, "draft.md")
    assert briefing is not None
    assert {o.name for o in briefing.organizations} >= {o.name for o in result.draft.orgs.values()}
