"""The installed `briefing import` against endless or blocking files and oversized stdin:
every read bounded, a clear message, and the other files of a batch still imported."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.support.terminal import installed_briefing

RELEASE = "Talks on borders\n“We will meet again next month in Vienna,” said Ana Lima, a coordinator.\n"
BIG = 6 * 1024 * 1024  # over the 5 MB that every read of a source stops at


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([installed_briefing(), *args], cwd=cwd, capture_output=True, text=True, timeout=60)


# -- item 8: every read bounded --------------------------------------------------
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_link_to_dev_zero_is_refused(tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "ok.txt").write_text(RELEASE, encoding="utf-8")
    done = _run(["import", "zero.txt", "-o", "x.md"], tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith("briefing import: zero.txt: ") and "not a regular file" in done.stderr
    assert not (tmp_path / "x.md").exists()
    # In a batch, the others still import.
    done = _run(["import", "zero.txt", "ok.txt", "-o", "out/"], tmp_path)
    assert done.returncode == 1
    assert "zero.txt: not a regular file" in done.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["undated-talks-on-borders.md"]


def test_a_file_over_5_mb_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.write(b"Title\n\nSome words.\n")
        handle.truncate(BIG)  # sparse: cheap to make
    (tmp_path / "ok.txt").write_text(RELEASE, encoding="utf-8")
    done = _run(["import", "big.txt", "-o", "x.md"], tmp_path)
    assert done.returncode == 2 and "big.txt: file is larger than 5 MB" in done.stderr
    done = _run(["import", "big.txt", "ok.txt", "-o", "out/"], tmp_path)
    assert done.returncode == 1 and "big.txt: file is larger than 5 MB" in done.stderr
    assert (tmp_path / "out" / "undated-talks-on-borders.md").exists()


def test_a_vocabulary_is_read_within_the_same_bound(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(RELEASE, encoding="utf-8")
    vocabulary = tmp_path / "v.yml"
    with vocabulary.open("wb") as handle:
        handle.truncate(BIG)
    done = _run(["import", "ok.txt", "-o", "x.md", "--themes", "v.yml"], tmp_path)
    assert done.returncode == 2 and "v.yml: file is larger than 5 MB" in done.stderr


def _piped(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """The command with more than 5 MB on stdin, written from a generator as it reads."""
    proc = subprocess.Popen(
        [installed_briefing(), *args], cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdin is not None
    chunks = (b"word " * 13108 for _ in range(BIG // 65540 + 1))  # 64 KB each
    try:
        for chunk in chunks:
            proc.stdin.write(chunk)
        proc.stdin.close()
    except BrokenPipeError:
        pass  # it stopped reading: what is tested
    out, err = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out.decode(), err.decode())


def test_import_from_stdin_stops_at_5_mb(tmp_path: Path) -> None:
    done = _piped(["import", "-", "-o", "x.md"], tmp_path)
    assert done.returncode == 2
    assert "briefing import: <stdin>: input is larger than 5 MB" in done.stderr
    assert not (tmp_path / "x.md").exists()


def test_the_reader_stops_at_5_mb_of_stdin(tmp_path: Path) -> None:
    done = _piped(["-"], tmp_path)
    assert done.returncode == 2
    assert "briefing: <stdin>: input is larger than 5 MB" in done.stderr


# -- item 9: FIFOs, sockets and devices ------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_alone_and_in_a_batch(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "ok.txt").write_text(RELEASE, encoding="utf-8")
    done = _run(["import", "fifo.txt", "-o", "x.md"], tmp_path)
    assert done.returncode == 2
    assert "briefing import: fifo.txt: not a regular file (a pipe, socket or device)" in done.stderr
    done = _run(["import", "fifo.txt", "ok.txt", "-o", "out/"], tmp_path)
    assert done.returncode == 1
    assert "fifo.txt: not a regular file" in done.stderr
    assert "1 draft written, 1 failed" in done.stdout
