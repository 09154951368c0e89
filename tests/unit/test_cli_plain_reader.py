"""The reader's plain call (`briefing`, `briefing PATH...`, no word starting with "-") is read
without argparse (issue 27): the values are argparse's own, and anything else still goes
through argparse (--help, --version, options, other commands)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui.cli.args import SUPPRESS, TABLE, Arg, Command
from tui.cli.main import main
from tui.cli.read import COMMAND as READER

PLAIN = [
    [],
    ["a.md"],
    ["a.md", "b", "c/d"],
    [""],
    ["x=y", "@list", "+1", "ünïcode naïve.md", "a b"],
    # A command's name after the first word is a path to argparse too.
    ["notes", "check"],
    ["notes", "serve", "index"],
]
NOT_PLAIN = [
    ["-"],
    ["--"],
    ["-h"],
    ["--help"],
    ["--version"],
    ["a.md", "--theme", "t"],
    ["--library", "x"],
    ["--db", "postgresql://x"],
    ["--quote=q1", "a.md"],
    ["--in-browser"],
    ["a.md", "-x"],
]


@pytest.mark.parametrize("words", PLAIN)
def test_the_plain_call_gives_what_argparse_gives(words: list[str]) -> None:
    plain = READER.plain(words)
    assert plain is not None
    assert vars(plain) == vars(READER.parse(words))


@pytest.mark.parametrize("words", NOT_PLAIN)
def test_any_word_starting_with_a_dash_goes_to_argparse(words: list[str]) -> None:
    assert READER.plain(words) is None


def test_each_plain_call_has_its_own_lists() -> None:
    first, second = READER.plain(["a"]), READER.plain(["b"])
    assert first is not None and second is not None
    first.theme.append("t")
    assert second.theme == []
    assert READER.plain(["a"]) is not None and vars(READER.plain(["a"]))["theme"] == []


@pytest.mark.parametrize("name", [name for name in TABLE if name])
@pytest.mark.parametrize("words", [[], ["a.md"], ["a.md", "b.md"]])
def test_every_command_gives_argparse_values_or_leaves_them_to_argparse(name: str, words: list[str]) -> None:
    command: Command = importlib.import_module(TABLE[name].module).COMMAND
    plain = command.plain(words)
    if plain is None:
        return
    try:
        parsed = command.parse(words)
    except SystemExit:  # argparse refuses these words: plain must not have taken them
        pytest.fail(f"{name}: plain took words argparse refuses: {words}")
    assert vars(plain) == vars(parsed)


@pytest.mark.parametrize(
    "argument",
    [
        Arg(("--count",), {"type": int, "default": "3"}),  # argparse converts a string default
        Arg(("--pick",), {"choices": ("a", "b"), "default": "a"}),
        Arg(("--n",), {"action": "count"}),
        Arg(("--store",), {"dest": "other"}),
        Arg(("more",), {"nargs": "*"}),
    ],
)
def test_arguments_it_cannot_read_leave_the_words_to_argparse(argument: Arg) -> None:
    paths = Arg(("paths",), {"nargs": "*"})
    command = Command("", __name__, "A reader.", (paths, argument))
    assert command.plain(["a.md"]) is None


def test_the_long_flag_names_the_value_as_argparse_does() -> None:
    command = Command(
        "",
        __name__,
        "A reader.",
        (
            Arg(("paths",), {"nargs": "*"}),
            Arg(("-l", "--long-name"), {"metavar": "X"}),
            Arg(("--hidden",), {"action": "store_true", "help": SUPPRESS}),
        ),
    )
    plain = command.plain(["a.md"])
    assert plain is not None
    assert vars(plain) == vars(command.parse(["a.md"])) == {"paths": ["a.md"], "long_name": None, "hidden": False}


def test_a_command_name_as_the_first_word_is_the_command_even_when_a_file_has_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # As before the fast path: `briefing check` runs check; the file is ./check.
    (tmp_path / "check").write_text("# Not a briefing\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stop:
        main(["check"])  # check needs a PATH: argparse says so
    assert stop.value.code == 2
    assert "briefing check" in capsys.readouterr().err


@pytest.mark.parametrize("words", [["--help"], ["--version"], ["a.md", "--bogus"]])
def test_help_version_and_bad_options_are_argparse_s(words: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(words)
    out = capsys.readouterr()
    with pytest.raises(SystemExit) as direct:
        READER.parser().parse_args(words)
    assert stop.value.code == direct.value.code
    assert capsys.readouterr() == out
    assert "--in-browser" not in out.out + out.err  # a hidden option stays hidden


def test_the_plain_call_does_not_import_argparse() -> None:
    # A missing path: the reader says so and returns 2 before anything else is imported.
    code = (
        "import sys\n"
        "from tui.cli.main import main\n"
        "code = main(['no-such-briefing.md'])\n"
        "print(code, 'argparse' in sys.modules, 'gettext' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split() == ["2", "False", "False"]
    assert "unknown command or path 'no-such-briefing.md'" in done.stderr


def test_suppress_is_argparse_s() -> None:
    import argparse

    assert SUPPRESS == argparse.SUPPRESS
