"""The plain front matter most briefings have, read without the YAML parser.

Reading front matter through PyYAML's event stream cost about a sixth of a cold
index: the C parser makes a Python event and two marks for each of a hundred
values. Nearly every briefing's front matter is the same few shapes (block
mappings; plain, quoted and one-line flow values; ``- item`` lists; comment
lines), so this module reads those shapes line by line, with the same values and
positions as :func:`frontmatter.parse_yaml` would give.

Anything else (an escape, a multi-line value, an anchor, a tag, a trailing
comment, a duplicate key, an odd indent, a character YAML treats specially) makes
it give up (``None``), and the YAML parser reads the text: it says what is wrong
where something is. ``tests/unit/test_yaml_simple.py`` compares the two on many texts.
"""

from __future__ import annotations

import re

from tui.core.format.yaml_values import MAX_DEPTH, NULLS, Y

__all__ = ["read_simple"]

# Characters the YAML parser treats specially (tabs, the other line breaks: CR, NEL,
# U+2028 and U+2029; characters it refuses), and bidi controls (removed from values,
# with a warning, after the parser's reading): any of them, or a backslash, in the text
# and the parser reads it, not this module.
_UNUSUAL = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202f-\u2065\u206a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_KEY = re.compile(r"([A-Za-z0-9_][\w.-]*):(?: +|$)")
_DASH = re.compile(r"- +")
# A plain value in a block mapping or list: no indicator first, no ": " or " #" inside.
_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@`")
# Values inside [...] or {...}: quoted (no escapes, no '' inside) or plain, stopping at
# these characters; anything subtler gives up.
_QUOTED = r"\"[^\"\\]*\"|'[^']*'(?!')"
_FLOW_PLAIN = r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:,\[\]{}#'\"]*"
_SCALAR = re.compile(rf"(?P<v>{_QUOTED})")
_SEQ_ITEM = re.compile(rf"(?P<v>{_QUOTED}|{_FLOW_PLAIN}) *(?P<end>[,\]]) *")
_MAP_ITEM = re.compile(rf"(?P<k>{_FLOW_PLAIN}): +(?P<v>{_QUOTED}|{_FLOW_PLAIN}) *(?P<end>[,}}]) *")


_NULL = Y(None, 0, 0)  # placed at its key by the mapping


class _GiveUp(Exception):
    """Not one of the shapes read here: the YAML parser will read the text."""


class _Reader:
    """Line by line: (line in the file, indent, text) of each line that holds a value."""

    def __init__(self, text: str, first_line: int) -> None:
        self.rows: list[tuple[int, int, str]] = []
        for n, raw in enumerate(text.split("\n")):
            body = raw.rstrip(" ")
            content = body.lstrip(" ")
            if not content or content[0] == "#":
                continue  # blank, or a comment line
            self.rows.append((first_line + n, len(body) - len(content), content))
        self.i = 0
        self.depth = 0  # collections open around the current one

    def block(self, indent: int) -> Y:
        content = self.rows[self.i][2]
        # Its level is depth + 2 (the root mapping is 1), a flow value in it one more: near
        # MAX_DEPTH, the parser reads the text and says where it is too deep.
        if self.depth + 3 > MAX_DEPTH:
            raise _GiveUp
        self.depth += 1
        value = self.sequence(indent) if content[0] == "-" else self.mapping(indent)
        self.depth -= 1
        return value

    def mapping(self, indent: int) -> Y:
        rows = self.rows
        line = rows[self.i][0]
        out: dict[str, Y] = {}
        while self.i < len(rows):
            at_line, at, content = rows[self.i]
            if at < indent:
                break
            key = _KEY.match(content)
            if at > indent or key is None:
                raise _GiveUp
            name = key.group(1)
            if name in out or name in NULLS:
                raise _GiveUp  # the parser reports it
            self.i += 1
            rest = content[key.end() :]
            value = self.inline(rest, at_line, at + key.end() + 1) if rest else self.nested(indent)
            # A null has no position of its own: it points at its key (as the parser's reading does).
            out[name] = value if value.value is not None else Y(None, at_line, at + 1)
        return Y(out, line, indent + 1)

    def nested(self, indent: int) -> Y:
        """The value of ``key:`` with nothing after it: a block below, or null."""
        if self.i < len(self.rows):
            _line, at, content = self.rows[self.i]
            if at > indent or (at == indent and content[0] == "-" and _DASH.match(content)):
                return self.block(at)
        return _NULL

    def sequence(self, indent: int) -> Y:
        rows = self.rows
        line, _at, _content = rows[self.i]
        items: list[Y] = []
        while self.i < len(rows):
            at_line, at, content = rows[self.i]
            if at < indent or (at == indent and content[0] != "-"):
                break
            dash = _DASH.match(content)
            if at > indent or dash is None:
                raise _GiveUp
            self.i += 1
            items.append(self.inline(content[dash.end() :], at_line, at + dash.end() + 1))
        return Y(items, line, indent + 1)

    def inline(self, text: str, line: int, col: int) -> Y:
        """A value on the rest of a line: quoted, [...], {...} or plain."""
        first = text[0]
        if first in "\"'[{":
            value, end = _flow_value(text, line, col)
            if end != len(text):
                raise _GiveUp  # something after it: a comment, or more than one line
            return value
        if first in _PLAIN_START or ": " in text or " #" in text or text[-1] == ":":
            raise _GiveUp
        # A plain value would go on over deeper lines below it: mapping() and sequence()
        # give up at any row deeper than their own, so none is read as a new entry.
        return Y(None if text in NULLS else text, line, col)


def _flow_value(text: str, line: int, col: int) -> tuple[Y, int]:
    """A quoted value, or a one-line [...] or {...} of such values, at the start of ``text``
    (column ``col``); and where it ends."""
    first = text[0]
    if first == "[" or first == "{":
        closing = "]" if first == "[" else "}"
        item = _SEQ_ITEM if first == "[" else _MAP_ITEM
        items: list[Y] = []
        out: dict[str, Y] = {}
        j = 1
        while j < len(text) and text[j] == " ":
            j += 1
        if text.startswith(closing, j):
            return Y(items if first == "[" else out, line, col), j + 1
        while True:
            m = item.match(text, j)
            if m is None:
                raise _GiveUp  # nested, multi-line, a trailing comma, an escape...
            value = _scalar(m, line, col)
            if first == "[":
                items.append(value)
            else:
                name = m.group("k").rstrip(" ")
                if name in out or name in NULLS:
                    raise _GiveUp  # the parser reports it
                out[name] = value if value.value is not None else Y(None, line, col + m.start("k"))
            j = m.end()
            if m.group("end") == closing:  # else a comma: the next item
                return Y(items if first == "[" else out, line, col), j
    m = _SCALAR.match(text)
    if m is None:
        raise _GiveUp  # an escape, '' inside, or a value over several lines
    return _scalar(m, line, col), m.end("v")


def _scalar(m: re.Match[str], line: int, col: int) -> Y:
    """The quoted or plain value a pattern matched as its group ``v``."""
    raw = m.group("v")
    at = col + m.start("v")
    if raw[0] == '"' or raw[0] == "'":
        return Y(raw[1:-1], line, at)
    raw = raw.rstrip(" ")
    return Y(None if raw in NULLS else raw, line, at)


def read_simple(text: str, first_line: int) -> Y | None:
    """The front matter's mapping when it has only the plain shapes, else None (parse it)."""
    if _UNUSUAL.search(text) or "\\" in text:
        return None
    reader = _Reader(text, first_line)
    if not reader.rows:
        return None
    _line, indent, content = reader.rows[0]
    if content[0] == "-":
        return None  # not a mapping: the parser's message says so
    try:
        root = reader.mapping(indent)
    except _GiveUp:
        return None
    if reader.i != len(reader.rows):
        return None  # a line outside the structure
    return root
