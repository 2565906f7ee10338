"""The summary for the minutes of the selected speech (else the one under way), its
resolution section, kind, limit and prepared text. The summary and the section are
saved when the field loses the focus or after 1.5 s without typing, never per
keystroke; unsaved typing is never lost when the selection moves."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import SpeechId, SpeechKind, SpeechRow
from ui.commands import speech_actions
from ui.tabs.speeches.common import KINDS, Shared, compact, kind_text
from ui.tabs.speeches.prepared_text import PreparedTextDialog
from ui.widgets.shortcuts import key_button

IDLE_SAVE_MS = 1500


class NotesPanel(QGroupBox):
    """The summary editor of the speech the notes are for (``Shared.editing_speech``)."""

    WATCHES: ClassVar[frozenset[str]] = frozenset({"speech", "member", "guest"})

    def __init__(self, shared: Shared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Summary for the minutes"))
        self.shared = shared
        self._editing_id: SpeechId | None = None  # the speech in the summary editor
        self._editing: SpeechRow | None = None  # that speech as last read
        self._summary_dirty = False
        self._section_dirty = False
        self._loading = False  # filling fields from the data: not the secretary typing
        form = QVBoxLayout(self)
        self.notes_title = QLabel()
        self.notes_title.setObjectName("notesTitle")
        self.notes_title.setWordWrap(True)
        form.addWidget(self.notes_title)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("speechSummary")
        self.summary.setPlaceholderText(self.tr("What the speaker said, in a few sentences…"))
        self.summary.setTabChangesFocus(True)
        self.summary.textChanged.connect(self._on_summary_typed)
        form.addWidget(self.summary, 1)
        form.addLayout(self._build_fields())
        bottom = QHBoxLayout()
        self.text_button = key_button(self.tr("Prepared text…"), "preparedTextButton")
        self.text_button.clicked.connect(self.edit_text)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("notesSaved")
        self.saved_label.setStyleSheet("QLabel { color: #6b6b6b; }")
        bottom.addWidget(self.text_button)
        bottom.addStretch(1)
        bottom.addWidget(self.saved_label)
        form.addLayout(bottom)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(IDLE_SAVE_MS)
        self.save_timer.timeout.connect(self.save_notes)
        self.summary.installEventFilter(self)
        shared.save_requested.connect(self.save_notes)

    def _build_fields(self) -> QGridLayout:
        grid = QGridLayout()
        section_label = QLabel(self.tr("Resolution section:"))
        self.section = QLineEdit()
        self.section.setObjectName("speechSection")
        self.section.setToolTip(
            self.tr("The link to the resolution's sections arrives with the resolution feature")
        )
        self.section.setPlaceholderText(self.tr("e.g. 2. Targets"))
        self.section.textEdited.connect(self._on_section_typed)
        self.section.editingFinished.connect(self.save_notes)
        section_label.setBuddy(self.section)
        grid.addWidget(section_label, 0, 0)
        grid.addWidget(self.section, 0, 1, 1, 3)
        kind_label = QLabel(self.tr("Kind:"))
        self.edit_kind = QComboBox()
        self.edit_kind.setObjectName("speechEditKind")
        for kind in KINDS:
            self.edit_kind.addItem(kind_text(kind), str(kind))
        self.edit_kind.activated.connect(self._on_edit_kind)
        compact(self.edit_kind)
        kind_label.setBuddy(self.edit_kind)
        limit_label = QLabel(self.tr("Limit:"))
        self.limit_spin = QSpinBox()
        self.limit_spin.setObjectName("speechLimit")
        self.limit_spin.setRange(1, 240)
        self.limit_spin.setSuffix(self.tr(" min"))
        self.limit_spin.setKeyboardTracking(False)
        self.limit_spin.valueChanged.connect(self._on_limit_changed)
        limit_label.setBuddy(self.limit_spin)
        grid.addWidget(kind_label, 1, 0)
        grid.addWidget(self.edit_kind, 1, 1)
        grid.addWidget(limit_label, 1, 2)
        grid.addWidget(self.limit_spin, 1, 3)
        grid.setColumnStretch(1, 1)
        return grid

    def update_enabled(self) -> None:
        self.shared.enable(
            (self.summary, self.section, self.edit_kind, self.limit_spin, self.text_button),
            self.shared.editing_speech() is not None,
        )

    # --- loading ------------------------------------------------------------------------

    def editing_speech(self) -> SpeechRow | None:
        """The speech whose summary is in the editor: the selected one, else the current one."""
        return self.shared.editing_speech()

    def sync(self) -> None:
        """Show the notes of the speech the editor is for, never losing unsaved typing."""
        row = self.editing_speech()
        if row is None or row.id != self._editing_id:
            previous = self._editing
            self._editing_id, self._editing = (row.id, row) if row else (None, None)
            if previous is not None and self.has_unsaved_notes():
                self._save(previous)  # the text typed for the speech shown until now
            self._summary_dirty = self._section_dirty = False
            self._load_notes(row, everything=True)
        else:
            self._editing = row
            self._load_notes(row, everything=False)

    def _load_notes(self, row: SpeechRow | None, *, everything: bool) -> None:
        self._loading = True
        try:
            if row is None:
                self.notes_title.setText(self.tr("Select a speech in the queue to summarise it."))
                self.summary.setPlainText("")
                self.section.setText("")
                self.saved_label.setText("")
                return
            detail = self.shared.detail_of(row)
            title = (
                self.tr("Comrade %1 (%2)").replace("%1", row.speaker).replace("%2", detail)
                if detail
                else self.tr("Comrade %1").replace("%1", row.speaker)
            )
            self.notes_title.setText(f"{title} — {kind_text(row.kind)}")
            if everything or (
                not self._summary_dirty and self.summary.toPlainText() != row.summary
            ):
                self._set_summary(row.summary)
            if everything or (
                not self._section_dirty and self.section.text().strip() != row.section
            ):
                self.section.setText(row.section)
            self.edit_kind.setCurrentIndex(self.edit_kind.findData(str(row.kind)))
            self.limit_spin.setValue(max(1, round(row.limit_seconds / 60)))
            if everything:
                self.saved_label.setText("")
        finally:
            self._loading = False

    def _set_summary(self, text: str) -> None:
        """Replace the editor's text, keeping the cursor where it was (as far as it goes)."""
        cursor = self.summary.textCursor()
        position = cursor.position()
        self.summary.setPlainText(text)
        cursor = self.summary.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.summary.setTextCursor(cursor)

    # --- saving -------------------------------------------------------------------------

    def _on_summary_typed(self) -> None:
        if self._loading or self._editing_id is None:
            return
        self._summary_dirty = True
        self.saved_label.setText(self.tr("Not saved yet"))
        self.save_timer.start()

    def _on_section_typed(self, _text: str) -> None:
        if self._loading or self._editing_id is None:
            return
        self._section_dirty = True
        self.saved_label.setText(self.tr("Not saved yet"))
        self.save_timer.start()

    def has_unsaved_notes(self) -> bool:
        return self._summary_dirty or self._section_dirty

    def save_notes(self) -> None:
        """Save the summary and the section of the speech in the editor, if they changed."""
        self.save_timer.stop()
        if self._editing is not None and self.has_unsaved_notes():
            self._save(self._editing)

    def _save(self, row: SpeechRow) -> None:
        summary_dirty, section_dirty = self._summary_dirty, self._section_dirty
        self._summary_dirty = self._section_dirty = False
        if self.shared.ctx.store is None:
            return
        summary = self.summary.toPlainText() if summary_dirty else None
        section = self.section.text() if section_dirty else None
        if summary == row.summary:
            summary = None
        if section is not None and section.strip() == row.section:
            section = None
        if summary is None and section is None:
            self.saved_label.setText(self.tr("Saved"))
            return
        ctx = self.shared.ctx
        if not self.shared.screen.run(
            lambda: speech_actions.edit(ctx, row.id, summary=summary, section=section)
        ):
            if self._editing_id == row.id:  # kept, to be corrected
                self._summary_dirty, self._section_dirty = summary_dirty, section_dirty
            return
        if self._editing_id == row.id:
            self.saved_label.setText(self.tr("Saved"))

    def _on_edit_kind(self, _index: int) -> None:
        row = self.editing_speech()
        kind = SpeechKind(str(self.edit_kind.currentData()))
        if row is None or row.kind is kind:
            return
        self.save_notes()
        self.shared.perform(lambda: self._edit_quietly(row.id, kind=kind))

    def _on_limit_changed(self, minutes: int) -> None:
        row = self.editing_speech()
        if self._loading or row is None or row.limit_seconds == minutes * 60:
            return
        self.save_notes()
        self.shared.perform(lambda: self._edit_quietly(row.id, limit_seconds=minutes * 60))

    def _edit_quietly(self, speech_id: SpeechId, **changes: object) -> str:
        speech_actions.edit(self.shared.ctx, speech_id, **changes)  # type: ignore[arg-type]
        return ""

    def edit_text(self) -> None:
        """The prepared text of the speech in the editor (view, paste or load it)."""
        row = self.editing_speech()
        if row is None:
            return
        dialog = PreparedTextDialog(row.text, row.speaker, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text() != row.text:
            text = dialog.text()
            self.shared.perform(lambda: self._edit_quietly(row.id, text=text))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.summary and event.type() == QEvent.Type.FocusOut:
            self.save_notes()
        return super().eventFilter(watched, event)
