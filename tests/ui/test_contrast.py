"""Every colour theme Textual ships keeps the reader's text readable: a WCAG contrast of 4.5:1 at least.

The app runs once; with each pane focused in turn it switches through the built-in themes
and reads the colours of what the text-bearing widgets paint (their rendered lines, borders and titles
included): the current quote and its attribution, the panes, the status, the
footer, the list cursor rows, focused and not.
"""

from __future__ import annotations

from pathlib import Path

from rich.color import Color
from rich.segment import Segment
from textual.color import Color as TextualColor
from textual.geometry import Region
from textual.theme import BUILTIN_THEMES
from textual.widget import Widget

from tests.support.pilot import ready
from tui.app import BriefingApp

# The ANSI themes have no colours of their own: the terminal's palette decides them.
THEMES = sorted(
    name for name, theme in BUILTIN_THEMES.items() if TextualColor.parse(theme.background or "#000").ansi is None
)
# The panes and lines whose painted text is checked, borders and titles with them.
PANES = (
    "#header",
    "#status",
    "#briefings",
    "#document",
    "#quotes",
    "#orgs-pane",
    "#themes",
    "ReaderFooter",
    "FooterKey",
)
# Colours do not depend on the size: the smallest terminal with every pane beside the text paints least.
SIZE = (100, 24)
MINIMUM = 4.5
# Bars and separators drawn with block elements (the quote bar, the footer's "▏") are graphics,
# not text: WCAG asks 3:1 of them. Borders and their titles are held to 4.5:1 with the text.
GRAPHICS = 3.0


def minimum(text: str) -> float:
    return GRAPHICS if all("\u2580" <= c <= "\u259f" for c in text) else MINIMUM


def luminance(color: Color) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = color.get_truecolor()
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(fg: Color, bg: Color) -> float:
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def test_contrast_formula() -> None:
    assert round(contrast(Color.parse("#000000"), Color.parse("#ffffff")), 1) == 21.0
    assert round(contrast(Color.parse("#ffffff"), Color.parse("#ffffff")), 1) == 1.0
    assert 4.4 < contrast(Color.parse("#767676"), Color.parse("#ffffff")) < 4.6


def painted(widget: Widget) -> list[Segment]:
    """The segments the widget paints (its border and title too), as the screen shows them."""
    width, height = widget.outer_size
    return [seg for strip in widget.render_lines(Region(0, 0, width, height)) for seg in strip]


def poor(app: BriefingApp, theme: str, where: str, panes: tuple[str, ...] = PANES) -> list[str]:
    found = []
    for selector in panes:
        for widget in app.screen.query(selector):
            if not widget.display or not widget.region.area:
                continue
            for seg in painted(widget):
                style = seg.style
                if not seg.text.strip() or style is None or style.color is None or style.bgcolor is None:
                    continue
                ratio = contrast(style.color, style.bgcolor)
                if ratio < minimum(seg.text.strip()):
                    text, colours = seg.text.strip()[:30], f"{style.color.name} on {style.bgcolor.name}"
                    found.append(f"{theme} ({where}) {selector}: {text!r} {colours}: {ratio:.2f}")
    return found


async def test_every_builtin_theme_keeps_the_text_readable(library_path: Path) -> None:
    app = BriefingApp([library_path])
    async with app.run_test(size=SIZE) as pilot:
        screen = await ready(app, pilot)
        # A search's matches highlighted in the text, then a current quote with its attribution
        # (`]`: n steps through the matches while searching), all checked in one pass.
        await pilot.press("slash", *"border", "enter")
        await pilot.pause()
        assert "search “border”" in str(screen.query_one("#status").render())
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.quote_id
        document = screen.query_one("#document")
        matches = [seg for seg in painted(document) if seg.text.strip().lower() == "border"]
        assert matches, "no highlighted match in view"
        hidden = [p for p in PANES if not any(w.display and w.region.area for w in app.screen.query(p))]
        assert not hidden, hidden  # every pane checked is on screen at this size
        failures: list[str] = []
        themes = list(THEMES)
        for pane in ("#document", "#quotes", "#briefings"):
            # Each pane focused under each theme. A focus move rebuilds the footer's keys (about
            # twice a theme change's work): one per pane, the themes in turn one way then back.
            screen.query_one(pane).focus()
            for theme in themes:
                app.theme = theme
                await pilot.pause()
                failures += poor(app, theme, f"{pane} focused")
            themes.reverse()
        assert not failures, "\n".join(dict.fromkeys(failures))
