"""Control characters that YAML escapes or Markdown character references decode never reach
the model or a terminal: removed after decoding (with a warning where), and again by every writer."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.core.export import FORMATS, export
from tui.core.files.loader import load_file
from tui.core.format.frontmatter import parse_yaml
from tui.core.format.parser import parse_text
from tui.core.library.query import QuoteFilter
from tui.core.model import Briefing
from tui.core.text.sanitize import json_safe, one_line, replace_controls, strip_controls

# What must never be printed: C0 except tab and newline, DEL, C1, and the bidi controls.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

# YAML double-quoted escapes that decode to controls (the file itself holds none).
ESCAPES = [
    r"\e]0;PWNED\a",  # set the window title
    r"\e]52;c;cHduZWQ=\a",  # write the clipboard (OSC 52)
    r"\x1b[2J",
    r"\u001b[31m",
    r"\U0000001b[1m",
    r"\x9b2J",  # C1 CSI
    r"\x85",  # NEL
    r"\r",
    r"\b",
    r"\v",
    r"\f",
    r"\0",
    r"\x7f",
    r"\N",  # NEL again, YAML's own escape
    r"\u202e",  # right-to-left override
    r"\u2066",  # left-to-right isolate
]


def hostile(escape: str) -> str:
    """A briefing with ``escape`` in every kind of front matter value, and in keys (ids)."""
    return (
        "---\n"
        f'title: "Title {escape} end"\n'  # 2
        f'location: "Place {escape}"\n'  # 3
        f'date: "2020-01-0{escape}1"\n'  # 4
        f'tags: ["tag {escape}", plain]\n'  # 5
        f'source: {{publisher: "Pub {escape}", kind: "k", url: "https://x.org/{escape}"}}\n'  # 6
        "organizations:\n"  # 7
        f'  un: {{name: "United {escape} Nations", acronym: "UN{escape}", aliases: ["U {escape} N"]}}\n'  # 8
        "speakers:\n"  # 9
        f'  "ann{escape}": {{name: "Ann {escape} Lee", role: "Role {escape}", org: un}}\n'  # 10
        "themes:\n"  # 11
        f'  "t1{escape}": {{label: "Label {escape}", description: "About {escape}"}}\n'  # 12
        "---\n\n"
        "{speaker=ann themes=t1}\n"
        "> The [UN]{org=un} said so.\n"
    )


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
    # parse_yaml is also given text no loader cleaned (a theme vocabulary); the line reader
    # (yaml_simple) leaves such text to the parser, whose values are then cleaned.
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
        speakers=tuple(dataclasses.replace(s, name=dirty, role=dirty) for s in b.speakers),
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


# -- the installed command -------------------------------------------------------------


def installed_briefing() -> str:
    beside = Path(sys.executable).with_name("briefing")
    found = str(beside) if beside.exists() else shutil.which("briefing")
    assert found, "the briefing command is not installed"
    return found


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for n, escape in enumerate(ESCAPES):
        (folder / f"h{n:02}.md").write_text(hostile(escape), encoding="utf-8")
    (folder / "refs.md").write_text(
        "---\ntitle: Refs\n---\n\n{speaker=x}\n> Said &#13; it &#x202e; so &#12;.\n", encoding="utf-8"
    )
    # A date with a line break in it, quoted back in a message: it must not fake a second line.
    (folder / "fake.md").write_text(
        '---\ntitle: Fake\ndate: "2020\\nother.md:1:1: error: fake"\n---\n\nText.\n', encoding="utf-8"
    )
    return folder


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([installed_briefing(), *args], capture_output=True, stdin=subprocess.DEVNULL, timeout=60)


def printable(done: subprocess.CompletedProcess[bytes]) -> tuple[str, str]:
    out, err = done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    assert not FORBIDDEN.search(out), FORBIDDEN.findall(out)
    assert not FORBIDDEN.search(err), FORBIDDEN.findall(err)
    return out, err


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_prints_no_control(library: Path, fmt: str) -> None:
    out, _err = printable(run("export", "--format", fmt, str(library)))
    assert "Refs" in out and "Title" in out and "PWNED" not in out


def test_plain_output_prints_no_control(library: Path) -> None:
    done = run(str(library))  # stdout is a pipe: the plain text, as `briefing F | cat` prints it
    out, _err = printable(done)
    assert "Refs" in out and "Title" in out and "PWNED" not in out


def test_check_prints_no_control_and_a_line_per_problem(library: Path) -> None:
    done = run("check", str(library))
    out, _err = printable(done)
    lines = out.splitlines()
    assert lines[-1].startswith(f"{len(ESCAPES) + 2} files checked")
    assert all(line.startswith(str(library)) for line in lines[:-1])
    fake = [line for line in lines if "fake.md" in line and "ISO date" in line]
    assert len(fake) == 1 and "other.md:1:1: error: fake" in fake[0]
    assert any("h00.md:2:8: warning: control characters removed" in line for line in lines)


# -- a real terminal -------------------------------------------------------------------

TMUX = shutil.which("tmux")


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def test_a_real_terminal_keeps_its_title_and_clipboard(library: Path, tmp_path: Path) -> None:
    assert TMUX is not None
    socket = f"briefing-safety-{uuid.uuid4().hex[:8]}"

    def tmux(*args: str) -> str:
        return subprocess.run([TMUX, "-L", socket, *args], capture_output=True, text=True, check=True).stdout

    one = library / "h00.md"  # the title escape and the clipboard one are in h00 and h01
    two = library / "h01.md"
    cli = installed_briefing()
    env = f"env BRIEFING_CACHE_DIR={tmp_path / 'cache'} BRIEFING_STATE_DIR={tmp_path / 'state'}"
    command = (
        f"{env} {cli} check {library}; {env} {cli} export -f text {library}; {cli} {one} | cat; "
        f"{env} {cli} {one} {two}; echo EXITED-$?; sleep 30"
    )
    try:
        tmux("new-session", "-d", "-s", "safe", "-x", "120", "-y", "40", "sleep 60")
        tmux("set-option", "-s", "set-clipboard", "on")  # let programs set the clipboard: OSC 52
        tmux("set-option", "-g", "allow-rename", "on")
        tmux("select-pane", "-t", "safe", "-T", "KEEP-THIS-TITLE")
        tmux("respawn-pane", "-k", "-t", "safe", command)
        deadline = time.monotonic() + 30
        while "quote –/" not in (screen := tmux("capture-pane", "-p", "-t", "safe")):
            assert time.monotonic() < deadline, f"the reader did not show; the screen was:\n{screen}"
            time.sleep(0.2)
        assert tmux("display-message", "-p", "-t", "safe", "#{pane_title}").strip() == "KEEP-THIS-TITLE"
        assert tmux("list-buffers") == ""  # nothing written to the clipboard
        tmux("send-keys", "-t", "safe", "q")
        deadline = time.monotonic() + 20
        while "EXITED-" not in tmux("capture-pane", "-p", "-t", "safe"):
            assert time.monotonic() < deadline, "the reader did not quit"
            time.sleep(0.2)
        assert tmux("display-message", "-p", "-t", "safe", "#{pane_title}").strip() == "KEEP-THIS-TITLE"
        assert tmux("list-buffers") == ""
    finally:
        subprocess.run([TMUX, "-L", socket, "kill-server"], capture_output=True)
