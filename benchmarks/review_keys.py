"""CPU per review key: from `a` (accept), `x` (not a quote), `r` (reassign, once picked) or `U`
(undo) to the repaint of the briefing as written, old way and new way side by side.

    python benchmarks/review_keys.py [--presses 30] [--quotes 50]

Runs the reader headless (``run_test``, 120x40) on a generated briefing of about 300 lines
(benchmarks/gen.py's ``compact``) whose quotes are all flagged for review, and reports the
median process CPU time (every thread: the worker that writes the file, and any that reads it
again, count too) from the key's action until the screen has repainted the file as written.
Each action is undone at once, so each press finds a flagged quote. Goal: < 50 ms.
The first action of a session on a file also parses the text it finds: the first accept after
each switch of mode is counted apart ("a, 1st on file").

"full" is the reader as it was: the file is read and parsed again after each write, every pane
rebuilt and every block of the text painted again (``ReviewSession.keep_models`` and
``DocumentView.reuse_strips`` off). "kept" is the reader now: the action gives the model of
what it wrote, and unchanged blocks keep their painted lines. The two alternate press by press,
so that a busy machine weighs on both alike.
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
from tui.widgets.text.document import DocumentView  # noqa: E402

MODES = ("full", "kept")
FIRST = "a, 1st on file"


def flagged(quotes: int) -> str:
    """The generated briefing, every quote flagged as `briefing import` flags them."""
    return re.sub(
        r'(\{#q\d+ speaker=\w+ themes="[^"]*")\}',
        r'\1 review="attributed by position (the paragraph before); runner-up: Dragan Nikolic"}',
        compact(quotes),
    )


def set_mode(screen: ReaderScreen, mode: str) -> None:
    screen.reviewer.session.keep_models = mode == "kept"
    screen.query_one("#document", DocumentView).reuse_strips = mode == "kept"


async def press(app: BriefingApp, pilot: Any, screen: ReaderScreen, action: Callable[[], object]) -> float:
    """CPU ms from the action until the briefing as written is painted."""
    loop = asyncio.get_running_loop()
    before = screen.briefing
    start = time.process_time()
    action()
    while screen.briefing is before or screen.review_busy:
        await asyncio.sleep(0.002)  # the worker writes, the file is shown again (no busy wait)
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
        reviewer = screen.reviewer

        def reassign() -> None:
            quote = screen.current_quote
            assert quote is not None
            reviewer.write("reassign", quote, "vinet" if quote.speaker != "vinet" else "nikolic")

        keys: dict[str, Callable[[], object]] = {
            "a (accept)": screen.action_review_accept,
            "x (not a quote)": screen.action_review_unquote,
            "r (reassign)": reassign,
        }
        times: dict[tuple[str, str], list[float]] = {}
        for n in range(presses):
            for mode in MODES if n % 2 else reversed(MODES):
                set_mode(screen, mode)
                # Apart: the first action after a switch, like a session's first on a file, parses
                # the text it finds (later ones find the text it wrote, whose model it kept).
                times.setdefault((FIRST, mode), []).append(await press(app, pilot, screen, screen.action_review_accept))
                await press(app, pilot, screen, screen.action_review_undo)
                for key, action in keys.items():
                    times.setdefault((key, mode), []).append(await press(app, pilot, screen, action))
                    times.setdefault(("U (undo)", mode), []).append(
                        await press(app, pilot, screen, screen.action_review_undo)
                    )
        assert screen.briefing is not None and all(q.review for q in screen.briefing.quotes)
        print(f"{'key':<16} {'full':>8} {'kept':>8}  kept/full   (median ms CPU to the repaint; max kept)")
        for key in (*keys, "U (undo)", FIRST):
            full, kept = (statistics.median(times[key, mode]) for mode in MODES)
            print(f"{key:<16} {full:8.2f} {kept:8.2f}  {kept / full:9.2f}   ({max(times[key, 'kept']):.2f})")


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
