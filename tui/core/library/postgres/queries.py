"""Questions asked of the shared library: the SQLite index's (tui.core.library.index.queries), in
PostgreSQL. The answers are the same rows, in the same order; the ranking of search hits is
PostgreSQL's (ts_rank), not FTS5's bm25, so hits of near-equal weight may come in another order.

A part of :class:`~tui.core.library.postgres.store.PostgresIndex`, given its connections.
"""

from __future__ import annotations

import math
import sys
import threading
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, cast, overload

from tui.core.library.index import answers
from tui.core.library.index.answers import NAME_ROWS, PEOPLE, RANK_WITHIN, Hits, QuoteSet
from tui.core.library.index.records import TEXTS_PER_BRIEFING, Entry, Mention, QuoteRow
from tui.core.library.postgres.writer import COMMON_SHARE, WORDS_KEPT, query_words
from tui.core.library.rows import Paged

if TYPE_CHECKING:
    import psycopg

    from tui.core.library.postgres.connections import Connections


# A search looks for the newest matches in windows of briefings: the newest FIRST_WINDOW walked
# text by text, then as many as the matches found there say are needed (see newest_matches).
FIRST_WINDOW, WALK_MOST = 256, 4096
# Search terms whose number of texts a reader keeps (a search asks for a few).
MOST_COUNTS = 10_000
LAST_ROWID = 2**63 - 1


class Term(NamedTuple):
    """A search term as the kept words' counts see it: the words from ``lo`` up to ``hi`` (the
    word itself, or every word it begins), how many, their texts summed, whether one of them is
    common (no postings), and the word when there is one."""

    lo: str
    hi: str
    words: int
    texts: int
    common: bool
    only: str


def past(prefix: str) -> str:
    """The first string after every string that begins with ``prefix`` (code point order, which
    is the byte order of "C"); "" when there is none."""
    last = ord(prefix[-1]) + 1
    if 0xD800 <= last < 0xE000:
        last = 0xE000
    return prefix[:-1] + chr(last) if last <= 0x10FFFF else ""


def look_up(conn: psycopg.Connection[Any], words: list[str]) -> tuple[list[Term], int] | None:
    """Each term (the last a prefix) as the kept counts see it, and the number of texts; None
    when the counts or the postings are not kept (a database filled by an older writer, or a
    fill not finished)."""
    ranges = [(w, w + "\x01") for w in words[:-1]] + [(words[-1], past(words[-1]))]
    if not ranges[-1][1]:
        return None
    sql = """SELECT t.n, count(w.key), coalesce(sum(w.count), 0), count(c.word), min(w.key),
                 (SELECT briefings FROM totals WHERE kind = 'x' AND key = ''),
                 EXISTS (SELECT FROM common_words WHERE word = '')
                     AND EXISTS (SELECT FROM briefing_meta WHERE key = %s)
             FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY t (lo, hi, n)
             LEFT JOIN totals w ON w.kind = 'w' AND w.key >= t.lo COLLATE "C" AND w.key < t.hi COLLATE "C"
             LEFT JOIN common_words c ON c.word = w.key GROUP BY t.n ORDER BY t.n"""
    found = conn.execute(sql, (WORDS_KEPT, [lo for lo, _hi in ranges], [hi for _lo, hi in ranges])).fetchall()
    if len(found) != len(ranges) or not found[0][6]:
        return None
    terms = [
        Term(lo, hi, int(n), int(texts), common > 0, first if n == 1 else "")
        for (lo, hi), (_n, n, texts, common, first, _all, _kept) in zip(ranges, found, strict=True)
    ]
    return terms, int(found[0][5] or 0)


def driving(terms: list[Term], texts: int) -> Term | None:
    """The term whose postings a search reads (its rarest one that has postings and is not as
    dense as a common word); None: the search walks the newest texts, or reads GIN, as before."""
    usable = [t for t in terms if not t.common and t.texts <= COMMON_SHARE * texts]
    return min(usable, key=lambda t: t.texts) if usable else None


def read_totals(conn: psycopg.Connection[Any], kind: str) -> list[tuple[str, str, str, int, int]]:
    """As ``index_totals.read``: (key, label, detail, count, briefings) of one kind."""
    sql = "SELECT key, label, detail, count, briefings FROM totals WHERE kind = %s ORDER BY count DESC, key"
    return [(k, label, d, int(n), int(b)) for k, label, d, n, b in conn.execute(sql, (kind,))]


