"""Source texts for `briefing import`: plain text, Markdown or HTML, to a title and paragraphs.

HTML is read with the standard library's HTML parser (never with regexes):
block elements become paragraphs, scripts and styles are dropped, entities decoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ..sanitize import strip_controls


@dataclass(frozen=True)
class SourceText:
    title: str
    paragraphs: tuple[str, ...]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", strip_controls(text)).strip()


def from_plain(text: str) -> SourceText:
    """First line the title, then paragraphs: separated by blank lines, or one per line."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    lines = text.strip("\n").split("\n")
    title = _clean(lines[0]) if lines else ""
    body = "\n".join(lines[1:]).strip("\n")
    # Blank lines separate paragraphs; without any, every line is one.
    chunks = re.split(r"\n\s*\n", body) if re.search(r"\n\s*\n", body) else body.split("\n")
    return SourceText(title, tuple(p for p in (_clean(c) for c in chunks) if p))


def from_markdown(text: str) -> SourceText:
    """Headings, paragraphs, list items and blockquotes of a Markdown text, as plain text."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text.lstrip("\ufeff"))
    title = ""
    paragraphs: list[str] = []
    for n, tok in enumerate(tokens):
        if tok.type != "inline":
            continue
        plain = _clean("".join(c.content if c.type != "softbreak" else " " for c in tok.children or ()))
        if not plain:
            continue
        if not title and tokens[n - 1].type == "heading_open":
            title = plain
        else:
            paragraphs.append(plain)
    if not title and paragraphs:
        title = paragraphs.pop(0)
    return SourceText(title, tuple(paragraphs))


class _HtmlText(HTMLParser):
    BLOCKS = frozenset(
        {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "br", "tr"}
    )
    SKIP = frozenset({"script", "style", "noscript", "template", "nav", "footer", "header"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self.current: list[str] = []
        self.tag = "p"
        self.skipping = 0
        self.title = ""
        self.in_title = False

    def flush(self) -> None:
        text = _clean("".join(self.current))
        if text:
            self.blocks.append((self.tag, text))
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag == "title":
            self.in_title = True
        elif tag in self.BLOCKS:
            self.flush()
            self.tag = tag

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "title":
            self.in_title = False
        elif tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skipping:
            self.current.append(data)


def from_html(text: str) -> SourceText:
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    parser.flush()
    blocks = parser.blocks
    h1 = next((t for tag, t in blocks if tag == "h1"), "")
    title = h1 or _clean(parser.title)
    paragraphs = [t for tag, t in blocks if t != title]
    if not title and paragraphs:
        title = paragraphs.pop(0)
    return SourceText(title, tuple(paragraphs))


def read_source(text: str, kind: str) -> SourceText:
    """``kind`` is the file's suffix: ``.txt`` (or anything else), ``.md`` or ``.html``."""
    if kind in (".md", ".markdown"):
        return from_markdown(text)
    if kind in (".html", ".htm"):
        return from_html(text)
    return from_plain(text)
