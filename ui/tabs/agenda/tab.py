"""The agenda tab: run the congress programme in real time and keep its notes.

At the top, a status panel the secretary reads at a glance: the item under way,
how long it has run (ticking every second from the store's clock, so a test's
fake clock drives it), its planned minutes, how far ahead or behind the plan
the congress is, how many items are done and what comes next.

Below, the programme: F5 starts the next item (ending the one under way),
Shift+F5 ends the current item, Insert adds, F2 / Enter / double-click edits,
Delete removes, Ctrl+Up / Ctrl+Down or drag and drop reorder. Beside it, the
selected item's notes for the minutes, saved as one undoable step when the
field loses the focus or after a pause in typing, never per keystroke, and
never overwritten by a reload while they are being typed. Under the notes,
Ctrl+Shift+B opens the working bodies the congress elects at its start
(presidium, secretariat), whom the minutes name too.

Every edit goes through ``ui.commands.agenda_actions`` (undoable); the screen
(``ui.screen.Screen``) reloads from the services when a change touches the
programme, the sessions or the congress.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import ClassVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import AgendaItemId, AgendaItemRow
from secretariat.services import agenda, speeches
from ui import state
from ui.commands import agenda_actions
from ui.context import CongressContext
from ui.dialogs.working_bodies import WorkingBodiesDialog
from ui.models.agenda_model import (
    COL_ACTUAL,
    COL_NUMBER,
    COL_PLANNED,
    COL_PLANNED_START,
    COL_PRESENTER,
    COL_TITLE,
    COL_VOTE,
    STATE_CURRENT,
    AgendaModel,
    hhmm,
    item_state,
)
from ui.screen import Screen
from ui.tabs.agenda.item_dialog import AgendaItemDialog, agenda_error_text, confirm_other_day
from ui.tabs.agenda.status import MUTED, StatusPanel, item_name
from ui.widgets.shortcuts import key_button, scale_font, tab_action, wrapping_label

STATE_KEY = "agenda"  # ui.state key of the splitter and the table header
NOTES_SAVE_DELAY_MS = 1500  # a pause in typing this long saves the notes


class AgendaTab(Screen):
    """The programme under way, its items and the notes for the minutes."""

    # The programme, the official session's day and start (the plan's origin), the
    # congress; check-ins, speeches and settings never change what this tab shows.
    WATCHES: ClassVar[frozenset[str]] = frozenset({"agenda_item", "session", "congress"})

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("agenda_tab")
        self.feedback.setObjectName("agendaFeedback")
        self._refreshing = False  # selection changes made by a reload, not by the user
        self._notes_id: AgendaItemId | None = None  # the item whose notes are shown
        self._notes_dirty = False  # typed and not yet saved
        self._loading_notes = False
        self.model = AgendaModel(self, move=self._on_drop)
        self._build()
        self._build_actions()

        self.notes_timer = QTimer(self)
        self.notes_timer.setSingleShot(True)
        self.notes_timer.setInterval(NOTES_SAVE_DELAY_MS)
        self.notes_timer.timeout.connect(self.save_notes)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self.tick)
        self.refresh()
        state.restore_splitter(STATE_KEY, self.splitter)
        state.restore_header(STATE_KEY, self.table.horizontalHeader())

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.status = StatusPanel()
        for name in (
            "now_label",
            "detail_label",
            "next_label",
            "elapsed_label",
            "elapsed_caption",
            "drift_label",
            "progress_label",
            "progress_bar",
        ):
            setattr(self, name, getattr(self.status, name))
        layout.addWidget(self.status)
        layout.addLayout(self._build_buttons())
        self.table = self._build_table()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("agendaSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._build_notes())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([960, 300])
        self.splitter.splitterMoved.connect(self._save_splitter)
        layout.addWidget(self.splitter, 1)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.start_button = key_button(self.tr("▶ Start next item (F5)"), "startNextButton")
        self.end_button = key_button(self.tr("■ End current item (Shift+F5)"), "endButton")
        scale_font(self.start_button, 1.1, bold=True)
        self.start_button.setMinimumHeight(34)
        self.end_button.setMinimumHeight(34)
        self.add_button = key_button(self.tr("Add… (Insert)"), "addButton")
        self.edit_button = key_button(self.tr("Edit… (F2)"), "editButton")
        self.remove_button = key_button(self.tr("Remove (Delete)"), "removeButton")
        self.up_button = key_button(self.tr("Move up (Ctrl+↑)"), "moveUpButton")
        self.down_button = key_button(self.tr("Move down (Ctrl+↓)"), "moveDownButton")
        self.bodies_button = key_button(
            self.tr("Working bodies… (Ctrl+Shift+B)"), "workingBodiesButton"
        )
        row.addWidget(self.start_button)
        row.addWidget(self.end_button)
        row.addSpacing(16)
        for button in (
            self.add_button,
            self.edit_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            row.addWidget(button)
        row.addWidget(self.feedback, 1)
        return row

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("agendaTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropOverwriteMode(False)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.verticalHeader().setVisible(False)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_NUMBER, 48),
            (COL_PRESENTER, 220),
            (COL_PLANNED, 92),
            (COL_PLANNED_START, 92),
            (COL_ACTUAL, 120),
            (COL_VOTE, 48),
        ):
            # Room for the header too (Vietnamese headers are often the longer text).
            table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        table.doubleClicked.connect(lambda _index: self.edit_item())
        table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        return table

    def _build_notes(self) -> QWidget:
        notes_panel = QWidget()
        notes_panel.setObjectName("agendaNotesPanel")
        notes = QVBoxLayout(notes_panel)
        notes.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Notes for the minutes"))
        scale_font(caption, 1.1, bold=True)
        notes.addWidget(caption)
        self.notes_item_label = wrapping_label("notesItemLabel")
        notes.addWidget(self.notes_item_label)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("agendaNotes")
        self.notes_edit.setPlaceholderText(
            self.tr("What was said and decided under this item, for the minutes…")
        )
        self.notes_edit.textChanged.connect(self._on_notes_typed)
        self.notes_edit.installEventFilter(self)
        notes.addWidget(self.notes_edit, 1)
        hint = wrapping_label("notesHint")
        hint.setText(self.tr("Saved when you leave the field or stop typing for a moment."))
        hint.setStyleSheet(MUTED)
        notes.addWidget(hint)
        # Not in the button row, which is full: the minutes name these bodies too.
        notes.addSpacing(6)
        notes.addWidget(self.bodies_button)
        notes_panel.setMinimumWidth(260)
        return notes_panel

    def _add(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence],
        slot: Callable[[], object],
        button: QPushButton | None = None,
        *,
        on_table: bool = False,
    ) -> QAction:
        """An action of the whole tab, or of the table alone (``on_table``)."""
        owner: QWidget = self.table if on_table else self
        context = (
            Qt.ShortcutContext.WidgetShortcut
            if on_table
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        return tab_action(
            self, text, keys, slot, owner=owner, context=context, button=button, name=name
        )

    def _build_actions(self) -> None:
        add, ctrl, shift = (
            self._add,
            Qt.KeyboardModifier.ControlModifier,
            Qt.KeyboardModifier.ShiftModifier,
        )
        self.start_action = add(
            "start_next_action",
            self.tr("Start the next item"),
            [QKeySequence(Qt.Key.Key_F5)],
            self.start_next,
            self.start_button,
        )
        self.end_action = add(
            "end_current_action",
            self.tr("End the current item"),
            [QKeySequence(shift | Qt.Key.Key_F5)],
            self.end_current,
            self.end_button,
        )
        self.bodies_action = add(
            "working_bodies_action",
            self.tr("Working bodies…"),
            [QKeySequence(ctrl | shift | Qt.Key.Key_B)],
            self.edit_working_bodies,
            self.bodies_button,
        )
        self.add_action = add(
            "add_item_action",
            self.tr("Add an item"),
            [QKeySequence(Qt.Key.Key_Insert)],
            self.add_item,
            self.add_button,
        )
        self.edit_action = add(
            "edit_item_action",
            self.tr("Edit the item"),
            [QKeySequence(Qt.Key.Key_F2)],
            self.edit_item,
            self.edit_button,
        )
        self._build_table_actions()

    def _build_table_actions(self) -> None:
        ctrl = Qt.KeyboardModifier.ControlModifier
        # Enter and Delete belong to the notes field while it has the keyboard.
        self.edit_enter_action = self._add(
            "edit_item_enter_action",
            self.tr("Edit the item"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            self.edit_item,
            on_table=True,
        )
        self.remove_action = self._add(
            "remove_item_action",
            self.tr("Remove the item"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_item,
            self.remove_button,
            on_table=True,
        )
        self.up_action = self._add(
            "move_up_action",
            self.tr("Move the item up"),
            [QKeySequence(ctrl | Qt.Key.Key_Up)],
            self.move_up,
            self.up_button,
        )
        self.down_action = self._add(
            "move_down_action",
            self.tr("Move the item down"),
            [QKeySequence(ctrl | Qt.Key.Key_Down)],
            self.move_down,
            self.down_button,
        )

    # --- reading ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the programme, keeping the selected item and any notes being typed."""
        store = self.ctx.store
        keep = self.selected_id()
        self._refreshing = True
        try:
            rows = agenda.list_items(store) if store else []
            start = agenda.session_start(store) if store else None
            self.model.set_rows(rows, start)
            if keep is None or not self.select_item(keep):
                self._select_default()
        finally:
            self._refreshing = False
        self._load_notes()
        self.tick()
        self._update_enabled()

    def tick(self) -> None:
        """Show the clock and the plan as they stand at ``ctx.store.clock()``."""
        store = self.ctx.store
        if store is None:
            self.status.show_progress(None)
            return
        progress = agenda.progress(store, store.clock())
        waiting = progress.current is None and progress.done == 0
        self.status.show_progress(progress, agenda.session_start(store) if waiting else None)

    def _confirm_other_day(self) -> bool:
        """F5 on a day other than the session's: say so before stamping today's times."""
        store = self.ctx.require()
        day = agenda.session_day_mismatch(store, store.clock())
        return day is None or confirm_other_day(self, day, store.clock().date())

    def _update_enabled(self) -> None:
        rows = self.model.rows()
        has_store = self.ctx.store is not None
        row = self._selected_row_number()
        running = any(item_state(r) == STATE_CURRENT for r in rows)
        waiting = any(r.started_at is None for r in rows)
        self.start_action.setEnabled(has_store and (running or waiting))
        self.end_action.setEnabled(has_store and running)
        self.add_action.setEnabled(has_store)
        self.bodies_action.setEnabled(has_store)
        for action in (self.edit_action, self.edit_enter_action, self.remove_action):
            action.setEnabled(row >= 0)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < len(rows) - 1)
        self.setEnabled(has_store)

    # --- selection --------------------------------------------------------------------

    def _selected_row_number(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < self.model.rowCount():
            return -1
        return rows[0].row()

    def selected_row(self) -> AgendaItemRow | None:
        number = self._selected_row_number()
        return self.model.row_at(number) if number >= 0 else None

    def selected_id(self) -> AgendaItemId | None:
        row = self.selected_row()
        return row.id if row else None

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _select_default(self) -> None:
        """The item under way, else the next to start, else the first."""
        rows = self.model.rows()
        if not rows:
            self.table.clearSelection()
            return
        chosen = next((r for r in rows if item_state(r) == STATE_CURRENT), None)
        chosen = chosen or next((r for r in rows if r.started_at is None), rows[0])
        self.select_item(chosen.id)

    def _on_selection_changed(self, *_args: object) -> None:
        if self._refreshing:
            return
        new = self.selected_id()
        if self._notes_dirty and self._notes_id is not None and new != self._notes_id:
            # Normally saved already (leaving the field saves); never lose them.
            pending, text = self._notes_id, self.notes_edit.toPlainText()
            self._notes_dirty = False
            self.notes_timer.stop()
            QTimer.singleShot(0, self, lambda: self._save_notes_text(pending, text))
        self._load_notes()
        self._update_enabled()

    # --- notes for the minutes --------------------------------------------------------

    def _load_notes(self) -> None:
        row = self.selected_row()
        new = row.id if row else None
        if new != self._notes_id:
            self._notes_id = new
            self._notes_dirty = False
            self.notes_timer.stop()
            self._set_notes_text(row.notes if row else "")
        elif (
            row is not None
            and not self._notes_dirty
            and self.notes_edit.toPlainText().strip() != row.notes
        ):
            self._set_notes_text(row.notes)  # changed elsewhere: an undo, the dialog
        self.notes_edit.setEnabled(row is not None)
        self.notes_item_label.setText(
            item_name(row) if row else self.tr("Select an item to write its notes.")
        )

    def _set_notes_text(self, text: str) -> None:
        self._loading_notes = True
        try:
            self.notes_edit.setPlainText(text)
        finally:
            self._loading_notes = False

    def _on_notes_typed(self) -> None:
        if self._loading_notes or self._notes_id is None:
            return
        self._notes_dirty = True
        self.notes_timer.start()  # restarts: saved after a pause, not per keystroke

    def notes_pending(self) -> bool:
        """Whether notes were typed and not yet saved."""
        return self._notes_dirty

    def save_notes(self) -> bool:
        """Store the notes being typed as one undoable step (if they changed)."""
        self.notes_timer.stop()
        if not self._notes_dirty or self._notes_id is None:
            return True
        self._notes_dirty = False
        if not self._save_notes_text(self._notes_id, self.notes_edit.toPlainText()):
            self._notes_dirty = True  # kept on screen, and tried again on leaving
            return False
        return True

    def _save_notes_text(self, item_id: AgendaItemId, text: str) -> bool:
        store = self.ctx.store
        if store is None:
            return True
        row = next((r for r in agenda.list_items(store) if r.id == item_id), None)
        if row is None or text.strip() == row.notes:
            return True
        data = replace(agenda_actions.item_data(row), notes=text)
        shown, ok = self.feedback.text(), self.feedback.property("ok")
        saved = self.run(
            lambda: agenda_actions.update_item(self.ctx, item_id, data),
            describe=lambda error: self.tr("Notes not saved: %1").replace(
                "%1", agenda_error_text(error)
            ),
        )
        if saved and shown:
            self.show_feedback(shown, ok=ok)  # saved in passing: the line stays as it was
        return saved

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self.save_notes()
        return super().eventFilter(watched, event)

    # --- actions ----------------------------------------------------------------------

    def _act(self, do: Callable[[], object]) -> bool:
        """Save the notes being typed, then run one action; a refusal is shown in red."""
        if self.ctx.store is None:
            return False
        self.save_notes()
        return self.run(do, describe=agenda_error_text)

    def start_next(self) -> None:
        """F5: end the item under way and start the next one, stamping the times.

        The selection follows the programme when it was on the item under way
        (or on nothing), so the notes field shows the item now being held.
        """
        rows = self.model.rows()
        current = next((r for r in rows if item_state(r) == STATE_CURRENT), None)
        following = next((r for r in rows if r.started_at is None), None)
        selected = self.selected_id()
        anchor = current or following
        follow = selected is None or (anchor is not None and selected == anchor.id)
        if not self._confirm_other_day():
            self.show_feedback(self.tr("Not started: the session is dated another day."), ok=False)
            return
        if not self._act(lambda: agenda_actions.start_next(self.ctx)):
            return
        store = self.ctx.require()
        progress = agenda.progress(store, store.clock())
        if progress.current is not None:
            if follow:
                self.select_item(progress.current.id)
            self.show_feedback(
                self.tr("%1 started at %2")
                .replace("%1", item_name(progress.current))
                .replace("%2", hhmm(progress.current.started_at)),
                ok=True,
            )
        elif current is not None:
            self._show_ended(current.id)

    def end_current(self) -> None:
        """Shift+F5: end the item under way without starting another."""
        rows = self.model.rows()
        current = next((r for r in rows if item_state(r) == STATE_CURRENT), None)
        if self._act(lambda: agenda_actions.end_current(self.ctx)) and current is not None:
            self._show_ended(current.id)

    def _show_ended(self, item_id: AgendaItemId) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        item = self.model.row_at(row)
        self.show_feedback(
            self.tr("%1 ended at %2")
            .replace("%1", item_name(item))
            .replace("%2", hhmm(item.ended_at)),
            ok=True,
        )

    def add_item(self) -> None:
        """Insert: a new item after the selected one (at the end if none)."""
        if self.ctx.store is None:
            return
        self.save_notes()
        selected = self.selected_row()
        position = selected.position + 1 if selected else None
        dialog = AgendaItemDialog(
            self, submit=lambda data: agenda_actions.add_item(self.ctx, data, position)
        )
        if dialog.exec() and isinstance(dialog.result_value, AgendaItemRow):
            self.select_item(dialog.result_value.id)
        self.table.setFocus()

    def edit_item(self) -> None:
        """F2, Enter or a double-click: the selected item's details in a dialog."""
        row = self.selected_row()
        if row is None or self.ctx.store is None:
            return
        self.save_notes()
        row = self.selected_row()  # as saved, notes included
        if row is None:
            return
        item_id = row.id
        AgendaItemDialog(
            self,
            agenda_actions.item_data(row),
            submit=lambda data: agenda_actions.update_item(self.ctx, item_id, data),
        ).exec()
        self.table.setFocus()

    def remove_item(self) -> None:
        """Delete: remove the selected item (and its speeches) after asking."""
        row = self.selected_row()
        store = self.ctx.store
        if row is None or store is None:
            return
        question = self.tr("Remove the item “%1” from the programme?").replace("%1", item_name(row))
        count = len(speeches.queue(store, row.id))
        if count:
            question += "\n\n" + self.tr(
                "Its %1 registered speech(es) are removed with it."
            ).replace("%1", str(count))
        question += "\n\n" + self.tr("This can be undone (Ctrl+Z).")
        answer = QMessageBox.question(
            self,
            self.tr("Remove agenda item"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            item_id = row.id
            self._act(lambda: agenda_actions.remove_item(self.ctx, item_id))
        self.table.setFocus()

    def move_up(self) -> None:
        """Ctrl+Up: the selected item one place earlier."""
        number = self._selected_row_number()
        if number > 0:
            self.move_to(self.model.row_at(number).id, number)

    def move_down(self) -> None:
        """Ctrl+Down: the selected item one place later."""
        number = self._selected_row_number()
        if 0 <= number < self.model.rowCount() - 1:
            self.move_to(self.model.row_at(number).id, number + 2)

    def move_to(self, item_id: AgendaItemId, position: int) -> None:
        """Move an item to a 1-based position (undoable); it stays selected."""
        if self._act(lambda: agenda_actions.move_item(self.ctx, item_id, position)):
            self.select_item(item_id)

    def _on_drop(self, item_id: AgendaItemId, position: int) -> None:
        self.move_to(item_id, position)

    def edit_working_bodies(self) -> None:
        """Ctrl+Shift+B: the presidium, the secretariat (and the credentials committee),
        elected at the start; OK writes them as one undoable step."""
        if self.ctx.store is None:
            return
        self.save_notes()
        WorkingBodiesDialog(self.ctx, self).exec()
        self.table.setFocus()

    # --- state ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()
        self.clock_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.clock_timer.stop()
        self.save_state()
        super().hideEvent(event)

    def save_state(self) -> None:
        """Save the notes being typed; remember the splitter and the column widths.

        The main window calls it before it closes the congress file.
        """
        self.save_notes()
        self._save_splitter()
        state.save_header(STATE_KEY, self.table.horizontalHeader())

    def _save_splitter(self, *_args: object) -> None:
        state.save_splitter(STATE_KEY, self.splitter)
