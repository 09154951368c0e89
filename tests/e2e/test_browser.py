"""End to end in a real browser: `briefing serve`, opened in headless Chromium, read by OCR.

textual-serve draws the terminal on a canvas, so the page has no text to query:
the test takes screenshots and reads them with tesseract. Chromium is Debian's
(Playwright is pointed at it; nothing is downloaded); requests that leave the
machine (the page asks for a web font) are refused at once.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from tests.support.browser import (
    CHROMIUM,
    CHROMIUM_ARGS,
    FOOTER,
    HEAD,
    PICKER_TITLE,
    TOASTS,
    TOP,
    needs_browser,
    sync_playwright,
    wait_for_text,
)
from tests.support.net import free_port

pytestmark = needs_browser


def children_running(marker: str) -> list[int]:
    """Processes whose command line holds ``marker`` (the served file's unique path)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker in (entry / "cmdline").read_bytes().decode(errors="replace"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path, subprocess.Popen[bytes]]]:
    path = tmp_path / "served-briefing.md"
    path.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    port = free_port()
    command = [str(Path(sys.executable).with_name("briefing")), "serve", str(path), "--port", str(port)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}", path, server
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)


def test_the_reader_in_a_browser(served: tuple[str, Path, subprocess.Popen[bytes]], tmp_path: Path) -> None:
    url, path, server = served
    shots = Path(os.environ.get("BRIEFING_SCREENSHOTS", tmp_path / "screenshots"))
    shots.mkdir(parents=True, exist_ok=True)
    print(f"\nbrowser screenshots: {shots}")
    assert sync_playwright is not None
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
        page.goto(url)
        # textual-serve 1.1 shows the name on its page (it sets no <title>).
        assert f"briefing: {path.name}" in page.content()
        # The title, and the first quote, on the page.
        opened = wait_for_text(page, shots / "1-open.png", r"As a regional platform", HEAD)
        assert "Regional workshop in Belgrade" in opened
        # The footer shows its keys from the start, before any click gives the terminal the focus.
        footer = wait_for_text(page, shots / "1-footer.png", r"Quit", FOOTER, timeout=20)
        assert "Help" in footer
        page.mouse.click(640, 400)  # the terminal takes the keys once it has the focus
        page.keyboard.press("n")
        page.keyboard.press("n")
        wait_for_text(page, shots / "2-second-quote.png", r"quote 2/3", TOP)
        page.keyboard.press("t")
        wait_for_text(page, shots / "3-picker.png", r"Filter by theme", PICKER_TITLE)
        page.keyboard.type("crimi")
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")
        text = wait_for_text(page, shots / "4-filtered.png", r"filter: Criminal", TOP)
        assert "1 of 1 in the filter" in text, text  # the count of quotes that pass the filter
        page.screenshot(path=str(shots / "reader-1280x800.png"))
        page.keyboard.press("e")
        wait_for_text(page, shots / "5-edit.png", r"not available in the browser", TOASTS)
        browser.close()
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=10)
    deadline = time.monotonic() + 10
    while children_running(str(path)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert children_running(str(path)) == []  # no reader left behind
