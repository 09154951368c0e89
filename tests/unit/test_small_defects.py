"""Small command-line defects of issue 26: completion --help, --format md, export's help text,
`import -` to stdout, and piped plain text in the reader's order (newest first)."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui.cli.main import main

PRESS_RELEASE = (
    "Minister opens a new border crossing point\n\n"
    "The new crossing point near Dolina opened on Monday.\n\n"
    "“We are proud of this crossing,” said Minister Ana Kovač.\n"
)


def _briefing(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "tui.cli.main", *args], input=stdin, capture_output=True, timeout=60, cwd=cwd, env=env
    )


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_completion_help_prints_the_usage_and_succeeds(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["completion", flag]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: briefing completion bash|zsh|fish")
    assert main(["completion", "tcsh"]) == 2  # a wrong shell is still refused


def test_md_is_an_alias_of_markdown(sample_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "markdown", str(sample_path)]) == 0
    markdown = capsys.readouterr().out
    assert main(["export", "--format", "md", str(sample_path)]) == 0
    assert capsys.readouterr().out == markdown and markdown.startswith("# Quote sheet")
    assert main(["export", "-f", "md", str(sample_path)]) == 0
    assert capsys.readouterr().out == markdown


def test_export_help_says_json_is_the_default_not_text(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "text (default: json)" not in text
    assert "json, the default" in text and "markdown or md" in text


def test_import_from_stdin_without_output_writes_the_draft_to_stdout(tmp_path: Path) -> None:
    done = _briefing("import", "-", stdin=PRESS_RELEASE.encode(), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert list(tmp_path.iterdir()) == []  # nothing written in the current folder
    draft = done.stdout.decode()
    assert draft.startswith("---\ntitle: ") and "Ana Kovač" in draft
    assert "Found 1 quotes" in done.stderr.decode() and "Wrote" not in done.stderr.decode()
    # The draft on stdout is a briefing.
    checked = _briefing("check", "-", stdin=done.stdout)
    assert b"0 errors" in checked.stdout


def test_import_from_stdin_with_output_still_writes_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PRESS_RELEASE))
    out = tmp_path / "draft.md"
    assert main(["import", "-", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("---\ntitle: ")


def _dates(text: str) -> list[str]:
    return re.findall(r"^(\d{4}-\d\d-\d\d) · ", text, flags=re.MULTILINE)


def test_piped_plain_text_lists_newest_first(
    tmp_path: Path, sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = sample_path.read_text(encoding="utf-8")
    for name, date in [("a.md", "2016-01-02"), ("b.md", "2024-05-06"), ("c.md", "2019-03-04")]:
        (tmp_path / name).write_text(body.replace("date: 2015-11-05", f"date: {date}"), encoding="utf-8")
    assert main([str(tmp_path)]) == 0  # in process: capsys's stdout is not a terminal
    assert _dates(capsys.readouterr().out) == ["2024-05-06", "2019-03-04", "2016-01-02"]
    # A briefing piped in as - takes its place among the others (the command, reading its stdin).
    piped = _briefing("-", str(tmp_path), stdin=body.replace("2015-11-05", "2020-07-08").encode())
    assert _dates(piped.stdout.decode()) == ["2024-05-06", "2020-07-08", "2019-03-04", "2016-01-02"]


def test_piped_plain_text_of_the_sample_library_is_newest_first(
    library_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(library_path)]) == 0
    dates = _dates(capsys.readouterr().out)
    assert len(dates) >= 3 and dates == sorted(dates, reverse=True)
