"""Work that must grow linearly with its input: time at n and at 2n, side by side.

A ratio near 2 is linear; near 4 is quadratic. Cases that were quadratic once:
- one long line with many organization mentions (line numbers were counted from
  the start of the block for each mention);
- `briefing import` of a release with many quotes (each quote's number was found
  by searching the list of quotes again).

    python benchmarks/scaling.py [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from tui.core.importer import import_text, read_source
from tui.core.parser import parse_text

HEAD = """---
title: Scaling
date: 2020-01-02
organizations:
  acme: {name: Acme Agency, acronym: ACME}
---

"""


def long_line(mentions: int) -> Callable[[], object]:
    text = HEAD + " ".join("ACME met" for _ in range(mentions)) + "\n"
    return lambda: parse_text(text, "long.md")


def many_quotes(quotes: int) -> Callable[[], object]:
    paragraphs = [f'"We will act on item {n}," said Anna Weber, director of ACME.' for n in range(quotes)]
    raw = "Scaling release\n\n" + "\n\n".join(paragraphs) + "\n"
    source = read_source(raw, ".txt")
    return lambda: import_text(source, None, "out.md")


def timed(make: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        make()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"{'case':<38}{'n':>8}{'time n':>10}{'time 2n':>10}{'ratio':>8}")
    for name, case, n in (
        ("one line, n mentions", long_line, 40_000),
        ("import, n quotes", many_quotes, 2_000),
    ):
        small, large = timed(case(n), args.runs), timed(case(2 * n), args.runs)
        print(f"{name:<38}{n:>8,}{small:>9.2f}s{large:>9.2f}s{large / small:>8.2f}")


if __name__ == "__main__":
    main()
