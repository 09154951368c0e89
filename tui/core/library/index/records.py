"""What the library index stores and returns: flat records of files, and rows for the UI.

``record_of`` runs in worker processes; it returns plain tuples rather than the
model, so that little crosses the process boundary.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol, TypeVar

from tui.core.files.loader import load_file
from tui.core.library.rows import Row, UpdateReport
from tui.core.model import Briefing, Organization, Problem

__all__ = [
    "Entry",
    "Hit",
    "Mention",
    "QuoteRow",
    "Record",
    "Row",
    "UpdateReport",
    "columns",
    "fill",
    "loaded",
    "pack_texts",
    "record_of",
    "search_rowids",
    "shown",
    "snippet",
    "unpack_texts",
]


@dataclass
class Record:
    """One file as the index stores it: flat tuples, cheap to send between processes."""

    path: str
    ok: bool = False
    title: str = ""
    date: str = ""
    source: str = ""
    location: str = ""
    errors: int = 0
    warnings: int = 0
    problems: list[tuple[int, int, str, str]] = field(default_factory=list)
    speakers: list[tuple[str, str, str, str, str, str, int]] = field(default_factory=list)
    orgs: list[tuple[str, str, str, str, int]] = field(default_factory=list)
    themes: list[tuple[str, str, int, int]] = field(default_factory=list)
    quotes: list[tuple[str, int, str, str, str, int]] = field(default_factory=list)
    texts: list[tuple[str, str]] = field(default_factory=list)  # the search table's rows (text, name), see fill
    quote_base: int = 0  # the place of the first quote's text among them
    packed: bytes = b""  # the texts with their kinds and lines, as the index stores them (pack_texts)


R = TypeVar("R", bound=Record)


class QuoteRow(NamedTuple):
    """A quote across the library, with its briefing, for the library screen."""

    briefing: int
    path: str
    title: str
    date: str
    qid: str
    speaker: str
    org: str
    text: str
    line: int


class Mention(NamedTuple):
    """How often one briefing mentions an organization (``oid`` is its id in that briefing)."""

    briefing: int
    path: str
    title: str
    date: str
    oid: str
    mentions: int


class Entry(NamedTuple):
    """A speaker, organization or theme across the library, with its counts."""

    key: str
    label: str
    detail: str
    quotes: int
    briefings: int
    unit: str = "quote"


class Hit(NamedTuple):
    """A library search result: where it matched and a snippet."""

    briefing: int
    path: str
    title: str
    line: int
    kind: str
    snippet: str
    matches: tuple[tuple[int, int], ...] = ()  # where the query matched, as (start, end) in ``snippet``


def org_key(org: Organization | None) -> str:
    return (org.acronym or org.name).casefold() if org else ""


def person_key(name: str, org: Organization | None) -> str:
    """Same name and same organization: the same person across briefings."""
    return " ".join(name.casefold().split()) + "|" + org_key(org)


def record_of(path: str) -> Record:
    # Parsed, not read through the model cache: writing every model there (encoding,
    # compressing, storing) cost a third of a cold index and as much disk as the
    # Markdown. A briefing is cached when it is first opened instead (one parse, a
    # few milliseconds for a usual one).
    # A Markdown note without front matter is read as plain Markdown, as the reader shows it:
    # a note in a library is not a briefing that failed.
    return loaded(Record(path), *load_file(path, plain=True))


def loaded(record: R, briefing: Briefing | None, problems: Sequence[Problem]) -> R:
    """``record`` with what loading its file gave: its problems, and its briefing's rows when it parsed."""
    record.problems = [(p.line, p.col, p.severity, p.message) for p in problems]
    record.errors = sum(p.severity == "error" for p in problems)
    record.warnings = len(problems) - record.errors
    if briefing is not None:
        fill(record, briefing)
    return record


def fill(r: Record, b: Briefing) -> None:
    r.ok = True
    r.title = b.title
    r.date = b.when
    r.source = b.source.describe()
    r.location = b.location
    # The texts' order: the title, the speakers, the organizations, the quotes, then the summary and
    # the body's blocks in the document's order. A text's search row id is its place: a paragraph
    # added at the end moves no other row (with the summary and blocks first, each later row moved:
    # an update of 1 % of 100,000 briefings replaced about 70 % of their rows and postings).
    texts = [("title", b.line, b.title)]
    # Who speaks and for whom: a name, a role or an organization finds them (and a name, the quotes).
    persons = {}
    for s in b.speakers:
        org = b.org_by_id.get(s.org)
        persons[s.id] = person_key(s.name, org)
        r.speakers.append((s.id, persons[s.id], s.name, s.honorific, s.role, s.org, len(texts)))
        texts.append(("speaker", s.line, speaker_text(s.name, s.honorific, s.role, org)))
    texts += [("org", o.line, org_text(o)) for o in b.organizations]
    r.orgs = [(o.id, org_key(o), o.name, o.acronym, len(o.mentions)) for o in b.organizations]
    r.themes = [(t.id, t.label, len(t.quotes), len(t.paragraphs)) for t in b.themes]
    for q in b.quotes:
        org = b.speaker_org(q.speaker)
        r.quotes.append((q.id, q.index, persons.get(q.speaker, ""), org_key(org), " ".join(q.themes), q.line))
    r.quote_base = len(texts)
    texts += [("quote", q.line, q.text) for q in b.quotes]
    summary = [("summary", 0, s) for s in b.summary]
    if not any(blk.in_summary for blk in b.blocks):
        texts += summary  # a summary with no section of its own: before the blocks
        summary = []
    for blk in b.blocks:
        if blk.in_summary:
            texts += summary  # the summary where its section is
            summary = []
        elif blk.kind in ("paragraph", "item", "heading", "table"):
            texts.append((blk.kind, blk.line, blk.text.replace("\n", " ")))
    del texts[TEXTS_PER_BRIEFING:]
    # Only the columns go to the index's process (the kinds and lines are in ``packed``).
    r.texts = [columns(kind, text) for kind, _line, text in texts]
    r.packed = pack_texts(texts)


