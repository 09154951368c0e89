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

``tests/unit/test_mdit_shortcuts.py`` compares the tokens with and without the plugins.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

__all__ = ["MARKUP", "plain_inline_plugin", "plain_paragraph_plugin", "quick_normalize_plugin"]

# The characters at which an inline rule of the briefing parser may start: line breaks
# (newline), escapes, code, strikethrough, emphasis, links and attribute spans, images,
# autolinks and HTML, entities. Any other character is text whatever follows it.
MARKUP = re.compile(r"[\n\\`~*_\[\]!<&]")
# Opening quotes and brackets: no block rule starts at them (a quote's paragraph begins with one).
OPENERS = frozenset("\"'“‘«„‹(")


def quick_normalize_plugin(md: MarkdownIt) -> None:
    """Replace the core ``normalize`` rule by one that rewrites only what needs it."""
    md.core.ruler.at("normalize", _normalize)


def _normalize(state: StateCore) -> None:
    src = state.src
    if "\r" in src:
        src = src.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in src:
        src = src.replace("\0", "\ufffd")
    state.src = src


def plain_inline_plugin(md: MarkdownIt) -> None:
    """Replace the core ``inline`` rule; only for a parser without typographer or linkify
    (whose rules start at other characters), which is refused."""
    if md.options.get("typographer") or md.options.get("linkify"):
        raise ValueError("plain_inline_plugin assumes no typographer and no linkify")
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


# The block rules this parser has, in markdown-it's order: a line that begins as a
# paragraph or a block quote begins no block of the others (see ``plain_paragraph_plugin``).
KNOWN_BLOCK_RULES = frozenset(
    "front_matter table code attr fence blockquote hr list reference html_block heading lheading paragraph".split()
)


def plain_paragraph_plugin(md: MarkdownIt) -> None:
    """A first block rule that hands a paragraph to the paragraph rule at once, and
    a line that begins with ``>`` to the block quote rule; only for the block rules it knows
    (another rule might claim such a line first), which is refused."""
    ruler = md.block.ruler
    unknown = {rule.name for rule in ruler.__rules__ if rule.enabled} - KNOWN_BLOCK_RULES
    if unknown:
        raise ValueError(f"plain_paragraph_plugin does not know the block rules {sorted(unknown)}")
    rules = {rule.name: rule.fn for rule in ruler.__rules__}
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

    ruler.before(ruler.__rules__[0].name, "plain_paragraph", plain_paragraph)
