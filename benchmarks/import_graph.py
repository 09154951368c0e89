"""A drawing of tui's imports, package by package: docs/imports.md (Mermaid, which GitHub draws).

    python -m benchmarks.import_graph           # writes docs/imports.md
    python -m benchmarks.import_graph --check   # exits 1 when it is stale or an import makes a cycle

The imports are grimp's (installed with import-linter): every import statement,
those inside functions and under TYPE_CHECKING included. An arrow A --> B says
that a module of A imports a module of B. A package's own modules are one box;
a module that its subpackages import is a box of its own (tui.core.library.rows:
the index imports it, and the library imports the index), so that a box never
both imports and is imported by another through different modules.
tests/unit/test_import_graph.py checks the drawing is current and has no cycle.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
DRAWING = ROOT / "docs" / "imports.md"
CORE = "tui.core"

Graph = dict[str, set[str]]


def module_graph(package: str = "tui") -> Graph:
    """Each module of ``package`` and the modules of ``package`` it imports (anywhere in it)."""
    graph = grimp.build_graph(package, cache_dir=None)
    return {m: set(graph.find_modules_directly_imported_by(m)) for m in sorted(graph.modules)}


def cycles(graph: Graph) -> list[list[str]]:
    """The import cycles: each group of two or more nodes that reach one another (Tarjan's
    strongly connected components, without recursion)."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in order:
            continue
        work = [(start, iter(sorted(graph.get(start, ()))))]
        order[start] = low[start] = len(order)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, nexts = work[-1]
            step = next(nexts, None)
            if step is not None:
                if step not in order:
                    order[step] = low[step] = len(order)
                    stack.append(step)
                    on_stack.add(step)
                    work.append((step, iter(sorted(graph.get(step, ())))))
                elif step in on_stack:
                    low[node] = min(low[node], order[step])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == order[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def boxes(graph: Graph) -> dict[str, str]:
    """The box each module is drawn in: its package, or itself (see the module's docstring)."""
    packages = {m.rsplit(".", 1)[0] for m in graph if "." in m}

    def parent(module: str) -> str:
        return module.rsplit(".", 1)[0] if "." in module else module

    shared = set()
    for importer, imported in ((a, b) for a, bs in graph.items() for b in bs):
        home = parent(imported)
        # A module that a module deeper in its own package imports.
        if imported not in packages and importer.startswith(home + ".") and parent(importer) != home:
            shared.add(imported)
    box = {}
    for module in graph:
        home = parent(module)
        own = module in packages or home in ("tui", CORE) or module in shared
        box[module] = module if own else home
    return box


def package_graph(graph: Graph) -> Graph:
    """The imports between boxes."""
    box = boxes(graph)
    drawn: Graph = {b: set() for b in box.values()}
    for importer, imported in ((a, b) for a, bs in graph.items() for b in bs):
        if box[importer] != box[imported]:
            drawn[box[importer]].add(box[imported])
    return drawn


def reduced(drawn: Graph) -> Graph:
    """The arrows that no longer path implies (the transitive reduction): what reaches what stays
    the same, a cycle or an arrow up stays visible, and the drawing stays readable."""
    if cycles(drawn):
        return drawn  # drawn whole: the cycle is the news
    below: dict[str, set[str]] = {}

    def reach(node: str) -> set[str]:
        if node not in below:
            found: set[str] = set()
            for nxt in drawn.get(node, ()):
                found |= {nxt} | reach(nxt)
            below[node] = found
        return below[node]

    kept: Graph = {}
    for node, nexts in drawn.items():
        implied = set().union(*(reach(n) for n in nexts)) if nexts else set()
        kept[node] = {n for n in nexts if n not in implied}
    return kept


def upward(graph: Graph) -> list[tuple[str, str]]:
    """Imports from the domain layer (tui.core) to anything of tui above it."""
    return [(a, b) for a, bs in graph.items() for b in sorted(bs) if in_core(a) and not in_core(b)]


def in_core(name: str) -> bool:
    return name == CORE or name.startswith(CORE + ".")


def mermaid(drawn: Graph) -> str:
    """The boxes and arrows as a Mermaid flowchart, the domain layer in a frame of its own."""

    def ident(name: str) -> str:
        return name.replace(".", "_")

    def declare(names: Iterable[str], indent: str) -> list[str]:
        return [f'{indent}{ident(n)}["{n}"]' for n in names]

    linked = {a for a, bs in drawn.items() if bs} | {b for bs in drawn.values() for b in bs}
    names = sorted(linked)  # an empty package (tui.core's __init__) is left out
    lines = ["flowchart TD"]
    lines += declare((n for n in names if not in_core(n)), "    ")
    lines.append('    subgraph core["tui.core, the domain: no Textual or rich, nothing above it"]')
    lines += declare((n for n in names if in_core(n)), "        ")
    lines.append("    end")
    lines += [f"    {ident(a)} --> {ident(b)}" for a in names for b in sorted(drawn[a])]
    return "\n".join(lines) + "\n"


def render(graph: Graph | None = None) -> str:
    """docs/imports.md, from the imports as they are now."""
    drawn = package_graph(graph if graph is not None else module_graph())
    kept = reduced(drawn)
    return (
        "# tui's imports, package by package\n\n"
        "Made by `python -m benchmarks.import_graph` from grimp's graph (imports inside functions and\n"
        "under TYPE_CHECKING included); `tests/unit/test_import_graph.py` fails when it is stale.\n"
        "An arrow A --> B: a module of A imports a module of B, directly or through the boxes between\n"
        "(an import that a longer path implies is not drawn). There is no cycle, and no arrow leaves\n"
        "`tui.core` upwards.\n\n"
        "```mermaid\n" + mermaid(kept) + "```\n"
    )


def main(argv: list[str]) -> int:
    graph = module_graph()
    problems = [f"cycle: {' -> '.join(c)}" for c in cycles(graph)]
    problems += [f"cycle between boxes: {' -> '.join(c)}" for c in cycles(package_graph(graph))]
    problems += [f"tui.core imports upwards: {a} -> {b}" for a, b in upward(graph)]
    text = render(graph)
    if "--check" in argv:
        if DRAWING.read_text(encoding="utf-8") != text:
            problems.append(f"{DRAWING.relative_to(ROOT)} is stale: python -m benchmarks.import_graph")
    else:
        DRAWING.write_text(text, encoding="utf-8")
        print(f"wrote {DRAWING.relative_to(ROOT)}")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
