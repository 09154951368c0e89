"""One suite on both backends of the library index: SQLite (the embedded default) and PostgreSQL
(the shared library, a real server from tests/support/postgres.py). The same generated folder,
the same questions, the same answers."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FIXTURES, generated_library
from tests.support.postgres import create_database, postgres_server  # noqa: F401 (a fixture)
from tui.core.files.loader import load_file
from tui.core.library.index.store import LibraryIndex

# The PostgreSQL cases ask for the server as they run (request.getfixturevalue): see tests/conftest.py.
pytestmark = pytest.mark.postgres

BACKENDS = ("sqlite", "postgres")
ACCENTED = """---
title: Talks with Dragan Šahović in Niš
date: 2016-03-04
speakers:
  ds: {name: Dragan Šahović, org: mup}
organizations:
  mup: {name: Ministarstvo unutrašnjih poslova, acronym: MUP}
themes:
  t1: Theme number 1
---

## Summary

Šahović met the Straße crew; MUP was there.

{speaker=ds themes="t1"}
> “Die Straße is closed to smugglers, said Šahović.”
"""
QUERIES = ("border", "police smugg", "sahovic", "Šahović", "Straße", "speaker3", "org1", "Niš", "zzzz")


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """80 generated briefings, the broken fixtures and one with accents."""
    made = generated_library(tmp_path_factory, 80)
    shutil.copytree(FIXTURES / "broken", made / "broken")
    (made / "accented.md").write_text(ACCENTED, encoding="utf-8")
    return made


def open_index(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if backend == "sqlite":
        return LibraryIndex(tmp_path / f"i-{len(list(tmp_path.iterdir()))}.sqlite")
    from tui.core.library.postgres.store import PostgresIndex

    url = create_database(request.getfixturevalue("postgres_server"))
    index = PostgresIndex(url, create=True)
    request.addfinalizer(index.close)
    return index


def hits(index: Any, query: str) -> list[tuple[Any, ...]]:
    return [(h.path, h.line, h.kind, h.snippet, h.matches) for h in index.search(query)]


def quotes(found: Any) -> list[tuple[Any, ...]]:
    return [(q.path, q.title, q.date, q.qid, q.speaker, q.org, q.text, q.line) for q in found]


def entries(found: list[Any] | None) -> list[tuple[Any, ...]] | None:
    return None if found is None else [(e.key, e.label, e.detail, e.quotes, e.briefings, e.unit) for e in found]


def answers(index: Any) -> dict[str, Any]:
    """Every question the reader asks, answered with paths (ids are each backend's own)."""
    out: dict[str, Any] = {"count": index.count()}
    for order in ("date", "title"):
        ids = index.row_ids(order)
        rows = index.fetch_rows(ids)
        out[f"rows {order}"] = [rows[i][1:] for i in ids]
    path_of = {i: r[0] for i, r in zip(index.row_ids(), out["rows date"], strict=True)}
    out["t1 briefings"] = sorted(path_of[i] for i in index.theme_briefings(["t1", "t7"]))
    out["themes"] = entries(index.themes())
    out["speakers"] = entries(index.speakers())
    out["speakers t1 t2"] = entries(index.speakers(["t1", "t2"]))
    out["orgs"] = entries(index.orgs())
    out["orgs t3"] = entries(index.orgs(["t3"]))
    for key, themes in (("org1", ()), ("org1", ("t3",)), ("mup", ())):
        out[f"mentions {key} {themes}"] = [
            (m.path, m.title, m.date, m.oid, m.mentions) for m in index.org_mentions(key, themes)
        ]
    person = index.speakers()[0].key
    for name, args in {
        "every": ((), "", "", ""),
        "year": ((), "", "", "2012"),
        "month": ((), "", "", "2016-03"),
        "themes": (("t1", "t9"), "", "", ""),
        "themes period": (("t1", "t9"), "", "", "2013"),
        "person": ((), person, "", ""),
        "org": ((), "", "org3", ""),
        "theme and org": (("t2",), "", "org3", ""),
    }.items():
        found = index.quote_set(*args)
        out[f"quotes {name}"] = (quotes(found.quotes), found.quotes.sources, found.months, entries(found.speakers))
    out["months"] = index.quote_months()
    out["months t4"] = index.quote_months(["t4"])
    for query in QUERIES:
        out[f"search {query}"] = hits(index, query)
    out["failures"] = sorted((p.path, p.line, p.col, p.severity, p.message) for p in index.failures())
    return out


def unranked(found: dict[str, Any]) -> dict[str, Any]:
    """Answers whose order among equals (the same date, the same score) depends on the ids: sorted;
    a search cut at its limit among equals: its length only."""
    out = dict(found)
    for key, value in found.items():
        if key.startswith("search "):
            out[key] = len(value) if len(value) == 50 else sorted(value)
        elif key.startswith("quotes "):
            out[key] = (sorted(value[0]), *value[1:])
    return out


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_questions_of_the_reader(
    backend: str, folder: Path, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    index = open_index(backend, request, tmp_path)
    report = index.update([folder])
    assert (report.total, report.parsed) == (80 + 29 + 1, 80 + 29 + 1)
    got = answers(index)
    failed = {Path(p[0]).name for p in got["failures"]}
    assert {"yaml-syntax.md", "unclosed-front-matter.md"} <= failed
    assert got["count"] == 110 - len(failed)
    dates = [r[2] for r in got["rows date"]]
    assert dates == sorted(dates, reverse=True) and "Talks with Dragan Šahović in Niš" in {
        r[1] for r in got["rows date"]
    }
    titles = [r[1].lower() for r in got["rows title"]]
    assert titles == sorted(titles)
    # accents and case folded both ways, in the texts and in the query
    for query in ("sahovic", "Šahović", "SAHOVIC"):
        found = index.search(query)
        assert found and {h.path for h in found} == {str(folder / "accented.md")}
        assert found[0].kind == "quote" and found[0].snippet.startswith("Dragan Šahović: ")
    assert index.search("Straße") and index.search("zzzz") == []
    assert got["search border"][0][0] != got["search border"][-1][0]
    # the counts under a filter agree with the rows they count
    every = got["quotes every"]
    assert len(every[0]) >= sum(every[2].values()) >= 80 * 5 and len(every[0]) >= sum(e[3] for e in got["speakers"])
    assert got["quotes year"][0] and all(q[2].startswith("2012") for q in got["quotes year"][0])
    assert [q[3] for q in got["quotes month"][0] if q[0].endswith("accented.md")] == ["q1"]
    themed = got["quotes themes"]
    assert themed[0] and themed[1] == len({q[0] for q in themed[0]}) and sum(e[3] for e in themed[3]) == len(themed[0])
    # each quote's text is its briefing's quote (read from the briefing's texts by its place)
    said = {}
    for path in {q[0] for q in every[0]}:
        briefing, _problems = load_file(Path(path))
        assert briefing is not None
        said |= {(path, q.line): q.text for q in briefing.quotes}
    assert [q[6] for q in every[0]] == [said[q[0], q[7]] for q in every[0]]


@pytest.mark.parametrize("backend", BACKENDS)
def test_incremental_updates_answer_as_a_clean_index(
    backend: str, folder: Path, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    library = tmp_path / "lib"
    shutil.copytree(folder, library)
    index = open_index(backend, request, tmp_path)
    index.update([library])
    again = index.update([library])
    assert (again.parsed, again.removed) == (0, 0)
    changed = library / "000" / "briefing-00003.md"
    changed.write_text(changed.read_text(encoding="utf-8").replace("Generated briefing 3 ", "Changed briefing 3 "))
    os.utime(changed, ns=(1, 10**18))
    (library / "000" / "briefing-00004.md").unlink()
    text = (library / "000" / "briefing-00005.md").read_text(encoding="utf-8")
    added = re.sub(r"(?m)^date: .*$", "date: 2031-01-01", text.replace("Generated briefing 5 ", "Added briefing "))
    (library / "added.md").write_text(added, encoding="utf-8")
    report = index.update([library])
    assert (report.parsed, report.removed) == (2, 1)
    clean = open_index(backend, request, tmp_path)
    clean.update([library])
    # Ties in the ranking go to the newest text, and the changed file is newer here: hits as sets.
    assert unranked(answers(index)) == unranked(answers(clean))
    assert "Changed briefing 3" in index.search("changed")[0].title


def test_postgres_answers_as_sqlite(folder: Path, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Every answer, ranking of search hits included, the same on both backends."""
    sqlite, postgres = open_index("sqlite", request, tmp_path), open_index("postgres", request, tmp_path)
    for index in (sqlite, postgres):
        index.update([folder])
    want, got = answers(sqlite), answers(postgres)
    assert len(want["search border"]) == 50 and want["search sahovic"]
    for key in want:
        assert got[key] == want[key], key
