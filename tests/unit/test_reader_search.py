"""The search in the open text (tui/reader/search.py) without a terminal."""

from __future__ import annotations

from pathlib import Path

from tests.support.fake_reader import FakeReader
from tui.core.files.loader import load_file
from tui.core.reading.navigation import ReaderState
from tui.reader.navigation import Navigator
from tui.reader.search import SearchBar

TEXT = """---
title: Harbour talks
date: 2021-03-04
---

The harbour opened.

Nothing about it here.

The harbour closed.
"""


def search(tmp_path: Path) -> tuple[FakeReader, Navigator, SearchBar]:
    path = tmp_path / "talks.md"
    path.write_text(TEXT, encoding="utf-8")
    b, problems = load_file(path)
    assert b is not None, problems
    screen = FakeReader()
    nav = Navigator(screen)  # type: ignore[arg-type]
    nav.show(ReaderState().opening(b), opening=True)
    return screen, nav, SearchBar(screen, nav)  # type: ignore[arg-type]


def test_n_steps_through_matches_only_while_a_search_with_a_term_is_on(tmp_path: Path) -> None:
    screen, _nav, bar = search(tmp_path)
    assert not bar.allows("next_match") and bar.allows("next")
    screen.add_class("-searching")  # what the bar does when it opens
    assert not bar.allows("next_match")  # no term yet
    bar.typed("harbour")
    assert bar.allows("next_match") and bar.allows("previous_match")
    screen.remove_class("-searching")  # a term, but the bar is not on: n is the next quote
    assert not bar.allows("next_match") and bar.allows("next")
    screen.add_class("-searching")
    bar.close()
    assert not bar.allows("next_match") and screen.search == ""


def test_typing_shows_the_first_match_and_the_status_follows(tmp_path: Path) -> None:
    screen, nav, bar = search(tmp_path)
    bar.typed("harbour")
    assert len(nav.state.hits) == 2 and screen.search == "harbour"
    assert screen.target[0] == nav.state.hits[0] and screen.search_info == "search “harbour”: 1/2"
    assert screen.bindings_refreshed == 1  # the footer: "Next match" once there is a term
    nav.step_match(1)
    assert screen.target[0] == nav.state.hits[1]
    nav.step_match(1)
    assert screen.said("continued at the top")
