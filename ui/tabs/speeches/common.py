"""What the panels of the speeches tab share: the names of kinds, states and groups,
the people who may speak, and the ``Shared`` object they talk through (the item
shown, its speeches, the selected one, one runner and one feedback line)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QWidget

from secretariat.domain import (
    AgendaItemId,
    AgendaItemRow,
    GuestId,
    MemberId,
    SpeechKind,
    SpeechRow,
)
from secretariat.errors import SecretariatError, ValidationError
from ui.messages import describe
from ui.screen import Screen

ID_ROLE = Qt.ItemDataRole.UserRole
KINDS = (SpeechKind.PREPARED, SpeechKind.FLOOR, SpeechKind.ADDRESS, SpeechKind.REPLY)


def kind_text(kind: SpeechKind) -> str:
    """The full name of a kind of speech (the registration combo)."""
    return {
        SpeechKind.PREPARED: QCoreApplication.translate("SpeechesTab", "Prepared contribution"),
        SpeechKind.FLOOR: QCoreApplication.translate("SpeechesTab", "Floor speech"),
        SpeechKind.ADDRESS: QCoreApplication.translate(
            "SpeechesTab", "Address of the superior representative"
        ),
        SpeechKind.REPLY: QCoreApplication.translate("SpeechesTab", "Presidium reply"),
    }[kind]


def kind_short(kind: SpeechKind) -> str:
    """The short name of a kind of speech (the queue's column)."""
    return {
        SpeechKind.PREPARED: QCoreApplication.translate("SpeechesTab", "Prepared"),
        SpeechKind.FLOOR: QCoreApplication.translate("SpeechesTab", "Floor"),
        SpeechKind.ADDRESS: QCoreApplication.translate("SpeechesTab", "Address"),
        SpeechKind.REPLY: QCoreApplication.translate("SpeechesTab", "Reply"),
    }[kind]


def state_text(state_name: str) -> str:
    return {
        "queued": QCoreApplication.translate("SpeechesTab", "Waiting"),
        "speaking": QCoreApplication.translate("SpeechesTab", "Speaking"),
        "paused": QCoreApplication.translate("SpeechesTab", "Paused"),
        "done": QCoreApplication.translate("SpeechesTab", "Done"),
    }.get(state_name, state_name)


def group_text(group: str) -> str:
    return {
        "full": QCoreApplication.translate("SpeechesTab", "Full members"),
        "probationary": QCoreApplication.translate("SpeechesTab", "Probationary members"),
        "guest": QCoreApplication.translate("SpeechesTab", "Guests"),
        "male": QCoreApplication.translate("SpeechesTab", "Men"),
        "female": QCoreApplication.translate("SpeechesTab", "Women"),
        "all": QCoreApplication.translate("SpeechesTab", "All"),
    }.get(group, group)


def read_text_file(path: Path) -> str:
    """A .txt file's text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258.

    Composed (NFC) in the end: Windows-1258 and some input methods write the
    tones as separate combining marks.
    """
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1258", errors="replace")
    return unicodedata.normalize("NFC", text)


def compact(combo: QComboBox) -> None:
    """A combo that does not widen the pane to its longest entry (it elides instead)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)


def hhmmss(at: datetime | None) -> str:
    return at.strftime("%H:%M:%S") if at else ""


@dataclass(frozen=True, slots=True)
class Person:
    """Someone who can be registered to speak: a member or a guest."""

    member_id: MemberId | None
    guest_id: GuestId | None
    name: str
    detail: str  # position (member) or title (guest)
    folded: str
    superior_representative: bool = False

    def same(self, row: SpeechRow) -> bool:
        if self.member_id is not None:
            return row.member_id == self.member_id
        return row.guest_id == self.guest_id


def error_text(error: SecretariatError) -> str:
    """Words for the refusals of the speeches services (others: ui.messages)."""
    if isinstance(error, ValidationError):
        texts = {
            "queue_empty": QCoreApplication.translate(
                "SpeechesTab", "Nobody is waiting to speak on this item."
            ),
            "not_running": QCoreApplication.translate("SpeechesTab", "This speech is not running."),
            "not_paused": QCoreApplication.translate("SpeechesTab", "This speech is not paused."),
            "not_speaking": QCoreApplication.translate(
                "SpeechesTab", "This speech is not under way."
            ),
        }
        if error.code in texts:
            return texts[error.code]
    return describe(error)


class Shared(QObject):
    """The small object the speeches panels talk through.

    It holds what the tab read last (the items, the item shown, its speeches, the
    people who may speak) and the speech selected in the queue (``selected``, kept
    by the queue panel), and runs the panels' actions through the tab's one runner
    (``Screen.run``: one feedback line, the tab's own changes told from others).
    """

    selection_changed = Signal()  # the queue's selection changed (not while refreshing)
    save_requested = Signal()  # save the notes being typed, before an action
    search_requested = Signal()  # the keyboard back to the search field
    feedback = Signal(str, bool)  # the tab's feedback line: text, ok

    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ctx = screen.ctx
        self.items: list[AgendaItemRow] = []
        self.item_id: AgendaItemId | None = None
        self.people: list[Person] = []
        self.rows: list[SpeechRow] = []
        self.selected: SpeechRow | None = None
        self.warn_seconds = 60
        self.refreshing = False

    @property
    def ready(self) -> bool:
        """A congress is open and an item is shown: speakers can be registered."""
        return self.ctx.store is not None and self.item_id is not None

    def current_speech(self) -> SpeechRow | None:
        """The speech under way (speaking or paused) in the item shown."""
        running = [r for r in self.rows if r.state in ("speaking", "paused")]
        return running[-1] if running else None

    def waiting(self) -> list[SpeechRow]:
        return [r for r in self.rows if r.state == "queued"]

    def editing_speech(self) -> SpeechRow | None:
        """The speech whose notes are edited: the selected one, else the current one."""
        return self.selected or self.current_speech()

    def detail_of(self, speech: SpeechRow) -> str:
        """The speaker's position (member) or title (guest)."""
        person = next((p for p in self.people if p.same(speech)), None)
        return person.detail if person else ""

    # --- running actions --------------------------------------------------------------

    def perform(self, do: Callable[[], str]) -> bool:
        """Run an action (saving unsaved notes first); show what happened in the line."""
        self.save_requested.emit()
        said: list[str] = []
        if not self.screen.run(lambda: said.append(do()), describe=error_text):
            return False
        if said and said[0]:
            self.feedback.emit(said[0], True)
        return True

    def fail(self, text: str) -> None:
        self.feedback.emit(text, False)

    def enable(self, things: Sequence[QAction | QWidget], enabled: bool) -> None:
        """Enable or disable; a focused widget disabled hands the keyboard to the search."""
        for thing in things:
            if not enabled and isinstance(thing, QWidget) and thing.hasFocus():
                # A disabled widget drops the focus out of the tab, and the F-keys with it.
                self.search_requested.emit()
            thing.setEnabled(enabled)
