"""Themes for an imported draft: from a vocabulary file, or proposed from key phrases.

A vocabulary is YAML: ``themes: {id: {label: …, keywords: [...]}}`` (or the
mapping at the top level). Without one, the most salient two- and three-word
phrases of the text become a small proposed vocabulary, and the draft says so.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..frontmatter import Y, parse_yaml

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
        words = sorted((k for k in self.keywords if k), key=len, reverse=True)
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


def propose(paragraphs: list[str], avoid: set[str], count: int = 5) -> list[VocabTheme]:
    """The most salient phrases (1-4 words, no names or numbers) as a proposed vocabulary.

    A phrase scores its frequency times its length; a phrase is dropped when a
    longer one that contains it is as frequent, and no two themes share a word.
    """
    counts: Counter[tuple[str, ...]] = Counter()
    for text in paragraphs:
        for sentence in re.split(r"[.;:!?,“”\"()]", text):
            words = re.findall(r"[\w’'-]+", sentence)
            for size in (1, 2, 3, 4):
                for i in range(len(words) - size + 1):
                    gram = words[i : i + size]
                    lowered = tuple(w.lower() for w in gram)
                    if lowered[0] in STOPWORDS or lowered[-1] in STOPWORDS:
                        continue
                    if any(w in STOPWORDS and w not in ("of", "in", "and", "to", "for") for w in lowered):
                        continue
                    if any(w[0].isupper() or any(c.isdigit() for c in w) for w in gram):
                        continue  # names, organizations, numbers
                    if size == 1 and len(lowered[0]) < 6:
                        continue
                    counts[lowered] += 1
    candidates: list[tuple[int, int, tuple[str, ...]]] = []
    for key, freq in counts.items():
        if freq < 2 or " ".join(key) in avoid:
            continue
        longer = any(len(other) > len(key) and counts[other] >= freq and _contains(other, key) for other in counts)
        if not longer:
            candidates.append((freq * len(key), freq, key))
    candidates.sort(key=lambda c: (-c[0], -len(c[2]), -c[1], c[2]))
    chosen: list[VocabTheme] = []
    used: set[str] = set()
    for _score, _freq, key in candidates:
        content = {w for w in key if w not in STOPWORDS}
        if content & used:
            continue
        used |= content
        phrase = " ".join(key)
        chosen.append(VocabTheme(slug(phrase), phrase.capitalize(), (phrase,)))
        if len(chosen) >= count:
            break
    return chosen


def _contains(big: tuple[str, ...], small: tuple[str, ...]) -> bool:
    return any(big[i : i + len(small)] == small for i in range(len(big) - len(small) + 1))


def tag(text: str, themes: list[VocabTheme]) -> list[str]:
    return [t.id for t in themes if t.pattern().search(text)]
