"""The votes tab: record the show-of-hands votes (biểu quyết) of the congress.

Left, the list of votes in programme order with their results; Insert adds a
vote, F2 rewords it, Delete removes it (after asking). When the list is empty,
one button adds the default votes (one per agenda item that needs one).

Right, the selected vote: before it is held, the majority base and the full
members present now; once held, the base frozen on the vote with its
breakdown (a later change of attendance does not rewrite it, docs/domain/rules.md 2).
Three spin boxes take the counts from the keyboard (Tab moves between them,
Enter records); F7 records "all in favour" in one key. The verdict is decided
by the core (yes × 2 > base) and shown in large type with the percent and the
warnings. F10 shows the result in the hall, Shift+F10 takes it off.

Every edit goes through ``ui.commands.vote_actions`` (undoable); the screen
reloads from the services on ``ctx.changed``, keeping the selection by id.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import VoteId, VoteRow
from secretariat.errors import SecretariatError, ValidationError
from secretariat.rules.majority import AttendanceCounters
from secretariat.rules.votes import FEWER_THAN_PRESENT, MORE_THAN_PRESENT, VoteResult
from secretariat.services import agenda, attendance, votes
from secretariat.services.votes import MAX_SUBJECT
from ui.commands import vote_actions
from ui.context import CongressContext
from ui.messages import describe
from ui.projector import ProjectorController
from ui.widgets.charts import vote_chart
from ui.widgets.shortcuts import key_button, scale_font, tab_action, wrapping_label

ID_ROLE = Qt.ItemDataRole.UserRole
COL_NUMBER, COL_SUBJECT, COL_ITEM, COL_RESULT = range(4)
MAX_COUNT = 9999
IGNORED_ACTIONS = ("speech.", "setting.")

OK_STYLE = "QLabel { color: #0f5a1e; font-weight: bold; }"
ERROR_STYLE = "QLabel { color: #b3261e; font-weight: bold; }"
MUTED = "QLabel { color: #5f6b7a; }"
PASSED_STYLE = (
    "QLabel { color: #ffffff; background: #1e7b34; border-radius: 6px; padding: 6px 18px; }"
)
FAILED_STYLE = (
    "QLabel { color: #ffffff; background: #b3261e; border-radius: 6px; padding: 6px 18px; }"
)
PENDING_STYLE = (
    "QLabel { color: #5f6b7a; background: #eef1f5; border-radius: 6px; padding: 6px 18px; }"
)
WARNING_STYLE = "QLabel { color: #8a5300; font-weight: bold; }"
PANEL_STYLE = (
    "QFrame#voteBasePanel { background: #f4f7fb; border: 1px solid #cfd8e3; border-radius: 6px; }"
)
PASSED_COLOUR = "#1e7b34"
FAILED_COLOUR = "#b3261e"


def vote_error_text(error: Exception) -> str:
    """Words for the refusals of the vote services (others: ui.messages.describe)."""
    if isinstance(error, ValidationError):
        key = (error.code, error.field)
        texts = {
            ("missing", "subject"): QCoreApplication.translate(
                "VotesTab", "The vote needs a subject."
            ),
            ("too_long", "subject"): QCoreApplication.translate(
                "VotesTab", "The subject is too long (at most %1 characters)."
            ).replace("%1", str(MAX_SUBJECT)),
            ("more_than_present", "yes"): QCoreApplication.translate(
                "VotesTab",
                "Refused: %1 votes is more than the full members present. "
                "Check the count; nothing was recorded.",
            ).replace("%1", str(error.value)),
            ("votes_not_empty", ""): QCoreApplication.translate(
                "VotesTab", "The congress already has votes."
            ),
        }
        if key in texts:
            return texts[key]
    return describe(error)


def hall_lines(row: VoteRow, result: VoteResult) -> list[str]:
    """What the hall reads (always Vietnamese, like the minutes)."""
    verdict = "ĐÃ THÔNG QUA" if result.passed else "KHÔNG THÔNG QUA"
    return [
        f"Tán thành: {row.yes}/{row.base} ({result.percent_text})",
        f"Không tán thành: {row.no}",
        f"Ý kiến khác: {row.other}",
        f"Mẫu số: {row.base} — {verdict}",
    ]


class VoteSubjectDialog(QDialog):
    """Type a vote's subject; OK runs ``submit``, a refusal is shown inside."""

    def __init__(
        self,
        parent: QWidget | None = None,
        subject: str = "",
        submit: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("vote_subject_dialog")
        self.setWindowTitle(self.tr("Reword the vote") if subject else self.tr("Add a vote"))
        self.setMinimumWidth(560)
        self._submit = submit
        self._original = subject
        self.result_value: object = None
        self.subject_edit = QLineEdit(subject)
        self.subject_edit.setObjectName("subject_edit")
        self.subject_edit.setMaxLength(MAX_SUBJECT)
        self.subject_edit.setPlaceholderText(self.tr("e.g. Biểu quyết thông qua nghị quyết"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        self.error_label = wrapping_label("error_label")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.subject_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.subject_edit.setFocus()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.subject_edit.text().strip()))

    def accept(self) -> None:
        if not self.ok_button().isEnabled():
            return
        text = self.subject_edit.text().strip()
        if self._submit is not None and text != self._original:
            try:
                self.result_value = self._submit(text)
            except (SecretariatError, OSError) as error:
                self.error_label.setText(vote_error_text(error))
                self.error_label.show()
                return
        super().accept()


class VotesTab(QWidget):
    """The list of votes and the result of the selected one."""

    def __init__(
        self,
        ctx: CongressContext,
        parent: QWidget | None = None,
        projector: ProjectorController | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("votes_tab")
        self.ctx = ctx
        self.projector = projector
        self._rows: list[VoteRow] = []
        self._refreshing = False
        self._acting = False
        self._loaded: VoteRow | None = None  # the vote whose counts the spin boxes show
        self._build()
        self._build_actions()
        ctx.changed.connect(self._on_changed)
        ctx.opened.connect(self.refresh)
        ctx.closed.connect(self.refresh)
        self.refresh()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.feedback = wrapping_label("votesFeedback")
        scale_font(self.feedback, 1.05)

        # Left: the list.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Show-of-hands votes"))
        scale_font(caption, 1.2, bold=True)
        left_layout.addWidget(caption)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("votesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("#"), self.tr("Subject"), self.tr("Item"), self.tr("Result")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SUBJECT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(COL_NUMBER, 36)
        self.table.setColumnWidth(COL_ITEM, max(56, header.sectionSizeHint(COL_ITEM)))
        self.table.setColumnWidth(COL_RESULT, 200)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        # Tab leaves the list for the counts (not cell to cell); a digit typed in the
        # list starts the "In favour" count instead of the list's keyboard search.
        self.table.setTabKeyNavigation(False)
        self.table.doubleClicked.connect(lambda _index: self.edit_subject())
        left_layout.addWidget(self.table, 1)

        self.seed_button = QPushButton(self.tr("Add default votes (one per agenda item)"))
        self.seed_button.setObjectName("seedButton")
        scale_font(self.seed_button, 1.1, bold=True)
        self.seed_button.setMinimumHeight(40)
        self.seed_button.clicked.connect(self.seed_defaults)
        left_layout.addWidget(self.seed_button)
        buttons = QHBoxLayout()
        self.add_button = key_button(self.tr("Add… (Insert)"), "addButton")
        self.edit_button = key_button(self.tr("Reword… (F2)"), "editButton")
        self.remove_button = key_button(self.tr("Remove (Delete)"), "removeButton")
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        # Right: the selected vote.
        right = QWidget()
        right.setObjectName("voteDetail")
        detail = QVBoxLayout(right)
        detail.setContentsMargins(8, 0, 0, 0)
        self.subject_label = wrapping_label("subjectLabel")
        scale_font(self.subject_label, 1.35, bold=True)
        detail.addWidget(self.subject_label)
        self.item_label = wrapping_label("itemLabel")
        self.item_label.setStyleSheet(MUTED)
        detail.addWidget(self.item_label)

        panel = QFrame()
        panel.setObjectName("voteBasePanel")
        panel.setStyleSheet(PANEL_STYLE)
        base_layout = QVBoxLayout(panel)
        base_layout.setContentsMargins(12, 8, 12, 8)
        self.base_label = wrapping_label("baseLabel")
        scale_font(self.base_label, 1.2, bold=True)
        self.breakdown_label = wrapping_label("breakdownLabel")
        self.breakdown_label.setStyleSheet(MUTED)
        base_layout.addWidget(self.base_label)
        base_layout.addWidget(self.breakdown_label)
        detail.addWidget(panel)

        counts = QFormLayout()
        counts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.yes_spin = self._spin("yesSpin")
        self.no_spin = self._spin("noSpin")
        self.other_spin = self._spin("otherSpin")
        counts.addRow(self.tr("&In favour (tán thành):"), self.yes_spin)
        counts.addRow(self.tr("&Against (không tán thành):"), self.no_spin)
        counts.addRow(self.tr("&Other opinion (ý kiến khác):"), self.other_spin)
        detail.addLayout(counts)
        self.table.installEventFilter(self)  # now that the counts exist
        self.setTabOrder(self.yes_spin, self.no_spin)
        self.setTabOrder(self.no_spin, self.other_spin)

        actions = QHBoxLayout()
        self.hold_button = key_button(self.tr("Record (Enter)"), "holdButton")
        self.all_button = key_button(self.tr("All in favour (F7)"), "allInFavourButton")
        scale_font(self.all_button, 1.25, bold=True)
        self.all_button.setMinimumHeight(48)
        self.hold_button.setMinimumHeight(48)
        self.clear_button = key_button(self.tr("Clear result"), "clearButton")
        self.clear_button.setMinimumHeight(48)
        actions.addWidget(self.all_button, 2)
        actions.addWidget(self.hold_button, 1)
        actions.addWidget(self.clear_button, 1)
        detail.addLayout(actions)

        self.verdict_label = QLabel()
        self.verdict_label.setObjectName("verdictLabel")
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.verdict_label, 2.6, bold=True)
        detail.addWidget(self.verdict_label)
        self.percent_label = QLabel()
        self.percent_label.setObjectName("percentLabel")
        self.percent_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.percent_label, 1.5, bold=True)
        detail.addWidget(self.percent_label)
        self.warnings_label = wrapping_label("warningsLabel")
        self.warnings_label.setStyleSheet(WARNING_STYLE)
        detail.addWidget(self.warnings_label)

        hall = QHBoxLayout()
        self.show_button = key_button(self.tr("Show result in the hall (F10)"), "showButton")
        self.hide_button = key_button(self.tr("Clear the hall (Shift+F10)"), "hideButton")
        hall.addWidget(self.show_button)
        hall.addWidget(self.hide_button)
        hall.addStretch(1)
        if self.projector is None:  # never setVisible(True) here: no parent yet, it
            self.show_button.hide()  # would open as a window of its own and take the keys
            self.hide_button.hide()
        detail.addLayout(hall)
        detail.addWidget(self.feedback)
        detail.addStretch(1)
        right.setMinimumWidth(420)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("votesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([740, 520])
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.table, self.yes_spin)  # from the list, Tab goes to the counts

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, MAX_COUNT)
        spin.setMinimumWidth(110)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        scale_font(spin, 1.4, bold=True)
        spin.installEventFilter(self)
        return spin

    def _build_actions(self) -> None:
        tab = Qt.ShortcutContext.WidgetWithChildrenShortcut
        shift = Qt.KeyboardModifier.ShiftModifier

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

        self.add_action = add(
            "add_vote_action",
            self.tr("Add a vote"),
            [QKeySequence(Qt.Key.Key_Insert)],
            self.add_vote,
            self,
            tab,
            self.add_button,
        )
        self.edit_action = add(
            "edit_vote_action",
            self.tr("Reword the vote"),
            [QKeySequence(Qt.Key.Key_F2)],
            self.edit_subject,
            self,
            tab,
            self.edit_button,
        )
        self.remove_action = add(
            "remove_vote_action",
            self.tr("Remove the vote"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_vote,
            self.table,
            Qt.ShortcutContext.WidgetShortcut,
            self.remove_button,
        )
        self.count_action = add(
            "type_counts_action",
            self.tr("Type the counts"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            self.focus_counts,
            self.table,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.all_action = add(
            "all_in_favour_action",
            self.tr("All in favour"),
            [QKeySequence(Qt.Key.Key_F7)],
            self.all_in_favour,
            self,
            tab,
            self.all_button,
        )
        self.hold_button.clicked.connect(self.hold)
        self.clear_action = add(
            "clear_result_action",
            self.tr("Clear the result"),
            [],
            self.clear_result,
            self,
            tab,
            self.clear_button,
        )
        self.show_action = add(
            "show_in_hall_action",
            self.tr("Show the result in the hall"),
            [QKeySequence(Qt.Key.Key_F10)],
            self.show_in_hall,
            self,
            tab,
            self.show_button,
        )
        self.hide_action = add(
            "clear_hall_action",
            self.tr("Clear the hall"),
            [QKeySequence(shift | Qt.Key.Key_F10)],
            self.clear_hall,
            self,
            tab,
            self.hide_button,
        )
        self.show_action.setEnabled(self.projector is not None)
        self.hide_action.setEnabled(self.projector is not None)

    # --- reading ----------------------------------------------------------------------

    def _on_changed(self, action: str) -> None:
        if action.startswith(IGNORED_ACTIONS):
            return
        if not self._acting:
            self._show_feedback("", ok=True)  # an undo, a redo or another screen: stale
        self.refresh()

    def refresh(self) -> None:
        """Reload the votes, keeping the selected one by id."""
        store = self.ctx.store
        keep = self.selected_id()
        self._rows = votes.list_votes(store) if store else []
        numbers = {i.id: i.position for i in agenda.list_items(store)} if store else {}
        self._refreshing = True
        try:
            self.table.setRowCount(len(self._rows))
            for n, row in enumerate(self._rows):
                item = row.agenda_item_id
                cells = (
                    str(row.position),
                    row.subject,
                    str(numbers.get(item, "")) if item is not None else "",
                    self.result_text(row),
                )
                for column, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setData(ID_ROLE, int(row.id))
                    if column == COL_SUBJECT:
                        cell.setToolTip(row.subject)
                    if column in (COL_NUMBER, COL_ITEM):
                        cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    if column == COL_RESULT and row.held:
                        passed = votes.result(row).passed
                        colour = PASSED_COLOUR if passed else FAILED_COLOUR
                        cell.setForeground(QBrush(QColor(colour)))
                    self.table.setItem(n, column, cell)
            ids = [r.id for r in self._rows]
            if keep in ids:
                self.table.selectRow(ids.index(keep))
            elif self._rows and keep is None:
                self.table.clearSelection()
        finally:
            self._refreshing = False
        empty = store is not None and not self._rows
        self.seed_button.setVisible(empty)
        self.add_action.setEnabled(store is not None)
        self._show_detail()

    def result_text(self, row: VoteRow) -> str:
        """The result column: "✓ passed 23/24 (95,83%)", "✗ not passed …", "not held yet"."""
        if not row.held:
            return self.tr("not held yet")
        result = votes.result(row)
        text = self.tr("✓ passed %1") if result.passed else self.tr("✗ not passed %1")
        return text.replace("%1", f"{row.yes}/{row.base} ({result.percent_text})")

    def selected_id(self) -> VoteId | None:
        items = self.table.selectedItems()
        if not items:
            return None
        return VoteId(items[0].data(ID_ROLE))

    def selected_row(self) -> VoteRow | None:
        ident = self.selected_id()
        return next((r for r in self._rows if r.id == ident), None)

    def select_vote(self, vote_id: VoteId) -> None:
        ids = [r.id for r in self._rows]
        if vote_id in ids:
            self.table.selectRow(ids.index(vote_id))

    def _on_selection_changed(self) -> None:
        if self._refreshing:
            return
        self._show_feedback("", ok=True)
        self._show_detail()

    def _counters(self) -> AttendanceCounters | None:
        store = self.ctx.store
        return attendance.counters(store, store.clock()) if store else None

    def _breakdown(
        self,
        summoned: int,
        temporary_out: int,
        exempt: int,
        suspended: int,
        excused: int,
        absent: int,
        base: int,
    ) -> str:
        text = self.tr("%1 full members summoned").replace("%1", str(summoned))
        for count, label in (
            (temporary_out, self.tr("attached out")),
            (exempt, self.tr("exempt, not present")),
            (suspended, self.tr("suspended")),
            (excused, self.tr("absent with accepted reason")),
            (absent, self.tr("absent throughout")),
        ):
            if count:
                text += f" − {count} {label}"
        return f"{text} = {base}"

    def _show_detail(self) -> None:
        row = self.selected_row()
        has = row is not None
        for widget in (
            self.yes_spin,
            self.no_spin,
            self.other_spin,
            self.hold_button,
            self.all_button,
        ):
            widget.setEnabled(has)
        self.clear_button.setEnabled(has and row is not None and row.held)
        self.edit_action.setEnabled(has)
        self.remove_action.setEnabled(has)
        self.all_action.setEnabled(has)
        self.clear_action.setEnabled(has and row is not None and row.held)
        self.show_button.setEnabled(has and row is not None and row.held)
        if row is None:
            self._loaded = None
            self.subject_label.setText(
                self.tr("Select a vote to record its result.")
                if self._rows
                else self.tr("No votes yet: add the default votes or press Insert.")
            )
            self.item_label.clear()
            counters = self._counters()
            if counters is not None:
                self._show_now(counters)
            else:
                self.base_label.clear()
                self.breakdown_label.clear()
            self._show_verdict(None)
            return
        self.subject_label.setText(row.subject)
        self.item_label.setText(self._item_text(row))
        if row.held and row.base is not None:
            held_at = row.held_at.strftime("%H:%M") if row.held_at else ""
            self.base_label.setText(
                self.tr("Majority base %1 · full members present %2 (frozen at %3)")
                .replace("%1", str(row.base))
                .replace("%2", str(row.voters_present))
                .replace("%3", held_at)
            )
            self.breakdown_label.setText(
                self._breakdown(
                    row.base_full_summoned or 0,
                    row.base_temporary_out or 0,
                    row.base_exempt_not_present or 0,
                    row.base_suspended or 0,
                    row.base_excused or 0,
                    row.base_absent_throughout or 0,
                    row.base,
                )
            )
        else:
            counters = self._counters()
            if counters is not None:
                self._show_now(counters)
        if self._loaded is None or self._loaded != row:
            self._loaded = row
            self.yes_spin.setValue(row.yes or 0)
            self.no_spin.setValue(row.no or 0)
            self.other_spin.setValue(row.other or 0)
        self._show_verdict(row)

    def _show_now(self, counters: AttendanceCounters) -> None:
        base = counters.base
        self.base_label.setText(
            self.tr("Now: majority base %1 · full members present %2")
            .replace("%1", str(base.majority_base))
            .replace("%2", str(counters.voters_present))
        )
        self.breakdown_label.setText(
            self._breakdown(
                base.full_summoned,
                base.temporary_out,
                base.exempt_not_present,
                base.suspended,
                base.excused,
                base.absent_throughout,
                base.majority_base,
            )
            + "\n"
            + self.tr("Frozen on the vote when it is recorded.")
        )

    def _item_text(self, row: VoteRow) -> str:
        store = self.ctx.store
        if row.agenda_item_id is None or store is None:
            return self.tr("Not tied to an agenda item")
        item = next((i for i in agenda.list_items(store) if i.id == row.agenda_item_id), None)
        if item is None:
            return ""
        return (
            self.tr("Agenda item %1: %2")
            .replace("%1", str(item.position))
            .replace("%2", item.title)
        )

    def _show_verdict(self, row: VoteRow | None) -> None:
        if row is None or not row.held:
            self.verdict_label.setText(self.tr("Not held yet") if row else "")
            self.verdict_label.setStyleSheet(PENDING_STYLE if row else "")
            self.verdict_label.setProperty("passed", None)
            self.percent_label.clear()
            self.warnings_label.clear()
            return
        result = votes.result(row)
        self.verdict_label.setText(self.tr("PASSED") if result.passed else self.tr("NOT PASSED"))
        self.verdict_label.setStyleSheet(PASSED_STYLE if result.passed else FAILED_STYLE)
        self.verdict_label.setProperty("passed", result.passed)
        self.percent_label.setText(
            self.tr("%1 in favour: %2 of the base %3")
            .replace("%1", result.percent_text)
            .replace("%2", str(row.yes))
            .replace("%3", str(row.base))
        )
        self.percent_label.setStyleSheet(
            f"QLabel {{ color: {PASSED_COLOUR if result.passed else FAILED_COLOUR}; }}"
        )
        self.warnings_label.setText("\n".join(self.warning_text(w, row) for w in result.warnings))

    def warning_text(self, code: str, row: VoteRow) -> str:
        if code == FEWER_THAN_PRESENT:
            total = (row.yes or 0) + (row.no or 0) + (row.other or 0)
            return "⚠ " + self.tr("Fewer votes than full members present (%1)").replace(
                "%1", f"{total}/{row.voters_present}"
            )
        if code == MORE_THAN_PRESENT:
            return "⚠ " + self.tr("More votes than full members present")
        return code

    # --- actions ----------------------------------------------------------------------

    def _run(self, do: Callable[[], object]) -> bool:
        if self.ctx.store is None:
            return False
        self._acting = True
        try:
            do()
        except SecretariatError as error:
            self._show_feedback(vote_error_text(error), ok=False)
            return False
        finally:
            self._acting = False
        self._show_feedback("", ok=True)
        return True

    def seed_defaults(self) -> None:
        """The default votes, one per agenda item that needs one."""
        if self._run(lambda: vote_actions.seed_default_votes(self.ctx)):
            if self._rows:
                self.select_vote(self._rows[0].id)
            self._show_feedback(
                self.tr("%1 votes added.").replace("%1", str(len(self._rows))), ok=True
            )
        self.table.setFocus()

    def add_vote(self) -> None:
        """Insert: a new vote tied to the selected vote's agenda item (if any)."""
        if self.ctx.store is None:
            return
        selected = self.selected_row()
        item = selected.agenda_item_id if selected else None
        dialog = VoteSubjectDialog(
            self, submit=lambda text: vote_actions.add_vote(self.ctx, text, item)
        )
        if dialog.exec() and isinstance(dialog.result_value, VoteRow):
            self.select_vote(dialog.result_value.id)
        self.table.setFocus()

    def edit_subject(self) -> None:
        """F2 or a double-click: reword the selected vote."""
        row = self.selected_row()
        if row is None or self.ctx.store is None:
            return
        vote_id = row.id
        VoteSubjectDialog(
            self,
            row.subject,
            submit=lambda text: vote_actions.update_subject(self.ctx, vote_id, text),
        ).exec()
        self.table.setFocus()

    def remove_vote(self) -> None:
        """Delete: remove the selected vote (and its result) after asking."""
        row = self.selected_row()
        if row is None or self.ctx.store is None:
            return
        question = self.tr("Remove the vote “%1”?").replace("%1", row.subject)
        if row.held:
            question += "\n\n" + self.tr("Its recorded result is removed with it.")
        question += "\n\n" + self.tr("This can be undone (Ctrl+Z).")
        answer = QMessageBox.question(
            self,
            self.tr("Remove vote"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            vote_id = row.id
            self._run(lambda: vote_actions.remove_vote(self.ctx, vote_id))
        self.table.setFocus()

    def focus_counts(self) -> None:
        """Enter in the list: start typing the counts."""
        if self.selected_row() is not None:
            self.yes_spin.setFocus(Qt.FocusReason.TabFocusReason)
            self.yes_spin.selectAll()

    def hold(self) -> None:
        """Enter in a count: record the three counts (the base is frozen now).

        Recorded, the keyboard goes back to the list; refused, to "In favour".
        """
        row = self.selected_row()
        if row is None:
            return
        for spin in (self.yes_spin, self.no_spin, self.other_spin):
            spin.interpretText()
        yes, no, other = self.yes_spin.value(), self.no_spin.value(), self.other_spin.value()
        vote_id = row.id
        self._loaded = None  # show what was stored (or the stored values after a refusal)
        if self._run(lambda: vote_actions.hold(self.ctx, vote_id, yes, no, other)):
            self._show_recorded()
            self.table.setFocus()  # ready for Down, Enter and the next vote's counts
        else:
            self._loaded = row  # keep what was typed so it can be corrected
            self.yes_spin.setFocus(Qt.FocusReason.OtherFocusReason)
            self.yes_spin.selectAll()

    def all_in_favour(self) -> None:
        """F7: every full member present in favour."""
        row = self.selected_row()
        if row is None:
            return
        vote_id = row.id
        self._loaded = None
        if self._run(lambda: vote_actions.all_in_favour(self.ctx, vote_id)):
            self._show_recorded()

    def clear_result(self) -> None:
        row = self.selected_row()
        if row is None or not row.held:
            return
        vote_id = row.id
        self._loaded = None
        if self._run(lambda: vote_actions.clear_result(self.ctx, vote_id)):
            self._show_feedback(self.tr("Result cleared (Ctrl+Z brings it back)."), ok=True)

    def _show_recorded(self) -> None:
        row = self.selected_row()
        if row is None or not row.held:
            return
        self._show_feedback(self.tr("Recorded: %1").replace("%1", self.result_text(row)), ok=True)

    def show_in_hall(self) -> None:
        """F10: the selected vote's result on the projector."""
        row = self.selected_row()
        if self.projector is None or row is None:
            return
        if not row.held:
            self._show_feedback(self.tr("This vote has not been held yet."), ok=False)
            return
        result = votes.result(row)
        chart = vote_chart(
            row.yes or 0, row.no or 0, row.other or 0, row.base or 0, result.percent_text
        )
        self.projector.show_message(row.subject, hall_lines(row, result), chart)
        self._show_feedback(self.tr("The result is shown in the hall."), ok=True)

    def clear_hall(self) -> None:
        """Shift+F10: the hall goes back to the programme."""
        if self.projector is None:
            return
        self.projector.clear_message()
        self._show_feedback(self.tr("The result was taken off the hall screen."), ok=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().isdigit()
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.selected_row() is not None
        ):
            self.focus_counts()
            QApplication.sendEvent(self.yes_spin, QKeyEvent(event))
            return True
        if (
            watched in (self.yes_spin, self.no_spin, self.other_spin)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.hold()
            return True
        return super().eventFilter(watched, event)

    # --- feedback ---------------------------------------------------------------------

    def _show_feedback(self, text: str, *, ok: bool) -> None:
        self.feedback.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.feedback.setProperty("ok", ok if text else None)
        self.feedback.setText(text)
