"""One edited briefing in a large index: the time to store it again (remove its rows, insert new ones).

    python benchmarks/index_edit.py [--sizes 10000 100000] [--compare CHECKOUT]

Builds an index file of N copies of the sample briefing (different paths and
titles; about 20 search rows each) with the checkout's own LibraryIndex, then
times re-storing one briefing (median of 21). With --compare, the same runs
with another checkout (e.g. a git worktree of an older commit) side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, statistics, sys, tempfile, time
from dataclasses import replace
from pathlib import Path
from tui.core.library.index.store import LibraryIndex
from tui.core.files.loader import load_file
n, sample = int(sys.argv[1]), sys.argv[2]
base, _ = load_file(sample)
with tempfile.TemporaryDirectory() as tmp:
    index = LibraryIndex(Path(tmp) / "index.sqlite")
    batch = 2000
    for start in range(0, n, batch):
        stop = min(n, start + batch)
        index.add_models(replace(base, path=f"/lib/{i:07d}.md", title=f"Briefing {i}") for i in range(start, stop))
    rows = index.db.execute("SELECT count(*) FROM search").fetchone()[0]
    times = []
    for k in range(21):
        one = replace(base, path=f"/lib/{(k * 7919) % n:07d}.md", title=f"Edited {k}")
        t = time.perf_counter()
        index.add_models([one])
        times.append((time.perf_counter() - t) * 1000)
    print(json.dumps({"rows": rows, "median_ms": statistics.median(times)}))
"""


def run(checkout: Path, n: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    sample = ROOT / "briefings" / "2015-11-05-belgrade-irregular-migration.md"
    # In the checkout: `python -c` puts the current folder first on sys.path.
    command = [sys.executable, "-c", CHILD, str(n), str(sample)]
    out = subprocess.run(command, env=env, cwd=checkout, capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(out.stderr)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--compare", help="another checkout, measured side by side")
    args = ap.parse_args()
    checkouts = {"this checkout": ROOT}
    if args.compare:
        checkouts["compared"] = Path(args.compare).resolve()
    for n in args.sizes:
        for name, checkout in checkouts.items():
            r = run(checkout, n)
            print(
                f"{n:>9,} briefings ({int(r['rows']):,} search rows)  {name:<14} edit of one: {r['median_ms']:7.2f} ms"
            )


if __name__ == "__main__":
    main()
