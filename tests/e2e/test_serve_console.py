"""`briefing serve` as its user sees it: one line on the console, and a footer from the start.

The console test runs the installed command on a free loopback port and reads its output.
The footer is checked in a real browser before any click within the browser test's one
page (tests/e2e/test_browser.py), and in a Pilot app blurred as the web driver starts it
(tests/ui/test_serve_footer.py).
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.support.net import free_port

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
