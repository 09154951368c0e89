"""Deep nesting in a file (YAML flow or block collections, Markdown quotes and lists) gives a
clear error where, never a RecursionError; and one such file never stops the others."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.pilot import SIZE, ready, status
from tui.app import BriefingApp
from tui.core.format.frontmatter import parse_yaml
from tui.core.format.parser import parse_text
from tui.core.format.yaml_simple import read_simple
from tui.core.format.yaml_values import MAX_DEPTH

DEEP = "levels deep: this value is left out"


def flow(depth: int) -> str:
    return "---\ntitle: Deep\nx: " + "[" * depth + "]" * depth + "\n---\n\nText.\n"


def flow_maps(depth: int) -> str:
    return "---\ntitle: Deep\nx: " + "{a: " * depth + "1" + "}" * depth + "\n---\n\nText.\n"


def block(depth: int) -> str:
    keys = "".join(" " * n + f"k{n}:\n" for n in range(1, depth + 1))
    return "---\ntitle: Deep\nx:\n" + keys + "---\n\nText.\n"


def block_lists(depth: int) -> str:
    items = "".join(" " * (2 * n) + "-\n" for n in range(depth)) + " " * (2 * depth) + "- leaf\n"
    return "---\ntitle: Deep\nx:\n" + items + "---\n\nText.\n"


@pytest.mark.parametrize(
    ("text", "line", "col"),
    [
        (flow(500), 3, 4 + MAX_DEPTH - 1),  # the first '[' too many
        (flow_maps(500), 3, 4 + 4 * (MAX_DEPTH - 1)),
        (block(600), 3 + MAX_DEPTH, MAX_DEPTH + 1),  # the mapping of k32 (the root is level 1)
        (block_lists(600), 3 + MAX_DEPTH, 2 * (MAX_DEPTH - 1) + 1),
    ],
    ids=["flow", "flow-maps", "block", "block-lists"],
)
def test_deep_yaml_is_an_error_where_and_the_briefing_still_opens(text: str, line: int, col: int) -> None:
    b, problems = parse_text(text, "deep.md")
    errors = [p.format() for p in problems if p.severity == "error"]
    assert errors == [
        f"deep.md:{line}:{col}: error: YAML nested more than {MAX_DEPTH} levels deep: this value is left out"
    ]
    assert b is not None and b.title == "Deep" and b.blocks[0].text == "Text."


def test_very_deep_flow_yaml_is_an_error_where() -> None:
    # libyaml (the C parser) refuses flow nesting past 1000 levels itself: a syntax error.
    b, problems = parse_text(flow(100_000), "deep.md")
    assert len(problems) == 1 and problems[0].severity == "error" and problems[0].line == 3
    assert problems[0].message.endswith("nesting depth") or DEEP in problems[0].message
    assert b is None or b.title == "Deep"


def test_nesting_up_to_the_limit_is_read_alike_by_both_readers() -> None:
    for depth in range(MAX_DEPTH - 4, MAX_DEPTH + 2):
        # block(depth) has depth + 1 levels (the root is one); a flow list at its end, one more.
        for text, levels in ((block(depth), depth + 1), (block(depth).replace(":\n---", ": [a, b]\n---"), depth + 2)):
            yaml_text = text.split("---\n")[1]
            root, issues = parse_yaml(yaml_text, 2, simple=False)
            simple = read_simple(yaml_text, 2)
            if simple is not None:  # read by the line reader: the same values, no issue
                assert simple == root and issues == []
            assert bool(issues) == (levels > MAX_DEPTH), levels


@pytest.mark.parametrize(
    "deep",
    [
        ">" * 10_000 + " quoted\n",
        "- " * 5_000 + "item\n",
        "1. " * 5_000 + "item\n",
        "> - " * 3_000 + "item\n",
        "".join("  " * n + "- a\n" for n in range(2_000)),
        "".join("> " * n + "a\n" for n in range(1, 300)),
        "[" * 5_000 + "*" * 5_000 + "_" * 5_000 + "\n",
    ],
    ids=["quotes", "lists", "ordered", "mixed", "indented", "lazy-quotes", "inline"],
)
def test_deep_markdown_parses_without_recursion(deep: str) -> None:
    # markdown-it stops nesting at maxNesting (20): no recursion past it. (What is nested
    # deeper is not read; after a too deep list, nor is the rest of the file.)
    b, _problems = parse_text("---\ntitle: T\n---\n\nBefore.\n\n" + deep + "\nAfter.\n", "md.md")
    assert b is not None and b.blocks[0].text == "Before."


# -- commands and the reader over a library with one such file --------------------------


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a-deep.md").write_text(flow(500), encoding="utf-8")
    (folder / "b-deeper.md").write_text(block(600), encoding="utf-8")
    (folder / "c-fine.md").write_text("---\ntitle: Fine\n---\n\n{speaker=x}\n> Said.\n", encoding="utf-8")
    return folder


def installed_briefing() -> str:
    beside = Path(sys.executable).with_name("briefing")
    found = str(beside) if beside.exists() else shutil.which("briefing")
    assert found, "the briefing command is not installed"
    return found


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
def test_export_and_plain_output_go_on(library: Path, fmt: str) -> None:
    done = run("export", "--format", fmt, str(library))
    assert "Traceback" not in done.stderr and DEEP in done.stderr
    assert "Fine" in done.stdout
    if fmt == "json":
        assert [b["title"] for b in json.loads(done.stdout)] == ["Deep", "Deep", "Fine"]
    plain = run(str(library))  # not a terminal: the plain text
    assert "Traceback" not in plain.stderr and "Fine" in plain.stdout and plain.returncode == 0


async def test_the_reader_opens_the_library(library: Path) -> None:
    app = BriefingApp([library])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        assert sorted(r.title for r in screen.rows) == ["Deep", "Deep", "Fine"]
        assert "3 briefings" in status(app)
    assert app.return_code in (None, 0)


@pytest.mark.parametrize(
    ("body", "line", "kept"),
    [
        # markdown-it gives up past 20 levels: after a list, on the whole rest of the file.
        ("- " * 30 + "item\n\nAfter the list.\n", 5, []),
        ("> " * 30 + "deep\n\nAfter the quote.\n", 5, ["After the quote."]),
        ("Intro.\n\n" + "".join("  " * i + "- x\n" for i in range(25)) + "\nAfter.\n", 15, ["Intro."]),
    ],
)
def test_text_left_unread_past_the_nesting_limit_is_reported(body: str, line: int, kept: list[str]) -> None:
    briefing, problems = parse_text("---\ntitle: T\n---\n\n" + body, "deep.md")
    assert briefing is not None
    assert [b.text for b in briefing.blocks if b.kind == "paragraph"] == kept
    deep = [p for p in problems if "nested too deep" in p.message]
    assert [(p.line, p.col, p.severity) for p in deep] == [(line, 1, "error")]


def test_nesting_within_the_limit_is_not_reported() -> None:
    body = "".join("  " * i + "- x\n" for i in range(8)) + "\n" + "> " * 8 + "quote\n\nAfter.\n"
    _briefing, problems = parse_text("---\ntitle: T\n---\n\n" + body, "ok.md")
    assert not [p for p in problems if "nested too deep" in p.message]
