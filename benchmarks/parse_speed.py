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

from tui.core.loader import decode  # noqa: E402
from tui.core.parser import make_parser, parse_text  # noqa: E402

SAMPLE = ROOT / "briefings" / "2015-11-05-belgrade-irregular-migration.md"


def generated(target_bytes: int = 1_000_000) -> str:
    """A large, valid briefing: the sample's header, then many sections of tagged prose and quotes."""
    head = (
        SAMPLE.read_text(encoding="utf-8").split("\n---\n", 1)[0]
        + "\n---\n\n## Summary\n\nA long generated briefing.\n"
    )
    parts = [head]
    size = len(head)
    n = 0
    while size < target_bytes:
        n += 1
        chunk = (
            f'\n{{themes="cross-border"}}\n## Section {n}\n\n'
            '{themes="criminal-justice protection"}\n'
            "Participants from the OSCE, IOM and UNODC discussed *prevention*, **prosecution** and\n"
            "[co-operation](https://example.org) across borders, and the Interior Ministry reported progress.\n\n"
            f'{{#q{n} speaker=vinet themes="osce-role"}}\n'
            "> “The OSCE has a clear mandate on addressing irregular migration-related crimes in the\n"
            "> Western Balkans and we co-operate with our partners IOM and UNODC on this issue.”\n>\n> — Guy Vinet\n\n"
            "- smuggling networks adapt quickly\n- victims need assistance\n"
        )
        parts.append(chunk)
        size += len(chunk)
    return "".join(parts)


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
        ("generated 1 MB", generated().encode(), max(5, args.repeat // 4)),
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
