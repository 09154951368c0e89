"""markdown-it plugins of the briefing format, in the mdit-py-plugins shape.

``attrs_block_plugin`` moves an attribute line's attributes onto the next block
and then drops the line: its position is lost, and a line that attaches to
nothing disappears without a word. ``attr_lines_plugin`` runs just before that
and records, in the target token's ``meta`` and in ``env``, where each
attribute line stood, so that the validator can point at it.

Malformed attribute lines are not tokens at all (they stay paragraph text);
:func:`diagnose_attr_line` explains what is wrong with one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from mdit_py_plugins.attrs.parse import ParseError, parse

from tui.core.format.shortcuts import rule_functions

#: A line that looks like an attribute line (what ``attrs_block`` would try).
ATTR_LINE = re.compile(r"^ {0,3}\{.*\}[ \t]*$")

ORPHANS = "briefing_attr_orphans"
LINES = "attr_lines"


def attr_lines_plugin(md: MarkdownIt) -> None:
    """Record attribute-line positions; needs ``attrs_block_plugin`` installed first.

    It also swaps in a faster block rule for the common attribute line (ids and
    ``key=value`` pairs): mdit's character-by-character parser was a fifth of
    the whole load time. Anything unusual still goes to mdit's own parser.

    And it runs the plugin's own core rule (which moves each line's attributes
    onto the block below it) on each group of attribute lines and their block
    rather than on the whole token list: the rule removes each attribute token
    from the list it is given, which over a whole file was quadratic (2.3 s of
    list shifting for 100,000 attribute lines; minutes for a 5 MB file).
    """
    md.block.ruler.at("attr", _attr_block_rule, {"alt": []})
    md.core.ruler.before("attr", "attr_lines", _record_attr_lines)
    # The plugin's rule, by markdown-it's public getters (names and functions of the active
    # rules, in one order). If they cannot say, the plugin's rule stays as it is: the same
    # tokens, quadratic only in a file of thousands of attribute lines.
    resolve = (rule_functions(md.core.ruler) or {}).get("attr")
    if resolve is not None:
        md.core.ruler.at("attr", lambda state: _resolve_in_groups(state, resolve))


_SIMPLE_PAIR = re.compile(r'[ \t]*(?:#([\w:-]+)|\.([\w:-]+)|([\w:-]+)=(?:"([^"\\\n]*)"|([\w:-]+)))', re.ASCII)
_SIMPLE_LINE = re.compile(r'\{(?:[ \t]*(?:#[\w:-]+|\.[\w:-]+|[\w:-]+=(?:"[^"\\\n]*"|[\w:-]+)))*[ \t]*\}', re.ASCII)


def parse_simple(line: str) -> dict[str, str] | None:
    """Attributes of a plain ``{#id .class key=value key="v a l"}`` line, or None if unusual."""
    if not _SIMPLE_LINE.fullmatch(line):
        return None
    attrs: dict[str, str] = {}
    for m in _SIMPLE_PAIR.finditer(line, 1, len(line) - 1):
        ident, cls, key, quoted, bare = m.groups()
        if ident is not None:
            attrs["id"] = ident
        elif cls is not None:
            attrs["class"] = f"{attrs['class']} {cls}" if "class" in attrs else cls
        elif key is not None:
            attrs[key] = quoted if quoted is not None else bare
    return attrs


def _attr_block_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """Same contract as mdit's ``attrs_block`` rule: one line, ``{`` ... ``}``, nothing else."""
    if state.sCount[start] - state.blkIndent >= 4:
        return False  # an indented code block
    pos = state.bMarks[start] + state.tShift[start]
    maximum = state.eMarks[start]
    if pos >= maximum or state.src[pos] != "{":
        return False
    line = state.src[pos:maximum].rstrip(" \t")
    if not line.endswith("}"):
        return False
    attrs = parse_simple(line)
    if attrs is None:
        try:
            _end, attrs = parse(line)
        except ParseError:
            return False
    if silent:
        return True
    token = state.push("attrs_block", "", 0)
    token.attrs = attrs  # type: ignore[assignment]
    token.map = [start, start + 1]
    state.line = start + 1
    return True


# From this many tokens the attribute lines are resolved group by group (a briefing of
# a few screens has some hundreds).
GROUPS_FROM = 2000


def _resolve_in_groups(state: StateCore, resolve: Callable[[StateCore], None]) -> None:
    """``resolve`` (which looks only at an attribute token and the token after it) on each run
    of attribute tokens with the token that follows them; the list is rebuilt once."""
    tokens = state.tokens
    if len(tokens) < GROUPS_FROM:
        resolve(state)  # a usual briefing: shifting a short list costs less than grouping it
        return
    out = []
    i, count = 0, len(tokens)
    while i < count:
        if tokens[i].type != "attrs_block":
            out.append(tokens[i])
            i += 1
            continue
        j = i
        while j < count and tokens[j].type == "attrs_block":
            j += 1
        group = StateCore(state.src, state.md, state.env, tokens[i : j + 1])
        resolve(group)
        out += group.tokens
        i = j + 1
    state.tokens = out


def _record_attr_lines(state: StateCore) -> None:
    tokens = state.tokens
    orphans: list[tuple[int, dict[str, str]]] = state.env.setdefault(ORPHANS, [])
    count = len(tokens)
    for i, tok in enumerate(tokens):
        if tok.type != "attrs_block" or tok.map is None:
            continue
        j = i + 1
        while j < count and tokens[j].type == "attrs_block":
            j += 1  # stacked attribute lines all go to the block below the last one
        entry = (tok.map[0] + 1, {str(k): str(v) for k, v in tok.attrs.items()})
        if j >= count or tokens[j].nesting < 0:
            orphans.append(entry)
        else:
            tokens[j].meta.setdefault(LINES, []).append(entry)


def diagnose_attr_line(line: str) -> tuple[int, str]:
    """Why a ``{...}`` line was not read as attributes: (0-based column, message)."""
    body = line.strip()
    offset = line.index("{")
    for i, ch in enumerate(body):
        if ch in "“”‘’«»„":
            return offset + i, f'curly quote {ch!r} in an attribute line: use straight double quotes (")'
    if body.count('"') % 2:
        return offset + body.rindex('"'), "unterminated quote in an attribute line"
    outside = re.sub(r'"[^"]*"', lambda m: " " * len(m.group()), body)
    comma = outside.find(",")
    if comma >= 0:
        return offset + comma, "comma in an attribute line: separate attributes with spaces"
    for match in re.finditer(r"=([^\s}\"]+)", outside):
        value = match.group(1)
        if not value.isascii() or re.search(r"[^\w:-]", value):
            return offset + match.start(1), f"value {value!r} must be in double quotes"
    try:
        parse(body)
    except ParseError as exc:
        return offset + max(0, exc.pos), f"attribute line did not parse: {str(exc).rsplit(' at position', 1)[0]}"
    return offset, "attribute line did not parse"
