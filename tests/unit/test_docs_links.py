"""The documentation's links, module paths and generated figures stay true as the code moves."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")
# A module named in backquotes: from the repository's root, or inside tui/ (`core/...`).
MODULE = re.compile(r"`((?:tui|benchmarks|tests|docs|core|widgets|reader|screens|cli|serve)/[\w/]+\.py)`")
CODE_BLOCK = re.compile(r"^```.*?^```", re.S | re.M)


def anchors(path: Path) -> set[str]:
    """GitHub's anchors for the headings of a Markdown file."""
    text = CODE_BLOCK.sub("", path.read_text(encoding="utf-8"))
    found = set()
    for heading in re.findall(r"^#+ +(.+)$", text, re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")
        found.add(slug)
    return found


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_names_a_file_and_heading_that_exist(doc: Path) -> None:
    text = CODE_BLOCK.sub("", doc.read_text(encoding="utf-8"))
    broken = []
    for target in LINK.findall(text):
        if re.match(r"[a-z]+:", target):
            continue  # a web address
        name, _, anchor = target.partition("#")
        path = (doc.parent / name).resolve() if name else doc
        if not path.exists() or (anchor and path.suffix == ".md" and anchor not in anchors(path)):
            broken.append(target)
    assert broken == []


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_module_path_named_exists(doc: Path) -> None:
    names = MODULE.findall(doc.read_text(encoding="utf-8"))
    missing = [name for name in names if not (ROOT / name).exists() and not (ROOT / "tui" / name).exists()]
    assert missing == []


def test_the_readme_stays_a_front_door() -> None:
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) <= 150


def test_the_architecture_figures_are_the_results_file() -> None:
    from benchmarks import report

    results = json.loads((ROOT / "benchmarks" / "results.json").read_text(encoding="utf-8"))
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = doc[doc.index(report.BEGIN) + len(report.BEGIN) : doc.index(report.END)]
    assert block.strip() == report.table(results).strip(), "python benchmarks/report.py --docs-only"
    assert results["rows"], "the results file holds no measure"
