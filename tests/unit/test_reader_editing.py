"""The editor key (tui/reader/editing.py) without a terminal: the context decides (browser,
piped-in copy), and whatever the editor does, the reader says it and looks at the file again."""

from __future__ import annotations

import stat
from pathlib import Path

from tests.support.fake_reader import FakeReader
from tui.core.files.loader import load_file
from tui.core.library.library import Library
from tui.core.model import Briefing
from tui.core.reading.navigation import ReaderState
from tui.reader.editing import Edited, Editor, stdin_copy_notice
from tui.reader.host import ReaderContext
from tui.reader.navigation import Navigator

TEXT = """---
title: Piped
date: 2021-03-04
speakers:
  petek: {name: Anja Petek}
---

Anja Petek spoke.

{#q1 speaker=petek}
> “We will act together.”
>
> — Anja Petek
"""


def editor(tmp_path: Path, context: ReaderContext) -> tuple[FakeReader, Editor, Path]:
    path = tmp_path / "stdin.md"
    path.write_text(TEXT, encoding="utf-8")
    library = Library([path])
    b, problems = library.model(str(path))
    assert b is not None, problems
    screen = FakeReader()
    nav = Navigator(screen)  # type: ignore[arg-type]
    nav.show(ReaderState().opening(b, "q1"), opening=True)
    return screen, Editor(screen, nav, context, library), path  # type: ignore[arg-type]


def load(path: Path) -> Briefing:
    b, problems = load_file(path)
    assert b is not None, problems
    return b


def test_the_piped_in_copy_is_named_only_for_itself(tmp_path: Path) -> None:
    copy = tmp_path / "stdin.md"
    copy.write_text("x", encoding="utf-8")
    (tmp_path / "link.md").symlink_to(copy)
    assert "temporary copy" in stdin_copy_notice(str(tmp_path / "link.md"), copy)
    assert stdin_copy_notice(str(tmp_path / "other.md"), copy) == ""
    assert stdin_copy_notice(str(copy), None) == ""


def test_in_the_browser_no_editor_runs(tmp_path: Path) -> None:
    screen, edit, _path = editor(tmp_path, ReaderContext(in_browser=True, environ={"VISUAL": "true"}))
    edit.edit_current()
    assert screen.said("not available in the browser") and screen.app.suspended == 0 and not screen.posted


def test_the_editor_runs_at_the_quote_and_the_file_is_looked_at_again(tmp_path: Path) -> None:
    vi = tmp_path / "bin" / "vi"  # an editor that takes +line, and writes down its arguments
    vi.parent.mkdir()
    vi.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$@\" > '{tmp_path / 'args.txt'}'\n", encoding="utf-8")
    vi.chmod(vi.stat().st_mode | stat.S_IXUSR)
    screen, edit, path = editor(tmp_path, ReaderContext(environ={"VISUAL": str(vi)}))
    edit.edit_current()
    quote_line = next(block.line for block in load(path).blocks if block.quote == "q1")
    assert (tmp_path / "args.txt").read_text(encoding="utf-8").split() == [f"+{quote_line}", str(path)]
    assert screen.app.suspended == 1 and isinstance(screen.posted[-1], Edited)
    assert not screen.notices  # exit status 0, and not the piped-in copy: nothing to say


def test_editing_the_piped_in_copy_warns_that_it_is_temporary(tmp_path: Path) -> None:
    path = tmp_path / "stdin.md"
    screen, edit, _path = editor(tmp_path, ReaderContext(stdin_copy=path, environ={"VISUAL": "true"}))
    edit.edit_current()
    assert screen.said("came from standard input") and isinstance(screen.posted[-1], Edited)


def test_a_failing_editor_is_said_and_the_file_still_looked_at(tmp_path: Path) -> None:
    screen, edit, _path = editor(tmp_path, ReaderContext(environ={"VISUAL": "false"}))
    edit.edit_current()
    assert screen.said("The editor exited with status 1") and isinstance(screen.posted[-1], Edited)


def test_a_missing_editor_is_said(tmp_path: Path) -> None:
    screen, edit, _path = editor(tmp_path, ReaderContext(environ={"VISUAL": str(tmp_path / "no-such-editor")}))
    edit.edit_current()
    assert screen.said("Could not run the editor") and not screen.posted
