"""A library of generated briefings: cold and warm start, key presses, search, memory.

    python benchmarks/library.py [--sizes 1000 10000] [--runs 5] [--presses 100]

For each size it generates a library (benchmarks/gen_library.py) in a temporary
folder with a fresh cache, and reports:
- cold start: indexing from nothing (two worker processes), time until the
  first briefings are usable and until the whole library is indexed;
- warm start: launching `briefing DIR` in a 120x40 tmux pane until the
  briefing list and the count are on screen, median of --runs, beside a
  one-Label Textual app measured in the same run;
- CPU per key press in a headless run_test (median of --presses): toggling a
  theme, moving in the briefing list, opening a briefing, a library-search
  keystroke (the query itself runs in a worker, measured separately);
- search for a common word (median of 20), in process;
- peak memory (max RSS) of the warm-started app.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from gen_library import make_library  # noqa: E402
from keypress import measure  # noqa: E402
from startup import LABEL_APP, compile_package, time_to_text  # noqa: E402

RSS_WRAPPER = """
import atexit, resource, sys
from tui.cli.main import main
out = sys.argv[1]
atexit.register(lambda: open(out, "w").write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)))
sys.argv = ["briefing", *sys.argv[2:]]
main()
"""


def cold(folder: Path) -> tuple[float, float]:
    from tui.core.library.library import Library

    first: list[float] = []
    start = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done and not first:
            first.append(time.perf_counter() - start)

    Library([folder]).load(progress)
    return (first[0] if first else 0.0), time.perf_counter() - start


async def keys(folder: Path, presses: int) -> dict[str, tuple[float, float]]:
    from tui.app import BriefingApp
    from tui.screens.library_search import LibrarySearch

    app = BriefingApp([folder])
    out: dict[str, tuple[float, float]] = {}

    async def both(action: Any) -> tuple[float, float]:
        direct = statistics.median(await measure(app, pilot, action, presses, settle=False))
        settled = statistics.median(await measure(app, pilot, action, presses, settle=True))
        return direct, settled

    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen: Any = app.screen
        out["toggle theme"] = await both(lambda: screen.toggle_theme("t3"))
        briefings = screen.query_one("#briefings")
        briefings.focus()
        out["move in list"] = await both(lambda: briefings.action_cursor(1))
        counter = iter(range(10**6))
        out["open briefing"] = await both(lambda: screen.open_briefing(next(counter) % 500))
        search = LibrarySearch(screen.library)
        await app.push_screen(search)
        await pilot.pause()
        field = search.query_one("Input")
        letters = iter("borderpolicemigration" * 10)
        out["search keystroke"] = await both(lambda: field.insert_text_at_cursor(next(letters)))
        await app.workers.wait_for_complete()
    return out


def first_row_title(folder: Path) -> str:
    from tui.core.library.library import Library

    library = Library([folder])
    return library.rows()[0].title[:40]


def search_ms(folder: Path) -> float:
    from tui.core.library.library import Library

    library = Library([folder])
    library.load()
    times = []
    for _ in range(20):
        start = time.perf_counter()
        library.search("border")
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--presses", type=int, default=100)
    args = ap.parse_args()
    briefing = str(Path(sys.executable).with_name("briefing"))
    compile_package()
    with tempfile.TemporaryDirectory() as tmp:
        label = Path(tmp) / "one_label.py"
        label.write_text(LABEL_APP)
        wrapper = Path(tmp) / "rss.py"
        wrapper.write_text(RSS_WRAPPER)
        for size in args.sizes:
            folder = Path(tmp) / f"lib{size}"
            make_library(folder, size)
            os.environ["BRIEFING_CACHE_DIR"] = str(Path(tmp) / f"cache{size}")
            first, total = cold(folder)
            print(f"\n{size:,} briefings")
            print(f"  cold start: first briefings usable after {first:.2f} s, all indexed after {total:.2f} s")
            warm, base = [], []
            # The count in the status line and the first briefing of the list on screen.
            first_title = first_row_title(folder)
            for _ in range(args.runs):
                base.append(time_to_text([sys.executable, str(label)], "Regional workshop"))
                warm.append(time_to_text([briefing, str(folder)], (f"{size:,} briefings", first_title)))
            print(
                f"  warm start to the list on screen: median {statistics.median(warm) * 1000:.0f} ms; "
                f"one-Label app {statistics.median(base) * 1000:.0f} ms; "
                f"ratio {statistics.median(warm) / statistics.median(base):.2f}x (goal <= 1.5x)"
            )
            for name, (direct, settled) in asyncio.run(keys(folder, args.presses)).items():
                print(
                    f"  {name:<17} median {direct:6.2f} ms CPU to the next repaint, "
                    f"{settled:6.2f} ms settled (goal < 16)"
                )
            print(f"  search 'border' (a word in nearly every briefing): median {search_ms(folder):.1f} ms (goal < 50)")
            rss_file = Path(tmp) / f"rss{size}"
            time_to_text(
                [sys.executable, str(wrapper), str(rss_file), str(folder)], f"{size:,} briefings", quit_key="q"
            )
            deadline = time.time() + 10
            while not rss_file.exists() and time.time() < deadline:
                time.sleep(0.05)
            rss = int(rss_file.read_text()) / 1024 if rss_file.exists() else float("nan")
            print(f"  peak memory of the warm-started app: {rss:.0f} MB (goal < 250)")


if __name__ == "__main__":
    main()
