"""Shell completion is inert: what it offers never runs in bash, zsh or fish.

Theme ids come from the library, which anyone may write. Two guards, each
tested on its own: the parser leaves ids that are not slugs out (so neither the
index nor ``completion --themes`` ever has them), and the shell scripts offer
each line as it is, even if an index written by someone else held one.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

# Each would create a file named PWN* in the current folder if a shell evaluated it.
HOSTILE = [
    "$(touch PWN1)",
    "`touch PWN2`",
    "x;touch PWN3",
    "$(touch${IFS}PWN4)",
    '"; touch PWN5; "',
    "'$(touch PWN6)'",
    "$(touch PWN7)ok",
]


def script(shell: str) -> str:
    out = subprocess.run([sys.executable, "-m", "tui", "completion", shell], capture_output=True, text=True, check=True)
    return out.stdout


def fake_briefing(tmp_path: Path) -> dict[str, str]:
    """An environment whose `briefing` answers `completion --themes` with hostile lines (an index
    written by someone else could hold them), so that the shell scripts are tested on their own."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (tmp_path / "themes.txt").write_text("\n".join(HOSTILE) + "\nokay-theme\n")
    fake = bin_dir / "briefing"
    fake.write_text(f"#!/bin/sh\ncat '{tmp_path / 'themes.txt'}'\n")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    return {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}


def pwned(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("PWN*"))


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_bash_offers_hostile_theme_ids_as_words_and_runs_none(tmp_path: Path) -> None:
    env = fake_briefing(tmp_path)
    offered = {}
    for cur in ("", "$", "`", "x"):
        probe = (
            f"{script('bash')}\nCOMP_WORDS=(briefing --theme '{cur}'); COMP_CWORD=2; _briefing; "
            'printf "%s\\n" "${COMPREPLY[@]}"'
        )
        out = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path)
        assert out.returncode == 0, out.stderr
        offered[cur] = [line for line in out.stdout.splitlines() if line]
    assert pwned(tmp_path) == []
    assert offered[""] == [*HOSTILE, "okay-theme"]  # as written: nothing expanded
    assert offered["$"] == [t for t in HOSTILE if t.startswith("$")]
    assert offered["x"] == ["x;touch PWN3"]