class PostgresQueries:
    """The library screen's questions and search, asked through ``connections``."""

    def __init__(self, connections: Connections) -> None:
        self.connections = connections
        self._search_lock = threading.Lock()
        self._search_cancel = threading.Event()
        self._rows_with: dict[str, int] = {}  # a search term: how many texts have it (bm25's statistics)
        self._rows_with_at = ""  # the search table's version they were counted at
        self._postings_made = False  # whether the database has the postings' tables (kept once seen)

    @property
    def read(self) -> psycopg.Connection[Any]:
        return self.connections.read

    def cancel_search(self) -> None:
        """Stop a search under way (a newer one, or quitting)."""
        self._search_cancel.set()
        self.connections.cancel_search()

    def _theme_clause(self, themes: Iterable[str], column: str) -> tuple[str, list[Any]]:
        ids = sorted(themes)
        if not ids:
            return "", []
        used = "SELECT briefing FROM themes WHERE tid = ANY(%s) AND quotes + paragraphs > 0"
        return f" AND {column} IN ({used})", [ids]

    def _totals(self, kind: str) -> list[tuple[str, str, str, int, int]]:
        return read_totals(self.read, kind)

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
                  FROM orgs o WHERE true{clause} GROUP BY o.key ORDER BY sum(o.mentions) DESC, o.key"""
        return answers.org_entries(self.read.execute(sql, args))

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
            return answers.month_counts(self._totals("m"))
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
        rows = self.read.execute(sql, args)
        return answers.selected_quotes(rows, period, person, self._fetch_quotes, lambda: self._totals("s"))

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
            return answers.paged_quotes([r[0] for r in found], len({r[1] for r in found}), self._fetch_quotes)
        every = read_totals(self.read, "q")
        ids = NewestQuotes(self.read, every[0][3] if every else 0)
        return answers.paged_quotes(cast("list[int]", ids), every[0][4] if every else 0, self._fetch_quotes)

    def _fetch_quotes(self, ids: Sequence[int], conn: psycopg.Connection[Any] | None = None) -> dict[int, QuoteRow]:
        sql = """SELECT q.id, q.briefing, b.path, b.title, b.date, q.qid,
                 coalesce((SELECT s.name FROM speakers s WHERE s.briefing = q.briefing AND s.person = q.person
                           LIMIT 1), ''),
                 coalesce((SELECT coalesce(nullif(o.acronym, ''), o.name) FROM orgs o
                           WHERE o.briefing = q.briefing AND o.key = q.orgkey LIMIT 1), ''), q.tn, q.line, b.texts
                 FROM quotes q JOIN briefings b ON b.id = q.briefing WHERE q.id = ANY(%s)"""
        return answers.quote_rows((conn or self.read).execute(sql, (list(ids),)))

    def search(self, query: str, limit: int = 50) -> Hits:
        """Full text, ranked (ts_rank), with a snippet; every word must match, the last as a prefix.
        Bounded as the SQLite index's: past RANK_WITHIN matching texts, the newest, titles first."""
        typed = answers.typed_words(query)
        words = query_words(typed)
        if not words:
            return Hits()
        # Lexemes quoted, as tsquery's own input (words are letters and digits: nothing to escape).
        match = " & ".join(f"'{w}'" for w in words[:-1]) + (" & " if len(words) > 1 else "") + f"'{words[-1]}':*"
        psycopg = _driver()
        self._search_cancel.set()
        with self._search_lock:
            self._search_cancel.clear()
            conn = self.connections.searcher()
            try:
                looked = self._look_up(conn, words)
                if looked is not None and any(t.texts == 0 for t in looked[0]):
                    return Hits()  # a word no text has
                drive = driving(*looked) if looked is not None else None
                newest = newest_matches(conn, "tsv", match, RANK_WITHIN + 1, drive, len(words) == 1)
                capped = len(newest) > RANK_WITHIN
                if not newest:
                    return Hits()
                if capped:
                    ranked = answers.newest_titles_first(newest[:RANK_WITHIN])
                else:
                    known = self._prefix_count(conn, match, looked[0][-1]) if looked is not None else {}
                    ranked = self._bm25(conn, match, words, known)
                ids = ranked[:limit]
                said = self._quotes_of_people(conn, match, limit, drive, len(words) == 1) if newest else []
                bids = sorted({rowid // TEXTS_PER_BRIEFING for rowid in ids})
                sql = "SELECT id, path, title, texts FROM briefings WHERE id = ANY(%s)"
                found = {r[0]: r[1:] for r in conn.execute(sql, (bids,))} if bids else {}
            except psycopg.errors.QueryCanceled:
                return Hits()  # a newer search, or quitting
        return answers.hits_of(said, ids, found, typed, capped)

    def _look_up(self, conn: psycopg.Connection[Any], words: list[str]) -> tuple[list[Term], int] | None:
        """:func:`look_up`, in a database that has the postings' tables (an older one has not),
        on a server that can read them (a replica cannot read UNLOGGED tables)."""
        if not self._postings_made:
            sql = "SELECT to_regclass('common_words') IS NOT NULL AND NOT pg_is_in_recovery()"
            made = conn.execute(sql).fetchone()
            self._postings_made = bool(made and made[0])
            if not self._postings_made:
                return None
        return look_up(conn, words)

    def _prefix_count(self, conn: psycopg.Connection[Any], match: str, last: Term) -> dict[str, int]:
        """The number of texts that have a word the last term begins (bm25's statistics), as kept:
        its one word's count, or its postings' texts; {} for a common prefix (counted by _bm25)."""
        one = f"'{last.lo}':*"
        if last.only:
            return {one: last.texts}
        if last.common or " & " not in match:
            return {}
        sql = "SELECT count(DISTINCT rowid) FROM postings WHERE word >= %s AND word < %s"
        (n,) = conn.execute(sql, (last.lo, last.hi)).fetchone() or (0,)
        return {one: int(n)}

    def _bm25(
        self, conn: psycopg.Connection[Any], match: str, words: list[str], known: dict[str, int] | None = None
    ) -> list[int]:
        """The matching texts (at most RANK_WITHIN), best first, by SQLite FTS5's bm25: the same
        statistics (rows, words, rows that have each word), the same formula, the same ties
        (the newest first), so that both backends rank alike. ``known``: terms' counts of texts
        already read (from the kept counts)."""
        terms = [(w, n == len(words) - 1) for n, w in enumerate(words)]
        # Each term's occurrences in each matching text, from one pass over its words.
        counted = ", ".join(
            "coalesce(sum(cardinality(u.positions)) FILTER (WHERE "
            + ("starts_with(u.lexeme, %s)), 0)" if prefix else "u.lexeme = %s), 0)")
            for _w, prefix in terms
        )
        sql = f"""SELECT s.rowid, s.ntok, f.* FROM search s CROSS JOIN LATERAL
                  (SELECT {counted} FROM unnest(s.tsv) u) f WHERE s.tsv @@ %s::tsquery"""
        rows = conn.execute(sql, [*words, match]).fetchall()
        # The search table's size; its row version changes with every change to the table.
        sql = f"""SELECT xmin::text, count, briefings, EXISTS (SELECT FROM briefing_meta WHERE key = '{WORDS_KEPT}')
                  FROM totals WHERE kind = 'x' AND key = ''"""
        stamp, tokens, texts, kept = conn.execute(sql).fetchone() or ("", 0, 0, False)
        if stamp != self._rows_with_at:
            self._rows_with, self._rows_with_at = {}, stamp
        avgdl = tokens / texts if texts else 1.0
        whole = [w for w, prefix in terms if not prefix and f"'{w}'" not in self._rows_with]
        kept_counts: dict[str, int] = {}
        if kept and len(terms) > 1 and whole:  # whole words' counts, as the writers keep them
            sql = "SELECT key, count FROM totals WHERE kind = 'w' AND key = ANY(%s)"
            kept_counts = {w: int(n) for w, n in conn.execute(sql, (whole,)).fetchall()}
        idf = []
        for w, prefix in terms:
            one = f"'{w}':*" if prefix else f"'{w}'"
            hits = len(rows) if len(terms) == 1 else (known or {}).get(one, self._rows_with.get(one))
            if hits is None and kept and not prefix:
                hits = kept_counts.get(w, 0)
            if hits is None:
                # Counted once while the table stays as it is: each key typed asks again of the
                # words before the last (a common word's count reads all its rows).
                sql = "SELECT count(*) FROM search WHERE tsv @@ %s::tsquery"
                (hits,) = conn.execute(sql, (one,)).fetchone() or (0,)
                if len(self._rows_with) < MOST_COUNTS:
                    self._rows_with[one] = hits
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

    def _quotes_of_people(
        self, conn: psycopg.Connection[Any], match: str, limit: int, drive: Term | None, alone: bool
    ) -> list[QuoteRow]:
        named = newest_matches(conn, "name_tsv", match, NAME_ROWS, drive, alone)
        # Each name looked up by its briefing (the index), in the matches' order: a join let the
        # planner hash the whole speakers table (40 ms at 10,000 briefings, 1.5 ms this way).
        sql = """SELECT p.person FROM unnest(%s::bigint[]) WITH ORDINALITY m (rowid, n) CROSS JOIN LATERAL
                 (SELECT s.person FROM speakers s WHERE s.briefing = m.rowid / %s AND s.tn = m.rowid %% %s
                  OFFSET 0) p ORDER BY m.n"""
        people: dict[str, None] = {}
        for (person,) in conn.execute(sql, (named, TEXTS_PER_BRIEFING, TEXTS_PER_BRIEFING)) if named else ():
            if person:
                people[person] = None
                if len(people) >= PEOPLE:
                    break
        found: list[Sequence[Any]] = []
        for person in people:
            sql = """SELECT date, briefing, idx, id FROM quotes WHERE person = %s
                     ORDER BY date DESC, briefing DESC, idx LIMIT %s"""
            found += conn.execute(sql, (person, limit)).fetchall()
        ids = answers.newest_of_people(found, limit)
        quotes = self._fetch_quotes(ids, conn)
        return [quotes[rowid] for rowid in ids if rowid in quotes]


class ChunkedIds(Sequence[int]):
    """The ids a query gives (``sql``: one id column, ordered, no OFFSET nor LIMIT), read as far
    as the list is shown: a first screen reads one chunk, not the 100,000 ids of 100,000
    briefings (read in full before the first paint, or the L view's, was O(n)). The length is
    ``count``, the totals' (kept with the rows by each writer's commit). Each further chunk is as
    many again as read so far (OFFSET on an index-only scan: reading to the end is O(n)); a
    writer's commit between two chunks may shift a row across their border until the list is
    read again, as the reader does after each change. Past the rows there are, 0 (a row gone)."""

    CHUNK = 1000

    def __init__(self, conn: psycopg.Connection[Any], sql: str, count: int) -> None:
        self.conn = conn
        self.sql = sql
        self.total = count
        self.read: list[int] = []
        self.done = count == 0
        self._places: dict[int, int] = {}  # id: position, of the ids read
        self._placed = 0

    def __len__(self) -> int:
        return self.total

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> list[int]: ...
    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self.total)
            wanted = range(start, stop, step)
            if wanted:
                self._read_to(max(wanted[0], wanted[-1]) + 1)
            return [self._at(i) for i in wanted]
        at = index + self.total if index < 0 else index
        if not 0 <= at < self.total:
            raise IndexError(index)
        self._read_to(at + 1)
        return self._at(at)

    def __iter__(self) -> Iterator[int]:
        self._read_to(self.total)
        yield from (self._at(i) for i in range(self.total))

    def _at(self, at: int) -> int:
        return self.read[at] if at < len(self.read) else 0

    def where(self, rid: int) -> int:
        """The position of the id ``rid``, or -1: looked for in what was read, then chunk by
        chunk (the briefing open at start is on the first screen: one chunk, not the list)."""
        while True:
            for n in range(self._placed, len(self.read)):
                self._places.setdefault(self.read[n], n)
            self._placed = len(self.read)
            if rid in self._places:
                return self._places[rid]
            if self.done or len(self.read) >= self.total:
                return -1
            self._read_to(len(self.read) + 1)

    def _read_to(self, end: int) -> None:
        if self.done or end <= len(self.read):
            return
        more = max(end - len(self.read), len(self.read), self.CHUNK)
        got = read_ids(self.conn, f"{self.sql} OFFSET %s LIMIT %s", (len(self.read), more))
        self.read += got
        self.done = len(got) < more or len(self.read) >= self.total


class NewestQuotes(ChunkedIds):
    """Every quote's id, newest first (the L view's list), read by chunks."""

    def __init__(self, conn: psycopg.Connection[Any], count: int) -> None:
        super().__init__(conn, "SELECT id FROM quotes ORDER BY date DESC, briefing DESC, idx", count)


def read_ids(conn: psycopg.Connection[Any], sql: str, args: Sequence[Any] = ()) -> list[int]:
    """The ids a query gives (one bigint column), in its order, as one value: each row's
    conversion cost more than the query (500,000 quotes at 100,000 briefings). An aggregate
    over an ordered subquery takes its rows in that order (PostgreSQL's documentation, "Aggregate
    Expressions": with no join in the outer query)."""
    found = conn.execute(f"SELECT string_agg(int8send(t.i), ''::bytea) FROM ({sql}) t (i)", args).fetchone()
    ids = array("q", bytes(found[0]) if found and found[0] is not None else b"")
    if sys.byteorder == "little":
        ids.byteswap()  # int8send is big-endian
    return ids.tolist()


def newest_matches(
    conn: psycopg.Connection[Any],
    column: str,
    match: str,
    wanted: int,
    drive: Term | None = None,
    alone: bool = False,
) -> list[int]:
    """The rowids of the ``wanted`` newest texts whose ``column`` (tsv or name_tsv) matches, newest
    first: the rows of ``ORDER BY rowid DESC LIMIT wanted`` over every match, without reading every
    match (800 ms for a common word at 100,000 briefings).

    With a term that has postings (``drive``, the only one when ``alone``): see posted_matches.
    Else the newest FIRST_WINDOW briefings are walked newest first; the matches found there say
    how many briefings the rest needs, and the next window is twice that: walked too when it is
    at most WALK_MOST briefings (a walk stops at the last row wanted), else read by the words'
    index (a rare word: its few matches). None found: the rest by the words' index at once."""
    if drive is not None:
        return posted_matches(conn, column, match, wanted, drive, alone)
    top = conn.execute("SELECT max(id) FROM briefings").fetchone()
    end = int(top[0]) + 1 if top and top[0] is not None else 0
    walk = f"""SELECT rowid FROM search WHERE {column} @@ %s::tsquery AND rowid >= %s AND rowid < %s
               ORDER BY rowid DESC LIMIT %s"""
    # "rowid + 0": the words' index, not a walk of the primary key (which reads every row
    # of the window for a word found nowhere).
    by_index = walk.replace("ORDER BY rowid DESC", "ORDER BY rowid + 0 DESC")
    found: list[int] = []
    span, walking, newest = FIRST_WINDOW, True, end
    while end > 0 and len(found) < wanted:
        start = max(end - span, 0)
        args = (match, start * TEXTS_PER_BRIEFING, end * TEXTS_PER_BRIEFING, wanted - len(found))
        found += [rowid for (rowid,) in conn.execute(walk if walking else by_index, args).fetchall()]
        end = start
        if not found:
            span, walking = end, False
        else:
            need = (wanted - len(found)) * (newest - end) // len(found) + 1
            span, walking = 2 * need, need <= WALK_MOST
    return found


def posted_matches(
    conn: psycopg.Connection[Any], column: str, match: str, wanted: int, drive: Term, alone: bool
) -> list[int]:
    """As :func:`newest_matches`, by the postings of ``drive``: its newest texts come from their
    index alone (no page of the search table each). Alone, they are the matches; else each is
    checked against the whole ``match`` by its row, newest first, in batches sized by the
    share that matched so far."""
    named = " AND named" if column == "name_tsv" else ""
    if drive.only:
        where, args = "word = %s", [drive.only]
    else:  # several words: a text may have two of them
        where, args = "word >= %s AND word < %s", [drive.lo, drive.hi]
    newest = f"""SELECT rowid FROM postings WHERE {where}{named} AND rowid < %s
                 {"" if drive.only else "GROUP BY rowid"} ORDER BY rowid DESC LIMIT %s"""
    if alone:
        return [rowid for (rowid,) in conn.execute(newest, [*args, LAST_ROWID, wanted]).fetchall()]
    # Each row by its key (a join let the planner hash the whole search table).
    checked = f"""SELECT c.rowid, coalesce((SELECT s.{column} @@ %s::tsquery FROM search s
                  WHERE s.rowid = c.rowid), false) FROM ({newest}) c ORDER BY c.rowid DESC"""
    found: list[int] = []
    # A first batch with a margin: a second one sorts the term's postings again.
    below, batch, seen = LAST_ROWID, wanted + wanted // 8 + 16, 0
    while True:
        rows = conn.execute(checked, [match, *args, below, batch]).fetchall()
        found += [rowid for rowid, ok in rows if ok]
        seen += len(rows)
        if len(found) >= wanted or len(rows) < batch:
            return found[:wanted]
        below = rows[-1][0]
        # As many as the share matched so far says are needed, and a margin; at most 4x more.
        need = (wanted - len(found)) * seen // max(len(found), 1)
        batch = min(max(need + need // 4 + 16, batch), 4 * batch)


def _driver() -> Any:
    from tui.core.library.postgres.schema import driver

    return driver()
