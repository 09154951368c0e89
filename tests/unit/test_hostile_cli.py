"""`check` and `export` on hostile names, text and surroundings: nothing reaches the terminal
unescaped, no spreadsheet formula or HTML tag comes out, no traceback, nothing hangs."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import FIXTURES
from tui.cli.main import main

MINIMAL = (FIXTURES / "good" / "minimal.md").read_text(encoding="utf-8")
HOSTILE = """---
title: "=HYPERLINK(\\"http://x\\") <script>alert(1)</script>"
date: 2020-01-02
speakers:
  ann: {name: "+Ann -Example", org: acme}
organizations:
  acme: {name: "@Acme", acronym: ACME}
themes:
  t: Theme
---

ACME met today.

{speaker=ann themes="t"}
> “=1+2 &lt;b&gt;bold&lt;/b&gt; and <i>raw</i>”
"""
CONTROL = "\x1b]0;title\x07\x1b]52;c;cHduZWQ=\x07\x1b[31m\nfake: error\r"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_csv_cells_never_start_a_formula(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "h.md").write_text(HOSTILE, encoding="utf-8")
    code, out, _ = run(capsys, "export", str(tmp_path), "--format", "csv")
    assert code == 0
    (_header, row) = list(csv.reader(io.StringIO(out)))
    assert row[0].startswith("'=HYPERLINK") and row[2] == "'+Ann -Example" and row[6].startswith("“=1+2")
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_markdown_export_never_revives_html(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "h.md").write_text(HOSTILE, encoding="utf-8")
    code, out, _ = run(capsys, "export", str(tmp_path), "--format", "markdown")
    assert code == 0
    assert "<script>" not in out and "<b>" not in out and "<i>" not in out
    assert "&lt;script&gt;" in out and "&lt;b&gt;bold&lt;/b&gt;" in out


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names")
def test_control_characters_in_names_are_quoted_everywhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / f"dir{CONTROL}"
    folder.mkdir()
    (folder / f"{CONTROL}.md").write_text(MINIMAL.replace("title: Fixture\n", ""), encoding="utf-8")
    for args in (["check"], ["export", "--format", "csv"], ["export", "--format", "markdown"]):
        _code, out, err = run(capsys, *args[:1], str(folder), *args[1:])
        for text in (out, err):
            assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    _code, out, _ = run(capsys, "check", str(folder))
    assert "\\x1b]0;title\\x07" in out  # quoted, with escapes: the name is still recognisable
    # A newline in a name never fakes an output line: one line per problem, then the summary.
    assert [line[:1] for line in out.splitlines()] == ["'", "1"]
    data = json.loads(run(capsys, "export", str(folder))[1])
    assert data[0]["path"].endswith(f"{CONTROL}.md")  # JSON keeps it exactly (escaped by JSON itself)
    assert data[0]["title"] == "fake: error"  # the stem as title, controls removed


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names")
def test_names_that_are_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = os.fsencode(tmp_path) + b"/bad\xff.md"
    Path(os.fsdecode(raw)).write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "good.md").write_text(MINIMAL, encoding="utf-8")
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 1 and "bad\ufffd.md:1:1: error: the file name is not valid UTF-8" in out
    code, out, err = run(capsys, "export", str(tmp_path), "--format", "json")
    assert code == 0 and len(json.loads(out)) == 1 and "bad\ufffd.md" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_or_a_device_named_md_is_reported_not_opened(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(tmp_path / "pipe.md")
    (tmp_path / "stdin.md").symlink_to("/dev/null")
    (tmp_path / "good.md").write_text(MINIMAL, encoding="utf-8")
    done: list[tuple[int, str, str]] = []
    worker = threading.Thread(target=lambda: done.append(run(capsys, "check", str(tmp_path))), daemon=True)
    worker.start()
    worker.join(20)
    if not done:  # hung on the FIFO: unblock it so that the test run can go on, then fail
        with open(tmp_path / "pipe.md", "w"):
            pass
        pytest.fail("check hung on a FIFO")
    code, out, _ = done[0]
    assert code == 1
    assert "pipe.md:1:1: error: not a regular file" in out and "stdin.md:1:1: error: not a regular file" in out
    assert "3 files checked: 2 errors" in out


def test_export_to_a_full_disk_says_so(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    (tmp_path / "a.md").write_text(MINIMAL, encoding="utf-8")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "tui.cli.main", "export", str(tmp_path)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
        )
    assert done.returncode == 1
    assert "cannot write the output: No space left on device" in done.stderr
    assert "Traceback" not in done.stderr


def test_export_streams_one_briefing_at_a_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(5):
        (tmp_path / f"{n}.md").write_text(MINIMAL, encoding="utf-8")
    from tui.core.files import loader

    events: list[str] = []
    real_load, real_write = loader.load_file, sys.stdout.write

    def load(path: Path | str) -> tuple[object, list[object]]:
        events.append("read")
        return real_load(path)  # type: ignore[return-value]

    def write(text: str) -> int:
        events.append("write")
        return real_write(text)

    monkeypatch.setattr(loader, "load_file", load)
    monkeypatch.setattr(sys.stdout, "write", write)
    assert main(["export", str(tmp_path)]) == 0
    # Output goes out between the first and the last file read: streamed, not built whole first.
    assert "write" in events[events.index("read") : len(events) - events[::-1].index("read")]
    assert len(json.loads(capsys.readouterr().out)) == 5


NAME_PARTS = st.lists(
    st.one_of(
        st.sampled_from(["[", "]", "[/]", "[@click=app.quit]", "-", "+", "-c", "--help", " ", "\n", "\x1b[2J", "\x07"]),
        st.text(st.characters(codec="utf-8", exclude_characters="/\x00"), min_size=1, max_size=4),
        st.binary(min_size=1, max_size=3).map(lambda b: os.fsdecode(b.replace(b"/", b"_").replace(b"\x00", b"_"))),
    ),
    min_size=1,
    max_size=5,
).map("".join)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names")
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(folder=NAME_PARTS, name=NAME_PARTS, broken=st.booleans())
def test_fuzzed_names_check_and_export(
    tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str], folder: str, name: str, broken: bool
) -> None:
    root = tmp_path_factory.mktemp("fuzz")
    try:
        (root / folder).mkdir()
        path = root / folder / f"{name}.md"
        path.write_text("broken\n" if broken else MINIMAL, encoding="utf-8")
    except (OSError, ValueError):
        return  # a name this file system refuses
    for args in (["check", str(root)], ["export", str(root)], ["export", str(root), "-f", "csv"]):
        code = main(args)
        out, err = capsys.readouterr()
        assert code in (0, 1)
        for text in (out, err):
            assert "\x1b" not in text and "\x07" not in text and "Traceback" not in text
        if args[-1] == str(root) and args[0] == "export":
            json.loads(out)


def _briefing_cmd() -> list[str]:
    return [sys.executable, "-m", "tui.cli.main"]


def test_the_reader_prints_plain_text_when_its_output_is_not_a_terminal(
    sample_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # In process: capsys's stdout is not a terminal (test_a_briefing_piped_in_as_dash runs the command).
    code, out, _ = run(capsys, "--theme", "osce-role", str(sample_path))
    assert code == 0 and "\x1b" not in out
    lines = out.splitlines()
    assert lines[0].startswith("Regional workshop in Belgrade") and lines[1].startswith("2015-11-05 · Belgrade")
    assert "  — Guy Vinet, Head of the Strategic Police Matters Unit" in out
    assert "Ljubomir Nikolić" not in out  # the --theme filter holds


def test_a_briefing_piped_in_as_dash(sample_path: Path) -> None:
    text = sample_path.read_bytes()
    done = subprocess.run([*_briefing_cmd(), "-"], input=text, capture_output=True, timeout=30)
    assert done.returncode == 0 and done.stdout.decode().startswith("Regional workshop in Belgrade")
    checked = subprocess.run([*_briefing_cmd(), "check", "-"], input=text, capture_output=True, timeout=30)
    assert checked.returncode == 0 and b"1 file checked: 0 errors" in checked.stdout
    exported = subprocess.run([*_briefing_cmd(), "export", "-", "-f", "csv"], input=text, capture_output=True)
    assert exported.returncode == 0 and b"Dejan" in exported.stdout


def test_a_typo_is_an_unknown_command_not_an_empty_reader(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "exprot", "briefings")
    assert code == 2
    assert "briefing: unknown command or path 'exprot' (did you mean 'briefing export'?)" in err


def test_export_with_an_unknown_theme_says_so(library_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(library_path), "--theme", "smugling", "-f", "csv"]) == 2
    assert "briefing export: unknown theme 'smugling' (did you mean 'smuggling'?)" in capsys.readouterr().err
