"""The walk's early estimate of how many files an update has to parse (Finder.many_to_parse)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.library.index.scan import Finder

FILES = 5000


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[int, int]]]:
    root = tmp_path_factory.mktemp("finder")
    for n in range(FILES):
        folder = root / f"{n % 50:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{n:05d}.md").write_text("x", encoding="utf-8")
    with Finder([root], {}) as finder:
        finder.wait_for(FILES + 1)
        known = dict(finder.found)
    assert len(known) == FILES
    return root, known


def changed(known: dict[str, tuple[int, int]], every: int) -> dict[str, tuple[int, int]]:
    """``known`` with one file in ``every`` (spread over the library) given another stamp."""
    return {p: (s + 1, m) if n % every == 0 else (s, m) for n, (p, (s, m)) in enumerate(sorted(known.items()))}


@pytest.mark.parametrize(("every", "least", "many"), [(50, 40, True), (200, 40, False), (20, 40, True)])
def test_the_share_seen_in_a_tenth_of_the_walk_decides(
    library: tuple[Path, dict[str, tuple[int, int]]], every: int, least: int, many: bool
) -> None:
    """2 % of 5,000 changed is 100 to parse: more than 40; 0.5 % is 25: fewer."""
    root, known = library
    finder = Finder([root], changed(known, every))
    finder.sample_from = 100  # a tenth of 5,000 is enough here
    with finder:
        assert finder.many_to_parse(least) is many
        finder.wait_for(FILES + 1)
        assert (len(finder.todo) > least) is many  # what the whole walk found agrees


def test_a_small_index_counts_rather_than_estimates(library: tuple[Path, dict[str, tuple[int, int]]]) -> None:
    """Under ten times sample_from known files, the walk counts to least + 1 (or to its end)."""
    root, known = library
    with Finder([root], changed(known, 200)) as finder:  # 25 to parse
        assert finder.many_to_parse(24) is True
        assert len(finder.todo) >= 25
    with Finder([root], changed(known, 200)) as finder:
        assert finder.many_to_parse(25) is False
        assert finder.finished


def test_an_empty_index_parses_everything_it_finds(library: tuple[Path, dict[str, tuple[int, int]]]) -> None:
    root, _known = library
    with Finder([root], {}) as finder:
        assert finder.many_to_parse(400) is True


def test_it_is_an_estimate_changes_all_in_the_first_tenth_walked_look_many(
    library: tuple[Path, dict[str, tuple[int, int]]],
) -> None:
    """The estimate is read from the first tenth walked, not counted: 500 changed files that are
    the first 500 walked look like 5,000 (more than 600), where a count finds 500. The cost of
    a wrong guess is only the choice of processes. The walk is held at the 500th file to parse (the
    tenth it reads): a walk run on to its end would have counted instead, as it does when it is quick."""
    root, known = library
    walked_first = list(known)[:500]  # ``known`` is in the walk's order
    stamps = {p: (s + 1, m) if p in set(walked_first) else (s, m) for p, (s, m) in known.items()}
    finder = Finder([root], stamps, hold=500)
    finder.sample_from = 100
    with finder:
        assert finder.many_to_parse(600) is True
        finder.wait_for(FILES + 1)
        assert len(finder.todo) == 500
