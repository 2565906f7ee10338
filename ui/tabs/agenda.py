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
reloads from the services on ``ctx.changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import AgendaItemData, AgendaItemId, AgendaItemRow
from secretariat.errors import SecretariatError, ValidationError
from secretariat.rules.timer import clock_text
from secretariat.services import agenda, speeches
from secretariat.services.agenda import MAX_TITLE, Progress
from ui import state
from ui.commands import agenda_actions
from ui.context import CongressContext
from ui.dialogs.working_bodies import WorkingBodiesDialog
from ui.messages import describe
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
from ui.widgets.shortcuts import key_button, scale_font, tab_action, wrapping_label

STATE_KEY = "agenda"  # ui.state key of the splitter and the table header
NOTES_SAVE_DELAY_MS = 1500  # a pause in typing this long saves the notes
DEFAULT_MINUTES = 10
# Actions that cannot change what this tab shows; a scanner fires many of them.
IGNORED_ACTIONS = ("attendance.", "speech.", "member.", "guest.", "setting.")

PANEL_STYLE = (
    "QFrame#agendaStatus { background: #f4f7fb; border: 1px solid #cfd8e3; border-radius: 6px; }"
)
DRIFT_STYLES = {
    "behind": "QLabel { color: #8e1212; background: #fde8e8; border: 1px solid #d93025;"
    " border-radius: 4px; padding: 3px 10px; }",
    "ahead": "QLabel { color: #0f5a1e; background: #e3f4e5; border: 1px solid #8cc79a;"
    " border-radius: 4px; padding: 3px 10px; }",
    "on_time": "QLabel { color: #1f3b5c; background: #e6eef8; border: 1px solid #a9c0dc;"
    " border-radius: 4px; padding: 3px 10px; }",
}
OK_STYLE = "QLabel { color: #0f5a1e; font-weight: bold; }"
ERROR_STYLE = "QLabel { color: #b3261e; font-weight: bold; }"
ELAPSED_OVER = "QLabel { color: #b3261e; }"
MUTED = "QLabel { color: #5f6b7a; }"


def agenda_error_text(error: Exception) -> str:
    """Words for the refusals of the agenda services (others: ui.messages.describe)."""
    if isinstance(error, ValidationError):
        key = (error.code, error.field)
        texts = {
            ("agenda_finished", ""): QCoreApplication.translate(
                "AgendaTab", "Every item has been held: there is no next item to start."
            ),
            ("nothing_running", ""): QCoreApplication.translate(
                "AgendaTab", "No item is under way."
            ),
            ("missing", "title"): QCoreApplication.translate(
                "AgendaTab", "The item needs a title."
            ),
            ("too_long", "title"): QCoreApplication.translate(
                "AgendaTab", "The title is too long (at most %1 characters)."
            ).replace("%1", str(MAX_TITLE)),
            ("invalid", "planned_minutes"): QCoreApplication.translate(
                "AgendaTab", "The planned time must be between 0 and 1440 minutes."
            ),
            ("too_long", "notes"): QCoreApplication.translate(
                "AgendaTab", "The notes are too long (at most %1 characters)."
            ).replace("%1", str(agenda.MAX_NOTES)),
        }
        if key in texts:
            return texts[key]
    return describe(error)


