"""The Textual application: thin on purpose; the reader screen does the work."""

from __future__ import annotations

import gc
import importlib
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, ClassVar

from platformdirs import user_downloads_path
from textual import constants
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.dom import DOMNode
from textual.notifications import SeverityLevel
from textual.reactive import Initialize, Reactive
from textual.screen import Screen

from tui.core.config import read_config, save_value
from tui.core.files.resources import styles_dir
from tui.readable import readable
from tui.reader.host import ReaderContext
from tui.reader.screen import ReaderScreen

if TYPE_CHECKING:
    from tui.keys import Key

# Screens first shown on a key (`L`, `?`, `/` across the library, the theme picker) import
# modules of their own, tens of milliseconds each (the help's Markdown widget 70 ms, the
# library screen 15 to 65): imported in a thread once the reader is up, the first press
# does not wait for them. Not at start: the first frame comes first, and on a cold start
# the first briefing too (BriefingApp.warm_up).
WARM_AFTER = 0.5
WARM_MODULES = ("tui.screens.library", "tui.screens.help", "tui.screens.library_search", "tui.screens.theme_picker")


class BriefingApp(App[int]):
    TITLE = "briefing"
    # The library screen's styles load with the app's: loaded at its first push instead, they
    # made Textual restyle every widget of the reader then (a third of the time `L` took).
    CSS_PATH: ClassVar[list[str | PurePath]] = [str(styles_dir() / "app.tcss"), str(styles_dir() / "library.tcss")]
    COMMANDS = App.COMMANDS | {lambda: _commands()}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "toggle_help", "Help", id="app.help"),
    ]

    def first_theme(self) -> str:
        """The config's colour theme if the app has it (else Textual's default; apply_config says why)."""
        name = self.config.theme
        return name if name and name in self.available_themes else constants.DEFAULT_THEME

    # The config's colour theme is the app's theme from the start: set once the app ran, it made
    # Textual parse every style sheet a second time before the first frame.
    theme: Reactive[str] = Reactive(Initialize(first_theme))

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables, with text colours readable in every theme (tui/readable.py)."""
        variables = super().get_css_variables()
        return {**variables, **readable(variables)}

    def __init__(
        self,
        paths: Sequence[Path],
        themes: Sequence[str] = (),
        quote: str | None = None,
        gc_paused: bool = False,
        in_browser: bool = False,
        stdin_copy: Path | None = None,
        db: str | None = None,
    ) -> None:
        self.config = read_config()  # before Textual's init, which reads the theme (first_theme)
        super().__init__()
        self.db = db  # `--db URL`: the shared library to read
        self.config_loaded = False  # the config's theme is applied before later changes are saved
        self.in_browser = in_browser  # served by `briefing serve`: no editor, links open in a new tab
        self.stdin_copy = stdin_copy  # `briefing -`: the temporary file that holds what was piped in
        self.paths = list(paths)
        self.start_themes = list(themes)
        self.start_quote = quote
        self.gc_paused = gc_paused
        self.config_problems: list[str] = []

    def on_mount(self) -> None:
        if self.gc_paused:
            self.call_after_refresh(self.resume_gc)
        self.apply_config()
        self.set_timer(WARM_AFTER, self.warm_up)
        if not self.is_headless and not self.in_browser:  # the browser's driver has its own
            self.handle_hang_up()

    def handle_hang_up(self) -> None:
        """A closed terminal (SIGHUP) or a `kill` (SIGTERM) saves the place before quitting, as `q` does."""
        import asyncio
        import contextlib
        import signal

        loop = asyncio.get_running_loop()
        for sig in (getattr(signal, "SIGHUP", None), signal.SIGTERM):
            # Not on every platform (Windows): there, the default stays.
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                if sig is not None:
                    loop.add_signal_handler(sig, self.hung_up)

    def hung_up(self) -> None:
        import os
        import threading

        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.closing()
                screen.places.save()  # now: the terminal is gone, and quitting may not get far
        # Quitting writes to a terminal that may be gone: if that blocks, end anyway.
        fallback = threading.Timer(3.0, os._exit, (1,))
        fallback.daemon = True
        fallback.start()
        self.exit(1)

    def warm_up(self) -> None:
        screen = self.screen_stack[-1] if self.screen_stack else None  # none while the app closes
        if isinstance(screen, ReaderScreen) and screen.briefing is None and screen.library_loading:
            # A cold start still reading its first briefing: that comes first (imports hold the GIL).
            self.set_timer(WARM_AFTER, self.warm_up)
            return
        self.run_worker(self.import_screens, thread=True, group="warm-up", name="warm-up")

    def import_screens(self) -> None:
        """In a thread: the modules of the screens shown on a key (see WARM_MODULES)."""
        for name in WARM_MODULES:
            try:
                importlib.import_module(name)
            except Exception as exc:  # a broken install: said now, and again when the key is pressed
                self.call_from_thread(self.notify, f"Could not load {name}: {exc}", severity="error")

    def apply_config(self) -> None:
        """The config file's colour theme and keys; each problem is said (see tui/settings.py)."""
        from tui.settings import apply_config

        keys: list[Key] = []  # every binding with an id: only for a keymap (it imports every screen)
        if self.config.keymap:
            from tui.keys import all_keys

            keys = all_keys(key_homes())
        self.config_problems = apply_config(self, self.config, keys)  # also listed by `?`
        for problem in self.config_problems:
            self.notify(problem, title="config.toml", severity="warning", timeout=30)
        self.config_loaded = True

    def watch_theme(self, theme: str) -> None:
        """A colour theme chosen in the palette is kept for next time (the `theme` key)."""
        if self.config_loaded and self.config.path is not None and theme != self.config.theme:
            try:
                save_value(self.config.path, "theme", theme)
            except OSError as exc:
                self.notify(f"Could not save the colour theme: {exc.strerror or exc}", severity="warning")

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        # "Theme" would sit next to "Filter by theme: …" in the palette: this one is the colours.
        for command in super().get_system_commands(screen):
            if command.title == "Theme":
                command = command._replace(title="Colour theme", help="Change the colours of the reader")
            yield command

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """Screenshots go to the `screenshots` folder of the config, else Downloads, made if missing."""
        folder = Path(path or self.config.screenshots or user_downloads_path()).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self.notify(f"Cannot save a screenshot in {folder}: {exc.strerror or exc}", severity="error")
            return None
        return super().deliver_screenshot(filename, str(folder), time_format)

    def resume_gc(self) -> None:
        """Turn the garbage collector back on after the first frame (see ``tui/cli/read.py``).

        Everything alive now (Textual, the widgets, the open briefing) lives as
        long as the app: frozen, later collections no longer walk it, which also
        keeps their pauses short while keys are pressed.
        """
        self.gc_paused = False
        gc.freeze()
        gc.enable()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification is plain text: its message often holds file names, titles or speakers,
        and a bracket in one must be shown as it is, never read as markup (or as a clickable action)."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    def action_help_quit(self) -> None:
        """Ctrl+C does not quit (it copies in a text field): say which key does, as plain text."""
        quits = [a.binding for a in self.screen.active_bindings.values() if a.binding.action in ("quit", "app.quit")]
        quits.sort(key=lambda binding: binding.id != "app.quit")  # ours (q, or the keymap's) first
        key = self.get_key_display(quits[0]) if quits else "q"
        self.notify(f"Press {key} to quit", title="Ctrl+C does not quit")

    def search_themes(self) -> None:
        """The palette's colour themes, named so apart from the briefings' topic themes."""
        from textual.command import CommandPalette
        from textual.theme import ThemeProvider

        self.push_screen(CommandPalette(providers=[ThemeProvider], placeholder="Search colour themes…"))

    async def action_quit(self) -> None:
        if isinstance(self.screen, ReaderScreen):
            self.screen.closing()
        self.exit()

    def get_default_screen(self) -> Screen[None]:
        where = ReaderContext(in_browser=self.in_browser, stdin_copy=self.stdin_copy, db=self.db)
        return ReaderScreen(self.paths, self.start_themes, self.start_quote, where)

    def action_toggle_help(self) -> None:
        """The keys active here (from the bindings, with their ids) and the focused pane's HELP."""
        from tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
            return
        from tui.screens.help import help_rows

        rows = help_rows(self.screen.active_bindings.values(), self.get_key_display)
        # Every widget and screen has HELP (Textual's DOMNode: None unless a class sets it).
        focused = self.screen.focused
        notes = (focused.HELP if focused is not None else None) or self.screen.HELP or ""
        self.push_screen(HelpScreen(rows, notes, self.config_problems))


