"""`briefing import` on real press releases kept outside the repository (they are not ours to copy).

    python benchmarks/import_real.py DIR [-v]

DIR holds the sources (``.txt``, ``.md``, ``.html``) and ``gold.yml``, which
says for each file name: ``quotes`` (``start``: the quote's first words,
``speaker``: the full name as the text gives it), ``orgs`` (names or
acronyms), ``date`` and ``location``. Measured, as issue 9 defines them:

- a quote is found when a draft quote starts with its first words; its speaker
  is right when the full name matches, honorifics and a generational suffix
  (Jr, Sr, II, III, IV) aside;
- a wrong speaker counts against precision, and is "unflagged" when the draft
  did not mark the quote for review;
- an organization is right when its name, acronym or an alias is in the gold;
- a narrative sentence (outside quotation marks) is lost when its words are not
  in the draft's text (a paragraph's start up to a first mark that closes is a
  quote's tail, not narrative);
- the date and location are right when they equal the gold (location ignoring case);
- a draft quote is verbatim when each of its paragraphs, as the parsed draft gives it
  and quote marks aside, stands in the source as it is (white space folded);
- a speaker the draft marks as a body or as an office whose holder the text never
  names (``Draft.no_person``, always flagged) stands for no person, as the gold's "";
- a speaker is absurd when the name holds a word that is not a name's (lower case,
  a place or organization word): those must carry a flag.

Figures are given overall and by ``kind`` (a gold field) when the gold has kinds.

The gold follows written policies, decided before annotating:

- quote entries follow the typography: each closed quotation is its own entry
  (a paragraph with no cue of its own right after a speaker's quote is that
  speaker's); one left open and reopened in the next paragraph is one entry;
  an attributed partial quote and a quote cut by the excerpt's end are listed;
  quotes in the title are not;
- speaker names drop honorifics, titles, post-nominals and generational suffixes;
- organizations: a named unit inside a body (school, department, institute,
  division, office) is listed; a body's governing organs (boards, councils,
  assemblies, its committees), buildings, programmes, funds, meetings, stock
  exchanges and wire tags are not; a legislature named as a proper noun is; a
  government named with its country is, a bare "the Government" is not;
- the location is the dateline's place as written, with the region or country
  the dateline writes after it ("HUNTINGTON, W.Va., May 3" gives "HUNTINGTON,
  W.Va."; sets before test31 kept the city alone, "Washington, D.C." aside).
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tui.core.format.parser import parse_text  # noqa: E402
from tui.core.importer import import_text, marks, read_source  # noqa: E402
from tui.core.importer.body import _CUE_FILLER as FILLER  # noqa: E402
from tui.core.importer.dateline import date_line  # noqa: E402
from tui.core.importer.names import CUE_WORDS, PARTICLE  # noqa: E402
from tui.core.importer.people import NOT_NAME_WORDS  # noqa: E402

# A cue: a verb of saying, "put it", or "According to <Name>, <role>," (the lead-in the draft folds into the
# quote's attribution line).
CUE = re.compile(rf"\b(?:{CUE_WORDS}|put it|according to)\b")
# Quoted spans: closed ones, a quote left open to the paragraph's end (the press style for a
# quote over several paragraphs), and single curly quotes standing apart from words.
# A curly quote may hold one quote of its own (“… the “Richmond Way” …”); a single one, apostrophes.
QUOTED = re.compile(
    r"“(?:[^“”]|“[^“”]*”)*”|\"[^\"]*\"|«[^«»]*»|„[^„“”]*[“”]|“(?:[^“”]|“[^“”]*”)*$|\"[^\"]*$"
    r"|(?<!\w)‘(?:[^‘’]|’(?=\w))*’(?!\w)"
    r"|(?<!\w)‘(?:[^‘’]|’(?=\w))*$"  # a single quote left open to the end (an apostrophe inside)
)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().replace("\\", "")
    text = re.sub(r"[“”\"«»„’'‘]", "", text)
    return " ".join(re.findall(r"\w+", text))


# A generational suffix ends a name: "John T. Casteen III", "Togo D. West, Jr."
_SUFFIX = re.compile(r"(?<=\w) (?:jr|sr|ii|iii|iv)\Z")


def person_norm(name: str) -> str:
    """A speaker's name for comparison: no marks, no case, no generational suffix."""
    return _SUFFIX.sub("", norm(name))


def same_person(a: str, b: str) -> bool:
    """Two speakers' names are one person's: a generational suffix makes no difference."""
    return person_norm(a) == person_norm(b)


