"""Quote marks as writers type them, read as the few forms the quote finder knows.

``normalize`` gives a text of the same length (every offset stays valid) where
the variants stand as plain curly marks: doubled singles (‘‘ … ’’), a double mark typed twice
(`""We …`, one mark and a blank outside the quote), TeX and
typewriter pairs (`` … '' and '' … ''), single guillemets (‹ ›), a low single
mark (‚), ASCII guillemets (<< >>), a closing mark typed where a quote opens
(`that ” the …”`, or glued to a sentence's end: `… only three.” Smell …”`) and an
opening one typed where it closes (`…,“ she said`).
A quoted nickname inside a name (`J.W. "Bill" Marriott`) is blanked: it is part
of the name, not a quote; so is a bracketed one (`Jo E. (Jody) Roe`). ``inner`` cuts a span's marks off
the original text.
"""

from __future__ import annotations

import re

from tui.core.importer.names import CUE, UP, given_gender, short_form_of

# Two marks typed for one: the pair reads as one curly mark and a blank (same length), the
# blank inside the quote, so the pair stands within the quote's span.
_DOUBLED = re.compile(r"‘‘|’’|‘’|``|''|<<|>>|,,|\"\"|““|””")
# A double mark typed twice (`""We …`, `… ours""`): one mark, its twin a blank outside the quote.
_TWICE = frozenset({'""', "““", "””"})
_PLAIN_CLOSE = re.compile(r"'(?!\w)")
_ASCII_SINGLE = re.compile(
    r"(?P<open>(?:^|(?<=[ \t\n(\[—–]))'(?=[A-Z]))|(?<=[.,!?…])'(?=[ \t\n)\]—–]|$)"
    # ' after a word, before a cue (`… precinct' said Mr Reyland`, `… ahead', he said`): it closes the quote.
    rf"|(?<=[^\W_])'(?=,?[ \t]+(?:{CUE}\b|(?:he|she|they|{UP}[\w'’-]*)[ \t]+{CUE}\b))"
    # ' after a word, then the line's end or its stop (`… of the year'.`): it closes a quote left open.
    r"|(?<=[^\W_])'(?=[.!?…]?[ \t]*(?:\n|$))"
)
# A curly ‘ (after a space) closed by a typewriter ' after a word or a stop, before a space or a stop (apostrophes
# inside words aside: `‘I’m sure …'`).
_MIXED_SINGLE = re.compile(r"(?:^|(?<=[ \t(]))‘(?:[^‘’'\n]|(?<=\w)’(?=\w)){1,300}?[\w.,!?…]'(?=[ \t,.;:!?)]|$)")
# A typewriter ' (after a space) before a capital, closed by a curly ’ after a word or a stop, no other single
# mark between but apostrophes inside words (`'It was plain …,’ explained X`): one quote, its opener typed plain.
_PLAIN_OPENS_CURLY = re.compile(r"(?:^|(?<=[ \t(\[—–]))'(?=[A-Z](?:[^‘’'\n]|(?<=\w)’(?=\w)){1,2000}?[\w.,!?…]’(?!\w))")
# A curly ‘ closed by a curly ” after a sentence's end, no other mark between but apostrophes inside
# words (`‘Your term begins today.”`): one quote, its opener typed single.
_SINGLE_OPENS_DOUBLE = re.compile(r"(?:^|(?<=[ \t(]))‘(?=(?:[^‘’“”\n]|(?<=\w)’(?=\w)){1,2000}?[.!?…]”(?:[ \t]|$))")
# A double mark closed by a curly single before a cue (`"I found a healthy centre’, he said.`): one quote,
# its closer typed single (apostrophes inside words aside, no other mark between).
_DOUBLE_CLOSES_SINGLE = re.compile(
    r"(?:^|(?<=[ \t(]))[\"“](?:[^\"“”‘’\n]|(?<=\w)’(?=\w)){1,2000}?[\w.,!?…](?P<close>’)"
    r"(?=,?[ \t]+(?:he|she|they|[A-Z][\w'’-]+)[ \t]+(?:said|says|added|adds|continued|explained|noted|told)\b)"
)
# `"We are proud of the team, said Jo Roe. "The players …"`: a quote's closer left out before its cue, a quote
# opening right after the cue's sentence. The comma (after a word) reads as the missing closer.
_UNCLOSED_BEFORE_CUE = re.compile(
    r"(?<=[^\W_]),(?=[ \t]+(?:said|says|added|adds)[ \t]+[^\"“”\n.!?]{1,60}\.[ \t]+[\"“][A-Z])"
)
# `Chief Roe said," Getting …"`: a straight opener typed before the space after a cue's comma or colon,
# a capital after the space and a closing straight mark later in the line.
_GLUED_OPENER = re.compile(rf"\b{CUE}(?P<glued>[,:]\"[ \t])(?=[A-Z][^\"\n]{{0,2000}}[\w.,!?…]\"(?:[ \t]|$))")
# `… the college. " We ask …", he said.`: an opener typed with a space after it, at a line's start or after a
# sentence's end, a capital after the space and a closer after a word or a stop later in the line (a single
# one may be left open: a speech the excerpt cuts). The mark and the space trade places (same length).
_SPACED_OPENER = re.compile(
    r"(?:^|(?<=[.!?…][ \t]))(?P<mark>\"(?=[ \t][A-Z][^\"\n]{0,2000}?[\w.,!?…]\"(?:[ \t,.;:!?)]|$))|'(?=[ \t][A-Z]))"
    r"(?P<space>[ \t])",
    re.M,
)
_OPENS_AFTER = " \t\n([{—–-/"  # what may stand before an opening mark
_CLOSES_BEFORE = " \t\n)]}.,;:!?…—–-/"  # what may stand after a closing mark
# `J.W. "Bill" Marriott`: one or two capitalised words in quote marks between parts of a name.
_NICKNAME = re.compile(rf"(?<=[\w.][ \t])[\"“‘'](?:{UP}[\w’'.-]*)(?:[ \t]{UP}[\w’'.-]*)?[\"”’'](?=[ \t]{UP}[\w’'-]*\w)")
_WORD_BEFORE = re.compile(r"(\S+)[ \t]$")
# `Jo E. (Jody) Roe`: one given name in brackets between an initial or a given name and a capitalised word.
_BRACKET_NICKNAME = re.compile(rf"(?<=[\w.][ \t])\((?P<nick>{UP}[a-z’'-]{{1,14}})\)(?=[ \t]{UP}[a-z’'-]*[a-z])")
_INITIAL = re.compile(r"[A-Z]\.")
_NOT_NAME_BEFORE = frozenset({"The", "A", "An", "This", "That", "Our", "Its", "His", "Her", "Their", "My", "Your"})
_SINGLES = str.maketrans({"‹": "‘", "›": "’", "‚": "‘"})
CLOSERS = '”"»’'
_MARKS = frozenset("‘’`'<>,‹›‚”“\"«»")


