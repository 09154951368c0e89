"""End to end in a real browser: `briefing serve`, opened in headless Chromium, read by OCR.

textual-serve draws the terminal on a canvas, so the page has no text to query:
the test takes screenshots and reads them with tesseract. Chromium is Debian's
(Playwright is pointed at it; nothing is downloaded); requests that leave the
machine (the page asks for a web font) are refused at once.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SAMPLE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TESSERACT = shutil.which("tesseract")
try:
    from playwright.sync_api import Page, sync_playwright
except ImportError:  # pragma: no cover - the dev extra installs it
    sync_playwright = None  # type: ignore[assignment]
MISSING = [
    name
    for name, found in (("chromium", CHROMIUM), ("tesseract", TESSERACT), ("playwright", sync_playwright))
    if not found
]
if MISSING and os.environ.get("CI"):
    raise RuntimeError(f"the browser test needs {', '.join(MISSING)} in CI (.ci/run installs them)")
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"not installed: {', '.join(MISSING)}")

# As root in a container, Chromium needs --no-sandbox; the rest keep it off the (closed) network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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


# Parts of the 1280x800 page (x, y, width, height): OCR of a small part is quick.
TOP = (0, 0, 1280, 60)  # title, date line, status line
MIDDLE = (240, 150, 800, 500)  # where pickers open
TOASTS = (760, 560, 520, 240)  # notifications, bottom right
WHOLE = (0, 0, 1280, 800)
# Tesseract's threads spin on two cores (27 s a page here); one thread takes 3 s.
OCR_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


def read_page(page: Page, shot: Path, part: tuple[int, int, int, int]) -> str:
    x, y, width, height = part
    page.screenshot(path=str(shot), clip={"x": x, "y": y, "width": width, "height": height})
    command = [str(TESSERACT), str(shot), "stdout"]
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=OCR_ENV).stdout
    return " ".join(out.split())


def wait_for_text(page: Page, shot: Path, pattern: str, part: tuple[int, int, int, int], timeout: float = 60.0) -> str:
    deadline = time.monotonic() + timeout
    text = ""
    while time.monotonic() < deadline:
        text = read_page(page, shot, part)
        if re.search(pattern, text):
            return text
        time.sleep(0.3)
    raise AssertionError(f"{pattern!r} never appeared on the page; OCR read:\n{text}")


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
        opened = wait_for_text(page, shots / "1-open.png", r"As a regional platform", WHOLE)
        assert "Regional workshop in Belgrade" in opened
        page.mouse.click(640, 400)  # the terminal takes the keys once it has the focus
        page.keyboard.press("n")
        page.keyboard.press("n")
        wait_for_text(page, shots / "2-second-quote.png", r"quote 2/3", TOP)
        page.keyboard.press("t")
        wait_for_text(page, shots / "3-picker.png", r"Filter by theme", MIDDLE)
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
