"""Assemble an annotated briefing draft (Markdown text) from a source text."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from tui.core.importer.body import Body, clean_role
from tui.core.importer.dateline import (
    date_line,
    dateline,
    find_date,
    in_text_place,
    in_year,
    inner_dateline,
    month_first,
    stamp_date,
    title_date,
    title_stamp,
    wire_placed,
    with_year,
)
from tui.core.importer.names import Person
from tui.core.importer.org_book import Org
from tui.core.importer.orgs import OrgFinder, find_orgs
from tui.core.importer.quotes import Found, find_quotes
from tui.core.importer.sources import SourceText
from tui.core.importer.themes import VocabTheme, propose, slug, tag, with_library


@dataclass
class Draft:
    title: str
    date: dt.date | None
    location: str
    speakers: dict[str, tuple[Person, str]]  # id -> (person, org id)
    orgs: dict[str, Org]
    themes: list[VocabTheme]
    proposed_themes: bool
    quotes: list[tuple[Found, str]]  # (quote, speaker id)
    paragraphs: list[str]
    notes: list[str] = field(default_factory=list)
    url: str = ""
    known_themes: int = 0  # the first themes come from the briefings of the target folder
    # Speaker ids of bodies and of offices whose holder the text never names: speakers that are no
    # person, each quote of theirs flagged ("said by an organization: …") for the user to accept.
    no_person: set[str] = field(default_factory=set)


def _ordered_by_title(date: dt.date | None, header_lines: list[str], title: str) -> dt.date | None:
    """A slashed header date read day first ("03/6/2020": 3 June) whose day and month swapped give
    the date the title writes out ("…: March 6, 2020"): the title's order is the text's."""
    if date is None or date.day > 12 or not any(re.search(r"\d/\d", line) for line in header_lines):
        return date
    titled = find_date(title)
    if titled is not None and (titled.year, titled.month, titled.day) == (date.year, date.day, date.month):
        return titled
    return date


def analyse(
    source: SourceText, vocabulary: list[VocabTheme] | None = None, library: list[VocabTheme] | None = None
) -> Draft:
    """The draft of ``source``: tagged with ``vocabulary`` if given, else with the ``library``'s
    themes the text names first (one vocabulary for a folder), then new ones proposed from it."""
    paragraphs = list(source.paragraphs)
    location, date, places = "", None, set[str]()
    header_lines: list[str] = []
    month_day = None
    for n, text in enumerate(paragraphs[:16]):  # (a contacts block may take 14 short lines)
        if n >= 6 and any(len(p) > 200 for p in paragraphs[:n]):
            break  # past the first paragraphs, a dateline only follows a header of short lines
        line = date_line(text) or dateline(text) or inner_dateline(text)
        if line is None:
            continue
        if n >= 3 and line.date is None and any(len(p) > 200 for p in paragraphs[:n]) and not wire_placed(text, line):
            continue  # past a summary, only a place and a full date (or a wire's town and country) make a dateline
        if line.place and line.date and not location:
            # A dateline's own date over a page date above it ("June 28, 2023", then "June 27, 2023 (OTTAWA) –").
            date = line.date
        elif line.place and line.month_day and date is not None and not location and stamp_date(text) != date:
            # "6 March 1998" above the title, then "VIENNA, 5 March –": the dateline's day, the line's year
            # (unless a stamp before the dateline, "19980306 VIENNA, 5 March", repeats the date above).
            date = in_year(line.month_day, date.year) or date
        elif not line.place and date is not None and line.date is not None:
            # Two date lines ("05 March 2024", then "11 June 2019"): the later is a copy's or an update's.
            date = min(date, line.date)
        location, date, places = location or line.place, date or line.date, places | set(line.words)
        month_day = month_day or line.month_day
        if line.end >= len(text) and n < 3:
            # A line that is only the place and date: both go to the front matter (a wire's name, to the organizations).
            header_lines.append(text)
            paragraphs[n] = ""
        if location:
            break  # a dateline that opens a paragraph stays in it: nothing of the text is dropped
    paragraphs = [p for p in paragraphs if p]
    whole = "\n".join(paragraphs)
    if date is None and month_day:
        date = with_year(month_day, whole)  # "TORONTO, Sept. 12 /CNW/": the year of the text's dates
    date = _ordered_by_title(date, header_lines, source.title)
    if date is None and source.date is None:
        date = title_stamp(source.title)  # "Tuesday, 5 May, 2020 - 10:15" as the first line: the release's date
    date = source.date or date or find_date(whole, month_first=month_first(whole, location))
    date = date or title_date(source.title)  # "Republic of X (21/8/05)": only the title is dated
    titled = None
    if not location:
        # "Ndola ~ Mon, 4 Oct 2021" as the title: a line of only the place and the date, else a dateline.
        alone = date_line(source.title)
        titled = alone if alone and alone.place and alone.date else dateline(source.title)
    # A text with no title line: its first paragraph, a dated dateline or a whole sentence, is the title.
    sentence = len(source.title.split()) >= 12 and source.title.rstrip().endswith(".")
    if titled is not None and (titled.date is not None or sentence):
        location = titled.place
    location = location or in_text_place(whole)
    # "GENEVA (ILO News) –": a tag of the dateline the text then uses as an actor is an organization.
    capitals = Counter(re.findall(r"(?<![\w-])[A-Z][A-Z0-9]+(?![\w-])", whole))
    places = {w for w in places if capitals[w] < 3}  # (a place in capitals is no organization either)
    orgs = find_orgs([*header_lines, *paragraphs], places, title=source.title)
    # Each form of an organization's name -> its name, or the form itself when the text never spells the name.
    folded = whole.casefold()
    forms = {
        f.casefold(): o.name if o.name.casefold() in folded else f
        for o in orgs.orgs.values()
        for f in (o.name, o.acronym, *o.aliases)
        if f
    }
    title = source.title
    if _quoting_lead(title, forms):
        # The first paragraph, taken for the title, quotes someone with a cue of its own: it is the
        # text's first paragraph too, so its quotes are drafted (the title keeps the same words).
        paragraphs, title = [title, *paragraphs], ""
    finder = find_quotes(paragraphs, title=title, orgs=forms)
    orgs.drop_people([found.person.name for found in finder.found if not found.body])
    speakers: dict[str, tuple[Person, str]] = {}
    ids: dict[str, str] = {}
    quotes = []
    no_person: set[str] = set()
    for found in finder.found:
        person = found.person  # as settled by the finder: full name, honorific, role
        # The role as a noun phrase ("Head of the Unit"), never a clause ("who chairs …").
        person = replace(person, role=clean_role(person.role, person.name))
        if person.name not in ids:
            sid = _unique(slug(person.surname), speakers)
            if found.body:  # said by a body or an office with no name: flagged, its review note says so
                no_person.add(sid)
            ids[person.name] = sid
            org = orgs.role(person.role) if person.role else None
            speakers[sid] = (person, _org_id(org, orgs) if org else "")
        quotes.append((found, ids[person.name]))
    avoid = {o.name.lower() for o in orgs.orgs.values()}
    known = with_library(library or [], paragraphs, source.title) if vocabulary is None else []
    themes = vocabulary if vocabulary is not None else known
    if vocabulary is None:
        themes = known + propose(paragraphs, avoid, max(0, 5 - len(known)), source.title, known)
    return Draft(
        title=source.title,
        date=date,
        location=location,
        speakers=speakers,
        orgs={_org_id(o, orgs): o for o in orgs.orgs.values()},
        themes=themes,
        proposed_themes=vocabulary is None,
        quotes=quotes,
        paragraphs=paragraphs,
        url=source.url,
        known_themes=len(known),
        no_person=no_person,
    )


# A first paragraph that ends a sentence: a stop, then perhaps the marks that close a quote.
_LEAD_END = re.compile(r"[^\W_][.!?][”’\"]?$")


def _quoting_lead(title: str, orgs: dict[str, str]) -> bool:
    """``title`` is no headline but the text's first paragraph quoting someone: a whole sentence of
    twelve words and more ("“We …,” said Jo Roe, head of …, on Monday.") with a quote whose cue
    stands in it, attributed without a doubt. A quote alone, with no cue, stays a headline's."""
    if len(title.split()) < 12 or not _LEAD_END.search(title.rstrip()):
        return False
    return any(found.cues and not found.review for found in find_quotes([title], orgs=orgs).found)


