"""Where a briefing opens (tui/reader/opening.py): at a quote asked for, at a line, or at the top."""

from __future__ import annotations

from pathlib import Path

from tui.core.files.loader import load_file
from tui.core.model import Briefing
from tui.reader.opening import opening_block

TEXT = """---
title: Harbour talks
date: 2021-03-04
speakers:
  petek: {name: Anja Petek}
---

# Morning

Anja Petek spoke first.

{#q1 speaker=petek}
> “We will act together.”
>
> — Anja Petek

# Afternoon

{#q2 speaker=petek}
> “And soon.”
>
> — Anja Petek
"""


def briefing(tmp_path: Path) -> Briefing:
    path = tmp_path / "talks.md"
    path.write_text(TEXT, encoding="utf-8")
    b, problems = load_file(path)
    assert b is not None, problems
    return b


def block_of_quote(b: Briefing, quote: str) -> int:
    return next(n for n, block in enumerate(b.blocks) if block.quote == quote)


def test_a_quote_asked_for_is_scrolled_to(tmp_path: Path) -> None:
    b = briefing(tmp_path)
    assert opening_block(b, "q2", 0, from_place=False) == block_of_quote(b, "q2") > block_of_quote(b, "q1")


def test_back_at_a_remembered_place_the_line_counts_not_the_quote(tmp_path: Path) -> None:
    b = briefing(tmp_path)
    afternoon = next(n for n, block in enumerate(b.blocks) if "Afternoon" in block.text)
    line = b.blocks[afternoon].line
    assert opening_block(b, "q1", line, from_place=True) == afternoon
    assert opening_block(b, "q1", 0, from_place=True) == -1  # a place at the top: the top


def test_a_line_opens_at_the_block_that_holds_it(tmp_path: Path) -> None:
    b = briefing(tmp_path)
    q2 = b.blocks[block_of_quote(b, "q2")]
    assert opening_block(b, "", q2.end_line, from_place=False) == block_of_quote(b, "q2")
    assert opening_block(b, "", 10_000, from_place=False) == 0  # past the end: the first block


def test_nothing_asked_opens_at_the_top(tmp_path: Path) -> None:
    b = briefing(tmp_path)
    assert opening_block(b, "", 0, from_place=False) == -1
    assert opening_block(b, "no-such-quote", 0, from_place=False) == -1
