"""A reader of a shared library adds up what writers say they did (their NOTIFY payloads), and a
payload is anyone's to send: a malformed or huge one counts as one change, never more than a
bound, and never raises."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import psycopg

from tests.conftest import CORE_SAMPLES
from tests.support.postgres import create_database, postgres_server  # noqa: F401 (a fixture)
from tui.core.library.postgres.reader import MOST_COUNTED
from tui.core.library.postgres.schema import CHANNEL
from tui.core.library.postgres.store import PostgresIndex


def test_notifications_are_added_up_and_bounded(postgres_server: str, tmp_path: Path) -> None:  # noqa: F811
    url = create_database(postgres_server)
    folder = tmp_path / "lib"
    folder.mkdir()
    shutil.copy(CORE_SAMPLES[0], folder / "a.md")
    writer = PostgresIndex(url, create=True)
    reader = PostgresIndex(url, listen=True)
    try:
        assert reader.refresh().parsed == 0  # the first load: listening from now on
        writer.update([folder])  # a real writer's commit: "1 0"
        with psycopg.connect(url, autocommit=True) as conn:
            for payload in ("x" * 5000, "3 1", "-5 99999999999999", "two words", ""):
                conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))
        deadline, heard = time.monotonic() + 30, False
        while not heard and time.monotonic() < deadline:
            heard = reader.changed()
            time.sleep(0.05)
        time.sleep(0.2)
        reader.changed()  # anything still on its way
        report = reader.refresh()
        # 1 (the writer) + 1 (too long) + 3 + 0 (negative) + 1 (not numbers) + 1 (empty)
        assert report.parsed == 7
        assert report.removed == 1 + MOST_COUNTED
        assert reader.refresh().parsed == 0  # taken once
        assert reader.count() == 1 and not reader.lost
    finally:
        reader.close()
        writer.close()
