"""Source texts for `briefing import`: plain text, Markdown or HTML, to a title and paragraphs.

HTML is read with the standard library's HTML parser (never with regexes):
block elements become paragraphs, scripts and styles are dropped, entities decoded.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser

from tui.core.importer.dateline import opens_dateline
from tui.core.text.sanitize import strip_controls


@dataclass(frozen=True)
class SourceText:
    title: str
    paragraphs: tuple[str, ...]
    date: dt.date | None = None  # known from outside the text (a feed item's publication date)
    url: str = ""  # where it was published, when known


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", strip_controls(text)).strip()


def from_plain(text: str) -> SourceText:
    """First line the title, then paragraphs: separated by blank lines, or one per line."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    lines = text.strip("\n").split("\n")
    title = _clean(lines[0]) if lines else ""
    body = "\n".join(lines[1:]).strip("\n")
    # Blank lines separate paragraphs; without any, every line is one.
    if re.search(r"\n\s*\n", body):
        chunks = re.split(r"\n\s*\n", body)
    else:
        lines = body.split("\n")
        chunks = _reflow(lines) if _wrapped(lines) else _rejoin(lines) if _ragged(lines) else lines
    paragraphs = [p for c in chunks for p in (_clean(line) for line in _lines_of(c)) if p]
    if paragraphs and _unquoted(paragraphs[0]) == _unquoted(title):
        paragraphs.pop(0)  # the headline again, with its quote marks: no quote of the body
    return SourceText(title, tuple(paragraphs))


def _unquoted(line: str) -> str:
    return re.sub(r"[“”\"«»‘’'\s]+", " ", line).strip().casefold()


# A line that ends a sentence (or a list item, or opens a list with a colon).
_LINE_END = re.compile(r"(?:[.!?:;…][”\"’)]*|[”\"])\s*$")


