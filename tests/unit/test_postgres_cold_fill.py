"""A first fill of a shared library made cheaper: its foreign keys dropped and added back (checked
in one pass) at the end, large values compressed with lz4 when the server has it, the search rows
and the COPY text made faster. Each gives the rows the plain way gives."""

from __future__ import annotations

import random
import re
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.conftest import generated_library
from tests.support.postgres import create_database, postgres_server  # noqa: F401 (a fixture)
from tui.core.library.index.records import Record
from tui.core.library.postgres import schema, writer
from tui.core.library.postgres.store import PostgresIndex
from tui.core.text.fold import fold


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, 12)


def foreign_keys(url: str) -> set[tuple[str, str, str]]:
    sql = """SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
             WHERE contype = 'f' AND connamespace = 'public'::regnamespace"""
    with psycopg.connect(url, autocommit=True) as conn:
        return {tuple(row) for row in conn.execute(sql)}  # type: ignore[misc]


def orphans(url: str) -> int:
    """Rows naming a briefing (or a file) that is not there."""
    queries = [
        f"SELECT count(*) FROM {t} x WHERE NOT EXISTS (SELECT FROM briefings b WHERE b.id = x.briefing)"
        for t in ("speakers", "orgs", "themes", "quotes", "quote_themes", "search")
    ] + [
        f"SELECT count(*) FROM {t} x WHERE NOT EXISTS (SELECT FROM files f WHERE f.path = x.path)"
        for t in ("problems", "briefings")
    ]
    with psycopg.connect(url, autocommit=True) as conn:
        return sum(int(conn.execute(sql).fetchone()[0]) for sql in queries)  # type: ignore[index]


