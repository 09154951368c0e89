"""Edges of validation and reading found by attacking the reader: line ends, odd line breaks,
loose dates, unreadable folders, links, config values, many mentions and many problems."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tui.core.files.loader import load_file, load_paths
from tui.core.format.parser import parse_text
from tui.core.format.validate import MAX_PROBLEMS
from tui.core.library.library import resolve_library

MINIMAL = (FIXTURES / "good" / "minimal.md").read_text(encoding="utf-8")


def problems_of(text: str) -> list[str]:
    _briefing, problems = parse_text(text, "x.md")
    return [f"{p.line}:{p.col}: {p.message}" for p in problems]


def test_a_line_separator_in_a_value_hides_nothing() -> None:
    text = MINIMAL.replace("title: Fixture", "title: Fixture\u2028---")
    briefing, problems = parse_text(text, "x.md")
    assert briefing is not None and briefing.title == "Fixture ---"
    assert briefing.speakers and not [p for p in problems if p.severity == "error"]
    assert [p.format() for p in problems] == [
        "x.md:2:15: warning: line or paragraph separator (U+2028/U+2029) read as a space"
    ]


def test_old_mac_line_ends_read_like_any_others(tmp_path: Path) -> None:
    path = tmp_path / "cr.md"
    path.write_bytes(MINIMAL.replace("\n", "\r").encode())
    briefing, problems = load_file(path)
    assert briefing is not None and briefing.title == "Fixture"
    assert not any("blank lines before" in p.message for p in problems)


@pytest.mark.parametrize("date", ["2015-11-05garbage", "20151105", "2015-11-5", "2015-13-01"])
def test_loose_dates_are_errors(date: str) -> None:
    found = problems_of(MINIMAL.replace("date: 2020-01-02", f"date: {date}"))
    assert f"3:7: date '{date}' is not an ISO date (YYYY-MM-DD)" in found


def test_an_unreadable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "ok.md").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path: str) -> object:  # root ignores permissions: refuse the way a locked folder does
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = load_paths([tmp_path])
    assert [p.format() for p in result.problems] == [
        f"{tmp_path}/locked:1:1: error: cannot list this folder: Permission denied"
    ]
    from tui.core.library.index.scan import walk

    unreadable: list[object] = []
    assert [Path(p).name for p, _s, _m in walk([tmp_path], unreadable)] == ["ok.md"]  # type: ignore[arg-type]
    assert len(unreadable) == 1


def test_links_to_files_are_followed_links_to_folders_are_not(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "far.md").write_text(MINIMAL, encoding="utf-8")
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "near.md").symlink_to(outside / "far.md")
    (lib / "folder-link").symlink_to(outside, target_is_directory=True)
    (lib / "loop").symlink_to(lib, target_is_directory=True)
    assert [Path(b.path).name for b in load_paths([lib]).briefings] == ["near.md"]
    from tui.core.library.index.scan import walk

    assert [Path(p).name for p, _s, _m in walk([lib])] == ["near.md"]


def test_a_library_key_that_is_not_a_path_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_LIBRARY", raising=False)
    monkeypatch.delenv("BRIEFING_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "briefing").mkdir()
    (tmp_path / "briefing" / "config.toml").write_text("library = 5\n")
    with pytest.raises(SystemExit, match="'library' must be text in quotes, not 5"):
        resolve_library(None)


def test_mention_lines_in_a_long_block_are_right() -> None:
    body = "\n".join(f"Line {n}: ACME met." for n in range(2000))
    briefing, _ = parse_text(MINIMAL.replace("ACME met today.", body), "x.md")
    assert briefing is not None
    first = briefing.blocks[0].line
    assert briefing.org_by_id["acme"].mentions[:3] == (first, first + 1, first + 2)
    assert len(briefing.org_by_id["acme"].mentions) == 2000


def test_problems_are_capped_per_file() -> None:
    bad = " ".join("[x]{org=nosuch}" for _ in range(MAX_PROBLEMS * 2))
    found = problems_of(MINIMAL.replace("ACME met today.", f"ACME {bad}"))
    assert len(found) == MAX_PROBLEMS + 1 and "12:1: too many problems; the rest are not listed" in found
