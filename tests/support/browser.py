"""A real browser for the end-to-end tests: Debian's Chromium driven by Playwright, the page
read by tesseract (textual-serve draws the terminal on a canvas: there is no text to query)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

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
# The mark of a test module that needs them.
needs_browser = pytest.mark.skipif(bool(MISSING), reason=f"not installed: {', '.join(MISSING)}")

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


# Parts of the 1280x800 page (x, y, width, height): OCR of a small part is quick.
TOP = (0, 0, 1280, 60)  # title, date line, status line
HEAD = (0, 0, 1280, 140)  # those, and the first lines of the text and of the quotes (a page is read)
PICKER_TITLE = (320, 220, 640, 50)  # where a picker's title row is (pickers open centred)
TOASTS = (760, 560, 520, 240)  # notifications, bottom right
FOOTER = (0, 760, 1280, 40)  # the bottom row: the footer's keys
WHOLE = (0, 0, 1280, 800)
# Tesseract's threads spin on two cores (27 s a page here); one thread takes 3 s.
OCR_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


def ocr(shot: Path) -> str:
    command = [str(TESSERACT), str(shot), "stdout"]
    out = subprocess.run(command, capture_output=True, text=True, check=True, env=OCR_ENV).stdout
    return " ".join(out.split())


# A page that keeps changing is still read this often (seconds).
READ_ANYWAY = 2.0


def wait_for_text(page: Page, shot: Path, pattern: str, part: tuple[int, int, int, int], timeout: float = 60.0) -> str:
    """The OCR text of that part of the page once it matches `pattern`. An image is read once
    it is settled, the same in two screenshots in a row (the frame before a key's redraw is
    not worth an OCR of about a second), and a settled image is not read again."""
    x, y, width, height = part
    deadline = time.monotonic() + timeout
    text, seen, last, since = "", b"", b"", time.monotonic()
    while time.monotonic() < deadline:
        image = page.screenshot(path=str(shot), clip={"x": x, "y": y, "width": width, "height": height})
        if image != seen and (image == last or time.monotonic() - since > READ_ANYWAY):
            text, seen, since = ocr(shot), image, time.monotonic()
            if re.search(pattern, text):
                return text
        last = image
        time.sleep(0.3)
    raise AssertionError(f"{pattern!r} never appeared on the page; OCR read:\n{text}")
