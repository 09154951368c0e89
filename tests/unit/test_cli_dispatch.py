"""The command line dispatches from one table: a command is a module with run(args) and a row."""

from __future__ import annotations

import importlib
import runpy
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from tui.cli.args import TABLE, Row, other_commands
from tui.cli.completion import bash_script, fish_script
from tui.cli.main import main
from tui.serve.guard import MAX_HEIGHT, MAX_WIDTH

HELLO = """
from tui.cli.args import Arg, Command

COMMAND = Command("hello", __name__, "Say hello.", (Arg(("--name",), {"default": "you", "help": "who"}),))


def run(args):
    if args.name == "pipe":
        raise BrokenPipeError
    if args.name == "stop":
        raise KeyboardInterrupt
    print(f"hello {args.name}")
    return 3
"""


@pytest.fixture
def hello(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A `briefing hello` command: a module and a row, nothing else."""
    (tmp_path / "briefing_hello_command.py").write_text(HELLO, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(TABLE, "hello", Row("briefing_hello_command", "[--name NAME]"))
    monkeypatch.delitem(sys.modules, "briefing_hello_command", raising=False)


@pytest.mark.usefixtures("hello")
def test_a_new_command_is_a_module_and_a_row(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["hello", "--name", "Ann"]) == 3
    assert capsys.readouterr().out == "hello Ann\n"
    with pytest.raises(SystemExit) as done:
        main(["hello", "--help"])
    assert done.value.code == 0
    said = capsys.readouterr().out
    assert "usage: briefing hello" in said and "Say hello." in said and "exit codes" in said
    assert "briefing hello [--name NAME] (each has --help)" in " ".join(other_commands().split())
    assert "    hello)" in bash_script() and "--name" in bash_script()
    assert "__fish_seen_subcommand_from hello' -l name -r" in fish_script()


@pytest.mark.usefixtures("hello")
def test_a_closed_pipe_and_ctrl_c_end_any_command_quietly() -> None:
    assert main(["hello", "--name", "pipe"]) == 0
    assert main(["hello", "--name", "stop"]) == 130


def test_every_row_names_a_module_with_its_command_and_run() -> None:
    for name, row in TABLE.items():
        module = importlib.import_module(row.module)
        assert callable(module.run), name
        assert (module.COMMAND.name, module.COMMAND.module) == (name, row.module)


def test_an_empty_word_is_a_path_not_the_reader(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([""]) == 2
    assert "briefing: unknown command or path ''" in capsys.readouterr().err


def test_serve_help_states_the_size_bounds_the_guard_applies(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert f"a tab's terminal is at most {MAX_WIDTH}x{MAX_HEIGHT} cells" in said


def test_python_m_runs_the_command(sample_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "tui", "check", str(sample_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "1 file checked: 0 errors" in done.stdout


@pytest.mark.filterwarnings("ignore:'tui.cli.main' found in sys.modules:RuntimeWarning")  # runpy's, as python -m
@pytest.mark.parametrize("module", ["tui.cli", "tui.cli.main"])
def test_the_other_python_m_run_the_command(
    module: str, sample_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # In process, as `python -m` runs them (runpy); the test above starts Python once.
    monkeypatch.setattr(sys, "argv", ["briefing", "check", str(sample_path)])
    with pytest.raises(SystemExit) as done:
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    assert done.value.code == 0
    assert "1 file checked: 0 errors" in capsys.readouterr().out


def test_the_installed_entry_point_is_main() -> None:
    (point,) = entry_points(group="console_scripts", name="briefing")
    assert point.load() is main