def _lines_of(chunk: str) -> list[str]:
    """A chunk between blank lines is one paragraph wrapped over lines, unless every line but the
    last ends a sentence and some line is longer than a wrapped one: then each line is a paragraph
    (text copied from a page that lost some of its blank lines). A wrapped chunk that holds
    several paragraphs is cut where they end (see ``_reflow``)."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    if len(lines) >= _MANY_LINES and _wrapped(lines):
        return _reflow(lines)  # a whole text wrapped, that lost most of its blank lines
    if len(lines) < 2 or max(len(line) for line in lines) <= _WRAP:
        return [chunk]
    # '“…,” said A, while B said:' before a line that opens B's quote: one paragraph wrapped (a
    # line that is only the cue, "Name said:", may stand as a paragraph of its own).
    # A line that starts in lower case goes on from the one before ('“…,”' / 'said X').
    if all(_LINE_END.search(line) for line in lines[:-1]) and not any(
        (line.endswith(":") and nxt[:1] in _OPENING and any(c in line for c in '”"»')) or _goes_on(nxt)
        for line, nxt in itertools.pairwise(lines)
    ):
        return lines
    return [chunk]


def _goes_on(line: str) -> bool:
    """Whether a line starts with a word in lower case: no paragraph does (an address may)."""
    return _LOWER_WORD.match(line.lstrip()) is not None


_LOWER_WORD = re.compile(r"[a-z][a-z’'-]*(?:[\s,;:.!?”\"’)]|$)")


def _ragged(lines: list[str]) -> bool:
    """Lines broken at no fixed width (copied from a page): several, most ending inside a
    sentence, and some starting in lower case (a line that goes on from the one before)."""
    lines = [line for line in lines if line.strip()]
    if len(lines) < 3 or not any(_goes_on(line) for line in lines[1:]):
        return False
    return sum(not _LINE_END.search(line) for line in lines[:-1]) * 2 >= len(lines) - 1


_SMALL_WORDS = frozenset("a an and as at by for from in of on or the to who with".split())


def _heading_line(line: str) -> bool:
    """A short line in title case ("Investing in Rural Schools"), not one cut inside a sentence."""
    words = line.split()
    return (
        0 < len(words) <= 8
        and "," not in line
        and words[-1].casefold() not in _SMALL_WORDS
        and all(w[:1].isupper() or w.isdigit() for w in words if len(w) > 3)
    )


def _rejoin(lines: list[str]) -> list[str]:
    """The paragraphs of ragged lines: a paragraph ends after a line that ends a sentence, is a
    heading or one token (an address, a phone number), or before a dateline."""
    lines = [line.strip() for line in lines if line.strip()]

    def breaks(n: int) -> bool:
        last, line = lines[n - 1], lines[n]
        if _goes_on(line):
            return False
        ended = last.count("(") <= last.count(")") and _LINE_END.search(last)
        return bool(ended or _heading_line(last) or " " not in last or opens_dateline(line))

    return _paragraphs(lines, breaks)


def _paragraphs(lines: list[str], breaks: Callable[[int], bool]) -> list[str]:
    """Non-empty stripped ``lines`` joined into paragraphs, one ending before each line ``n``
    for which ``breaks(n)`` (never before the first)."""
    out: list[str] = []
    current: list[str] = []
    for n, line in enumerate(lines):
        if current and breaks(n):
            out.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        out.append(" ".join(current))
    return out


_OPENING = "“\"‘«„'"  # marks that open a quote
_WRAP = 90  # longer lines are not a text wrapped to a width
_MANY_LINES = 12  # more lines than a paragraph has, between two blank lines


def _wrapped(lines: list[str]) -> bool:
    """Lines of a text wrapped to a width (copied from a PDF or a filing): several, none long,
    most of them ending inside a sentence (lines that each end one are paragraphs of their own)."""
    lines = [line for line in lines if line.strip()]
    if len(lines) < 3 or max(len(line.rstrip()) for line in lines) > _WRAP:
        return False
    return sum(not _LINE_END.search(line) for line in lines[:-1]) * 2 >= len(lines) - 1


def _reflow(lines: list[str]) -> list[str]:
    """The paragraphs of wrapped lines. A wrapping program breaks a line only when the next word
    does not fit, so a line that ends a sentence (or a heading's line of a few words) though the
    next word would have fitted ends a paragraph, and so does one before a dateline."""
    lines = [line.strip() for line in lines if line.strip()]
    width = max(len(line) for line in lines)
    return _paragraphs(
        lines, lambda n: _breaks(lines[n - 1], lines[n], lines[n + 1] if n + 1 < len(lines) else "", width)
    )


_NAME_INITIAL = re.compile(r"(?<![\w’'.-])[A-Z][a-z][\w’'-]* [A-Z]\.$")


def _breaks(line: str, following: str, after: str, width: int) -> bool:
    """Whether a paragraph ends between wrapped ``line`` and ``following`` (``after`` comes next)."""
    if len(line) + 1 + len(following.split()[0]) > width:
        return False  # the next word did not fit: a wrapped line
    closed = line.count("(") <= line.count(")")  # not "(AMEX:"
    if _NAME_INITIAL.search(line) and following[:1].isupper():
        return False  # "said Lauri L." / "Curtis, Vice President": a middle initial, not a sentence's end
    if closed and _LINE_END.search(line):
        return True
    if len(line.split()) <= 2:
        return False  # "Patrick" / "White, Chief Executive …": a paragraph's first word, alone
    # A heading's line: not one that ends inside a name going on in the next ("Acme / Systems").
    heading = (
        closed
        and not line.endswith(",")
        and not following[:1].islower()
        and not (line.split()[-1][:1].isupper() and following[:1].isupper())
    )
    return heading or opens_dateline(f"{following} {after}")


def from_markdown(text: str) -> SourceText:
    """Headings, paragraphs, list items and blockquotes of a Markdown text, as plain text."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text.lstrip("\ufeff"))
    title = ""
    paragraphs: list[str] = []
    for n, tok in enumerate(tokens):
        if tok.type != "inline":
            continue
        plain = _clean("".join(c.content if c.type != "softbreak" else " " for c in tok.children or ()))
        if not plain:
            continue
        if not title and tokens[n - 1].type == "heading_open":
            title = plain
        else:
            paragraphs.append(plain)
    if not title and paragraphs:
        title = paragraphs.pop(0)
    return SourceText(title, tuple(paragraphs))


_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "col", "embed", "param"})
_BLOCKS = frozenset(
    {"p", "div", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "br", "tr", "td"}
)
# Never article text: code, navigation, forms, boilerplate around an article.
_SKIP = frozenset(
    {"script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form", "button", "select",
     "svg", "iframe", "menu"}
)  # fmt: skip
_BOILERPLATE = re.compile(
    r"cookie|consent|gdpr|share|social|related|newsletter|subscribe|breadcrumb|navbar|menu|sidebar|footer|"
    r"banner|advert|promo|comment|skip-link|toolbar|language|search",
    re.I,
)