def _unique(base: str, taken: Mapping[str, object]) -> str:
    ident, n = base, 2
    while ident in taken:
        ident, n = f"{base}-{n}", n + 1
    return ident


def _org_id(org: Org, finder: OrgFinder) -> str:
    return slug(org.acronym or org.name)


# -- rendering ---------------------------------------------------------------
def _entry(ident: str, **fields: str) -> list[str]:
    """One speaker or organization of the front matter: its id, then each field that has a value."""
    return [f"  {ident}:", *(f"    {key}: {_q(value)}" for key, value in fields.items() if value)]


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a YAML double-quoted scalar


def render(d: Draft, orgs_used: set[str] | None = None, themes_used: set[str] | None = None) -> str:
    themes = [t for t in d.themes if themes_used is None or t.id in themes_used]
    orgs = {k: o for k, o in d.orgs.items() if orgs_used is None or k in orgs_used}
    fm = ["---", f"title: {_q(d.title)}"]
    if d.date:
        fm.append(f"date: {d.date.isoformat()}")
    if d.location:
        fm.append(f"location: {_q(d.location)}")
    fm += ["source:", "  kind: imported draft (review before use)"]
    if d.url:
        fm.append(f"  url: {_q(d.url)}")
    if d.speakers:
        fm.append("speakers:")
        for sid, (person, org) in d.speakers.items():
            fm += _entry(sid, name=person.name, honorific=person.honorific, role=person.role)
            if org and org in orgs:
                fm.append(f"    org: {org}")
    if orgs:
        fm.append("organizations:")
        for oid, org_ in orgs.items():
            fm += _entry(oid, name=org_.name, acronym=org_.acronym)
            if org_.aliases:
                fm.append(f"    aliases: [{', '.join(_q(a) for a in org_.aliases)}]")
            parent = next((k for k, o in orgs.items() if o.key == org_.parent), "") if org_.parent else ""
            if parent and parent != oid:
                fm.append(f"    parent: {parent}")
    if themes:
        known = {t.id for t in d.themes[: d.known_themes]}
        if known & {t.id for t in themes}:
            fm.append("# The first themes are the ones the briefings of this folder use.")
        fm.append("themes:")
        for n, t in enumerate(themes):
            if d.proposed_themes and t.id not in known and (n == 0 or themes[n - 1].id in known):
                fm.append("  # Themes proposed from the text's key phrases: review, rename or replace them.")
            fm.append(f"  {t.id}: {_q(t.label)}")
    fm.append("---")

    renderer = Body(d.quotes, d.speakers, lambda text: tag(text, themes))
    body: list[str] = []
    for n, text in enumerate(d.paragraphs):
        if n < 2:
            body += ["## Summary" if n == 0 else "## Text", ""]
        body += renderer.render(n, text)
    return "\n".join(fm) + "\n\n" + "\n".join(body).rstrip("\n") + "\n"
