"""Front matter: split it off the file and read its YAML safely, with file positions.

The YAML is read from PyYAML's event stream (the C parser where present), not by
a constructor, for three reasons:

- values stay as written: every scalar is a string (``NO`` stays ``"NO"``, not
  ``False`` as YAML 1.1 would have it); the schema below interprets them;
- anchors, aliases, tags and duplicate keys are seen, and reported, rather than
  silently resolved (alias bombs are impossible: an alias is never expanded);
- every value keeps its line and column in the *file*, not in the YAML text.

Every front matter goes through the parser. (A line reader for the usual shapes,
yaml_simple, was removed: it saved 0.15 ms of CPU per briefing, under 10 % of a
cold index or a ``check`` of a library, measured side by side in issue 27.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import yaml

from tui.core.text.sanitize import first_control, strip_controls

__all__ = ["MAX_DEPTH", "NULLS", "Split", "Y", "YData", "YamlIssue", "parse_yaml", "split_front_matter"]

CONTROLS_REMOVED = "control characters removed from this value (terminal escapes and bidi overrides are never shown)"

try:  # The C parser is about ten times faster; the pure one gives the same events.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


YData = str | None | list["Y"] | dict[str, "Y"]

# Plain values that YAML reads as null (kept apart from quoted ones, which stay text).
NULLS = frozenset(("", "~", "null", "Null", "NULL"))

# Collections nested deeper than this (the root mapping is level 1) are left out, and said:
# a briefing needs five levels; a thousand would overflow the reader's recursion.
MAX_DEPTH = 32


@dataclass(frozen=True, slots=True)
class Y:
    """A YAML value with its 1-based file line and column."""

    value: YData
    line: int
    col: int


@dataclass(frozen=True, slots=True)
class YamlIssue:
    line: int
    col: int
    message: str
    severity: Literal["error", "warning"] = "error"


@dataclass(frozen=True, slots=True)
class Split:
    """The front matter's YAML text, the line its first YAML line has, and any issue."""

    yaml: str | None
    first_line: int
    end_line: int
    issue: YamlIssue | None = None
    missing: bool = False  # no front matter at all: plain Markdown, not a broken briefing


def split_front_matter(text: str) -> Split:
    """Find the ``---`` fenced front matter, which must start on line 1."""
    lines = text.split("\n", 1)
    if lines[0].rstrip() != "---":
        stripped = text.lstrip("\n \t")
        if stripped.startswith("---"):
            line = text[: len(text) - len(stripped)].count("\n") + 1
            return Split(None, 0, 0, YamlIssue(line, 1, "front matter must start on line 1 (blank lines before '---')"))
        issue = YamlIssue(1, 1, "no front matter: a briefing starts with '---', its YAML, then '---'")
        return Split(None, 0, 0, issue, missing=True)
    rest = lines[1] if len(lines) > 1 else ""
    offset = 0
    line_no = 2
    # Lines end at "\n" only, as markdown-it counts them: str.splitlines also breaks at
    # U+2028, form feeds and others, which would put the closing fence in a value.
    for raw in rest.split("\n"):
        if raw.rstrip() in ("---", "..."):
            return Split(rest[:offset], 2, line_no)
        offset += len(raw) + 1
        line_no += 1
    return Split(None, 0, 0, YamlIssue(1, 1, "front matter is not closed: no '---' line after the opening one"))