def test_the_foreign_keys_are_there_after_a_first_fill_and_after_one_cut_short(
    library: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    url = create_database(postgres_server)
    index = PostgresIndex(url, create=True)
    try:
        made = foreign_keys(url)  # as the schema makes them
        assert {name for _table, name, _sql in made} == set(schema.FOREIGN)
        index.update([library])
        assert foreign_keys(url) == made
        # As a first fill killed before its end leaves them: the next run adds them back before it
        # deletes anything, and deletes a file's rows all the same.
        with psycopg.connect(url, autocommit=True) as conn:
            for name, (table, _sql) in schema.FOREIGN.items():
                conn.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        gone = sorted(library.glob("**/*.md"))[0]
        saved = gone.read_bytes()
        gone.unlink()
        try:
            index.update([library])
        finally:
            gone.write_bytes(saved)
        assert foreign_keys(url) == made
        assert orphans(url) == 0 and index.count() == 11
    finally:
        index.close()


def test_rows_are_deleted_without_the_foreign_keys(library: Path, postgres_server: str) -> None:  # noqa: F811
    url = create_database(postgres_server)
    index = PostgresIndex(url, create=True)
    try:
        index.update([library])
        with psycopg.connect(url, autocommit=True) as conn:
            for name, (table, _sql) in schema.FOREIGN.items():
                conn.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
            with conn.transaction():
                paths = [p for (p,) in conn.execute("SELECT path FROM files ORDER BY path LIMIT 3")]
                assert writer.forget_many(conn.cursor(), paths) == 3
        assert orphans(url) == 0
    finally:
        index.close()


def compression(url: str) -> set[str]:
    # The files' bytes (a large file's model: model), each compressed where it is large enough.
    sql = """SELECT DISTINCT c FROM briefings, pg_column_compression(coalesce(file_bytes, model)) c
             WHERE c IS NOT NULL"""
    with psycopg.connect(url, autocommit=True) as conn:
        return {c for (c,) in conn.execute(sql)}


def has_lz4(url: str) -> bool:
    with psycopg.connect(url, autocommit=True) as conn:
        try:
            conn.execute(schema.LZ4)
        except psycopg.Error:
            return False
    return True


def test_models_are_compressed_with_lz4_when_the_server_has_it(library: Path, postgres_server: str) -> None:  # noqa: F811
    url = create_database(postgres_server)
    index = PostgresIndex(url, create=True)
    try:
        index.update([library])
    finally:
        index.close()
    assert compression(url) == ({"lz4"} if has_lz4(url) else {"pglz"})


def test_a_server_without_lz4_keeps_its_default(
    library: Path,
    postgres_server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A method this server does not know, refused as lz4 is by a server built without it.
    monkeypatch.setattr(schema, "LZ4", "SET default_toast_compression = 'zstd'")
    url = create_database(postgres_server)
    index = PostgresIndex(url, create=True)
    try:
        index.update([library])
        assert index.count() == 12
    finally:
        index.close()
    assert compression(url) == {"pglz"}


HOSTILE = ["a\x00b", "x\ud800y", "tab\there", "new\nline", "cr\rhere", "back\\slash", "\\N", "\\x41", "", "é€😀"]


def test_copy_text_stores_what_clean_would(postgres_server: str) -> None:  # noqa: F811
    url = create_database(postgres_server)
    PostgresIndex(url, create=True).close()
    records = []
    for n, value in enumerate(HOSTILE):
        record = Record(f"/lib/{n}{value}.md", ok=True, title=value, date="2024-01-0" + str(n % 9 + 1))
        record.problems = [(n, n + 1, "warning", value)]
        record.speakers = [("s1", value, value, "", value, "", n)]
        record.orgs = [("o1", value, value, value, 2)]
        record.themes = [("t1", value, 1, 0)]
        record.packed = value.encode("utf-8", "surrogatepass") + b"\x00\\\t\n"
        records.append(record)
    with psycopg.connect(url) as conn, conn.transaction():
        writer.store_many(conn.cursor(), [(r, (n, n), True) for n, r in enumerate(records)])
    with psycopg.connect(url, autocommit=True) as conn:
        briefings = conn.execute("SELECT path, title, texts FROM briefings ORDER BY id").fetchall()
        problems = conn.execute("SELECT path, message FROM problems ORDER BY line").fetchall()
        speakers = conn.execute("SELECT person, name, role, tn FROM speakers ORDER BY tn").fetchall()
        orgs = conn.execute("SELECT key, name, acronym FROM orgs ORDER BY key").fetchall()
    expect: list[Any] = [(writer.clean(r.path), writer.clean(r.title), r.packed) for r in records]
    assert [tuple(b) for b in briefings] == expect
    assert [tuple(p) for p in problems] == [
        (writer.clean(r.path), writer.clean(v)) for r, v in zip(records, HOSTILE, strict=True)
    ]
    assert [tuple(s) for s in speakers] == [(writer.clean(v),) * 3 + (n,) for n, v in enumerate(HOSTILE)]
    assert sorted(tuple(o) for o in orgs) == sorted((writer.clean(v),) * 3 for v in HOSTILE)


def reference_tsvector(found: list[str]) -> str:
    """The tsvector text as it was first written (the one to match)."""
    by_word: dict[str, list[str]] = {}
    for n, word in enumerate(found[: writer.LAST_POSITION], 1):
        at = by_word.get(word)
        if at is None:
            if len(word) <= writer.LONGEST_WORD:
                by_word[word] = [str(n)]
        elif len(at) < 256:
            at.append(str(n))
    last = str(writer.LAST_POSITION)
    for word in found[writer.LAST_POSITION : writer.MOST_WORDS]:
        at = by_word.get(word)
        if at is None:
            if len(word) <= writer.LONGEST_WORD:
                by_word[word] = [last]
        elif len(at) < 256 and at[-1] != last:
            at.append(last)
    return " ".join(f"'{w}':{','.join(at)}" for w, at in by_word.items())


def reference_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(text))


def generated_texts() -> list[str]:
    rng = random.Random(29)
    vocabulary = ["the", "Šahović", "ÆSIR", "straße", "x" * 501, "y" * 500, "٣٤", "a_b", "naïve", "İstanbul", "ǅ"]
    texts = ["", "   ", "_", "\x00\ud800", "a\u0301b c\u0327", "one", "Hello_World it's 3.14 A-B x__y Z9 \t\x7f\x01q"]
    for size in (1, 7, 300, 16_383, 16_384, 20_000, 60_000):
        words = [rng.choice(vocabulary) + rng.choice(["", str(rng.randrange(5))]) for _ in range(size)]
        texts.append(" ".join(words))
    texts.append(" ".join(["late"] + ["w"] * 16_400 + ["late", "new", "new"]))  # past the last position
    texts.append(" ".join(["same"] * 300 + ["z" * 501] * 3))
    return texts


def test_search_rows_match_the_reference() -> None:
    texts = generated_texts()
    record = Record("/lib/a.md", ok=True, texts=[(t, texts[-n - 1] if n % 2 else "") for n, t in enumerate(texts)])
    rows = writer.search_rows(record)
    expect = []
    for text, name in record.texts:
        found, named = reference_words(text), reference_words(name) if name else []
        expect.append(
            (len(found) + len(named), reference_tsvector(found + named), reference_tsvector(named) if name else None)
        )
    assert rows == expect


def totals_after(url: str, batches: list[list[Record]]) -> list[tuple[Any, ...]]:
    """The totals once each batch is stored, in its own transaction (a file stored before is replaced)."""
    PostgresIndex(url, create=True).close()
    with psycopg.connect(url) as conn:
        for records in batches:
            with conn.transaction():
                cur = conn.cursor()
                known = {p for (p,) in cur.execute("SELECT path FROM files")}
                writer.store_many(cur, [(r, (1, 1), r.path not in known) for r in records])
                writer.add_totals(cur, records)
        return [tuple(row) for row in conn.execute("SELECT * FROM totals ORDER BY kind, key")]


def briefings(version: int) -> list[Record]:
    records = []
    for n in range(80):
        person = ["p\x00", "p", "p\ud800", "p?"][n] if n < 4 else f"person {(n + version) % 70}"
        record = Record(f"/lib/{n}.md", ok=True, title=f"t{n}", date=f"20{10 + n % 15}-0{n % 9 + 1}-01")
        record.texts = [("hello world", ""), ("a quote", "")]
        record.quotes = [("q1", 0, person, "", "t1", 3)]
        record.speakers = [("s1", person, f"Name {n} {version}", "", "", "", 1)]
        # The second keeps theme t1 in half of them: the others take their share of it back.
        theme = "t1" if version == 1 or n < 40 else "t2"
        record.themes = [(theme, f"label {n} {version}", 1, 0), ("t9", f"other {n} {version}", 1, 0)]
        records.append(record)
    return records


def test_a_batch_of_many_totals_adds_what_one_briefing_at_a_time_does(postgres_server: str) -> None:  # noqa: F811
    # The second version replaces the first's briefings (their shares taken back, then theirs added).
    first, second = briefings(1), briefings(2)
    in_batches = totals_after(create_database(postgres_server), [first, second[:4], second[4:40], second[40:]])
    assert len(in_batches) > 70
    one_by_one = totals_after(create_database(postgres_server), [[r] for r in first + second])
    assert in_batches == one_by_one
    assert in_batches == totals_after(create_database(postgres_server), [first[:40], first[40:], second])
