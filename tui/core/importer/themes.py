"""Themes for an imported draft: from a vocabulary file, or proposed from key phrases.

A vocabulary is YAML: ``themes: {id: {label: …, keywords: [...]}}`` (or the
mapping at the top level). Without one, the most salient two- and three-word
phrases of the text become a small proposed vocabulary, and the draft says so.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tui.core.format.frontmatter import Y, parse_yaml, split_front_matter

STOPWORDS = frozenset(
    """
    a an the and or but of to in on at for with by from as is are was were be been being this that
    these those it its their his her our we they he she you i not no so than then there here also
    which who whom whose what when where while how all any each other such into over under more most
    very can could will would shall should may might must has have had do does did said says say
    added noted within between among about after before during per including both only own same few
    many much one two three four five first second new last next year years today well like through
    against across around up out off
    """.split()
)


@dataclass(frozen=True)
class VocabTheme:
    id: str
    label: str
    keywords: tuple[str, ...]

    def pattern(self) -> re.Pattern[str]:
        return _keyword_pattern(self.keywords)


@functools.lru_cache(maxsize=4096)  # a theme is tried on every paragraph: compile it once
def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted((k for k in keywords if k), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


class VocabularyError(ValueError):
    pass


def _text(y: Y | None) -> str:
    return y.value.strip() if y is not None and isinstance(y.value, str) else ""


def read_vocabulary(text: str) -> list[VocabTheme]:
    root, issues = parse_yaml(text, 1)
    if issues:
        first = issues[0]
        raise VocabularyError(f"{first.line}:{first.col}: {first.message}")
    if root is None or not isinstance(root.value, dict):
        raise VocabularyError("1:1: a vocabulary is a YAML mapping of theme id -> label and keywords")
    mapping = root.value
    if "themes" in mapping and isinstance(mapping["themes"].value, dict):
        mapping = mapping["themes"].value
    out = []
    for tid, y in mapping.items():
        if isinstance(y.value, str):
            out.append(VocabTheme(tid, y.value, (y.value,)))
            continue
        if not isinstance(y.value, dict):
            raise VocabularyError(f"{y.line}:{y.col}: theme '{tid}' must be a label or a mapping")
        label = _text(y.value.get("label")) or tid
        raw = y.value.get("keywords")
        keywords = [label]
        if raw is not None and isinstance(raw.value, list):
            keywords += [_text(k) for k in raw.value if _text(k)]
        elif raw is not None and isinstance(raw.value, str):
            keywords.append(raw.value)
        out.append(VocabTheme(tid, label, tuple(keywords)))
    return out


def slug(text: str) -> str:
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "x"


# Heads too generic to name a topic ("People", "Members", "Change").
GENERIC = frozenset(
    """
    people person persons member members level levels colleague colleagues authority authorities thing things
    way ways part parts number numbers lot lots kind kinds type types area areas time times day days week weeks
    month months everyone anyone someone community communities country countries world region regions
    department company companies organisation organisations organization organizations government governments
    service services center centre centers centres group groups team teams work issue issues matter matters
    change changes effort efforts support information project projects programme programmes program programs
    meeting meetings progress amount amounts million millions billion billions thousand thousands hundreds
    percent cent end start place places case cases fact facts result results example examples use need needs
    opportunity opportunities challenge challenges commitment situation statement release news detail details
    approach process plan plans event events activity activities site sites range variety public
    question questions point points side sides hand term terms number lot state states partner partners
    staff family families friend friends everything nothing something role roles step steps today
    """.split()
)
# Word endings of adjectives, adverbs and past tenses: such a word heads no topic phrase.
_NOT_A_HEAD = re.compile(r"(?:ly|ed|ible|able|ive|ous|ful|ic|ical|less|ing)$")
_JOINERS = ("of", "and")
# Function words the stop list lacks: none ends a topic phrase.
_FUNCTION = frozenset(
    "without rather along throughout whether forward together further already since until upon toward towards"
    " via despite except beyond within yet even still just ever never always often again back away".split()
)
TITLE_WEIGHT = 1  # a phrase of the title or the first paragraph counts this many more times (for the ranking)


def _head_ok(word: str) -> bool:
    return (
        word not in GENERIC
        and word not in STOPWORDS
        and word not in _FUNCTION
        and not _NOT_A_HEAD.search(word)
        and not word.endswith(("’s", "'s"))
        and len(word) > 2
    )


def _stem(word: str) -> str:
    """A crude singular, so that "firework" and "fireworks" count as one word."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


_DETERMINERS = frozenset("the a an this these those our their its his her your my every each any no".split())
_NOUN_END = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ist|ure|ery|ology|cy|ians?|ers|ors)$")


