"""Control characters that YAML escapes or Markdown character references decode never reach
the model: removed after decoding (with a warning where), and again by every writer (the
installed command and a real terminal: tests/e2e/test_safety_controls.py)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.hostile import ESCAPES, FORBIDDEN, hostile
from tui.core.export import FORMATS, export
from tui.core.files.loader import load_file
from tui.core.format.frontmatter import parse_yaml
from tui.core.format.parser import parse_text
from tui.core.library.query import QuoteFilter
from tui.core.model import Briefing
from tui.core.text.sanitize import json_safe, one_line, replace_controls, strip_controls


def strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from strings(v)


def model_strings(b: Briefing) -> list[str]:
    """Every text of a model, through its JSON export (json.loads gives back what was escaped)."""
    return list(strings(json.loads(export([b], "json", QuoteFilter()))))


@pytest.mark.parametrize("escape", ESCAPES)
def test_decoded_controls_never_reach_the_model(escape: str) -> None:
    b, problems = parse_text(hostile(escape), "h.md")
    assert b is not None
    found = [s for s in model_strings(b) if FORBIDDEN.search(s)]
    assert found == []
    assert b.title.startswith("Title ") and b.title.endswith(" end")
    assert "PWNED" not in b.title  # the whole OSC sequence went, not only its ESC
    if escape != r"\x9b2J":  # (of which "2J" is left, so that the ids are not slugs)
        # The keys were cleaned too: the ids resolve.
        assert [s.id for s in b.speakers] == ["ann"] and [t.id for t in b.themes] == ["t1"]
        assert b.quotes[0].speaker == "ann" and b.quotes[0].themes == ("t1",)
        assert b.speakers[0].org == "un"
    warned = {(p.line, p.col) for p in problems if p.message.startswith("control characters removed")}
    # Each value where it starts (cols after an escape depend on its length).
    assert {(2, 8), (3, 11), (4, 7), (5, 8), (6, 21), (8, 14), (10, 3), (12, 3)} <= warned
    assert {line for line, _col in warned} == {2, 3, 4, 5, 6, 8, 10, 12}
    assert all(p.severity == "warning" for p in problems if p.message.startswith("control characters removed"))


def test_a_dirty_key_that_becomes_another_key_is_a_duplicate() -> None:
    text = '---\ntitle: T\nthemes:\n  t1: {label: A}\n  "t1\\e": {label: B}\n---\n\nText.\n'
    b, problems = parse_text(text, "d.md")
    assert b is not None and [t.label for t in b.themes] == ["A"]
    assert "d.md:5:3: error: duplicate key 't1'" in [p.format() for p in problems]


def test_raw_bidi_controls_in_yaml_are_removed_on_either_reading() -> None:
    # parse_yaml is also given text no loader cleaned (a theme vocabulary): its values are cleaned.
    root, issues = parse_yaml("title: a\u202eb\nlabel: [x\u2066y]\n", 2)
    assert root is not None and isinstance(root.value, dict)
    assert root.value["title"].value == "ab"
    label = root.value["label"].value
    assert isinstance(label, list) and label[0].value == "xy"
    assert [(i.line, i.col, i.severity) for i in issues] == [(2, 8, "warning"), (3, 9, "warning")]


def test_raw_bidi_controls_in_a_file_are_removed_as_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bidi.md"
    path.write_text("---\ntitle: admin\u202e\u2066txt.exe\n---\n\nSee \u202ethis.\n", encoding="utf-8")
    b, problems = load_file(path)
    assert b is not None and b.title == "admintxt.exe"
    assert b.blocks[0].text == "See this."
    assert [(p.line, p.col, p.severity) for p in problems] == [(2, 13, "warning")]


def test_character_references_to_controls_are_shown_as_replacement_characters(tmp_path: Path) -> None:
    text = (
        "---\ntitle: T\norganizations:\n  un: {name: United Nations, acronym: UN}\n---\n\n"
        "# Head &#x202e;ing\n\n"
        "Plain &#13; text &#12; and &#x2066;iso&#x2069; and &#x202E;.\n\n"
        "*Marked* &#x202e; then [UN]{org=un} here.\n\n"
        "| a &#13; b |\n|---|\n| c &#x202d; d |\n\n"
        "{speaker=x}\n> Quoted &#13; text\n"
    )
    b, _problems = parse_text(text, "r.md")
    assert b is not None
    assert [s for s in model_strings(b) if FORBIDDEN.search(s)] == []
    assert [blk.text for blk in b.blocks if blk.kind == "heading"] == ["Head \ufffding"]
    paragraph = next(blk for blk in b.blocks if blk.text.startswith("Plain"))
    assert paragraph.text == "Plain \ufffd text \ufffd and \ufffdiso\ufffd and \ufffd."
    # The text keeps its length: the mention's mark is still on "UN".
    marked = next(blk for blk in b.blocks if blk.text.startswith("Marked"))
    org = next(m for m in marked.marks if m.kind == "org")
    assert marked.text[org.start : org.end] == "UN"
    assert b.org_by_id["un"].mentions == (11,)
    table = next(blk for blk in b.blocks if blk.kind == "table")
    assert table.cells == (("a \ufffd b",), ("c \ufffd d",))
    assert b.quotes[0].text == "Quoted \ufffd text"
    # A Markdown file without front matter (read as plain Markdown) likewise.
    path = tmp_path / "plain.md"
    path.write_text("# Plain &#x202e;title\n\nBody &#13; text.\n", encoding="utf-8")
    plain, _ = load_file(path, plain=True)
    assert plain is not None and plain.title == "Plain \ufffdtitle"
    assert plain.blocks[1].text == "Body \ufffd text."


def test_the_writers_remove_what_slipped_into_a_model() -> None:
    b, _problems = parse_text(hostile("x"), "w.md")
    assert b is not None
    dirty = "A\x1b]0;PWNED\x07B\x9b2J\r\u202eC\u2066\x7f\x0c"
    b = dataclasses.replace(
        b,
        title=dirty,
        location=dirty,
        summary=(dirty,),
        quotes=tuple(dataclasses.replace(q, text=dirty) for q in b.quotes),
        speakers=tuple(s._replace(name=dirty, role=dirty) for s in b.speakers),
    )
    for fmt in FORMATS:
        out = export([b], fmt, QuoteFilter())
        assert not FORBIDDEN.search(out), fmt
        assert "B" in out and "C" in out, fmt
    # JSON keeps the value exact (escaped, never dropped).
    assert json.loads(export([b], "json", QuoteFilter()))[0]["title"] == dirty
    for line in export([b], "jsonl", QuoteFilter()).splitlines():
        assert json.loads(line)["location"] == dirty


def test_the_helpers() -> None:
    assert one_line("a\x1b[31mb\nc\td\u202e") == "ab c d"
    assert replace_controls("a\rb\u2066c\td\ne") == "a\ufffdb\ufffdc\td\ne"
    assert json.loads(json_safe(json.dumps("\x85\u202e\x7f", ensure_ascii=False))) == "\x85\u202e\x7f"
    assert strip_controls("x\u2069y") == "xy"