class _HtmlText(HTMLParser):
    """Blocks of text, each with the article/main element and the container it stands in."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str, int, int]] = []  # (tag, text, main element, container)
        self.current: list[str] = []
        self.stack: list[tuple[str, bool, int, int]] = []  # (tag, skipping, main element, container)
        self.open: dict[str, list[int]] = {}  # tag -> where it stands in the stack, for closing in O(1)
        self.tag = "p"
        self.title = ""
        self.in_title = False
        self.elements = 0
        self.mains: dict[int, str] = {}  # element number -> "article" or "main"
        self.parents: dict[int, int] = {}  # container -> the container it stands in

    @property
    def skipping(self) -> bool:
        return bool(self.stack) and self.stack[-1][1]

    def flush(self) -> None:
        text = _clean("".join(self.current))
        if text and not self.skipping:
            main = self.stack[-1][2] if self.stack else 0
            container = self.stack[-1][3] if self.stack else 0
            self.blocks.append((self.tag, text, main, container))
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
            return
        if tag in _BLOCKS:
            self.flush()
            if tag not in ("br", "section", "article", "main", "div"):
                self.tag = tag
        if tag in _VOID:
            return
        self.elements += 1
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role", "aria-label"))
        skipping = self.skipping or tag in _SKIP or bool(_BOILERPLATE.search(marks) and tag not in ("body", "html"))
        parent_main = self.stack[-1][2] if self.stack else 0
        parent_container = self.stack[-1][3] if self.stack else 0
        main = parent_main
        if tag in ("article", "main") or (re.search(r"\brole\b", " ".join(k for k, _ in attrs)) and "main" in marks):
            main = self.elements
            self.mains.setdefault(main, tag)
        container = parent_container
        if tag in ("div", "section", "article", "main", "td", "body"):
            container = self.elements
            self.parents[container] = parent_container
        self.open.setdefault(tag, []).append(len(self.stack))
        self.stack.append((tag, skipping, main, container))

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _BLOCKS:
            self.flush()
            self.tag = "p"
        if tag in _VOID:
            return
        # Close up to the matching tag: real pages leave elements unclosed. Found by its tag's
        # list, not by a walk down the stack (an unmatched end tag would walk it all each time).
        where = self.open.get(tag)
        if not where:
            return
        depth = where[-1]
        for closed in self.stack[depth:]:
            self.open[closed[0]].pop()
        del self.stack[depth:]

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skipping:
            self.current.append(data)


Block = tuple[str, str, int, int]


def _weight(items: list[Block]) -> int:
    return sum(len(t) for tag, t, _m, _c in items if tag in ("p", "blockquote", "li"))


def _article(blocks: list[Block], mains: dict[int, str], parents: dict[int, int]) -> list[tuple[str, str]]:
    """The blocks of the article: in <article> (or <main>) when the page marks it, else the
    smallest container that holds most of the page's paragraph text, its headings kept."""
    for kind in ("article", "main"):
        groups: dict[int, list[Block]] = {}
        for block in blocks:
            if block[2] and mains.get(block[2]) == kind:
                groups.setdefault(block[2], []).append(block)
        if groups:
            best = max(groups.values(), key=_weight)
            if _weight(best) > 200:
                return [(tag, text) for tag, text, _m, _c in best]

    total = _weight(blocks)
    if not total:
        return [(tag, text) for tag, text, _m, _c in blocks]
    # A container is numbered when it opens, after its parent: in that order one pass gives
    # the depths, one pass back the text each holds (a walk up per block was cubic in nesting).
    order = sorted(parents)
    depth = {0: 1}
    for c in order:
        depth[c] = depth[parents[c]] + 1
    held = dict.fromkeys([0, *order], 0)
    for block in blocks:
        held[block[3]] += _weight([block])
    for c in reversed(order):
        held[parents[c]] += held[c]
    chosen = max((c for c in held if held[c] >= 0.7 * total), key=depth.__getitem__)
    under = {chosen}
    for c in order:
        if parents[c] in under:
            under.add(c)
    inside = [b for b in blocks if b[3] in under]
    return [(tag, text) for tag, text, _m, _c in inside]


_COMMENT_END = re.compile(r"--\s*>")  # what the standard library's parser takes for a comment's end


def _tame(html: str) -> str:
    """The page with what the standard library's parser (before Python 3.13.4) handles badly
    made harmless. It searches to the end of the text again for each ``<`` that no ``>``
    follows and each ``<!--`` that no comment end follows (minutes for a few hundred KB of
    ``<a `` or ``<!--``): those become text, as that parser leaves them at the end anyway.
    It raises on ``<![`` with no name after it: that one becomes a bogus comment (up to
    the next ``>``), as browsers read it."""
    html = html.replace("<![", "<!-[")
    end = html.rfind(">") + 1
    html = html[:end] + html[end:].replace("<", "&lt;")
    after = 0
    for match in _COMMENT_END.finditer(html):
        after = match.end()
    return html[:after] + html[after:].replace("<!--", "&lt;!--")


def html_blocks(text: str) -> tuple[list[tuple[str, str]], _HtmlText]:
    """The article's blocks (tag, text) of an HTML page or fragment."""
    parser = _HtmlText()
    parser.feed(_tame(text))
    parser.close()
    parser.flush()
    return _article(parser.blocks, parser.mains, parser.parents), parser


def html_text(fragment: str) -> str:
    """The text of a short HTML fragment (a feed's title) on one line: entities decoded, controls gone."""
    parser = _HtmlText()
    parser.feed(_tame(fragment))
    parser.close()
    parser.flush()
    return " ".join(text for _tag, text, _m, _c in parser.blocks)


def from_html(text: str) -> SourceText:
    blocks, parser = html_blocks(text)
    all_blocks = parser.blocks
    h1 = next((t for tag, t in blocks if tag == "h1"), "") or next(
        (t for tag, t, _m, _c in all_blocks if tag == "h1"), ""
    )
    title = h1 or _clean(parser.title)
    paragraphs = [t for tag, t in blocks if t != title]
    if not title and paragraphs:
        title = paragraphs.pop(0)
    return SourceText(title, tuple(paragraphs))


def read_source(text: str, kind: str) -> SourceText:
    """``kind`` is the file's suffix: ``.txt`` (or anything else), ``.md`` or ``.html``."""
    if kind in (".md", ".markdown"):
        return from_markdown(text)
    if kind in (".html", ".htm"):
        return from_html(text)
    return from_plain(text)
