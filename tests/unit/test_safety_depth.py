"""Deep nesting in a file (YAML flow or block collections, Markdown quotes and lists) gives a
clear error where, never a RecursionError (the commands and the reader on such a file:
tests/e2e/test_safety_depth.py, tests/ui/test_safety_depth.py)."""

from __future__ import annotations

import pytest

from tests.support.deep import DEEP, block, block_lists, flow, flow_maps
from tui.core.format.frontmatter import MAX_DEPTH, parse_yaml
from tui.core.format.parser import parse_text


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


def test_nesting_up_to_the_limit_is_read_and_past_it_said() -> None:
    for depth in range(MAX_DEPTH - 4, MAX_DEPTH + 2):
        # block(depth) has depth + 1 levels (the root is one); a flow list at its end, one more.
        for text, levels in ((block(depth), depth + 1), (block(depth).replace(":\n---", ": [a, b]\n---"), depth + 2)):
            yaml_text = text.split("---\n")[1]
            root, issues = parse_yaml(yaml_text, 2)
            assert root is not None
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
