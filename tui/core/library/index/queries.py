"""Questions asked across the library: full-text search, and the library screen's themes, speakers,
organizations, their mentions and their quotes, filtered by themes.

:class:`~tui.core.library.index.store.LibraryIndex` holds one, and asks it through its reading
connection (``connections.read``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tui.core.library.index import totals as index_totals
from tui.core.library.index.connections import Connections
from tui.core.library.index.records import (
    TEXTS_PER_BRIEFING,
    Entry,
    Hit,
    Mention,
    QuoteRow,
    shown,
    snippet,
    unpack_texts,
)
from tui.core.library.rows import GONE, Paged
from tui.core.text.fold import FoldedWords


def gone_quote(rid: int) -> QuoteRow:
    """What a quote row reads as once its briefing left the index."""
    return QuoteRow(0, "", GONE, "", "", "", "", "", 0)


def tally_quotes(
    rows: Iterable[tuple[int, int, str, str | None]], period: str
) -> tuple[list[int], int, dict[str, int], dict[str, tuple[int, set[int]]]]:
    """From (quote id, briefing, person, date) rows, newest first: the ids within ``period``, how
    many briefings they come from, quotes per month, and per person (quotes, their briefings).
    Both backends read a quote set through this."""
    ids: list[int] = []
    sources: set[int] = set()
    months: dict[str, int] = {}
    people: dict[str, tuple[int, set[int]]] = {}
    for rowid, bid, who, date in rows:
        date = date or ""
        if index_totals.MONTH.match(date):
            months[date[:7]] = months.get(date[:7], 0) + 1
        if who:
            n, of = people.get(who, (0, set()))
            of.add(bid)
            people[who] = (n + 1, of)
        if date[: len(period)] == period:
            ids.append(rowid)
            sources.add(bid)
    return ids, len(sources), months, people


# A query of more words than this is cut: each word is a term of the FTS5 match.
MAX_WORDS = 16
MAX_QUERY = 256
# A search ranks at most this many matching texts, the newest (the most recently indexed).
RANK_WITHIN = 5000
# A query that matches speakers' names brings their quotes first: the people of at most this
# many of the newest matching names, at most PEOPLE of them.
NAME_ROWS, PEOPLE = 500, 20


class Hits(list[Hit]):
    """Search results, best first; ``capped``: more texts matched than were ranked."""

    def __init__(self, hits: Iterable[Hit] = (), capped: bool = False) -> None:
        super().__init__(hits)
        self.capped = capped


@dataclass(frozen=True)
class QuoteSet:
    """One selection's quotes, their count per month, and their speakers (None when a person or an
    organization narrows the quotes: the speakers pane follows the themes alone)."""

    quotes: Paged[QuoteRow]
    months: dict[str, int]
    speakers: list[Entry] | None


class LibraryQueries:
    """The library screen's questions, and full-text search; one search runs at a time."""

    def __init__(self, connections: Connections) -> None:
        self.connections = connections
        self._search_lock = threading.Lock()
        self._search_cancel = threading.Event()

    @property
    def read(self) -> sqlite3.Connection:
        """The reading connection (a new one after the file was rebuilt)."""
        return self.connections.read

    def cancel_search(self) -> None:
        """Stop a search under way (the reader is quitting)."""
        self._search_cancel.set()

    def interrupted(self) -> bool:
        """SQLite's progress handler during a search: true stops the query."""
        return self._search_cancel.is_set()

    def _theme_clause(self, themes: Iterable[str], column: str = "b.id") -> tuple[str, list[str]]:
        ids = sorted(themes)
        if not ids:
            return "", []
        marks = ",".join("?" * len(ids))
        return f" AND {column} IN (SELECT briefing FROM themes WHERE tid IN ({marks}) AND quotes + paragraphs > 0)", ids

    def themes(self) -> list[Entry]:
        return [Entry(t, label, "", q, n) for t, label, _d, q, n in index_totals.read(self.read, "t")]

    def speakers(self, themes: Iterable[str] = ()) -> list[Entry]:
        if not themes:  # the whole library's: kept up to date as briefings come and go
            entries = [Entry(*row) for row in index_totals.read(self.read, "s")]
            return sorted(entries, key=lambda e: (-e.quotes, e.label.casefold()))
        speakers = self.quote_set(themes).speakers
        assert speakers is not None
        return speakers

    def _speaker_entries(self, counts: dict[str, tuple[int, set[int]]]) -> list[Entry]:
        """Entries for (person -> quotes, their briefings), named as in the whole library's list (the
        totals: a few rows a person; grouping every speaker row for the names took 14 s at a million)."""
        if not counts:
            return []
        names = {key: (label, detail) for key, label, detail, _n, _b in index_totals.read(self.read, "s")}
        entries = []
        for person, (quotes, briefings) in counts.items():
            name, org = names.get(person, (person, ""))
            entries.append(Entry(person, name, org, quotes, len(briefings)))
        return sorted(entries, key=lambda e: (-e.quotes, e.label.casefold()))

    def orgs(self, themes: Iterable[str] = ()) -> list[Entry]:
        if not themes:
            return [
                Entry(k, short, name if name != short else "", m, b, "mention")
                for k, short, name, m, b in index_totals.read(self.read, "o")
            ]
        clause, args = self._theme_clause(themes, "o.briefing")
        sql = f"""SELECT o.key, max(coalesce(nullif(o.acronym, ''), o.name)), max(o.name), sum(o.mentions),
                  count(DISTINCT o.briefing)
                  FROM orgs o WHERE 1=1{clause} GROUP BY o.key ORDER BY sum(o.mentions) DESC, o.key"""
        return [
            Entry(k, short, name if name != short else "", m, b, "mention")
            for k, short, name, m, b in self.read.execute(sql, args)
        ]

    def org_mentions(self, key: str, themes: Iterable[str] = ()) -> list[Mention]:
        """The briefings that mention an organization (merged key), with how often, newest first."""
        clause, args = self._theme_clause(themes, "o.briefing")
        sql = f"""SELECT b.id, b.path, b.title, b.date, o.oid, o.mentions
                  FROM orgs o JOIN briefings b ON b.id = o.briefing
                  WHERE o.key = ? AND o.mentions > 0{clause} ORDER BY b.date DESC, b.title COLLATE NOCASE"""
        return [Mention(*r) for r in self.read.execute(sql, [key, *args])]

    def _theme_quotes(self, themes: Iterable[str]) -> tuple[str, list[str]]:
        ids = sorted(themes)
        if not ids:
            return "", []
        marks = ",".join("?" * len(ids))
        return f" AND (q.briefing, q.qid) IN (SELECT briefing, qid FROM quote_themes WHERE tid IN ({marks}))", ids

    def _quote_clause(self, themes: Iterable[str], person: str, org: str) -> tuple[str, list[str]]:
        clause, args = self._theme_quotes(themes)
        if person:
            clause += " AND q.person = ?"
            args.append(person)
        if org:
            clause += " AND q.orgkey = ?"
            args.append(org)
        return clause, args

    def quote_months(self, themes: Iterable[str] = (), person: str = "", org: str = "") -> dict[str, int]:
        """How many of the selected quotes each month has ("2016-03" -> 4), for the timeline."""
        if not (themes or person or org):  # every quote: the library's totals, kept as briefings come and go
            return {month: n for month, _label, _detail, n, _briefings in index_totals.read(self.read, "m")}
        return self.quote_set(themes, person, org).months

    def quotes(self, themes: Iterable[str] = (), person: str = "", org: str = "", period: str = "") -> Paged[QuoteRow]:
        """Quotes across the library: any of the themes, and of this person or organization (and
        of a period), newest first; all of them, read a page at a time as they are shown."""
        return self.quote_set(themes, person, org, period).quotes

    def quote_set(self, themes: Iterable[str] = (), person: str = "", org: str = "", period: str = "") -> QuoteSet:
        """The selected quotes, their timeline and (unless a speaker is chosen) their speakers, from one
        reading of the selection: each of the three read every selected quote (a second apiece for
        one theme at a million briefings). ``period`` ("2016", "2016-03") narrows the quotes only."""
        themes = sorted(themes)
        if not (themes or person or org):
            return QuoteSet(self._every_quote(period), self.quote_months(), self.speakers())
        clause, args = self._quote_clause(themes, person, org)
        # Each quote carries its briefing's date: the order is an index's (quotes_by_date).
        sql = f"""SELECT q.rowid, q.briefing, q.person, q.date FROM quotes q WHERE 1=1{clause}
                  ORDER BY q.date DESC, q.briefing DESC, q.idx"""
        ids, sources, months, people = tally_quotes(self.read.execute(sql, args), period)
        paged = self._paged(ids, sources)
        # An organization chosen narrows the speakers to its own (a speaker chosen keeps them all).
        return QuoteSet(paged, months, None if person else self._speaker_entries(people))

    def _every_quote(self, period: str) -> Paged[QuoteRow]:
        """Every quote (five million among a million briefings), or a period's: their ids alone."""
        if period:
            # The dates that begin with the period ("2016", "2016-03", as the timeline gives them):
            # a range of the date index. Anything else is compared date by date.
            order = " ORDER BY date DESC, briefing DESC, idx"
            if period.isascii():
                upper = period[:-1] + chr(ord(period[-1]) + 1)
                sql, args = "SELECT rowid, briefing FROM quotes WHERE date >= ? AND date < ?", [period, upper]
            else:
                sql = "SELECT rowid, briefing FROM quotes WHERE substr(date, 1, ?) = ?"
                args = [str(len(period)), period]
            found = self.read.execute(sql + order, args).fetchall()
            return self._paged([r[0] for r in found], len({r[1] for r in found}))
        sql = "SELECT rowid FROM quotes ORDER BY date DESC, briefing DESC, idx"
        every = index_totals.read(self.read, "q")  # how many briefings they come from: kept, not counted
        return self._paged([rowid for (rowid,) in self.read.execute(sql)], every[0][4] if every else 0)

    def _paged(self, ids: list[int], sources: int) -> Paged[QuoteRow]:
        """Quotes known by id, read a page at a time; ``sources``: how many briefings they come from."""
        paged = Paged(ids, self._fetch_quotes, {}, gone_quote)
        paged.sources = sources
        return paged

    def _fetch_quotes(self, ids: Sequence[int]) -> dict[int, QuoteRow]:
        rows: dict[int, QuoteRow] = {}
        for start in range(0, len(ids), 500):  # within SQLite's limit on parameters
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            sql = f"""SELECT q.rowid, q.briefing, b.path, b.title, b.date, q.qid,
                      coalesce((SELECT s.name FROM speakers s WHERE s.briefing = q.briefing AND s.person = q.person
                                LIMIT 1), ''),
                      coalesce((SELECT coalesce(nullif(o.acronym, ''), o.name) FROM orgs o
                                WHERE o.briefing = q.briefing AND o.key = q.orgkey LIMIT 1), ''), q.tn, q.line,
                      b.texts
                      FROM quotes q JOIN briefings b ON b.id = q.briefing WHERE q.rowid IN ({marks})"""
            texts: dict[int, list[tuple[str, int, str]]] = {}
            for r in self.read.execute(sql, chunk):
                # The quote's text is read from its briefing's texts (stored once, compressed).
                if r[1] not in texts:
                    texts[r[1]] = unpack_texts(r[-1])
                tn = r[8]
                text = texts[r[1]][tn][2] if isinstance(tn, int) and 0 <= tn < len(texts[r[1]]) else ""
                rows[r[0]] = QuoteRow(r[1], r[2], r[3], r[4], r[5], r[6], r[7], text, r[9])
        return rows

    def _ranked(self, match: str, newest: list[int], capped: bool) -> list[int]:
        """The matching texts, best first. bm25 reads every match of each word for its
        statistics (a quarter of a second for a common word among a million briefings):
        where there are more matches than RANK_WITHIN, the newest are listed instead,
        titles first."""
        if capped:
            return sorted(newest, key=lambda rowid: (rowid % TEXTS_PER_BRIEFING != 0, -rowid))
        sql = "SELECT rowid, bm25(search) FROM search WHERE search MATCH ?"
        return [rowid for rowid, _score in sorted(self.read.execute(sql, (match,)), key=lambda r: (r[1], -r[0]))]

    def search(self, query: str, limit: int = 50) -> Hits:
        """Full text, ranked (bm25), with a snippet; every word must match, the last as a prefix.

        The ranking is bounded: where more than RANK_WITHIN texts match, the
        newest of them are listed, titles first, not ranked (``capped`` says so;
        see ``_ranked``). Only
        the top ``limit`` are fetched, their snippets cut here (FTS5's
        snippet() would be computed for every match before the sort).
        """
        query = query[:MAX_QUERY]
        words = [w for w in "".join(c if c.isalnum() else " " for c in query).split() if w][:MAX_WORDS]
        if not words:
            return Hits()
        match = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        # A newer search (or quitting) interrupts this one: superseded queries never run on.
        self._search_cancel.set()
        with self._search_lock:
            self._search_cancel.clear()
            self.read.set_progress_handler(self.interrupted, 1000)
            try:
                sql = "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid DESC LIMIT ?"
                newest = [rowid for (rowid,) in self.read.execute(sql, (match, RANK_WITHIN + 1))]
                capped = len(newest) > RANK_WITHIN
                ids = self._ranked(match, newest[:RANK_WITHIN], capped)[:limit]
                said = self._quotes_of_people(match, limit) if newest else []
                bids = sorted({rowid // TEXTS_PER_BRIEFING for rowid in ids})
                marks = ",".join("?" * len(bids))
                sql = f"SELECT id, path, title, texts FROM briefings WHERE id IN ({marks})"
                found = {r[0]: r[1:] for r in self.read.execute(sql, bids)} if bids else {}
            except sqlite3.OperationalError:
                return Hits()  # interrupted, or a query FTS5 refuses
            finally:
                self.read.set_progress_handler(None, 0)
        if not ids:
            return Hits()
        # Accents and case folded as the search table folds them ("sahovic" finds "Šahović").
        pattern = FoldedWords(words)
        hits = Hits(capped=capped)
        for q in said:
            hits.append(Hit(q.briefing, q.path, q.title, q.line, "quote", *snippet(f"{q.speaker}: {q.text}", pattern)))
        first = {(q.briefing, q.line) for q in said}
        texts: dict[int, list[tuple[str, int, str]]] = {}
        for rowid in ids:
            briefing, n = divmod(rowid, TEXTS_PER_BRIEFING)
            if briefing not in found:
                continue  # removed by an update between the two queries
            path, title, blob = found[briefing]
            if briefing not in texts:
                texts[briefing] = unpack_texts(blob)
            if n < len(texts[briefing]):
                kind, line, text = texts[briefing][n]
                if kind == "quote" and (briefing, line) in first:
                    continue  # already listed with its speaker's quotes
                hits.append(Hit(briefing, path, title, line, kind, *snippet(shown(kind, text), pattern)))
        return hits

    def _quotes_of_people(self, match: str, limit: int) -> list[QuoteRow]:
        """The newest quotes of the people whose name the query matches (every word, as the
        search): a journalist who types a name wants what that person said."""
        sql = "SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid DESC LIMIT ?"
        people: dict[str, None] = {}
        for (rowid,) in self.read.execute(sql, (f"name : ({match})", NAME_ROWS)):
            bid, n = divmod(rowid, TEXTS_PER_BRIEFING)
            sql = "SELECT person FROM speakers WHERE briefing = ? AND tn = ?"
            people.update((person, None) for (person,) in self.read.execute(sql, (bid, n)) if person)
            if len(people) >= PEOPLE:
                break
        found: list[tuple[str, int, int, int]] = []
        for person in people:
            # The person's newest quotes: a range of the index quotes_p, however many they said.
            sql = """SELECT date, briefing, idx, rowid FROM quotes WHERE person = ?
                     ORDER BY date DESC, briefing DESC, idx LIMIT ?"""
            found += self.read.execute(sql, (person, limit))
        found.sort(key=lambda r: (r[0] or "", r[1], -r[2]), reverse=True)
        ids = [r[3] for r in found[:limit]]
        quotes = self._fetch_quotes(ids)
        return [quotes[rowid] for rowid in ids if rowid in quotes]