def _phrases(text: str) -> list[tuple[tuple[str, ...], bool]]:
    """Candidate topic phrases of a text, each with whether this use ends a noun phrase there.

    A phrase is a lower-case run of content words (with "of", "and" inside); a use
    ends a noun phrase when punctuation or a function word follows it, and a
    single word must also stand after a determiner ("the", "our") or look like a noun.
    """
    out = []
    for sentence in re.split(r"[.;:!?,“”\"()\[\]–—]", text):
        words = re.findall(r"[\w’'-]+", sentence)
        low_all = [w.lower() for w in words]
        # Names, organizations, numbers: no phrase holds them.
        named = [w[0].isupper() or "_" in w or any(c.isdigit() for c in w) for w in words]
        for size in (1, 2, 3, 4):
            for i in range(len(words) - size + 1):
                if True in named[i : i + size]:
                    continue
                low = tuple(low_all[i : i + size])
                if low[0] in STOPWORDS or not _head_ok(low[-1]) or low[0].endswith("ly"):
                    continue
                if any(w in STOPWORDS and (w not in _JOINERS or n in (0, size - 1)) for n, w in enumerate(low)):
                    continue
                if size == 1 and len(low[0]) < 6:
                    continue
                after = low_all[i + size] if i + size < len(words) else ""
                ends = not after or after in STOPWORDS or after in _FUNCTION
                if size == 1 and ends and not _NOUN_END.search(low[0]):
                    ends = i > 0 and low_all[i - 1] in _DETERMINERS
                out.append((low, ends))
    return out


def propose(
    paragraphs: list[str], avoid: set[str], count: int = 5, title: str = "", taken: list[VocabTheme] | None = None
) -> list[VocabTheme]:
    """The most salient topic phrases (1-4 words, no names or numbers) as a proposed vocabulary.

    A phrase ends in a content noun that is not generic ("People", "Members");
    it scores its uses (more in the title and first paragraph) times its length.
    A phrase goes when a longer one that holds it is as frequent, and no two
    themes share a word (singular and plural are one word), nor with ``taken``.
    """
    counts: Counter[tuple[str, ...]] = Counter()  # uses, the title's and first paragraph's weighted
    uses: Counter[tuple[str, ...]] = Counter()
    ends: set[tuple[str, ...]] = set()  # the phrases that end a noun phrase at least once
    for n, text in enumerate([title, *paragraphs]):
        weight = 1 + TITLE_WEIGHT if n < 2 else 1
        for gram, at_end in _phrases(text):
            counts[gram] += weight
            uses[gram] += 1
            if at_end:
                ends.add(gram)
    # The best count of a longer phrase holding each phrase: linear in the phrases (each has few sub-phrases).
    longer: dict[tuple[str, ...], int] = {}
    for key, freq in counts.items():
        for size in range(1, len(key)):
            for i in range(len(key) - size + 1):
                sub = key[i : i + size]
                longer[sub] = max(longer.get(sub, 0), freq)
    candidates: list[tuple[int, int, tuple[str, ...]]] = []
    for key, freq in counts.items():
        if uses[key] < 2 or key not in ends or " ".join(key) in avoid or longer.get(key, 0) >= freq:
            continue
        candidates.append((freq * len(key), freq, key))
    candidates.sort(key=lambda c: (-c[0], -len(c[2]), -c[1], c[2]))
    chosen: list[VocabTheme] = []
    if count <= 0:
        return chosen
    ids = {t.id for t in taken or []}
    used = {_stem(w) for t in taken or [] for k in t.keywords for w in k.lower().split() if w not in STOPWORDS}
    for _score, _freq, key in candidates:
        content = {_stem(w) for w in key if w not in STOPWORDS}
        if content & used or slug(" ".join(key)) in ids:
            continue
        used |= content
        phrase = " ".join(key)
        chosen.append(VocabTheme(slug(phrase), phrase.capitalize(), (phrase,)))
        if len(chosen) >= count:
            break
    return chosen


def tag(text: str, themes: list[VocabTheme]) -> list[str]:
    return [t.id for t in themes if t.pattern().search(text)]


MAX_BRIEFINGS = 2000  # briefings of a folder read for their themes, at most
_HEAD_BYTES = 64 * 1024  # of each: the front matter is at the top


def folder_themes(folder: Path, limit: int = MAX_BRIEFINGS) -> tuple[list[VocabTheme], list[str]]:
    """The themes declared by the briefings (``*.md``) of ``folder``, first seen first, and what could not be read.

    Only the front matter of each file is read (its first 64 KB), of at most
    ``limit`` files in name order; a file that fails is named in the problems and skipped.
    """
    themes: dict[str, VocabTheme] = {}
    problems: list[str] = []
    try:
        names = sorted(p for p in folder.glob("*.md") if p.is_file())[:limit]
    except OSError as exc:
        return [], [f"{folder}: {exc.strerror or exc}"]
    for path in names:
        try:
            with path.open("rb") as f:
                head = f.read(_HEAD_BYTES).decode("utf-8", "replace")
        except OSError as exc:
            problems.append(f"{path}: {exc.strerror or exc}")
            continue
        split = split_front_matter(head)
        if split.yaml is None:
            continue  # plain Markdown, or a front matter past 64 KB: no themes from it
        root, _issues = parse_yaml(split.yaml, split.first_line)
        if root is None or not isinstance(root.value, dict) or "themes" not in root.value:
            continue
        y = root.value["themes"]
        if not isinstance(y.value, dict):
            continue
        for tid, item in y.value.items():
            label = _text(item) or (_text(item.value.get("label")) if isinstance(item.value, dict) else "") or tid
            words = tid.replace("-", " ").replace("_", " ")
            themes.setdefault(tid, VocabTheme(tid, label, tuple(dict.fromkeys((label, words)))))
    return list(themes.values()), problems


def with_library(library: list[VocabTheme], paragraphs: list[str], title: str) -> list[VocabTheme]:
    """The library's themes the text names (by label or id), in the library's order."""
    text = "\n".join([title, *paragraphs])
    return [t for t in library if t.pattern().search(text)]
