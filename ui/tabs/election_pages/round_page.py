"""Page 2 of an election: the tellers and the round (190-QĐ/TW Điều 8).

The vote-counting committee from the full members in the hall not on the
list, the round opened, the ballots issued (the base frozen) and printed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import MemberId
from secretariat.errors import SecretariatError
from secretariat.rules import eligibility
from secretariat.services import elections
from secretariat.services.elections import ElectionRow, RoundRow, nominations
from ui.commands import election_actions
from ui.tabs.election_pages import parts
from ui.tabs.election_pages.common import (
    ID_ROLE,
    MUTED,
    NOT_ELECTED_COLOUR,
    TEXT_ROLE,
    election_error_text,
    round_title,
)
from ui.tabs.election_pages.parts import AddAction, Page
from ui.tabs.election_pages.selection import ElectionSelection
from ui.widgets.list_finder import NAME_ROLE, ListFinder
from ui.widgets.shortcuts import scale_font, wrapping_label


class RoundPage(Page):
    """Page 2 of an election: the tellers, the round opened, the ballots issued."""

    def __init__(self, selection: ElectionSelection, parent: QWidget | None = None) -> None:
        super().__init__(selection, parent)
        self.setObjectName("roundPage")
        self._refreshing = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self._build_tellers(), 1)
        column = QVBoxLayout()
        column.addWidget(self._build_round())
        column.addWidget(self._build_ballots())
        column.addStretch(1)
        layout.addLayout(column, 1)

    def _build_tellers(self) -> QGroupBox:
        tellers_box = QGroupBox(
            QCoreApplication.translate("ElectionsTab", "Vote-counting committee (ban kiểm phiếu)")
        )
        tellers_layout = QVBoxLayout(tellers_box)
        note = wrapping_label("tellersNote")
        note.setStyleSheet(MUTED)
        note.setText(
            QCoreApplication.translate(
                "ElectionsTab",
                "Full members in the hall who are not on the list (190-QĐ/TW Điều 8). "
                "Type a name (diacritics not needed) and Enter, or Space, ticks; the first "
                "ticked chairs. The committee is chosen once for the congress: a new "
                "election starts with it ticked.",
            )
        )
        tellers_layout.addWidget(note)
        self.tellers_list = QListWidget()
        self.tellers_list.setObjectName("tellersList")
        self.tellers_list.itemChanged.connect(self._on_teller_changed)
        self.tellers_finder = ListFinder(self.tellers_list)  # tellers found by name
        self.tellers_finder.hint.connect(lambda text, ok: self.show_feedback(text, ok=ok))
        tellers_layout.addWidget(self.tellers_list, 1)
        self.tellers_label = wrapping_label("tellersLabel")
        tellers_layout.addWidget(self.tellers_label)
        return tellers_box

    def _build_round(self) -> QGroupBox:
        round_box = QGroupBox(QCoreApplication.translate("ElectionsTab", "Round"))
        round_layout = QVBoxLayout(round_box)
        form = QFormLayout()
        self.round_seats_spin = parts.spin("roundSeatsSpin", 99)
        self.round_seats_spin.setMinimum(1)
        form.addRow(
            QCoreApplication.translate("ElectionsTab", "Seats in this round:"),
            self.round_seats_spin,
        )
        self.allowed_more_check = QCheckBox(
            QCoreApplication.translate(
                "ElectionsTab", "The congress voted to allow a larger surplus"
            )
        )
        self.allowed_more_check.setObjectName("allowedMoreCheck")
        self.allowed_more_check.toggled.connect(self._on_allowed_more)
        form.addRow("", self.allowed_more_check)
        round_layout.addLayout(form)
        self.open_round_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Open the round (Ctrl+R)"), "openRoundButton"
        )
        scale_font(self.open_round_button, 1.1, bold=True)
        self.open_round_button.setMinimumHeight(40)
        round_layout.addWidget(self.open_round_button)
        self.round_label = wrapping_label("roundLabel")
        round_layout.addWidget(self.round_label)
        return round_box

    def _build_ballots(self) -> QGroupBox:
        issue_box = QGroupBox(QCoreApplication.translate("ElectionsTab", "Ballots"))
        issue_layout = QVBoxLayout(issue_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(QCoreApplication.translate("ElectionsTab", "Ballots issued:")))
        self.issued_spin = parts.spin("issuedSpin")
        scale_font(self.issued_spin, 1.3, bold=True)
        row.addWidget(self.issued_spin)
        self.issue_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Issue the ballots (Ctrl+I)"), "issueButton"
        )
        row.addWidget(self.issue_button)
        row.addStretch(1)
        issue_layout.addLayout(row)
        self.base_label = wrapping_label("roundBaseLabel")
        scale_font(self.base_label, 1.1, bold=True)
        issue_layout.addWidget(self.base_label)
        self.breakdown_label = wrapping_label("roundBreakdownLabel")
        self.breakdown_label.setStyleSheet(MUTED)
        issue_layout.addWidget(self.breakdown_label)
        self.print_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Save the ballots as PDF…"), "printButton"
        )
        issue_layout.addWidget(self.print_button)
        self.print_label = wrapping_label("printLabel")
        self.print_label.setStyleSheet(MUTED)
        issue_layout.addWidget(self.print_label)
        return issue_box

    def make_actions(self, add: AddAction) -> None:
        """The page's keys, owned by the tab (they work from every page)."""
        ctrl = Qt.KeyboardModifier.ControlModifier
        self.open_round_action = add(
            "open_round_action",
            QCoreApplication.translate("ElectionsTab", "Open the round"),
            [QKeySequence(ctrl | Qt.Key.Key_R)],
            self.open_round,
            self.open_round_button,
        )
        self.issue_action = add(
            "issue_action",
            QCoreApplication.translate("ElectionsTab", "Issue the ballots"),
            [QKeySequence(ctrl | Qt.Key.Key_I)],
            self.issue_ballots,
            self.issue_button,
        )
        self.print_button.clicked.connect(self.save_ballots)

    def guarded_actions(self) -> tuple[QAction, ...]:
        """The keys whose being allowed this page's loading decides."""
        return (self.open_round_action, self.issue_action)

    def focus_first(self) -> None:
        if self.open_round_button.isEnabled():
            self.tellers_list.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.issued_spin.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_allowed_more(self, checked: bool) -> None:
        self.selection.allowed_more = checked

    # --- reading ----------------------------------------------------------------------

    def _candidate_ids(self, election: ElectionRow) -> list[MemberId]:
        store = self.ctx.store
        if store is None:
            return []
        return list(nominations.candidate_ids(store, election.id))

    def load(self, election: ElectionRow) -> None:
        rnd = self.selection.round()
        inside = self.selection.inside()
        on_list = (
            {int(c.member_id) for c in rnd.candidates}
            if rnd
            else {int(i) for i in self._candidate_ids(election)}
        )
        if rnd is None and not self.selection.teller_order and self.ctx.store is not None:
            # The committee the congress chose counts every election (issue 18 §1).
            self.selection.teller_order = [
                int(t)
                for t in elections.congress_tellers(self.ctx.store)
                if int(t) not in on_list and int(t) in inside
            ]
        chosen = [int(t) for t in rnd.tellers] if rnd else list(self.selection.teller_order)
        self._fill_tellers(rnd, on_list, inside, chosen)
        self._show_tellers(chosen)
        self._show_round(election, rnd, len(on_list))
        self._show_ballots(election, rnd)

    def _fill_tellers(
        self, rnd: RoundRow | None, on_list: set[int], inside: set[int], chosen: list[int]
    ) -> None:
        self._refreshing = True
        try:
            self.tellers_list.clear()
            for m in self.selection.members.values():
                if not eligibility.may_vote(m):  # a teller: a summoned full member
                    continue
                ident = int(m.id)
                text = self.selection.member_text(m)
                item = QListWidgetItem()
                item.setData(ID_ROLE, ident)
                item.setData(NAME_ROLE, m.full_name)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if ident in on_list:
                    text += " — " + QCoreApplication.translate(
                        "ElectionsTab", "on the list, cannot count"
                    )
                    item.setForeground(QBrush(QColor("#b3261e")))
                elif ident not in inside:
                    text += " — " + QCoreApplication.translate("ElectionsTab", "not in the hall")
                    item.setForeground(QBrush(QColor(NOT_ELECTED_COLOUR)))
                elif rnd is None:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setData(TEXT_ROLE, text)
                item.setText(text)
                item.setFlags(flags)
                if rnd is None and ident not in on_list and ident in inside:
                    item.setCheckState(
                        Qt.CheckState.Checked if ident in chosen else Qt.CheckState.Unchecked
                    )
                elif ident in chosen:
                    item.setCheckState(Qt.CheckState.Checked)
                self.tellers_list.addItem(item)
        finally:
            self._refreshing = False

    def _show_round(self, election: ElectionRow, rnd: RoundRow | None, count: int) -> None:
        can_open = rnd is None and not self.selection.rounds
        self.open_round_button.setEnabled(can_open)
        self.open_round_action.setEnabled(can_open)
        self.round_seats_spin.setEnabled(can_open)
        self.allowed_more_check.setEnabled(can_open)
        self.round_seats_spin.setMaximum(election.seats)
        if rnd is not None:  # the round's own seats (a later round: those still open)
            self.round_seats_spin.setValue(rnd.seats)
        if can_open:
            self.round_seats_spin.setValue(election.seats)
            self.round_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab", "Round 1 will have the %1 names of the approved list."
                ).replace("%1", str(count))
            )
        elif rnd is not None:
            form = (
                QCoreApplication.translate("ElectionsTab", "strike the names not chosen")
                if str(rnd.form) == "surplus"
                else QCoreApplication.translate("ElectionsTab", "agree / disagree box per name")
            )
            names_text = "; ".join(f"{c.position}. {c.full_name}" for c in rnd.candidates)
            self.round_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab", "Round %1: %2 seat(s), ballot form: %3.\n%4"
                )
                .replace("%1", str(rnd.round_no))
                .replace("%2", str(rnd.seats))
                .replace("%3", form)
                .replace("%4", names_text)
            )
        else:
            self.round_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab",
                    "Further rounds are opened from the Results page (the proposal).",
                )
            )

    def _show_ballots(self, election: ElectionRow, rnd: RoundRow | None) -> None:
        started = rnd is not None and rnd.started
        can_issue = rnd is not None and not self._has_ballots(rnd)
        self.issued_spin.setEnabled(can_issue)
        self.issue_button.setEnabled(can_issue)
        self.issue_action.setEnabled(can_issue)
        self.print_button.setEnabled(rnd is not None)
        if rnd is not None and rnd.started and rnd.base is not None:
            at = rnd.held_at.strftime("%H:%M") if rnd.held_at else ""
            self.base_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab",
                    "%1 ballots issued at %2 · majority base %3 · full members present %4",
                )
                .replace("%1", str(rnd.issued))
                .replace("%2", at)
                .replace("%3", str(rnd.base))
                .replace("%4", str(rnd.voters_present))
            )
            self.breakdown_label.setText(
                self._breakdown(rnd) + "\n" + QCoreApplication.translate("ElectionsTab", "Frozen.")
            )
            self.issued_spin.setValue(rnd.issued or 0)
        else:
            voters = self.selection.voters_now()
            self.base_label.setText(
                QCoreApplication.translate("ElectionsTab", "Full members present now: %1").replace(
                    "%1", str(voters)
                )
            )
            self.breakdown_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab", "The majority base is frozen when the ballots are issued."
                )
            )
            if not started:
                self.issued_spin.setValue(voters)
        if rnd is not None:
            self.print_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab", "Or print from the Documents tab: “Phiếu bầu: %1”."
                ).replace("%1", round_title(election, rnd))
            )
        else:
            self.print_label.setText(
                QCoreApplication.translate("ElectionsTab", "Open the round to print its ballots.")
            )

    def _has_ballots(self, rnd: RoundRow) -> bool:
        store = self.ctx.store
        if store is None or not rnd.started:
            return False
        return bool(elections.list_ballots(store, rnd.id))

    def _breakdown(self, rnd: RoundRow) -> str:
        text = QCoreApplication.translate("ElectionsTab", "%1 full members summoned").replace(
            "%1", str(rnd.base_full_summoned or 0)
        )
        for count, label in (
            (rnd.base_temporary_out, QCoreApplication.translate("ElectionsTab", "attached out")),
            (
                rnd.base_exempt_not_present,
                QCoreApplication.translate("ElectionsTab", "exempt, not present"),
            ),
            (rnd.base_suspended, QCoreApplication.translate("ElectionsTab", "suspended")),
            (
                rnd.base_excused,
                QCoreApplication.translate("ElectionsTab", "absent with accepted reason"),
            ),
            (
                rnd.base_absent_throughout,
                QCoreApplication.translate("ElectionsTab", "absent throughout"),
            ),
        ):
            if count:
                text += f" − {count} {label}"
        return f"{text} = {rnd.base}"

    def _show_tellers(self, chosen: list[int]) -> None:
        """The chair marked in the list (in place: the keyboard keeps its row)."""
        self._refreshing = True
        try:
            for n in range(self.tellers_list.count()):
                item = self.tellers_list.item(n)
                text = str(item.data(TEXT_ROLE))
                if chosen and int(item.data(ID_ROLE)) == chosen[0]:
                    text += " — " + QCoreApplication.translate("ElectionsTab", "chair")
                item.setText(text)
        finally:
            self._refreshing = False
        names = [self.selection.members[t].full_name for t in chosen if t in self.selection.members]
        self.tellers_label.setText(
            QCoreApplication.translate("ElectionsTab", "Tellers: %1").replace(
                "%1", ", ".join(names)
            )
            if names
            else QCoreApplication.translate("ElectionsTab", "No teller chosen yet.")
        )

    def _on_teller_changed(self, item: QListWidgetItem) -> None:
        if self._refreshing:
            return
        ident = int(item.data(ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            if ident not in self.selection.teller_order:
                self.selection.teller_order.append(ident)
        elif ident in self.selection.teller_order:
            self.selection.teller_order.remove(ident)
        self._show_tellers(self.selection.teller_order)

    def open_round(self) -> None:
        election = self.selection.election()
        if election is None or self.selection.rounds:
            return
        candidates = self._candidate_ids(election)
        tellers = [MemberId(t) for t in self.selection.teller_order]
        if not tellers:
            self.show_feedback(
                QCoreApplication.translate(
                    "ElectionsTab", "Choose the vote-counting committee first."
                ),
                ok=False,
            )
            self.tellers_list.setFocus()
            return
        seats = self.round_seats_spin.value()
        allowed = self.allowed_more_check.isChecked()
        ident = election.id
        if self.run(
            lambda: election_actions.open_round(
                self.ctx, ident, candidates, tellers, seats=seats, congress_allowed_more=allowed
            ),
            done=QCoreApplication.translate("ElectionsTab", "Round opened."),
        ):
            self.selection.teller_order = []
            self.issued_spin.setFocus()
            self.issued_spin.selectAll()

    def issue_ballots(self) -> None:
        rnd = self.selection.round()
        if rnd is None:
            return
        self.issued_spin.interpretText()
        issued = self.issued_spin.value()
        ident = rnd.id
        voters = self.selection.voters_now()
        reason = ""
        if issued < voters:
            asked = self._ask_fewer_reason(voters - issued)
            if asked is None:
                return
            reason = asked
        self.run(
            lambda: election_actions.start_ballot(self.ctx, ident, issued, reason),
            done=QCoreApplication.translate(
                "ElectionsTab", "%1 ballots issued: the base is frozen."
            ).replace("%1", str(issued)),
        )

    def _ask_fewer_reason(self, missing: int) -> str | None:
        """Why fewer ballots than full members present (the count minutes say it):
        a reason from the list or the secretary's words; None when cancelled."""
        reasons = {
            QCoreApplication.translate("ElectionsTab", "left the hall"): "left_hall",
            QCoreApplication.translate("ElectionsTab", "declined a ballot"): "declined",
        }
        text, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("ElectionsTab", "Fewer ballots than members present"),
            QCoreApplication.translate(
                "ElectionsTab",
                "%1 full member(s) present will get no ballot. Why? "
                "(The count minutes and the minutes state it; you may type other words.)",
            ).replace("%1", str(missing)),
            list(reasons),
            0,
            True,
        )
        if not ok:
            return None
        words = " ".join(text.split())
        return reasons.get(words, words)

    def save_ballots(self) -> None:
        store = self.ctx.store
        rnd = self.selection.round()
        if store is None or rnd is None:
            return
        from secretariat.reports import catalog

        name = f"{catalog.BALLOTS_PREFIX}{rnd.id}"
        try:
            suggested = catalog.default_filename(store, name, "pdf")
        except SecretariatError as error:
            self.show_feedback(election_error_text(error), ok=False)
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ElectionsTab", "Save the ballots"),
            suggested,
            QCoreApplication.translate("ElectionsTab", "PDF document (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            catalog.export(store, name, "pdf", path)
        except (SecretariatError, OSError) as error:
            self.show_feedback(election_error_text(error), ok=False)
            return
        self.show_feedback(
            QCoreApplication.translate("ElectionsTab", "Ballots saved to %1.").replace(
                "%1", str(path)
            ),
            ok=True,
        )
