"""Make docs/images/reader.svg: the reader on the sample briefing, 120x40, at its first quote.

    .venv/bin/python benchmarks/screenshot.py [--out docs/images/reader.svg]

Uses Textual's own screenshot (``App.export_screenshot``), headless, with a fresh cache,
state and config, so that the picture does not depend on the machine that makes it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "briefings" / "2015-11-05-belgrade-irregular-migration.md"
SIZE = (120, 40)


async def shoot(out: Path) -> None:
    from tui.app import BriefingApp

    app = BriefingApp([SAMPLE])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("n")  # the first quote, with its speaker and themes highlighted
        await app.workers.wait_for_complete()
        await pilot.pause()
        svg = app.export_screenshot(title="briefing")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(svg, encoding="utf-8")
    print(f"wrote {out} ({len(svg) // 1024} KB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "images" / "reader.svg")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BRIEFING_CACHE_DIR"] = str(Path(tmp) / "cache")
        os.environ["BRIEFING_STATE_DIR"] = str(Path(tmp) / "state")
        os.environ["BRIEFING_CONFIG"] = str(Path(tmp) / "config.toml")
        asyncio.run(shoot(args.out))


if __name__ == "__main__":
    main()
