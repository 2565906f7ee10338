"""Page 1 of an election: the list (docs/domain/rules.md 4.2; 190-QĐ/TW Điều 14).

Nominations, the floor's agreement count, withdrawals decided by a vote,
the surplus check, the list approved by a show of hands, ballot order.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
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

from secretariat.domain import AttendanceState, MemberId, MemberRow
from secretariat.errors import SecretariatError, ValidationError
from secretariat.rules.elections import surplus_check
from secretariat.services import attendance, congress, settings, votes
from secretariat.services.elections import ElectionRow, Target, nominations
from secretariat.services.elections import results as election_results
from secretariat.services.elections.nominations import (
    NominationId,
    NominationRow,
    NominationSource,
    NominationStatus,
)
from ui.commands import election_actions
from ui.tabs.election_pages.base import PageBase
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
from ui.widgets.person_combo import PersonCombo
from ui.widgets.shortcuts import scale_font, wrapping_label


class ListPage(PageBase):
    """Page 1 of an election: a mixin of ``ElectionsTab``."""

    # Page 1: the list.
    def _build_list_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("listPage")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        self.nominations_table = self._table(
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

        add = QHBoxLayout()
        self.member_combo = PersonCombo()
        self.member_combo.setObjectName("memberCombo")
        self.member_combo.hint.connect(
            lambda text: self._show_feedback(text, ok=False) if text else None
        )
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
        self.nominate_button = self._button(
            QCoreApplication.translate("ElectionsTab", "Nominate (Ctrl+Shift+N)"), "nominateButton"
        )
        add.addWidget(self.member_combo, 2)
        add.addWidget(self.source_combo, 1)
        add.addWidget(self.proposer_edit, 1)
        add.addWidget(self.nominate_button)
        layout.addLayout(add)

        grid = QGridLayout()
        self.agree_spin = self._spin("agreeSpin")
        self.attending_spin = self._spin("attendingSpin")
        self.agreement_button = self._button(
            QCoreApplication.translate("ElectionsTab", "Record agreement"), "agreementButton"
        )
        grid.addWidget(
            QLabel(QCoreApplication.translate("ElectionsTab", "Floor nominee — agree:")), 0, 0
        )
        grid.addWidget(self.agree_spin, 0, 1)
        grid.addWidget(QLabel(QCoreApplication.translate("ElectionsTab", "of attending:")), 0, 2)
        grid.addWidget(self.attending_spin, 0, 3)
        grid.addWidget(self.agreement_button, 0, 4)
        self.withdraw_yes_spin = self._spin("withdrawYesSpin")
        self.withdraw_no_spin = self._spin("withdrawNoSpin")
        self.withdraw_reason_edit = QLineEdit()
        self.withdraw_reason_edit.setObjectName("withdrawReasonEdit")
        self.withdraw_reason_edit.setPlaceholderText(
            QCoreApplication.translate("ElectionsTab", "reason")
        )
        self.withdraw_button = self._button(
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
        self.remove_nomination_button = self._button(
            QCoreApplication.translate("ElectionsTab", "Remove nomination (Delete)"),
            "removeNominationButton",
        )
        grid.addWidget(self.remove_nomination_button, 0, 5)
        grid.setColumnStretch(5, 1)
        layout.addLayout(grid)

        self.surplus_label = wrapping_label("surplusLabel")
        layout.addWidget(self.surplus_label)
        self.surplus_basis_label = wrapping_label("surplusBasisLabel")
        self.surplus_basis_label.setStyleSheet(MUTED)
        layout.addWidget(self.surplus_basis_label)
        self.order_label = wrapping_label("orderLabel")
        self.order_label.setStyleSheet(MUTED)
        layout.addWidget(self.order_label)

        panel, panel_layout = self._panel()
        row = QHBoxLayout()
        row.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ElectionsTab", "List approval (show of hands) — in favour:"
                )
            )
        )
        self.list_yes_spin = self._spin("listYesSpin")
        self.list_no_spin = self._spin("listNoSpin")
        self.list_other_spin = self._spin("listOtherSpin")
        row.addWidget(self.list_yes_spin)
        row.addWidget(QLabel(QCoreApplication.translate("ElectionsTab", "against:")))
        row.addWidget(self.list_no_spin)
        row.addWidget(QLabel(QCoreApplication.translate("ElectionsTab", "other:")))
        row.addWidget(self.list_other_spin)
        self.approve_button = self._button(
            QCoreApplication.translate("ElectionsTab", "Approve the list (Ctrl+L)"), "approveButton"
        )
        row.addWidget(self.approve_button)
        row.addStretch(1)
        panel_layout.addLayout(row)
        self.list_verdict_label = wrapping_label("listVerdictLabel")
        scale_font(self.list_verdict_label, 1.1, bold=True)
        panel_layout.addWidget(self.list_verdict_label)
        layout.addWidget(panel)
        return page

    # --- page 1: the list -------------------------------------------------------------

    def _setting(self, key: str, default: Any) -> Any:
        store = self.ctx.store
        if store is None:
            return default
        try:
            return settings.get(store, key)
        except ValidationError:
            return default

    def _member_text(self, m: MemberRow) -> str:
        born = f" ({m.birth_year})" if m.birth_year else ""
        return f"{self._numbers.get(int(m.id), 0)}. {m.full_name}{born}"

    def _voters_now(self) -> int:
        store = self.ctx.store
        return attendance.counters(store, store.clock()).voters_present if store else 0

    def _load_list(self, election: ElectionRow) -> None:
        store = self.ctx.store
        enabled = store is not None
        self._nominations = []
        if store is not None:
            self._nominations = nominations.list_nominations(store, election.id)
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

        # The member picker: eligible full members not already nominated.
        taken = {int(r.member_id) for r in self._nominations}
        committee = self._committee_members(election)
        current = self.member_combo.currentData()
        self.member_combo.clear()
        for m in self._members.values():
            if not eligible(m) or int(m.id) in taken:
                continue
            if committee is not None and int(m.id) not in committee:
                continue
            self.member_combo.add_person(self._member_text(m), m.full_name, int(m.id))
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
        if not self.attending_spin.value():
            self.attending_spin.setValue(self._voters_now())
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
            widget.setEnabled(enabled and not self._rounds)
        self.nominate_action.setEnabled(enabled and not self._rounds)
        self.approve_action.setEnabled(enabled and not self._rounds)
        self._show_nomination()
        admitted = [r for r in self._nominations if str(r.status) == "admitted"]
        self._show_surplus(election, len(admitted))
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
        self._show_list_vote(election)

    def _committee_members(self, election: ElectionRow) -> set[int] | None:
        """For a bí thư or phó bí thư after a committee election: its elected members."""
        store = self.ctx.store
        if store is None:
            return None
        if election.target not in (Target.CELL_SECRETARY, Target.DEPUTY_SECRETARY):
            return None
        committees = [e for e in self._elections if e.target == Target.COMMITTEE]
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
        editable = row is not None and not self._rounds
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
        from decimal import Decimal

        cap = Decimal(str(self._setting("elections.surplus_cap_percent", 30)))
        extra = int(self._setting("elections.small_body_extra", 1))
        allowed = self.allowed_more_check.isChecked()
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
        messages = {
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
                self.list_yes_spin.setValue(self._voters_now())
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
        election = self.selected_election()
        member = self.member_combo.currentData()
        if election is None or member is None or not self.nominate_button.isEnabled():
            return
        if self.member_combo.ambiguous:
            several = self.member_combo.ambiguous
            self._show_feedback(
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

        if self._run(do, QCoreApplication.translate("ElectionsTab", "Nominated.")):
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
        self.attending_spin.setValue(self._voters_now())
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
        name = self._members[int(member_id)].full_name if int(member_id) in self._members else ""
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
        self._run(
            lambda: election_actions.record_agreement(self.ctx, ident, agree, attending),
            QCoreApplication.translate("ElectionsTab", "Agreement recorded."),
        )

    def decide_withdrawal(self) -> None:
        row = self.selected_nomination()
        if row is None:
            return
        yes, no = self.withdraw_yes_spin.value(), self.withdraw_no_spin.value()
        reason = self.withdraw_reason_edit.text().strip()
        ident = row.id
        if self._run(
            lambda: election_actions.decide_withdrawal(
                self.ctx, ident, yes=yes, no=no, reason=reason
            )
        ):
            after = self.selected_nomination()
            allowed = after is not None and str(after.status) == "withdrawn"
            self._show_feedback(
                QCoreApplication.translate("ElectionsTab", "Withdrawal allowed by the congress.")
                if allowed
                else QCoreApplication.translate(
                    "ElectionsTab", "Withdrawal not allowed: the name stays on the list."
                ),
                ok=True,
            )

    def remove_nomination(self) -> None:
        row = self.selected_nomination()
        if row is None or self._rounds:
            return
        ident = row.id
        self._run(
            lambda: election_actions.remove_nomination(self.ctx, ident),
            QCoreApplication.translate(
                "ElectionsTab", "Nomination removed (Ctrl+Z brings it back)."
            ),
        )
        self.nominations_table.setFocus()

    def approve_list(self) -> None:
        election = self.selected_election()
        if election is None or not self.approve_button.isEnabled():
            return
        for spin in (self.list_yes_spin, self.list_no_spin, self.list_other_spin):
            spin.interpretText()
        yes, no = self.list_yes_spin.value(), self.list_no_spin.value()
        other = self.list_other_spin.value()
        ident = election.id
        self._run(
            lambda: election_actions.approve_list(self.ctx, ident, yes=yes, no=no, other=other),
            QCoreApplication.translate("ElectionsTab", "The list vote is recorded."),
        )
