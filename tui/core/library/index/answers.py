"""The library's answers from the rows either backend reads: entries from the totals, quote rows,
quote sets, search words and hits. The SQL that reads the rows stays with each backend
(:mod:`~tui.core.library.index.queries`, :mod:`~tui.core.library.postgres.queries`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from tui.core.library.index import totals as index_totals
from tui.core.library.index.records import TEXTS_PER_BRIEFING, Entry, Hit, QuoteRow, shown, snippet, unpack_texts
from tui.core.library.rows import GONE, Paged
from tui.core.text.fold import FoldedWords

# A query of more words than this is cut: each word is a term of the match.
MAX_WORDS = 16
MAX_QUERY = 256
# A search ranks at most this many matching texts, the newest (the most recently indexed).
RANK_WITHIN = 5000
# A query that matches speakers' names brings their quotes first: the people of at most this
# many of the newest matching names, at most PEOPLE of them.
NAME_ROWS, PEOPLE = 500, 20

# The totals of one kind: (key, label, detail, count, briefings).
Totals = Iterable[tuple[str, str, str, int, int]]
# Reads quote rows by id.
Fetch = Callable[[Sequence[int]], dict[int, QuoteRow]]


class Hits(list[Hit]):
    """Search results, best first; ``capped``: more texts matched than were ranked."""

    def __init__(self, hits: Iterable[Hit] = (), capped: bool = False) -> None:
        super().__init__(hits)
        self.capped = capped


class QuoteSet(NamedTuple):
    """One selection's quotes, their count per month, and their speakers (None when a person or an
    organization narrows the quotes: the speakers pane follows the themes alone)."""

    quotes: Paged[QuoteRow]
    months: dict[str, int]
    speakers: list[Entry] | None


def gone_quote(rid: int) -> QuoteRow:
    """What a quote row reads as once its briefing left the index."""
    return QuoteRow(0, "", GONE, "", "", "", "", "", 0)


def tally_quotes(
    rows: Iterable[tuple[int, int, str, str | None]], period: str
) -> tuple[list[int], int, dict[str, int], dict[str, tuple[int, set[int]]]]:
    """From (quote id, briefing, person, date) rows, newest first: the ids within ``period``, how
    many briefings they come from, quotes per month, and per person (quotes, their briefings)."""
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


# -- entries ---------------------------------------------------------------------------------------
def by_quotes(entries: Iterable[Entry]) -> list[Entry]:
    """Most quoted first, then by name."""
    return sorted(entries, key=lambda e: (-e.quotes, e.label.casefold()))


def theme_entries(totals: Totals) -> list[Entry]:
    return [Entry(t, label, "", q, n) for t, label, _d, q, n in totals]


def speaker_entries(totals: Totals) -> list[Entry]:
    """The whole library's speakers (their totals)."""
    return by_quotes(Entry(*row) for row in totals)


def speakers_within(
    themes: Iterable[str], totals: Callable[[], Totals], quote_set: Callable[[Iterable[str]], QuoteSet]
) -> list[Entry]:
    """The speakers of the quotes of any of ``themes``: with none, the whole library's (its totals,
    kept up to date as briefings come and go), else those of the themes' quote set."""
    if not themes:
        return speaker_entries(totals())
    speakers = quote_set(themes).speakers
    assert speakers is not None
    return speakers


def counted_speakers(counts: dict[str, tuple[int, set[int]]], names: Callable[[], Totals]) -> list[Entry]:
    """Entries for (person -> quotes, their briefings), named as in the whole library's list (its
    totals, read only when there is someone to name: a few rows a person; grouping every speaker
    row for the names took 14 s at a million)."""
    if not counts:
        return []
    named = {key: (label, detail) for key, label, detail, _n, _b in names()}
    entries = []
    for person, (quotes, briefings) in counts.items():
        name, org = named.get(person, (person, ""))
        entries.append(Entry(person, name, org, quotes, len(briefings)))
    return by_quotes(entries)


def org_entries(rows: Iterable[Sequence[Any]]) -> list[Entry]:
    """Organizations from (key, short name, name, mentions, briefings) rows."""
    return [Entry(k, short, name if name != short else "", int(m), int(b), "mention") for k, short, name, m, b in rows]


def month_counts(totals: Totals) -> dict[str, int]:
    """Quotes per month ("2016-03" -> 4) from the months' totals."""
    return {month: n for month, _label, _detail, n, _briefings in totals}


# -- quotes ----------------------------------------------------------------------------------------
def paged_quotes(ids: list[int], sources: int, fetch: Fetch) -> Paged[QuoteRow]:
    """Quotes known by id, read a page at a time; ``sources``: how many briefings they come from."""
    paged = Paged(ids, fetch, {}, gone_quote)
    paged.sources = sources
    return paged


def selected_quotes(
    rows: Iterable[tuple[int, int, str, str | None]],
    period: str,
    person: str,
    fetch: Fetch,
    names: Callable[[], Totals],
) -> QuoteSet:
    """The quote set of (quote id, briefing, person, date) rows, newest first (see
    :func:`tally_quotes`). An organization chosen narrows the speakers to its own (a speaker
    chosen keeps them all: None)."""
    ids, sources, months, people = tally_quotes(rows, period)
    return QuoteSet(paged_quotes(ids, sources, fetch), months, None if person else counted_speakers(people, names))


def quote_rows(rows: Iterable[Sequence[Any]]) -> dict[int, QuoteRow]:
    """Quote rows by id from (id, briefing, path, title, date, qid, speaker, org, tn, line, texts)
    rows: each quote's text is read from its briefing's texts (stored once, compressed)."""
    found: dict[int, QuoteRow] = {}
    texts: dict[int, list[tuple[str, int, str]]] = {}
    for r in rows:
        if r[1] not in texts:
            texts[r[1]] = unpack_texts(r[-1])
        tn = r[8]
        text = texts[r[1]][tn][2] if isinstance(tn, int) and 0 <= tn < len(texts[r[1]]) else ""
        found[r[0]] = QuoteRow(r[1], r[2], r[3], r[4], r[5], r[6], r[7], text, r[9])
    return found


def newest_of_people(found: list[Sequence[Any]], limit: int) -> list[int]:
    """The ids of the ``limit`` newest of the people's quotes, from (date, briefing, idx, id) rows."""
    found.sort(key=lambda r: (r[0] or "", r[1], -r[2]), reverse=True)
    return [r[3] for r in found[:limit]]


# -- search ----------------------------------------------------------------------------------------
def typed_words(query: str) -> list[str]:
    """The words of a search box's query (letters and digits), at most MAX_WORDS."""
    query = query[:MAX_QUERY]
    return [w for w in "".join(c if c.isalnum() else " " for c in query).split() if w][:MAX_WORDS]


def newest_titles_first(newest: Iterable[int]) -> list[int]:
    """Matching texts not ranked (more than RANK_WITHIN matched): titles first, then the newest."""
    return sorted(newest, key=lambda rowid: (rowid % TEXTS_PER_BRIEFING != 0, -rowid))


def hits_of(
    said: list[QuoteRow],
    ids: list[int],
    found: Mapping[int, Sequence[Any]],
    typed: list[str],
    capped: bool,
) -> Hits:
    """The hits: the quotes of people the query named (``said``), then the ranked texts ``ids``
    (search rowids) of the briefings ``found`` (id -> path, title, packed texts), with snippets;
    none when no text matched."""
    if not ids:
        return Hits()
    # Accents and case folded as the search folds them ("sahovic" finds "Šahović").
    pattern = FoldedWords(typed)
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
