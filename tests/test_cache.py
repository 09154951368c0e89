"""The model cache: hits for unchanged files, misses after a change, garbage ignored."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

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