def normalize(text: str) -> str:
    """``text`` with its quote marks in the forms the quote finder reads, of the same length."""
    if "(" in text:
        text = _blank_bracket_nicknames(text)
    if not any(ch in text for ch in _MARKS):
        return text
    text = _SPACED_OPENER.sub(_trade_places, text.translate(_SINGLES))
    out = list(text)
    # Typewriter singles as marks: ' before a capital after a space opens, ' after , . ! ? or before a cue
    # closes ("said, 'We can't …,' she"); between letters it stays an apostrophe.
    opened = -1
    for m in _ASCII_SINGLE.finditer(text):
        if m.group("open") is not None:
            opened = m.start()
        elif opened >= 0:
            out[opened], out[m.start()], opened = "‘", "’", -1
    if opened >= 0 and not _PLAIN_CLOSE.search(text, opened + 1):
        out[opened] = "‘"  # left open: a quote the excerpt cuts (not 'a title'.)
    for m in _PLAIN_OPENS_CURLY.finditer(text):
        if out[m.start()] == "'":
            out[m.start()] = "‘"
    for m in _MIXED_SINGLE.finditer(text):  # `his song ‘Lift it high' and`: a curly opener, a typewriter closer
        out[m.end() - 1] = "’"
    _single_opens_double(text, out)
    for m in _DOUBLE_CLOSES_SINGLE.finditer(text):
        out[m.start("close")] = "”" if text[m.start()] == "“" else '"'
    for m in _DOUBLED.finditer(text):
        a, b = m.start(), m.end()
        pair = m.group()
        before = text[a - 1] if a else " "
        after = text[b] if b < len(text) else " "
        if pair in _TWICE:
            if pair != "””" and before in _OPENS_AFTER and after.isalnum():
                out[a] = " "  # `""We will …`: the second mark opens
            elif pair != "““" and not before.isspace() and before not in _OPENS_AFTER and after in _CLOSES_BEFORE:
                out[b - 1] = " "  # `… ours"" she said`: the first mark closes
            continue
        if pair == ",,":
            if after.isspace() or not before.isspace():
                continue  # "1,,2", a typo: not a mark
            out[a], out[a + 1] = "“", " "
        elif (
            pair in ("‘‘", "<<")
            or (pair == "``" and before in _OPENS_AFTER)  # not “``abc” (backquotes a quote opens with)
            or (pair == "‘’" and before in _OPENS_AFTER and after.isalnum())  # ‘’This …’’
            or (pair == "''" and before in _OPENS_AFTER and not after.isspace() and after not in _CLOSES_BEFORE)
        ):
            out[a], out[a + 1] = "“" if pair != "<<" else "«", " "
        elif pair in ("’’", "''", ">>") and after in _CLOSES_BEFORE:
            out[a], out[a + 1] = " ", "”" if pair != ">>" else "»"
    for m in _NICKNAME.finditer("".join(out)):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if word is not None and word.group(1)[:1].isupper() and word.group(1) not in _NOT_NAME_BEFORE:
            out[m.start()] = out[m.end() - 1] = " "
            for i in range(m.start() + 1, m.end() - 1):
                out[i] = " "
    for m in _GLUED_OPENER.finditer(text):  # `said," We …"` reads as `said, "We …"` (same length)
        out[m.start("glued") + 1], out[m.start("glued") + 2] = " ", '"'
    _close_before_cue(text, out)
    _straight_opens_curly(out)
    _curly_turns(out)
    return "".join(out)


