"""What the outline (`o`) and the link list (`u`) offer: headings, and the links in view."""

from __future__ import annotations

from dataclasses import dataclass

from tui.core.model import Briefing


@dataclass(frozen=True, slots=True)
class Heading:
    block: int  # its index in the briefing's blocks
    level: int
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Link:
    text: str
    url: str
    line: int  # 0 for the briefing's source (from the front matter)


def headings(briefing: Briefing) -> list[Heading]:
    return [
        Heading(n, b.level, b.text.replace("\n", " "), b.line)
        for n, b in enumerate(briefing.blocks)
        if b.kind == "heading"
    ]


def current_heading(items: list[Heading], top: int) -> int:
    """The place in ``items`` of the section the view is in (the last heading at or above ``top``)."""
    return max(0, sum(1 for h in items if h.block <= top) - 1)


def links(briefing: Briefing, first: int, last: int) -> list[Link]:
    """The links of blocks ``first``..``last`` (what is on screen), then the source's address."""
    found: list[Link] = []
    for block in briefing.blocks[max(0, first) : last + 1]:
        for mark in block.marks:
            if mark.kind == "link" and mark.value:
                found.append(Link(block.text[mark.start : mark.end].replace("\n", " "), mark.value, block.line))
    if briefing.source.url:
        found.append(Link("source of this briefing", briefing.source.url, 0))
    return list({(link.url, link.text): link for link in found}.values())
