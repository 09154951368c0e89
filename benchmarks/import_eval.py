"""Quality of `briefing import` on annotated cases: precision and recall.

    python benchmarks/import_eval.py [-v]

Quote-with-correct-speaker: a found quote counts as right when it starts like
an expected quote and names the same speaker. Organizations: a found
organization counts as right when its acronym or name is an expected one.
Also checks the seed press release in ../shared/seed/ when it is there.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from tui.core.importer import import_text, read_source  # noqa: E402


def norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).casefold()
    return " ".join(text.replace("“", "").replace("”", "").replace('"', "").split())


def evaluate(verbose: bool, file: str = "import_cases.yml") -> dict[str, float]:
    cases = yaml.safe_load((HERE / file).read_text(encoding="utf-8"))["cases"]
    tp = fp = fn = 0
    otp = ofp = ofn = 0
    for case in cases:
        result = import_text(read_source(case["text"], ".txt"))
        d = result.draft
        found = [(norm(f.text), norm(d.speakers[sid][0].name)) for f, sid in d.quotes]
        expected = [(norm(q["start"]), norm(q["speaker"])) for q in case["quotes"]]
        unmatched = list(found)
        for start, speaker in expected:
            hit = next((f for f in unmatched if f[0].startswith(start) and f[1] == speaker), None)
            if hit:
                unmatched.remove(hit)
                tp += 1
            else:
                fn += 1
                if verbose:
                    print(f"  [{case['name']}] missed: {start!r} by {speaker}")
        fp += len(unmatched)
        if verbose:
            for text, speaker in unmatched:
                print(f"  [{case['name']}] wrong: {text[:40]!r} by {speaker}")
        names = {norm(o.acronym) for o in d.orgs.values() if o.acronym} | {norm(o.name) for o in d.orgs.values()}
        want = {norm(o) for o in case["orgs"]}
        got_orgs = [o for o in d.orgs.values()]
        matched = {w for w in want if w in names}
        otp += len(matched)
        ofn += len(want - matched)
        extra = [o for o in got_orgs if norm(o.acronym or "") not in want and norm(o.name) not in want]
        ofp += len(extra)
        if verbose:
            for w in want - matched:
                print(f"  [{case['name']}] org missed: {w}")
            for o in extra:
                print(f"  [{case['name']}] org extra: {o.name} ({o.acronym})")
        if result.problems and any(p.severity == "error" for p in result.problems):
            print(f"  [{case['name']}] the draft has errors: {[p.format() for p in result.problems]}")
    return {
        "cases": len(cases),
        "quote_precision": tp / (tp + fp) if tp + fp else 1.0,
        "quote_recall": tp / (tp + fn) if tp + fn else 1.0,
        "org_precision": otp / (otp + ofp) if otp + ofp else 1.0,
        "org_recall": otp / (otp + ofn) if otp + ofn else 1.0,
        "quotes": tp + fn,
    }


def seed() -> None:
    folder = HERE.parent.parent / "shared" / "seed"
    for path in sorted(folder.glob("*.txt")):
        d = import_text(read_source(path.read_text(encoding="utf-8"), ".txt")).draft
        print(f"seed {path.name}: {len(d.quotes)} quotes:", "; ".join(d.speakers[s][0].name for _f, s in d.quotes))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    for file in ("import_cases.yml", "import_heldout.yml", "import_heldout2.yml", "import_styles.yml"):
        r = evaluate(args.verbose, file)
        print(f"{file}: {r['cases']} cases, {r['quotes']} expected quotes")
        print(
            f"  quote with correct speaker: precision {r['quote_precision']:.2f}, "
            f"recall {r['quote_recall']:.2f} (goal 0.95 / 0.90)"
        )
        print(f"  organizations:              precision {r['org_precision']:.2f}, recall {r['org_recall']:.2f}")
    seed()


if __name__ == "__main__":
    main()
