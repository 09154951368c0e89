"""Library-wide totals kept up to date as briefings come and go: the library screen's
unfiltered themes, speakers, organizations, quote count and timeline read a few
hundred rows instead of grouping every row of the library (seconds at 100,000
briefings; at a million, counting the quotes per month alone took a second).

Each briefing adds its own counts when it is stored and takes them back before it
is removed, so a change costs in proportion to the briefing, not to the library.
A label (a theme's, a speaker's name) is the one last stored.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tui.core.library.index.records import Record

TABLE = """CREATE TABLE totals (kind TEXT, key TEXT, label TEXT, detail TEXT, count INTEGER, briefings INTEGER,
    PRIMARY KEY (kind, key)) WITHOUT ROWID"""

_UPSERT = """ ON CONFLICT (kind, key) DO UPDATE SET count = count + excluded.count,
    briefings = briefings + excluded.briefings,
    label = CASE WHEN excluded.briefings > 0 THEN excluded.label ELSE label END,
    detail = CASE WHEN excluded.briefings > 0 THEN excluded.detail ELSE detail END"""

# One stored briefing's share of each total, read from its rows (times :sign, -1 to take it back).
_SHARES = [
    """INSERT INTO totals SELECT 't', tid, label, '', :sign * quotes, :sign FROM themes
       WHERE briefing = :bid AND quotes + paragraphs > 0""",
    """INSERT INTO totals SELECT 's', q.person,
         coalesce((SELECT s.name FROM speakers s WHERE s.briefing = :bid AND s.person = q.person LIMIT 1), q.person),
         coalesce((SELECT coalesce(nullif(o.acronym, ''), o.name) FROM speakers s JOIN orgs o
                   ON o.briefing = s.briefing AND o.oid = s.org
                   WHERE s.briefing = :bid AND s.person = q.person LIMIT 1), ''),
         :sign * count(*), :sign FROM quotes q WHERE q.briefing = :bid AND q.person != '' GROUP BY q.person""",
    """INSERT INTO totals SELECT 'o', key, max(coalesce(nullif(acronym, ''), name)), max(name),
         :sign * sum(mentions), :sign FROM orgs WHERE briefing = :bid GROUP BY key""",
    """INSERT INTO totals SELECT 'n', '', '', '', :sign, :sign FROM briefings WHERE id = :bid""",
    """INSERT INTO totals SELECT 'q', '', '', '', :sign * quotes, :sign FROM briefings
       WHERE id = :bid AND quotes > 0""",
    f"""INSERT INTO totals SELECT 'm', substr(date, 1, 7), '', '', :sign * quotes, :sign FROM briefings
       WHERE id = :bid AND quotes > 0 AND date GLOB '{"[0-9]" * 4}-[0-9][0-9]*'""",
]
# The timeline's months: a date that begins "YYYY-MM" (ASCII digits, as the GLOB above).
MONTH = re.compile(r"[0-9]{4}-[0-9]{2}")


def add_records(db: sqlite3.Connection, records: Iterable[Record]) -> None:
    """Add the shares of briefings being stored, summed in memory first (a batch of 200 briefings
    touches some hundreds of totals, not thousands); the labels are the last record's."""
    totals: dict[tuple[str, str], list[Any]] = {}

    def count(kind: str, key: str, label: str, detail: str, n: int) -> None:
        row = totals.get((kind, key))
        if row is None:
            totals[kind, key] = [kind, key, label, detail, n, 1]
        else:
            row[2:4] = label, detail
            row[4] += n
            row[5] += 1

    for r in records:
        for tid, label, quotes, paragraphs in r.themes:
            if quotes + paragraphs:
                count("t", tid, label, "", quotes)
        quotes_of: dict[str, int] = {}
        for q in r.quotes:
            if q[2]:
                quotes_of[q[2]] = quotes_of.get(q[2], 0) + 1
        short = {oid: acronym or name for oid, _key, name, acronym, _m in r.orgs}
        who: dict[str, tuple[str, str]] = {}
        for _sid, person, name, _honorific, _role, org, _tn in r.speakers:
            who.setdefault(person, (name, short.get(org, "")))
        for person, n in quotes_of.items():
            count("s", person, *who.get(person, (person, "")), n)
        orgs: dict[str, tuple[str, str, int]] = {}
        for _oid, key, name, acronym, mentions in r.orgs:
            was = orgs.get(key, ("", "", 0))
            orgs[key] = (max(was[0], acronym or name), max(was[1], name), was[2] + mentions)
        for key, (label, name, mentions) in orgs.items():
            count("o", key, label, name, mentions)
        count("n", "", "", "", 1)  # the briefings: counting the table's rows read all of them
        if r.quotes:  # every quote, and per month: the library screen's unfiltered count and timeline
            count("q", "", "", "", len(r.quotes))
            if MONTH.match(r.date):
                count("m", r.date[:7], "", "", len(r.quotes))
    db.executemany("INSERT INTO totals VALUES (?, ?, ?, ?, ?, ?)" + _UPSERT, list(totals.values()))


def take_back(db: sqlite3.Connection, bid: int) -> None:
    """Take back the share of a stored briefing about to be removed, read from its rows;
    totals of no briefing go."""
    for sql in _SHARES:
        db.execute(sql + _UPSERT, {"bid": bid, "sign": -1})
    db.execute("DELETE FROM totals WHERE briefings <= 0")


def read(db: sqlite3.Connection, kind: str) -> list[tuple[str, str, str, int, int]]:
    """(key, label, detail, count, briefings) of one kind: 't' themes, 's' speakers, 'o' organizations,
    'n' the briefings (one row), 'q' every quote (one row), 'm' quotes per month ("2016-03")."""
    sql = "SELECT key, label, detail, count, briefings FROM totals WHERE kind = ? ORDER BY count DESC, key"
    return list(db.execute(sql, (kind,)))
