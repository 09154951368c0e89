"""CPU per review key: from `a` (accept) or `U` (undo) to the repaint of the reloaded briefing.

    python benchmarks/review_keys.py [--presses 30] [--quotes 50]

Runs the reader headless (``run_test``, 120x40) on a generated briefing of about 300 lines
(benchmarks/gen.py's ``compact``) whose quotes are all flagged for review, and reports the
median process CPU time (every thread: the worker that writes the file and the one that
reads it again count too) from the key's action until the screen has repainted the
reloaded file. Accept and undo alternate, so each press finds a flagged quote. Goal: < 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from gen import compact  # noqa: E402

from tui.app import BriefingApp  # noqa: E402
from tui.reader.screen import ReaderScreen  # noqa: E402


def flagged(quotes: int) -> str:
    """The generated briefing, every quote flagged as `briefing import` flags them."""
    return re.sub(
        r'(\{#q\d+ speaker=\w+ themes="[^"]*")\}',
        r'\1 review="attributed by position (the paragraph before); runner-up: Dragan Nikolic"}',
        compact(quotes),
    )


async def press(app: BriefingApp, pilot: Any, screen: ReaderScreen, action: Callable[[], object]) -> float:
    """CPU ms from the action until the reloaded briefing is painted."""
    loop = asyncio.get_running_loop()
    before = screen.briefing
    start = time.process_time()
    action()
    while screen.briefing is before or screen.review_busy:
        await asyncio.sleep(0.002)  # the worker writes, the feed reads the file again (no busy wait)
    done: asyncio.Future[float] = loop.create_future()
    app.call_after_refresh(lambda: done.set_result(time.process_time()))
    end = await done
    await pilot.pause()
    return (end - start) * 1000


async def run(path: Path, presses: int) -> None:
    app = BriefingApp([path])
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.briefing is not None
        lines = path.read_text(encoding="utf-8").count("\n")
        print(f"briefing: {lines} lines, {len(screen.briefing.quotes)} quotes, terminal 120x40, {presses} presses each")
        screen.action_next()
        await pilot.pause()
        accepts, undos = [], []
        for _ in range(presses):
            accepts.append(await press(app, pilot, screen, screen.action_review_accept))
            undos.append(await press(app, pilot, screen, screen.action_review_undo))
        assert screen.briefing is not None and all(q.review for q in screen.briefing.quotes)
        for name, times in (("a (accept)", accepts), ("U (undo)", undos)):
            print(f"{name:<11} median {statistics.median(times):6.2f} ms CPU to the repaint (max {max(times):.2f})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--presses", type=int, default=30)
    ap.add_argument("--quotes", type=int, default=50)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "draft.md"
        path.write_text(flagged(args.quotes), encoding="utf-8")
        asyncio.run(run(path, args.presses))


if __name__ == "__main__":
    main()
