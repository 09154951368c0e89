"""What the text pane lays out: the briefing's blocks, and the few it adds itself.

Each unit is ``(index in briefing.blocks, block)``, with -1 for a block the
pane adds: the problems of the file (from the same validator as ``briefing
check``), a summary heading when the body has none, or a placeholder while
nothing is open.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from tui.core.model import Block, BlockKind, Briefing, Problem
from tui.core.reading.navigation import View
from tui.core.text.sanitize import show_path
from tui.core.text.words import plural

Unit = tuple[int, Block]


def problem_blocks(problems: Sequence[Problem]) -> list[Block]:
    """The problems of the open file as blocks: a title naming the file, then one per line."""
    paths = sorted({show_path(p.path) for p in problems})
    count = plural(len(problems), "problem")
    out = [Block("problem-title", f"{count} in {', '.join(paths)}", 0, 0)]
    for p in problems:
        kind: BlockKind = "problem-error" if p.severity == "error" else "problem-warning"
        out.append(Block(kind, f"{p.line}:{p.col}: {p.severity}: {p.message}", p.line, p.line))
    return out


def units_of(briefing: Briefing | None, problems: Sequence[Problem], placeholder: str) -> list[Unit]:
    units: list[Unit] = [(-1, blk) for blk in problem_blocks(problems)] if problems else []
    if briefing is None:
        if not problems:
            units.append((-1, Block("placeholder", placeholder, 0, 0)))
        return units
    if briefing.summary and not any(blk.in_summary for blk in briefing.blocks):
        # The front matter's summary, shown as the body would show its own.
        units.append((-1, Block("heading", "Summary", 0, 0, level=2)))
        units += [(-1, Block("summary", s, 0, 0)) for s in briefing.summary]
        units.append((-1, Block("rule", "", 0, 0)))
    marked: set[str] = set()
    for n, blk in enumerate(briefing.blocks):
        quote = briefing.quote_by_id.get(blk.quote) if blk.quote else None
        if quote is not None and quote.review and quote.id not in marked:
            marked.add(quote.id)  # a mark and a word above the flagged quote, not colour alone
            mark = f"? review: {quote.review}"
            units.append((-1, Block("review", mark, blk.line, blk.line, themes=blk.themes, quote=quote.id)))
        units.append((n, blk))
    return units


def view_of(units: Sequence[Unit], starts: Sequence[int], laid: int, top_line: int, height: int) -> View:
    """The blocks in view: units laid out from ``starts`` (their first lines), ``laid`` of them so far."""
    end_line = top_line + height
    first = bisect_left(starts, top_line)  # the first unit that starts in view (or below)
    top = next((units[u][0] for u in range(first, len(starts)) if units[u][0] >= 0), len(units))
    last = bisect_left(starts, end_line) - 1  # the last unit that starts above the view's end
    bottom = next((units[u][0] for u in range(last, -1, -1) if units[u][0] >= 0), -1)
    if last >= len(starts) - 1 and laid < len(units):
        bottom = 1 << 30  # not laid out that far: the rest may be in view too
    return View(top, bottom)