def org_norm(name: str) -> str:
    """An organization's name for comparison: "The University of X" is "University of X"."""
    return re.sub(r"^the ", "", norm(name))


def sentences(paragraphs: tuple[str, ...]) -> list[str]:
    """The narrative sentences of the source: quoted spans cut out, what is left split at . ! ?"""
    out = []
    for p in paragraphs:
        if date_line(p):
            continue  # a line that is only a place and a date goes to the front matter
        # Spans found on the marks as the importer reads them (same length), cut from the source.
        shown = marks.normalize(p)
        spans = [m.span() for m in QUOTED.finditer(shown)]
        # A paragraph whose first mark closes ("… activists,” said Jo Roe."): its start is the tail of a
        # quote whose opening mark was left out or stands in the paragraph before, not narrative.
        first = re.search(r"[“”]", shown)
        if first is not None and first.group() == "”" and not (spans and spans[0][0] < first.start()):
            spans = [(0, first.end()), *(sp for sp in spans if sp[0] >= first.end())]
        cuts = [0, *(i for sp in spans for i in sp), len(p)]
        for piece in (p[cuts[k] : cuts[k + 1]] for k in range(0, len(cuts), 2)):
            for s in re.split(r"(?<=[.!?])\s+", piece):
                if len(norm(s).split()) >= 4:
                    out.append(norm(s))
    return out


