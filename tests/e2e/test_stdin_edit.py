"""`cat F | briefing -`, then `e`: the editor gets a temporary copy, and the reader says so.

In a real terminal (tmux), with the installed command and an editor that records the
file it was given.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from tests.conftest import SAMPLE
from tests.support.terminal import Terminal, installed_briefing, needs_tmux

pytestmark = needs_tmux

NOTICE = "This briefing came from standard input: you edited a temporary copy at"


def flat(screen: str) -> str:
    """The notices' words in one line: each notice is a box drawn over the right of the
    screen, its left edge a "▌", its text wrapped inside."""
    parts = [line.rsplit("▌", 1)[1].rstrip("│╯╮─ ") for line in screen.splitlines() if "▌" in line]
    return " ".join(" ".join(parts).split())


def recording_editor(tmp_path: Path) -> tuple[Path, Path]:
    record = tmp_path / "edited.txt"
    editor = tmp_path / "vim"  # [+LINE] FILE, as vim takes them: the file is the last argument
    editor.write_text(f'#!/bin/sh\nfor last; do :; done\nprintf "%s\\n" "$last" >> {shlex.quote(str(record))}\n')
    editor.chmod(0o755)
    return editor, record


def start(terminal: Terminal, tmp_path: Path, editor: Path, piped: bool) -> None:
    env = f"env VISUAL='' EDITOR={editor} BRIEFING_CACHE_DIR={tmp_path / 'cache'}"
    reader = f"cat {SAMPLE} | {env} {installed_briefing()} -" if piped else f"{env} {installed_briefing()} {SAMPLE}"
    command = f"cd {tmp_path} && {reader}; echo EXITED-$?; sleep 30"
    terminal.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: "quote –/3" in s, "the reader")


def test_editing_a_piped_briefing_says_it_is_a_temporary_copy(terminal: Terminal, tmp_path: Path) -> None:
    editor, record = recording_editor(tmp_path)
    start(terminal, tmp_path, editor, piped=True)
    terminal.tmux("send-keys", "-t", "e2e", "e")
    screen = terminal.wait_for(lambda s: NOTICE in flat(s), "the notice about the temporary copy")
    edited = record.read_text().splitlines()
    assert len(edited) == 1 and edited[0].endswith("stdin.md")
    said = flat(screen)
    assert f"{NOTICE} {edited[0]}; save it elsewhere to keep it" in said
    terminal.tmux("send-keys", "-t", "e2e", "q")
    terminal.wait_for(lambda s: "EXITED-0" in s, "the program to quit")
    assert not Path(edited[0]).exists()  # as the notice said: removed on quitting


def test_editing_a_file_says_nothing_of_a_copy(terminal: Terminal, tmp_path: Path) -> None:
    editor, record = recording_editor(tmp_path)
    start(terminal, tmp_path, editor, piped=False)
    terminal.tmux("send-keys", "-t", "e2e", "e")
    terminal.wait_for(lambda s: record.exists(), "the editor")
    terminal.tmux("send-keys", "-t", "e2e", "n")  # the reader is back
    screen = terminal.wait_for(lambda s: "quote 1/3" in s, "the first quote")
    assert "standard input" not in flat(screen)
    assert record.read_text().splitlines() == [str(SAMPLE)]
    terminal.tmux("send-keys", "-t", "e2e", "q")
    terminal.wait_for(lambda s: "EXITED-0" in s, "the program to quit")
