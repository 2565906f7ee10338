"""The mismatch queue of the blind double entry, and why no result may be announced yet.

Issue 6, deliverable 5 (``services.elections.double_entry``). The second pass is blind:
while it is typed nothing of the comparison shows (not even which papers
differ). Once it is finished (F9) the papers whose two readings differ, or
that were typed in one pass only, are listed with both readings. Each
mismatch is settled by looking at the paper and typing its reading with the
same keys as ballot entry (``BallotReader``): Up/Down choose the paper,
Enter starts typing, Enter again records the resolution (logged, Ctrl+Z takes
it back), Esc on a blank paper returns to the list. F9 finishes the second
pass (papers typed in one pass only then become mismatches too), Shift+F9
reopens it. The banner says whether anything still stands in the way of
announcing the result (``announce_blockers``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError, ValidationError
from secretariat.services import elections
from secretariat.services.elections import RoundId, RoundRow, double_entry
from secretariat.services.elections.double_entry import Mismatch, Resolution
from ui.commands import ballot_actions
from ui.context import CongressContext
from ui.screen import Screen
from ui.widgets.ballot_entry import (
    MUTED,
    BallotReader,
    ballot_error_text,
    reading_summary,
)
from ui.widgets.shortcuts import scale_font, tab_action, wrapping_label

BLOCKED_STYLE = (
    "QLabel { color: #ffffff; background: #b3261e; border-radius: 6px; padding: 6px 12px; }"
)
CLEAR_STYLE = (
    "QLabel { color: #ffffff; background: #1e7b34; border-radius: 6px; padding: 6px 12px; }"
)
COL_SERIAL, COL_FIRST, COL_SECOND = range(3)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MismatchPanel(Screen):
    """The queue of one round: ``set_round(round_id)``."""

    WATCHES = frozenset({"election", "election_round", "candidate", "ballot", "ballot_resolution"})

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("mismatchPanel")
        self.round_id: RoundId | None = None
        self.round_row: RoundRow | None = None
        self.queue: list[Mismatch] = []
        self.resolutions: list[Resolution] = []
        self.finished = False
        self.started = False
        self._build()

    def on_closed(self) -> None:
        self.set_round(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.blockers_label = wrapping_label("blockersLabel")
        scale_font(self.blockers_label, 1.15, bold=True)
        layout.addWidget(self.blockers_label)
        layout.addLayout(self._build_state())
        body = QHBoxLayout()
        left = QVBoxLayout()
        right = QVBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout.addLayout(body, 1)
        self._build_table(left)
        self._build_reader(right)
        self._build_log(left)
        self.feedback.setObjectName("mismatchFeedback")
        scale_font(self.feedback, 1.1, bold=True)
        layout.addWidget(self.feedback)
        self._build_actions()

    def _build_state(self) -> QHBoxLayout:
        state = QHBoxLayout()
        self.state_label = wrapping_label("secondPassState")
        scale_font(self.state_label, 1.1)
        self.finish_button = QPushButton(self.tr("Finish the second pass (F9)"))
        self.finish_button.setObjectName("finishSecondPass")
        self.reopen_button = QPushButton(self.tr("Reopen it (Shift+F9)"))
        self.reopen_button.setObjectName("reopenSecondPass")
        for button in (self.finish_button, self.reopen_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        state.addWidget(self.state_label, 1)
        state.addWidget(self.finish_button)
        state.addWidget(self.reopen_button)
        return state

    def _build_table(self, left: QVBoxLayout) -> None:
        caption = QLabel(self.tr("Papers whose two readings differ"))
        scale_font(caption, 1.1, bold=True)
        left.addWidget(caption)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("mismatchTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("First pass"), self.tr("Second pass")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        scale_font(self.table, 1.15)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_SERIAL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_FIRST, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SECOND, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.table.itemSelectionChanged.connect(self._on_selection)
        left.addWidget(self.table, 2)

    def _build_reader(self, right: QVBoxLayout) -> None:
        self.resolve_label = wrapping_label("resolveLabel")
        scale_font(self.resolve_label, 1.1, bold=True)
        right.addWidget(self.resolve_label)
        self.reader = BallotReader()
        self.reader.set_votes(None)
        right.addWidget(self.reader, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(QLabel(self.tr("Note (optional):")))
        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("resolutionNote")
        self.note_edit.setMaxLength(double_entry.MAX_NOTE)
        note_row.addWidget(self.note_edit, 1)
        right.addLayout(note_row)

    def _build_log(self, left: QVBoxLayout) -> None:
        log_caption = QLabel(self.tr("Resolutions (logged)"))
        log_caption.setStyleSheet(MUTED)
        left.addWidget(log_caption)
        self.log = QListWidget()
        self.log.setObjectName("resolutionLog")
        self.log.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.log.setWordWrap(True)
        left.addWidget(self.log, 1)

    def _build_actions(self) -> None:
        self.reader.submitted.connect(self.resolve)
        self.reader.escaped.connect(lambda: self.table.setFocus())
        self.reader.refused.connect(lambda text: self._say(text, ok=False))
        self.reader.changed.connect(lambda: self._say("", ok=True))
        self.reader.serial_requested.connect(lambda: self.table.setFocus())
        self.finish_action = tab_action(
            self,
            self.tr("Finish the second pass"),
            [QKeySequence(Qt.Key.Key_F9)],
            self.finish_second_pass,
            owner=self,
            button=self.finish_button,
            name="finish_second_pass_action",
        )
        self.reopen_action = tab_action(
            self,
            self.tr("Reopen the second pass"),
            [QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_F9)],
            self.reopen_second_pass,
            owner=self,
            button=self.reopen_button,
            name="reopen_second_pass_action",
        )

    # --- reading ----------------------------------------------------------------------

    def set_round(self, round_id: int | None) -> None:
        changed = round_id != self.round_id
        self.round_id = RoundId(round_id) if round_id is not None else None
        if changed:
            self._say("", ok=True)
            self.reader.set_round(None)
        self.refresh()

    def focus_entry(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        store = self.ctx.store
        keep = self.selected_serial()
        self.round_row, self.queue, self.resolutions, blockers = None, [], [], []
        state = None
        if store is not None and self.round_id is not None:
            try:
                self.round_row = elections.get_round(store, self.round_id)
                self.queue = double_entry.mismatches(store, self.round_id)
                self.resolutions = double_entry.list_resolutions(store, self.round_id)
                blockers = double_entry.announce_blockers(store, self.round_id)
                state = double_entry.second_pass_state(store, self.round_id)
            except SecretariatError:
                self.round_row = None
        row = self.round_row
        self.finished = bool(state and state.finished)
        self.started = bool(state and state.started)
        if not self.finished:
            # Blind: nothing of the comparison shows while the second pass is typed.
            self.queue = []
            if "second_pass_unfinished" in blockers:
                blockers = [code for code in blockers if code != "mismatches_open"]
        self.reader.set_round(row)
        self.reader.set_votes(None)
        self._show_blockers(blockers if row else None)
        if state is None or row is None:
            self.state_label.setText("")
        else:
            text = (
                self.tr("Second pass: %1 of %2 papers typed · finished.")
                if state.finished
                else self.tr("Second pass: %1 of %2 papers typed · still open.")
            )
            self.state_label.setText(
                text.replace("%1", str(state.entered)).replace("%2", str(row.issued or 0))
            )
        self.finish_action.setEnabled(bool(state and state.started and not state.finished))
        self.reopen_action.setEnabled(bool(state and state.finished))
        self._show_queue(keep)
        self._show_log()

    def _show_blockers(self, blockers: list[str] | None) -> None:
        if blockers is None:
            self.blockers_label.setText("")
            self.blockers_label.setStyleSheet("")
            return
        words = {
            "not_started": self.tr("the ballots have not been issued"),
            "no_ballots": self.tr("no paper is entered"),
            "second_pass_unfinished": self.tr("the second pass is not finished (F9)"),
            "mismatches_open": self.tr("%1 mismatches remain").replace("%1", str(len(self.queue))),
            "announced": self.tr("the result is already announced"),
            "stacks_unfinished": self.tr("a counting station's stack still lacks a pass"),
        }
        if not blockers:
            self.blockers_label.setText(
                self.tr("No mismatch remains: the result may be announced.")
            )
            self.blockers_label.setStyleSheet(CLEAR_STYLE)
            self.blockers_label.setProperty("blocked", False)
            return
        self.blockers_label.setText(
            self.tr("No result may be announced: %1.").replace(
                "%1", "; ".join(words.get(code, code) for code in blockers)
            )
        )
        self.blockers_label.setStyleSheet(BLOCKED_STYLE)
        self.blockers_label.setProperty("blocked", True)

    def _show_queue(self, keep: int | None) -> None:
        row = self.round_row
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.queue))
        for index, mismatch in enumerate(self.queue):
            cells = [str(mismatch.serial), "", ""]
            if row is not None:
                cells[COL_FIRST] = reading_summary(mismatch.first, row)
                cells[COL_SECOND] = reading_summary(mismatch.second, row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, mismatch.serial)
                self.table.setItem(index, column, item)
        serials = [m.serial for m in self.queue]
        if serials:
            self.table.selectRow(serials.index(keep) if keep in serials else 0)
        self.table.blockSignals(False)
        self._on_selection()

    def _show_log(self) -> None:
        self.log.clear()
        row = self.round_row
        if row is None:
            return
        for res in reversed(self.resolutions):
            text = (
                self.tr("No. %1: first “%2”, second “%3” → from the paper “%4” (%5, %6)")
                .replace("%1", str(res.serial))
                .replace("%2", reading_summary(res.first, row))
                .replace("%3", reading_summary(res.second, row))
                .replace("%4", reading_summary(res.result, row))
                .replace("%5", res.actor)
                .replace("%6", res.resolved_at.strftime("%H:%M"))
            )
            if res.note:
                text += f" — {res.note}"
            self.log.addItem(text)

    def selected_serial(self) -> int | None:
        items = self.table.selectedItems()
        if not items:
            return None
        value = items[0].data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def _on_selection(self) -> None:
        serial = self.selected_serial()
        self.reader.setEnabled(serial is not None and self.round_row is not None)
        if serial is None:
            if self.round_row is None:
                text = ""
            elif self.started and not self.finished:
                text = self.tr("The two passes are compared when the second pass is finished (F9).")
            else:
                text = self.tr("Nothing to resolve.")
            self.resolve_label.setText(text)
            return
        self.resolve_label.setText(
            self.tr(
                "Paper No. %1: take it from the stack and type what it shows (Enter here)."
            ).replace("%1", str(serial))
        )

    # --- actions ----------------------------------------------------------------------

    def resolve(self) -> None:
        """Enter in the reader: the paper's reading replaces both passes (logged)."""
        serial = self.selected_serial()
        if serial is None or self.round_id is None:
            return
        reading = self.reader.reading()
        note, round_id = self.note_edit.text(), self.round_id
        if not self.run(
            lambda: ballot_actions.resolve_mismatch(
                self.ctx, round_id, serial, note=note, **reading
            ),
            describe=self._error_text,
        ):
            return
        self.reader.clear()
        self.note_edit.clear()
        self._say(
            self.tr("Paper No. %1 resolved from the paper (Ctrl+Z takes it back).").replace(
                "%1", str(serial)
            ),
            ok=True,
        )
        if self.queue:
            self.reader.setFocus()
        else:
            self.table.setFocus()

    def _error_text(self, error: Exception) -> str:
        if isinstance(error, ValidationError):
            texts = {
                "not_a_mismatch": self.tr("Paper No. %1 is not in the queue."),
                "second_pass_empty": self.tr("No paper of the second pass is typed yet."),
                "second_pass_finished": self.tr("The second pass is already finished."),
                "second_pass_unfinished": self.tr("The second pass is still open."),
                "announced": self.tr("The result is announced: the papers can no longer change."),
            }
            if error.code in texts:
                return texts[error.code].replace("%1", str(error.value))
        return ballot_error_text(error, self.round_row.issued if self.round_row else None)

    def finish_second_pass(self) -> None:
        if self.round_id is None:
            return
        round_id = self.round_id
        if not self.run(
            lambda: ballot_actions.finish_second_pass(self.ctx, round_id), describe=self._error_text
        ):
            return
        self._say(self.tr("The second pass is finished."), ok=True)

    def reopen_second_pass(self) -> None:
        if self.round_id is None:
            return
        round_id = self.round_id
        if not self.run(
            lambda: ballot_actions.reopen_second_pass(self.ctx, round_id), describe=self._error_text
        ):
            return
        self._say(self.tr("The second pass is open again."), ok=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
        ):
            if self.selected_serial() is not None:
                self.reader.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _say(self, text: str, *, ok: bool) -> None:
        self.show_feedback(text, ok=ok)