@pytest.mark.skipif(shutil.which("zsh") is None, reason="no zsh")
def test_zsh_offers_hostile_theme_ids_as_words_and_runs_none(tmp_path: Path) -> None:
    env = fake_briefing(tmp_path)
    # zsh runs the bash function through bashcompinit, which calls it under `emulate sh`.
    probe = (
        "autoload -U compinit && compinit -u -D\n"
        f"{script('zsh')}\n"
        'emulate sh -c \'COMP_WORDS=(briefing --theme ""); COMP_CWORD=2; _briefing; '
        'printf "%s\\n" "${COMPREPLY[@]}"\''
    )
    out = subprocess.run(["zsh", "-f", "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert pwned(tmp_path) == []
    assert [line for line in out.stdout.splitlines() if line] == [*HOSTILE, "okay-theme"]


@pytest.mark.skipif(shutil.which("fish") is None, reason="no fish")
def test_fish_offers_hostile_theme_ids_as_words_and_runs_none(tmp_path: Path) -> None:
    env = {**fake_briefing(tmp_path), "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    (tmp_path / "briefing.fish").write_text(script("fish"))
    probe = f"source '{tmp_path / 'briefing.fish'}'; complete -C 'briefing --theme '"
    out = subprocess.run(["fish", "--no-config", "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert pwned(tmp_path) == []
    assert {line.split("\t")[0] for line in out.stdout.splitlines()} == {*HOSTILE, "okay-theme"}


def test_ids_that_are_not_slugs_never_reach_the_index_or_completion(tmp_path: Path) -> None:
    library = tmp_path / "library"
    library.mkdir()
    (library / "a.md").write_text(
        "---\ntitle: Hostile\ndate: 2020-01-01\nspeakers:\n  ann: {name: Ann Lee}\n  '$(touch PWN8)': {name: Bo}\n"
        'themes:\n  "$(touch${IFS}PWN1)": One\n  ok: Two\n---\n\n'
        '{speaker=ann themes="$(touch${IFS}PWN1) ok"}\n> "Hello," said Ann Lee.\n'
    )
    env = {**os.environ, "BRIEFING_LIBRARY": str(library), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    indexer = (
        "import sys; from pathlib import Path; "
        "from tui.core.library.index.store import LibraryIndex, default_index_path; "
        "p = Path(sys.argv[1]); LibraryIndex(default_index_path([p])).update([p])"
    )
    subprocess.run([sys.executable, "-c", indexer, str(library)], env=env, check=True)
    themes = subprocess.run(
        [sys.executable, "-m", "tui", "completion", "--themes"], capture_output=True, text=True, env=env, check=True
    )
    assert themes.stdout.split() == ["ok"]
    check = subprocess.run(
        [sys.executable, "-m", "tui", "check", str(library)], capture_output=True, text=True, env=env
    )
    said = check.stdout + check.stderr
    assert re.search(r"a\.md:8:\d+: error: theme id '\$\(touch\$\{IFS\}PWN1\)' is not a slug", said)
    assert re.search(r"a\.md:6:\d+: error: speaker id '\$\(touch PWN8\)' is not a slug", said)
    assert re.search(r"a\.md:12:\d+: error: unknown theme '\$\(touch\$\{IFS\}PWN1\)'", said)


def test_completion_filters_ids_an_index_holds_that_are_not_slugs(tmp_path: Path) -> None:
    """An index written by an older version, or by hand, may hold any id: only slugs are printed."""
    library = tmp_path / "library"
    library.mkdir()
    (library / "a.md").write_text('---\ntitle: T\nthemes:\n  ok: One\n---\n\n{themes="ok"}\n> "Hello," said Ann Lee.\n')
    env = {**os.environ, "BRIEFING_LIBRARY": str(library), "XDG_CACHE_HOME": str(tmp_path / "cache")}
    indexer = (
        "import sqlite3, sys; from pathlib import Path; "
        "from tui.core.library.index.store import LibraryIndex, default_index_path; "
        "p = Path(sys.argv[1]); path = default_index_path([p]); LibraryIndex(path).update([p]); "
        "db = sqlite3.connect(path); "
        "db.execute(\"UPDATE totals SET key = '$(touch PWN9)' WHERE key = 'ok'\"); db.commit(); print(path)"
    )
    made = subprocess.run([sys.executable, "-c", indexer, str(library)], env=env, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    themes = subprocess.run(
        [sys.executable, "-m", "tui", "completion", "--themes"], capture_output=True, text=True, env=env, check=True
    )
    assert themes.stdout.split() == []


@pytest.mark.skipif(shutil.which("tmux") is None or shutil.which("bash") is None, reason="no tmux or bash")
def test_tab_in_an_interactive_bash_runs_nothing(tmp_path: Path) -> None:
    """The attack as reported: the script loaded with eval, then `briefing --theme ` and Tab Tab."""
    env = fake_briefing(tmp_path)
    (tmp_path / "load.sh").write_text(script("bash"))
    socket = f"briefing-completion-{os.getpid()}"
    tmux = ["tmux", "-L", socket]
    try:
        subprocess.run(
            [*tmux, "new-session", "-d", "-x", "120", "-y", "40", "-s", "c", "-c", str(tmp_path), "bash --norc"],
            env=env,
            check=True,
        )
        subprocess.run([*tmux, "send-keys", "-t", "c", f"source {tmp_path / 'load.sh'}; clear", "Enter"], check=True)
        subprocess.run([*tmux, "send-keys", "-t", "c", "briefing --theme ", "Tab", "Tab"], check=True)
        deadline = time.monotonic() + 20
        screen = ""
        while "okay-theme" not in screen and time.monotonic() < deadline:
            time.sleep(0.1)
            screen = subprocess.run([*tmux, "capture-pane", "-p", "-t", "c"], capture_output=True, text=True).stdout
        assert "okay-theme" in screen and "x;touch PWN3" in screen, screen  # the ids are listed, as words
        assert pwned(tmp_path) == []
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
