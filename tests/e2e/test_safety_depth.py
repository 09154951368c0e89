"""The installed command on a library where some files are nested too deep: a clear error
where, never a RecursionError, and the other files checked and exported."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.support.deep import DEEP, deep_library
from tests.support.terminal import installed_briefing
from tui.core.format.frontmatter import MAX_DEPTH


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return deep_library(tmp_path / "lib")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [installed_briefing(), *args], capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=60
    )


def test_check_reports_it_and_checks_the_other_files(library: Path) -> None:
    done = run("check", str(library))
    assert "Traceback" not in done.stderr and "RecursionError" not in done.stderr
    assert f"{library / 'a-deep.md'}:3:{3 + MAX_DEPTH}: error: YAML nested more than" in done.stdout
    assert f"{library / 'b-deeper.md'}:{3 + MAX_DEPTH}:{MAX_DEPTH + 1}: error: YAML nested more than" in done.stdout
    assert f"{library / 'c-fine.md'}:5:10: error: unknown speaker 'x'" in done.stdout
    assert done.stdout.splitlines()[-1] == "3 files checked: 3 errors, 2 warnings"
    assert done.returncode == 1


@pytest.mark.parametrize("fmt", ["json", "text", "csv", "markdown"])
def test_export_goes_on(library: Path, fmt: str) -> None:
    done = run("export", "--format", fmt, str(library))
    assert "Traceback" not in done.stderr and DEEP in done.stderr
    assert "Fine" in done.stdout
    if fmt == "json":
        assert [b["title"] for b in json.loads(done.stdout)] == ["Deep", "Deep", "Fine"]


# Once, not with each export format: the same command and the same library each time.
def test_plain_output_goes_on(library: Path) -> None:
    plain = run(str(library))  # not a terminal: the plain text
    assert "Traceback" not in plain.stderr and "Fine" in plain.stdout and plain.returncode == 0