# A speaker's text is the name, this separator, then the honorific, role and organization: the
# name goes to the search table's ``name`` column (a query that matches it brings the quotes).
NAME_END = "\x1f"


def speaker_text(name: str, honorific: str, role: str, org: Organization | None) -> str:
    # The organization by its acronym: its full name is in its own row (the index stays small).
    details = [honorific, role, org.short if org is not None else ""]
    rest = ", ".join(d for d in details if d)
    return name.replace(NAME_END, " ") + NAME_END + rest.replace(NAME_END, " ")


def org_text(org: Organization) -> str:
    head = f"{org.name} ({org.acronym})" if org.acronym else org.name
    return ", ".join([head, *org.aliases])


def columns(kind: str, text: str) -> tuple[str, str]:
    """A text's row in the search table: (text, name). The same for storing and removing it."""
    if kind == "speaker":
        name, _sep, details = text.partition(NAME_END)
        return details, name
    return text, ""


def shown(kind: str, text: str) -> str:
    """A text as a search hit shows it."""
    if kind == "speaker":
        name, _sep, details = text.partition(NAME_END)
        details = details.replace(NAME_END, " ")  # a crafted index: no control reaches the screen
        return f"{name} — {details}" if details else name
    return text


# A briefing's search rows have the row ids bid * 2**20 onwards (TEXTS_PER_BRIEFING):
# removing them is a range on the row id, proportional to the briefing, not to the library.
TEXTS_PER_BRIEFING = 1 << 20


def search_rowids(bid: int) -> tuple[int, int]:
    """The first and last row id a briefing's texts may have in the search table."""
    return bid * TEXTS_PER_BRIEFING, (bid + 1) * TEXTS_PER_BRIEFING - 1


# A briefing's texts in the index are at most a few times its 5 MB; a bigger blob is not ours.
MAX_TEXTS = 64 * 1024 * 1024


# The kinds of text a briefing's search rows hold (``pack_texts`` keeps them as words).
SEARCH_KINDS = frozenset({"title", "summary", "paragraph", "item", "heading", "table", "speaker", "org", "quote"})


def pack_texts(texts: list[tuple[str, int, str]]) -> bytes:
    """A briefing's searchable texts, as the index keeps them, compressed: three lines (the
    kinds, the lines, the lengths) and then the texts end to end. The search table holds
    only their words (contentless), so the texts are stored once, small; lengths rather
    than separators, so that no text can break the format (JSON cost twice as much)."""
    kinds = " ".join(kind for kind, _line, _text in texts)
    lines = " ".join(str(line) for _kind, line, _text in texts)
    sizes = " ".join(str(len(text)) for _kind, _line, text in texts)
    body = "".join(text for _kind, _line, text in texts)
    return zlib.compress(f"{kinds}\n{lines}\n{sizes}\n{body}".encode("utf-8", "surrogatepass"), 1)


def unpack_texts(blob: object) -> list[tuple[str, int, str]]:
    """The texts of :func:`pack_texts`; [] for anything else (the cache is not trusted)."""
    if not isinstance(blob, bytes):
        return []
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(blob, MAX_TEXTS)
        if inflater.unconsumed_tail or not inflater.eof:
            return []
        kinds, lines, sizes, body = raw.decode("utf-8", "surrogatepass").split("\n", 3)
    except (zlib.error, ValueError):  # ValueError: not UTF-8, or fewer than four parts
        return []
    kind_list, line_list, size_list = kinds.split(), lines.split(), sizes.split()
    if not len(kind_list) == len(line_list) == len(size_list) or not SEARCH_KINDS.issuperset(kind_list):
        return []
    if not all(n.isascii() and n.isdigit() and len(n) < 12 for n in (*line_list, *size_list)):
        return []
    texts, at = [], 0
    for kind, line, size in zip(kind_list, line_list, size_list, strict=True):
        texts.append((kind, int(line), body[at : at + int(size)]))
        at += int(size)
    return texts if at == len(body) else []


class Pattern(Protocol):
    """What ``snippet`` needs of a pattern: ``re.Pattern`` or :class:`~tui.core.text.fold.FoldedWords`."""

    def search(self, text: str) -> Spot | None: ...

    def finditer(self, text: str) -> Iterator[Spot]: ...


class Spot(Protocol):
    def start(self) -> int: ...

    def end(self) -> int: ...


def snippet(text: str, pattern: Pattern, width: int = 110) -> tuple[str, tuple[tuple[int, int], ...]]:
    """About ``width`` characters around the first match, and where the matches are in it.

    The text is the briefing's own, brackets and all: matches are given as spans,
    never marked up in the text (which the screen would have to parse back).
    """
    text = text.replace("\n", " ")
    first = pattern.search(text)
    start = max(0, (first.start() if first else 0) - width // 3) if len(text) > width else 0
    lead = "…" if start else ""
    piece = lead + text[start : start + width] + ("…" if start + width < len(text) else "")
    spans = tuple((m.start() + len(lead), m.end() + len(lead)) for m in pattern.finditer(text[start : start + width]))
    return piece, spans