class _Builder:
    """Recursive descent over the event stream.

    The hot loop of a cold index (about a hundred events a briefing): events are
    told apart by their exact type, and a position is computed once per event.

    ``clean``: the text may hold control characters once decoded (it has a backslash,
    so escapes such as ``"\\e"`` or ``"\\u202e"``, or raw ones): each scalar, keys
    included, is checked after YAML has decoded it."""

    def __init__(self, events: list[yaml.Event], first_line: int, clean: bool = False) -> None:
        self.events = events
        self.i = 0
        self.first_line = first_line
        self.clean = clean
        self.depth = 0  # collections open around the current node
        self.issues: list[YamlIssue] = []

    def pos(self, event: yaml.Event) -> tuple[int, int]:
        mark = event.start_mark
        return (mark.line + self.first_line, mark.column + 1) if mark else (self.first_line, 1)

    def issue(self, event: yaml.Event, message: str) -> None:
        line, col = self.pos(event)
        # A tag's %-escapes are decoded by YAML: a message may quote controls.
        self.issues.append(YamlIssue(line, col, strip_controls(message)))

    def flags(self, event: yaml.Event) -> None:
        """Anchors and explicit tags are reported: values are read as written, never resolved."""
        anchor = getattr(event, "anchor", None)
        if anchor:
            self.issue(event, f"YAML anchors are not allowed (&{anchor})")
        tag = getattr(event, "tag", None)
        if tag and tag != "!":
            self.issue(event, f"YAML tags are not allowed ({tag}); the value is read as text")

    def node(self) -> Y:
        event = self.events[self.i]
        self.i += 1
        line, col = self.pos(event)
        kind = type(event)
        if kind is yaml.AliasEvent:
            self.issue(event, f"YAML aliases are not allowed (*{event.anchor})")  # type: ignore[attr-defined]
            return Y(None, line, col)
        if event.anchor or (event.tag and event.tag != "!"):  # type: ignore[attr-defined,unused-ignore]
            self.flags(event)
        if kind is yaml.ScalarEvent:
            value = event.value  # type: ignore[attr-defined]
            if not event.style and value in NULLS:  # type: ignore[attr-defined]
                return Y(None, line, col)
            if self.clean and first_control(value) >= 0:
                self.issues.append(YamlIssue(line, col, CONTROLS_REMOVED, "warning"))
                value = strip_controls(value)
            return Y(value, line, col)
        if kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
            if self.depth >= MAX_DEPTH:
                self.issue(event, f"YAML nested more than {MAX_DEPTH} levels deep: this value is left out")
                self.skip()
                return Y(None, line, col)
            self.depth += 1
            value = self.sequence() if kind is yaml.SequenceStartEvent else self.mapping()
            self.depth -= 1
            return Y(value, line, col)
        self.issue(event, f"unexpected YAML event {kind.__name__}")
        return Y(None, line, col)

    def skip(self) -> None:
        """Past the end of the collection just opened, without recursion."""
        events = self.events
        open_ = 1
        while open_:
            kind = type(events[self.i])
            self.i += 1
            if kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
                open_ += 1
            elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
                open_ -= 1

    def sequence(self) -> list[Y]:
        items: list[Y] = []
        events = self.events
        while type(events[self.i]) is not yaml.SequenceEndEvent:
            items.append(self.node())
        self.i += 1
        return items

    def mapping(self) -> dict[str, Y]:
        mapping: dict[str, Y] = {}
        events = self.events
        while type(events[self.i]) is not yaml.MappingEndEvent:
            key_event = events[self.i]
            key = self.node()
            value = self.node()
            name = key.value
            if type(name) is not str:
                self.issue(key_event, "YAML keys must be plain strings")
                continue
            if name in mapping:
                self.issue(key_event, f"duplicate key '{name}'")
                continue
            # An empty value has no position of its own: point at its key.
            mapping[name] = value if value.value is not None else Y(None, key.line, key.col)
        self.i += 1
        return mapping


def _events(text: str) -> list[yaml.Event]:
    """Every event of the text, from the parser itself (``yaml.parse`` adds a generator's
    cost to each of them)."""
    loader = _Loader(text)
    try:
        events: list[yaml.Event] = []
        while loader.check_event():
            event = loader.get_event()
            if event is not None:
                events.append(event)
        return events
    finally:
        loader.dispose()


def parse_yaml(text: str, first_line: int) -> tuple[Y | None, list[YamlIssue]]:
    """Parse one YAML document into :class:`Y` values; report problems, never raise."""
    try:
        events = _events(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark else first_line
        col = mark.column + 1 if mark else 1
        what = " ".join(part for part in (exc.context, exc.problem) if part)
        start = exc.context_mark
        if start and mark and start.line != mark.line:
            what += f" (the construct began at line {start.line + first_line}, column {start.column + 1})"
        return None, [YamlIssue(line, col, strip_controls(f"YAML syntax error: {what}"))]
    except yaml.YAMLError as exc:
        return None, [YamlIssue(first_line, 1, strip_controls(f"YAML error: {exc}"))]
    # The stream: its start, then each document (its start, one node, its end), then its end.
    if len(events) < 3 or type(events[1]) is not yaml.DocumentStartEvent:
        return None, [YamlIssue(first_line, 1, "front matter is empty")]
    # Raw controls are gone (the loader removed them) unless the caller did not; decoded
    # ones need a backslash escape.
    builder = _Builder(events, first_line, clean="\\" in text or first_control(text) >= 0)
    builder.i = 2
    root = builder.node()
    after = builder.i + 1  # past the first document's end
    if after < len(events) and type(events[after]) is yaml.DocumentStartEvent:
        builder.issue(events[after], "front matter holds more than one YAML document")
    return root, builder.issues
