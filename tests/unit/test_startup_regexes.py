"""Patterns a start does not use are compiled at their first use (issue 27): the escape
sequences (only for text that holds controls), JSON's raw controls (export) and the config
file's key lines (only when there is a config file)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from tui.core.text.sanitize import BIDI

# Every pattern compiled from the first import on, noted as it is compiled.
SPY = """
import json, re, sys
seen = []
_compile = re.compile
def spy(pattern, flags=0):
    seen.append(pattern if isinstance(pattern, str) else "")
    return _compile(pattern, flags)
re.compile = spy
import tui.cli.main, tui.cli.read, tui.app
from pathlib import Path
from tui.core.config import read_config
from tui.core.files.loader import load_file
briefing, problems = load_file(sys.argv[1])
assert briefing is not None and not problems
read_config(Path(sys.argv[2]))
print(json.dumps(seen))
"""
AFTER = """
from tui.core.text.sanitize import json_safe, strip_controls
assert strip_controls("a\\x1b[31mb") == "ab"
assert json_safe("a\\x7f") == "a\\\\u007f"
print(json.dumps(seen))
"""


def compiled(tmp_path: Path, config: str | None, then: str = "") -> list[str]:
    path = tmp_path / "config.toml"
    if config is not None:
        path.write_text(config, encoding="utf-8")
    code = SPY.replace("print(json.dumps(seen))\n", "") + (then or "print(json.dumps(seen))\n")
    done = subprocess.run(
        [sys.executable, "-c", code, str(ROOT / "briefings" / "2015-11-05-belgrade-irregular-migration.md"), str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    seen: list[str] = json.loads(done.stdout)
    return seen


def escapes(seen: list[str]) -> list[str]:
    return [p for p in seen if "\\x1b" in p or "\x1b" in p]


def raw_in_json(seen: list[str]) -> list[str]:
    return [p for p in seen if p == f"[\x7f-\x9f{BIDI}]"]


def key_lines(seen: list[str]) -> list[str]:
    return [p for p in seen if "[A-Za-z0-9_.-]+)" in p]


def test_a_start_on_a_clean_file_without_config_compiles_none_of_them(tmp_path: Path) -> None:
    seen = compiled(tmp_path, None)
    assert any("\x00-\x08" in p for p in seen)  # the spy sees sanitize's patterns: the controls, at import
    assert escapes(seen) == []
    assert raw_in_json(seen) == []
    assert key_lines(seen) == []


def test_each_is_compiled_once_when_it_is_needed(tmp_path: Path) -> None:
    seen = compiled(tmp_path, 'theme = "dark"\n', AFTER)
    assert len(escapes(seen)) == 1
    assert len(raw_in_json(seen)) == 1
    assert len(key_lines(seen)) == 1


def test_config_problems_still_name_their_line(tmp_path: Path) -> None:
    from tui.core.config import read_config

    path = tmp_path / "config.toml"
    path.write_text('theme = "dark"\n\n"bogus.key" = 1\n[keymap]\n"reader.next" = 3\n', encoding="utf-8")
    problems = read_config(path).problems
    assert any(p.startswith(f"{path}:3: unknown key") for p in problems), problems
    assert any(p.startswith(f"{path}:5: keys for") for p in problems), problems
