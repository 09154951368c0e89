"""Which files a few file-system events changed (tui.core.library.changes): the one decision both
backends' update_paths act on."""

from __future__ import annotations

import os
from pathlib import Path

from tui.core.library.changes import changed_files


def stamp(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_size, st.st_mtime_ns


def test_new_changed_gone_and_unchanged_files(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    new, same, edited = root / "new.md", root / "same.md", root / "edited.md"
    for path in (new, same, edited):
        path.write_text("---\ntitle: t\n---\n", encoding="utf-8")
    known = {str(same): stamp(same), str(edited): (1, 1), str(root / "gone.md"): (5, 5)}
    events = [str(p) for p in (new, same, edited, root / "gone.md", root / "never.md")]
    found = changed_files([root], events, known.get)
    assert found == [
        (str(edited), stamp(edited)),
        (str(root / "gone.md"), None),
        (str(new), stamp(new)),
    ]


def test_hidden_and_outside_files_are_not_changes(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    (root / ".hidden").mkdir(parents=True)
    (root / ".hidden" / "a.md").write_text("x", encoding="utf-8")
    (tmp_path / "out.md").write_text("x", encoding="utf-8")
    events = [str(root / ".hidden" / "a.md"), str(tmp_path / "out.md")]
    assert changed_files([root], events, lambda path: None) == []


def test_a_folder_or_a_name_not_utf8_needs_a_walk(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    (root / "a.md").write_text("x", encoding="utf-8")
    assert changed_files([root], [str(root / "a.md"), str(root / "sub")], lambda path: None) is None
    bad = os.fsdecode(os.fsencode(str(root)) + b"/\xff.md")
    assert changed_files([root], [bad], lambda path: None) is None


def test_one_file_named_by_two_events_is_one_change(tmp_path: Path) -> None:
    # Events name a file by the root's path as given and by its real path (a linked root).
    real = tmp_path / "real"
    real.mkdir()
    (real / "a.md").write_text("x", encoding="utf-8")
    root = tmp_path / "link"
    root.symlink_to(real)
    asked: list[str] = []

    def stamp_of(path: str) -> tuple[int, int] | None:
        asked.append(path)
        return None

    found = changed_files([root], [str(root / "a.md"), str(real / "a.md")], stamp_of)
    assert found == [(str(root / "a.md"), stamp(real / "a.md"))]
    assert asked == [str(root / "a.md")]
