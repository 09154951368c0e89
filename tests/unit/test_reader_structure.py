"""The reader's shape (issue 27): one screen class that declares every key and action, plain
helper objects that do the work, and the app's facts passed down, never probed for."""

from __future__ import annotations

import ast
from pathlib import Path

from textual.binding import Binding
from textual.screen import Screen

from tests.conftest import ROOT
from tui.app import BriefingApp, key_homes
from tui.reader.screen import ReaderScreen

READER = ROOT / "tui" / "reader"
MOST_LINES = 300


def classes(path: Path) -> list[ast.ClassDef]:
    return [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.ClassDef)]


def test_the_reader_is_one_screen_class_without_mixins() -> None:
    assert ReaderScreen.__bases__ == (Screen,)
    screens = [c.name for path in READER.glob("*.py") for c in classes(path) if c.name.endswith("Screen")]
    assert screens == ["ReaderScreen"]
    assert ("reader", ReaderScreen) in key_homes()


def test_every_key_of_the_reader_has_an_id_and_an_action_of_the_screen() -> None:
    bindings = [b for b in ReaderScreen.__dict__["BINDINGS"] if isinstance(b, Binding)]
    assert len(bindings) > 20
    for binding in bindings:
        assert binding.id and binding.id.startswith("reader."), binding
        action = binding.action.split("(")[0]
        assert f"action_{action}" in ReaderScreen.__dict__, binding.action


def test_no_class_of_the_reader_or_the_app_is_over_300_lines() -> None:
    for path in [*READER.glob("*.py"), ROOT / "tui" / "app.py"]:
        for c in classes(path):
            assert c.end_lineno is not None
            assert c.end_lineno - c.lineno + 1 <= MOST_LINES, f"{path.name}: {c.name}"


def test_the_reader_never_probes_itself_or_the_app() -> None:
    for path in READER.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("getattr", "hasattr")
            ):
                probed = ast.unparse(node.args[0])
                assert not probed.startswith("self"), f"{path.name}:{node.lineno}: {ast.unparse(node)}"
            if isinstance(node, ast.Raise) and node.exc is not None:
                assert "NotImplementedError" not in ast.unparse(node.exc), f"{path.name}:{node.lineno}"


def test_the_app_passes_where_the_reader_runs(tmp_path: Path) -> None:
    piped = tmp_path / "stdin.md"
    piped.write_text("# Piped\n", encoding="utf-8")
    screen = BriefingApp([piped], in_browser=True, stdin_copy=piped).get_default_screen()
    assert isinstance(screen, ReaderScreen)
    assert screen.context.in_browser and screen.context.stdin_copy == piped
    plain = BriefingApp([piped]).get_default_screen()
    assert isinstance(plain, ReaderScreen) and not plain.context.in_browser and plain.context.stdin_copy is None
