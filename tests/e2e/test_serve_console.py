"""`briefing serve` as its user sees it: one line on the console, and a footer from the start.

The console test runs the installed command on a free loopback port and reads its output.
The footer is checked in a Pilot app blurred as Textual's web driver starts it, and, when
Chromium and tesseract are there, in a real browser before any click.
"""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from textual import events
from textual.widgets._footer import FooterKey

from tests.support.pilot import SIZE, ready, settled
from tests.unit.test_serve_guard import free_port
from tui.app import BriefingApp
from tui.screens.library import LibraryScreen
from tui.widgets.footer import ReaderFooter

WAIT = 30.0  # bound of each poll (never a timing assertion)
BRIEFING = Path(sys.executable).with_name("briefing")


def wait_listening(port: int, server: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server stopped"
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("the server never listened")


def test_the_console_shows_one_line_and_not_the_internal_command(tmp_path: Path, sample_path: Path) -> None:
    served = tmp_path / "served.md"
    served.write_bytes(sample_path.read_bytes())
    port = free_port()
    server = subprocess.Popen(
        [str(BRIEFING), "serve", str(served), "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        wait_listening(port, server)
        # A page and a missing file: neither adds a line (no access log).
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as page:
            assert page.status == 200
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/static/nothing-here")
    finally:
        server.send_signal(signal.SIGINT)  # Ctrl+C
        out, err = server.communicate(timeout=WAIT)
    stdout, stderr = out.decode(), err.decode()
    assert stdout.splitlines() == [f"briefing serve: http://127.0.0.1:{port} (Ctrl+C stops)"], stdout
    assert stderr == ""
    for internal in ("exec ", "--in-browser", str(served), "Serving", "GET /"):
        assert internal not in stdout + stderr
    assert server.returncode == 0


async def test_a_footer_composed_while_the_app_is_blurred_shows_its_keys(library_path: Path) -> None:
    # Textual's web driver starts the app blurred: nothing has the focus until the first click.
    app = BriefingApp([library_path], in_browser=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(app, pilot)
        app.post_message(events.AppBlur())
        await pilot.pause()
        assert not app.app_focus
        await app.run_action("screen.library")  # not a key: a key would give the app its focus
        await settled(app, pilot)
        assert isinstance(app.screen, LibraryScreen)
        footer = app.screen.query_one(ReaderFooter)
        shown = [key for key in footer.query(FooterKey) if key.display]
        assert len(shown) >= 3, "the footer is empty until the app has the focus"
        assert "Quit" in str(shown[0].render())
        assert not app.app_focus


def test_the_served_footer_shows_keys_before_any_click(tmp_path: Path, sample_path: Path) -> None:
    from tests.e2e import test_browser as browser

    if browser.MISSING:
        pytest.skip(f"not installed: {', '.join(browser.MISSING)}")
    served = tmp_path / "served.md"
    served.write_bytes(sample_path.read_bytes())
    port = free_port()
    server = subprocess.Popen(
        [str(BRIEFING), "serve", str(served), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_listening(port, server)
        with browser.sync_playwright() as p:
            chromium = p.chromium.launch(executable_path=browser.CHROMIUM, args=browser.CHROMIUM_ARGS, headless=True)
            page = chromium.new_page(viewport={"width": 1280, "height": 800})
            page.route(re.compile(r"^https?://(?!127\.0\.0\.1)"), lambda route: route.abort())
            page.goto(f"http://127.0.0.1:{port}")
            browser.wait_for_text(page, tmp_path / "open.png", r"As a regional platform", browser.WHOLE)
            # The bottom row of the page, with no click yet.
            footer = browser.wait_for_text(page, tmp_path / "footer.png", r"Quit", (0, 760, 1280, 40), timeout=20)
            assert "Help" in footer
            chromium.close()
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=WAIT)
