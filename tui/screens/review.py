"""The review screens: who said a flagged quote (`r`), a new speaker, and the library's queue (`V`).

Each returns its result with ``dismiss``: a :class:`Reassignment`, a ``NewSpeaker`` or a
``ReviewItem`` (None when cancelled). They show; the reader acts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.core.files.resources import styles_dir
from tui.core.model import Briefing, Quote
from tui.core.review.actions import NewSpeaker, ReviewItem
from tui.core.text.sanitize import one_line, show_path
from tui.core.text.words import plural
from tui.screens.pick import PickOne

NEW = "New speaker…"


@dataclass(frozen=True)
class Reassignment:
    """Who the quote is now: a declared speaker's id, or a new speaker to declare."""

    speaker_id: str = ""
    new: NewSpeaker | None = None


class ReassignPicker(ModalScreen[Reassignment | None]):
    """The briefing's speakers (the quote's own marked), and "New speaker…" last."""

    CSS_PATH = str(styles_dir() / "picker.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close", id="reassign.close"),
    ]

    def __init__(self, briefing: Briefing, quote: Quote) -> None:
        super().__init__()
        self.briefing = briefing
        self.quote = quote
        self.ids = [s.id for s in briefing.speakers]

    def compose(self) -> ComposeResult:
        options = []
        for s in self.briefing.speakers:
            org = self.briefing.org_by_id.get(s.org)
            said = ", ".join(x for x in (s.role, org.short if org else "") if x)
            mark = "● " if s.id == self.quote.speaker else "  "
            options.append(Option(Text.assemble(mark, (one_line(s.display_name), "bold"), f"  {one_line(said)}")))
        options.append(Option(Text(f"  {NEW}", style="italic")))
        with Vertical(id="picker"):
            yield Static(Text(f"“{one_line(self.quote.text)[:200]}”", style="italic"), id="reassign-quote")
            yield OptionList(*options, id="picker-options")

    def on_mount(self) -> None:
        self.query_one("#picker").border_title = f"Who said quote {self.quote.index}? (Enter picks, Esc cancels)"
        options = self.query_one(OptionList)
        at = self.ids.index(self.quote.speaker) if self.quote.speaker in self.ids else 0
        options.highlighted = at
        options.focus()

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option_index < len(self.ids):
            self.dismiss(Reassignment(self.ids[event.option_index]))
        else:
            self.app.push_screen(NewSpeakerForm(), self.declared)

    def declared(self, new: NewSpeaker | None) -> None:
        if new is not None:
            self.dismiss(Reassignment(new=new))

    def action_cancel(self) -> None:
        self.dismiss(None)


class NewSpeakerForm(ModalScreen[NewSpeaker | None]):
    """Name, role and organization of a speaker to declare; Enter adds, Esc cancels."""

    CSS_PATH = str(styles_dir() / "picker.tcss")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Close", id="new_speaker.close"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="picker"):
            yield Input(placeholder="Name (required)", id="new-name", max_length=200)
            yield Input(placeholder="Role (optional)", id="new-role", max_length=200)
            yield Input(placeholder="Organization: its id, name or acronym (optional)", id="new-org", max_length=200)

    def on_mount(self) -> None:
        self.query_one("#picker").border_title = "New speaker (Tab moves, Enter adds, Esc cancels)"
        self.query_one("#new-name").focus()

    @on(Input.Submitted)
    def submitted(self) -> None:
        name = self.query_one("#new-name", Input).value
        if not name.strip():
            self.notify("A new speaker needs a name", severity="warning")
            self.query_one("#new-name").focus()
            return
        role = self.query_one("#new-role", Input).value
        org = self.query_one("#new-org", Input).value
        self.dismiss(NewSpeaker("", name.strip(), role.strip(), org.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ReviewQueue(PickOne[ReviewItem]):
    """Every quote of the library that awaits a check, oldest draft first; Enter opens one."""

    @classmethod
    def of(cls, items: Sequence[ReviewItem]) -> ReviewQueue:
        rows = [(queue_label(item), item) for item in items]
        title = f"{plural(len(items), 'quote')} to review (oldest draft first; Enter opens one, Esc closes)"
        return cls(title, rows)


def queue_label(item: ReviewItem) -> Text:
    where = f"{show_path(item.path)}:{item.line}"
    return Text.assemble(
        ("? ", "bold"),
        (one_line(item.date) or "undated", "dim"),
        "  ",
        (one_line(item.quote), "bold"),
        f"  {one_line(item.speaker) or 'unattributed'} — {one_line(item.reason)}",
        (f"  {where}", "dim"),
    )
