"""Three markdown-it plugins, in the mdit-py-plugins shape: the same tokens for less work.

``quick_normalize_plugin``: markdown-it's first rule rewrites every line ending of
the text (a regular expression that matches each "\\n" to put "\\n" back) and every
NUL; a briefing's text comes with "\\n" endings already and without NULs (the loader
sees to both), so the rule only looks for "\\r" and NUL, and rewrites nothing
when there are none.

``plain_inline_plugin``: markdown-it reads every paragraph, heading and table cell character by character,
trying each inline rule at each special character, even where there is no markup
at all (most sentences of a briefing). Where a text holds none of the characters
that start an inline rule of our parser (see ``MARKUP``), the result is known:
one text token holding the whole text. This rule gives that token directly and
leaves every other text to markdown-it.

``plain_paragraph_plugin``: markdown-it tries each of its block rules, in order, at
the start of every block, and a paragraph is what is left when all the others
failed: a dozen calls, each logging, for every paragraph. A line that begins with a
letter or an opening quote begins no other block (they start with a mark or an
indent), except a table (a first row holds a "|") or an underlined heading: so the
paragraph rule is called at once for such a line followed by a blank line, and the
underlined heading's rule, then the paragraph's, for one followed by more lines. A
line that begins with ``>`` (and holds no ``|``, which might make it a table's first
row) goes to the block quote rule.

Each plugin first checks that the parser is the one it was written for (the rules it
knows, in their order, through markdown-it's public getters): on any other parser, or a
markdown-it whose rules changed, it stands aside and the parser runs without it (the
same tokens, slower). :func:`unknown_rules` says why. Tested with markdown-it-py 3.0 to 4.x.

``tests/unit/test_mdit_shortcuts.py`` compares the tokens with and without the plugins.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

__all__ = [
    "MARKUP",
    "plain_inline_plugin",
    "plain_paragraph_plugin",
    "quick_normalize_plugin",
    "rule_functions",
    "unknown_rules",
]

# The characters at which an inline rule of the briefing parser may start: line breaks
# (newline), escapes, code, strikethrough, emphasis, links and attribute spans, images,
# autolinks and HTML, entities. Any other character is text whatever follows it.
MARKUP = re.compile(r"[\n\\`~*_\[\]!<&]")
# Opening quotes and brackets: no block rule starts at them (a quote's paragraph begins with one).
OPENERS = frozenset("\"'“‘«„‹(")

# The rules each shortcut was written for, in markdown-it's order (``span`` is the
# attribute plugin's): a parser with any other active rule, or these in another order,
# is left without the shortcut.
KNOWN_BLOCK_RULES = tuple(
    "front_matter table code attr fence blockquote hr list reference html_block heading lheading paragraph".split()
)
KNOWN_INLINE_RULES = tuple(
    "text newline escape backticks strikethrough emphasis link span image autolink html_inline entity".split()
)
KNOWN_INLINE_RULES2 = ("balance_pairs", "strikethrough", "emphasis", "fragments_join")

RuleFn = Callable[..., Any]


def rule_functions(ruler: Any) -> dict[str, RuleFn] | None:
    """Each active rule's function by name, from markdown-it's public getters (names, then
    functions, in one order); None when they are missing or do not pair up."""
    try:
        names = ruler.get_active_rules()
        functions = ruler.getRules("")
    except (AttributeError, TypeError):
        return None
    if not isinstance(names, list) or not isinstance(functions, list) or len(names) != len(functions):
        return None
    if not all(isinstance(name, str) for name in names) or not all(callable(fn) for fn in functions):
        return None
    return dict(zip(names, functions, strict=True))


def _in_order(names: list[str], known: tuple[str, ...], needed: tuple[str, ...]) -> str | None:
    """Why ``names`` are not some of ``known`` in that order with all of ``needed`` (None: they are)."""
    unknown = [name for name in names if name not in known]
    if unknown:
        return f"rules it does not know: {', '.join(unknown)}"
    missing = [name for name in needed if name not in names]
    if missing:
        return f"rules missing: {', '.join(missing)}"
    if names != sorted(names, key=known.index):
        return f"rules in another order: {', '.join(names)}"
    return None


def unknown_rules(md: MarkdownIt, plugin: str) -> str | None:
    """Why ``plugin`` (a shortcut's name) would stand aside on ``md``; None when it fits."""
    if plugin == "quick_normalize":
        core = rule_functions(md.core.ruler)
        return None if core is not None and "normalize" in core else "no core rule 'normalize' found"
    if plugin == "plain_inline":
        if md.options.get("typographer") or md.options.get("linkify"):
            return "typographer or linkify is on (their rules start at other characters)"
        core = rule_functions(md.core.ruler)
        if core is None or "inline" not in core:
            return "no core rule 'inline' found"
        inline, inline2 = rule_functions(md.inline.ruler), rule_functions(md.inline.ruler2)
        if inline is None or inline2 is None:
            return "the inline rules cannot be listed"
        try:
            params = list(inspect.signature(md.inline.parse).parameters)
        except (TypeError, ValueError):
            params = []
        if params != ["src", "md", "env", "tokens"]:
            return f"the inline parser takes {params}, not (src, md, env, tokens)"
        return _in_order(list(inline), KNOWN_INLINE_RULES, ("text",)) or _in_order(
            list(inline2), KNOWN_INLINE_RULES2, ()
        )
    if plugin == "plain_paragraph":
        block = rule_functions(md.block.ruler)
        if block is None:
            return "the block rules cannot be listed"
        return _in_order(list(block), KNOWN_BLOCK_RULES, ("blockquote", "lheading", "paragraph"))
    raise ValueError(f"no shortcut named {plugin!r}")


def quick_normalize_plugin(md: MarkdownIt) -> None:
    """Replace the core ``normalize`` rule by one that rewrites only what needs it."""
    if unknown_rules(md, "quick_normalize") is None:
        md.core.ruler.at("normalize", _normalize)


def _normalize(state: StateCore) -> None:
    src = state.src
    if "\r" in src:
        src = src.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in src:
        src = src.replace("\0", "\ufffd")
    state.src = src


def plain_inline_plugin(md: MarkdownIt) -> None:
    """Replace the core ``inline`` rule; only on a parser whose inline rules it knows (not
    with typographer or linkify, whose rules start at other characters)."""
    if unknown_rules(md, "plain_inline") is None:
        md.core.ruler.at("inline", _inline)


def _inline(state: StateCore) -> None:
    parse = state.md.inline.parse
    for token in state.tokens:
        if token.type != "inline":
            continue
        if token.children is None:
            token.children = []
        content = token.content
        if content and MARKUP.search(content) is None:
            text = Token("text", "", 0)
            text.content = content
            token.children.append(text)
        else:
            parse(content, state.md, state.env, token.children)


def plain_paragraph_plugin(md: MarkdownIt) -> None:
    """A first block rule that hands a paragraph to the paragraph rule at once, and
    a line that begins with ``>`` to the block quote rule; only on a parser whose block
    rules it knows (another rule might claim such a line first)."""
    if unknown_rules(md, "plain_paragraph") is not None:
        return
    ruler = md.block.ruler
    rules = rule_functions(ruler)
    assert rules is not None  # unknown_rules looked
    paragraph, lheading, blockquote = rules["paragraph"], rules["lheading"], rules["blockquote"]

    def plain_paragraph(state: StateBlock, start: int, end: int, silent: bool) -> bool:
        if silent or start == 0 or state.sCount[start] - state.blkIndent >= 4:
            return False  # line 0 may open the front matter; an indented line is code
        begin, stop = state.bMarks[start] + state.tShift[start], state.eMarks[start]
        first = state.src[begin]
        if first == ">":
            # Only a table (whose first row has a "|") comes before the block quote rule.
            return "|" not in state.src[begin:stop] and bool(blockquote(state, start, end, silent))
        if not (first.isalpha() or first in OPENERS):
            return False  # a mark or a digit may begin another block
        after = start + 1
        if after >= state.lineMax or state.bMarks[after] + state.tShift[after] >= state.eMarks[after]:
            return bool(paragraph(state, start, end, silent))  # one line: nothing else it can be
        # More lines: a table if this one has a "|", a heading if an underline comes before a blank.
        if "|" in state.src[begin:stop]:
            return False
        return bool(lheading(state, start, end, silent) or paragraph(state, start, end, silent))

    ruler.before(next(iter(rules)), "plain_paragraph", plain_paragraph)
