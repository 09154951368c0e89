"""Generate a library of valid briefings: shared speakers, organizations and themes.

    python benchmarks/gen_library.py OUT_DIR N

Each briefing is about 3 KB with about 5 quotes; across the library there are
20 speakers, 100 organizations and 50 themes. Deterministic for a given N.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

WORDS = (
    "border police prosecutors co-operation smuggling networks victims assistance reception regional workshop "
    "migration evidence investigation training procedures protection children shelter routes transit capacity "
    "agreement ministers experts delegation report monitoring asylum court judges lawyers data exchange"
).split()
SPEAKERS = [(f"s{n}", f"Speaker{n} Example{n % 7}", n % 100) for n in range(20)]
ORGS = [(f"o{n}", f"Organization Number {n}", f"ORG{n}") for n in range(100)]
THEMES = [(f"t{n}", f"Theme number {n}") for n in range(50)]


def sentence(rng: random.Random, words: int = 14) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def briefing(n: int) -> str:
    rng = random.Random(n)
    speakers = rng.sample(SPEAKERS, 4)
    orgs = {o for _sid, _name, o in speakers} | set(rng.sample(range(100), 3))
    themes = rng.sample(THEMES, 6)
    year, month, day = 2010 + n % 15, 1 + n % 12, 1 + n % 28
    fm = [
        "---",
        f"title: Generated briefing {n} on {rng.choice(WORDS)} and {rng.choice(WORDS)}",
        f"date: {year}-{month:02d}-{day:02d}",
        f"location: City {n % 40}",
        "source: {publisher: Generator, kind: generated briefing}",
        "speakers:",
    ]
    fm += [f"  {sid}: {{name: {name}, org: o{org}}}" for sid, name, org in speakers]
    fm.append("organizations:")
    fm += [f"  o{o}: {{name: {ORGS[o][1]}, acronym: {ORGS[o][2]}}}" for o in sorted(orgs)]
    fm.append("themes:")
    fm += [f"  {tid}: {label}" for tid, label in themes]
    fm.append("---")
    body = ["", "## Summary", "", sentence(rng, 20), ""]
    mentioned = " ".join(ORGS[o][2] for o in sorted(orgs))
    body += [f'{{themes="{themes[0][0]}"}}', f"Organizations present: {mentioned}. " + sentence(rng), ""]
    for q in range(5):
        sid = speakers[q % 4][0]
        tids = " ".join(t for t, _ in rng.sample(themes, 2))
        body += [f'{{speaker={sid} themes="{tids}"}}', f"> “{sentence(rng, 18)}”", ""]
        body += [f'{{themes="{rng.choice(themes)[0]}"}}', sentence(rng, 25), ""]
    return "\n".join(fm + body)


def make_library(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"briefing-{n:05d}.md").write_text(briefing(n), encoding="utf-8")


if __name__ == "__main__":
    make_library(Path(sys.argv[1]), int(sys.argv[2]))
