"""From a briefing's text to the model: one markdown-it factory and one pass over tokens.

The walk keeps only what the model needs (plain text, inline marks, themes,
line numbers) and lets the tokens go. Cross-references are checked in
:mod:`tui.core.format.validate`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from tui.core.format.attr_lines import ATTR_LINE, LINES, ORPHANS, attr_lines_plugin, diagnose_attr_line
from tui.core.format.frontmatter import parse_yaml, split_front_matter
from tui.core.format.schema import Header, read_header
from tui.core.format.shortcuts import plain_inline_plugin, plain_paragraph_plugin, quick_normalize_plugin
from tui.core.format.validate import Checker
from tui.core.model import Block, BlockKind, Briefing, Mark, Problem, Quote
from tui.core.text.sanitize import clean_line, replace_controls

ATTRIBUTION = re.compile(r"^\s*(?:—|―|--)")
_PAIRED = {"em": "em", "strong": "strong", "s": "strike", "link": "link", "span": "span"}


@lru_cache(maxsize=1)
def make_parser() -> MarkdownIt:
    """The one markdown-it instance for briefings (cached: building one costs ~1 ms)."""
    return build_parser()


MAX_NESTING = 20  # markdown-it's maxNesting: no deeper recursion; past it, a list ends the parse


def build_parser(shortcuts: bool = True) -> MarkdownIt:
    """The briefing parser (``shortcuts``: with the plugins that give the same tokens faster)."""
    md = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable(["table", "strikethrough"])
    md.use(front_matter_plugin)
    md.use(attrs_block_plugin)
    md.use(attr_lines_plugin)
    # Spans only: `[text]{org=id}`. No attributes after links or code.
    md.use(attrs_plugin, spans=True, after=())
    if shortcuts:
        md.use(quick_normalize_plugin)  # line endings rewritten only where there is a "\r"
        md.use(plain_inline_plugin)  # text without markup: one token at once (the same tokens)
        md.use(plain_paragraph_plugin)  # paragraphs and block quotes: their rule at once
    return md


def inline_text(tok: Token) -> tuple[str, tuple[Mark, ...]]:
    """Plain text of an inline token, and its marks (emphasis, links, mentions...)."""
    children = tok.children or ()
    # A character reference to a control (&#13;, &#x202e;) is shown as U+FFFD, as markdown-it
    # shows one to ESC: the text keeps its length, and the marks their places.
    refs = "&#" in tok.content
    if len(children) == 1 and children[0].type == "text":
        text = children[0].content  # text without markup (most of a briefing)
        return (replace_controls(text) if refs else text), ()
    parts: list[str] = []
    marks: list[Mark] = []
    opened: list[tuple[str, int, Token]] = []
    pos = 0
    for child in children:
        kind = child.type
        if kind == "text" or kind == "html_inline":
            piece = child.content
        elif kind == "softbreak" or kind == "hardbreak":
            piece = "\n"
        elif kind == "code_inline":
            piece = child.content
            marks.append(Mark(pos, pos + len(piece), "code"))
        elif kind == "image":
            piece = child.content
        elif child.nesting == 1:
            opened.append((kind[:-5], pos, child))
            continue
        elif child.nesting == -1:
            if opened:
                name, start, open_tok = opened.pop()
                value = ""
                kind_name = _PAIRED.get(name, name)
                if name == "link":
                    value = str(open_tok.attrs.get("href", ""))
                elif name == "span":
                    for key in ("org", "speaker"):
                        if key in open_tok.attrs:
                            kind_name, value = key, str(open_tok.attrs[key])
                marks.append(Mark(start, pos, kind_name, value))
            continue
        else:
            piece = child.content
        parts.append(piece)
        pos += len(piece)
    if refs:
        return replace_controls("".join(parts)), tuple(marks)
    return "".join(parts), tuple(marks)


@dataclass
class _Section:
    """The heading a block is under: its level, themes and whether it is the summary."""

    level: int
    themes: tuple[str, ...]
    summary: bool


@dataclass
class _TableBuild:
    """A table being gathered, cell by cell: one block for the whole grid."""

    line: int
    end_line: int
    rows: list[list[str]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    at: int = 0  # length of the joined text so far

    def cell(self, text: str, marks: tuple[Mark, ...]) -> None:
        text = text.replace("\n", " ")
        if self.rows[-1]:
            self.text.append(" | ")
            self.at += 3
        self.rows[-1].append(text)
        self.marks += [Mark(m.start + self.at, m.end + self.at, m.kind, m.value) for m in marks]
        self.text.append(text)
        self.at += len(text)

    def row(self) -> None:
        if self.rows:
            self.text.append("\n")
            self.at += 1
        self.rows.append([])


@dataclass
class _QuoteBuild:
    """A quote being gathered from its attribute line and the blocks that follow."""

    attrs: dict[str, Any]
    line: int
    end_line: int
    attr_line: int
    blocks: list[int] = field(default_factory=list)


class _Walker:
    """One pass over the token stream, building blocks and quotes."""

    def __init__(self, checker: Checker, lines: list[str]) -> None:
        self.c = checker
        self.lines = lines
        self.blocks: list[Block] = []
        self.quotes: list[Quote] = []
        self.sections: list[_Section] = []
        # What every block under the current headings shares (worked out once per heading).
        self.section_themes: tuple[str, ...] = ()
        self.in_summary = False
        self.quote: _QuoteBuild | None = None
        self.lists: list[tuple[tuple[str, ...], str]] = []  # (themes, speaker) of open lists
        self.pending_heading: tuple[int, tuple[str, ...]] | None = None
        self.table: _TableBuild | None = None

    def sections_changed(self) -> None:
        self.section_themes = tuple(theme for s in self.sections for theme in s.themes)
        self.in_summary = any(s.summary for s in self.sections)

    def walk(self, tokens: list[Token]) -> None:
        bullet = ""
        for i, tok in enumerate(tokens):
            kind = tok.type
            if kind == "heading_open":
                level = int(tok.tag[1:])
                while self.sections and self.sections[-1].level >= level:
                    self.sections.pop()
                self.sections_changed()
                attrs = self.c.block_attrs(tok, "heading")
                self.pending_heading = (level, attrs.themes)
            elif kind == "blockquote_open":
                if self.quote is None:
                    meta = tok.meta.get(LINES, [])
                    assert tok.map is not None
                    self.c.check_gap(tok)
                    self.quote = _QuoteBuild(
                        dict(tok.attrs), tok.map[0] + 1, tok.map[1], meta[0][0] if meta else tok.map[0] + 1
                    )
            elif kind == "blockquote_close":
                if self.quote is not None and tok.level == 0:
                    self.finish_quote()
            elif kind in ("bullet_list_open", "ordered_list_open"):
                attrs = self.c.block_attrs(tok, "list")
                self.lists.append((attrs.themes, attrs.speaker))
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "list_item_open":
                bullet = f"{tok.info}." if tok.info else "•"
            elif kind == "paragraph_open" and tok.attrs:
                self.c.block_attrs(tok, "paragraph")  # validated here, used at the inline token
            elif kind == "inline":
                self.inline(tokens, i, bullet)
                bullet = ""
            elif kind == "table_open" and tok.map:
                self.table = _TableBuild(tok.map[0] + 1, tok.map[1])
            elif kind == "tr_open" and self.table is not None:
                self.table.row()
            elif kind == "table_close" and self.table is not None and tok.map is None:
                table, self.table = self.table, None
                cells = tuple(tuple(row) for row in table.rows)
                text = "".join(table.text)
                self.add(Block("table", text, table.line, table.end_line, marks=tuple(table.marks), cells=cells))
            elif kind in ("fence", "code_block") and tok.map:
                self.add(Block("code", tok.content.rstrip("\n"), tok.map[0] + 1, tok.map[1]))
            elif kind == "hr" and tok.map:
                self.add(Block("rule", "", tok.map[0] + 1, tok.map[1]))

    def add(self, block: Block) -> None:
        self.blocks.append(block)
        if self.quote is not None:
            self.quote.blocks.append(len(self.blocks) - 1)

    def inline(self, tokens: list[Token], i: int, bullet: str) -> None:
        tok = tokens[i]
        opener = tokens[i - 1]
        if tok.map is None:
            return
        line = tok.map[0] + 1
        text, marks = inline_text(tok)
        if opener.type == "heading_open":
            level, own = self.pending_heading or (int(opener.tag[1:]), ())
            self.sections.append(_Section(level, own, text.strip().lower() == "summary"))
            self.sections_changed()
            self.add(Block("heading", text, line, tok.map[1], level, themes=self.section_themes, marks=marks))
            return
        if opener.type in ("th_open", "td_open"):
            if self.table is not None:
                self.table.cell(text, marks)
            return
        if opener.type == "paragraph_open" and self.check_stray_attr_lines(tok, line):
            return
        attrs = self.c.block_attrs(opener, "paragraph", report=False)
        themes = attrs.themes + self.section_themes
        speaker = attrs.speaker
        for list_themes, list_speaker in self.lists:
            themes += list_themes
            speaker = speaker or list_speaker
        kind: BlockKind = "quote" if self.quote is not None else "item" if self.lists else "paragraph"
        self.add(
            Block(
                kind,
                text,
                line,
                tok.map[1],
                level=len(self.lists),
                bullet=bullet,
                marks=marks,
                themes=tuple(dict.fromkeys(themes)),
                speaker=speaker,
                in_summary=self.in_summary,
            )
        )

    def check_stray_attr_lines(self, tok: Token, line: int) -> bool:
        """Report ``{...}`` lines that markdown-it left as paragraph text."""
        content = tok.content
        if "{" not in content:
            return False
        rows = content.split("\n")
        for n, row in enumerate(rows):
            if not ATTR_LINE.match(row):
                continue
            source = self.lines[line - 1 + n] if line - 1 + n < len(self.lines) else row
            col = source.find("{") + 1
            if n == 0:
                at, message = diagnose_attr_line(source)
                self.c.error(line, at + 1, message)
            else:
                self.c.error(
                    line + n, col, "attribute line is glued to the paragraph above it: put a blank line before it"
                )
        # A lone malformed attribute line is not text to read.
        return len(rows) == 1 and bool(ATTR_LINE.match(rows[0]))

    def finish_quote(self) -> None:
        q = self.quote
        assert q is not None
        self.quote = None
        paragraphs = [n for n in q.blocks if self.blocks[n].kind == "quote"]
        attribution = ""
        if len(paragraphs) > 1 and ATTRIBUTION.match(self.blocks[paragraphs[-1]].text):
            last = paragraphs.pop()
            block = self.blocks[last]
            attribution = block.text.replace("\n", " ").strip()
            self.blocks[last] = block._replace(kind="attribution")
        quote_id = self.c.quote_id(q.attrs, q.attr_line, len(self.quotes) + 1)
        speaker = self.c.quote_speaker(q.attrs, q.attr_line, q.line)
        themes = self.c.themes_of(q.attrs, q.attr_line) + self.section_themes
        themes = tuple(dict.fromkeys(themes))
        text = "\n\n".join(self.blocks[n].text.replace("\n", " ") for n in paragraphs)
        for n in q.blocks:
            self.blocks[n] = self.blocks[n]._replace(quote=quote_id, speaker=speaker, themes=themes)
        self.quotes.append(
            Quote(
                quote_id,
                len(self.quotes) + 1,
                text,
                q.line,
                q.end_line,
                speaker,
                themes,
                attribution,
                self.c.strip_review(q.attrs),
            )
        )


def parse_text(text: str, path: str, plain: bool = False) -> tuple[Briefing | None, list[Problem]]:
    """Parse a briefing's (already decoded and sanitised) text; never raises on bad input.

    With ``plain``, a file without front matter is read as plain Markdown (see parse_plain)."""
    problems: list[Problem] = []
    split = split_front_matter(text)
    if split.missing and plain:
        return parse_plain(text, path), []
    if split.issue or split.yaml is None:
        issue = split.issue
        assert issue is not None
        return None, [Problem(path, issue.line, issue.col, "error", issue.message)]
    yaml_text = split.yaml
    at = yaml_text.find("\u2028") if "\u2028" in yaml_text else yaml_text.find("\u2029")
    if at >= 0:
        # YAML breaks lines at U+2028/U+2029 (and a "---" after one starts a new document,
        # hiding the rest); markdown-it and our line numbers do not. Read as spaces, and said.
        line = split.first_line + yaml_text.count("\n", 0, at)
        col = at - (yaml_text.rfind("\n", 0, at) + 1) + 1
        problems.append(
            Problem(path, line, col, "warning", "line or paragraph separator (U+2028/U+2029) read as a space")
        )
        yaml_text = yaml_text.replace("\u2028", " ").replace("\u2029", " ")
    root, issues = parse_yaml(yaml_text, split.first_line)
    problems.extend(Problem(path, i.line, i.col, i.severity, i.message) for i in issues)
    if root is None or not isinstance(root.value, dict):
        if root is not None:
            problems.append(
                Problem(path, root.line, root.col, "error", "front matter must be a YAML mapping (key: value)")
            )
        return None, problems
    header: Header = read_header(root, path, problems, clean_line(PurePath(path).stem) or "untitled")
    lines = text.split("\n")
    checker = Checker(path, header, lines, problems)
    env: dict[str, Any] = {}
    tokens = make_parser().parse(text, env)
    walker = _Walker(checker, lines)
    walker.walk(tokens)
    deep = _too_deep(tokens)
    if deep:
        message = "lists or quotes nested too deep: the text inside, and after a list everything below, is not read"
        checker.error(deep, 1, message)
    for line, _attrs in env.get(ORPHANS, []):
        checker.error(line, 1, "attribute line attaches to nothing (no block follows it)")
    return checker.finish(walker.blocks, walker.quotes)


def _too_deep(tokens: list[Token]) -> int:
    """The line (1-based) where lists or quotes nest past markdown-it's limit, or 0.

    There markdown-it stops reading without a word: the deeper text, and after a
    list everything below it, is left out. That loss must be reported."""
    if not any(t.level >= MAX_NESTING - 1 for t in tokens):
        return 0
    return next((t.map[0] + 1 for t in tokens if t.level >= MAX_NESTING - 2 and t.map), 1)


def parse_plain(text: str, path: str) -> Briefing:
    """A Markdown file that is not a briefing (no front matter), for reading only.

    Its blocks as a briefing's, titled by its first heading; block quotes are
    shown as quotes but are not quotes of anyone, and nothing is validated."""
    lines = text.split("\n")
    problems: list[Problem] = []  # a briefing's rules do not apply: nothing to report
    checker = Checker(path, Header(), lines, problems)
    walker = _Walker(checker, lines)
    walker.walk(make_parser().parse(text, {}))
    blocks = tuple(b._replace(quote="", speaker="", themes=()) for b in walker.blocks)
    title = next((b.text for b in blocks if b.kind == "heading"), "") or clean_line(PurePath(path).stem)
    return Briefing(path, title or "untitled", blocks=blocks, plain=True)
