"""Settling the quotes `briefing import` flagged: accept, reassign, unquote, and the review queue.

Each operation takes a briefing's text and gives the new text, rewriting only the
lines it must: every other byte (line endings, a byte order mark, spacing) stays.
Line numbers come from the parsed model. :func:`apply` and :func:`restore` do it
to a file, refusing when the file changed on disk since the caller read it.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from tui.core.files.atomic import write_new
from tui.core.files.loader import MAX_BYTES, decode, read_bytes
from tui.core.model import Briefing, Loaded, Quote, Speaker
from tui.core.text.sanitize import first_control, is_utf8, show_path, strip_controls

# The parser, YAML and markdown-it plugins are imported where a review action needs them:
# the reader imports this module at start, before its first paint.

Stamp = tuple[int, int]  # (size, mtime_ns) of the file as the caller read it
BOM = "\ufeff"


class ReviewError(ValueError):
    """An operation that cannot be done: the message says why (with path:line where it has one)."""


class StaleFile(ReviewError):
    """The file changed on disk since the caller read it."""


@dataclass(frozen=True, slots=True)
class NewSpeaker:
    """A speaker to declare in the front matter (``org``: an organization's id, name or acronym)."""

    id: str
    name: str
    role: str = ""
    org: str = ""
    honorific: str = ""


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One quote that awaits a person's check."""

    path: str
    quote: str
    line: int
    speaker: str
    reason: str
    date: str = ""


# -- lines -------------------------------------------------------------------
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def _lines(text: str) -> list[str]:
    """The text's lines, each with its own line ending (CRLF, CR or LF), as the loader counts them."""
    return _LINE.findall(text)


def _body(line: str) -> str:
    return line.rstrip("\r\n")


def _ending(line: str, default: str = "\n") -> str:
    return line[len(_body(line)) :] or default


@dataclass
class _Doc:
    """A text being edited: its lines (1-based through :meth:`at`), its model, its edits."""

    path: str
    bom: str
    lines: list[str]
    briefing: Briefing
    newline: str
    edits: dict[int, list[str]]  # 1-based line -> what replaces it (its own ending included)

    def at(self, line: int) -> str:
        return self.lines[line - 1]

    def where(self, line: int) -> str:
        return f"{show_path(self.path)}:{line}"

    def replace(self, line: int, *bodies: str) -> None:
        """Line ``line`` becomes ``bodies`` (none: it goes), each with that line's ending."""
        end = _ending(self.at(line), self.newline)
        self.edits[line] = [b + end for b in bodies]

    def text(self) -> str:
        out = [self.bom]
        for n, line in enumerate(self.lines, 1):
            out.extend(self.edits.get(n, (line,)))
        return "".join(out)


def _open(text: str, path: str, model: Briefing | None = None) -> _Doc:
    """Parse ``text`` as the loader would, keeping its raw lines for byte-exact edits.
    ``model``: the loader's model of exactly this text (see :func:`model_of`), not parsed again."""
    bom = BOM if text.startswith(BOM) else ""
    raw = text[len(bom) :]
    lines = _lines(raw)
    clean = raw.replace("\r\n", "\n").replace("\r", "\n") if "\r" in raw else raw
    if first_control(clean) >= 0:
        clean = strip_controls(clean)
    if clean.count("\n") != sum(1 for line in lines if line.endswith(("\n", "\r"))):
        raise ReviewError(f"{show_path(path)}: control sequences span lines: edit this file by hand")
    ending = _ending(lines[0]) if lines else "\n"
    if model is not None and not model.plain:
        return _Doc(path, bom, lines, model, ending, {})
    from tui.core.format.parser import parse_text

    briefing, problems = parse_text(clean, path)
    if briefing is None:
        first = next((p for p in problems if p.severity == "error"), None)
        raise ReviewError(first.format() if first else f"{show_path(path)}: not a briefing")
    return _Doc(path, bom, lines, briefing, ending, {})


def _quote(doc: _Doc, quote_id: str) -> Quote:
    quote = doc.briefing.quote_by_id.get(quote_id)
    if quote is None:
        raise ReviewError(f"{show_path(doc.path)}: no quote '{strip_controls(quote_id)[:80]}'")
    return quote


# -- attribute lines ----------------------------------------------------------
_ATTR = re.compile(r"( {0,3}\{)(.*)(\}[ \t]*)")
_TOKEN = re.compile(r'[ \t]*(?:#[^\s{}"]+|\.[^\s{}"]+|([\w:-]+)=(?:"(?:[^"\\\n]|\\.)*"|[^\s{}"]+))')


@dataclass
class _AttrLine:
    """One attribute line, cut into its pairs (spans within ``inner``) for editing in place."""

    line: int
    head: str
    inner: str
    tail: str
    pairs: list[tuple[int, int, str]]  # start, end (leading space included), key ("id" for #id)

    def key_span(self, key: str) -> tuple[int, int] | None:
        return next(((a, b) for a, b, k in self.pairs if k == key), None)

    def value(self, key: str) -> str:
        span = self.key_span(key)
        if span is None:
            return ""
        value = self.inner[span[0] : span[1]].split("=", 1)[1]
        return value[1:-1] if value.startswith('"') else value

    def edited(self, drop: str = "", speaker: str = "") -> str:
        """The inner text with the ``drop`` key gone and ``speaker=`` given this value."""
        out, pos = [], 0
        for a, b, k in self.pairs:
            out.append(self.inner[pos:a])
            pos = b
            if k == drop:
                continue
            pair = self.inner[a:b]
            if k == "speaker" and speaker:
                pair = pair[: pair.index("speaker=")] + f"speaker={speaker}"
            out.append(pair)
        inner = "".join(out) + self.inner[pos:]
        if inner[:1] in (" ", "\t") and self.inner[:1] not in (" ", "\t"):
            inner = inner.lstrip(" \t")
        return inner

    def render(self, inner: str) -> str:
        return self.head + inner + self.tail


def _attr_line(doc: _Doc, line: int) -> _AttrLine:
    body = _body(doc.at(line))
    m = _ATTR.fullmatch(body)
    if m is None:
        raise ReviewError(f"{doc.where(line)}: not an attribute line")
    inner = m.group(2)
    pairs: list[tuple[int, int, str]] = []
    pos = 0
    while pos < len(inner.rstrip(" \t")):
        t = _TOKEN.match(inner, pos)
        if t is None or t.end() == pos:
            raise ReviewError(f"{doc.where(line)}: attribute line too unusual to edit: edit it by hand")
        word = t.group().lstrip(" \t")
        pairs.append((pos, t.end(), "id" if word[0] == "#" else "class" if word[0] == "." else t.group(1)))
        pos = t.end()
    return _AttrLine(line, m.group(1), inner, m.group(3), pairs)


def _attr_lines(doc: _Doc, quote: Quote) -> list[_AttrLine]:
    """The attribute lines above a quote (stacked ones too; a blank line between is allowed)."""
    n = quote.line - 1
    while n >= 1 and not _body(doc.at(n)).strip():
        n -= 1
    found: list[_AttrLine] = []
    from tui.core.format.attr_lines import ATTR_LINE

    while n >= 1 and ATTR_LINE.match(_body(doc.at(n))):
        found.insert(0, _attr_line(doc, n))
        n -= 1
    return found


def _set_speaker(doc: _Doc, quote: Quote, speaker_id: str) -> None:
    attrs = _attr_lines(doc, quote)
    if not attrs:
        above = quote.line - 1
        new = f"{{speaker={speaker_id}}}"
        if above >= 1 and _body(doc.at(above)).strip():
            raise ReviewError(f"{doc.where(quote.line)}: no blank line above the quote for its attribute line")
        doc.edits[quote.line] = [new + _ending(doc.at(quote.line), doc.newline), doc.at(quote.line)]
        return
    has = any(a.key_span("speaker") for a in attrs)
    for a in attrs:
        inner = a.edited("review", speaker_id)
        if not has and a is attrs[-1]:
            ident = re.match(r'[ \t]*#[^\s{}"]+', inner) if a.key_span("id") else None
            at = ident.end() if ident else 0
            rest = inner[at:]
            gap = " " if rest.strip() and not at else ""
            inner = f"{inner[:at]}{' ' if at else ''}speaker={speaker_id}{gap}{rest}"
        if inner != a.inner:
            doc.replace(a.line, a.render(inner))


# -- operations --------------------------------------------------------------
def accept(text: str, quote_id: str, path: str = "<text>", model: Briefing | None = None) -> str:
    """The quote's attribution is right: its ``review="…"`` goes, nothing else changes.
    (``model``, here and below: the loader's model of exactly ``text``, if the caller has it.)"""
    doc = _open(text, path, model)
    quote = _quote(doc, quote_id)
    attrs = [a for a in _attr_lines(doc, quote) if a.key_span("review")]
    if not attrs:
        raise ReviewError(f"{doc.where(quote.line)}: quote '{quote.id}' has no review note to accept")
    for a in attrs:
        inner = a.edited("review")
        doc.replace(a.line, *([a.render(inner)] if inner.strip() else []))
    return doc.text()


def reassign(
    text: str,
    quote_id: str,
    speaker_id: str,
    new_speaker: NewSpeaker | None = None,
    path: str = "<text>",
    model: Briefing | None = None,
) -> str:
    """The quote is someone else's: ``speaker=`` set, ``review=`` gone, and its attribution line
    rewritten from the speaker's entry. With ``new_speaker``, that speaker is declared first
    (its id made a unique slug; see :func:`new_speaker_id`) and ``speaker_id`` is not used."""
    doc = _open(text, path, model)
    quote = _quote(doc, quote_id)
    if new_speaker is not None:
        speaker = _declare(doc, new_speaker)
    else:
        found = doc.briefing.speaker_by_id.get(speaker_id)
        if found is None:
            raise ReviewError(f"{show_path(doc.path)}: no speaker '{strip_controls(speaker_id)[:80]}' is declared")
        speaker = found
    _set_speaker(doc, quote, speaker.id)
    _rewrite_attribution(doc, quote, speaker)
    return doc.text()


def unquote(text: str, quote_id: str, path: str = "<text>", model: Briefing | None = None) -> str:
    """Not a quote after all: the block becomes narrative paragraphs, word for word. The attribute
    and attribution lines go; the quote's own themes stay, on a paragraph attribute line."""
    doc = _open(text, path, model)
    quote = _quote(doc, quote_id)
    attrs = _attr_lines(doc, quote)
    themes = next((a.value("themes") for a in reversed(attrs) if a.key_span("themes")), "")
    theme_line = f'{{themes="{themes}"}}' if themes.strip() else ""
    for a in attrs:
        doc.replace(a.line)
    attribution = _attribution_block(doc, quote)
    last = quote.end_line
    if attribution is not None:
        last = attribution[0] - 1
        for n in range(attribution[0], attribution[1] + 1):
            doc.replace(n)
        while last >= quote.line and re.fullmatch(r" {0,3}>[ \t]*", _body(doc.at(last))):
            doc.replace(last)  # the empty quote line above the attribution
            last -= 1
    previous_blank = True
    for n in range(quote.line, last + 1):
        body = _body(doc.at(n))
        m = re.match(r" {0,3}>[ \t]?", body)
        plain = body[m.end() :] if m else body
        out = [plain]
        if theme_line and previous_blank and plain.strip():
            out.insert(0, theme_line)  # each paragraph keeps the quote's themes
        previous_blank = not plain.strip()
        doc.replace(n, *out)
    return doc.text()


def _attribution_block(doc: _Doc, quote: Quote) -> tuple[int, int] | None:
    block = next((b for b in doc.briefing.blocks if b.kind == "attribution" and b.quote == quote.id), None)
    return (block.line, block.end_line) if block is not None else None


def attribution_text(speaker: Speaker) -> str:
    """What an attribution line says of a speaker: ``Honorific Name, role``, as Markdown text."""
    said = ", ".join(x for x in (speaker.display_name, speaker.role) if x)
    return re.sub(r"([\\`*_\[\]<&~])", r"\\\1", " ".join(said.split()))


def _rewrite_attribution(doc: _Doc, quote: Quote, speaker: Speaker) -> None:
    span = _attribution_block(doc, quote)
    if span is None:
        return  # a quote without an attribution line keeps none
    first = _body(doc.at(span[0]))
    m = re.match(r"([ \t>]*)(—|―|--)", first)
    if m is None:
        raise ReviewError(f"{doc.where(span[0])}: attribution line too unusual to rewrite: edit it by hand")
    doc.replace(span[0], f"{m.group(1)}{m.group(2)} {attribution_text(speaker)}")
    for n in range(span[0] + 1, span[1] + 1):
        doc.replace(n)


# -- declaring a speaker ------------------------------------------------------
def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-_")[:40].strip("-_")


def new_speaker_id(briefing: Briefing, wanted: str, taken: Iterable[str] = ()) -> str:
    """The id a new speaker gets: ``wanted`` as a slug (the surname of a name), unique in the briefing."""
    from tui.core.format.schema import SLUG

    base = wanted if SLUG.match(wanted) else _slug(wanted.split()[-1] if wanted.split() else "")
    base = base or "speaker"
    used = {s.id for s in briefing.speakers} | set(taken)
    ident, n = base, 2
    while ident in used:
        ident, n = f"{base}-{n}", n + 1
    return ident


def _clean(value: str) -> str:
    return " ".join(strip_controls(value).split())


def _declare(doc: _Doc, new: NewSpeaker) -> Speaker:
    name = _clean(new.name)
    if not name:
        raise ReviewError(f"{show_path(doc.path)}: a new speaker needs a name")
    org = ""
    if new.org.strip():
        wanted = _clean(new.org).casefold()
        org = next(
            (o.id for o in doc.briefing.organizations if wanted in (o.id, o.name.casefold(), o.acronym.casefold())),
            "",
        )
        if not org:
            raise ReviewError(f"{show_path(doc.path)}: no organization '{_clean(new.org)[:80]}' is declared")
    from tui.core.format.frontmatter import parse_yaml, split_front_matter

    split = split_front_matter("".join(_body(line) + "\n" for line in doc.lines))
    assert split.yaml is not None  # the text parsed
    root, _issues = parse_yaml(split.yaml, split.first_line)
    value = root.value.get("speakers") if root is not None and isinstance(root.value, dict) else None
    if value is not None and value.value is not None and not isinstance(value.value, dict):
        raise ReviewError(f"{doc.where(value.line)}: 'speakers' is not a mapping: add the speaker by hand")
    taken = value.value.keys() if value is not None and isinstance(value.value, dict) else ()
    ident = new_speaker_id(doc.briefing, new.id or name, taken)
    fields = {"name": name, "honorific": _clean(new.honorific), "role": _clean(new.role)}
    entry = [(k, json.dumps(v, ensure_ascii=False)) for k, v in fields.items() if v]
    if org:
        entry.append(("org", org))
    _insert_speaker(doc, split.end_line, ident, entry)
    return Speaker(ident, name, 0, fields["honorific"], fields["role"], org)


def _insert_speaker(doc: _Doc, fence: int, ident: str, entry: list[tuple[str, str]]) -> None:
    """Add ``ident: {entry}`` to the front matter's ``speakers:``, in the style it is written in."""
    key = next((n for n in range(2, fence) if re.match(r"speakers[ \t]*:", _body(doc.at(n)))), 0)
    if key == 0:  # no speakers yet: a block mapping before the closing fence
        lines = ["speakers:", f"  {ident}:", *(f"    {k}: {v}" for k, v in entry)]
        doc.edits[fence] = [line + doc.newline for line in lines] + [doc.at(fence)]
        return
    after = re.sub(r"\s+#.*", "", _body(doc.at(key)).split(":", 1)[1]).strip()
    if after.startswith("{"):
        _insert_flow(doc, key, fence, ident, entry)
        return
    if after:
        raise ReviewError(f"{doc.where(key)}: 'speakers' is not a mapping: add the speaker by hand")
    last, indent, field_indent = key, "", ""
    for n in range(key + 1, fence):
        body = _body(doc.at(n))
        if body.strip() and not body[0].isspace():
            break  # the next top-level key
        if not body.strip() or body.lstrip().startswith("#"):
            continue
        own = body[: len(body) - len(body.lstrip())]
        if not indent:
            indent = own
        elif len(own) > len(indent) and not field_indent:
            field_indent = own
        last = n
    indent = indent or "  "
    field_indent = field_indent or indent * 2
    new = [f"{indent}{ident}:", *(f"{field_indent}{k}: {v}" for k, v in entry)]
    end = _ending(doc.at(last), doc.newline)
    doc.edits[last] = [doc.at(last)] + [line + end for line in new]


def _insert_flow(doc: _Doc, key: int, fence: int, ident: str, entry: list[tuple[str, str]]) -> None:
    """Before the ``}`` that closes a flow mapping (``speakers: {a: …}``), which may span lines."""
    depth, quote, line, col = 0, "", key, _body(doc.at(key)).index("{")
    last: tuple[int, int] = (key, col)  # the last character that is not a space
    while line < fence:
        body = _body(doc.at(line))
        while col < len(body):
            ch = body[col]
            if quote:
                if ch == "\\" and quote == '"':
                    col += 1
                elif ch == quote:
                    quote = ""
            elif ch in "\"'":
                quote = ch
            elif ch == "#" and (col == 0 or body[col - 1].isspace()):
                break  # a comment, to the end of the line
            elif ch in "{[":
                depth += 1
            elif ch in "}]":
                depth -= 1
                if depth == 0:
                    fields = ", ".join(f"{k}: {v}" for k, v in entry)
                    at_line, at_col = last
                    text = _body(doc.at(at_line))
                    mark = text[at_col]
                    sep = "" if mark == "{" else " " if mark == "," else ", "
                    new = f"{text[: at_col + 1]}{sep}{ident}: {{{fields}}}{text[at_col + 1 :]}"
                    doc.replace(at_line, new)
                    return
            if not ch.isspace():
                last = (line, col)
            col += 1
        line, col = line + 1, 0
    raise ReviewError(f"{doc.where(key)}: 'speakers' mapping is not closed: add the speaker by hand")


# -- on disk -----------------------------------------------------------------
def stamp_of(path: Path | str) -> Stamp:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns


def read_text(path: Path | str) -> tuple[str, Stamp]:
    """A briefing's text as the operations take it (byte order mark and line endings kept),
    read as the loader reads (a regular file, at most 5 MB), and its stamp."""
    shown = str(path)
    before = _stamp(path)
    data, problems = read_bytes(Path(path), shown)
    if data is None:
        raise ReviewError(problems[0].format() if problems else f"{show_path(shown)}: cannot read")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ReviewError(f"{show_path(shown)}: invalid UTF-8 (byte 0x{data[exc.start]:02x})") from None
    if _stamp(path) != before:
        raise StaleFile(f"{show_path(shown)}: the file changed while it was read; try again")
    return text, before


def _stamp(path: Path | str) -> Stamp:
    try:
        return stamp_of(path)
    except OSError as exc:
        raise ReviewError(f"{show_path(str(path))}: cannot read: {exc.strerror or exc}") from None


def _check_stamp(path: Path | str, stamp: Stamp) -> None:
    if _stamp(path) != tuple(stamp):
        raise StaleFile(f"{show_path(str(path))}: the file changed on disk since it was read: reload it first")


def _write(path: Path | str, text: str) -> Stamp:
    try:
        write_new(Path(path), text, overwrite=True)
    except OSError as exc:
        raise ReviewError(f"{show_path(str(path))}: cannot write: {exc.strerror or exc}") from None
    return _stamp(path)


def apply(path: Path | str, stamp: Stamp, op: Callable[..., str], *args: object, **kwargs: object) -> Stamp:
    """Do ``op`` (accept, reassign, unquote) to the file, if it is still as the caller read it
    (``stamp``: its size and mtime then); written atomically, its mode kept. The new stamp."""
    _check_stamp(path, stamp)
    text, now = read_text(path)
    if now != tuple(stamp):
        raise StaleFile(f"{show_path(str(path))}: the file changed on disk since it was read: reload it first")
    return apply_to(path, stamp, text, op, *args, **kwargs)[1]


def apply_to(
    path: Path | str, stamp: Stamp, text: str, op: Callable[..., str], *args: object, **kwargs: object
) -> tuple[str, Stamp]:
    """:func:`apply` on ``text``, which the caller read from the file at ``stamp``: the new text and stamp."""
    new = op(text, *args, path=str(path), **kwargs)
    _check_stamp(path, stamp)
    return new, _write(path, new)


def model_of(text: str, path: str) -> Loaded:
    """What the loader makes of a file that holds ``text`` (as :func:`read_text` gives it): the
    model a fresh read of that file gives, without reading it. Same steps as ``load_file``."""
    shown = str(Path(path))  # as the loader names it
    data = text.encode("utf-8")
    if len(data) > MAX_BYTES or not is_utf8(shown):
        return None, []  # the loader refuses it: the caller reads the file as the loader does
    clean, problems = decode(data, shown)
    if clean is None:
        return None, problems
    from tui.core.format.parser import parse_text

    briefing, more = parse_text(clean, shown, plain=True)
    if briefing is not None and problems:
        briefing = replace(briefing, problems=tuple(sorted(problems + more, key=lambda p: (p.line, p.col))))
    return briefing, problems + more


def holds(path: Path | str, text: str) -> Stamp | None:
    """The file's stamp if it holds exactly ``text`` now (read as :func:`read_text` reads), else None."""
    try:
        now, stamp = read_text(path)
    except ReviewError:
        return None
    return stamp if now == text else None


def restore(path: Path | str, stamp: Stamp, old_text: str) -> Stamp:
    """Undo: put ``old_text`` back, if the file is as the last operation left it (``stamp``)."""
    _check_stamp(path, stamp)
    return _write(path, old_text)


# -- the queue ---------------------------------------------------------------
def review_items(briefing: Briefing) -> list[ReviewItem]:
    """The briefing's quotes that await a check, in order."""
    return [
        ReviewItem(briefing.path, q.id, q.line, q.speaker, q.review, briefing.when) for q in briefing.quotes if q.review
    ]


def review_queue(briefings: Iterable[Briefing]) -> list[ReviewItem]:
    """Every flagged quote, oldest draft first (by the briefing's date, undated last, then path)."""
    return sort_queue(item for b in briefings for item in review_items(b))


def sort_queue(items: Iterable[ReviewItem]) -> list[ReviewItem]:
    """Oldest draft first: by date (undated last), then path, then line."""
    return sorted(items, key=lambda i: (not i.date, i.date, i.path, i.line))
