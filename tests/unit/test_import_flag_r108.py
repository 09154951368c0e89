"""A full name written only in a lead sentence that the importer takes for the title line (a sentence of
the body: a full stop, twelve words and more, lower-case words) is written by the text: no "put together
from two" flag. A real headline that alone writes the full name still leaves the flag (round 108)."""

from __future__ import annotations

from tui.core.importer import import_text, read_source


def flags(text: str) -> list[tuple[str, str]]:
    d = import_text(read_source(text, ".txt")).draft
    return [(d.speakers[sid][0].name, found.review) for found, sid in d.quotes]


LEAD = """Regional planning officer Tamsin Orlowe yesterday presented the revised harbour drainage \
scheme to residents gathered at the community hall in Westbridge.

The scheme replaces the old culverts along the quay before the winter storms.

“We have listened to every household on the waterfront,” Orlowe said.
"""

HEADLINE = """Planner Tamsin Orlowe presents the drainage scheme

The scheme replaces the old culverts along the quay before the winter storms.

“We have listened to every household on the waterfront,” Orlowe said.
"""


def test_a_name_written_in_a_lead_sentence_taken_for_the_title_is_not_put_together() -> None:
    [(name, review)] = flags(LEAD)
    assert name == "Tamsin Orlowe"
    assert "put together" not in review


def test_a_name_written_only_in_a_real_headline_keeps_its_flag() -> None:
    [(name, review)] = flags(HEADLINE)
    assert name == "Tamsin Orlowe"
    assert review  # the full name stands only in the headline


# "Jo Roe and. Al Moss jointly added": a stray full stop after "and" cuts the cue's subject to its
# second name; no sentence ends on "and", so the quote is the pair's and keeps the two-people flag.
PAIR_CUT = """Kestrel Aid opened kitchens in Tarn Vale.

Co-founders Jo Roe and. Al Moss (Project Head- Tarn) jointly added, “The kids had a hard time after the closure.”
"""


def test_a_stray_stop_after_and_in_a_cue_s_subject_keeps_the_two_people_flag() -> None:
    [(name, review)] = flags(PAIR_CUT)
    assert name in ("Jo Roe", "Al Moss")
    assert "two people" in review


def test_a_sentence_ending_on_a_place_before_the_cue_is_no_pair() -> None:
    for text in (
        "Kestrel Aid opened kitchens.\n\nLee Marsh went to Tarn and Vale. Al Moss said, “The kids had a hard time.”\n",
        "Kestrel Aid opened kitchens.\n\nAl Moss said, “The kids had a hard time.”\n",
        "Kestrel Aid opened kitchens.\n\nJo Roe met staff in Tarn and. “The kids had a hard time,” Al Moss said.\n",
    ):
        [(name, review)] = flags(text)
        assert name == "Al Moss"
        assert "two people" not in review


# A cue naming a person in full ("added Nalendo Kesh, Founder, …") beats a run of capitals
# close by that only the context offers and the cue does not name ("Daniel Tarn Vale", a place with a
# known given name's shape); the choice stays flagged.
CUE_OVER_CONTEXT = """Kestrel Aid opens kitchens

Volunteers have run food stalls in Daniel Tarn Vale, Oxley, and parts of East Brill. The stalls are \
paid for by local firms. “With the town behind us, we could reach many more homes,” added Nalendo \
Kesh, Founder, Kestrel Aid Foundation.
"""


def test_a_cue_s_full_name_beats_a_name_given_only_by_context() -> None:
    [(name, review)] = flags(CUE_OVER_CONTEXT)
    assert name == "Nalendo Kesh"
    assert review


def test_a_cue_s_full_name_with_a_known_given_name_is_unchanged() -> None:
    [(name, _review)] = flags(CUE_OVER_CONTEXT.replace("Nalendo", "Ravi"))
    assert name == "Ravi Kesh"
