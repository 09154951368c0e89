"""End to end (issue 25): import a press release, settle its four flagged quotes in a real
terminal (tmux) with the review keys, then check, compare and export the file."""

from __future__ import annotations

import json
import os
import re
import subprocess
import uuid
from collections.abc import Iterator
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from tests.support.terminal import TMUX, installed_briefing, needs_tmux
from tests.support.terminal import Terminal as SharedTerminal

pytestmark = needs_tmux

# Invented: the town, the board, the people and their words.
RELEASE = """\
Lakeside water board and the town of Vermora agree on a new river plan

VERMORA, 14 May 2024 – The Vermora Water Board and the town council signed a plan on Tuesday \
to restore the banks of the Tessel river over the next four years.

Council Chair Ilona Brevik and Water Board director Tomas Arkwell presented the plan together \
at the old mill.

"We have waited a long time for this day," said Ilona Brevik. "The river belongs to everyone \
in this valley."

Brevik said the work will start in the autumn, and Arkwell agreed. "The first stretch will be finished \
before the spring floods," he said.

Brevik and Arkwell thanked the volunteers who counted fish along the river last summer. \
"Without them we would have had no numbers at all," she said.

"This is the largest project the board has taken on," the Vermora Water Board said in a statement.

"Clean water is not a luxury."

The plan will cost 12 million euros, shared between the town and the regional government.
"""

# What the review keys do to the draft: quote id -> what is decided.
ACCEPT_PRONOUN = "arkwell-1"  # "he said" after both were named: Arkwell, right
REASSIGN = "brevik-3"  # "she said" after two people: given to the runner-up, Arkwell
ACCEPT_ORG = "board-1"  # the board's statement: the board, right
UNQUOTE = "board-2"  # a pull quote without a cue: narrative
GOAL = 12  # keys for the four, besides moving to the name in the picker


def fresh_env(tmp_path: Path) -> dict[str, str]:
    """No user state: home (so no ~/.tmux.conf either), config, cache and state under tmp_path;
    no BRIEFING_* settings (not even the test suite's)."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_", "XDG_", "TMUX"))}
    env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "VISUAL": "",
        "EDITOR": "false",
    }
    return env


def briefing(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [installed_briefing(), *args], cwd=tmp_path, env=fresh_env(tmp_path), capture_output=True, text=True
    )


class Terminal(SharedTerminal):
    """The shared tmux terminal, with an environment of its own and a count of the keys sent."""

    def __init__(self, socket: str, env: dict[str, str]) -> None:
        super().__init__(socket)
        self.env = env  # the tmux server's, and so the reader's
        self.keys = 0  # keys sent to the reader, counted by send

    def tmux(self, *args: str) -> str:
        assert TMUX is not None
        run = subprocess.run([TMUX, "-L", self.socket, *args], env=self.env, capture_output=True, text=True, check=True)
        return run.stdout

    def send(self, *keys: str, counted: bool = True) -> None:
        self.tmux("send-keys", "-t", "e2e", *keys)
        if counted:
            self.keys += len(keys)

    def wait_status(self, *words: str, absent: str = "") -> str:
        """Wait until the status line says all ``words`` (and not ``absent``)."""

        def says(screen: str) -> bool:
            top = screen.splitlines()[1:4]  # under the title (and the date line when there is room)
            status = next((line for line in top if re.match(r" (quote |review mode)", line)), "")
            return all(w in status for w in words) and not (absent and absent in status)

        return self.wait_for(says, f"the status line to say {words}")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    term = Terminal(f"briefing-e2e-review-{uuid.uuid4().hex[:8]}", fresh_env(tmp_path))
    yield term
    subprocess.run([TMUX or "tmux", "-L", term.socket, "kill-server"], capture_output=True)


def blocks(lines: list[bytes]) -> dict[str, tuple[int, int]]:
    """Each quote's lines: its attribute line ``{#id …}`` to its last ``>`` line (end excluded)."""
    found: dict[str, tuple[int, int]] = {}
    for n, line in enumerate(lines):
        m = re.match(rb"\{#([\w-]+) ", line)
        if m:
            end = n + 1
            while end < len(lines) and lines[end].startswith(b">"):
                end += 1
            found[m.group(1).decode()] = (n, end)
    return found


