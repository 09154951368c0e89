"""Export briefings as JSON, CSV (one row per quote) or a Markdown quote sheet.

Every format is written a briefing at a time (``chunks``), so that exporting a
library holds one briefing in memory, not the library and its whole output.
Text from the files is made safe for where it goes: CSV cells that a
spreadsheet would run as a formula are prefixed with ``'``; in Markdown, HTML
special characters are escaped (the parser decoded ``&lt;`` to ``<``; written
back raw, it would become a tag); paths are shown as ``show_path`` shows them.
The model holds no control characters (they are removed as a file is read), yet
each writer removes them once more, as the output may go to a terminal: JSON
writes DEL, C1 and bidi controls as ``\\u`` escapes, the others drop them.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from tui.core.library.query import QuoteFilter
from tui.core.model import Briefing, Quote
from tui.core.text.sanitize import json_safe, show_path, strip_controls

FORMATS = ("json", "jsonl", "csv", "markdown", "text")


def _selected(briefings: Iterable[Briefing], qf: QuoteFilter) -> Iterator[tuple[Briefing, list[Quote]]]:
    for b in briefings:
        quotes = qf.quotes(b)
        if quotes or not qf.active:
            yield b, quotes


def briefing_dict(b: Briefing, quotes: Sequence[Quote]) -> dict[str, Any]:
    return {
        "path": b.path,
        "title": b.title,
        "date": b.when or None,
        "location": b.location,
        "source": {"publisher": b.source.publisher, "kind": b.source.kind, "url": b.source.url},
        "tags": list(b.tags),
        "summary": "\n\n".join(b.summary),
        "speakers": [
            {
                "id": s.id,
                "name": s.name,
                "honorific": s.honorific,
                "role": s.role,
                "org": s.org,
                "line": s.line,
                "quotes": list(s.quotes),
            }
            for s in b.speakers
        ],
        "organizations": [
            {
                "id": o.id,
                "name": o.name,
                "acronym": o.acronym,
                "aliases": list(o.aliases),
                "mentions": list(o.mentions),
                "speakers": list(o.speakers),
                "parent": o.parent or None,
                "line": o.line,
            }
            for o in b.organizations
        ],
        "themes": [
            {
                "id": t.id,
                "label": t.label,
                "description": t.description,
                "quotes": len(t.quotes),
                "paragraphs": len(t.paragraphs),
                "line": t.line,
            }
            for t in b.themes
        ],
        "quotes": [
            {
                "id": q.id,
                "speaker": q.speaker,
                "text": q.text,
                "themes": list(q.themes),
                "line": q.line,
                "attribution": q.attribution,
            }
            for q in quotes
        ],
        "problems": [{"line": p.line, "col": p.col, "severity": p.severity, "message": p.message} for p in b.problems],
    }


def json_chunks(briefings: Iterable[Briefing], qf: QuoteFilter) -> Iterator[str]:
    """A JSON array, one briefing at a time."""
    first = True
    for b, quotes in _selected(briefings, qf):
        body = json_safe(json.dumps(briefing_dict(b, quotes), ensure_ascii=False, indent=2))
        yield ("[\n  " if first else ",\n  ") + body.replace("\n", "\n  ")
        first = False
    yield "[]\n" if first else "\n]\n"


def jsonl_chunks(briefings: Iterable[Briefing], qf: QuoteFilter) -> Iterator[str]:
    """JSON Lines: one briefing per line, for large libraries and line-oriented tools."""
    for b, quotes in _selected(briefings, qf):
        yield json_safe(json.dumps(briefing_dict(b, quotes), ensure_ascii=False, separators=(",", ":"))) + "\n"


CSV_HEADER = ["briefing", "date", "speaker", "role", "organization", "themes", "quote", "source"]


def quote_row(b: Briefing, q: Quote) -> list[str]:
    speaker = b.speaker_by_id.get(q.speaker)
    org = b.speaker_org(q.speaker)
    return [
        b.title,
        b.when,
        speaker.display_name if speaker else "",
        speaker.role if speaker else "",
        (org.short if org else ""),
        "; ".join(b.theme_label(t) for t in q.themes),
        q.text,
        f"{show_path(b.path)}:{q.line}",
    ]


# A cell starting with one of these is a formula to a spreadsheet (CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_chunks(briefings: Iterable[Briefing], qf: QuoteFilter, excel: bool = False) -> Iterator[str]:
    """A row per quote. ``excel``: a UTF-8 byte order mark and CRLF line ends, which Excel
    needs to read UTF-8 (names with accents) and rows correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if excel else "\n")
    if excel:
        buffer.write("\ufeff")
    writer.writerow(CSV_HEADER)
    for b, quotes in _selected(briefings, qf):
        for q in quotes:
            writer.writerow([safe_cell(strip_controls(cell)) for cell in quote_row(b, q)])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def who_said(b: Briefing, q: Quote) -> str:
    """``Name, role (ORG)``: who said a quote."""
    speaker = b.speaker_by_id.get(q.speaker)
    org = b.speaker_org(q.speaker)
    who = speaker.display_name if speaker else "Unattributed"
    if speaker and speaker.role:
        who += f", {speaker.role}"
    if org and org.short not in who:
        who += f" ({org.short})"
    return who


