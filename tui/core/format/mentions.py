"""Finding the names a briefing declares (organizations, speakers) in its text, in linear time.

What the matching means is one regular expression of every name, longest
first: a name matches where no word character comes right before or after it,
at one place the longest name wins, and matches do not overlap (leftmost
first). That expression tries every name at every place (minutes with
thousands of names), so the names are found another way, with the same
results:

- Where a name may start: each place where the first word of a name is a
  whole word (or where the other character a name begins with follows no
  word character). Found with ``str.find``, one scan per first word; with many
  first words (or first words inside many longer words), by reading the
  text's words once.
- At such a place, the names that begin with that word are looked up by
  length, longest first (a slice and a set lookup each): usually one or two
  lengths, whatever the number of names.
- Pathological names (many lengths nested in one another, many first
  characters that are not word characters) would make that slow: past a
  budget linear in the input, :class:`NameAutomaton` reads the text instead,
  each token once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|\W")
# Up to this many different first words, each is looked for with str.find (a scan each).
MANY_FIRSTS = 48
# The mark of a non-word character's token: is a word character (before, after) it.
_MARK = ("00", "01", "10", "11")


def _word(token: str) -> bool:
    """Is this token (or character) made of word characters, as ``\\w`` means."""
    return token.isalnum() or "_" in token


class NameFinder:
    """Where any of ``names`` occurs in a text, leftmost first, longest at a place."""

    def __init__(self, names: list[str]) -> None:
        self.names = sorted({n for n in names if n}, key=len, reverse=True)
        self.size = 0
        # First token -> (the lengths of the names it begins, longest first; those names).
        self.firsts: dict[str, tuple[list[int], set[str]]] = {}
        self.words: set[str] = set()  # the first tokens that are words
        first_token = _TOKEN.match
        for name in self.names:
            size = len(name)
            self.size += size
            token = first_token(name)
            first = token.group() if token else name  # a token always (names are not empty)
            group = self.firsts.get(first)
            if group is None:
                self.firsts[first] = ([size], {name})
                if _word(first):
                    self.words.add(first)
            else:
                if group[0][-1] != size:
                    group[0].append(size)  # longest first, as the names are sorted
                group[1].add(name)
        self.automaton: NameAutomaton | None = None  # built when needed

    def finditer(self, text: str) -> Iterator[tuple[int, str]]:
        """(start, name) of each match, as the expression's ``finditer`` would give them."""
        found = self.lookup(text)
        if found is None:
            if self.automaton is None:
                self.automaton = NameAutomaton(self.names)
            found = leftmost(self.automaton.starts(text))
        yield from found

    def anchors(self, text: str) -> list[tuple[int, str]] | None:
        """(place, first token) where a name may start, in order; None if there are too many kinds."""
        if len(self.firsts) - len(self.words) > MANY_FIRSTS:
            return None
        found = None if len(self.words) > MANY_FIRSTS else self.anchors_by_find(text, list(self.firsts))
        if found is None:
            # Many first words, or first words found inside many other words: read the words once.
            words = self.words
            found = [(m.start(), w) for m in WORD.finditer(text) if (w := m.group()) in words]
            others = self.anchors_by_find(text, [f for f in self.firsts if f not in words], limit=False)
            found += others or []
        found.sort()
        return found

    def anchors_by_find(self, text: str, firsts: list[str], limit: bool = True) -> list[tuple[int, str]] | None:
        """Where these first tokens are at a name's edge, with str.find: None if that takes
        more steps than the text has characters / 4 (first words inside many other words)."""
        size = len(text)
        steps = size // 4 + 1024 if limit else -1  # -1: never reaches 0
        out: list[tuple[int, str]] = []
        for first in firsts:
            wordy = first in self.words
            after = len(first)
            at = text.find(first)
            while at != -1:
                # No word character before a name; a first word is a whole word.
                if at and ((c := text[at - 1]).isalnum() or c == "_"):
                    pass
                elif not (wordy and at + after < size and ((c := text[at + after]).isalnum() or c == "_")):
                    out.append((at, first))
                steps -= 1
                if not steps:
                    return None
                at = text.find(first, at + 1)
        return out

    def lookup(self, text: str) -> list[tuple[int, str]] | None:
        """The matches, by looking names up by length where one may start; None past the budget."""
        anchors = self.anchors(text)
        if anchors is None:
            return None
        size = len(text)
        budget = 8 * (size + self.size) + 4096
        work = 0
        found: list[tuple[int, str]] = []
        end = 0
        firsts = self.firsts
        for at, first in anchors:
            if at < end:
                continue
            lengths, group = firsts[first]
            for length in lengths:
                stop = at + length
                work += 1
                if stop > size:
                    continue
                if stop < size:
                    after = text[stop]
                    if after.isalnum() or after == "_":
                        continue
                work += length
                piece = text[at:stop]
                if piece in group:
                    found.append((at, piece))
                    end = stop
                    break
            if work > budget:
                return None
        return found


