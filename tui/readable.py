"""Theme colours that keep the reader's text readable: a WCAG contrast of 4.5:1 at least.

Some of Textual's themes put their own foreground, accent or footer keys below
4.5:1 on their own surfaces (solarized-light's text, textual-light's orange
accent), and dim text (dates, roles) loses a third of its contrast. For each
theme the app adds variables and corrects the footer's: the theme's colour
where it is readable, else that colour moved toward black or white just enough.
Text: ``$reader-text``, ``$reader-muted``, ``$reader-accent``; backgrounds under
dim text: ``$reader-panel``, ``$reader-boost``, ``$reader-cursor`` (the list
cursor), ``$reader-cursor-focus`` with ``$reader-cursor-text`` (focused: a solid
bar, as Textual's own lists). The styles (styles/*.tcss) use them.
"""

from __future__ import annotations

from textual.color import Color
from textual.constants import DIM_FACTOR

MINIMUM = 4.5
# The backgrounds the styles put under text, as alphas of $accent over $surface: the list
# cursor (not focused; made lighter where dim text needs it) and the current quote (app.tcss).
CURSOR_ALPHA = 0.15
CURRENT_ALPHA = 0.20
# Search matches and an organization's mentions: $success 50% and $warning 40% over $surface,
# darker or lighter where the text needs it ($reader-match, $reader-mention).
HIGHLIGHTS = (("reader-match", "success", 0.50), ("reader-mention", "warning", 0.40))
BLACK, WHITE = Color(0, 0, 0), Color(255, 255, 255)


def luminance(color: Color) -> float:
    """WCAG relative luminance."""

    def channel(value: int) -> float:
        s = value / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(a: Color, b: Color) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dimmed(color: Color, background: Color) -> Color:
    """Text styled dim, as Textual paints it (blended toward its background)."""
    return background.blend(color, DIM_FACTOR)


def nudged(color: Color, backgrounds: list[tuple[Color, bool]], minimum: float = MINIMUM) -> Color:
    """``color``, or it moved toward black or white until it reaches ``minimum`` on every
    background (``True`` with a background: text on it may be dim, and must be readable so)."""

    def worst(c: Color) -> float:
        return min(contrast(dimmed(c, bg) if dim else c, bg) for bg, dim in backgrounds)

    target = WHITE if worst(WHITE) >= worst(BLACK) else BLACK
    for step in range(21):
        candidate = color.blend(target, step / 20)
        if worst(candidate) >= minimum:
            return candidate
    return target


def away(
    background: Color, text: Color, minimum: float = MINIMUM, dim: bool = True, also: tuple[Color, ...] = ()
) -> Color:
    """``background``, or it moved away from ``text`` until ``text`` (dim, with ``dim``) and the
    colours ``also`` reach ``minimum`` on it."""
    target = BLACK if luminance(text) > luminance(background) else WHITE
    for step in range(21):
        candidate = background.blend(target, step / 20)
        shown = [dimmed(text, candidate) if dim else text, *also]
        if min(contrast(c, candidate) for c in shown) >= minimum:
            return candidate
    return target


def solid(accent: Color, minimum: float = MINIMUM) -> tuple[Color, Color]:
    """A solid bar of ``accent`` (toward black or white as needed) and the text for it, dim included."""
    text = BLACK if luminance(accent) > 0.18 else WHITE
    return away(accent, text, minimum), text


def readable(variables: dict[str, str]) -> dict[str, str]:
    """The reader's text variables for a theme's variables, and its footer's colours corrected."""
    background = Color.parse(variables["background"])
    if background.ansi is not None:  # the terminal's own colours: nothing to compute
        return {
            "reader-text": variables["foreground"],
            "reader-muted": variables["text-muted"],
            "reader-accent": variables["accent"],
            "reader-panel": variables["panel"],
            "reader-boost": variables["boost"],
            "reader-cursor": variables["block-cursor-blurred-background"],
            "reader-cursor-focus": variables["block-cursor-background"],
            "reader-cursor-text": variables["block-cursor-foreground"],
            "reader-match": variables["success"],
            "reader-mention": variables["warning"],
        }

    def color(name: str, under: Color = background) -> Color:
        return under + Color.parse(variables[name])  # translucent colours over what is under them

    surface, accent = color("surface"), color("accent")
    panel, boost = away(color("panel"), color("foreground")), away(color("boost"), color("foreground"))
    plain = [background, surface, panel, boost]
    current = surface.blend(accent, CURRENT_ALPHA)
    text = nudged(color("foreground"), [(bg, True) for bg in plain] + [(current, False)])
    muted = nudged(surface.blend(text, 0.7), [(bg, False) for bg in (*plain, current)])
    strong = nudged(accent, [(bg, False) for bg in (*plain, current)])
    bar, bar_text = solid(accent)
    footer = color("footer-background")
    out = {
        "reader-text": text.hex,
        "reader-muted": muted.hex,
        "reader-accent": strong.hex,
        "reader-panel": away(panel, text).hex,
        "reader-boost": away(boost, text).hex,
        "reader-cursor": away(surface.blend(accent, CURSOR_ALPHA), text).hex,
        "reader-cursor-focus": bar.hex,
        "reader-cursor-text": bar_text.hex,
    }
    for variable, name, alpha in HIGHLIGHTS:
        # Headings are matched too: the accent must stay readable on it.
        out[variable] = away(surface.blend(color(name), alpha), text, dim=False, also=(strong,)).hex
    for name, under in (
        ("footer-key-foreground", color("footer-key-background", footer)),
        ("footer-description-foreground", color("footer-description-background", footer)),
        ("footer-foreground", footer),
    ):
        out[name] = nudged(color(name, under), [(under, False)]).hex
    return out
