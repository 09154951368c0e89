"""Two markdown-it plugins, in the mdit-py-plugins shape: the same tokens for less work.

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

``tests/test_mdit_shortcuts.py`` compares the tokens with and without the plugins.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

__all__ = ["MARKUP", "plain_inline_plugin", "quick_normalize_plugin"]

# The characters at which an inline rule of the briefing parser may start: line breaks
# (newline), escapes, code, strikethrough, emphasis, links and attribute spans, images,
# autolinks and HTML, entities. Any other character is text whatever follows it.
MARKUP = re.compile(r"[\n\\`~*_\[\]!<&]")


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