def leftmost(starts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """From the longest name at each place (in order), the matches: none inside the one before."""
    out = []
    end = 0
    for at, name in starts:
        if at >= end:
            out.append((at, name))
            end = at + len(name)
    return out


def _symbols(tokens: list[str]) -> list[str]:
    """A name's tokens as the automaton reads them, with no word character around the name."""
    out = []
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        if _word(token):
            out.append(token)
        else:
            before = i > 0 and _word(tokens[i - 1])
            after = i < last and _word(tokens[i + 1])
            out.append(token + _MARK[2 * before + after])
    return out


class NameAutomaton:
    """The longest name starting at each place of a text, in time linear in the text and the names.

    Text and names are cut into tokens: runs of word characters, and single
    other characters; an other character's token also says whether a word
    character comes right before and after it (in a name, none comes around
    it). A name then matches exactly where its tokens are the text's tokens.
    The names' tokens, read backwards, make one Aho-Corasick automaton: read
    backwards over the text, its state at each token gives the longest name
    that starts there.
    """

    def __init__(self, names: list[str]) -> None:
        self.goto: list[dict[str, int]] = [{}]  # node 0 is the root
        self.longest: list[str] = [""]  # per node: the longest name that starts where it is
        self.others: set[str] = set()  # the non-word characters that names hold
        for name in set(names):
            if not name:
                continue
            tokens = _TOKEN.findall(name)
            self.others.update(t for t in tokens if not _word(t))
            node = 0
            for symbol in reversed(_symbols(tokens)):
                step = self.goto[node].get(symbol)
                if step is None:
                    step = self.goto[node][symbol] = len(self.goto)
                    self.goto.append({})
                    self.longest.append("")
                node = step
            self.longest[node] = name
        # Failure links, breadth first; a node's longest name is its own or its failure's.
        self.fail = [0] * len(self.goto)
        queue = list(self.goto[0].values())
        for node in queue:
            for symbol, child in self.goto[node].items():
                back = self.fail[node]
                while back and symbol not in self.goto[back]:
                    back = self.fail[back]
                self.fail[child] = self.goto[back].get(symbol, 0)
                if not self.longest[child]:
                    self.longest[child] = self.longest[self.fail[child]]
                queue.append(child)

    def starts(self, text: str) -> list[tuple[int, str]]:
        """(place, longest name starting there) for each place where a name starts, in order."""
        goto, fail, longest, others = self.goto, self.fail, self.longest, self.others
        tokens = _TOKEN.findall(text)
        found: list[tuple[int, str]] = []
        state = 0
        at = len(text)
        word_after = False
        for i in range(len(tokens) - 1, -1, -1):
            token = tokens[i]
            at -= len(token)
            if len(token) == 1 and not _word(token):
                if token in others:
                    before = i > 0 and _word(tokens[i - 1])
                    symbol = token + _MARK[2 * before + word_after]
                else:
                    symbol = ""  # in no name: back to the root
                word_after = False
            else:
                symbol = token
                word_after = True
            while state and symbol not in goto[state]:
                state = fail[state]
            state = goto[state].get(symbol, 0)
            if longest[state]:
                found.append((at, longest[state]))
        found.reverse()
        return found
