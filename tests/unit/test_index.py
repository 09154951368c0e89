"""The library index on a generated folder: incremental updates, broken files, identity rules."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import CORE_SAMPLES, FIXTURES, ROOT, generated_library
from tests.support.faults import fail_in_batch
from tui.core.library.index.store import ORDER_BY, LibraryIndex
from tui.core.library.library import Library, resolve_library
from tui.core.library.rows import Row


def index_rows(index: LibraryIndex, themes: Iterable[str] = (), order: str = "date") -> list[Row]:
    """The briefing list straight from SQL: the oracle the paged lists are checked against."""
    ids = sorted(themes)
    marks = ",".join("?" * len(ids))
    used = f"SELECT briefing FROM themes WHERE tid IN ({marks}) AND quotes + paragraphs > 0"
    clause = f" AND b.id IN ({used})" if ids else ""
    sql = (
        f"SELECT id, path, title, date, source, quotes, errors FROM briefings b WHERE 1=1{clause} "
        f"ORDER BY {ORDER_BY[order]}"
    )
    return [Row(*r) for r in index.read.execute(sql, ids)]


# Enough for several batches of 50, a cancel after three and a page of rows beyond the first.
COUNT = 200
FILES = COUNT + 29  # the broken fixtures with them


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = generated_library(tmp_path_factory, COUNT)
    shutil.copytree(FIXTURES / "broken", folder / "broken")
    return folder


@pytest.fixture(scope="module")
def indexed(generated: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LibraryIndex]:
    """The generated folder indexed once, for the tests that only read the index."""
    index = LibraryIndex(tmp_path_factory.mktemp("indexed") / "i.sqlite")
    index.update([generated])
    yield index
    index.close()


def test_indexes_everything_and_lists_the_broken(generated: Path, tmp_path: Path) -> None:
    index = LibraryIndex(tmp_path / "i.sqlite")
    report = index.update([generated])
    assert report.total == FILES
    # files with reference errors still load; unreadable ones are listed with their errors
    failed = {Path(p.path).name for p in index.failures()}
    assert {"yaml-syntax.md", "unclosed-front-matter.md"} <= failed
    assert "no-front-matter.md" not in failed  # a plain note: listed and shown, not failing
    assert index.count() == FILES - len(failed)
    assert all(p.line >= 1 for p in index.failures())


def test_updates_are_incremental(generated: Path, tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    shutil.copytree(generated, folder)
    index = LibraryIndex(tmp_path / "i.sqlite")
    index.update([folder])
    again = index.update([folder])
    assert (again.parsed, again.removed) == (0, 0)
    first = folder / "000" / "briefing-00001.md"
    first.rename(folder / "000" / "renamed.md")
    (folder / "000" / "briefing-00002.md").unlink()
    changed = folder / "000" / "briefing-00003.md"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Generated briefing 3 ", "Changed title "), encoding="utf-8"
    )
    os.utime(changed, ns=(1, 1))
    report = index.update([folder])
    assert (report.parsed, report.removed) == (2, 2)  # the renamed file and the changed one
    paths = {Path(r.path).name for r in index_rows(index)}
    assert "renamed.md" in paths and "briefing-00001.md" not in paths and "briefing-00002.md" not in paths
    assert any(r.title.startswith("Changed title") for r in index_rows(index))


def test_a_garbage_index_is_rebuilt(generated: Path, tmp_path: Path) -> None:
    where = tmp_path / "i.sqlite"
    where.write_bytes(b"this is not a database" * 100)
    index = LibraryIndex(where)
    index.update([generated / "000"])
    assert index.count() == COUNT


def test_same_name_same_org_is_one_person_other_org_is_another(tmp_path: Path) -> None:
    template = (
        "---\ntitle: {t}\nspeakers:\n  js: {{name: John Smith, org: o}}\norganizations:\n"
        "  o: {{name: {org}, acronym: {acr}}}\n---\n\n{acr} met.\n\n{{speaker=js}}\n> “Hello from {acr}.”\n"
    )
    (tmp_path / "a.md").write_text(template.format(t="A", org="Alpha Agency", acr="AA"), encoding="utf-8")
    (tmp_path / "b.md").write_text(template.format(t="B", org="Alpha Agency", acr="AA"), encoding="utf-8")
    (tmp_path / "c.md").write_text(template.format(t="C", org="Beta Bureau", acr="BB"), encoding="utf-8")
    index = LibraryIndex(None)
    index.update([tmp_path])
    speakers = {(e.label, e.detail): (e.quotes, e.briefings) for e in index.speakers()}
    assert speakers == {("John Smith", "AA"): (2, 2), ("John Smith", "BB"): (1, 1)}


def test_snippets_keep_the_text_and_give_match_spans() -> None:
    import re

    from tui.core.library.index.records import snippet

    text, spans = snippet("The report [sic] on border police says border.", re.compile("border", re.I))
    assert "[sic]" in text  # the briefing's own brackets stay as written
    assert [text[a:b] for a, b in spans] == ["border", "border"]


def test_search_is_ranked_with_snippets(generated: Path) -> None:
    index = LibraryIndex(None)
    index.update([generated / "broken", ROOT / "briefings"])
    hits = index.search("trafficking victims")
    assert hits and hits[0].matches
    start, end = hits[0].matches[0]
    assert hits[0].snippet[start:end].casefold() in ("trafficking", "victims")
    assert index.search("") == []
    # FTS5 query syntax in the user's words (quotes, stars) is neutralised, not an error
    assert [h.path for h in index.search('"trafficking* victims"')] == [h.path for h in hits]


def test_filters_combine_across_the_library(tmp_path: Path) -> None:
    index = LibraryIndex(None)
    index.update(CORE_SAMPLES)  # the three top-level briefings
    assert [q.speaker for q in index.quotes(themes=["smuggling"], org="unodc")] == ["Jonas Brandt"]
    assert {r.title[:9] for r in index_rows(index, ["financial"])} == {"Situation", "Read-out:"}


def test_where_the_library_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BRIEFING_LIBRARY", raising=False)
    monkeypatch.delenv("BRIEFING_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert resolve_library(None)[1] == "the bundled sample library"
    config = tmp_path / "config" / "briefing" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('library = "/somewhere/else"\n', encoding="utf-8")
    assert resolve_library(None) == (Path("/somewhere/else"), str(config))
    monkeypatch.setenv("BRIEFING_LIBRARY", str(tmp_path))
    assert resolve_library(None)[0] == tmp_path
    assert resolve_library("/given") == (Path("/given"), "--library")


def test_an_empty_folder_is_a_clear_problem(tmp_path: Path) -> None:
    library = Library([tmp_path])
    library.load()
    assert [p.message for p in library.failures] == ["no briefings (*.md files) in this folder"]


def test_failures_are_the_files_that_gave_no_briefing() -> None:
    broken = FIXTURES / "broken"
    library = Library([FIXTURES / "good" / "minimal.md", broken / "unknown-theme.md", broken / "no-front-matter.md"])
    library.load()
    # unknown-theme.md has an error but opens: its problems live in its model; a note without
    # front matter opens as plain Markdown
    assert {Path(p.path).name for p in library.failures} == set()
    assert library.count() == 3


def test_files_list_in_the_index_order_without_an_index(generated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Files opened one by one get their list from the models (no SQLite before
    # the first paint); it must be the list the index would give.
    built: list[object] = []
    real_init = LibraryIndex.__init__

    def counted(self: LibraryIndex, path: Path | None) -> None:
        built.append(path)
        real_init(self, path)

    monkeypatch.setattr(LibraryIndex, "__init__", counted)
    paths = sorted(generated.glob("*.md"))[:40] + sorted((ROOT / "briefings").glob("*.md"))
    library = Library(paths)
    library.load()
    assert built == [] and library.count() == len(paths)
    from_models = {order: [r.path for r in library.rows(order=order)] for order in ("date", "title")}
    themes = frozenset({"t3", "cross-border"})
    filtered = [r.path for r in library.rows(themes)]
    assert built == []  # the list needed no index
    index = library.index  # built now, in memory, from the same models
    assert built == [None]
    for order in ("date", "title"):
        assert from_models[order] == [r.path for r in index_rows(index, (), order)]
    assert filtered and filtered == [r.path for r in index_rows(index, themes)]
    assert library.search("Belgrade")  # library-wide questions work on files too


def test_a_folder_change_is_noticed_without_listing_files(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "good" / "minimal.md", tmp_path / "a.md")
    (tmp_path / "sub").mkdir()
    library = Library([tmp_path])
    library.load()
    assert not library.folders_changed()
    (tmp_path / "a.md").write_text((tmp_path / "a.md").read_text() + "\nMore.\n")
    assert not library.folders_changed()  # an edit in place: left to the periodic rescan
    shutil.copy(FIXTURES / "good" / "minimal.md", tmp_path / "sub" / "b.md")
    assert library.folders_changed()  # a file added in a subfolder
    library.load()
    assert not library.folders_changed() and library.count() == 2
    (tmp_path / "sub" / "b.md").rename(tmp_path / "c.md")
    assert library.folders_changed()
    library.load()
    shutil.rmtree(tmp_path / "sub")
    assert library.folders_changed()  # a folder removed


def test_a_folder_list_is_read_a_page_at_a_time(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.library.rows import GONE, Rows

    library = Library([generated])
    library.load()
    read: list[int] = []
    real_fetch = LibraryIndex.fetch_rows

    def counted(self: LibraryIndex, ids: Sequence[int]) -> dict[int, Row]:
        read.extend(ids)
        return real_fetch(self, ids)

    monkeypatch.setattr(LibraryIndex, "fetch_rows", counted)
    rows = library.rows()
    everything = index_rows(library.index)
    assert len(rows) == len(everything) > Rows.PAGE
    assert rows[0] == everything[0] and len(read) == Rows.PAGE  # one page read, not all
    assert rows[-1] == everything[-1] and rows[5:8] == everything[5:8]
    assert list(rows) == everything and len(set(read)) == len(everything) == len(read)  # each row read once
    assert rows.position(everything[150].path) == 150 and rows.position("nowhere.md") == -1
    narrowed = library.rows(frozenset({"t3"}))
    assert list(narrowed) == index_rows(library.index, ["t3"]) and len(narrowed) < len(rows)
    # A list made before an update shows a briefing removed since as gone, never fails.
    stale = library.rows()
    library.index.db.execute("DELETE FROM briefings WHERE id = ?", (everything[0].id,))
    library.index.db.commit()
    library.forget_rows()
    assert stale[0] == everything[0]  # already read
    fresh = library.rows()
    assert fresh != stale and fresh[0] == everything[1]
    assert Rows(stale.ids, library.index.fetch_rows, library.index.id_of, {})[0].title == GONE


def test_library_quotes_are_all_there_newest_first_read_by_page(indexed: LibraryIndex) -> None:
    from tui.core.library.rows import Paged

    index = indexed
    total = index.read.execute("SELECT count(*) FROM quotes").fetchone()[0]
    Paged.PAGE = 50  # several pages in this library
    try:
        quotes = index.quotes()
        assert len(quotes) == total > 1000  # no silent cap
        dates = [q.date for q in quotes]
        assert dates == sorted(dates, reverse=True)
        assert quotes[len(quotes) - 1].text and quotes[0].date == max(dates)
    finally:
        Paged.PAGE = 100


def test_a_changed_or_removed_briefing_leaves_no_search_rows_behind(generated: Path, tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    shutil.copytree(generated, folder)
    changed = folder / "000" / "briefing-00003.md"
    removed = folder / "000" / "briefing-00004.md"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nQuokkafrog before.\n", encoding="utf-8")
    removed.write_text(removed.read_text(encoding="utf-8") + "\nWombatheron gone.\n", encoding="utf-8")
    index = LibraryIndex(tmp_path / "i.sqlite")
    index.update([folder])
    rows_before = index.db.execute("SELECT count(*) FROM search_docsize").fetchone()[0]
    text = changed.read_text(encoding="utf-8").replace("Quokkafrog", "Zanzibarian")
    changed.write_text(text, encoding="utf-8")
    os.utime(changed, ns=(1, 1))
    removed.unlink()
    index.update([folder])
    assert [Path(h.path).name for h in index.search("Zanzibarian")] == ["briefing-00003.md"]
    # The search table keeps words only: the words of the old version and of the removed
    # file must have been taken out of it, not just hidden by the join with the briefings.
    for word in ("quokkafrog", "wombatheron"):
        assert index.db.execute("SELECT rowid FROM search WHERE search MATCH ?", (word,)).fetchall() == []
    left = index.db.execute("SELECT count(*) FROM search_docsize").fetchone()[0]
    orphans = index.db.execute(
        "SELECT count(*) FROM search_docsize WHERE id / 1048576 NOT IN (SELECT id FROM briefings)"
    )
    assert orphans.fetchone()[0] == 0 and 0 < left < rows_before
    index.db.execute("INSERT INTO search (search) VALUES ('integrity-check')")


def test_files_named_by_events_are_updated_alone(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "lib"
    shutil.copytree(generated, folder)
    monkeypatch.chdir(tmp_path)
    library = Library([Path("lib")])  # a relative root: events name files by absolute paths
    library.load()
    count = library.count()
    changed = folder / "000" / "briefing-00003.md"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("Generated briefing 3 ", "Zanzibarian title "), encoding="utf-8"
    )
    os.utime(changed, ns=(1, 1))
    gone = folder / "000" / "briefing-00004.md"
    gone.unlink()
    added = folder / "000" / "added.md"
    shutil.copy(folder / "000" / "briefing-00005.md", added)
    (folder / "000" / ".hidden.md").write_text("not listed", encoding="utf-8")
    events = [str(p.resolve()) for p in (changed, added, folder / "000" / ".hidden.md")] + [str(tmp_path / gone)]
    report = library.update_paths(events)
    assert report is not None and (report.parsed, report.removed) == (2, 1)
    assert library.count() == count  # one added, one removed, none listed twice
    hits = library.search("Zanzibarian")
    assert [h.path for h in hits] == [os.path.join("lib", "000", "briefing-00003.md")]
    names = {Path(r.path).name for r in library.rows()}
    assert "added.md" in names and "briefing-00004.md" not in names and ".hidden.md" not in names
    again = library.update_paths(events)  # nothing changed since: nothing read again
    assert again is not None and (again.parsed, again.removed) == (0, 0)
    assert library.update_paths([str(folder / "000")]) is None  # a folder: the whole walk is needed


def test_library_totals_follow_edits_and_removals(generated: Path, tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    shutil.copytree(generated, folder)
    index = LibraryIndex(tmp_path / "i.sqlite")
    index.update([folder])
    for n in (3, 4, 5):
        (folder / "000" / f"briefing-{n:05d}.md").unlink()
    changed = folder / "000" / "briefing-00007.md"
    text = changed.read_text(encoding="utf-8").replace("speakers:\n", "speakers:\n  x0: {name: Newcomer Person}\n")
    changed.write_text(text + "\n{speaker=x0}\n> “A newcomer speaks.”\n", encoding="utf-8")
    os.utime(changed, ns=(1, 1))
    report = index.update([folder])
    assert report.removed == 3 and report.parsed == 1
    db = index.read
    assert index.count() == db.execute("SELECT count(*) FROM briefings").fetchone()[0]
    themes = db.execute(
        "SELECT tid, sum(quotes), count(DISTINCT briefing) FROM themes WHERE quotes + paragraphs > 0 GROUP BY tid"
    )
    assert sorted((e.key, e.quotes, e.briefings) for e in index.themes()) == sorted(themes)
    speakers = db.execute(
        "SELECT person, count(*), count(DISTINCT briefing) FROM quotes WHERE person != '' GROUP BY person"
    )
    assert sorted((e.key, e.quotes, e.briefings) for e in index.speakers()) == sorted(speakers)
    assert any(e.label == "Newcomer Person" for e in index.speakers())
    shown = {e.key: (e.label, e.detail) for e in index.speakers()}
    for theme in index.themes()[:5]:  # filtered, a person is named as in the whole library's list
        filtered = index.speakers([theme.key])
        assert filtered and all(shown[e.key] == (e.label, e.detail) for e in filtered)
    orgs = db.execute("SELECT key, sum(mentions), count(DISTINCT briefing) FROM orgs GROUP BY key")
    assert sorted((e.key, e.quotes, e.briefings) for e in index.orgs()) == sorted(orgs)
    every = index.quotes()
    by_sql = db.execute(
        "SELECT q.rowid FROM quotes q JOIN briefings b ON b.id = q.briefing "
        "ORDER BY b.date DESC, q.briefing DESC, q.idx"
    )
    assert every.ids == [r[0] for r in by_sql]
    assert every.sources == db.execute("SELECT count(DISTINCT briefing) FROM quotes").fetchone()[0]
    assert len(index.quotes(themes=[index.themes()[0].key]).ids) < len(every.ids)  # filtered: its own query
    months = db.execute(
        "SELECT substr(b.date, 1, 7), count(*) FROM quotes q JOIN briefings b ON b.id = q.briefing "
        "WHERE b.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' GROUP BY 1"
    )
    assert index.quote_months() == dict(months)


def test_search_ranks_within_a_bound_and_lists_the_newest_beyond_it(
    indexed: LibraryIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.library.index import queries as index_queries

    index = indexed
    # A topic word of the newest generated title: a title among the newest matches, whatever the seed.
    newest_title = "SELECT title FROM briefings WHERE title LIKE 'Generated%' ORDER BY id DESC LIMIT 1"
    (title,) = index.read.execute(newest_title).fetchone()
    word = title.split()[-1]
    full = index.search(word)
    assert full and not full.capped  # a few hundred briefings: every match ranked
    match = (f'"{word}"*',)
    scores = index.read.execute("SELECT rowid, bm25(search) FROM search WHERE search MATCH ?", match).fetchall()
    best = min(score for _rowid, score in scores)
    assert full[0].briefing in {rowid // 1048576 for rowid, score in scores if score == best}  # ranked as bm25
    monkeypatch.setattr(index_queries, "RANK_WITHIN", 40)
    capped = index.search(word)
    assert capped.capped and 0 < len(capped) <= 40
    newest = {
        r[0] // 1048576
        for r in index.read.execute("SELECT rowid FROM search WHERE search MATCH ? ORDER BY rowid DESC LIMIT 40", match)
    }
    assert {h.briefing for h in capped} <= newest
    order = [(h.kind != "title", -h.briefing) for h in capped]
    assert order == sorted(order) and order[0][0] is False  # not ranked: titles first, then the newest
    assert not index.search("Zzyzxq").capped


def test_a_cold_index_commits_the_first_batch_at_once_then_at_a_pace(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from tui.core.library.index import writer as index_module

    monkeypatch.setattr(index_module, "COMMIT_EVERY", 3600.0)  # no second commit before the end
    path = tmp_path / "i.sqlite"
    index = LibraryIndex(path)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        # What another connection (the reader's) can read when told.
        other = sqlite3.connect(path)
        seen.append((done, other.execute("SELECT count(*) FROM files").fetchone()[0]))
        other.close()

    report = index.update([generated], progress, workers=1, batch=50)
    assert report.parsed == FILES
    # The first batch at once, then the rest at the end; everything told is readable.
    assert seen[:2] == [(0, 0), (50, 50)] and seen[-1] == (FILES, FILES)
    assert all(done == readable for done, readable in seen)
    # The walk waits after the first chunks until the first batch is stored: on a loaded machine
    # the writer may catch up with it once as it resumes, and commits while it waits (not a pace).
    # Committing every batch would tell 150 and 200 as well.
    assert len(seen) <= 4, seen


def test_an_index_stopped_by_an_error_keeps_what_it_committed_and_finishes_later(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.library.index import writer as index_module

    monkeypatch.setattr(index_module, "COMMIT_EVERY", 3600.0)
    index = LibraryIndex(tmp_path / "i.sqlite")
    batches = fail_in_batch(monkeypatch, 3)  # after the first batch's commit; the third is written, then fails
    with pytest.raises(RuntimeError):
        index.update([generated], workers=1, batch=50)
    assert len(batches) == 3 and batches[2] > 0  # the failing batch had rows to write
    assert index.read.execute("SELECT count(*) FROM files").fetchone()[0] == 50  # the second and third rolled back
    report = index.update([generated], workers=1, batch=50)
    assert report.parsed == FILES - 50
    assert len(index_rows(index)) == index.count() == FILES - len(index.failures())


def test_a_cancelled_cold_index_keeps_what_it_stored(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from tui.core.library.index import writer as index_module

    monkeypatch.setattr(index_module, "COMMIT_EVERY", 3600.0)  # the stored batches are not yet committed

    class AfterThree(threading.Event):
        """Set when asked for the fourth time: three batches are stored, then the index stops."""

        asked = 0

        def is_set(self) -> bool:
            self.asked += 1
            return self.asked > 3

    index = LibraryIndex(tmp_path / "i.sqlite")
    report = index.update([generated], workers=1, batch=50, cancel=AfterThree())
    assert report.cancelled and report.parsed == 150
    assert index.read.execute("SELECT count(*) FROM files").fetchone()[0] == 150
    again = index.update([generated], workers=1, batch=50)
    assert again.parsed == FILES - 150


def test_the_first_batch_is_stored_before_the_walk_ends(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from tui.core.library.index import scan

    stored = threading.Event()
    real_walk = scan.walk
    held: list[bool] = []

    def slow_walk(roots: Any, unreadable: Any = None, folders: Any = None) -> Any:
        for n, item in enumerate(real_walk(roots, unreadable, folders)):
            if n == 100:  # a huge library on a slow disk: the rest of the walk waits for the first batch
                held.append(stored.wait(timeout=10))
            yield item

    def progress(done: int, total: int) -> None:
        if done:
            stored.set()

    monkeypatch.setattr(scan, "walk", slow_walk)
    report = LibraryIndex(tmp_path / "i.sqlite").update([generated], progress, workers=1, batch=50)
    assert held == [True]  # stored (and readable) while the walk was still going
    assert report.parsed == report.total == FILES


def test_a_walk_that_fails_fails_the_update_instead_of_hanging(
    generated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.library.index import scan

    def broken_walk(roots: Any, unreadable: Any = None, folders: Any = None) -> Any:
        yield from []
        raise RuntimeError("the file system went away")

    monkeypatch.setattr(scan, "walk", broken_walk)
    with pytest.raises(RuntimeError, match="went away"):
        LibraryIndex(tmp_path / "i.sqlite").update([generated], workers=1, batch=50)


def test_quote_selections_match_their_definitions(indexed: LibraryIndex) -> None:
    """One reading of a selection gives what the plain queries define: the quotes (any of the
    themes, once each), their months, their speakers; a period narrows the quotes only."""
    index = indexed
    db = index.read
    themes = [t.key for t in index.themes()]
    person = index.speakers()[0].key
    org = index.orgs()[0].key

    def base_of(chosen: list[str], where: str) -> str:
        marks = ",".join("?" * len(chosen))
        themed = f" AND (q.briefing, q.qid) IN (SELECT briefing, qid FROM quote_themes WHERE tid IN ({marks}))"
        return f"FROM quotes q WHERE 1=1{themed if chosen else ''} AND q.orgkey = ?"

    def defined(chosen: list[str], who: str, where: str, period: str) -> tuple[list[int], int, dict[str, int]]:
        clause, args = "", list[str]()
        if chosen:
            marks = ",".join("?" * len(chosen))
            clause += f" AND (q.briefing, q.qid) IN (SELECT briefing, qid FROM quote_themes WHERE tid IN ({marks}))"
            args += chosen
        if who:
            clause, args = clause + " AND q.person = ?", [*args, who]
        if where:
            clause, args = clause + " AND q.orgkey = ?", [*args, where]
        base = f"FROM quotes q JOIN briefings b ON b.id = q.briefing WHERE 1=1{clause}"
        in_period = " AND substr(b.date, 1, ?) = ?" if period else ""
        more = [str(len(period)), period] if period else []
        rows = db.execute(f"SELECT q.rowid, q.briefing {base}{in_period} ORDER BY q.date DESC, q.briefing DESC, q.idx",
                          args + more).fetchall()  # fmt: skip
        dated = "b.date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'"
        months = db.execute(f"SELECT substr(b.date, 1, 7), count(*) {base} AND {dated} GROUP BY 1", args)
        return [r[0] for r in rows], len({r[1] for r in rows}), dict(months)

    for chosen, who, where, narrowed in [
        ([], "", "", False),
        ([], "", "", True),
        ([], "", "", "2\u00e9"),  # not a period the timeline gives: compared date by date (none)
        (themes[:1], "", "", False),
        (themes[:3], "", "", False),  # a quote of two of them is listed once
        (themes[:2], "", "", True),
        ([], person, "", False),
        (themes[:1], "", org, True),
    ]:
        busiest = max(index.quote_set(chosen, who, where).months.items(), key=lambda kv: kv[1])[0]
        when = narrowed if isinstance(narrowed, str) else busiest[:4] if narrowed else ""  # a year with quotes
        got = index.quote_set(chosen, who, where, when)
        ids, sources, months = defined(chosen, who, where, when)
        assert (got.quotes.ids, got.quotes.sources, got.months) == (ids, sources, months)
        assert got.quotes.ids or when == "2\u00e9"  # every selection but the odd period has quotes
        if who:
            assert got.speakers is None
        elif where:  # an organization's speakers: those of its quotes under the themes
            their = {r[0] for r in db.execute(f"SELECT DISTINCT q.person {base_of(chosen, where)}", [*chosen, where])}
            assert got.speakers is not None
            assert {e.key for e in got.speakers} == their - {""}
        elif chosen:
            marks = ",".join("?" * len(chosen))
            people = db.execute(
                "SELECT person, count(*), count(DISTINCT briefing) FROM quotes q WHERE person != '' AND "
                f"(q.briefing, q.qid) IN (SELECT briefing, qid FROM quote_themes WHERE tid IN ({marks}))"
                " GROUP BY person",
                chosen,
            )
            assert got.speakers is not None
            assert sorted((e.key, e.quotes, e.briefings) for e in got.speakers) == sorted(people)
