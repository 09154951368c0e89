"""Parse speed: our whole load (YAML, markdown-it with plugins, model, validation)
against bare markdown-it-py CommonMark parsing of the same text, in the same run.

    python benchmarks/parse_speed.py [--repeat N]

Prints medians for the sample briefing and for a generated ~1 MB briefing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from markdown_it import MarkdownIt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen import SAMPLE, by_size  # noqa: E402

from tui.core.files.loader import decode  # noqa: E402
from tui.core.format.parser import make_parser, parse_text  # noqa: E402


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=21)
    args = ap.parse_args()
    bare = MarkdownIt("commonmark")
    make_parser()  # build once, as the program does
    cases = [
        ("sample briefing", SAMPLE.read_bytes(), args.repeat),
        ("generated 1 MB", by_size(1_000_000).encode(), max(5, args.repeat // 4)),
    ]
    print(f"{'case':<18}{'bytes':>10}{'bare md-it ms':>15}{'our load ms':>13}{'ratio':>8}")
    for name, data, repeat in cases:
        text = data.decode("utf-8")

        def ours(data: bytes = data) -> None:
            clean, _ = decode(data, "bench.md")
            assert clean is not None
            briefing, _ = parse_text(clean, "bench.md")
            assert briefing is not None

        bare_ms = median_ms(lambda text=text: bare.parse(text), repeat)
        ours_ms = median_ms(ours, repeat)
        print(f"{name:<18}{len(data):>10}{bare_ms:>15.2f}{ours_ms:>13.2f}{ours_ms / bare_ms:>8.2f}x")


if __name__ == "__main__":
    main()
