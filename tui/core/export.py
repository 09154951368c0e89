"""Export briefings as JSON, CSV (one row per quote) or a Markdown quote sheet."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from .model import Briefing, Quote
from .query import QuoteFilter

FORMATS = ("json", "csv", "markdown")


def _selected(briefings: Sequence[Briefing], qf: QuoteFilter) -> list[tuple[Briefing, list[Quote]]]:
    out = []
    for b in briefings:
        quotes = qf.quotes(b)
        if quotes or not qf.active:
            out.append((b, quotes))
    return out


def briefing_dict(b: Briefing, quotes: Sequence[Quote]) -> dict[str, Any]:
    return {
        "path": b.path,
        "title": b.title,
        "date": b.date.isoformat() if b.date else (b.date_text or None),
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


def to_json(briefings: Sequence[Briefing], qf: QuoteFilter) -> str:
    data = [briefing_dict(b, quotes) for b, quotes in _selected(briefings, qf)]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


CSV_HEADER = ["briefing", "date", "speaker", "role", "organization", "themes", "quote", "source"]


def quote_row(b: Briefing, q: Quote) -> list[str]:
    speaker = b.speaker_by_id.get(q.speaker)
    org = b.speaker_org(q.speaker)
    return [
        b.title,
        b.date.isoformat() if b.date else b.date_text,
        speaker.display_name if speaker else "",
        speaker.role if speaker else "",
        (org.short if org else ""),
        "; ".join(b.theme_label(t) for t in q.themes),
        q.text,
        f"{b.path}:{q.line}",
    ]


def to_csv(briefings: Sequence[Briefing], qf: QuoteFilter) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for b, quotes in _selected(briefings, qf):
        for q in quotes:
            writer.writerow(quote_row(b, q))
    return buffer.getvalue()


def citation(b: Briefing, q: Quote) -> str:
    """``Name, role (ORG) — Title, date``: what follows a quote when it is copied."""
    speaker = b.speaker_by_id.get(q.speaker)
    org = b.speaker_org(q.speaker)
    who = speaker.display_name if speaker else "Unattributed"
    if speaker and speaker.role:
        who += f", {speaker.role}"
    if org and org.short not in who:
        who += f" ({org.short})"
    when = b.date.isoformat() if b.date else b.date_text
    return f"{who} — {b.title}" + (f", {when}" if when else "")


def to_markdown(briefings: Sequence[Briefing], qf: QuoteFilter) -> str:
    lines = ["# Quote sheet", ""]
    for b, quotes in _selected(briefings, qf):
        if not quotes:
            continue
        when = b.date.isoformat() if b.date else b.date_text
        lines += [
            f"## {b.title}",
            "",
            f"*{', '.join(x for x in (b.location, when, b.source.describe()) if x)}* — `{b.path}`",
            "",
        ]
        for q in quotes:
            for para in q.text.split("\n\n"):
                lines.append(f"> {para}")
                lines.append(">")
            lines.append(f"> — {citation(b, q)} (`{b.path}:{q.line}`)")
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def export(briefings: Sequence[Briefing], fmt: str, qf: QuoteFilter) -> str:
    if fmt == "json":
        return to_json(briefings, qf)
    if fmt == "csv":
        return to_csv(briefings, qf)
    if fmt == "markdown":
        return to_markdown(briefings, qf)
    raise ValueError(f"unknown export format {fmt!r}")
