"""Shell completion, generated from the parsers: commands, options, --format choices, theme ids."""

from __future__ import annotations

import importlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui.cli.args import TABLE
from tui.cli.completion import commands, fish_script, zsh_script
from tui.cli.main import main
from tui.core.library.index.store import LibraryIndex, default_index_path

BASH = shutil.which("bash")


def complete(script: str, words: list[str], env: dict[str, str]) -> list[str]:
    """What bash offers after ``words`` (the last one being typed), with ``script`` loaded."""
    quoted = " ".join(f"'{w}'" for w in words)
    probe = (
        f'{script}\nCOMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}; _briefing; printf "%s\\n" "${{COMPREPLY[@]}}"'
    )
    bin_dir = str(Path(sys.executable).parent)
    out = subprocess.run(
        [str(BASH), "-c", probe], capture_output=True, text=True, env={**env, "PATH": f"{bin_dir}:{env['PATH']}"}
    )
    assert out.returncode == 0, out.stderr
    return out.stdout.split()


@pytest.mark.skipif(BASH is None, reason="no bash")
def test_bash_completes_commands_options_formats_and_themes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = ROOT / "briefings"
    env = {**os.environ, "BRIEFING_LIBRARY": str(library)}
    LibraryIndex(default_index_path([library])).update([library])  # themes come from the index
    assert main(["completion", "bash"]) == 0  # in process; bash runs `briefing completion --themes` itself
    script = capsys.readouterr().out
    assert {"check", "export", "import", "review", "serve", "completion"} <= set(
        complete(script, ["briefing", ""], env)
    )
    assert set(complete(script, ["briefing", "export", "--f"], env)) == {"--format"}
    assert set(complete(script, ["briefing", "export", "--format", "j"], env)) == {"json", "jsonl"}
    assert "--strict" in complete(script, ["briefing", "check", "--"], env)
    themes = complete(script, ["briefing", "--theme", "osce"], env)
    assert themes == ["osce-role"]


def test_zsh_and_fish_scripts_name_every_command_and_option() -> None:
    assert "bashcompinit" in zsh_script() and "_briefing" in zsh_script()
    fish = fish_script()
    assert "-l format -x -a 'json jsonl csv markdown text'" in fish
    assert "(briefing completion --themes" in fish and "-l strict" in fish


def test_an_unknown_shell_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", "tcsh"]) == 2
    assert "bash|zsh|fish" in capsys.readouterr().err


@pytest.mark.parametrize("name", [name for name in TABLE if name != "completion"])
def test_completion_offers_exactly_the_options_the_parser_takes(name: str) -> None:
    parser = importlib.import_module(TABLE[name].module).COMMAND.parser()
    offered = {option.flag: option for option in commands()[name]}
    # Every option in the usage line is offered (the usage shows each option's first name).
    assert set(re.findall(r"\[(-[\w-]+)", parser.format_usage())) <= set(offered)
    # Every option offered is one the parser takes, with a value when it says so.
    for flag, option in offered.items():
        if flag in ("-h", "--help", "--version"):
            continue  # they print and exit
        value = [option.choices[0] if option.choices else "1"] if option.takes_value else []
        _args, left = parser.parse_known_args([flag, *value, "path"])
        assert left == [], flag
    assert "--in-browser" not in offered  # hidden from --help, hidden from completion
