"""A company named twice, in a capitals header and in the body, is read the same way whatever
order its names come in: the draft of a release must not change from one run to the next."""

from __future__ import annotations

from tui.core.importer.orgs import find_orgs, written_forms


def test_the_body_form_wins_over_the_capitals_header_in_either_order() -> None:
    names = ["QUARROW HOLDINGS, INC.", "Quarrow Holdings, Inc."]
    assert written_forms(names) == {"quarrow holdings, inc.": "Quarrow Holdings, Inc."}
    assert written_forms(reversed(names)) == {"quarrow holdings, inc.": "Quarrow Holdings, Inc."}


def test_a_short_form_used_alone_is_an_alias_of_the_company_written_both_ways() -> None:
    paragraphs = [
        "QUARROW HOLDINGS, INC. AND BELTANE BANCORP, INC. ANNOUNCE MERGER",
        "BRISTOL -- Quarrow Holdings, Inc. (Quarrow) and Beltane Bancorp, Inc. (NASDAQ:BLTN) have "
        "agreed to merge; Quarrow will acquire the stock for cash.",
        "The board of Quarrow approved it.",
    ]
    quarrow = [o for o in find_orgs(paragraphs).orgs.values() if "quarrow" in o.name.casefold()]
    assert len(quarrow) == 1 and "Quarrow" in quarrow[0].aliases
