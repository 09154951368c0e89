"""tui's imports: no cycle (imports inside functions included), the domain imports nothing above
it, every module is under an import-linter layer, no folder is crowded, and the drawing
(docs/imports.md, from benchmarks/import_graph.py) is current."""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.import_graph import (
    DRAWING,
    Graph,
    cycles,
    module_graph,
    package_graph,
    reduced,
    render,
    upward,
)
from tests.conftest import ROOT

MOST_MODULES_PER_FOLDER = 20


@pytest.fixture(scope="module")
def graph() -> Graph:
    return module_graph("tui")


def test_no_cycle_between_modules_of_tui(graph: Graph) -> None:
    assert len(graph) > 100  # every module was read
    assert cycles(graph) == []


def test_the_cycle_check_sees_imports_inside_functions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "cycle_probe"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from cycle_probe import b\n")
    (package / "b.py").write_text("def late() -> object:\n    from cycle_probe import a\n\n    return a\n")
    (package / "c.py").write_text("from cycle_probe import b\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    probe = module_graph("cycle_probe")
    assert "cycle_probe.a" in probe["cycle_probe.b"]  # the import inside late()
    assert cycles(probe) == [["cycle_probe.a", "cycle_probe.b"]]


def test_the_domain_imports_nothing_above_it(graph: Graph) -> None:
    assert upward(graph) == []


def test_the_drawing_has_no_cycle_and_keeps_what_reaches_what(graph: Graph) -> None:
    drawn = package_graph(graph)
    assert cycles(drawn) == []
    kept = reduced(drawn)
    assert sum(map(len, kept.values())) < sum(map(len, drawn.values()))

    def reach(g: Graph, start: str) -> set[str]:
        seen, todo = set(), [start]
        while todo:
            for nxt in g.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return seen

    assert all(reach(kept, box) == reach(drawn, box) for box in drawn)


def test_the_drawing_is_current(graph: Graph) -> None:
    assert DRAWING.read_text(encoding="utf-8") == render(graph), (
        "docs/imports.md is stale: python -m benchmarks.import_graph"
    )


def layers() -> list[str]:
    """Every name in pyproject's import-linter layers contracts ("a | b" and "a : b" included)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    names = []
    for contract in config["tool"]["importlinter"]["contracts"]:
        if contract["type"] == "layers":
            for layer in contract["layers"]:
                names += [n.strip(" ()") for n in layer.replace(":", "|").split("|")]
    return names


def test_every_module_of_tui_is_under_a_layer(graph: Graph) -> None:
    listed = layers()
    assert "tui.core" in listed
    # The package itself holds only its version; every other module is in a layer.
    outside = [m for m in graph if m != "tui" and not any(m == n or m.startswith(n + ".") for n in listed)]
    assert outside == []


def test_no_folder_of_tui_holds_more_than_20_modules() -> None:
    per_folder = Counter(str(p.parent.relative_to(ROOT)) for p in (ROOT / "tui").rglob("*.py"))
    assert per_folder["tui/core/library"] > 1  # the files were found
    crowded = {folder: n for folder, n in per_folder.items() if n > MOST_MODULES_PER_FOLDER}
    assert crowded == {}
