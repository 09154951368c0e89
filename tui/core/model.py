"""The briefing model: immutable records, every item with its 1-based source line.

The model is what the rest of the program keeps in memory; markdown-it tokens
are thrown away as soon as a file is read (they cost about 100 KB per small
briefing, the model a few KB).

A briefing's items (blocks, marks, speakers...) are named tuples, not frozen
dataclasses: a frozen, slotted dataclass compiles six methods when its class is
made, about 0.4 ms each class on this machine, paid by every start before the
first paint (`benchmarks/startup_cpu.py`); a named tuple's class is made without
compiling, and its items are made twice as fast (the parser makes thousands).
``Briefing`` keeps a dataclass for its cached lookups, and ``Quote`` for its
``index`` field, which a tuple's ``index`` method would shadow.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, NamedTuple

from tui.core.text.sanitize import show_path

Severity = Literal["error", "warning"]
# What a block of the body is. The first ten come from the file; the rest are
# added by the reader's text pane (a placeholder, the file's problems, a summary).
BlockKind = Literal[
    "heading",
    "paragraph",
    "item",
    "quote",
    "attribution",
    "table",
    "code",
    "rule",
    "summary",
    "placeholder",
    "problem-title",
    "problem-error",
    "problem-warning",
    "review",  # never parsed: the text pane's mark above a quote that awaits a check
]


class Problem(NamedTuple):
    """One finding of the validator, printed as ``path:line:col: severity: message``."""

    path: str
    line: int
    col: int
    severity: Severity
    message: str

    def format(self) -> str:
        # The path comes from the file system: shown safe (quoted if it holds control characters).
        return f"{show_path(self.path)}:{self.line}:{self.col}: {self.severity}: {self.message}"


class Source(NamedTuple):
    """Where a briefing comes from: a publisher, a kind of document, a URL."""

    publisher: str = ""
    kind: str = ""
    url: str = ""

    def describe(self) -> str:
        return " · ".join(part for part in (self.publisher, self.kind) if part)


class Speaker(NamedTuple):
    """A person quoted or named in the briefing, declared in the front matter."""

    id: str
    name: str
    line: int
    honorific: str = ""
    role: str = ""
    org: str = ""
    quotes: tuple[str, ...] = ()
    mentions: tuple[int, ...] = ()

    @property
    def display_name(self) -> str:
        return f"{self.honorific} {self.name}".strip()


class Organization(NamedTuple):
    """An organization declared in the front matter, with where the text mentions it."""

    id: str
    name: str
    line: int
    acronym: str = ""
    aliases: tuple[str, ...] = ()
    mentions: tuple[int, ...] = ()
    speakers: tuple[str, ...] = ()
    parent: str = ""  # the organization this one is a unit of (an id), e.g. a mission of the OSCE

    @property
    def short(self) -> str:
        return self.acronym or self.name


class Theme(NamedTuple):
    """A theme declared in the front matter, with the quotes and paragraphs that carry it."""

    id: str
    label: str
    line: int
    description: str = ""
    quotes: tuple[str, ...] = ()
    paragraphs: tuple[int, ...] = ()


class Mark(NamedTuple):
    """An inline span of a block's text: emphasis, strong, code, link or a mention."""

    start: int
    end: int
    kind: str
    value: str = ""


class Block(NamedTuple):
    """One readable block of the body: heading, paragraph, list item, quote paragraph...

    ``text`` is the inline-rendered plain text; soft line breaks stay ``\\n`` so that
    a position in the text maps back to a source line.
    """

    kind: BlockKind
    text: str
    line: int
    end_line: int
    level: int = 0
    bullet: str = ""
    marks: tuple[Mark, ...] = ()
    themes: tuple[str, ...] = ()
    quote: str = ""
    speaker: str = ""
    in_summary: bool = False
    # A table's cells, row by row (the first row is its header); ``text`` holds them
    # joined (" | " between cells, a line per row) for search and mentions.
    cells: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation of the body, attributed to a speaker by its attribute line."""

    id: str
    index: int
    text: str
    line: int
    end_line: int
    speaker: str = ""
    themes: tuple[str, ...] = ()
    attribution: str = ""
    review: str = ""  # why its attribution awaits a person's check (an importer's inference), or ""


@dataclass(frozen=True)
class Briefing:
    """One briefing file: its front matter, its readable blocks, its quotes and its problems."""

    path: str
    title: str
    line: int = 1
    date: dt.date | None = None
    date_text: str = ""
    location: str = ""
    source: Source = field(default_factory=Source)
    tags: tuple[str, ...] = ()
    summary: tuple[str, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    organizations: tuple[Organization, ...] = ()
    themes: tuple[Theme, ...] = ()
    quotes: tuple[Quote, ...] = ()
    blocks: tuple[Block, ...] = ()
    problems: tuple[Problem, ...] = ()
    plain: bool = False  # a Markdown file without front matter, shown as Markdown (not a briefing)

    # cached_property writes straight into __dict__, so it works on a frozen class.
    @cached_property
    def speaker_by_id(self) -> dict[str, Speaker]:
        return {s.id: s for s in self.speakers}

    @cached_property
    def org_by_id(self) -> dict[str, Organization]:
        return {o.id: o for o in self.organizations}

    @cached_property
    def theme_by_id(self) -> dict[str, Theme]:
        return {t.id: t for t in self.themes}

    @cached_property
    def quote_by_id(self) -> dict[str, Quote]:
        return {q.id: q for q in self.quotes}

    @cached_property
    def quote_block(self) -> dict[str, int]:
        """Each quote's block (its index in ``blocks``), for navigation from what is on screen."""
        return {b.quote: n for n, b in reversed(list(enumerate(self.blocks))) if b.quote}

    @property
    def when(self) -> str:
        """The date as shown and sorted: ISO when it parsed, else as written (may be empty)."""
        return self.date.isoformat() if self.date else self.date_text

    def speaker_name(self, speaker_id: str) -> str:
        speaker = self.speaker_by_id.get(speaker_id)
        return speaker.display_name if speaker else (speaker_id or "unattributed")

    def theme_label(self, theme_id: str) -> str:
        theme = self.theme_by_id.get(theme_id)
        return theme.label if theme else theme_id

    def speaker_org(self, speaker_id: str) -> Organization | None:
        speaker = self.speaker_by_id.get(speaker_id)
        return self.org_by_id.get(speaker.org) if speaker and speaker.org else None


# One file read: its briefing (None if it could not be read at all) and its problems.
Loaded = tuple[Briefing | None, list[Problem]]


class LoadResult(NamedTuple):
    """What loading files or folders gives: every briefing that loaded, and all problems."""

    briefings: tuple[Briefing, ...]
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> int:
        return sum(p.severity == "error" for p in self.problems)

    @property
    def warnings(self) -> int:
        return sum(p.severity == "warning" for p in self.problems)
