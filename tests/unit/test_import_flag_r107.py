"""A name the text writes in full only with a possessive ending ("Edda Varnholt’s plan") is written,
not put together from two: no "put together" flag; a word after a title that the text calls the
person by alone before a cue verb is no title's tail (round 107)."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def flags(text: str) -> list[tuple[str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.review) for found, sid in d.quotes]


POSSESSIVE = """Harbour ferries to run later

Late ferries across the bay start next month under Mayor Edda Varnholt’s transport plan.

“Night workers have waited long enough for a boat home,” Varnholt said.
"""


def test_a_name_written_before_a_possessive_is_not_put_together() -> None:
    [(name, review)] = flags(POSSESSIVE)
    assert name == "Edda Varnholt"
    assert "put together" not in review


def test_written_reads_a_possessive_but_not_a_longer_word() -> None:
    from tui.core.importer.quotes import _written

    assert _written(["under Edda Varnholt’s plan"], "Edda Varnholt")
    assert _written(["the Edda Jones' plan"], "Edda Jones")
    assert not _written(["the Edda Varnholtson plan"], "Edda Varnholt")
    assert not _written(["the Edda Varnholt-Berg plan"], "Edda Varnholt")


def test_a_word_after_a_title_the_text_calls_the_person_by_is_no_title_tail() -> None:
    from tui.core.importer.people import Known
    from tui.core.importer.quotes import _name_note

    texts = [
        "The President of the Rowing Federation, Ulufale Peter Vaai, said the regatta would return.",
        "“We expect forty crews from the islands,” Ulufale said on Friday.",
    ]
    assert _name_note(Known("Ulufale Peter Vaai", glued="Ulufale"), "", "", texts) == ""
    # Only after a title, never alone before a cue verb ("The Events said" is no such use): flagged.
    kept = ["Head of Major Events Lena Okafor said the regatta would return.", "The Events said so."]
    assert "may begin after" in _name_note(Known("Events Lena Okafor", glued="Events"), "", "", kept)
