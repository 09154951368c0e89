"""Library search finds people and organizations: names, roles, acronyms; a name brings the quotes first."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui.core.library.index import db as index_db
from tui.core.library.index.store import LibraryIndex
from tui.core.text.fold import fold

SAMPLES = ROOT / "briefings"

# A briefing that names a speaker many times in its text but quotes her nowhere: plain ranking
# puts it first; a name query must list what she said before it.
CHATTER = """---
title: Notes on the Okafor visit
date: 2017-01-05
speakers:
  lee: {name: Kim Lee, org: unhcr}
organizations:
  unhcr: {name: Office of the High Commissioner for Refugees, acronym: UNHCR, aliases: [UN Refugee Agency]}
---

Okafor, Okafor, Okafor: the visit of Okafor was discussed at length by the UNHCR.

{speaker=lee}
> “We will meet again in spring.”
>
> — Kim Lee
"""


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    shutil.copytree(SAMPLES, folder)
    (folder / "chatter.md").write_text(CHATTER, encoding="utf-8")
    return folder


@pytest.fixture
def index(library: Path, tmp_path: Path) -> LibraryIndex:
    made = LibraryIndex(tmp_path / "i.sqlite")
    made.update([library], workers=1)
    return made


@pytest.mark.parametrize("query", ["Halloran", "Okafor", "Šahović", "sahovic", "SAHOVIĆ", "Grace Oka", "petrovic"])
def test_a_speakers_name_finds_their_quotes_first(index: LibraryIndex, query: str) -> None:
    hits = index.search(query)
    assert hits, query
    quoted = [h for h in hits if h.kind == "quote"]
    assert quoted and hits[0].kind == "quote"
    # The quotes come first, each with its speaker's name highlighted.
    first = hits[: len(quoted)]
    assert all(h.kind == "quote" for h in first)
    for h in first:
        assert h.matches
        start, end = h.matches[0]
        assert fold(h.snippet[start:end]) == fold(query.split()[0])


def test_the_name_ranks_quotes_above_a_text_full_of_it(index: LibraryIndex) -> None:
    hits = index.search("Okafor")
    kinds = [h.kind for h in hits]
    assert kinds[:3] == ["quote", "quote", "quote"]
    assert all(h.snippet.startswith("Grace Okafor: ") for h in hits[:3])
    chatter = [n for n, h in enumerate(hits) if Path(h.path).name == "chatter.md"]
    assert chatter and min(chatter) > 2
    # Each quote once: the quotes found by their words are not listed again.
    keys = [(h.path, h.line) for h in hits if h.kind == "quote"]
    assert len(keys) == len(set(keys))


def test_roles_and_organizations_are_found(index: LibraryIndex) -> None:
    role = index.search("Protection Officer")
    assert any(h.kind == "speaker" and "Grace Okafor" in h.snippet for h in role)
    for query in ("UNHCR", "High Commissioner", "Refugee Agency"):
        found = index.search(query)
        assert any(h.kind == "org" and Path(h.path).name == "chatter.md" for h in found), query
    # An organization is not a name: its speakers' quotes are not listed for it.
    assert not [h for h in index.search("UNHCR") if h.kind == "quote" and Path(h.path).name == "chatter.md"]


def test_a_changed_speaker_leaves_no_words_behind(index: LibraryIndex, library: Path) -> None:
    chatter = library / "chatter.md"
    chatter.write_text(CHATTER.replace("Kim Lee", "Ana Zubrowska").replace("UNHCR", "UNRWA"), encoding="utf-8")
    os.utime(chatter, ns=(1, 1))
    index.update([library], workers=1)
    assert not [h for h in index.search("Kim Lee") if Path(h.path).name == "chatter.md"]
    assert index.search("Zubrowska")[0].snippet.startswith("Ana Zubrowska: ")
    assert not [h for h in index.search("UNHCR") if Path(h.path).name == "chatter.md"]
    chatter.unlink()
    index.update([library], workers=1)
    assert not index.search("Zubrowska")
    for word in ("zubrowska", "unrwa"):
        assert index.db.execute("SELECT rowid FROM search WHERE search MATCH ?", (word,)).fetchall() == []
    index.db.execute("INSERT INTO search (search) VALUES ('integrity-check')")


def test_an_index_of_the_old_schema_is_rebuilt(library: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    first = LibraryIndex(path)
    first.update([library], workers=1)
    first.db.execute(f"PRAGMA user_version = {index_db.SCHEMA_VERSION - 1}")
    first.close()
    again = LibraryIndex(path)
    report = again.update([library], workers=1)
    # everything parsed again, nothing kept (the sample library's plain note is not a briefing)
    assert report.parsed == again.count() + report.failed and again.count() > 0
    assert again.search("Okafor")[0].kind == "quote"
