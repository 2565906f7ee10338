"""The speaker queue of the item shown: Ctrl+Up/Down move the selected waiting
speech (or drag it), Delete (in the queue) removes it; the selection is published
as ``Shared.selected``."""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import SpeechRow
from ui.commands import speech_actions
from ui.tabs.speeches.common import Shared
from ui.tabs.speeches.queue_model import (
    COL_KIND,
    COL_LIMIT,
    COL_POSITION,
    COL_SPEAKER,
    COL_SPOKEN,
    COL_STATE,
    SpeechQueueModel,
)
from ui.widgets.shortcuts import key_button, tab_action


class QueuePanel(QWidget):
    """The queue table and its Up, Down and Remove buttons.

    Ctrl+Up/Down work anywhere in ``keys_owner`` (the whole tab), Delete only in
    the queue."""

    WATCHES: ClassVar[frozenset[str]] = frozenset({"speech"})

    def __init__(self, shared: Shared, keys_owner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared = shared
        self.model = SpeechQueueModel(self)
        self.model.move_requested.connect(self._on_move_requested)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self._build_table(column)
        buttons = QHBoxLayout()
        self.up_button = key_button(self.tr("Up (Ctrl+Up)"), "moveUpButton")
        self.down_button = key_button(self.tr("Down (Ctrl+Down)"), "moveDownButton")
        self.remove_button = key_button(self.tr("Remove (Del)"), "removeSpeechButton")
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        column.addLayout(buttons)
        self._build_actions(keys_owner)

    def _build_table(self, column: QVBoxLayout) -> None:
        self.queue_label = QLabel(self.tr("Queue"))
        bold = QFont(self.queue_label.font())
        bold.setBold(True)
        self.queue_label.setFont(bold)
        column.addWidget(self.queue_label)
        self.queue = QTableView()
        self.queue.setObjectName("speechQueue")
        self.queue.setModel(self.model)
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.setDragEnabled(True)
        self.queue.setAcceptDrops(True)
        self.queue.setDropIndicatorShown(True)
        self.queue.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.queue.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.queue.setDragDropOverwriteMode(False)
        self.queue.setWordWrap(False)
        self.queue.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.queue.verticalHeader().setVisible(False)
        rows = self.queue.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.queue.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_SPEAKER, QHeaderView.ResizeMode.Stretch)
        for col in (COL_POSITION, COL_KIND, COL_STATE, COL_SPOKEN, COL_LIMIT):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.queue.selectionModel().selectionChanged.connect(self._on_selection)
        self.queue.selectionModel().currentChanged.connect(self._on_current)
        column.addWidget(self.queue, 1)

    def _build_actions(self, keys_owner: QWidget) -> None:
        ctrl = Qt.KeyboardModifier.ControlModifier
        self.up_action = tab_action(
            self,
            self.tr("Move up"),
            QKeySequence(ctrl | Qt.Key.Key_Up),
            lambda: self.move_selected(-1),
            owner=keys_owner,
            button=self.up_button,
        )
        self.down_action = tab_action(
            self,
            self.tr("Move down"),
            QKeySequence(ctrl | Qt.Key.Key_Down),
            lambda: self.move_selected(1),
            owner=keys_owner,
            button=self.down_button,
        )
        # Delete only in the queue: in the summary or the search it deletes text.
        self.remove_action = tab_action(
            self,
            self.tr("Remove from the queue"),
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.remove_selected,
            owner=self.queue,
            context=Qt.ShortcutContext.WidgetShortcut,
            button=self.remove_button,
        )

    def update_enabled(self) -> None:
        selected = self.shared.selected
        waiting = selected is not None and selected.state == "queued"
        self.shared.enable(
            (
                self.up_action,
                self.up_button,
                self.down_action,
                self.down_button,
                self.remove_action,
                self.remove_button,
            ),
            self.shared.ready and waiting,
        )

    # --- the rows -----------------------------------------------------------------------

    def fill(self, now: datetime | None) -> None:
        """Show the speeches read last, keeping the selection (else the current speech)."""
        keep = self.selected_speech()
        self.model.set_rows(self.shared.rows, now)
        current = self.shared.current_speech()
        if keep is not None and self.select_speech(keep.id):
            pass
        elif current is not None:
            self.select_speech(current.id)
        self.shared.selected = self.selected_speech()

    def tick(self, now: datetime) -> None:
        self.model.set_now(now)

    def clear_selection(self) -> None:
        self.queue.clearSelection()
        self.shared.selected = self.selected_speech()

    def selected_speech(self) -> SpeechRow | None:
        rows = self.queue.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < self.model.rowCount():
            return None
        return self.model.speech(rows[0].row())

    def select_speech(self, speech_id: int) -> bool:
        row = self.model.row_of(speech_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.queue.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.queue.scrollTo(index)
        return True

    def _on_selection(self, *_args: object) -> None:
        self.shared.selected = self.selected_speech()
        if not self.shared.refreshing:
            self.shared.selection_changed.emit()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # The keyboard entering the queue makes a row current without selecting it:
        # select it, so Delete and Ctrl+arrows act on the row that shows the focus.
        if self.shared.refreshing or not current.isValid() or self.selected_speech() is not None:
            return
        self.queue.selectionModel().select(
            current,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    # --- the actions --------------------------------------------------------------------

    def move_selected(self, step: int) -> None:
        """Ctrl+Up / Ctrl+Down: move the selected waiting speech among the waiting ones."""
        speech = self.selected_speech()
        if speech is None or speech.state != "queued":
            self.shared.fail(self.tr("Select a waiting speaker in the queue first."))
            return
        row = self.model.row_of(speech.id)
        target = row + step
        if not self.model.first_waiting() <= target < self.model.rowCount():
            return  # already first or last of the waiting ones
        self._move(speech, target + 1)

    def _on_move_requested(self, speech_id: int, position: int) -> None:
        row = self.model.row_of(speech_id)
        if row >= 0:
            self._move(self.model.speech(row), position)

    def _move(self, speech: SpeechRow, position: int) -> None:
        def do() -> str:
            speech_actions.move(self.shared.ctx, speech.id, position)
            return (
                self.tr("✓ %1 moved to no. %2")
                .replace("%1", speech.speaker)
                .replace("%2", str(position))
            )

        self.shared.perform(do)
        self.select_speech(speech.id)

    def remove_selected(self) -> None:
        """Delete (in the queue): take a waiting speech out of the queue (undoable)."""
        speech = self.selected_speech()
        if speech is None:
            return
        if speech.state != "queued":
            self.shared.fail(
                self.tr("%1 has already spoken: only a waiting speech can be removed.").replace(
                    "%1", speech.speaker
                )
            )
            return

        def do() -> str:
            speech_actions.remove(self.shared.ctx, speech.id)
            return self.tr("✓ %1 removed from the queue").replace("%1", speech.speaker)

        self.shared.perform(do)
