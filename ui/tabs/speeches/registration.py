"""Register a speaker: typing a name (without diacritics) finds members and guests;
Up/Down move through the results while typing; Enter registers the selected person
with the kind chosen beside it (a superior representative: an address)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import SpeechKind
from secretariat.rules import name_search
from secretariat.rules.collation import fold
from ui.commands import speech_actions
from ui.tabs.speeches.common import KINDS, Person, Shared, compact, kind_text
from ui.tabs.speeches.prepared_text import PreparedTextDialog
from ui.widgets.shortcuts import key_button

_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class RegistrationPanel(QGroupBox):
    """The search field, its results, the kind of speech, the attached text, Register."""

    WATCHES: ClassVar[frozenset[str]] = frozenset({"member", "guest", "speech"})

    def __init__(self, shared: Shared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Register a speaker"))
        self.shared = shared
        self._auto_kind = False  # the kind was preselected for the superior representative
        self._pending_text = ""  # "Attach text…" for the next registration
        self._found: list[Person] = []  # the search results, in the list's order
        self._moved_to: Person | None = None  # the result moved to with the arrows
        box = QVBoxLayout(self)
        self._build_search(box)
        self._build_kind(box)
        self.search.installEventFilter(self)
        shared.search_requested.connect(self.search.setFocus)

    def _build_search(self, box: QVBoxLayout) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("speechSearch")
        self.search.setPlaceholderText(self.tr("Type a name, without diacritics if you like…"))
        self.search.setClearButtonEnabled(True)
        big = QFont(self.search.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.search.setFont(big)
        self.search.setMinimumHeight(34)
        self.search.textChanged.connect(self._on_search_edited)
        self.search.returnPressed.connect(self.register_selected)
        box.addWidget(self.search)
        self.results = QListWidget()
        self.results.setObjectName("speechResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the keys
        # Rows tall enough for stacked Vietnamese marks (ễ, ặ); long lines are elided.
        self._result_height = self.results.fontMetrics().height() + 8
        self.results.setUniformItemSizes(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setFixedHeight(self._result_height * 5 + 2 * self.results.frameWidth())
        self.results.currentRowChanged.connect(self._on_person_changed)
        self.results.itemDoubleClicked.connect(lambda _item: self.register_selected())
        box.addWidget(self.results)

    def _build_kind(self, box: QVBoxLayout) -> None:
        row = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("speechKind")
        for kind in KINDS:
            self.kind_combo.addItem(kind_text(kind), str(kind))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(SpeechKind.FLOOR)))
        compact(self.kind_combo)
        self.kind_combo.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.kind_combo.activated.connect(self._on_kind_chosen)
        self.attach_button = key_button(self.tr("Attach text…"), "attachTextButton")
        self.attach_button.clicked.connect(self.attach_text)
        self.register_button = key_button(self.tr("Register (Enter)"), "registerButton")
        self.register_button.clicked.connect(self.register_selected)
        row.addWidget(self.kind_combo, 1)
        row.addWidget(self.attach_button)
        row.addWidget(self.register_button)
        box.addLayout(row)
        self.attached_label = QLabel()
        self.attached_label.setObjectName("attachedLabel")
        self.attached_label.setStyleSheet("QLabel { color: #555; }")
        self.attached_label.setVisible(False)
        box.addWidget(self.attached_label)

    def update_enabled(self) -> None:
        self.shared.enable(
            (self.search, self.register_button, self.attach_button, self.kind_combo),
            self.shared.ready,
        )

    # --- search -------------------------------------------------------------------------

    def matches(self) -> list[Person]:
        if not fold(self.search.text()):
            return []
        return [p for p in self.shared.people if name_search.matches(self.search.text(), p.name)]

    def _unique_row(self) -> int:
        """The row of the person the text names unambiguously, else -1 (a choice waits)."""
        found = name_search.search(self.search.text(), [p.name for p in self._found])
        return -1 if found.unique is None else found.unique

    def _on_search_edited(self) -> None:
        self._moved_to = None  # new text: a new choice
        self.update_results()

    def update_results(self) -> None:
        """The people the search text finds, marked when already waiting to speak."""
        # Only a person the secretary moved to with the arrows stays chosen; else
        # the text must name one person unambiguously (name_search).
        keep = self._moved_to
        found = self.matches()
        waiting = self.shared.waiting()
        self._found = found
        self.results.blockSignals(True)
        self.results.clear()
        for person in found:
            text = person.name
            if any(person.same(r) for r in waiting):
                text += " · " + self.tr("already waiting")
            if person.guest_id is not None:  # before the (long) title, so it is never elided
                detail = self.tr("guest: %1").replace("%1", person.detail)
                text += " — " + (detail if person.detail else self.tr("guest"))
            elif person.detail:
                text += f" — {person.detail}"
            entry = QListWidgetItem(text)
            entry.setToolTip(text)
            entry.setSizeHint(QSize(0, self._result_height))
            self.results.addItem(entry)
        self.results.blockSignals(False)
        row = found.index(keep) if keep in found else self._unique_row()
        self.results.setCurrentRow(row)
        self._on_person_changed(self.results.currentRow())

    def selected_person(self) -> Person | None:
        row = self.results.currentRow()
        return self._found[row] if 0 <= row < len(self._found) else None

    def _on_person_changed(self, _row: int) -> None:
        person = self.selected_person()
        if person is not None and person.superior_representative:
            self._set_kind(SpeechKind.ADDRESS)
            self._auto_kind = True
        elif self._auto_kind:
            self._set_kind(SpeechKind.FLOOR)
            self._auto_kind = False

    def _set_kind(self, kind: SpeechKind) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(str(kind)))

    def chosen_kind(self) -> SpeechKind:
        return SpeechKind(str(self.kind_combo.currentData()))

    def _on_kind_chosen(self, _index: int) -> None:
        self._auto_kind = False
        self.search.setFocus()

    # --- registration -------------------------------------------------------------------

    def attach_text(self) -> None:
        """The text of a prepared contribution, for the next registration."""
        person = self.selected_person()
        dialog = PreparedTextDialog(self._pending_text, person.name if person else "", self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_pending_text(dialog.text())
        self.search.setFocus()

    def set_pending_text(self, text: str) -> None:
        self._pending_text = text.strip()
        if self._pending_text and self.chosen_kind() is SpeechKind.FLOOR:
            self._set_kind(SpeechKind.PREPARED)
            self._auto_kind = False
        self.attached_label.setVisible(bool(self._pending_text))
        self.attached_label.setText(
            self.tr("Text attached (%1 characters): it goes with the next registration.").replace(
                "%1", str(len(self._pending_text))
            )
        )

    def register_selected(self) -> None:
        """Enter: register the selected person with the chosen kind."""
        person = self.selected_person()
        shared = self.shared
        if shared.ctx.store is None or shared.item_id is None:
            return
        if person is None:
            if len(self._found) > 1:
                shared.fail(
                    self.tr("%1 people match — choose with ↑ ↓").replace(
                        "%1", str(len(self._found))
                    )
                )
            elif self.search.text().strip():
                shared.fail(self.tr("Nobody matches “%1”.").replace("%1", self.search.text()))
            return
        item_id, kind, text = shared.item_id, self.chosen_kind(), self._pending_text

        def do() -> str:
            row = speech_actions.register(
                shared.ctx,
                item_id,
                member_id=person.member_id,
                guest_id=person.guest_id,
                kind=kind,
                text=text,
            )
            return (
                self.tr("✓ %1 registered: %2, no. %3 in the queue")
                .replace("%1", row.speaker)
                .replace("%2", kind_text(row.kind))
                .replace("%3", str(row.position))
            )

        if shared.perform(do):
            self.search.clear()
            self.set_pending_text("")
            self._auto_kind = False
            self._set_kind(SpeechKind.FLOOR)
        self.search.setFocus()

    # --- keyboard -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _MOVES
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self._move_result(event.key())
            return True
        return super().eventFilter(watched, event)

    def _move_result(self, key: int) -> None:
        count = self.results.count()
        if not count:
            return
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -4,
            Qt.Key.Key_PageDown: 4,
        }[Qt.Key(key)]
        row = self.results.currentRow()
        start = 0 if step > 0 else count - 1  # nothing chosen yet: the first (or last) row
        self.results.setCurrentRow(start if row < 0 else max(0, min(row + step, count - 1)))
        self._moved_to = self.selected_person()
