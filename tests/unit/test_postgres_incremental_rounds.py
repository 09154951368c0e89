"""An incremental PostgreSQL update (changed files stored again under their ids, their
texts, words' counts and postings moved by difference) against a clean index of the same folder,
after many rounds of edits, after a batch that failed half-way, and with two writers at once."""

from __future__ import annotations

import random
import shutil
import threading
from pathlib import Path
from typing import Any

import psycopg
import pytest

from tests.conftest import generated_library
from tests.support.postgres import (  # noqa: F401 (a fixture)
    clean_export,
    create_database,
    export,
    index_into,
    postgres_server,
)
from tui.core.library.postgres import writer
from tui.core.library.postgres.store import PostgresIndex

FILES = 40


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated_library(tmp_path_factory, FILES)


def edit(rng: random.Random, path: Path) -> None:
    """One edit of many kinds: words, names, themes, quotes moved, texts added or taken out."""
    text = path.read_text(encoding="utf-8")
    kind = rng.randrange(8)
    if kind == 0:
        text += f"\nExtra paragraph {rng.randrange(1000)} about zebras and Speaker1.\n"
    elif kind == 1:
        text = text.replace("victims", "survivors", 1)
    elif kind == 2:
        text = text.replace('themes="t19"', 'themes="t30"', 1)
    elif kind == 3:
        cut = text.rfind("{speaker=")
        if cut > 0:
            text = text[:cut]
    elif kind == 4:
        head, _sep, body = text.partition("## Summary")
        paragraphs = body.split("\n\n")
        rng.shuffle(paragraphs)
        text = head + "## Summary" + "\n\n".join(paragraphs)
    elif kind == 5:
        text = text.replace("Speaker1", "Orator1")
    elif kind == 6:
        text = text.replace("\n\n", "\n\n\n", 3)
    else:
        text = text.replace("2010-", "2011-", 1)
    path.write_text(text, encoding="utf-8")


def test_many_rounds_of_edits_equal_a_clean_index_each_time(
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    url = create_database(postgres_server)
    index_into(url, folder, workers=1)
    rng = random.Random(37)
    for _round in range(6):
        files = sorted(folder.rglob("*.md"))
        for path in rng.sample(files, 8):
            edit(rng, path)
        index_into(url, folder, workers=1, batch=3)
        got, want = export(url), clean_export(postgres_server, folder)
        assert {k: v for k, v in got.items() if got[k] != want[k]} == {}


class Boom(RuntimeError):
    pass


def test_a_batch_that_fails_half_way_then_a_rerun_equal_a_clean_index(
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    url = create_database(postgres_server)
    index_into(url, folder, workers=1)
    rng = random.Random(5)
    for path in sorted(folder.rglob("*.md"))[:20]:
        edit(rng, path)
    calls = {"n": 0}
    real = writer.add_totals

    def failing(cur: Any, records: Any, sign: int = 1) -> None:
        calls["n"] += 1
        if calls["n"] == 5:  # inside the third batch, after its rows were moved
            raise Boom("killed")
        real(cur, records, sign)

    monkeypatch.setattr(writer, "add_totals", failing)
    index = PostgresIndex(url, create=True)
    try:
        with pytest.raises(Boom):
            index.update([folder], workers=1, batch=4)
        monkeypatch.setattr(writer, "add_totals", real)
        index.update([folder], workers=1, batch=4)  # the same session: its temporary tables again
    finally:
        index.close()
    assert export(url) == clean_export(postgres_server, folder)


def test_two_writers_at_once_equal_a_clean_index(
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    url = create_database(postgres_server)
    index_into(url, folder, workers=1)
    rng = random.Random(11)
    for path in sorted(folder.rglob("*.md"))[:24]:
        edit(rng, path)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            index_into(url, folder, workers=1, batch=2)
        except BaseException as exc:  # shown by the assert below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert export(url) == clean_export(postgres_server, folder)


def test_a_reader_sees_each_changed_briefing_whole_while_batches_commit(
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    url = create_database(postgres_server)
    index_into(url, folder, workers=1)
    files = sorted(folder.rglob("*.md"))
    for path in files:
        path.write_text(path.read_text(encoding="utf-8") + "\nZebras everywhere.\n", encoding="utf-8")
    stop = threading.Event()
    seen: list[tuple[Any, ...]] = []
    sql = """SELECT count(*), count(*) FILTER (WHERE NOT EXISTS (SELECT FROM search s WHERE s.briefing = b.id)),
             (SELECT count FROM totals WHERE kind = 'n' AND key = '') FROM briefings b"""

    def read() -> None:
        with psycopg.connect(url, autocommit=True) as conn:
            while not stop.is_set():
                seen.append(tuple(conn.execute(sql).fetchone() or ()))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        index_into(url, folder, workers=1, batch=3)
    finally:
        stop.set()
        reader.join()
    assert seen and all(row[0] == len(files) and row[1] == 0 for row in seen)


def test_odd_names_changed_and_renamed_equal_a_clean_index(
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    files = sorted(folder.rglob("*.md"))
    names = ["Tab\there.md", "back\\slash.md", "caf\u00e9.md", "cafe\u0301.md", "CASE.md", "case.md", "line\nfeed.md"]
    odd = [files[n].rename(files[n].with_name(name)) for n, name in enumerate(names)]
    url = create_database(postgres_server)
    index_into(url, folder, workers=1)
    rng = random.Random(3)
    for path in odd:
        edit(rng, path)
    odd[4].rename(odd[4].with_name("Case.md"))  # renamed: the same content under a new name
    index_into(url, folder, workers=1, batch=2)
    assert export(url) == clean_export(postgres_server, folder)


def test_the_watch_naming_a_changed_file_twice_equals_a_clean_index(
    library: Path,
    tmp_path: Path,
    postgres_server: str,  # noqa: F811
) -> None:
    folder = Path(shutil.copytree(library, tmp_path / "lib"))
    url = create_database(postgres_server)
    index_into(url, folder, workers=1)
    files = sorted(folder.rglob("*.md"))
    rng = random.Random(8)
    for path in files[:3]:
        edit(rng, path)
    files[3].unlink()
    index = PostgresIndex(url, create=True)
    try:  # file-system events name a file as often as it was written
        changed = [str(files[0]), str(files[0]), str(files[1]), str(files[3]), str(files[2]), str(files[1])]
        assert index.update_paths([folder], changed) is not None
    finally:
        index.close()
    assert export(url) == clean_export(postgres_server, folder)
