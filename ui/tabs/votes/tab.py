"""The votes tab: record the show-of-hands votes (biểu quyết) of the congress.

Left, the list of votes in programme order with their results; Insert adds a
vote, F2 rewords it, Delete removes it (after asking). When the list is empty,
one button adds the default votes (one per agenda item that needs one).

Right (``VoteDetail``), the selected vote: before it is held, the majority base
and the full members present now; once held, the base frozen on the vote with
its breakdown (a later change of attendance does not rewrite it,
docs/domain/rules.md 2). Three spin boxes take the counts from the keyboard
(Tab moves between them, Enter records); F7 records "all in favour" in one key.
The verdict is decided by the core (yes × 2 > base) and shown in large type
with the percent and the warnings. F10 shows the result in the hall,
Shift+F10 takes it off.

Every edit goes through ``ui.commands.vote_actions`` (undoable) and
``Screen.run``; the screen reloads on a change to the votes, the agenda or the
attendance, keeping the selection by id.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import VoteId, VoteRow
from secretariat.rules.majority import AttendanceCounters
from secretariat.services import agenda, attendance, votes
from ui.commands import vote_actions
from ui.context import CongressContext
from ui.projector import ProjectorController
from ui.screen import Screen
from ui.tabs.votes.detail import VoteDetail
from ui.tabs.votes.dialog import (
    COL_ITEM,
    COL_NUMBER,
    COL_RESULT,
    COL_SUBJECT,
    FAILED_COLOUR,
    ID_ROLE,
    PASSED_COLOUR,
    VoteSubjectDialog,
    hall_lines,
    vote_error_text,
)
from ui.widgets.charts import vote_chart
from ui.widgets.shortcuts import key_button, scale_font, tab_action


class VotesTab(Screen):
    """The list of votes and the result of the selected one."""

    WATCHES = frozenset(
        {"vote", "agenda_item", "attendance", "movement", "member", "session", "closing"}
    )

    def __init__(
        self,
        ctx: CongressContext,
        parent: QWidget | None = None,
        projector: ProjectorController | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("votes_tab")
        self.projector = projector
        self._rows: list[VoteRow] = []
        self._refreshing = False
        self._loaded: VoteRow | None = None  # the vote whose counts the spin boxes show
        self._build()
        self._build_actions()
        self.refresh()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.feedback.setObjectName("votesFeedback")
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

        right = self._build_detail()

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

    def _build_detail(self) -> VoteDetail:
        self.detail = VoteDetail(self, hall=self.projector is not None)
        self.detail.feedback_slot.addWidget(self.feedback)
        # The detail's widgets, as the tab's own (its actions and keys use them).
        d = self.detail
        self.yes_spin, self.no_spin, self.other_spin = d.yes_spin, d.no_spin, d.other_spin
        self.hold_button, self.all_button = d.hold_button, d.all_button
        self.clear_button = d.clear_button
        self.show_button, self.hide_button = d.show_button, d.hide_button
        self.verdict_label, self.percent_label = d.verdict_label, d.percent_label
        self.warnings_label, self.subject_label = d.warnings_label, d.subject_label
        self.base_label, self.breakdown_label = d.base_label, d.breakdown_label
        self.table.installEventFilter(self)  # now that the counts exist
        return d

    def _add(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence],
        slot: Callable[[], object],
        button: QPushButton | None = None,
        *,
        in_list: bool = False,
    ) -> QAction:
        """A key of the tab (or, ``in_list``, of the list alone) with its button."""
        owner: QWidget = self.table if in_list else self
        context = (
            Qt.ShortcutContext.WidgetShortcut
            if in_list
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        return tab_action(
            self, text, keys, slot, owner=owner, context=context, button=button, name=name
        )

    def _build_actions(self) -> None:
        add = self._add
        self.add_action = add(
            "add_vote_action",
            self.tr("Add a vote"),
            [QKeySequence(Qt.Key.Key_Insert)],
            self.add_vote,
            self.add_button,
        )
        self.edit_action = add(
            "edit_vote_action",
            self.tr("Reword the vote"),
            [QKeySequence(Qt.Key.Key_F2)],
            self.edit_subject,
            self.edit_button,
        )
        self.remove_action = add(
            "remove_vote_action",
            self.tr("Remove the vote"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_vote,
            self.remove_button,
            in_list=True,
        )
        self.count_action = add(
            "type_counts_action",
            self.tr("Type the counts"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            self.focus_counts,
            in_list=True,
        )
        self._build_result_actions()

    def _build_result_actions(self) -> None:
        add = self._add
        shift = Qt.KeyboardModifier.ShiftModifier
        self.all_action = add(
            "all_in_favour_action",
            self.tr("All in favour"),
            [QKeySequence(Qt.Key.Key_F7)],
            self.all_in_favour,
            self.all_button,
        )
        self.hold_button.clicked.connect(self.hold)
        self.clear_action = add(
            "clear_result_action",
            self.tr("Clear the result"),
            [],
            self.clear_result,
            self.clear_button,
        )
        self.show_action = add(
            "show_in_hall_action",
            self.tr("Show the result in the hall"),
            [QKeySequence(Qt.Key.Key_F10)],
            self.show_in_hall,
            self.show_button,
        )
        self.hide_action = add(
            "clear_hall_action",
            self.tr("Clear the hall"),
            [QKeySequence(shift | Qt.Key.Key_F10)],
            self.clear_hall,
            self.hide_button,
        )
        self.show_action.setEnabled(self.projector is not None)
        self.hide_action.setEnabled(self.projector is not None)

    # --- reading ----------------------------------------------------------------------

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
            self._fit_results()
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

    def _fit_results(self) -> None:
        """Room for the whole result ("✓ đã thông qua 24/24 (100,00%)" was cut before its
        percentage); widened only, never narrower than the secretary made it."""
        needed = self.table.sizeHintForColumn(COL_RESULT)
        if needed > self.table.columnWidth(COL_RESULT):
            self.table.setColumnWidth(COL_RESULT, needed)

    def result_text(self, row: VoteRow) -> str:
        """The result column: "✓ passed 23/24 (95,83%)", "✗ not passed …", "not held yet"."""
        return self.detail.result_text(row)

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
        self.show_feedback("", ok=True)
        self._show_detail()

    def _counters(self) -> AttendanceCounters | None:
        store = self.ctx.store
        return attendance.counters(store, store.clock()) if store else None

    def _show_detail(self) -> None:
        row = self.selected_row()
        has = row is not None
        held = row is not None and row.held
        for widget in (
            self.yes_spin,
            self.no_spin,
            self.other_spin,
            self.hold_button,
            self.all_button,
        ):
            widget.setEnabled(has)
        for action in (self.edit_action, self.remove_action, self.all_action):
            action.setEnabled(has)
        self.clear_button.setEnabled(held)
        self.clear_action.setEnabled(held)
        self.show_button.setEnabled(held)
        frozen = row is not None and row.held and row.base is not None
        self.detail.present(
            row,
            any_votes=bool(self._rows),
            counters=None if frozen else self._counters(),
            item_text=self._item_text(row) if row is not None else "",
        )
        if row is None:
            self._loaded = None
        elif self._loaded is None or self._loaded != row:
            self._loaded = row
            self.detail.load_counts(row)

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

    # --- actions ----------------------------------------------------------------------

    def _act(self, do: Callable[[], object]) -> bool:
        return self.run(do, describe=vote_error_text)

    def seed_defaults(self) -> None:
        """The default votes, one per agenda item that needs one."""
        if self._act(lambda: vote_actions.seed_default_votes(self.ctx)):
            if self._rows:
                self.select_vote(self._rows[0].id)
            self.show_feedback(
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
            self._act(lambda: vote_actions.remove_vote(self.ctx, vote_id))
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
        if self._act(lambda: vote_actions.hold(self.ctx, vote_id, yes, no, other)):
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
        if self._act(lambda: vote_actions.all_in_favour(self.ctx, vote_id)):
            self._show_recorded()

    def clear_result(self) -> None:
        row = self.selected_row()
        if row is None or not row.held:
            return
        vote_id = row.id
        self._loaded = None
        if self._act(lambda: vote_actions.clear_result(self.ctx, vote_id)):
            self.show_feedback(self.tr("Result cleared (Ctrl+Z brings it back)."), ok=True)

    def _show_recorded(self) -> None:
        row = self.selected_row()
        if row is None or not row.held:
            return
        self.show_feedback(self.tr("Recorded: %1").replace("%1", self.result_text(row)), ok=True)

    def show_in_hall(self) -> None:
        """F10: the selected vote's result on the projector."""
        row = self.selected_row()
        if self.projector is None or row is None:
            return
        if not row.held:
            self.show_feedback(self.tr("This vote has not been held yet."), ok=False)
            return
        result = votes.result(row)
        chart = vote_chart(
            row.yes or 0, row.no or 0, row.other or 0, row.base or 0, result.percent_text
        )
        self.projector.show_message(row.subject, hall_lines(row, result), chart)
        self.show_feedback(self.tr("The result is shown in the hall."), ok=True)

    def clear_hall(self) -> None:
        """Shift+F10: the hall goes back to the programme."""
        if self.projector is None:
            return
        self.projector.clear_message()
        self.show_feedback(self.tr("The result was taken off the hall screen."), ok=True)

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
