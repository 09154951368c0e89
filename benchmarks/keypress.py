"""CPU per key press: from the key's action to the repaint (``call_after_refresh``).

    python benchmarks/keypress.py [--presses 100]

Runs the reader headless (``run_test``, 120x40) on a generated briefing of
about 300 lines with 50 quotes, and reports the median process CPU time of
`n` (next quote) and of toggling a theme, each over many presses. Pilot's own
`press` + `pause` overhead (60-100 ms) is not in these figures.
"""

from __future__ import annotations

import argparse
import asyncio
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


async def measure(
    app: BriefingApp, pilot: Any, action: Callable[[], object], presses: int, settle: bool = True
) -> list[float]:
    """CPU ms per press. ``settle``: also wait until every message the action posted
    has been handled (Pilot.pause) before the repaint: an upper bound, which may
    count an extra frame; without it, the handler and the next repaint only."""
    times = []
    loop = asyncio.get_running_loop()
    for _ in range(presses):
        done: asyncio.Future[float] = loop.create_future()
        start = time.process_time()
        action()
        if settle:
            await pilot.pause()
        app.call_after_refresh(lambda done=done: done.set_result(time.process_time()))
        end = await done
        times.append((end - start) * 1000)
        await pilot.pause()  # let anything left over finish outside the measurement
    return times


async def run(path: Path, presses: int) -> None:
    app = BriefingApp([path])
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.briefing is not None
        lines = path.read_text(encoding="utf-8").count("\n")
        print(f"briefing: {lines} lines, {len(screen.briefing.quotes)} quotes, terminal 120x40, {presses} presses each")
        cases: dict[str, Callable[[], object]] = {
            "n (next quote)": screen.action_next,
            "toggle theme": lambda: screen.toggle_theme("cross-border"),
            "j in quote list": lambda: screen.query_one("#quotes").action_cursor(1),  # type: ignore[attr-defined]
        }
        for name, action in cases.items():
            direct = await measure(app, pilot, action, presses, settle=False)
            settled = await measure(app, pilot, action, presses, settle=True)
            print(
                f"{name:<18} median {statistics.median(direct):6.2f} ms CPU to the next repaint; "
                f"{statistics.median(settled):6.2f} ms with every posted message handled first"
            )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--presses", type=int, default=100)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.md"
        path.write_text(compact(50), encoding="utf-8")
        asyncio.run(run(path, args.presses))


if __name__ == "__main__":
    main()
