"""The model cache: hits for unchanged files, misses after a change, garbage ignored."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from tui.core.cache import ModelCache, load_cached_only
from tui.core.loader import load_paths


def test_unchanged_files_come_from_the_cache(tmp_path: Path, sample_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_bytes(sample_path.read_bytes())
    cache = ModelCache(tmp_path / "cache")
    first = load_paths([path], cache)
    assert (cache.hits, cache.misses) == (0, 1)
    second = load_paths([path], cache)
    assert (cache.hits, cache.misses) == (1, 1)
    assert second.briefings[0] == first.briefings[0]
    assert load_cached_only([path], cache) is not None


def test_a_changed_file_is_parsed_again(tmp_path: Path, sample_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_bytes(sample_path.read_bytes())
    cache = ModelCache(tmp_path / "cache")
    load_paths([path], cache)
    path.write_text(path.read_text(encoding="utf-8").replace("Guy Vinet", "Guy X. Vinet"), encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert load_cached_only([path], cache) is None
    result = load_paths([path], cache)
    assert cache.misses == 2
    assert result.briefings[0].speaker_by_id["vinet"].name == "Guy X. Vinet"


def test_garbage_and_foreign_cache_files_are_ignored(tmp_path: Path, sample_path: Path) -> None:
    path = tmp_path / "b.md"
    path.write_bytes(sample_path.read_bytes())
    cache = ModelCache(tmp_path / "cache")
    load_paths([path], cache)
    (entry,) = (tmp_path / "cache").iterdir()
    entry.write_bytes(b"not a pickle at all")
    assert load_paths([path], cache).briefings[0].title.startswith("Regional")
    entry.write_bytes(pickle.dumps(os.system))  # a foreign class must never load
    assert load_cached_only([path], cache) is None
    assert load_paths([path], cache).briefings


def test_an_unwritable_cache_only_costs_speed(tmp_path: Path, sample_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = ModelCache(blocker / "cache")  # a folder inside a file cannot exist
    result = load_paths([sample_path], cache)
    assert result.briefings and cache.write_errors


def test_two_paths_sharing_a_key_never_get_each_others_model(
    tmp_path: Path, sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.core import cache as cache_module

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
    from tui.core.cache import path_key

    keys = {path_key(f"/home/analyst/briefings/{n:05d}.md") for n in range(20000)}
    assert len(keys) == 20000 and path_key("/x.md") == path_key("/x.md") and len(path_key("/x.md")) == 16
