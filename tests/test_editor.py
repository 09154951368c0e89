"""The editor command from the environment: untrusted, never a crash, never an option."""

from __future__ import annotations

from tui.core.editor import editor_command


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
