"""The editor command from the environment: untrusted, never a crash, never an option."""

from __future__ import annotations

import pytest

from tui.core.system.editor import editor_command


def test_line_aware_editors_get_the_line_and_an_absolute_path() -> None:
    command, error = editor_command({"EDITOR": "nvim -p"}, "-c.md", 12)
    assert not error and command[:3] == ["nvim", "-p", "+12"]
    assert command[-1].startswith("/") and command[-1].endswith("/-c.md")  # never read as an option


def test_unbalanced_blank_and_missing_values() -> None:
    command, error = editor_command({"VISUAL": 'vi "'}, "a.md")
    assert command == [] and "No closing quotation" in error
    assert editor_command({"VISUAL": "   ", "EDITOR": "nano"}, "a.md", 3)[0][:2] == ["nano", "+3"]
    assert editor_command({}, "a.md")[0][0] == "vi"
    assert editor_command({"EDITOR": "''"}, "a.md") == ([], "the editor command \"''\" ($VISUAL or $EDITOR) is empty")


@pytest.mark.parametrize(
    ("editor", "tail"),
    [
        ("vim", ["+7", "{p}"]),
        ("/usr/bin/nano", ["+7", "{p}"]),
        ("kak", ["+7", "{p}"]),
        ("hx", ["{p}:7"]),
        ("subl -w", ["{p}:7"]),
        ("zed", ["{p}:7"]),
        ("code --wait", ["--goto", "{p}:7"]),
        ("codium", ["--goto", "{p}:7"]),
        ("ed", ["{p}"]),  # an editor we do not know gets the file only
    ],
)
def test_each_editor_gets_the_line_in_its_own_form(editor: str, tail: list[str]) -> None:
    from pathlib import Path

    command, _ = editor_command({"EDITOR": editor}, "+x.md", 7)
    path = str(Path("+x.md").absolute())
    assert command[-len(tail) :] == [t.format(p=path) for t in tail]