_DOUBLE_OR_LINE = re.compile(r"[“”\n]")


def _single_opens_double(text: str, out: list[str]) -> None:
    """`‘Your term begins today.”`: a curly ‘ opens the quote a ” closes, unless a “ is already open before it on its
    line (`“We said ‘yes.”`: a single mark inside the quote, its words). One pass over the text."""
    open_double, marks = False, _DOUBLE_OR_LINE.finditer(text)
    mark = next(marks, None)
    for m in _SINGLE_OPENS_DOUBLE.finditer(text):
        while mark is not None and mark.start() < m.start():
            open_double = mark.group() == "“"
            mark = next(marks, None)
        if not open_double:
            out[m.start()] = "“"


def _trade_places(m: re.Match[str]) -> str:
    """`" We` reads as ` "We`: the space before the mark."""
    return m.group("space") + m.group("mark")


def _close_before_cue(text: str, out: list[str]) -> None:
    """The comma before a cue (see _UNCLOSED_BEFORE_CUE) as the closer of a quote left open: the last mark
    before it in the paragraph (at most 1,000 characters back) opens a quote after a space or the line's start."""
    for m in _UNCLOSED_BEFORE_CUE.finditer(text):
        lo = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 1000)
        at = max(text.rfind(mark, lo, m.start()) for mark in '"“”')
        if (
            at < 0
            or out[at] not in '"“'
            or (at > 0 and text[at - 1] not in " \t\n(")
            or not text[at + 1 : at + 2].isupper()
        ):
            continue
        out[m.start()] = "”" if out[at] == "“" else '"'


def _straight_opens_curly(out: list[str]) -> None:
    """A straight " after a space or the line's start, before a word, whose next mark in the line is a curly
    ” opens that quote (`"Our aim …,” he said`: only the closers were curled). One pass from the end."""
    if '"' not in out or "”" not in out:
        return
    following = ""  # the next of " “ ” after the offset, within the line
    for i in range(len(out) - 1, -1, -1):
        ch = out[i]
        if ch == "\n":
            following = ""
        elif ch in '"“”':
            before = out[i - 1] if i else " "
            after = out[i + 1] if i + 1 < len(out) else " "
            if ch == '"' and following == "”" and before in _OPENS_AFTER and after.isalnum():
                out[i] = ch = "“"
            following = ch


