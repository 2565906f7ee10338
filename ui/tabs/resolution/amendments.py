"""The amendments from the discussion: who proposed what against which section or
target, and its fate — accepted (written into the draft), explained (with the
presidium's answer) or put to a show-of-hands vote whose hands are recorded here;
the disputed points with their outcomes below (docs/domain/procedure.md "Drafting
the resolution")."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.errors import SecretariatError
from secretariat.services import resolution, speeches, votes
from secretariat.services.resolution import (
    AmendmentId,
    AmendmentRow,
    Change,
    Fate,
    SectionId,
    TargetId,
)
from ui.dialogs.resolution import AmendmentDialog, AmendmentInput, AnswerDialog
from ui.tabs.resolution.common import (
    AMENDMENT_TABLES,
    FAILED_COLOUR,
    KIND_ROLE,
    PASSED_COLOUR,
    PENDING_COLOUR,
    SECTION,
    TARGET,
    Shared,
    proposal_text,
    resolution_error_text,
    table_style,
)
from ui.widgets.shortcuts import key_button, scale_font, tab_action, wrapping_label

A_COL_NUMBER, A_COL_PROPOSER, A_COL_PLACE, A_COL_PROPOSAL, A_COL_FATE = range(5)


class AmendmentsPanel(QWidget):
    """The amendments, the selected one's detail and hands, the disputed points."""

    WATCHES: ClassVar[frozenset[str]] = AMENDMENT_TABLES

    def __init__(self, shared: Shared, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shared = shared
        self._hands_for: AmendmentId | None = None  # the amendment the hands were loaded for
        layout = QVBoxLayout(self)
        self._build_list(layout)
        self._build_detail(layout)
        self._build_disputed(layout)
        self._build_actions()

    # --- building -----------------------------------------------------------------------

    def _build_list(self, layout: QVBoxLayout) -> None:
        self.amendment_table = QTableWidget(0, 5)
        self.amendment_table.setObjectName("amendmentTable")
        self.amendment_table.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Proposed by"),
                self.tr("Concerns"),
                self.tr("Proposal"),
                self.tr("Fate"),
            ]
        )
        table_style(self.amendment_table)
        header = self.amendment_table.horizontalHeader()
        header.setSectionResizeMode(A_COL_PROPOSAL, QHeaderView.ResizeMode.Stretch)
        self.amendment_table.setColumnWidth(A_COL_NUMBER, 36)
        self.amendment_table.setColumnWidth(A_COL_PROPOSER, 170)
        self.amendment_table.setColumnWidth(A_COL_PLACE, 150)
        self.amendment_table.setColumnWidth(A_COL_FATE, 230)
        self.amendment_table.itemSelectionChanged.connect(self.show_amendment)
        layout.addWidget(self.amendment_table, 3)
        buttons = QHBoxLayout()
        self.add_amendment_button = key_button(self.tr("Add… (Insert)"), "addAmendmentButton")
        self.accept_button = key_button(self.tr("Accept (apply to the draft)"), "acceptButton")
        self.explain_button = key_button(self.tr("Explain…"), "explainButton")
        self.vote_button = key_button(self.tr("Put to a vote"), "putToVoteButton")
        self.remove_amendment_button = key_button(
            self.tr("Remove (Delete)"), "removeAmendmentButton"
        )
        for button in (
            self.add_amendment_button,
            self.accept_button,
            self.explain_button,
            self.vote_button,
            self.remove_amendment_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _build_detail(self, layout: QVBoxLayout) -> None:
        detail = QFrame()
        detail.setObjectName("amendmentDetail")
        detail_layout = QHBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        self.amendment_detail = wrapping_label("amendmentDetailLabel")
        self.amendment_detail.setAlignment(Qt.AlignmentFlag.AlignTop)
        detail_layout.addWidget(self.amendment_detail, 3)
        self.hands = QWidget()
        self.hands.setObjectName("amendmentHands")
        hands_form = QFormLayout(self.hands)
        hands_form.setContentsMargins(0, 0, 0, 0)
        self.yes_spin = self._spin("amendmentYes")
        self.no_spin = self._spin("amendmentNo")
        self.other_spin = self._spin("amendmentOther")
        hands_caption = QLabel(self.tr("Hands of its vote"))
        scale_font(hands_caption, 1.0, bold=True)
        hands_form.addRow(hands_caption)
        hands_form.addRow(self.tr("In favour:"), self.yes_spin)
        hands_form.addRow(self.tr("Against:"), self.no_spin)
        hands_form.addRow(self.tr("Other opinion:"), self.other_spin)
        self.hold_button = key_button(self.tr("Record the hands (Enter)"), "holdAmendmentButton")
        self.hold_button.clicked.connect(self.hold_vote)
        hands_form.addRow(self.hold_button)
        detail_layout.addWidget(self.hands, 1)
        layout.addWidget(detail)

    def _build_disputed(self, layout: QVBoxLayout) -> None:
        caption = QLabel(self.tr("Disputed points (put to a vote) and their outcomes"))
        scale_font(caption, 1.05, bold=True)
        layout.addWidget(caption)
        self.disputed_table = QTableWidget(0, 3)
        self.disputed_table.setObjectName("disputedTable")
        self.disputed_table.setHorizontalHeaderLabels(
            [self.tr("Concerns"), self.tr("Proposal"), self.tr("Outcome")]
        )
        table_style(self.disputed_table)
        self.disputed_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.disputed_table.setColumnWidth(0, 170)
        self.disputed_table.setColumnWidth(2, 260)
        layout.addWidget(self.disputed_table, 1)

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, 9999)
        spin.setMinimumWidth(90)
        spin.installEventFilter(self)
        return spin

    def _action(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence],
        slot: Callable[[], object],
        button: QPushButton,
    ) -> QAction:
        # Insert and Delete only in the list; the others have no key.
        context = (
            Qt.ShortcutContext.WidgetShortcut
            if keys
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        owner = self.amendment_table if keys else self
        return tab_action(
            self, text, keys, slot, owner=owner, context=context, button=button, name=name
        )

    def _build_actions(self) -> None:
        self.add_amendment_action = self._action(
            "add_amendment_action",
            self.tr("Record an amendment"),
            [QKeySequence(Qt.Key.Key_Insert)],
            self.add_amendment,
            self.add_amendment_button,
        )
        self.remove_amendment_action = self._action(
            "remove_amendment_action",
            self.tr("Remove the amendment"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_amendment,
            self.remove_amendment_button,
        )
        self.accept_action = self._action(
            "accept_amendment_action",
            self.tr("Accept the amendment"),
            [],
            self.accept_amendment,
            self.accept_button,
        )
        self.explain_action = self._action(
            "explain_amendment_action",
            self.tr("Explain"),
            [],
            self.explain_amendment,
            self.explain_button,
        )
        self.vote_action = self._action(
            "put_to_vote_action", self.tr("Put to a vote"), [], self.put_to_vote, self.vote_button
        )

    # --- reading ------------------------------------------------------------------------

    def outcome_text(self, row: AmendmentRow) -> str:
        outcome = row.outcome
        if outcome == "accepted":
            return self.tr("accepted, applied") if row.applied else self.tr("accepted")
        if outcome == "explained":
            return self.tr("explained")
        if outcome == "pending":
            return self.tr("pending")
        counts = self._vote_counts(row)
        if outcome == "vote_pending":
            return self.tr("put to a vote, not held yet")
        if outcome == "vote_passed" and not row.applied:
            return self.tr("vote passed %1, not applied yet: record the hands here").replace(
                "%1", counts
            )
        if outcome == "vote_passed":
            return self.tr("vote passed %1, applied").replace("%1", counts)
        return self.tr("vote failed %1, draft kept").replace("%1", counts)

    def _vote_counts(self, row: AmendmentRow) -> str:
        store = self.shared.ctx.store
        if store is None or row.vote_id is None:
            return ""
        try:
            vote = votes.get_vote(store, row.vote_id)
        except SecretariatError:
            return ""
        if not vote.held:
            return ""
        return f"{vote.yes}/{vote.base}"

    @staticmethod
    def _outcome_colour(row: AmendmentRow) -> str:
        if row.outcome in ("accepted", "vote_passed"):
            return PASSED_COLOUR
        if row.outcome == "vote_failed":
            return FAILED_COLOUR
        if row.outcome in ("pending", "vote_pending"):
            return PENDING_COLOUR
        return "#1e5a9c"

    def fill(self) -> None:
        """Show the amendments read last, keeping the selection."""
        amendments = self.shared.amendments
        keep = self.selected_amendment_id()
        table = self.amendment_table
        table.setRowCount(len(amendments))
        for n, row in enumerate(amendments):
            cells = (
                str(row.position),
                row.proposer,
                row.place or self.tr("(general)"),
                proposal_text(row),
                self.outcome_text(row),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(KIND_ROLE, int(row.id))
                cell.setToolTip(text)
                if column == A_COL_FATE:
                    cell.setForeground(QBrush(QColor(self._outcome_colour(row))))
                table.setItem(n, column, cell)
        ids = [r.id for r in amendments]
        if keep in ids:
            table.selectRow(ids.index(keep))
        self._fill_disputed([r for r in amendments if r.fate is Fate.VOTED])

    def _fill_disputed(self, disputed: list[AmendmentRow]) -> None:
        self.disputed_table.setRowCount(len(disputed))
        for n, row in enumerate(disputed):
            for column, text in enumerate(
                (row.place or self.tr("(general)"), proposal_text(row), self.outcome_text(row))
            ):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if column == 2:
                    cell.setForeground(QBrush(QColor(self._outcome_colour(row))))
                self.disputed_table.setItem(n, column, cell)

    def selected_amendment_id(self) -> AmendmentId | None:
        items = self.amendment_table.selectedItems()
        return AmendmentId(int(items[0].data(KIND_ROLE))) if items else None

    def selected_amendment(self) -> AmendmentRow | None:
        ident = self.selected_amendment_id()
        return next((r for r in self.shared.amendments if r.id == ident), None)

    def select_amendment(self, amendment_id: int) -> None:
        ids = [int(r.id) for r in self.shared.amendments]
        if amendment_id in ids:
            self.amendment_table.selectRow(ids.index(amendment_id))

    def show_amendment(self) -> None:
        """The selected amendment in words, and its hands."""
        if self.shared.refreshing:
            return
        row = self.selected_amendment()
        self._load_hands(row)
        if row is None:
            self.amendment_detail.setText(
                self.tr("Select an amendment, or press Insert to record one.")
                if self.shared.amendments
                else self.tr(
                    "No amendments yet: press Insert to record a remark from the discussion."
                )
            )
        else:
            lines = [
                self.tr("%1 proposes, on %2:")
                .replace("%1", row.proposer or "…")
                .replace("%2", row.place or self.tr("(general)")),
                "“" + proposal_text(row) + "”",
            ]
            if row.original:
                lines.append(self.tr("Text when recorded: %1").replace("%1", row.original))
            if row.answer:
                lines.append(self.tr("Answer: %1").replace("%1", row.answer))
            lines.append(self.tr("Fate: %1").replace("%1", self.outcome_text(row)))
            self.amendment_detail.setText("\n".join(lines))
        self.update_state()

    def _load_hands(self, row: AmendmentRow | None) -> None:
        """The hands of the selected amendment's vote (once, so typing is never lost)."""
        ident = row.id if row is not None else None
        if ident == self._hands_for:
            return
        self._hands_for = ident
        counts = (0, 0, 0)
        store = self.shared.ctx.store
        if row is not None and row.vote_id is not None and store is not None:
            try:
                vote = votes.get_vote(store, row.vote_id)
            except SecretariatError:
                vote = None
            if vote is not None and vote.held:
                counts = (vote.yes or 0, vote.no or 0, vote.other or 0)
        for spin, value in zip((self.yes_spin, self.no_spin, self.other_spin), counts, strict=True):
            spin.setValue(value)

    def update_state(self) -> None:
        """Enable what may be done with the selected amendment."""
        row = self.selected_amendment()
        editable = self.shared.editable
        self.add_amendment_action.setEnabled(editable)
        pending = editable and row is not None and row.fate is Fate.PENDING
        self.accept_action.setEnabled(pending)
        self.vote_action.setEnabled(pending)
        self.explain_action.setEnabled(
            editable and row is not None and row.fate in (Fate.PENDING, Fate.EXPLAINED)
        )
        self.remove_amendment_action.setEnabled(editable and row is not None)
        can_hold = editable and row is not None and row.fate is Fate.VOTED and not row.applied
        self.hands.setEnabled(can_hold)

    # --- the actions --------------------------------------------------------------------

    def add_amendment(self) -> None:
        """Insert in the list: record a remark against the section selected in the outline."""
        shared = self.shared
        store = shared.ctx.store
        if store is None or shared.adopted:
            return
        shared.save_requested.emit()
        key = shared.key
        section_id = SectionId(key[1]) if key and key[0] == SECTION else None
        target_id = TargetId(key[1]) if key and key[0] == TARGET else None

        def submit(value: AmendmentInput) -> Change | None:
            return shared.checked(
                self.tr("Record an amendment"),
                lambda: resolution.add_amendment(
                    store,
                    value.text,
                    section_id=value.section_id,
                    target_id=value.target_id,
                    proposed_figure=value.figure,
                    speech_id=value.speech_id,
                    proposer=value.proposer,
                    remark=value.remark,
                ),
            )

        dialog = AmendmentDialog(
            shared.draft,
            speeches.all_speeches(store),
            self,
            section_id=section_id,
            target_id=target_id,
            submit=submit,
            words=resolution_error_text,
        )
        made = dialog.result_value if dialog.exec() else None
        if isinstance(made, Change) and made.subject_id is not None:
            self.select_amendment(made.subject_id)
        self.amendment_table.setFocus()

    def _amend(self, text: str, action: Callable[[AmendmentId], Change]) -> Change | None:
        row = self.selected_amendment()
        if row is None or self.shared.ctx.store is None:
            return None
        aid = row.id
        return self.shared.act(text.replace("%1", str(row.position)), lambda: action(aid))

    def accept_amendment(self) -> None:
        store = self.shared.ctx.store
        if store is None:
            return
        change = self._amend(
            self.tr("Accept amendment %1"), lambda aid: resolution.accept_amendment(store, aid)
        )
        if change is not None:
            applied = change.amendment_after is not None and change.amendment_after.applied
            self.shared.show(
                self.tr("Accepted and written into the draft.")
                if applied
                else self.tr("Accepted (no new wording to write into the draft)."),
                ok=True,
            )

    def explain_amendment(self) -> None:
        row, store = self.selected_amendment(), self.shared.ctx.store
        if row is None or store is None:
            return
        aid = row.id
        AnswerDialog(
            proposal_text(row),
            self,
            row.answer,
            submit=lambda text: self.shared.checked(
                self.tr("Explain amendment %1").replace("%1", str(row.position)),
                lambda: resolution.explain_amendment(store, aid, text),
            ),
            words=resolution_error_text,
        ).exec()
        self.amendment_table.setFocus()

    def put_to_vote(self) -> None:
        store = self.shared.ctx.store
        row = self.selected_amendment()
        if store is None or row is None:
            return
        # The congress votes on a text: show what the point or target would read.
        result = resolution.amendment_result(store, row.id)
        shown = (
            self.tr("If it passes, %1 will read:\n\n%2")
            .replace("%1", row.place or self.tr("the draft"))
            .replace("%2", result)
            if result is not None
            else self.tr("This amendment proposes no new wording: the draft will not change.")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Put amendment %1 to a vote").replace("%1", str(row.position)),
            shown + "\n\n" + self.tr("Put it to a show-of-hands vote?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        change = self._amend(
            self.tr("Put amendment %1 to a vote"),
            lambda aid: resolution.put_amendment_to_vote(store, aid),
        )
        if change is not None:
            self.shared.show(
                self.tr("A show-of-hands vote was added: type the hands and press Enter."), ok=True
            )
            for spin in (self.yes_spin, self.no_spin, self.other_spin):
                spin.setValue(0)
            self.yes_spin.setFocus(Qt.FocusReason.OtherFocusReason)
            self.yes_spin.selectAll()

    def hold_vote(self) -> None:
        """Enter in the hands: record the amendment's vote (if it passes it is applied)."""
        row, store = self.selected_amendment(), self.shared.ctx.store
        if row is None or store is None or row.fate is not Fate.VOTED or row.applied:
            return
        for spin in (self.yes_spin, self.no_spin, self.other_spin):
            spin.interpretText()
        yes, no, other = self.yes_spin.value(), self.no_spin.value(), self.other_spin.value()
        change = self._amend(
            self.tr("Record the vote on amendment %1"),
            lambda aid: resolution.hold_amendment_vote(store, aid, yes, no, other),
        )
        if change is not None:
            after = self.selected_amendment()
            if after is not None:
                self.shared.show(
                    self.tr("Recorded: %1").replace("%1", self.outcome_text(after)), ok=True
                )
            self.amendment_table.setFocus()

    def remove_amendment(self) -> None:
        store = self.shared.ctx.store
        if store is None:
            return
        if self._amend(
            self.tr("Remove amendment %1"), lambda aid: resolution.remove_amendment(store, aid)
        ):
            self.shared.show(self.tr("Removed (Ctrl+Z brings it back)."), ok=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.yes_spin, self.no_spin, self.other_spin)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        ):
            self.hold_vote()
            return True
        return super().eventFilter(watched, event)
