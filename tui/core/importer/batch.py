"""Many sources at once: files and saved feeds to one draft each, in a folder.

`briefing import a.txt b.html feed.xml -o drafts/` writes one draft per source
(a feed gives one per item), named from the date and a slug of the title. A
source that cannot be read is reported and the others still import; a draft
is never written over an existing file without ``force``. Nothing here
prints: the command line says what happened from the results.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from tui.core.files.atomic import write_new
from tui.core.files.loader import MAX_BYTES, read_bytes
from tui.core.importer import Imported, import_text
from tui.core.importer.sources import SourceText, html_blocks, html_text, read_source
from tui.core.importer.themes import VocabTheme, folder_themes, slug
from tui.core.text.sanitize import clean_line, show_path, strip_controls
from tui.core.text.words import plural

FEEDS = (".xml", ".rss", ".atom")


class SourceError(Exception):
    """Why a source cannot be imported, to be shown after its name."""


@dataclass
class Result:
    """One source (or feed item): the draft written, or why not."""

    source: str
    out: Path | None = None
    imported: Imported | None = None
    error: str = ""

    @property
    def to_review(self) -> int:
        return sum(1 for found, _sid in self.imported.draft.quotes if found.review) if self.imported else 0


def read_file(path: Path) -> bytes:
    """A source's bytes, read as briefings are: a regular file only (a FIFO or device would
    block), opened non-blocking, at most MAX_BYTES (5 MB)."""
    data, problems = read_bytes(path, str(path))
    if data is None:
        raise SourceError(problems[0].message if problems else "cannot read")
    return data


def read_stream(stream: BinaryIO) -> bytes:
    """Standard input's bytes, at most MAX_BYTES: a byte more tells that it is too big."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise SourceError(f"input is larger than {MAX_BYTES // (1024 * 1024)} MB; not read")
    return data


def decode(data: bytes) -> str:
    """UTF-8 text (a byte order mark dropped), with ``\\n`` line ends and no control characters."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None
    return strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"))


def read_texts(path: Path) -> Iterator[tuple[str, SourceText | str]]:
    """(name, source or error) for a file; a feed gives one per item."""
    shown = show_path(str(path))
    try:
        data = read_file(path)
        if path.suffix.lower() in FEEDS:
            yield from feed_items(data, shown)
            return
        text = decode(data)
    except SourceError as exc:
        yield shown, str(exc)
        return
    yield shown, read_source(text, path.suffix.lower())


def feed_items(data: bytes, shown: str) -> Iterator[tuple[str, SourceText | str]]:
    """Each item of a saved RSS or Atom feed: its title, its content (HTML) as paragraphs, its date and link."""
    import feedparser  # only for feeds

    # Bytes, never a string: feedparser fetches a string that looks like a URL. Its own
    # HTML passes are off: the content is read as text by html_blocks, and its sanitizer
    # took minutes on a few hundred KB of unclosed comments (a regex that backtracks).
    feed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not feed.entries:
        reason = getattr(feed, "bozo_exception", None)
        # The reason may quote the feed (its declared encoding): one clean line.
        yield shown, f"no items in this feed{f' ({clean_line(str(reason))[:200]})' if reason else ''}"
        return
    for n, entry in enumerate(feed.entries, 1):
        body = (entry.get("content") or [{}])[0].get("value") or entry.get("summary") or ""
        blocks, _parser = html_blocks(f"<html><body>{body}</body></html>")
        paragraphs = tuple(text for _tag, text in blocks)
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        date = dt.date(*published[:3]) if published else None
        # feedparser decodes the charset and XML entities; a title it takes for HTML (`&#27;`,
        # `<b>`) is read as HTML here. Controls go after every decoding.
        title = str(entry.get("title") or "")
        if "html" in str((entry.get("title_detail") or {}).get("type", "")):
            title = html_text(title)
        title = " ".join(strip_controls(title).split())
        link = "".join(strip_controls(str(entry.get("link") or "")).split())
        yield f"{shown} item {n}", SourceText(title, paragraphs, date, link)


def draft_name(imported: Imported) -> str:
    """`2022-04-04-agency-opens-a-regional-office.md`: date (or `undated`) and the title's slug."""
    d = imported.draft
    when = d.date.isoformat() if d.date else "undated"
    return f"{when}-{slug(d.title)[:60].rstrip('-') or 'draft'}.md"


def import_many(
    paths: list[Path],
    folder: Path,
    vocabulary: list[VocabTheme] | None,
    force: bool,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Result]:
    """One draft per source into ``folder``. Without a vocabulary, the themes of the briefings
    already in ``folder`` come first, as for a single import; a briefing whose themes cannot be
    read is given to ``warn`` (or, without it, yielded as a result with its error)."""
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    library, unread = folder_themes(folder) if vocabulary is None else ([], [])
    for why in unread:
        if warn is not None:
            warn(why)
        else:
            yield Result(show_path(str(folder)), error=clean_line(why))
    for path in paths:
        for name, source in read_texts(path):
            if isinstance(source, str):
                yield Result(name, error=source)
                continue
            if not source.title or not source.paragraphs:
                yield Result(name, error="needs a title and at least one paragraph")
                continue
            try:
                imported = import_text(source, vocabulary, name, library)
            except Exception as exc:  # a fault in the rules on one source does not stop the others
                why = f"could not draft it, a fault in the importer (please report it): {fault(exc)}"
                yield Result(name, error=why)
                continue
            base = draft_name(imported)
            stem, n = base[:-3], 2
            while base in taken:  # two sources with one date and title in this run
                base, n = f"{stem}-{n}.md", n + 1
            taken.add(base)
            out = folder / base
            try:
                write_new(out, imported.markdown, overwrite=force)
            except FileExistsError:
                yield Result(name, out, imported, f"{show_path(str(out))} exists; use --force to overwrite it")
                continue
            except OSError as exc:
                yield Result(name, out, imported, f"cannot write {show_path(str(out))}: {exc.strerror or exc}")
                continue
            yield Result(name, out, imported)


def fault(exc: Exception) -> str:
    """An unexpected exception on one line: its kind, its message and where it was raised."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f" at {Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}" if tb is not None else ""
    return clean_line(f"{type(exc).__name__}: {exc}{where}")


def summary(result: Result) -> str:
    """One line per draft."""
    if result.error or result.imported is None or result.out is None:
        return f"{result.source}: {result.error}"
    d = result.imported.draft
    review = f" ({result.to_review} to review)" if result.to_review else ""
    counts = (
        f"{plural(len(d.quotes), 'quote')}{review}, {plural(len(d.speakers), 'speaker')}, "
        f"{plural(len(d.orgs), 'organization')}"
    )
    return f"{show_path(str(result.out))}: {counts}"


def is_folder_target(out: str | None, sources: list[str]) -> bool:
    """Whether -o names a folder: several sources, a feed, a trailing slash, or an existing folder."""
    if out is None:
        return len(sources) > 1 or any(Path(s).suffix.lower() in FEEDS for s in sources)
    return (
        out.endswith(("/", "\\"))
        or Path(out).is_dir()
        or len(sources) > 1
        or any(Path(s).suffix.lower() in FEEDS for s in sources)
    )