def settled(original: bytes, spans: dict[str, tuple[int, int]]) -> bytes:
    """The draft as the four decisions should leave it, built from its own lines."""
    lines = original.splitlines(keepends=True)
    starts = {start: q for q, (start, _end) in spans.items()}
    rest_of_blocks = {n for start, end in spans.values() for n in range(start + 1, end)}
    out: list[bytes] = []
    for n, line in enumerate(lines):
        q = starts.get(n)
        if q is None:
            out += [] if n in rest_of_blocks else [line]
            continue
        head, body = re.sub(rb' review="[^"]*"', b"", line), lines[n + 1 : spans[q][1]]
        if q == REASSIGN:  # the new speaker's line: name and role as the front matter gives them
            role = re.search(rb'  arkwell:\n    name: "Tomas Arkwell"\n(?:    role: "([^"]*)"\n)?', original)
            assert role is not None, "Arkwell is not in the draft's front matter"
            line = "> — Tomas Arkwell".encode() + (b", " + role[1] if role[1] else b"") + b"\n"
            out += [head.replace(b" speaker=brevik", b" speaker=arkwell"), *body[:-1], line]
        elif q == UNQUOTE:
            out.append(b"Clean water is not a luxury.\n")
        else:
            out += [head, *body]
    return b"".join(out)


def test_four_flagged_quotes_settled_with_few_keys(terminal: Terminal, tmp_path: Path) -> None:
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    imported = briefing(tmp_path, "import", "release.txt", "-o", "draft.md")
    assert imported.returncode == 0, imported.stderr
    path = tmp_path / "draft.md"
    original = path.read_bytes()
    assert original.count(b' review="') == 4
    listed = briefing(tmp_path, "review", "draft.md").stdout
    flagged = re.findall(r"^draft\.md:\d+: (\S+) ", listed, re.M)
    assert flagged == [ACCEPT_PRONOUN, REASSIGN, ACCEPT_ORG, UNQUOTE], listed

    command = f"cd {tmp_path} && {installed_briefing()} draft.md; echo EXITED-$?; sleep 30"
    terminal.tmux("new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40", command)
    terminal.wait_status("quote –/6", "4 to review")

    terminal.send("R")  # review mode: n stops only at flagged quotes
    terminal.wait_status("review mode")
    terminal.send("n")
    terminal.wait_status("quote 3/6 Tomas Arkwell")
    terminal.send("a")
    terminal.wait_status("quote 3/6 Tomas Arkwell", "3 to review")
    terminal.send("n")
    terminal.wait_status("quote 4/6 Ilona Brevik")
    terminal.send("r")
    picker = terminal.wait_for(lambda s: "Who said quote 4?" in s, "the speaker picker")
    names = [n for n in ("Ilona Brevik", "Tomas Arkwell", "Vermora Water Board") if f"{n} " in picker]
    assert names == ["Ilona Brevik", "Tomas Arkwell", "Vermora Water Board"]
    terminal.send("Down", counted=False)  # picking the name: from the quote's own speaker to the next
    terminal.send("Enter")
    terminal.wait_status("quote 4/6 Tomas Arkwell", "2 to review")
    terminal.send("n")
    terminal.wait_status("quote 5/6 Vermora Water Board")
    terminal.send("a")
    terminal.wait_status("quote 5/6 Vermora Water Board", "1 to review")
    terminal.send("n")
    terminal.wait_status("quote 6/6 Vermora Water Board")
    terminal.send("x")
    terminal.wait_status("quote 5/5", absent="to review")
    assert terminal.keys <= GOAL, f"{terminal.keys} keys for four quotes; the goal is {GOAL}"
    terminal.send("q", counted=False)
    terminal.wait_for(lambda s: "EXITED-0" in s, "the program to quit")

    checked = briefing(tmp_path, "check", "--strict", "draft.md")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "review" not in checked.stdout + checked.stderr

    # Line by line: what changed is inside the four quotes' blocks (the attribution line of the
    # reassigned one included); every other line is byte for byte the draft's.
    after = path.read_bytes()
    spans = {q: span for q, span in blocks(original.splitlines(keepends=True)).items() if q in flagged}
    inside = {n for start, end in spans.values() for n in range(start, end)}
    old_lines, new_lines = original.splitlines(keepends=True), after.splitlines(keepends=True)
    for tag, i1, i2, _j1, _j2 in SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes():
        if tag != "equal":
            assert i1 < i2 and set(range(i1, i2)) <= inside, f"{tag} outside the settled quotes: {old_lines[i1:i2]}"
    assert after == settled(original, spans)

    exported = briefing(tmp_path, "export", "--format", "json", "draft.md")
    assert exported.returncode == 0, exported.stderr
    quotes = {q["id"]: q for q in json.loads(exported.stdout)[0]["quotes"]}
    assert quotes[REASSIGN]["speaker"] == "arkwell"
    assert quotes[REASSIGN]["attribution"].startswith("— Tomas Arkwell")
    assert UNQUOTE not in quotes and len(quotes) == 5
    assert quotes[ACCEPT_PRONOUN]["speaker"] == "arkwell" and quotes[ACCEPT_ORG]["speaker"] == "board"
