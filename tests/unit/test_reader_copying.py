"""Copying a quote (tui/reader/copying.py) without a terminal: the text copied, and which
clipboard the notice names: the terminal's (OSC 52) or the system's tool, never in the browser."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tests.support.fake_reader import FakeReader
from tui.core.files.loader import load_file
from tui.core.model import Briefing
from tui.core.reading.navigation import ReaderState
from tui.reader.copying import QuoteCopier, clip_of
from tui.reader.host import ReaderContext
from tui.reader.navigation import Navigator

TEXT = """---
title: Harbour talks
date: 2021-03-04
speakers:
  petek: {name: Anja Petek}
---

{#q1 speaker=petek}
> “We will act together.”
>
> — Anja Petek

{#q2 speaker=petek}
> We shall see.
>
> — Anja Petek
"""


def briefing(tmp_path: Path) -> Briefing:
    path = tmp_path / "talks.md"
    path.write_text(TEXT, encoding="utf-8")
    b, problems = load_file(path)
    assert b is not None, problems
    return b


def tool(folder: Path, name: str, status: int) -> Path:
    """A clipboard tool on PATH that reads what it is given and exits with ``status``."""
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text(f"#!/bin/sh\ncat > '{folder / 'copied.txt'}'\nexit {status}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def copier(tmp_path: Path, context: ReaderContext, quote: str = "") -> tuple[FakeReader, QuoteCopier]:
    screen = FakeReader()
    nav = Navigator(screen)  # type: ignore[arg-type]
    nav.show(ReaderState().opening(briefing(tmp_path), quote), opening=True)
    return screen, QuoteCopier(screen, nav, context)  # type: ignore[arg-type]


def test_the_clip_is_the_quote_in_quotation_marks_with_its_citation(tmp_path: Path) -> None:
    b = briefing(tmp_path)
    marked, bare = clip_of(b, b.quotes[0]), clip_of(b, b.quotes[1])
    assert marked.text.startswith("“We will act together.”\n— ") and "Anja Petek" in marked.text
    assert bare.text.startswith("“We shall see.”\n— ")
    assert bare.what == "quote 2 (Anja Petek) with its citation"


def test_with_no_current_quote_the_first_from_the_top_is_copied(tmp_path: Path) -> None:
    screen, copy = copier(tmp_path, ReaderContext(environ={}))
    copy.copy_current()
    assert screen.app.clipboard and "We will act together" in screen.app.clipboard[0]
    assert screen.said("Sent quote 1 (Anja Petek) with its citation to the terminal's clipboard (OSC 52)")


def test_a_tool_on_path_copies_and_is_named(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    tool(bin_dir, "xclip", 0)
    screen, copy = copier(tmp_path, ReaderContext(environ={"PATH": str(bin_dir), "DISPLAY": ":0"}), "q2")
    copy.copy_current()
    assert screen.workers == ["copy"]
    assert screen.notices[-1].message == "Copied quote 2 (Anja Petek) with its citation (with xclip)"
    assert (bin_dir / "copied.txt").read_text(encoding="utf-8") == screen.app.clipboard[0]


def test_a_failing_tool_says_so_and_what_the_terminal_got(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    tool(bin_dir, "xclip", 3)
    environ = {"PATH": str(bin_dir), "DISPLAY": ":0", "TMUX": "/tmp/tmux-1/default,1,0"}
    screen, copy = copier(tmp_path, ReaderContext(environ=environ), "q1")
    copy.copy_current()
    notice = screen.notices[-1]
    assert notice.severity == "warning" and "/xclip exited with status 3. Sent quote 1 (" in notice.message
    assert notice.message.endswith("(in tmux: set -g set-clipboard on)")


def test_in_the_browser_no_tool_runs_even_when_there_is_one(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    tool(bin_dir, "xclip", 0)
    context = ReaderContext(in_browser=True, environ={"PATH": str(bin_dir), "DISPLAY": ":0"})
    screen, copy = copier(tmp_path, context, "q1")
    copy.copy_current()
    assert not screen.workers and not (bin_dir / "copied.txt").exists()
    assert screen.said("(OSC 52)") and screen.app.clipboard


def test_the_context_does_not_show_the_environment() -> None:
    # A context in a traceback or a log names no variable of the environment.
    assert "PATH" not in repr(ReaderContext()) and os.environ.get("PATH", "") not in repr(ReaderContext())
