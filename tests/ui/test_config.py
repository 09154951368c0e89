"""config.toml: keys, colours and screenshots; every problem said with its line."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import ROOT, screen_text
from tests.support.pilot import ready
from tui.app import BriefingApp, key_homes, keys_markdown
from tui.core.config import read_config, save_value
from tui.keys import all_keys

CONFIG = """\
# my settings
libary = "~/briefings"
theme = "textual-light"
screenshots = 5

[keymap]
"reader.next" = "x"
"reader.nxt" = "z"
"reader.previous" = 7
"""


def config_file() -> Path:
    path = Path(os.environ["BRIEFING_CONFIG"])
    path.write_text(CONFIG, encoding="utf-8")
    return path


def test_unknown_keys_and_bad_values_are_reported_with_their_line() -> None:
    path = config_file()
    config = read_config()
    assert config.theme == "textual-light" and config.keymap == {"reader.next": "x", "reader.nxt": "z"}
    assert f"{path}:2: unknown key 'libary' (did you mean 'library'?)" in config.problems
    assert f"{path}:4: 'screenshots' must be text in quotes, not 5" in config.problems
    assert any(p.startswith(f"{path}:9: keys for 'reader.previous'") for p in config.problems)
    assert config.broken == ""  # none of this stops the reader


def test_saving_the_theme_keeps_every_other_line(tmp_path: Path) -> None:
    path = config_file()
    save_value(path, "theme", "nord")
    text = path.read_text(encoding="utf-8")
    assert 'theme = "nord"' in text and text.count("theme =") == 1
    assert text.replace('theme = "nord"', 'theme = "textual-light"') == CONFIG
    fresh = tmp_path / "new" / "config.toml"
    save_value(fresh, "theme", 'odd "name"')
    assert read_config(fresh).theme == 'odd "name"'


async def test_the_keymap_and_theme_apply_and_problems_are_said(sample_path: Path) -> None:
    path = config_file()
    app = BriefingApp([sample_path])
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        screen = await ready(app, pilot)
        assert app.theme == "textual-light"
        await pilot.press("x")  # rebound: next quote
        assert screen.quote_id == "sahovic-platform"
        await pilot.pause()
        shown = screen_text(app)  # (toasts wrap: their lines are interleaved with the panes')
        assert "reader.nxt" in shown and "libary" in shown
        from tui.settings import apply_config

        said = apply_config(app, read_config(), all_keys(key_homes()))
        assert f"{path}:8: unknown binding id 'reader.nxt' (did you mean 'reader.next'?)" in said
        app.theme = "nord"  # as the palette's "Colour theme" does
        await pilot.pause()
        assert read_config(path).theme == "nord"
        titles = [c.title for c in app.get_system_commands(screen)]
        assert "Colour theme" in titles and "Theme" not in titles


async def test_screenshots_go_to_a_folder_that_is_made(sample_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "shots" / "new"
    Path(os.environ["BRIEFING_CONFIG"]).write_text(f'screenshots = "{folder}"\n', encoding="utf-8")
    app = BriefingApp([sample_path])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        app.deliver_screenshot("shot.svg")
        await pilot.pause(0.2)
        assert (folder / "shot.svg").is_file()


def test_the_keys_document_is_generated_from_the_bindings() -> None:
    assert (ROOT / "docs" / "keys.md").read_text(encoding="utf-8") == keys_markdown(), (
        "docs/keys.md is stale: python -m tui.app > docs/keys.md"
    )


async def test_an_unknown_colour_theme_is_said_with_its_line(sample_path: Path) -> None:
    path = Path(os.environ["BRIEFING_CONFIG"])
    path.write_text('# colours\n\ntheme = "textual-lihgt"\n', encoding="utf-8")
    app = BriefingApp([sample_path])
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(app, pilot)
        from tui.settings import apply_config

        said = apply_config(app, read_config(), all_keys(key_homes()))
        assert said == [f"{path}:3: unknown colour theme 'textual-lihgt' (did you mean 'textual-light'?)"]
        assert app.theme != "textual-lihgt"