class AgendaItemDialog(QDialog):
    """Add or edit one agenda item; OK runs ``submit``, a refusal is shown inside."""

    def __init__(
        self,
        parent: QWidget | None = None,
        item: AgendaItemData | None = None,
        submit: Callable[[AgendaItemData], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_item_dialog")
        self.setWindowTitle(self.tr("Edit agenda item") if item else self.tr("Add agenda item"))
        self.setMinimumWidth(560)
        self._submit = submit
        self._original = item
        self.result_value: object = None

        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("title_edit")
        self.title_edit.setMaxLength(MAX_TITLE)
        self.presenter_edit = QLineEdit()
        self.presenter_edit.setObjectName("presenter_edit")
        self.presenter_edit.setPlaceholderText(self.tr("e.g. Đồng chí Lê Đình Khải, Bí thư Chi bộ"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setObjectName("minutes_spin")
        self.minutes_spin.setRange(0, 24 * 60)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setMaximumWidth(120)
        self.vote_check = QCheckBox(self.tr("Voted on by show of &hands"))
        self.vote_check.setObjectName("vote_check")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes_edit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 12)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Presenter:"), self.presenter_edit)
        form.addRow(self.tr("Planned ti&me:"), self.minutes_spin)
        form.addRow("", self.vote_check)
        form.addRow(self.tr("&Notes for the minutes:"), self.notes_edit)
        self.error_label = wrapping_label("error_label")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._fields: dict[str, QWidget] = {
            "title": self.title_edit,
            "planned_minutes": self.minutes_spin,
            "notes": self.notes_edit,
        }

        data = item or AgendaItemData("", planned_minutes=DEFAULT_MINUTES)
        self.title_edit.setText(data.title)
        self.title_edit.setCursorPosition(0)
        self.presenter_edit.setText(data.presenter)
        self.minutes_spin.setValue(data.planned_minutes)
        self.vote_check.setChecked(data.needs_vote)
        self.notes_edit.setPlainText(data.notes)
        self.title_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.title_edit.setFocus()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def data(self) -> AgendaItemData:
        return AgendaItemData(
            title=self.title_edit.text().strip(),
            presenter=self.presenter_edit.text().strip(),
            planned_minutes=self.minutes_spin.value(),
            needs_vote=self.vote_check.isChecked(),
            notes=self.notes_edit.toPlainText().strip(),
            code=self._original.code if self._original else "",
        )

    def accept(self) -> None:
        if not self.ok_button().isEnabled():
            return
        data = self.data()
        original = agenda_actions.item_data(self._original) if self._original else None
        if self._submit is not None and data != original:
            try:
                self.result_value = self._submit(data)
            except (SecretariatError, OSError) as error:
                self.show_error(error)
                return
        super().accept()

    def show_error(self, error: Exception) -> None:
        self.error_label.setText(agenda_error_text(error))
        self.error_label.show()
        if isinstance(error, ValidationError) and error.field in self._fields:
            self._fields[error.field].setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.title_edit.text().strip()))


class AgendaTab(QWidget):
    """The programme under way, its items and the notes for the minutes."""

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agenda_tab")
        self.ctx = ctx
        self._refreshing = False  # selection changes made by a reload, not by the user
        self._acting = False  # our own action runs: keep its feedback line
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

        ctx.changed.connect(self._on_changed)
        ctx.opened.connect(self.refresh)
        ctx.closed.connect(self.refresh)
        self.refresh()
        state.restore_splitter(STATE_KEY, self.splitter)
        state.restore_header(STATE_KEY, self.table.horizontalHeader())

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_status())

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
        self.feedback = wrapping_label("agendaFeedback")
        row.addWidget(self.feedback, 1)
        layout.addLayout(row)

        self.table = QTableView()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
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
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

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

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("agendaSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(notes_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([960, 300])
        self.splitter.splitterMoved.connect(self._save_splitter)
        layout.addWidget(self.splitter, 1)

    def _build_status(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("agendaStatus")
        panel.setStyleSheet(PANEL_STYLE)
        grid = QGridLayout(panel)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)

        self.now_label = wrapping_label("nowLabel")
        scale_font(self.now_label, 1.8, bold=True)
        self.detail_label = wrapping_label("detailLabel")
        scale_font(self.detail_label, 1.1)
        self.next_label = wrapping_label("nextLabel")
        scale_font(self.next_label, 1.1)
        self.next_label.setStyleSheet(MUTED)
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(self.now_label)
        left.addWidget(self.detail_label)
        left.addWidget(self.next_label)
        left.addStretch(1)
        grid.addLayout(left, 0, 0)

        self.elapsed_label = QLabel()
        self.elapsed_label.setObjectName("elapsedLabel")
        scale_font(self.elapsed_label, 3.2, bold=True)
        self.elapsed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_caption = wrapping_label("elapsedCaption")
        self.elapsed_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elapsed_caption.setStyleSheet(MUTED)
        middle = QVBoxLayout()
        middle.setSpacing(0)
        middle.addWidget(self.elapsed_label)
        middle.addWidget(self.elapsed_caption)
        middle.addStretch(1)
        grid.addLayout(middle, 0, 1)

        self.drift_label = QLabel()
        self.drift_label.setObjectName("driftLabel")
        scale_font(self.drift_label, 1.35, bold=True)
        self.drift_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        scale_font(self.progress_label, 1.1)
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.drift_label)
        right.addWidget(self.progress_label)
        right.addWidget(self.progress_bar)
        right.addStretch(1)
        grid.addLayout(right, 0, 2)

        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(1, 190)
        grid.setColumnMinimumWidth(2, 230)
        return panel

    def _build_actions(self) -> None:
        tab = Qt.ShortcutContext.WidgetWithChildrenShortcut
        table = Qt.ShortcutContext.WidgetShortcut

        def add(
            name: str,
            text: str,
            keys: list[QKeySequence],
            slot: Callable[[], object],
            owner: QWidget,
            context: Qt.ShortcutContext,
            button: QPushButton | None = None,
        ) -> QAction:
            return tab_action(
                self, text, keys, slot, owner=owner, context=context, button=button, name=name
            )

        ctrl = Qt.KeyboardModifier.ControlModifier
        self.start_action = add(
            "start_next_action",
            self.tr("Start the next item"),
            [QKeySequence(Qt.Key.Key_F5)],
            self.start_next,
            self,
            tab,
            self.start_button,
        )
        self.end_action = add(
            "end_current_action",
            self.tr("End the current item"),
            [QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_F5)],
            self.end_current,
            self,
            tab,
            self.end_button,
        )
        self.add_action = add(
            "add_item_action",
            self.tr("Add an item"),
            [QKeySequence(Qt.Key.Key_Insert)],
            self.add_item,
            self,
            tab,
            self.add_button,
        )
        self.edit_action = add(
            "edit_item_action",
            self.tr("Edit the item"),
            [QKeySequence(Qt.Key.Key_F2)],
            self.edit_item,
            self,
            tab,
            self.edit_button,
        )
        # Enter and Delete belong to the notes field while it has the keyboard.
        self.edit_enter_action = add(
            "edit_item_enter_action",
            self.tr("Edit the item"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            self.edit_item,
            self.table,
            table,
        )
        self.remove_action = add(
            "remove_item_action",
            self.tr("Remove the item"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_item,
            self.table,
            table,
            self.remove_button,
        )
        self.up_action = add(
            "move_up_action",
            self.tr("Move the item up"),
            [QKeySequence(ctrl | Qt.Key.Key_Up)],
            self.move_up,
            self,
            tab,
            self.up_button,
        )
        self.down_action = add(
            "move_down_action",
            self.tr("Move the item down"),
            [QKeySequence(ctrl | Qt.Key.Key_Down)],
            self.move_down,
            self,
            tab,
            self.down_button,
        )
        self.bodies_action = add(
            "working_bodies_action",
            self.tr("Working bodies…"),
            [QKeySequence(ctrl | Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_B)],
            self.edit_working_bodies,
            self,
            tab,
            self.bodies_button,
        )

    # --- reading ----------------------------------------------------------------------

    def _on_changed(self, action: str) -> None:
        if action.startswith(IGNORED_ACTIONS):
            return
        if not self._acting:
            self._show_feedback("", ok=True)  # an undo, a redo or another screen: stale
        self.refresh()

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
            self._show_progress(None)
            return
        self._show_progress(agenda.progress(store, store.clock()))

    def _show_progress(self, progress: Progress | None) -> None:
        if progress is None or progress.total == 0:
            self.now_label.setText(
                self.tr("The programme is empty: press Insert to add an item.")
                if progress is not None
                else self.tr("No congress is open.")
            )
            for label in (self.detail_label, self.next_label, self.elapsed_caption):
                label.clear()
            self.elapsed_label.setText("")
            self.drift_label.hide()
            self.progress_label.clear()
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(0)
            return
        current = progress.current
        if current is not None:
            self.now_label.setText(self.tr("Now: %1").replace("%1", self._name(current)))
            started = hhmm(current.started_at)
            self.detail_label.setText(
                self.tr("Started at %1 · planned %2 min")
                .replace("%1", started)
                .replace("%2", str(current.planned_minutes))
            )
            self.elapsed_label.setText(clock_text(progress.elapsed_seconds))
            over = 0 < current.planned_minutes * 60 < progress.elapsed_seconds
            self.elapsed_label.setStyleSheet(ELAPSED_OVER if over else "")
            self.elapsed_caption.setText(
                self.tr("elapsed of %1 min planned").replace("%1", str(current.planned_minutes))
            )
        else:
            if progress.done == 0:
                self.now_label.setText(self.tr("Not started"))
                start = agenda.session_start(self.ctx.require())
                self.detail_label.setText(
                    self.tr("The session is planned to start at %1.").replace("%1", hhmm(start))
                    if start
                    else ""
                )
            elif progress.done == progress.total:
                self.now_label.setText(self.tr("All items done"))
                self.detail_label.clear()
            else:
                self.now_label.setText(self.tr("No item under way"))
                self.detail_label.setText(self.tr("Press F5 to start the next item."))
            self.elapsed_label.setText("–:––")
            self.elapsed_label.setStyleSheet(MUTED)
            self.elapsed_caption.clear()  # the line above says why
        following = progress.following
        if following is not None:
            self.next_label.setText(self.tr("Next: %1").replace("%1", self._name(following)))
        elif current is not None:
            self.next_label.setText(self.tr("This is the last item."))
        else:
            self.next_label.clear()
        if progress.other_day is not None:
            self._show_other_day(progress.other_day)
        else:
            self._show_drift(progress.drift_minutes)
        self.progress_label.setText(
            self.tr("%1 of %2 items done")
            .replace("%1", str(progress.done))
            .replace("%2", str(progress.total))
        )
        self.progress_bar.setRange(0, progress.total)
        self.progress_bar.setValue(progress.done)

    def _show_other_day(self, day: date) -> None:
        """The session is dated another day: no drift against a plan of that day."""
        self.drift_label.setText(
            self.tr("Session dated %1, not today: no plan comparison").replace(
                "%1", day.strftime("%d/%m/%Y")
            )
        )
        self.drift_label.setProperty("drift", "behind")
        self.drift_label.setStyleSheet(DRIFT_STYLES["behind"])
        self.drift_label.show()

    def _confirm_other_day(self) -> bool:
        """F5 on a day other than the session's: say so before stamping today's times."""
        store = self.ctx.require()
        day = agenda.session_day_mismatch(store, store.clock())
        if day is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Session dated another day"),
            self.tr(
                "The official session is dated %1, but today is %2. The times F5 stamps are "
                "today's, so the minutes would give two dates. Correct the session's date in "
                "the Congress tab first, or start the item anyway?"
            )
            .replace("%1", day.strftime("%d/%m/%Y"))
            .replace("%2", store.clock().strftime("%d/%m/%Y")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_drift(self, minutes: int) -> None:
        if minutes > 0:
            kind, text = "behind", self.tr("%1 min behind plan").replace("%1", str(minutes))
        elif minutes < 0:
            kind, text = "ahead", self.tr("%1 min ahead").replace("%1", str(-minutes))
        else:
            kind, text = "on_time", self.tr("On time")
        self.drift_label.setText(text)
        self.drift_label.setProperty("drift", kind)
        self.drift_label.setStyleSheet(DRIFT_STYLES[kind])
        self.drift_label.show()

    @staticmethod
    def _name(row: AgendaItemRow) -> str:
        return f"{row.position}. {row.title}"

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
            self._name(row) if row else self.tr("Select an item to write its notes.")
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
        self._acting = True
        try:
            agenda_actions.update_item(self.ctx, item_id, data)
        except SecretariatError as error:
            self._show_feedback(
                self.tr("Notes not saved: %1").replace("%1", agenda_error_text(error)), ok=False
            )
            return False
        finally:
            self._acting = False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes_edit and event.type() == QEvent.Type.FocusOut:
            self.save_notes()
        return super().eventFilter(watched, event)

    # --- actions ----------------------------------------------------------------------

    def _run(self, do: Callable[[], object]) -> bool:
        """Save the notes being typed, then run one action; a refusal is shown in red."""
        if self.ctx.store is None:
            return False
        self.save_notes()
        self._acting = True
        try:
            do()
        except SecretariatError as error:
            self._show_feedback(agenda_error_text(error), ok=False)
            return False
        finally:
            self._acting = False
        self._show_feedback("", ok=True)
        return True

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
            self._show_feedback(self.tr("Not started: the session is dated another day."), ok=False)
            return
        if not self._run(lambda: agenda_actions.start_next(self.ctx)):
            return
        store = self.ctx.require()
        progress = agenda.progress(store, store.clock())
        if progress.current is not None:
            if follow:
                self.select_item(progress.current.id)
            self._show_feedback(
                self.tr("%1 started at %2")
                .replace("%1", self._name(progress.current))
                .replace("%2", hhmm(progress.current.started_at)),
                ok=True,
            )
        elif current is not None:
            self._show_ended(current.id)

    def end_current(self) -> None:
        """Shift+F5: end the item under way without starting another."""
        rows = self.model.rows()
        current = next((r for r in rows if item_state(r) == STATE_CURRENT), None)
        if self._run(lambda: agenda_actions.end_current(self.ctx)) and current is not None:
            self._show_ended(current.id)

    def _show_ended(self, item_id: AgendaItemId) -> None:
        row = self.model.row_of(item_id)
        if row < 0:
            return
        item = self.model.row_at(row)
        self._show_feedback(
            self.tr("%1 ended at %2")
            .replace("%1", self._name(item))
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
        question = self.tr("Remove the item “%1” from the programme?").replace(
            "%1", self._name(row)
        )
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
            self._run(lambda: agenda_actions.remove_item(self.ctx, item_id))
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
        if self._run(lambda: agenda_actions.move_item(self.ctx, item_id, position)):
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

    # --- feedback and state -----------------------------------------------------------

    def _show_feedback(self, text: str, *, ok: bool) -> None:
        self.feedback.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.feedback.setProperty("ok", ok if text else None)
        self.feedback.setText(text)

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
