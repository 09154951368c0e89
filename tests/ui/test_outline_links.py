"""The outline (`o`) and links (`u`): a section is one Enter away; links go to the system opener."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import screen_text
from tests.support.pilot import ready
from tui.app import BriefingApp
from tui.core.reading.outline import headings
from tui.core.system.opener import check_url, open_command
from tui.screens.pick import PickOne
from tui.widgets.text.document import DocumentView


def test_only_web_and_mail_links_are_opened_and_never_as_options() -> None:
    assert check_url("https://example.org/a?b=c") == ""
    assert check_url("mailto:press@example.org") == ""
    for bad in (
        "javascript:alert(1)",
        "file:///etc/passwd",
        "-o/tmp/x",
        "--help",
        "notes.md",
        "https://a b",
        "http://x\x1b[2J",
    ):
        assert check_url(bad), bad
    assert open_command("https://example.org", platform="linux", which=lambda n: f"/usr/bin/{n}") == (
        ["/usr/bin/xdg-open", "https://example.org"],
        "",
    )
    assert (
        open_command("https://example.org", platform="darwin", which=lambda n: f"/usr/bin/{n}")[0][0] == "/usr/bin/open"
    )
    assert open_command("https://example.org", platform="linux", which=lambda n: None)[0] == []


async def test_the_outline_goes_to_a_section(library_path: Path) -> None:
    app = BriefingApp([library_path / "2016-06-30-western-balkans-situation-report.md"])
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is not None
        items = headings(screen.briefing)
        assert len(items) >= 3
        await pilot.press("o")
        assert isinstance(app.screen, PickOne)
        assert items[-1].text in screen_text(app)
        await pilot.press("end", "enter")
        await pilot.pause()
        assert app.screen is screen
        doc = screen.query_one(DocumentView)
        assert doc.view_now().top <= items[-1].block <= doc.view_now().bottom
        assert items[-1].text in doc.visible_text()


@pytest.fixture
def opener_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake xdg-open first on PATH, writing its arguments to a file."""
    log = tmp_path / "opened.txt"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "xdg-open"
    fake.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > {log}\n')
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:{__import__('os').environ['PATH']}")
    monkeypatch.setattr("sys.platform", "linux")
    return log


async def wait_for(path: Path, pilot) -> str:  # type: ignore[no-untyped-def]
    for _ in range(50):
        if path.exists() and path.read_text():
            return path.read_text()
        await pilot.pause(0.05)
    return ""


async def test_links_on_screen_and_the_source_open_with_the_system_opener(
    sample_path: Path, tmp_path: Path, opener_log: Path
) -> None:
    path = tmp_path / "linked.md"
    text = sample_path.read_text(encoding="utf-8")
    text = text.replace("  kind: press release\n", "  kind: press release\n  url: https://example.org/release\n", 1)
    text = text.replace(
        "## Summary", "See [the report](https://example.org/report) and [a file](notes.md).\n\n## Summary", 1
    )
    path.write_text(text, encoding="utf-8")
    app = BriefingApp([path])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await ready(app, pilot)
        assert screen.briefing is not None and screen.briefing.source.url
        assert screen.briefing.source.url in screen_text(app)  # the header shows the source
        await pilot.press("u")
        assert isinstance(app.screen, PickOne)
        shown = screen_text(app)
        assert "https://example.org/report" in shown and screen.briefing.source.url in shown
        await pilot.press("enter")  # the first: the report
        assert (await wait_for(opener_log, pilot)).split() == ["https://example.org/report"]
        opener_log.unlink()
        await pilot.press("u", "down", "enter")  # a relative link is refused, and said
        await pilot.pause()
        assert "Cannot open notes.md" in screen_text(app)
        assert not opener_log.exists()
