"""End to end: the installed `briefing` command in a real terminal (tmux), as a user runs it."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from benchmarks.gen import compact
from tests.conftest import SAMPLE
from tests.support.terminal import Terminal, installed_briefing, needs_tmux

pytestmark = needs_tmux


def test_briefing_in_a_real_terminal(terminal: Terminal, tmp_path: Path) -> None:
    command = f"cd {tmp_path} && {installed_briefing()} {SAMPLE}; echo EXITED-$?; sleep 30"
    terminal.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: "Regional workshop in Belgrade" in s and "quote –/3" in s, "the title")
    terminal.tmux("send-keys", "-t", "e2e", "n")  # the first quote from the top, not the second
    first = terminal.wait_for(lambda s: "quote 1/3" in s, "the first quote")
    assert "quote 1/3 Ambassador Dejan Šahović" in first
    terminal.tmux("send-keys", "-t", "e2e", "n")
    second = terminal.wait_for(lambda s: "quote 2/3" in s, "the next quote")
    assert "quote 2/3 Ljubomir Nikolić" in second
    assert "\x1b" not in second
    terminal.tmux("send-keys", "-t", "e2e", "q")
    terminal.wait_for(lambda s: "EXITED-0" in s, "the program to quit")


@pytest.mark.parametrize("editor", ["nosuch-editor", 'vi "', "false"])
def test_a_broken_editor_gives_the_reader_back(terminal: Terminal, tmp_path: Path, editor: str) -> None:
    env = f"env VISUAL='' EDITOR={editor!r} BRIEFING_CACHE_DIR={tmp_path / 'cache'}"
    command = f"cd {tmp_path} && {env} {installed_briefing()} {SAMPLE}; echo EXITED-$?; sleep 30"
    terminal.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: "quote –/3" in s, "the reader")
    terminal.tmux("send-keys", "-t", "e2e", "n", "e")
    expected = "exited with status 1" if editor == "false" else "Could not run the editor"
    terminal.wait_for(lambda s: expected in s, "the notice")
    terminal.tmux("send-keys", "-t", "e2e", "n")  # keys reach the reader again, not the shell
    terminal.wait_for(lambda s: "quote 2/3" in s, "the next quote")
    terminal.tmux("send-keys", "-t", "e2e", "q")
    terminal.wait_for(lambda s: "EXITED-0" in s, "the program to quit")


def test_a_piped_briefing_takes_its_keys_from_the_terminal(terminal: Terminal, tmp_path: Path) -> None:
    command = (
        f"cd {tmp_path} && cat {SAMPLE} | env BRIEFING_CACHE_DIR={tmp_path / 'cache'} {installed_briefing()} -; "
        "echo EXITED-$?; sleep 30"
    )
    terminal.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: "Regional workshop in Belgrade" in s and "quote –/3" in s, "the piped briefing")
    terminal.tmux("send-keys", "-t", "e2e", "n", "n")  # keys come from the terminal, not from the pipe
    terminal.wait_for(lambda s: "quote 2/3" in s, "the next quote")
    terminal.tmux("send-keys", "-t", "e2e", "q")
    terminal.wait_for(lambda s: "EXITED-0" in s, "the program to quit")


def test_no_terminal_for_output_gives_plain_text_and_exits(terminal: Terminal, tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    command = f"cd {tmp_path} && {installed_briefing()} {SAMPLE} </dev/null >{out} 2>&1; echo EXITED-$?; sleep 30"
    terminal.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: "EXITED-0" in s, "the program to finish on its own")
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Regional workshop in Belgrade") and "\x1b" not in text


def test_a_reload_after_editing_keeps_the_place(terminal: Terminal, tmp_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    editor = tmp_path / "vim"  # takes +LINE FILE, as vim does, and changes the file
    editor.write_text('#!/bin/sh\nsed -i "s/Guy Vinet/Guy R. Vinet/" "$2"\n')
    editor.chmod(0o755)
    env = f"env VISUAL='' EDITOR={editor}"
    command = f"cd {tmp_path} && {env} {installed_briefing()} {path}; echo EXITED-$?; sleep 30"
    terminal.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: "quote –/3" in s, "the reader")
    terminal.tmux("send-keys", "-t", "e2e", "n", "n", "n")
    before = terminal.wait_for(lambda s: "quote 3/3 Guy Vinet" in s, "the third quote")
    assert "Summary" not in before  # scrolled down to it
    terminal.tmux("send-keys", "-t", "e2e", "e")
    after = terminal.wait_for(lambda s: "quote 3/3 Guy R. Vinet" in s, "the reloaded file")
    assert "Summary" not in after  # still where it was, not back at the top
    assert "clear mandate" in after
    terminal.tmux("send-keys", "-t", "e2e", "q")
    terminal.wait_for(lambda s: "EXITED-0" in s, "the program to quit")


def test_a_large_file_opens_at_its_head_and_leaves_no_process_behind(terminal: Terminal, tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_text(compact(1500), encoding="utf-8")
    assert path.stat().st_size > 256 * 1024  # shown by its head first (a child process parses it)
    command = f"cd {tmp_path} && {installed_briefing()} {path}; echo EXITED-$?; sleep 30"
    terminal.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", command)
    terminal.wait_for(lambda s: "A long generated briefing" in s, "the head")
    terminal.wait_for(lambda s: "quote –/1,500" in s, "the whole file", timeout=60)  # thousands separated
    shell = terminal.tmux("list-panes", "-t", "e2e", "-F", "#{pane_pid}").strip()
    reader = subprocess.run(["ps", "-o", "pid=", "--ppid", shell], capture_output=True, text=True).stdout.split()
    assert len(reader) == 1
    children = subprocess.run(["ps", "-o", "stat=", "--ppid", reader[0]], capture_output=True, text=True).stdout
    assert "Z" not in children  # the child that parsed the head was reaped
    terminal.tmux("send-keys", "-t", "e2e", "G")
    terminal.wait_for(lambda s: "Quote number 1500" in s, "the end of the text")
    terminal.tmux("send-keys", "-t", "e2e", "q")
    terminal.wait_for(lambda s: "EXITED-0" in s, "the program to quit")