def citation(b: Briefing, q: Quote) -> str:
    """``Name, role (ORG) — Title, date``: what follows a quote when it is copied."""
    return f"{who_said(b, q)} — {b.title}" + (f", {b.when}" if b.when else "")


def md_text(text: str) -> str:
    """Text for Markdown: HTML special characters escaped, so that none becomes a tag."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markdown_chunks(briefings: Iterable[Briefing], qf: QuoteFilter) -> Iterator[str]:
    yield "# Quote sheet\n"
    for b, quotes in _selected(briefings, qf):
        if not quotes:
            continue
        when = b.when
        where = md_text(", ".join(x for x in (b.location, when, b.source.describe()) if x))
        path = show_path(b.path).replace("`", "'")
        url = b.source.url
        # The source's address as a link (web addresses only; "<" and ">" cannot end it early).
        source = (
            f" — [source](<{url}>)" if url.startswith(("http://", "https://")) and not set("<> ") & set(url) else ""
        )
        lines = ["", f"## {md_text(b.title)}", "", f"*{where}*{source} — file `{path}`", ""]
        for q in quotes:
            for para in q.text.split("\n\n"):
                lines.append(f"> {md_text(para)}".replace("\n", "\n> "))
                lines.append(">")
            # The title is the section's heading: each citation names who said it, and the line.
            lines.append(f"> — {md_text(who_said(b, q))} (`{path}:{q.line}`)")
            lines.append("")
        yield strip_controls("\n".join(lines[:-1]) + "\n")


def text_chunks(briefings: Iterable[Briefing], qf: QuoteFilter) -> Iterator[str]:
    """Plain text, as the reader prints a briefing when its output is not a terminal (a pipe, a file):
    title, date and place, summary, then each quote with who said it."""
    first = True
    for b, quotes in _selected(briefings, qf):
        meta = " · ".join(x for x in (b.when, b.location, b.source.describe()) if x)
        lines = ["" if first else "\n" + "-" * 40 + "\n", b.title, *([meta] if meta else []), ""]
        lines += [*(f"{s}\n" for s in b.summary)]
        for q in quotes:
            lines += [q.text if q.text[:1] in '“"«„' else f"“{q.text}”", f"  — {who_said(b, q)}", ""]
        yield strip_controls("\n".join(lines).lstrip("\n"))
        first = False


CHUNKS = {
    "json": json_chunks,
    "jsonl": jsonl_chunks,
    "csv": csv_chunks,
    "markdown": markdown_chunks,
    "text": text_chunks,
}


def chunks(briefings: Iterable[Briefing], fmt: str, qf: QuoteFilter, excel: bool = False) -> Iterator[str]:
    """The export, a piece per briefing, to be written as it comes."""
    if fmt not in CHUNKS:
        raise ValueError(f"unknown export format {fmt!r}")
    if fmt == "csv":
        return csv_chunks(briefings, qf, excel)
    return CHUNKS[fmt](briefings, qf)


def export(briefings: Sequence[Briefing], fmt: str, qf: QuoteFilter) -> str:
    """The whole export as one string (for a few briefings; the CLI streams :func:`chunks`)."""
    return "".join(chunks(briefings, fmt, qf))