def _blank_bracket_nicknames(text: str) -> str:
    """``text`` with a bracketed nickname inside a name blanked (same length): `Jo E. (Jody) Roe` reads as
    one name. The word before is an initial or a known given name; the nickname is a known given name or
    a short form of the one before."""
    out = list(text)
    for m in _BRACKET_NICKNAME.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if word is None:
            continue
        before, nick = word.group(1), m.group("nick")
        if not (_INITIAL.fullmatch(before) or given_gender(before)):
            continue
        if given_gender(nick) or short_form_of(nick, before):
            out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def _curly_turns(out: list[str]) -> None:
    """A closing mark where no quote is open, after a space or a colon and before a word, opens one
    (`noted that ” despite …”`, `said:” For …”`, `»Yes«`); an opening mark while one is open, right after a word
    or punctuation and before a space, closes it (`…,“ she said`, `‚Ja‘`). One pass, left to right.
    (A single ’ never opens: it is also the apostrophe of ’90s.)"""
    is_open = {"“": False, "«": False, "‘": False}
    size = len(out)
    # Where the next ” and the next “ or line end stand after each offset (one pass from the end).
    next_close, next_stop = [size] * (size + 1), [size] * (size + 1)
    for i in range(size - 1, -1, -1):
        next_close[i] = i if out[i] == "”" else next_close[i + 1]
        next_stop[i] = i if out[i] in "“\n" else next_stop[i + 1]
    for i, ch in enumerate(out):
        if ch == "\n":
            is_open = dict.fromkeys(is_open, False)
            continue
        pair = _PAIRS.get(ch)
        if pair is None:
            continue
        opener, closer = pair
        before = out[i - 1] if i else " "
        after = out[i + 1] if i + 1 < size else " "
        if ch == closer:
            nxt = out[i + 2] if after in " \t" and i + 2 < size else after
            if closer == "’" and before.isalnum() and after.isalnum():
                continue  # an apostrophe: don’t
            if not is_open[opener] and closer != "’" and before in " \t(:" and nxt.isalnum():  # `said:” For`
                out[i] = opener
                is_open[opener] = True
            elif not is_open[opener] and _closer_opens(out, i, next_close, next_stop):
                out[i] = opener  # `… only 3.” Smell and taste …”`: a sentence's end, then a quote typed ” … ”
                is_open[opener] = True
            elif is_open[opener] and closer == "”" and _glued_closer_opens(out, i, next_close, next_stop):
                # `… for the tour.”Our aim …,” Jo said`: one mark closes a quote and opens the next (paragraphs
                # glued): the full stop reads as the closer, the mark as the opener.
                out[i - 1], out[i] = closer, opener
            else:
                is_open[opener] = False
        elif is_open[opener] and (before.isalnum() or before in ",.!?…") and (after.isspace() or i + 1 == size):
            out[i] = closer
            is_open[opener] = False
        elif opener != "‘" or before in " \t([{—–-/" or i == 0:
            is_open[opener] = True


def _closer_opens(out: list[str], i: int, next_close: list[int], next_stop: list[int]) -> bool:
    """Whether the ” at ``i``, with no quote open, opens one: it follows a sentence's end and stands
    before a space and a capital, and another ” closes later in the paragraph with no “ between."""
    size = len(out)
    if out[i] != "”" or i == 0 or out[i - 1] not in ".!?" or i + 2 >= size:
        return False
    if out[i + 1] not in " \t" or not out[i + 2].isupper():
        return False
    return _closes_later(i, next_close, next_stop, size)


def _glued_closer_opens(out: list[str], i: int, next_close: list[int], next_stop: list[int]) -> bool:
    """Whether the ” at ``i``, closing an open quote after a word and a sentence's end, stands glued to a
    capital (no space) with another ” closing later in the paragraph, no “ between: it opens a quote too."""
    size = len(out)
    if i < 2 or i + 2 >= size or out[i - 1] not in ".!?" or not out[i - 2].isalnum():
        return False
    if not (out[i + 1].isupper() and out[i + 2].isalpha()):
        return False
    return _closes_later(i, next_close, next_stop, size)


def _closes_later(i: int, next_close: list[int], next_stop: list[int], size: int) -> bool:
    """Whether another ” closes after ``i`` in the paragraph, with no “ between."""
    later = next_close[i + 1]
    return later < size and later < next_stop[i + 1]


_PAIRS = {"“": ("“", "”"), "”": ("“", "”"), "«": ("«", "»"), "»": ("«", "»"), "‘": ("‘", "’"), "’": ("‘", "’")}


def inner(original: str, normalized: str, start: int, end: int) -> str:
    """The words of the span ``start:end`` without its marks, as ``original`` has them.
    ``normalized`` (same length) says where the marks stand."""
    lo, hi = start + 1, end
    if end - start >= 2 and (normalized[end - 1] in CLOSERS or normalized[end - 1] == "“"):
        hi -= 1
    # The twin of a doubled mark (‘‘ ’’) reads as a blank: it is a mark, not a word.
    while lo < hi and normalized[lo] == " " and not original[lo].isspace():
        lo += 1
    while hi > lo and normalized[hi - 1] == " " and not original[hi - 1].isspace():
        hi -= 1
    return original[lo:hi]
