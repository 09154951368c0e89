"""The `!` list names each file so that its name survives a row cut at the right end."""

from __future__ import annotations

from tui.core.model import Problem
from tui.screens.problems import LONG, where


def test_a_long_path_keeps_its_folder_and_file_name_whole() -> None:
    path = "/tmp/" + "deep-folder/" * 8 + "lib/2016-06-30-western-balkans-situation-report.md"
    shown = where(Problem(path, 3, 7, "error", "YAML syntax error"))
    assert shown == "…/lib/2016-06-30-western-balkans-situation-report.md:3:7"


def test_a_short_path_is_shown_as_it_is_and_safely() -> None:
    assert where(Problem("lib/a.md", 1, 1, "error", "x")) == "lib/a.md:1:1"
    assert len("lib/a.md") <= LONG
    assert where(Problem("lib/\x1b[2Ja.md", 1, 1, "error", "x")).startswith("'lib/\\x1b")