class Tally:
    """Counts for one group of releases."""

    def __init__(self) -> None:
        self.releases = self.tp = self.fp = self.fn = self.unflagged = self.flagged = self.wrong = 0
        self.otp = self.ofp = self.ofn = self.lost = self.sentences = 0
        self.dates = self.dates_right = self.places = self.places_right = 0
        self.quotes = self.not_verbatim = self.absurd_unflagged = 0

    def add(self, other: Tally) -> None:
        for key, value in vars(other).items():
            setattr(self, key, getattr(self, key) + value)

    @property
    def precision(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    def row(self, label: str) -> str:
        flagged = f"{(self.wrong - self.unflagged) / self.wrong:.2f}" if self.wrong else "-"
        org_p = self.otp / max(1, self.otp + self.ofp)
        org_r = 1 - self.ofn / max(1, self.ofn + self.otp)
        return (
            f"{label:<16}{self.releases:>4}{self.tp + self.fn:>7}{self.precision:>7.2f}{self.recall:>7.2f}"
            f"{flagged:>9}{self.absurd_unflagged:>8}{org_p:>7.2f}{org_r:>7.2f}"
            f"{self.dates_right:>6}/{self.dates:<3}{self.places_right:>5}/{self.places:<3}"
            f"{self.not_verbatim:>6}{self.lost:>6}"
        )


HEADER = (
    f"{'kind':<16}{'rel':>4}{'quotes':>7}{'P':>7}{'R':>7}{'flagged':>9}{'absurd':>8}{'org P':>7}{'org R':>7}"
    f"{'dates':>10}{'places':>9}{'!verb':>6}{'lost':>6}"
)
_NAME_PARTICLE = re.compile(rf"{PARTICLE}\Z")


def absurd(name: str) -> bool:
    """A speaker's name no person has: a lower-case word, a place or organization word, one word."""
    words = name.split()
    return (
        len(words) < 2
        or any(w[:1].islower() and not _NAME_PARTICLE.match(w) for w in words)
        or any(w.strip(".,") in NOT_NAME_WORDS for w in words)
    )


def verbatim(quote: str, source: str) -> bool:
    inner = quote.strip().strip('“”"«»„').strip()
    return " ".join(inner.split()) in source


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    gold = yaml.safe_load((args.folder / "gold.yml").read_text(encoding="utf-8"))
    kinds: dict[str, Tally] = {}
    times = []
    for name, want in gold.items():
        t = kinds.setdefault(str(want.get("kind", "all")), Tally())
        t.releases += 1
        path = args.folder / name
        raw = path.read_text(encoding="utf-8")
        source = read_source(raw, path.suffix.lower())
        # (The title line is the source too: a first paragraph read as a title may hold quotes.)
        folded = " ".join(" ".join((source.title, *source.paragraphs)).split())
        start = time.perf_counter()
        result = import_text(source, None, name)
        times.append(time.perf_counter() - start)
        d = result.draft

        def say(*words: object, name: str = name) -> None:
            if args.verbose:
                print(f"  [{name}]", *words)

        # The quotes as the draft shows them: a quote interrupted by its cue is two blocks.
        briefing, _ = parse_text(result.markdown, name)
        assert briefing is not None, f"{name}: the draft does not parse"
        # A speaker the draft marks as a body or an unnamed office is no person (the gold's "").
        names = {s.id: "" if s.id in d.no_person else s.name for s in briefing.speakers}
        found = [(norm(q.text), norm(names.get(q.speaker, "")), bool(q.review)) for q in briefing.quotes]
        for q in briefing.quotes:  # each paragraph of each quote as the draft shows it
            t.quotes += 1
            if not all(verbatim(part, folded) for part in q.text.split("\n\n")):
                t.not_verbatim += 1
                say("not verbatim:", q.text[:70])
        for f, sid in d.quotes:
            if absurd(d.speakers[sid][0].name) and not f.review:
                t.absurd_unflagged += 1
                say("absurd speaker, no flag:", d.speakers[sid][0].name)
        for q in want["quotes"]:
            start_words, speaker = norm(q["start"]), q["speaker"]
            hit = next((f for f in found if f[0].startswith(start_words)), None)
            if hit is None:
                t.fn += 1
                say("missed:", q["start"], "by", q["speaker"])
                continue
            found.remove(hit)
            if same_person(hit[1], speaker):
                t.tp += 1
                t.flagged += hit[2]
            else:
                t.fp += 1
                t.fn += 1
                t.wrong += 1
                t.unflagged += not hit[2]
                say("wrong speaker:", q["start"], "->", hit[1], "(flagged)" if hit[2] else "(NOT flagged)")
        for f in found:
            t.fp += 1
            t.wrong += 1
            t.unflagged += not f[2]
            say("extra quote:", f[0][:50], "by", f[1])
        gold_orgs = {org_norm(o) for o in want.get("orgs", [])}
        matched = set()
        for o in d.orgs.values():
            names = {org_norm(o.name), org_norm(o.acronym)} | {org_norm(a) for a in o.aliases}
            if names & gold_orgs:
                t.otp += 1
                matched |= names & gold_orgs
            else:
                t.ofp += 1
                say("org extra:", o.name, o.acronym)
        missed = {g for g in gold_orgs if g not in matched}
        # A gold acronym and its full name are one organization: count a miss once.
        t.ofn += len(missed)
        for g in missed:
            say("org missed:", g)
        text = norm(" ".join(b.text for b in briefing.blocks) + " " + " ".join(briefing.summary)) if briefing else ""
        credits = [set(norm(b.text).split()) for b in briefing.blocks if b.kind == "attribution"] if briefing else []
        for s in sentences(source.paragraphs):
            t.sentences += 1
            # Kept: word for word, or a cue whose words all stand in a quote's attribution line.
            cue = set(s.split()) - FILLER
            if s not in text and not (CUE.search(s) and any(cue <= c for c in credits)):
                t.lost += 1
                say("sentence lost:", s[:70])
        if want.get("date"):
            t.dates += 1
            right = d.date is not None and d.date.isoformat() == str(want["date"])
            t.dates_right += right
            if not right:
                say("date:", d.date, "want", want["date"])
        if want.get("location"):
            t.places += 1
            right = d.location.casefold() == str(want["location"]).casefold()
            t.places_right += right
            if not right:
                say("location:", repr(d.location), "want", want["location"])
    total = Tally()
    for tally in kinds.values():
        total.add(tally)
    print(f"{len(gold)} releases, {sum(len(w['quotes']) for w in gold.values())} quotes")
    print(f"quotes with the right speaker: precision {total.precision:.2f}, recall {total.recall:.2f}")
    print(f"  wrong or extra quotes without a review flag: {total.unflagged} of {total.wrong}")
    print(f"  right ones flagged for review: {total.flagged}; absurd speakers without a flag: {total.absurd_unflagged}")
    print(f"  draft quotes not verbatim: {total.not_verbatim} of {total.quotes}")
    org_p = total.otp / max(1, total.otp + total.ofp)
    print(f"organizations: precision {org_p:.2f}, recall {1 - total.ofn / max(1, total.ofn + total.otp):.2f}")
    print(f"narrative sentences lost: {total.lost} of {total.sentences}")
    print(f"dates right: {total.dates_right}/{total.dates}; locations right: {total.places_right}/{total.places}")
    print(f"time per release: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")
    if len(kinds) > 1:
        print()
        print(HEADER)
        for kind in sorted(kinds):
            print(kinds[kind].row(kind))
        print(total.row("all"))


if __name__ == "__main__":
    main()