def _commands() -> type[Provider]:
    # Imported when the palette first opens, not at start-up.
    from tui.reader.palette import BriefingCommands

    return BriefingCommands


def key_homes() -> list[tuple[str, type[DOMNode]]]:
    """The classes that declare the reader's bindings, and where each is active (for keys.py)."""
    from tui.screens.help import HelpScreen
    from tui.screens.library import LibraryScreen
    from tui.screens.library_search import LibrarySearch
    from tui.screens.pick import PickOne
    from tui.screens.review import NewSpeakerForm, ReassignPicker
    from tui.screens.theme_picker import ThemePicker
    from tui.widgets.lists.panes import BriefingList, OrganizationList, QuoteList, ThemeList
    from tui.widgets.lists.rowlist import RowList
    from tui.widgets.text.document import DocumentView

    return [
        ("everywhere", BriefingApp),
        ("reader", ReaderScreen),
        ("text pane", DocumentView),
        ("lists", RowList),
        ("quotes pane", QuoteList),
        ("organizations pane", OrganizationList),
        ("themes pane", ThemeList),
        ("briefing list", BriefingList),
        ("library (L)", LibraryScreen),
        ("library search", LibrarySearch),
        ("theme picker (t)", ThemePicker),
        ("lists to pick from", PickOne),
        ("reassign a quote (r)", ReassignPicker),
        ("new speaker (r)", NewSpeakerForm),
        ("keys (?)", HelpScreen),
    ]


def keys_markdown() -> str:
    """docs/keys.md: every binding with an id (``python -m tui.app > docs/keys.md``)."""
    from tui.keys import all_keys, markdown_table

    return markdown_table(all_keys(key_homes()))


if __name__ == "__main__":
    print(keys_markdown(), end="")
