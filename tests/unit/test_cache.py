"""The model cache: hits for unchanged files, misses after a change, garbage ignored."""

from __future__ import annotations

import json
import os
import pickle
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from tui.core.files.loader import load_paths
from tui.core.library.cache.store import FORMAT, PACK, ModelCache, load_cached_only


def stored(folder: Path) -> bytes:
    """The one model in the cache's pack, decompressed (what a crafted cache could replace)."""
    with sqlite3.connect(folder / PACK) as db:
        (row,) = db.execute("SELECT data FROM models").fetchall()
    return zlib.decompress(row[0])


def store(folder: Path, data: bytes, packed: bool = True) -> None:
    """Replace the one model in the pack by ``data`` (compressed as the cache does, or raw)."""
    with sqlite3.connect(folder / PACK) as db:
        db.execute("UPDATE models SET data = ?", (zlib.compress(data) if packed else data,))


def test_unchanged_files_come_from_the_cache(tmp_path: Path, sample_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_bytes(sample_path.read_bytes())
    cache = ModelCache(tmp_path / "cache")
    first = load_paths([path], cache.load)
    assert (cache.hits, cache.misses) == (0, 1)
    second = load_paths([path], cache.load)
    assert (cache.hits, cache.misses) == (1, 1)
    assert second.briefings[0] == first.briefings[0]
    assert load_cached_only([path], cache) is not None


def test_a_changed_file_is_parsed_again(tmp_path: Path, sample_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_bytes(sample_path.read_bytes())
    cache = ModelCache(tmp_path / "cache")
    load_paths([path], cache.load)
    path.write_text(path.read_text(encoding="utf-8").replace("Guy Vinet", "Guy X. Vinet"), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert load_cached_only([path], cache) is None
    result = load_paths([path], cache.load)
    assert cache.misses == 2
    assert result.briefings[0].speaker_by_id["vinet"].name == "Guy X. Vinet"


def test_garbage_and_foreign_cache_files_are_ignored(tmp_path: Path, sample_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_bytes(sample_path.read_bytes())
    cache = ModelCache(tmp_path / "cache")
    load_paths([path], cache.load)
    store(tmp_path / "cache", b"not a pickle at all")
    assert load_paths([path], cache.load).briefings[0].title.startswith("Regional")
    store(tmp_path / "cache", pickle.dumps(os.system))  # a foreign class must never load
    assert load_cached_only([path], cache) is None
    assert load_paths([path], cache.load).briefings
    store(tmp_path / "cache", b"\x78\x9c" + b"\x00" * 40, packed=False)  # not zlib: a miss too
    assert load_cached_only([path], cache) is None
    bomb = zlib.compress(b" " * (80 * 1024 * 1024), 9)  # 80 KB that inflates past the bound
    store(tmp_path / "cache", bomb, packed=False)
    assert load_cached_only([path], cache) is None and load_paths([path], cache.load).briefings


def test_a_foreign_or_garbage_pack_file_is_replaced(tmp_path: Path, sample_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / PACK).write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)  # damaged
    assert ModelCache(folder).load(sample_path)[0] is not None
    assert ModelCache(folder).peek(sample_path) is not None  # rebuilt, and used
    (folder / PACK).unlink()
    with sqlite3.connect(folder / PACK) as db:  # another schema, with a trigger
        db.execute("CREATE TABLE models (key TEXT PRIMARY KEY, data BLOB NOT NULL, extra)")
        db.execute("CREATE TRIGGER t AFTER INSERT ON models BEGIN DELETE FROM models; END")
    cache = ModelCache(folder)
    assert cache.load(sample_path)[0] is not None and cache.peek(sample_path) is not None
    with sqlite3.connect(folder / PACK) as db:
        assert db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (0,)


def test_an_unwritable_cache_only_costs_speed(tmp_path: Path, sample_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = ModelCache(blocker / "cache")  # a folder inside a file cannot exist
    result = load_paths([sample_path], cache.load)
    assert result.briefings and cache.write_error


def test_two_paths_sharing_a_key_never_get_each_others_model(
    tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core.library.cache import store as cache_module

    monkeypatch.setattr(cache_module, "path_key", lambda text: "same")  # a collision, forced
    a, b = tmp_path / "a.md", tmp_path / "b.md"
    a.write_bytes(sample_path.read_bytes())
    b.write_text(a.read_text(encoding="utf-8").replace("Regional workshop", "Another workshop"), encoding="utf-8")
    cache = ModelCache(tmp_path / "cache")
    first = cache.load(a)[0]
    second = cache.load(b)[0]
    assert first is not None and second is not None
    assert second.title.startswith("Another") and second.path == str(b)
    assert cache.peek(a) is None  # b's entry replaced a's: a misses, never gets b's model
    assert cache.load(a)[0] == first


def test_cache_keys_are_stable_and_spread() -> None:
    from tui.core.library.cache.store import path_key

    keys = {path_key(f"/home/analyst/briefings/{n:05d}.md") for n in range(20000)}
    assert len(keys) == 20000 and path_key("/x.md") == path_key("/x.md") and len(path_key("/x.md")) == 16


# A pickle that, read by a pickle-based cache, calls dataclass() on a model class
# with injected annotations: the way a crafted entry made dataclasses exec code.
CRAFTED = """
import pickle, sqlite3, sys, zlib
from pathlib import Path
from tui.core.library.cache.store import ModelCache
from tui.core.model import Briefing

state = pickle.dumps((None, {"__annotations__": {"injected": "int"}}), protocol=2)[2:-1]
payload = b"\\x80\\x02ctui.core.model\\ndataclass\\nctui.core.model\\nBriefing\\n" + state + b"b\\x85R."
cache = ModelCache(Path(sys.argv[1]))
cache.load(sys.argv[2])
with sqlite3.connect(Path(sys.argv[1]) / "models.sqlite") as db:
    db.execute("UPDATE models SET data = ?", (zlib.compress(payload),))
briefing, _ = cache.load(sys.argv[2])
assert briefing is not None
print("injected" in Briefing.__dataclass_fields__)
"""


def test_a_crafted_cache_entry_runs_nothing(tmp_path: Path, sample_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CRAFTED, str(tmp_path / "cache"), str(sample_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "False"


def test_cache_entries_are_plain_json_and_round_trip(tmp_path: Path, sample_path: Path) -> None:
    cache = ModelCache(tmp_path / "cache")
    first = cache.load(sample_path)
    json.loads(stored(tmp_path / "cache"))  # data, not code
    assert cache.peek(sample_path) == first


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: d.__setitem__(1, [1] * 15),  # wrong types
        lambda d: d[1].__setitem__(2, "1"),  # a line that is a string
        lambda d: d[1].__setitem__(3, "2015-13-45"),  # not a date
        lambda d: d[2].append(["p", 1, 1, "fatal", "m", ""]),  # not a severity
        lambda d: d.append(1),  # too long
    ],
)
def test_a_malformed_entry_is_a_miss(tmp_path: Path, sample_path: Path, mangle: object) -> None:
    cache = ModelCache(tmp_path / "cache")
    cache.load(sample_path)
    data = json.loads(stored(tmp_path / "cache"))
    mangle(data)  # type: ignore[operator]
    store(tmp_path / "cache", json.dumps(data).encode())
    assert cache.peek(sample_path) is None
    assert cache.load(sample_path)[0] is not None


def test_deep_nesting_is_a_miss(tmp_path: Path, sample_path: Path) -> None:
    cache = ModelCache(tmp_path / "cache")
    cache.load(sample_path)
    store(tmp_path / "cache", b"[" * 200_000)
    assert cache.peek(sample_path) is None


def test_forget_prunes_entries_and_legacy_entry_files_go(tmp_path: Path, sample_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_bytes(sample_path.read_bytes())
    folder = tmp_path / "cache"
    folder.mkdir()
    for old in ("0123456789abcdef.pickle", "0123456789abcdef.json", "format-6"):
        (folder / old).write_bytes(b"old")
    (folder / "library-0123456789abcdef.sqlite").write_bytes(b"an index: not the model cache's")
    cache = ModelCache(folder)
    cache.load(path)
    cache.drop_legacy()
    names = sorted(p.name for p in folder.iterdir() if not p.name.startswith(PACK))
    assert names == [f"format-{FORMAT}", "library-0123456789abcdef.sqlite"]
    assert cache.peek(path) is not None
    path.unlink()
    cache.forget([str(path)])
    with sqlite3.connect(folder / PACK) as db:
        assert db.execute("SELECT count(*) FROM models").fetchone() == (0,)
