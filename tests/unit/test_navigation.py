"""The reader's navigation rules, without a terminal (core.navigation.ReaderState)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.files.loader import load_file
from tui.core.model import Briefing
from tui.core.reading.navigation import ReaderState, View, start_filter


@pytest.fixture
def briefing(sample_path: Path) -> Briefing:
    b, _ = load_file(sample_path)
    assert b is not None
    return b


def test_opening_starts_at_no_quote_or_the_one_asked(briefing: Briefing) -> None:
    assert ReaderState().opening(briefing).quote_id == ""  # the text at its top; `n` goes to quote 1
    assert ReaderState().opening(briefing).step_quote(1).state.quote_id == "sahovic-platform"
    assert ReaderState().opening(briefing, "vinet-mandate").quote_id == "vinet-mandate"
    assert ReaderState().opening(briefing, "nosuch").quote_id == ""
    assert ReaderState().opening(briefing).position == (0, 3)


def test_next_and_previous_wrap_and_say_so(briefing: Briefing) -> None:
    state = ReaderState().opening(briefing)
    ids, notices = [], []
    for delta in (1, 1, 1, 1, -1):
        move = state.step_quote(delta)
        state = move.state
        ids.append(state.quote_id)
        notices.append(move.notice)
    assert ids == ["sahovic-platform", "nikolic-capacities", "vinet-mandate", "sahovic-platform", "vinet-mandate"]
    assert notices == ["", "", "", "Last quote; wrapped to the first", "First quote; wrapped to the last"]


def test_next_and_previous_follow_the_view(briefing: Briefing) -> None:
    blocks = briefing.quote_block
    first, second, third = (blocks[q.id] for q in briefing.quotes)
    at_first = ReaderState().opening(briefing, "sahovic-platform")
    # The current quote on screen: steps from it.
    assert at_first.step_quote(1, View(first, first)).state.quote_id == "nikolic-capacities"
    # Scrolled on past it (the current quote is above the view): from the top of the view.
    beyond = View(second + 1, third)
    assert at_first.step_quote(1, beyond).state.quote_id == "vinet-mandate"
    assert at_first.step_quote(-1, beyond).state.quote_id == "vinet-mandate"  # the last one on screen
    assert at_first.step_quote(-1, View(second + 1, third - 1)).state.quote_id == "nikolic-capacities"
    # Scrolled past every quote: `n` wraps and says so; `p` is the last one above.
    end = View(third + 1, third + 5)
    move = at_first.step_quote(1, end)
    assert move.state.quote_id == "sahovic-platform" and move.notice == "Last quote; wrapped to the first"
    assert at_first.step_quote(-1, end).state.quote_id == "vinet-mandate"


def test_a_filter_keeps_the_quote_that_passes_else_moves_to_the_first(briefing: Briefing) -> None:
    state = ReaderState().opening(briefing, "vinet-mandate")
    themes = {t for q in briefing.quotes if q.id == "vinet-mandate" for t in q.themes}
    keeps = state.with_themes(frozenset(themes))
    assert keeps.quote_id == "vinet-mandate"
    other = next(t.id for t in briefing.themes if t.quotes and "vinet-mandate" not in t.quotes)
    moved = state.with_themes(frozenset({other}))
    assert moved.quote_id == moved.matching()[0].id != "vinet-mandate"
    assert moved.position[0] == 1


def test_steps_with_nothing_to_step_to_are_warnings(briefing: Briefing) -> None:
    state = ReaderState().opening(briefing).with_themes(frozenset({"no-such-theme"}))
    move = state.step_quote(1)
    assert move.state == state and move.warning and move.notice == "No quotes match the filter"
    assert ReaderState().step_match(1).notice == "No matches"


def test_jumping_to_a_hidden_quote_clears_the_filter(briefing: Briefing) -> None:
    other = next(t.id for t in briefing.themes if t.quotes and "vinet-mandate" not in t.quotes)
    state = ReaderState().opening(briefing).with_themes(frozenset({other}))
    jumped = state.jump_to("vinet-mandate")
    assert jumped.quote_id == "vinet-mandate" and jumped.themes == frozenset()


def test_search_steps_through_matches_and_closing_forgets_them(briefing: Briefing) -> None:
    state = ReaderState().opening(briefing).searching("western").state
    assert len(state.hits) >= 2 and state.hit == 0 and state.target == state.hits[0]
    assert state.search_info == f"search “western”: 1/{len(state.hits)}"
    back = state.step_match(-1)
    last = back.state
    assert last.hit == len(state.hits) - 1 and back.notice == "Search hit the top; continued at the bottom"
    forward = last.step_match(1)
    assert forward.state.hit == 0 and forward.notice == "Search hit the bottom; continued at the top"
    closed = last.closed_search()
    assert closed.hits == () and closed.target == -1 and closed.search_info == ""
    nothing = ReaderState().opening(briefing).searching("zzzz").state
    assert nothing.search_info == "search: no match for “zzzz”"
    refused = nothing.step_match(1)
    assert refused.state == nothing and refused.warning and refused.notice == "No match for “zzzz”"


def test_search_starts_from_the_top_of_the_view_and_says_when_it_wraps(briefing: Briefing) -> None:
    hits = ReaderState().opening(briefing).searching("western").state.hits
    from_second = ReaderState().opening(briefing).searching("western", top=hits[0] + 1)
    assert from_second.state.target == hits[1] and from_second.notice == ""
    wrapped = ReaderState().opening(briefing).searching("western", top=hits[-1] + 1)
    assert wrapped.state.target == hits[0] and wrapped.notice == "Search wrapped to the top"


def test_a_reload_keeps_the_quote_and_the_filter_where_they_still_exist(briefing: Briefing) -> None:
    from dataclasses import replace

    theme = briefing.themes[0].id
    state = ReaderState().opening(briefing, "vinet-mandate").with_themes(frozenset({theme, "gone-theme"}))
    fewer = replace(briefing, quotes=tuple(q for q in briefing.quotes if q.id != "vinet-mandate"))
    kept = state.reloaded(briefing, keep_unknown_themes=False)
    assert kept.themes == frozenset({theme})  # a file alone: only its own themes
    assert state.reloaded(briefing, keep_unknown_themes=True).themes == state.themes  # a library keeps them
    moved = state.with_themes(frozenset()).reloaded(fewer, keep_unknown_themes=False)
    assert moved.quote_id == fewer.quotes[0].id  # the quote is gone: the first one
    none_yet = ReaderState().opening(briefing).reloaded(fewer, keep_unknown_themes=False)
    assert none_yet.quote_id == ""  # no quote was current: still none


def test_the_start_filter(briefing: Briefing) -> None:
    own = briefing.themes[0].id
    assert start_filter([own, "nosuch"], briefing, library=False) == (frozenset({own}), ["nosuch"])
    assert start_filter([own, "nosuch"], briefing, library=True) == (frozenset({own, "nosuch"}), [])
