"""Deeply nested briefings (YAML flow and block collections) for the safety tests, and a
library with two of them beside a fine file."""

from __future__ import annotations

from pathlib import Path

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


def deep_library(folder: Path) -> Path:
    """``folder`` with a deep file, a deeper one and a fine one (whose one error is its own)."""
    folder.mkdir()
    (folder / "a-deep.md").write_text(flow(500), encoding="utf-8")
    (folder / "b-deeper.md").write_text(block(600), encoding="utf-8")
    (folder / "c-fine.md").write_text("---\ntitle: Fine\n---\n\n{speaker=x}\n> Said.\n", encoding="utf-8")
    return folder
