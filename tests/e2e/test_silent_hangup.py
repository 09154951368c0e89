"""Closing the terminal keeps the place (issue 26): the installed `briefing` in tmux, its session
killed (SIGHUP), reopens at the quote it was at."""

from __future__ import annotations

import shlex
import time
from pathlib import Path

from tests.conftest import ROOT
from tests.support.terminal import Terminal, installed_briefing, needs_tmux
from tui.core.files.loader import load_file

pytestmark = needs_tmux

FOURTEEN = ROOT / "briefings" / "2016-06-30-western-balkans-situation-report.md"  # 14 quotes


def quote_id(index: int) -> str:
    briefing, _problems = load_file(FOURTEEN)
    assert briefing is not None
    return next(q.id for q in briefing.quotes if q.index == index)


def test_a_closed_terminal_keeps_the_place(terminal: Terminal, tmp_path: Path) -> None:
    state = tmp_path / "state"
    env = (
        f"env BRIEFING_STATE_DIR={shlex.quote(str(state))} BRIEFING_CACHE_DIR={shlex.quote(str(tmp_path / 'cache'))}"
        f" BRIEFING_CONFIG={shlex.quote(str(tmp_path / 'config.toml'))}"
    )
    command = f"{env} {shlex.quote(installed_briefing())} {shlex.quote(str(FOURTEEN))}"

    def start() -> None:
        terminal.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", command)

    start()
    terminal.wait_for(lambda s: "quote –/14" in s, "the reader")
    for n in range(1, 6):
        terminal.tmux("send-keys", "-t", "e2e", "n")
        terminal.wait_for(lambda s, n=n: f"quote {n}/14" in s, f"quote {n}")  # type: ignore[misc]
    terminal.tmux("kill-session", "-t", "e2e")  # the window closed: SIGHUP
    places = state / "places.json"
    fifth = f'"{quote_id(5)}"'
    deadline = time.monotonic() + 10  # written by the reader as it goes: not a measure of speed
    while not (places.exists() and fifth in places.read_text(encoding="utf-8")) and time.monotonic() < deadline:
        time.sleep(0.1)
    start()
    terminal.wait_for(lambda s: "quote 5/14" in s, "the place kept")
