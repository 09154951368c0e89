"""Questions asked of the shared library: the SQLite index's (tui.core.library.index.queries), in
PostgreSQL. The answers are the same rows, in the same order; the ranking of search hits is
PostgreSQL's (ts_rank), not FTS5's bm25, so hits of near-equal weight may come in another order.

A mixin of :class:`~tui.core.library.postgres.store.PostgresIndex`, which owns the connections.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from tui.core.library.index.queries import (
    MAX_QUERY,
    MAX_WORDS,
    NAME_ROWS,
    PEOPLE,
    RANK_WITHIN,
    Hits,
    QuoteSet,
    gone_quote,
    tally_quotes,
)
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
from tui.core.library.postgres.writer import query_words
from tui.core.library.rows import Paged
from tui.core.text.fold import FoldedWords

if TYPE_CHECKING:
    import psycopg


def read_totals(conn: psycopg.Connection[Any], kind: str) -> list[tuple[str, str, str, int, int]]:
    """As ``index_totals.read``: (key, label, detail, count, briefings) of one kind."""
    sql = "SELECT key, label, detail, count, briefings FROM totals WHERE kind = %s ORDER BY count DESC, key"
    return [(k, label, d, int(n), int(b)) for k, label, d, n, b in conn.execute(sql, (kind,))]


class PostgresQueries:
    read: psycopg.Connection[Any]
    _search_lock: threading.Lock
    _search_cancel: threading.Event

    def _searcher(self) -> psycopg.Connection[Any]:
        raise NotImplementedError

    def _theme_clause(self, themes: Iterable[str], column: str) -> tuple[str, list[Any]]:
        ids = sorted(themes)
        if not ids:
            return "", []
        used = "SELECT briefing FROM themes WHERE tid = ANY(%s) AND quotes + paragraphs > 0"
        return f" AND {column} IN ({used})", [ids]

    def themes(self) -> list[Entry]:
        return [Entry(t, label, "", q, n) for t, label, _d, q, n in read_totals(self.read, "t")]

    def speakers(self, themes: Iterable[str] = ()) -> list[Entry]:
        if not themes:
            entries = [Entry(*row) for row in read_totals(self.read, "s")]
            return sorted(entries, key=lambda e: (-e.quotes, e.label.casefold()))
        speakers = self.quote_set(themes).speakers
        assert speakers is not None
        return speakers

    def _speaker_entries(self, counts: dict[str, tuple[int, set[int]]]) -> list[Entry]:
        if not counts:
            return []
        names = {key: (label, detail) for key, label, detail, _n, _b in read_totals(self.read, "s")}
        entries = []
        for person, (quotes, briefings) in counts.items():
            name, org = names.get(person, (person, ""))
            entries.append(Entry(person, name, org, quotes, len(briefings)))
        return sorted(entries, key=lambda e: (-e.quotes, e.label.casefold()))

    def orgs(self, themes: Iterable[str] = ()) -> list[Entry]:
        if not themes:
            return [
                Entry(k, short, name if name != short else "", m, b, "mention")
                for k, short, name, m, b in read_totals(self.read, "o")
            ]
        clause, args = self._theme_clause(themes, "o.briefing")
        sql = f"""SELECT o.key, max(coalesce(nullif(o.acronym, ''), o.name)), max(o.name), sum(o.mentions),
                  count(DISTINCT o.briefing)
                  FROM orgs o WHERE true{clause} GROUP BY o.key ORDER BY sum(o.mentions) DESC, o.key"""
        return [
            Entry(k, short, name if name != short else "", int(m), int(b), "mention")
            for k, short, name, m, b in self.read.execute(sql, args)
        ]

    def org_mentions(self, key: str, themes: Iterable[str] = ()) -> list[Mention]:
        clause, args = self._theme_clause(themes, "o.briefing")
        sql = f"""SELECT b.id, b.path, b.title, b.date, o.oid, o.mentions
                  FROM orgs o JOIN briefings b ON b.id = o.briefing
                  WHERE o.key = %s AND o.mentions > 0{clause} ORDER BY b.date DESC, lower(b.title), b.id"""
        return [Mention(*r) for r in self.read.execute(sql, [key, *args])]

    def _quote_clause(self, themes: Iterable[str], person: str, org: str) -> tuple[str, list[Any]]:
        ids = sorted(themes)
        clause, args = "", list[Any]()
        if ids:
            clause = " AND (q.briefing, q.qid) IN (SELECT briefing, qid FROM quote_themes WHERE tid = ANY(%s))"
            args.append(ids)
        if person:
            clause += " AND q.person = %s"
            args.append(person)
        if org:
            clause += " AND q.orgkey = %s"
            args.append(org)
        return clause, args

    def quote_months(self, themes: Iterable[str] = (), person: str = "", org: str = "") -> dict[str, int]:
        if not (themes or person or org):
            return {month: n for month, _label, _detail, n, _briefings in read_totals(self.read, "m")}
        return self.quote_set(themes, person, org).months

    def quotes(self, themes: Iterable[str] = (), person: str = "", org: str = "", period: str = "") -> Paged[QuoteRow]:
        return self.quote_set(themes, person, org, period).quotes

    def quote_set(self, themes: Iterable[str] = (), person: str = "", org: str = "", period: str = "") -> QuoteSet:
        themes = sorted(themes)
        if not (themes or person or org):
            return QuoteSet(self._every_quote(period), self.quote_months(), self.speakers())
        clause, args = self._quote_clause(themes, person, org)
        sql = f"""SELECT q.id, q.briefing, q.person, q.date FROM quotes q WHERE true{clause}
                  ORDER BY q.date DESC, q.briefing DESC, q.idx"""
        ids, sources, months, people = tally_quotes(self.read.execute(sql, args), period)
        paged = self._paged(ids, sources)
        return QuoteSet(paged, months, None if person else self._speaker_entries(people))

    def _every_quote(self, period: str) -> Paged[QuoteRow]:
        order = " ORDER BY date DESC, briefing DESC, idx"
        if period:
            args: list[Any]
            if period.isascii():
                upper = period[:-1] + chr(ord(period[-1]) + 1)
                sql, args = "SELECT id, briefing FROM quotes WHERE date >= %s AND date < %s", [period, upper]
            else:
                sql, args = "SELECT id, briefing FROM quotes WHERE substr(date, 1, %s) = %s", [len(period), period]
            found = self.read.execute(sql + order, args).fetchall()
            return self._paged([r[0] for r in found], len({r[1] for r in found}))
        every = read_totals(self.read, "q")
        ids = [rowid for (rowid,) in self.read.execute("SELECT id FROM quotes" + order)]
        return self._paged(ids, every[0][4] if every else 0)

    def _paged(self, ids: list[int], sources: int) -> Paged[QuoteRow]:
        paged = Paged(ids, self._fetch_quotes, {}, gone_quote)
        paged.sources = sources
        return paged

    def _fetch_quotes(self, ids: Sequence[int], conn: psycopg.Connection[Any] | None = None) -> dict[int, QuoteRow]:
        sql = """SELECT q.id, q.briefing, b.path, b.title, b.date, q.qid,
                 coalesce((SELECT s.name FROM speakers s WHERE s.briefing = q.briefing AND s.person = q.person
                           LIMIT 1), ''),
                 coalesce((SELECT coalesce(nullif(o.acronym, ''), o.name) FROM orgs o
                           WHERE o.briefing = q.briefing AND o.key = q.orgkey LIMIT 1), ''), q.tn, q.line, b.texts
                 FROM quotes q JOIN briefings b ON b.id = q.briefing WHERE q.id = ANY(%s)"""
        rows: dict[int, QuoteRow] = {}
        texts: dict[int, list[tuple[str, int, str]]] = {}
        for r in (conn or self.read).execute(sql, (list(ids),)):
            if r[1] not in texts:
                texts[r[1]] = unpack_texts(r[-1])
            tn = r[8]
            text = texts[r[1]][tn][2] if isinstance(tn, int) and 0 <= tn < len(texts[r[1]]) else ""
            rows[r[0]] = QuoteRow(r[1], r[2], r[3], r[4], r[5], r[6], r[7], text, r[9])
        return rows

    def search(self, query: str, limit: int = 50) -> Hits:
        """Full text, ranked (ts_rank), with a snippet; every word must match, the last as a prefix.
        Bounded as the SQLite index's: past RANK_WITHIN matching texts, the newest, titles first."""
        query = query[:MAX_QUERY]
        typed = [w for w in "".join(c if c.isalnum() else " " for c in query).split() if w][:MAX_WORDS]
        words = query_words(typed)
        if not words:
            return Hits()
        # Lexemes quoted, as tsquery's own input (words are letters and digits: nothing to escape).
        match = " & ".join(f"'{w}'" for w in words[:-1]) + (" & " if len(words) > 1 else "") + f"'{words[-1]}':*"
        psycopg = _driver()
        self._search_cancel.set()
        with self._search_lock:
            self._search_cancel.clear()
            conn = self._searcher()
            try:
                # "rowid + 0": the words' index finds the rows, then the newest are kept; walking the
                # primary key backwards instead read the whole table for a word found nowhere.
                sql = "SELECT rowid FROM search WHERE tsv @@ %s::tsquery ORDER BY rowid + 0 DESC LIMIT %s"
                newest = [rowid for (rowid,) in conn.execute(sql, (match, RANK_WITHIN + 1))]
                capped = len(newest) > RANK_WITHIN
                if not newest:
                    return Hits()
                if capped:
                    ranked = sorted(newest[:RANK_WITHIN], key=lambda r: (r % TEXTS_PER_BRIEFING != 0, -r))
                else:
                    ranked = self._bm25(conn, match, words)
                ids = ranked[:limit]
                said = self._quotes_of_people(conn, match, limit) if newest else []
                bids = sorted({rowid // TEXTS_PER_BRIEFING for rowid in ids})
                sql = "SELECT id, path, title, texts FROM briefings WHERE id = ANY(%s)"
                found = {r[0]: r[1:] for r in conn.execute(sql, (bids,))} if bids else {}
            except psycopg.errors.QueryCanceled:
                return Hits()  # a newer search, or quitting
        if not ids:
            return Hits()
        pattern = FoldedWords(typed)
        hits = Hits(capped=capped)
        for q in said:
            hits.append(Hit(q.briefing, q.path, q.title, q.line, "quote", *snippet(f"{q.speaker}: {q.text}", pattern)))
        first = {(q.briefing, q.line) for q in said}
        texts: dict[int, list[tuple[str, int, str]]] = {}
        for rowid in ids:
            briefing, n = divmod(rowid, TEXTS_PER_BRIEFING)
            if briefing not in found:
                continue
            path, title, blob = found[briefing]
            if briefing not in texts:
                texts[briefing] = unpack_texts(blob)
            if n < len(texts[briefing]):
                kind, line, text = texts[briefing][n]
                if kind == "quote" and (briefing, line) in first:
                    continue
                hits.append(Hit(briefing, path, title, line, kind, *snippet(shown(kind, text), pattern)))
        return hits

    def _bm25(self, conn: psycopg.Connection[Any], match: str, words: list[str]) -> list[int]:
        """The matching texts (at most RANK_WITHIN), best first, by SQLite FTS5's bm25: the same
        statistics (rows, words, rows that have each word), the same formula, the same ties
        (the newest first), so that both backends rank alike."""
        terms = [(w, n == len(words) - 1) for n, w in enumerate(words)]
        counted = ", ".join(
            "(SELECT coalesce(sum(cardinality(u.positions)), 0) FROM unnest(s.tsv) u WHERE "
            + ("starts_with(u.lexeme, %s))" if prefix else "u.lexeme = %s)")
            for _w, prefix in terms
        )
        sql = f"SELECT s.rowid, s.ntok, {counted} FROM search s WHERE s.tsv @@ %s::tsquery"
        rows = conn.execute(sql, [*words, match]).fetchall()
        size = read_totals(conn, "x")
        tokens, texts = (size[0][3], size[0][4]) if size else (0, 0)
        avgdl = tokens / texts if texts else 1.0
        idf = []
        for w, prefix in terms:
            one = f"'{w}':*" if prefix else f"'{w}'"
            (hits,) = conn.execute("SELECT count(*) FROM search WHERE tsv @@ %s::tsquery", (one,)).fetchone() or (0,)
            value = math.log((texts - hits + 0.5) / (hits + 0.5))
            idf.append(value if value > 0.0 else 1e-6)
        k1, b = 1.2, 0.75
        scored = []
        for rowid, size_d, *freqs in rows:
            score = 0.0
            for i, f in enumerate(freqs):
                f = float(f)
                score += idf[i] * ((f * (k1 + 1.0)) / (f + k1 * (1 - b + b * float(size_d) / avgdl)))
            scored.append((-1.0 * score, -rowid, rowid))
        return [rowid for _score, _newest, rowid in sorted(scored)]

    def _quotes_of_people(self, conn: psycopg.Connection[Any], match: str, limit: int) -> list[QuoteRow]:
        sql = """SELECT s.person FROM (SELECT rowid FROM search WHERE name_tsv @@ %s::tsquery
                                       ORDER BY rowid + 0 DESC LIMIT %s) m
                 JOIN speakers s ON s.briefing = m.rowid / %s AND s.tn = m.rowid %% %s ORDER BY m.rowid DESC"""
        people: dict[str, None] = {}
        for (person,) in conn.execute(sql, (match, NAME_ROWS, TEXTS_PER_BRIEFING, TEXTS_PER_BRIEFING)):
            if person:
                people[person] = None
                if len(people) >= PEOPLE:
                    break
        found: list[tuple[str, int, int, int]] = []
        for person in people:
            sql = """SELECT date, briefing, idx, id FROM quotes WHERE person = %s
                     ORDER BY date DESC, briefing DESC, idx LIMIT %s"""
            found += conn.execute(sql, (person, limit)).fetchall()
        found.sort(key=lambda r: (r[0] or "", r[1], -r[2]), reverse=True)
        ids = [r[3] for r in found[:limit]]
        quotes = self._fetch_quotes(ids, conn)
        return [quotes[rowid] for rowid in ids if rowid in quotes]


def _driver() -> Any:
    from tui.core.library.postgres.schema import driver

    return driver()
