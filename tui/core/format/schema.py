"""The front matter schema: from YAML values (with positions) to declared entities.

Everything here reports problems and carries on with what it could read, so a
briefing with a bad speaker entry still opens.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from tui.core.format.frontmatter import Y
from tui.core.model import Organization, Problem, Severity, Source, Speaker, Theme

SLUG = re.compile(r"[a-z0-9][a-z0-9_-]*\Z")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TOP_KEYS = frozenset({"title", "date", "location", "source", "tags", "speakers", "organizations", "themes"})


@dataclass
class Header:
    """What the front matter declares."""

    title: str = ""
    title_line: int = 1
    date: dt.date | None = None
    date_text: str = ""
    location: str = ""
    source: Source = field(default_factory=Source)
    tags: tuple[str, ...] = ()
    speakers: dict[str, Speaker] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    themes: dict[str, Theme] = field(default_factory=dict)
    #: (line, col) of each id's value, for messages about references.
    positions: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)


class _Reader:
    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems

    def report(self, y: Y, message: str, severity: Severity = "error") -> None:
        self.problems.append(Problem(self.path, y.line, y.col, severity, message))

    def text(self, y: Y | None, what: str) -> str:
        if y is None or y.value is None:
            return ""
        if isinstance(y.value, str):
            return y.value.strip()
        self.report(y, f"{what} must be text")
        return ""

    def texts(self, y: Y | None, what: str) -> tuple[str, ...]:
        if y is None or y.value is None:
            return ()
        if isinstance(y.value, str):
            return (y.value.strip(),)
        if isinstance(y.value, list):
            return tuple(t for item in y.value if (t := self.text(item, f"each of {what}")))
        self.report(y, f"{what} must be a list of text")
        return ()

    def entries(self, y: Y | None, what: str) -> list[tuple[str, Y, Y]]:
        """(id, position of the id, value) for each entry of an id -> value mapping."""
        if y is None or y.value is None:
            return []
        if not isinstance(y.value, dict):
            self.report(y, f"'{what}' must be a mapping of id -> entry")
            return []
        out = []
        for key, value in y.value.items():
            at = Y(key, value.line, value.col)
            if not SLUG.match(key):
                # Left out of the briefing: an id reaches the index, completion and file names.
                self.report(at, f"{what} id '{key}' is not a slug (lowercase ASCII letters, digits, '-' and '_')")
                continue
            out.append((key, at, value))
        return out

    def named(self, ident: str, at: Y, value: Y, what: str, allowed: set[str]) -> tuple[dict[str, Y], str]:
        """The fields of a speaker or an organization, and its name (required: reported if missing)."""
        f = self.fields(value, f"{what} '{ident}'", allowed)
        name = self.text(f.get("name"), "name")
        if not name:
            self.report(at, f"{what} '{ident}' has no name")
        return f, name or ident

    def fields(self, y: Y, what: str, allowed: set[str]) -> dict[str, Y]:
        if isinstance(y.value, str):
            return {"name": y, "label": y}
        if not isinstance(y.value, dict):
            self.report(y, f"{what} must be a mapping")
            return {}
        for key, value in y.value.items():
            if key not in allowed:
                self.report(value, f"unknown key '{key}' in {what} (known: {', '.join(sorted(allowed))})", "warning")
        return y.value


def read_header(root: Y, path: str, problems: list[Problem], fallback_title: str) -> Header:
    r = _Reader(path, problems)
    header = Header()
    meta = root.value
    assert isinstance(meta, dict)
    for key, value in meta.items():
        if key not in TOP_KEYS:
            r.report(value, f"unknown front matter key '{key}'", "warning")
    title = meta.get("title")
    header.title = r.text(title, "title")
    if title is not None:
        header.title_line = title.line
    if not header.title:
        r.report(title or root, "missing 'title' in the front matter")
        header.title = fallback_title
    _read_date(r, meta.get("date"), header)
    header.location = r.text(meta.get("location"), "location")
    header.source = _read_source(r, meta.get("source"))
    header.tags = r.texts(meta.get("tags"), "tags")

    parents: list[tuple[str, str, Y]] = []
    for oid, at, value in r.entries(meta.get("organizations"), "organization"):
        f, name = r.named(oid, at, value, "organization", {"name", "acronym", "aliases", "parent"})
        parent = r.text(f.get("parent"), "parent")
        if parent:
            parents.append((oid, parent, f["parent"]))
        header.organizations[oid] = Organization(
            oid,
            name,
            at.line,
            r.text(f.get("acronym"), "acronym"),
            r.texts(f.get("aliases"), "aliases"),
            parent=parent,
        )
        header.positions["org", oid] = (at.line, at.col)
    for oid, parent, at in parents:
        if parent not in header.organizations or parent == oid:
            r.report(at, f"organization '{oid}' names unknown parent organization '{parent}'")
    for sid, at, value in r.entries(meta.get("speakers"), "speaker"):
        f, name = r.named(sid, at, value, "speaker", {"name", "honorific", "role", "org"})
        org = r.text(f.get("org"), "org")
        if org and org not in header.organizations:
            r.report(f["org"], f"speaker '{sid}' names unknown organization '{org}'")
        header.speakers[sid] = Speaker(
            sid, name, at.line, r.text(f.get("honorific"), "honorific"), r.text(f.get("role"), "role"), org
        )
        header.positions["speaker", sid] = (at.line, at.col)
    for tid, at, value in r.entries(meta.get("themes"), "theme"):
        f = r.fields(value, f"theme '{tid}'", {"label", "description"})
        label = r.text(f.get("label"), "label") or tid
        header.themes[tid] = Theme(tid, label, at.line, r.text(f.get("description"), "description"))
        header.positions["theme", tid] = (at.line, at.col)
    return header


def _read_date(r: _Reader, y: Y | None, header: Header) -> None:
    text = r.text(y, "date")
    header.date_text = text
    if not text or y is None:
        return
    try:
        if not ISO_DATE.fullmatch(text):
            raise ValueError(text)  # fromisoformat alone takes 20151105, and [:10] hid trailing garbage
        header.date = dt.date.fromisoformat(text)
    except ValueError:
        r.report(y, f"date '{text}' is not an ISO date (YYYY-MM-DD)")


def _read_source(r: _Reader, y: Y | None) -> Source:
    if y is None or y.value is None:
        return Source()
    if isinstance(y.value, str):
        return Source(publisher=y.value.strip())
    f = r.fields(y, "source", {"publisher", "kind", "url"})
    return Source(r.text(f.get("publisher"), "publisher"), r.text(f.get("kind"), "kind"), r.text(f.get("url"), "url"))
