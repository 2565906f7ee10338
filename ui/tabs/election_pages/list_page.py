"""Page 1 of an election: the list (docs/domain/rules.md 4.2; 190-QĐ/TW Điều 14).

Nominations, the floor's agreement count, withdrawals decided by a vote,
the surplus check, the list approved by a show of hands, ballot order.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import AttendanceState, MemberId
from secretariat.errors import SecretariatError
from secretariat.rules.elections import surplus_check
from secretariat.services import attendance, congress, votes
from secretariat.services.attendance import MemberAttendance
from secretariat.services.elections import ElectionRow, Target, nominations
from secretariat.services.elections import results as election_results
from secretariat.services.elections.nominations import (
    NominationId,
    NominationRow,
    NominationSource,
    NominationStatus,
)
from ui.commands import election_actions
from ui.tabs.election_pages import parts
from ui.tabs.election_pages.common import (
    ERROR_STYLE,
    ID_ROLE,
    MUTED,
    NOT_ELECTED_COLOUR,
    OK_STYLE,
    WARNING_STYLE,
    eligible,
    nomination_status_text,
    source_text,
)
from ui.tabs.election_pages.parts import ENTER, WIDGET_ONLY, AddAction, Page
from ui.tabs.election_pages.selection import ElectionSelection
from ui.widgets.person_combo import PersonCombo
from ui.widgets.shortcuts import scale_font, wrapping_label


class ListPage(Page):
    """Page 1 of an election: the nominations and the list vote of the one selected."""

    def __init__(self, selection: ElectionSelection, parent: QWidget | None = None) -> None:
        super().__init__(selection, parent)
        self.setObjectName("listPage")
        self._nominations: list[NominationRow] = []
        self._refreshing = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self._build_table(layout)
        self._build_nominate(layout)
        self._build_counts(layout)
        self._build_labels(layout)
        self._build_approval(layout)

    # --- building ---------------------------------------------------------------------

    def _build_table(self, layout: QVBoxLayout) -> None:
        self.nominations_table = parts.table(
            "nominationsTable",
            [
                QCoreApplication.translate("ElectionsTab", "#"),
                QCoreApplication.translate("ElectionsTab", "Name"),
                QCoreApplication.translate("ElectionsTab", "Born"),
                QCoreApplication.translate("ElectionsTab", "Proposed by"),
                QCoreApplication.translate("ElectionsTab", "Agreement"),
                QCoreApplication.translate("ElectionsTab", "Status"),
            ],
        )
        self.nominations_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.nominations_table.setMinimumHeight(170)
        self.nominations_table.itemSelectionChanged.connect(self._show_nomination)
        layout.addWidget(self.nominations_table, 1)

    def _build_nominate(self, layout: QVBoxLayout) -> None:
        add = QHBoxLayout()
        self.member_combo = PersonCombo()
        self.member_combo.setObjectName("memberCombo")
        self.member_combo.hint.connect(self._hint)
        self.member_combo.setMinimumWidth(260)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("sourceCombo")
        for code in ("convening", "floor", "self"):
            self.source_combo.addItem(source_text(code), code)
        self.proposer_edit = QLineEdit()
        self.proposer_edit.setObjectName("proposerEdit")
        self.proposer_edit.setPlaceholderText(
            QCoreApplication.translate("ElectionsTab", "proposed by (floor)")
        )
        self.nominate_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Nominate (Ctrl+Shift+N)"), "nominateButton"
        )
        add.addWidget(self.member_combo, 2)
        add.addWidget(self.source_combo, 1)
        add.addWidget(self.proposer_edit, 1)
        add.addWidget(self.nominate_button)
        layout.addLayout(add)

    def _hint(self, text: str) -> None:
        if text:
            self.show_feedback(text, ok=False)

    def _build_counts(self, layout: QVBoxLayout) -> None:
        grid = QGridLayout()
        self.agree_spin = parts.spin("agreeSpin")
        self.attending_spin = parts.spin("attendingSpin")
        self.agreement_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Record agreement"), "agreementButton"
        )
        grid.addWidget(
            QLabel(QCoreApplication.translate("ElectionsTab", "Floor nominee — agree:")), 0, 0
        )
        grid.addWidget(self.agree_spin, 0, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("ElectionsTab", "of attending:")), 0, 2)
        grid.addWidget(self.attending_spin, 0, 3)
        grid.addWidget(self.agreement_button, 0, 4)
        self.withdraw_yes_spin = parts.spin("withdrawYesSpin")
        self.withdraw_no_spin = parts.spin("withdrawNoSpin")
        self.withdraw_reason_edit = QLineEdit()
        self.withdraw_reason_edit.setObjectName("withdrawReasonEdit")
        self.withdraw_reason_edit.setPlaceholderText(
            QCoreApplication.translate("ElectionsTab", "reason")
        )
        self.withdraw_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Decide withdrawal"), "withdrawButton"
        )
        grid.addWidget(
            QLabel(QCoreApplication.translate("ElectionsTab", "Withdrawal vote — in favour:")), 1, 0
        )
        grid.addWidget(self.withdraw_yes_spin, 1, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("ElectionsTab", "against:")), 1, 2)
        grid.addWidget(self.withdraw_no_spin, 1, 3)
        grid.addWidget(self.withdraw_button, 1, 4)
        grid.addWidget(self.withdraw_reason_edit, 1, 5)
        self.remove_nomination_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Remove nomination (Delete)"),
            "removeNominationButton",
        )
        grid.addWidget(self.remove_nomination_button, 0, 5)
        grid.setColumnStretch(5, 1)
        layout.addLayout(grid)

    def _build_labels(self, layout: QVBoxLayout) -> None:
        self.surplus_label = wrapping_label("surplusLabel")
        layout.addWidget(self.surplus_label)
        self.surplus_basis_label = wrapping_label("surplusBasisLabel")
        self.surplus_basis_label.setStyleSheet(MUTED)
        layout.addWidget(self.surplus_basis_label)
        self.order_label = wrapping_label("orderLabel")
        self.order_label.setStyleSheet(MUTED)
        layout.addWidget(self.order_label)

    def _build_approval(self, layout: QVBoxLayout) -> None:
        panel, panel_layout = parts.panel()
        row = QHBoxLayout()
        row.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ElectionsTab", "List approval (show of hands) — in favour:"
                )
            )
        )
        self.list_yes_spin = parts.spin("listYesSpin")
        self.list_no_spin = parts.spin("listNoSpin")
        self.list_other_spin = parts.spin("listOtherSpin")
        row.addWidget(self.list_yes_spin)
        row.addWidget(QLabel(QCoreApplication.translate("ElectionsTab", "against:")))
        row.addWidget(self.list_no_spin)
        row.addWidget(QLabel(QCoreApplication.translate("ElectionsTab", "other:")))
        row.addWidget(self.list_other_spin)
        self.approve_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Approve the list (Ctrl+L)"), "approveButton"
        )
        row.addWidget(self.approve_button)
        row.addStretch(1)
        panel_layout.addLayout(row)
        self.list_verdict_label = wrapping_label("listVerdictLabel")
        scale_font(self.list_verdict_label, 1.1, bold=True)
        panel_layout.addWidget(self.list_verdict_label)
        layout.addWidget(panel)

    def make_actions(self, add: AddAction) -> None:
        """The page's keys, owned by the tab (they work from every page)."""
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        self.nominate_action = add(
            "nominate_action",
            QCoreApplication.translate("ElectionsTab", "Nominate"),
            [QKeySequence(ctrl | shift | Qt.Key.Key_N)],
            self.nominate,
            self.nominate_button,
        )
        self.remove_nomination_action = add(
            "remove_nomination_action",
            QCoreApplication.translate("ElectionsTab", "Remove the nomination"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_nomination,
            self.remove_nomination_button,
            self.nominations_table,
            WIDGET_ONLY,
        )
        self.agreement_button.clicked.connect(self.record_agreement)
        self.withdraw_button.clicked.connect(self.decide_withdrawal)
        # Enter in a count records what it counts (as in the votes tab).
        for box, slot in (
            (self.agree_spin, self.record_agreement),
            (self.attending_spin, self.record_agreement),
            (self.withdraw_yes_spin, self.decide_withdrawal),
            (self.withdraw_no_spin, self.decide_withdrawal),
            (self.list_yes_spin, self.approve_list),
            (self.list_no_spin, self.approve_list),
            (self.list_other_spin, self.approve_list),
        ):
            add(
                f"{box.objectName()}_enter_action",
                box.toolTip(),
                list(ENTER),
                slot,
                None,
                box,
                WIDGET_ONLY,
            )
        self.approve_action = add(
            "approve_list_action",
            QCoreApplication.translate("ElectionsTab", "Approve the list"),
            [QKeySequence(ctrl | Qt.Key.Key_L)],
            self.approve_list,
            self.approve_button,
        )

    def guarded_actions(self) -> tuple[QAction, ...]:
        """The keys whose being allowed this page's loading decides."""
        return (self.nominate_action, self.approve_action)

    def focus_first(self) -> None:
        self.member_combo.setFocus(Qt.FocusReason.TabFocusReason)

    def clear(self) -> None:
        """No election selected."""
        self._nominations = []
        self.nominations_table.setRowCount(0)

    # --- reading ----------------------------------------------------------------------

    def load(self, election: ElectionRow) -> None:
        store = self.ctx.store
        self._nominations = []
        if store is not None:
            self._nominations = nominations.list_nominations(store, election.id)
        self._fill_table()
        committee = self._committee_members(election)
        self._fill_member_combo(committee)
        if not self.attending_spin.value():
            self.attending_spin.setValue(self.selection.voters_now())
        self._enable(store is not None and not self.selection.rounds)
        self._show_nomination()
        admitted = [r for r in self._nominations if str(r.status) == "admitted"]
        self._show_surplus(election, len(admitted))
        self._show_order(admitted, committee)
        self._show_list_vote(election)

    def _fill_table(self) -> None:
        keep = self.selected_nomination_id()
        self._refreshing = True
        try:
            table = self.nominations_table
            table.setRowCount(len(self._nominations))
            admitted_ids = [r.id for r in self._nominations if str(r.status) == "admitted"]
            for n, row in enumerate(self._nominations):
                agreement = ""
                if row.attending:
                    agreement = f"{row.agree}/{row.attending}"
                cells = (
                    str(admitted_ids.index(row.id) + 1) if row.id in admitted_ids else "–",
                    row.full_name,
                    str(row.birth_year or ""),
                    source_text(row.source) + (f": {row.proposer}" if row.proposer else ""),
                    agreement,
                    nomination_status_text(row.status),
                )
                for column, text in enumerate(cells):
                    cell = QTableWidgetItem(text)
                    cell.setData(ID_ROLE, int(row.id))
                    if str(row.status) in ("withdrawn", "not_admitted"):
                        cell.setForeground(QBrush(QColor(NOT_ELECTED_COLOUR)))
                    table.setItem(n, column, cell)
            ids = [r.id for r in self._nominations]
            if keep in ids:
                table.selectRow(ids.index(keep))
        finally:
            self._refreshing = False

    def _fill_member_combo(self, committee: set[int] | None) -> None:
        """The member picker: eligible full members not already nominated."""
        taken = {int(r.member_id) for r in self._nominations}
        current = self.member_combo.currentData()
        self.member_combo.clear()
        for m in self.selection.members.values():
            if not eligible(m) or int(m.id) in taken:
                continue
            if committee is not None and int(m.id) not in committee:
                continue
            self.member_combo.add_person(self.selection.member_text(m), m.full_name, int(m.id))
        self.member_combo.setToolTip(
            QCoreApplication.translate(
                "ElectionsTab", "Type a name (diacritics not needed) or the roster number."
            )
            if committee is None
            else QCoreApplication.translate(
                "ElectionsTab",
                "Only members elected to the new committee may stand (294-QĐ/TW mục 22). "
                "Type a name (diacritics not needed) or the roster number.",
            )
        )
        index = self.member_combo.findData(current)
        self.member_combo.setCurrentIndex(max(0, index))

    def _enable(self, enabled: bool) -> None:
        widget: QWidget
        for widget in (
            self.member_combo,
            self.source_combo,
            self.proposer_edit,
            self.nominate_button,
            self.approve_button,
            self.list_yes_spin,
            self.list_no_spin,
            self.list_other_spin,
        ):
            widget.setEnabled(enabled)
        self.nominate_action.setEnabled(enabled)
        self.approve_action.setEnabled(enabled)

    def _show_order(self, admitted: list[NominationRow], committee: set[int] | None) -> None:
        if admitted:
            order = "; ".join(f"{n}. {r.full_name}" for n, r in enumerate(admitted, start=1))
            self.order_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab", "Ballot order (Vietnamese collation, given name first): %1"
                ).replace("%1", order)
            )
        elif committee is not None and not committee:
            self.order_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab",
                    "No one is elected to the committee yet (announced rounds): the bí thư "
                    "and phó bí thư are elected from its members.",
                )
            )
        else:
            self.order_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab",
                    "No one on the list yet: choose a member and press Ctrl+Shift+N.",
                )
            )

    def _committee_members(self, election: ElectionRow) -> set[int] | None:
        """For a bí thư or phó bí thư after a committee election: its elected members."""
        store = self.ctx.store
        if store is None:
            return None
        if election.target not in (Target.CELL_SECRETARY, Target.DEPUTY_SECRETARY):
            return None
        committees = [e for e in self.selection.elections if e.target == Target.COMMITTEE]
        if not committees:
            return None
        elected: set[int] = set()
        for committee in committees:
            try:
                elected |= {int(m) for m in election_results.elected_ids(store, committee.id)}
            except SecretariatError:
                continue
        return elected

    def selected_nomination_id(self) -> NominationId | None:
        items = self.nominations_table.selectedItems()
        return NominationId(int(items[0].data(ID_ROLE))) if items else None

    def selected_nomination(self) -> NominationRow | None:
        ident = self.selected_nomination_id()
        return next((r for r in self._nominations if r.id == ident), None)

    def _show_nomination(self) -> None:
        row = self.selected_nomination()
        editable = row is not None and not self.selection.rounds
        floor = row is not None and editable and row.source != NominationSource.CONVENING
        admitted = row is not None and editable and row.status == NominationStatus.ADMITTED
        widget: QWidget
        for widget in (self.agree_spin, self.attending_spin, self.agreement_button):
            widget.setEnabled(floor)
        for widget in (
            self.withdraw_yes_spin,
            self.withdraw_no_spin,
            self.withdraw_reason_edit,
            self.withdraw_button,
        ):
            widget.setEnabled(admitted)
        self.remove_nomination_button.setEnabled(editable)
        self.remove_nomination_action.setEnabled(editable)

    def _show_surplus(self, election: ElectionRow, candidates: int) -> None:
        label = self.surplus_label
        if election.target != Target.COMMITTEE:
            self.surplus_basis_label.clear()
            label.setStyleSheet(MUTED)
            label.setText(
                QCoreApplication.translate("ElectionsTab", "%1 name(s) on the list for %2 seat(s).")
                .replace("%1", str(candidates))
                .replace("%2", str(election.seats))
            )
            return
        cap = Decimal(str(self.selection.setting("elections.surplus_cap_percent", 30)))
        extra = int(self.selection.setting("elections.small_body_extra", 1))
        allowed = self.selection.allowed_more
        check = surplus_check(
            candidates,
            election.seats,
            cap_percent=cap,
            small_body_extra=extra,
            congress_allowed_more=allowed,
        )
        basis = (
            QCoreApplication.translate(
                "ElectionsTab",
                "Surplus cap: %1 % of the seats (setting “elections.surplus_cap_percent”, "
                "default 30 %, 190-QĐ/TW Điều 14), so at most %2 names for %3 seats.",
            )
            .replace("%1", str(cap))
            .replace("%2", str(check.max_candidates))
            .replace("%3", str(election.seats))
        )
        messages = surplus_messages()
        style, text = messages.get(check.warning, (MUTED, str(check.warning)))
        label.setStyleSheet(style)
        label.setText(text.replace("%1", str(candidates)).replace("%2", str(election.seats)))
        self.surplus_basis_label.setText(basis)

    def _show_list_vote(self, election: ElectionRow) -> None:
        vote_id = election.list_vote_id
        store = self.ctx.store
        if vote_id is None or store is None:
            self.list_verdict_label.setStyleSheet(MUTED)
            self.list_verdict_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab", "The list has not been put to the vote yet."
                )
            )
            if not self.list_yes_spin.value():
                self.list_yes_spin.setValue(self.selection.voters_now())
            return
        row = votes.get_vote(store, vote_id)
        if not row.held:
            self.list_verdict_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab", "The list has not been put to the vote yet."
                )
            )
            return
        result = votes.result(row)
        verdict = (
            QCoreApplication.translate("ElectionsTab", "List approved")
            if result.passed
            else QCoreApplication.translate("ElectionsTab", "List NOT approved")
        )
        self.list_verdict_label.setStyleSheet(OK_STYLE if result.passed else ERROR_STYLE)
        self.list_verdict_label.setText(
            QCoreApplication.translate(
                "ElectionsTab", "%1: %2 in favour, %3 against, %4 other — %5 of the base %6"
            )
            .replace("%1", verdict)
            .replace("%2", str(row.yes))
            .replace("%3", str(row.no))
            .replace("%4", str(row.other))
            .replace("%5", result.percent_text)
            .replace("%6", str(row.base))
        )
        self.list_yes_spin.setValue(row.yes or 0)
        self.list_no_spin.setValue(row.no or 0)
        self.list_other_spin.setValue(row.other or 0)

    def nominate(self) -> None:
        election = self.selection.election()
        member = self.member_combo.currentData()
        if election is None or member is None or not self.nominate_button.isEnabled():
            return
        if self.member_combo.ambiguous:
            several = self.member_combo.ambiguous
            self.show_feedback(
                QCoreApplication.translate(
                    "ElectionsTab", "%1 people match — choose with ↑ ↓"
                ).replace("%1", str(several))
                if several > 0
                else QCoreApplication.translate(
                    "ElectionsTab", "No member matches “%1”: type the name again."
                ).replace("%1", self.member_combo.typed()),
                ok=False,
            )
            self.member_combo.setFocus()
            return
        if not self._confirm_absent(MemberId(int(member))):
            self.member_combo.setFocus()
            return
        source = str(self.source_combo.currentData())
        proposer = self.proposer_edit.text().strip()
        held: dict[str, NominationRow] = {}

        def do() -> None:
            held["row"] = election_actions.nominate(
                self.ctx, election.id, MemberId(int(member)), source, proposer=proposer
            )

        if self.run(do, done=QCoreApplication.translate("ElectionsTab", "Nominated.")):
            self.proposer_edit.clear()
            ids = [r.id for r in self._nominations]
            if held["row"].id in ids:
                self.nominations_table.selectRow(ids.index(held["row"].id))
            if source != "convening":
                self.agree_spin.setFocus(Qt.FocusReason.OtherFocusReason)
                self.agree_spin.selectAll()
                return
        self.member_combo.setFocus()

    def reset_inputs(self) -> None:
        """Another election: nothing typed for the last one carries over."""
        self.source_combo.setCurrentIndex(0)
        self.proposer_edit.clear()
        for spin in (
            self.agree_spin,
            self.withdraw_yes_spin,
            self.withdraw_no_spin,
            self.list_yes_spin,
            self.list_no_spin,
            self.list_other_spin,
        ):
            spin.setValue(0)
        self.attending_spin.setValue(self.selection.voters_now())
        self.withdraw_reason_edit.clear()
        self.member_combo.setCurrentIndex(-1 if self.member_combo.count() == 0 else 0)
        self.member_combo.ambiguous = 0

    def _confirm_absent(self, member_id: MemberId) -> bool:
        """A member not in the hall is named as such before being nominated."""
        store = self.ctx.store
        session = congress.current_session(store) if store else None
        if store is None or session is None:
            return True
        mark = attendance.session_attendance(store, session.id).get(member_id)
        name = self.selection.name(member_id) if int(member_id) in self.selection.members else ""
        why = absence_text(mark)
        if why is None:
            return True
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ElectionsTab", "Nominate a member who is not present"),
            why.replace("%1", name)
            + "\n\n"
            + QCoreApplication.translate(
                "ElectionsTab",
                "Nominate anyway? The congress decides whether an absent member may "
                "stand (usually only with their written consent).",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def record_agreement(self) -> None:
        row = self.selected_nomination()
        if row is None:
            return
        agree, attending = self.agree_spin.value(), self.attending_spin.value()
        ident = row.id
        self.run(
            lambda: election_actions.record_agreement(self.ctx, ident, agree, attending),
            done=QCoreApplication.translate("ElectionsTab", "Agreement recorded."),
        )

    def decide_withdrawal(self) -> None:
        row = self.selected_nomination()
        if row is None:
            return
        yes, no = self.withdraw_yes_spin.value(), self.withdraw_no_spin.value()
        reason = self.withdraw_reason_edit.text().strip()
        ident = row.id
        if self.run(
            lambda: election_actions.decide_withdrawal(
                self.ctx, ident, yes=yes, no=no, reason=reason
            )
        ):
            after = self.selected_nomination()
            allowed = after is not None and str(after.status) == "withdrawn"
            self.show_feedback(
                QCoreApplication.translate("ElectionsTab", "Withdrawal allowed by the congress.")
                if allowed
                else QCoreApplication.translate(
                    "ElectionsTab", "Withdrawal not allowed: the name stays on the list."
                ),
                ok=True,
            )

    def remove_nomination(self) -> None:
        row = self.selected_nomination()
        if row is None or self.selection.rounds:
            return
        ident = row.id
        self.run(
            lambda: election_actions.remove_nomination(self.ctx, ident),
            done=QCoreApplication.translate(
                "ElectionsTab", "Nomination removed (Ctrl+Z brings it back)."
            ),
        )
        self.nominations_table.setFocus()

    def approve_list(self) -> None:
        election = self.selection.election()
        if election is None or not self.approve_button.isEnabled():
            return
        for spin in (self.list_yes_spin, self.list_no_spin, self.list_other_spin):
            spin.interpretText()
        yes, no = self.list_yes_spin.value(), self.list_no_spin.value()
        other = self.list_other_spin.value()
        ident = election.id
        self.run(
            lambda: election_actions.approve_list(self.ctx, ident, yes=yes, no=no, other=other),
            done=QCoreApplication.translate("ElectionsTab", "The list vote is recorded."),
        )


def surplus_messages() -> dict[str | None, tuple[str, str]]:
    """The style and words of each outcome of the surplus check (190-QĐ/TW Điều 14)."""
    return {
        None: (
            OK_STYLE,
            QCoreApplication.translate(
                "ElectionsTab", "✓ %1 names for %2 seats: within the surplus allowed."
            ),
        ),
        "no_candidates": (
            MUTED,
            QCoreApplication.translate("ElectionsTab", "No names yet (%2 seats)."),
        ),
        "fewer_than_seats": (
            WARNING_STYLE,
            QCoreApplication.translate(
                "ElectionsTab", "⚠ Only %1 names for %2 seats: fewer names than seats."
            ),
        ),
        "no_surplus": (
            WARNING_STYLE,
            QCoreApplication.translate(
                "ElectionsTab",
                "⚠ %1 names for %2 seats: no surplus. A committee list should have "
                "more names than seats.",
            ),
        ),
        "above_cap": (
            ERROR_STYLE,
            QCoreApplication.translate(
                "ElectionsTab",
                "✗ %1 names for %2 seats: above the cap. The round will be refused "
                "unless the congress votes to allow it (tick the box on page 2).",
            ),
        ),
        "above_cap_allowed": (
            WARNING_STYLE,
            QCoreApplication.translate(
                "ElectionsTab",
                "⚠ %1 names for %2 seats: above the cap, allowed by the congress's vote.",
            ),
        ),
    }


def absence_text(mark: MemberAttendance | None) -> str | None:
    """Why a member is not in the hall ("%1" their name); None: they are."""
    if mark is None or mark.state is AttendanceState.UNMARKED:
        why = QCoreApplication.translate("ElectionsTab", "%1 has not checked in.")
    elif mark.state is AttendanceState.EXCUSED:
        why = QCoreApplication.translate(
            "ElectionsTab", "%1 is absent with a reason (%2)."
        ).replace("%2", mark.reason)
    elif mark.state is AttendanceState.ABSENT:
        why = QCoreApplication.translate("ElectionsTab", "%1 is absent.")
    elif not mark.inside:
        why = QCoreApplication.translate("ElectionsTab", "%1 has left the hall.")
    else:
        return None
    return why
