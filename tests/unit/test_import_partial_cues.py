"""Partial quotes inside narrative sentences: "hailed … as a “…”", "according to X, … “…”" (test27 003, 307)."""

from __future__ import annotations

import pytest

from tui.core.importer import import_text, read_source

_LEAD = (
    "The agency signed three agreements on Monday in the capital.\n\n"
    "Minister Tom Ash said: “We are proud of this work with our partners.”\n\n"
)


def _speakers(text: str) -> list[tuple[str, str]]:
    result = import_text(read_source(_LEAD + text, ".txt"), None, "x.txt")
    draft = result.draft
    return [(draft.speakers[sid][0].name, found.parts[0]) for found, sid in draft.quotes]


@pytest.mark.parametrize(
    "sentence",
    [
        "Elizabeth Riley hailed the agreements as a “significant investment in regional resilience”.",
        "Elizabeth Riley dubbed the plan a model and the agreements as “a significant investment in resilience”.",
        "Elizabeth Riley lauded the new deal as “a significant investment in regional resilience” for all.",
    ],
)
def test_hailed_as_partial(sentence: str) -> None:
    got = _speakers(sentence + "\n")
    assert [n for n, _ in got] == ["Tom Ash", "Elizabeth Riley"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Stead was, according to David White, the NZC chief executive, the “outstanding candidate” for the role.",
        "The plan is, according to Mary Jones of the council, “the best chance we have” to fix the roads.",
    ],
)
def test_according_to_names_the_source(sentence: str) -> None:
    got = _speakers(sentence + "\n")
    assert [n for n, _ in got][1:] == [sentence.split("according to ")[1].split(",")[0].split(" of ")[0]]


def test_hailed_without_as_is_no_cue() -> None:
    # "hailed" names the speaker only before "as “…”": a plain name in quote marks is no speech.
    got = _speakers("Elizabeth Riley hailed the “Blue Horizon” ship in the harbour.\n")
    assert [n for n, _ in got] == ["Tom Ash"]
