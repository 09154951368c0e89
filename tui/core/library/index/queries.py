"""Questions asked across the library: full-text search, and the library screen's themes, speakers,
organizations, their mentions and their quotes, filtered by themes.

:class:`~tui.core.library.index.store.LibraryIndex` holds one, and asks it through its reading
connection (``connections.read``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence

from tui.core.library.index import answers
from tui.core.library.index import totals as index_totals
from tui.core.library.index.answers import MAX_QUERY as MAX_QUERY
from tui.core.library.index.answers import MAX_WORDS as MAX_WORDS
from tui.core.library.index.answers import NAME_ROWS, PEOPLE
from tui.core.library.index.answers import RANK_WITHIN as RANK_WITHIN
from tui.core.library.index.answers import Hits as Hits
from tui.core.library.index.answers import QuoteSet as QuoteSet
from tui.core.library.index.connections import Connections
from tui.core.library.index.records import TEXTS_PER_BRIEFING, Entry, Mention, QuoteRow
from tui.core.library.rows import Paged


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

    def _totals(self, kind: str) -> list[tuple[str, str, str, int, int]]:
        return index_totals.read(self.read, kind)

    def themes(self) -> list[Entry]:
        return answers.theme_entries(self._totals("t"))

    def speakers(self, themes: Iterable[str] = ()) -> list[Entry]:
        return answers.speakers_within(themes, lambda: self._totals("s"), self.quote_set)

    def orgs(self, themes: Iterable[str] = ()) -> list[Entry]:
        if not themes:
            return answers.org_entries(self._totals("o"))
        clause, args = self._theme_clause(themes, "o.briefing")
        sql = f"""SELECT o.key, max(coalesce(nullif(o.acronym, ''), o.name)), max(o.name), sum(o.mentions),
                  count(DISTINCT o.briefing)
                  FROM orgs o WHERE 1=1{clause} GROUP BY o.key ORDER BY sum(o.mentions) DESC, o.key"""
        return answers.org_entries(self.read.execute(sql, args))

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
            return answers.month_counts(self._totals("m"))
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
        rows = self.read.execute(sql, args)
        return answers.selected_quotes(rows, period, person, self._fetch_quotes, lambda: self._totals("s"))

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
            return answers.paged_quotes([r[0] for r in found], len({r[1] for r in found}), self._fetch_quotes)
        sql = "SELECT rowid FROM quotes ORDER BY date DESC, briefing DESC, idx"
        every = index_totals.read(self.read, "q")  # how many briefings they come from: kept, not counted
        ids = [rowid for (rowid,) in self.read.execute(sql)]
        return answers.paged_quotes(ids, every[0][4] if every else 0, self._fetch_quotes)

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
            rows.update(answers.quote_rows(self.read.execute(sql, chunk)))
        return rows

    def _ranked(self, match: str, newest: list[int], capped: bool) -> list[int]:
        """The matching texts, best first. bm25 reads every match of each word for its
        statistics (a quarter of a second for a common word among a million briefings):
        where there are more matches than RANK_WITHIN, the newest are listed instead,
        titles first."""
        if capped:
            return answers.newest_titles_first(newest)
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
        words = answers.typed_words(query)
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
        return answers.hits_of(said, ids, found, words, capped)

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
        found: list[Sequence[object]] = []
        for person in people:
            # The person's newest quotes: a range of the index quotes_p, however many they said.
            sql = """SELECT date, briefing, idx, rowid FROM quotes WHERE person = ?
                     ORDER BY date DESC, briefing DESC, idx LIMIT ?"""
            found += self.read.execute(sql, (person, limit))
        ids = answers.newest_of_people(found, limit)
        quotes = self._fetch_quotes(ids)
        return [quotes[rowid] for rowid in ids if rowid in quotes]
