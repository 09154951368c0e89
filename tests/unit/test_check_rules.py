"""Every `briefing check` rule, each on a fixture that breaks it, with the line of the cause."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT
from tui.cli.main import main
from tui.core.files.loader import load_file, load_paths

BROKEN = FIXTURES / "broken"

# fixture, line, col (0 = any), severity, words of the message
RULES = [
    ("no-front-matter", 1, 1, "error", "no front matter"),
    ("unclosed-front-matter", 1, 1, "error", "not closed"),
    ("blank-before-front-matter", 3, 1, "error", "must start on line 1"),
    ("yaml-syntax", 10, 1, "error", "began at line 9"),
    ("duplicate-key", 4, 1, "error", "duplicate key 'title'"),
    ("yaml-anchor", 7, 9, "error", "anchors are not allowed"),
    ("yaml-not-mapping", 2, 1, "error", "must be a YAML mapping"),
    ("missing-title", 2, 1, "error", "missing 'title'"),
    ("bad-slug", 10, 14, "error", "not a slug"),
    ("bad-date", 3, 7, "error", "not an ISO date"),
    ("unknown-speaker", 14, 10, "error", "unknown speaker 'bob'"),
    ("unknown-org", 5, 33, "error", "unknown organization 'acne'"),
    ("unknown-theme", 14, 22, "error", "did you mean 'smuggling'"),
    ("unknown-attr-key", 14, 2, "error", "unknown attribute 'speker'"),
    ("curly-quotes", 14, 21, "error", "curly quote"),
    ("comma", 14, 13, "error", "comma in an attribute line"),
    ("non-ascii-value", 14, 10, "error", "must be in double quotes"),
    ("unterminated-quote", 14, 21, "error", "unterminated quote"),
    ("glued-attr-line", 13, 1, "error", "glued to the paragraph above"),
    ("orphan-attr-line", 17, 1, "error", "attaches to nothing"),
    ("duplicate-quote-id", 17, 2, "error", "duplicate id 'q'"),
    ("unknown-span-org", 12, 27, "error", "unknown org 'acne'"),
    ("attr-gap", 14, 1, "warning", "not directly above"),
    ("unattributed-quote", 17, 1, "warning", "unattributed quote"),
    ("unused-theme", 10, 1, "warning", "theme 'trafficking' is declared but never used"),
    ("unused-speaker", 6, 1, "warning", "speaker 'bob' is declared but never quoted"),
    ("org-never-mentioned", 7, 1, "warning", "never mentioned in the text"),
    ("org-never-used", 8, 1, "warning", "organization 'zeta' is declared but never used"),
    ("control-chars", 12, 10, "warning", "control characters removed"),
]


@pytest.mark.parametrize(("name", "line", "col", "severity", "words"), RULES, ids=[r[0] for r in RULES])
def test_rule_reports_the_line_of_the_cause(name: str, line: int, col: int, severity: str, words: str) -> None:
    _briefing, problems = load_file(BROKEN / f"{name}.md")
    hits = [p for p in problems if words in p.message]
    assert hits, [p.format() for p in problems]
    assert (hits[0].line, hits[0].col, hits[0].severity) == (line, col, severity)


def test_every_broken_fixture_is_covered() -> None:
    assert {p.stem for p in BROKEN.glob("*.md")} == {r[0] for r in RULES}


def test_the_good_fixture_and_the_sample_library_are_clean() -> None:
    result = load_paths([FIXTURES / "good", ROOT / "briefings"])
    # Only what the sample library shows on purpose: quotes awaiting review, and a plain note.
    left = [p for p in result.problems if not p.message.startswith("quote attribution to review: ")]
    assert [(Path(p.path).name, p.severity) for p in left] == [("reading-notes.md", "error")]
    assert "no front matter" in left[0].message
    assert 1 <= len(result.problems) - len(left) <= 6
    assert len(result.briefings) >= 24


@pytest.mark.parametrize(
    ("data", "words", "line", "col"),
    [
        (b"", "empty file", 1, 1),
        (b"---\ntitle: x\x00\x01\n---\n", "binary file", 1, 1),
        (b"---\ntitle: caf\xe9\n---\n", "invalid UTF-8 (byte 0xe9)", 2, 11),
    ],
)
def test_unreadable_bytes_give_one_clear_error(tmp_path: Path, data: bytes, words: str, line: int, col: int) -> None:
    path = tmp_path / "bad.md"
    path.write_bytes(data)
    briefing, problems = load_file(path)
    assert briefing is None
    assert len(problems) == 1
    assert words in problems[0].message
    assert (problems[0].line, problems[0].col) == (line, col)


def test_a_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    path.write_bytes(b"---\ntitle: big\n---\n" + b"x" * (6 * 1024 * 1024))
    briefing, problems = load_file(path)
    assert briefing is None
    assert "larger than 5 MB" in problems[0].message


def test_files_are_read_whole_up_to_the_limit_and_refused_beyond(tmp_path: Path) -> None:
    from tui.core.files.loader import MAX_BYTES, read_bytes

    path = tmp_path / "x.md"
    for size in (1, 4096, MAX_BYTES - 1, MAX_BYTES):
        content = bytes(range(256)) * (size // 256) + b"z" * (size % 256)
        path.write_bytes(content)
        assert read_bytes(path, str(path)) == (content, []), size
    path.write_bytes(b"x" * (MAX_BYTES + 1))
    data, problems = read_bytes(path, str(path))
    assert data is None and "larger than 5 MB" in problems[0].message


def test_a_vanished_file_and_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = load_paths([tmp_path / "gone.md", tmp_path / "empty"])
    messages = [p.message for p in result.problems]
    assert any("no such file" in m for m in messages)
    assert any("no briefings" in m for m in messages)


def test_a_bom_is_tolerated(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes("\ufeff".encode() + (FIXTURES / "good" / "minimal.md").read_bytes())
    briefing, problems = load_file(path)
    assert briefing is not None and problems == []


def test_broken_files_do_not_stop_the_rest(library_path: Path) -> None:
    result = load_paths([BROKEN, library_path])
    loaded = {Path(b.path).name for b in result.briefings}
    assert "2015-11-05-belgrade-irregular-migration.md" in loaded
    assert "no-front-matter.md" not in loaded
    # a file with reference errors still loads: its front matter parsed
    assert "unknown-theme.md" in loaded


def test_check_command_exit_codes(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    assert main(["check", str(library_path)]) == 0
    assert main(["check", "--strict", str(library_path)]) == 0
    assert main(["check", str(BROKEN / "unused-theme.md")]) == 0
    assert main(["check", "--strict", str(BROKEN / "unused-theme.md")]) == 1
    assert main(["check", str(BROKEN / "unknown-theme.md")]) == 1
    out = capsys.readouterr().out
    assert f"{BROKEN / 'unknown-theme.md'}:14:22: error: unknown theme 'smugling'" in out
    assert out.strip().endswith("1 file checked: 1 error, 1 warning")
