"""Changes on disk: time from a save to the change in the reader, and idle CPU, with and
without file-system events (watchfiles), side by side in one run.

    python benchmarks/watch.py [--files 1000] [--idle 60]

For each mode it generates a library (gen_library.py), opens the reader headless
(run_test), waits for the index, then: edits a file that is not on screen in
place (its folder's time does not change) and times until the briefing list
shows the new title (median of 5); then measures the CPU time of the reader and its
children (the watch's) over --idle seconds with nothing happening.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from gen_library import make_library  # noqa: E402
from scale import tree_cpu  # noqa: E402

from tui.app import BriefingApp  # noqa: E402
from tui.reader.screen import ReaderScreen  # noqa: E402


async def measure(folder: Path, idle: float) -> tuple[float, float]:
    app = BriefingApp([folder])
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        await asyncio.sleep(2.0)  # the watch starts after the first paint
        delays = []
        for k in range(5):
            target = next(r.path for r in screen.rows if r.path != screen.path)
            text = Path(target).read_text(encoding="utf-8")
            old = next(line for line in text.splitlines() if line.startswith("title:"))
            new = f"title: Edited {k} " + "x" * max(0, len(old) - 16 - len(str(k)))
            start = time.perf_counter()
            Path(target).write_text(text.replace(old, new, 1), encoding="utf-8")
            while not any(r.title.startswith(f"Edited {k} ") for r in screen.rows):
                await asyncio.sleep(0.01)
                if time.perf_counter() - start > 30:
                    raise TimeoutError("the edit never showed")
            delays.append(time.perf_counter() - start)
        await asyncio.sleep(1.0)
        cpu = tree_cpu(os.getpid())  # the reader and its children (the watch runs in one)
        await asyncio.sleep(idle)
        used = tree_cpu(os.getpid()) - cpu
    return statistics.median(delays), 100 * used / idle


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--idle", type=float, default=60.0)
    args = ap.parse_args()
    from tui.core.files import watch_events

    for mode in ("events (watchfiles)", "polling (no events)"):
        if mode.startswith("polling"):
            watch_events.available = lambda: False  # as without watchfiles: the reader polls
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["BRIEFING_CACHE_DIR"] = str(Path(tmp) / "cache")
            os.environ["BRIEFING_STATE_DIR"] = ""
            folder = Path(tmp) / "lib"
            make_library(folder, args.files)
            delay, cpu = asyncio.run(measure(folder, args.idle))
        print(
            f"{mode:<22} {args.files:,} files: save -> list shows it  median {delay * 1000:6.0f} ms;  "
            f"idle CPU over {args.idle:.0f} s: {cpu:.2f} % of a core"
        )


if __name__ == "__main__":
    main()
