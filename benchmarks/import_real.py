"""`briefing import` on real press releases kept outside the repository (they are not ours to copy).

    python benchmarks/import_real.py DIR [-v]

DIR holds the sources (``.txt``, ``.md``, ``.html``) and ``gold.yml``, which
says for each file name: ``quotes`` (``start``: the quote's first words,
``speaker``: the full name as the text gives it), ``orgs`` (names or
acronyms), ``date`` and ``location``. Measured, as issue 9 defines them:

- a quote is found when a draft quote starts with its first words; its speaker
  is right when the full name matches, honorifics aside;
- a wrong speaker counts against precision, and is "unflagged" when the draft
  did not mark the quote for review;
- an organization is right when its name, acronym or an alias is in the gold;
- a narrative sentence (outside quotation marks) is lost when its words are not
  in the draft's text;
- the date and location are right when they equal the gold (location ignoring case).
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

from tui.core.importer import import_text, read_source  # noqa: E402
from tui.core.importer.body import _CUE_FILLER as FILLER  # noqa: E402
from tui.core.importer.dateline import date_line  # noqa: E402
from tui.core.importer.names import CUE_WORDS  # noqa: E402
from tui.core.parser import parse_text  # noqa: E402

CUE = re.compile(rf"\b(?:{CUE_WORDS}|put it)\b")
QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"|«[^«»]*»|„[^„“”]*[“”]")


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold().replace("\\", "")
    text = re.sub(r"[“”\"«»„’'‘]", "", text)
    return " ".join(re.findall(r"\w+", text))


def sentences(paragraphs: tuple[str, ...]) -> list[str]:
    """The narrative sentences of the source: quoted spans cut out, what is left split at . ! ?"""
    out = []
    for p in paragraphs:
        if date_line(p):
            continue  # a line that is only a place and a date goes to the front matter
        for piece in QUOTED.split(p):
            for s in re.split(r"(?<=[.!?])\s+", piece):
                if len(norm(s).split()) >= 4:
                    out.append(norm(s))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    gold = yaml.safe_load((args.folder / "gold.yml").read_text(encoding="utf-8"))
    tp = fp = fn = unflagged = flagged = 0
    otp = ofp = ofn = 0
    lost = total_sentences = 0
    dates = dates_right = places = places_right = 0
    times = []
    for name, want in gold.items():
        path = args.folder / name
        source = read_source(path.read_text(encoding="utf-8"), path.suffix.lower())
        start = time.perf_counter()
        result = import_text(source, None, name)
        times.append(time.perf_counter() - start)
        d = result.draft

        def say(*words: object, name: str = name) -> None:
            if args.verbose:
                print(f"  [{name}]", *words)

        found = [(norm(f.text), norm(d.speakers[sid][0].name), bool(f.review)) for f, sid in d.quotes]
        for q in want["quotes"]:
            start_words, speaker = norm(q["start"]), norm(q["speaker"])
            hit = next((f for f in found if f[0].startswith(start_words)), None)
            if hit is None:
                fn += 1
                say("missed:", q["start"], "by", q["speaker"])
                continue
            found.remove(hit)
            if hit[1] == speaker:
                tp += 1
                flagged += hit[2]
            else:
                fp += 1
                fn += 1
                unflagged += not hit[2]
                say("wrong speaker:", q["start"], "->", hit[1], "(flagged)" if hit[2] else "(NOT flagged)")
        for f in found:
            fp += 1
            unflagged += not f[2]
            say("extra quote:", f[0][:50], "by", f[1])
        gold_orgs = {norm(o) for o in want.get("orgs", [])}
        matched = set()
        for o in d.orgs.values():
            names = {norm(o.name), norm(o.acronym)} | {norm(a) for a in o.aliases}
            if names & gold_orgs:
                otp += 1
                matched |= names & gold_orgs
            else:
                ofp += 1
                say("org extra:", o.name, o.acronym)
        missed = {g for g in gold_orgs if g not in matched}
        # A gold acronym and its full name are one organization: count a miss once.
        ofn += len(missed)
        for g in missed:
            say("org missed:", g)
        briefing, _ = parse_text(result.markdown, name)
        text = norm(" ".join(b.text for b in briefing.blocks) + " " + " ".join(briefing.summary)) if briefing else ""
        credits = [set(norm(b.text).split()) for b in briefing.blocks if b.kind == "attribution"] if briefing else []
        for s in sentences(source.paragraphs):
            total_sentences += 1
            # Kept: word for word, or a cue whose words all stand in a quote's attribution line.
            cue = set(s.split()) - FILLER
            if s not in text and not (CUE.search(s) and any(cue <= c for c in credits)):
                lost += 1
                say("sentence lost:", s[:70])
        if want.get("date"):
            dates += 1
            right = d.date is not None and d.date.isoformat() == str(want["date"])
            dates_right += right
            if not right:
                say("date:", d.date, "want", want["date"])
        if want.get("location"):
            places += 1
            right = d.location.casefold() == str(want["location"]).casefold()
            places_right += right
            if not right:
                say("location:", repr(d.location), "want", want["location"])
    print(f"{len(gold)} releases, {sum(len(w['quotes']) for w in gold.values())} quotes")
    print(f"quotes with the right speaker: precision {tp / max(1, tp + fp):.2f}, recall {tp / max(1, tp + fn):.2f}")
    print(f"  wrong or extra quotes without a review flag: {unflagged}; right ones flagged for review: {flagged}")
    print(f"organizations: precision {otp / max(1, otp + ofp):.2f}, recall {1 - ofn / max(1, ofn + otp):.2f}")
    print(f"narrative sentences lost: {lost} of {total_sentences}")
    print(f"dates right: {dates_right}/{dates}; locations right: {places_right}/{places}")
    print(f"time per release: median {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
