"""One browser tab's start-up under `briefing serve`: from opening the URL to the first quote on the page.

    python benchmarks/browser_start.py [--runs 5]

Starts `briefing serve` on the sample briefing, opens the page in headless
Chromium (Debian's, through Playwright) and takes a screenshot every few
milliseconds with its time. The page is a canvas, so the first screenshot that
shows the first quote is found afterwards by OCR (tesseract), searching back
from the last one. Requests that would leave the machine (a web font) are
refused at once, as in the browser test. Prints the median over --runs tabs.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "briefings" / "2015-11-05-belgrade-irregular-migration.md"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"]
QUOTE_AREA = {"x": 0, "y": 480, "width": 760, "height": 200}  # where the first quote is drawn at 1280x800


def shows_quote(png: bytes, folder: Path) -> bool:
    path = folder / "frame.png"
    path.write_bytes(png)
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    out = subprocess.run(["tesseract", str(path), "stdout"], capture_output=True, text=True, env=env).stdout
    return "regional platform" in " ".join(out.split())


def one_tab(page: Page, url: str, folder: Path) -> float:
    frames: list[tuple[float, bytes]] = []
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    while time.perf_counter() - start < 6.0:
        frames.append((time.perf_counter() - start, page.screenshot(clip=QUOTE_AREA)))
    if not shows_quote(frames[-1][1], folder):
        raise RuntimeError("the first quote never showed")
    low, high = 0, len(frames) - 1  # the first frame that shows it: frames only ever gain it
    while low < high:
        mid = (low + high) // 2
        if shows_quote(frames[mid][1], folder):
            high = mid
        else:
            low = mid + 1
    return frames[low][0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    briefing = str(Path(sys.executable).with_name("briefing"))
    command = [briefing, "serve", str(SAMPLE), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(2.0)
        times = []
        with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS, headless=True)
            for _ in range(args.runs):
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                page.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
                times.append(one_tab(page, f"http://127.0.0.1:{port}", Path(tmp)))
                page.close()
            browser.close()
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
    shown = ", ".join(f"{t:.2f}" for t in times)
    print(f"first quote on the page: median {statistics.median(times):.2f} s after opening the URL ({shown})")


if __name__ == "__main__":
    main()
