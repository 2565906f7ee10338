"""Page 4 of an election: the results (docs/domain/rules.md 4.5; 190-QĐ/TW Điều 30).

The count explained in words, announce, the hall screen, the proposed next
round, the appointment of a bí thư, the ratification.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import MemberId
from secretariat.errors import SecretariatError
from secretariat.rules.majority import format_percent
from secretariat.rules.tally import Tally
from secretariat.services import elections
from secretariat.services.elections import ElectionRow, RoundRow, double_entry
from secretariat.services.elections import results as election_results
from secretariat.services.elections.results import RoundProposal
from ui.commands import election_actions
from ui.projector import ProjectorController
from ui.tabs.election_pages import parts
from ui.tabs.election_pages.common import (
    BANNER_STYLE,
    ELECTED_COLOUR,
    NOT_ELECTED_COLOUR,
    PAGE_ROUND,
    TIED_COLOUR,
    WARNING_STYLE,
    blocker_text,
    eligible,
    explain,
    hall_summary,
    reason_label,
    round_chart,
    round_title,
)
from ui.tabs.election_pages.parts import AddAction, Page
from ui.tabs.election_pages.selection import ElectionSelection
from ui.widgets.date_edit import DateEdit
from ui.widgets.shortcuts import scale_font, wrapping_label


class ResultsPage(Page):
    """Page 4 of an election: the count of the selected round and what follows it."""

    def __init__(
        self,
        selection: ElectionSelection,
        projector: ProjectorController | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(selection, parent)
        self.setObjectName("resultsPage")
        self.projector = projector
        self._tally: Tally | None = None
        self._proposal: RoundProposal | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self._build_count(layout)
        self._build_hall(layout)
        panel, panel_layout = parts.panel()
        self._build_proposal(panel_layout)
        self._build_ratify(panel_layout)
        layout.addWidget(panel)
        layout.addStretch(1)

    def _build_count(self, layout: QVBoxLayout) -> None:
        self.result_banner = QLabel()
        self.result_banner.setObjectName("resultBanner")
        self.result_banner.setWordWrap(True)
        scale_font(self.result_banner, 1.1, bold=True)
        layout.addWidget(self.result_banner)
        self.summary_label = wrapping_label("summaryLabel")
        scale_font(self.summary_label, 1.05, bold=True)
        layout.addWidget(self.summary_label)
        self.results_table = parts.table(
            "resultsTable",
            [
                QCoreApplication.translate("ElectionsTab", "#"),
                QCoreApplication.translate("ElectionsTab", "Name"),
                QCoreApplication.translate("ElectionsTab", "Votes"),
                QCoreApplication.translate("ElectionsTab", "% of base"),
                QCoreApplication.translate("ElectionsTab", "Result"),
            ],
        )
        self.results_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        layout.addWidget(self.results_table)
        self.explain_label = wrapping_label("explainLabel")
        layout.addWidget(self.explain_label)
        self.blockers_label = wrapping_label("blockersLabel")
        self.blockers_label.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.blockers_label)

    def _build_hall(self, layout: QVBoxLayout) -> None:
        hall = QHBoxLayout()
        self.announce_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Announce (Ctrl+Shift+A)"), "announceButton"
        )
        scale_font(self.announce_button, 1.1, bold=True)
        self.announce_button.setMinimumHeight(40)
        self.withdraw_announce_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Withdraw the announcement"),
            "withdrawAnnounceButton",
        )
        self.show_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Show in the hall (F10)"), "showButton"
        )
        self.hide_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Clear the hall (Shift+F10)"), "hideButton"
        )
        for button in (
            self.announce_button,
            self.withdraw_announce_button,
            self.show_button,
            self.hide_button,
        ):
            hall.addWidget(button)
        hall.addStretch(1)
        if self.projector is None:  # never setVisible(True) here: no parent yet, it
            self.show_button.hide()  # would open as a window of its own and take the keys
            self.hide_button.hide()
        layout.addLayout(hall)

    def _build_proposal(self, panel_layout: QVBoxLayout) -> None:
        self.outcome_label = wrapping_label("outcomeLabel")
        panel_layout.addWidget(self.outcome_label)
        self.proposal_label = wrapping_label("proposalLabel")
        scale_font(self.proposal_label, 1.05, bold=True)
        panel_layout.addWidget(self.proposal_label)
        self.confirm_round_button = parts.button(
            QCoreApplication.translate(
                "ElectionsTab", "Confirm: open the proposed round (Ctrl+Shift+O)"
            ),
            "confirmRoundButton",
        )
        confirm = QHBoxLayout()
        confirm.addWidget(self.confirm_round_button, 2)
        self.close_election_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "No further round: close the election"),
            "closeElectionButton",
        )
        confirm.addWidget(self.close_election_button, 1)
        panel_layout.addLayout(confirm)
        appoint = QHBoxLayout()
        self.appoint_combo = QComboBox()
        self.appoint_combo.setObjectName("appointCombo")
        self.appoint_note_edit = QLineEdit()
        self.appoint_note_edit.setObjectName("appointNoteEdit")
        self.appoint_note_edit.setPlaceholderText(
            QCoreApplication.translate("ElectionsTab", "decision number, date")
        )
        self.appoint_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Record the appointment"), "appointButton"
        )
        self.appoint_caption = QLabel(
            QCoreApplication.translate("ElectionsTab", "Appointed by the superior committee:")
        )
        appoint.addWidget(self.appoint_caption)
        appoint.addWidget(self.appoint_combo, 2)
        appoint.addWidget(self.appoint_note_edit, 1)
        appoint.addWidget(self.appoint_button)
        panel_layout.addLayout(appoint)

    def _build_ratify(self, panel_layout: QVBoxLayout) -> None:
        ratify = QHBoxLayout()
        ratify.addWidget(
            QLabel(QCoreApplication.translate("ElectionsTab", "Ratified (chuẩn y) on:"))
        )
        self.ratify_date = DateEdit()
        self.ratify_date.setObjectName("ratifyDate")
        self.ratify_date.setCalendarPopup(True)
        self.ratify_date.setDisplayFormat("dd/MM/yyyy")
        self.ratify_note_edit = QLineEdit()
        self.ratify_note_edit.setObjectName("ratifyNoteEdit")
        self.ratify_note_edit.setPlaceholderText(
            QCoreApplication.translate("ElectionsTab", "decision number")
        )
        self.ratify_button = parts.button(
            QCoreApplication.translate("ElectionsTab", "Record the ratification"), "ratifyButton"
        )
        ratify.addWidget(self.ratify_date)
        ratify.addWidget(self.ratify_note_edit, 1)
        ratify.addWidget(self.ratify_button)
        panel_layout.addLayout(ratify)

    def make_actions(self, add: AddAction) -> None:
        """The page's keys, owned by the tab (they work from every page)."""
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        self.announce_action = add(
            "announce_action",
            QCoreApplication.translate("ElectionsTab", "Announce the result"),
            [QKeySequence(ctrl | shift | Qt.Key.Key_A)],
            self.announce,
            self.announce_button,
        )
        self.withdraw_announce_button.clicked.connect(self.withdraw_announcement)
        self.show_action = add(
            "show_in_hall_action",
            QCoreApplication.translate("ElectionsTab", "Show the result in the hall"),
            [QKeySequence(Qt.Key.Key_F10)],
            self.show_in_hall,
            self.show_button,
        )
        self.hide_action = add(
            "clear_hall_action",
            QCoreApplication.translate("ElectionsTab", "Clear the hall"),
            [QKeySequence(shift | Qt.Key.Key_F10)],
            self.clear_hall,
            self.hide_button,
        )
        self.show_action.setEnabled(self.projector is not None)
        self.hide_action.setEnabled(self.projector is not None)
        self.confirm_action = add(
            "confirm_round_action",
            QCoreApplication.translate("ElectionsTab", "Open the proposed round"),
            [QKeySequence(ctrl | shift | Qt.Key.Key_O)],
            self.confirm_proposal,
            self.confirm_round_button,
        )
        self.appoint_button.clicked.connect(self.record_appointment)
        self.close_election_button.clicked.connect(self.close_election)
        self.ratify_button.clicked.connect(self.ratify)

    def guarded_actions(self) -> tuple[QAction, ...]:
        """The keys whose being allowed this page's loading decides."""
        return (self.announce_action, self.confirm_action)

    def focus_first(self) -> None:
        self.results_table.setFocus(Qt.FocusReason.TabFocusReason)

    def clear(self) -> None:
        """No election selected."""
        self._tally = None
        self._proposal = None
        self.results_table.setRowCount(0)

    # --- reading ----------------------------------------------------------------------

    def _count(self, rnd: RoundRow) -> Tally | None:
        store = self.ctx.store
        if store is None or not rnd.started:
            return None
        try:
            return elections.count(store, rnd.id)
        except SecretariatError:
            return None

    def load(self, election: ElectionRow) -> None:
        rnd = self.selection.round()
        self._tally = self._count(rnd) if rnd else None
        style, text = banner(election, rnd, self._tally)
        self.result_banner.setStyleSheet(style)
        self.result_banner.setText(text)
        self._show_count(rnd, self._tally)
        parts.fit_height(self.results_table)
        self._show_blockers(rnd, self._tally)
        self._load_outcome(election)

    def _show_count(self, rnd: RoundRow | None, tally_: Tally | None) -> None:
        if rnd is None or tally_ is None:
            self.results_table.setRowCount(0)
            self.summary_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab", "Open a round and issue the ballots first."
                )
                if rnd is None or not rnd.started
                else ""
            )
            self.explain_label.clear()
        else:
            base = rnd.base or 0
            reasons = ", ".join(
                f"{reason_label(code)}: {n}" for code, n in tally_.invalid_reasons.items()
            )
            summary = (
                QCoreApplication.translate(
                    "ElectionsTab",
                    "Ballots issued %1 · collected %2 · valid %3 · invalid %4 · majority base %5",
                )
                .replace("%1", str(rnd.issued))
                .replace("%2", str(tally_.collected))
                .replace("%3", str(tally_.valid))
                .replace("%4", str(tally_.invalid))
                .replace("%5", str(base))
            )
            if reasons:
                summary += "\n" + QCoreApplication.translate("ElectionsTab", "Invalid: %1").replace(
                    "%1", reasons
                )
            self.summary_label.setText(summary)
            self._fill_table(rnd, tally_)
            self.explain_label.setText("\n".join(explain(rnd, tally_)))

    def _fill_table(self, rnd: RoundRow, tally_: Tally) -> None:
        table = self.results_table
        base = rnd.base or 0
        names = {str(c.member_id): c for c in rnd.candidates}
        table.setRowCount(len(tally_.votes))
        for n, (key, count) in enumerate(tally_.votes.items()):
            cand = names.get(key)
            if key in tally_.elected:
                verdict, colour = (
                    QCoreApplication.translate("ElectionsTab", "elected"),
                    ELECTED_COLOUR,
                )
            elif key in tally_.tied:
                verdict, colour = (
                    QCoreApplication.translate("ElectionsTab", "tied"),
                    TIED_COLOUR,
                )
            else:
                verdict, colour = (
                    QCoreApplication.translate("ElectionsTab", "not elected"),
                    NOT_ELECTED_COLOUR,
                )
            votes_text = f"{count}/{base}"
            if str(rnd.form) == "no_surplus":  # a one-name list: both counts
                votes_text = (
                    QCoreApplication.translate("ElectionsTab", "agree %1 · disagree %2")
                    .replace("%1", str(count))
                    .replace("%2", str(tally_.valid - count))
                )
            cells = (
                str(cand.position if cand else n + 1),
                cand.full_name if cand else key,
                votes_text,
                format_percent(tally_.percent[key]),
                verdict,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (0, 2, 3):
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 4:
                    cell.setForeground(QBrush(QColor(colour)))
                table.setItem(n, column, cell)

    def _show_blockers(self, rnd: RoundRow | None, tally_: Tally | None) -> None:
        store = self.ctx.store
        announced = rnd is not None and rnd.announced
        blockers: list[str] = []
        if rnd is not None and store is not None:
            try:
                blockers = double_entry.announce_blockers(store, rnd.id)
            except SecretariatError:
                blockers = []
        if announced:
            self.blockers_label.clear()
        elif blockers:
            self.blockers_label.setText(
                QCoreApplication.translate("ElectionsTab", "Cannot announce yet: %1.").replace(
                    "%1", "; ".join(blocker_text(b) for b in blockers)
                )
            )
        else:
            self.blockers_label.clear()
        can_announce = rnd is not None and not announced and not blockers
        can_announce = can_announce and tally_ is not None
        self.announce_button.setEnabled(can_announce)
        self.announce_action.setEnabled(can_announce)
        self.withdraw_announce_button.setEnabled(announced)
        self.show_button.setEnabled(announced)

    def _load_outcome(self, election: ElectionRow) -> None:
        store = self.ctx.store
        self._proposal = None
        if store is None:
            self.outcome_label.clear()
            self.proposal_label.clear()
            widget: QWidget
            for widget in (
                self.confirm_round_button,
                self.close_election_button,
                self.appoint_button,
                self.ratify_button,
                self.appoint_combo,
                self.appoint_note_edit,
                self.appoint_caption,
            ):
                widget.setEnabled(False)
            self.confirm_action.setEnabled(False)
            return
        self._show_outcome(election)
        try:
            self._proposal = election_results.propose_next_round(store, election.id)
        except SecretariatError:
            self._proposal = None
        appoint_now = self._proposal is not None and self._proposal.reason == "appoint"
        self._show_proposal(election, appoint_now)
        self._show_appointment(election, appoint_now)
        self._show_ratification(election)

    def _show_outcome(self, election: ElectionRow) -> None:
        store = self.ctx.require()
        try:
            outcome = election_results.outcome(store, election.id)
        except SecretariatError:
            outcome = None
        if outcome is not None and (outcome.elected or outcome.alternates):
            elected = ", ".join(
                f"{e.full_name} ({e.votes}, {format_percent(e.percent)})" for e in outcome.elected
            )
            text = QCoreApplication.translate(
                "ElectionsTab", "Elected so far (announced rounds): %1"
            ).replace("%1", elected or "–")
            if outcome.alternates:
                text += "\n" + QCoreApplication.translate("ElectionsTab", "Alternates: %1").replace(
                    "%1", ", ".join(e.full_name for e in outcome.alternates)
                )
            text += "\n" + QCoreApplication.translate(
                "ElectionsTab", "Seats still open: %1"
            ).replace("%1", str(outcome.open_seats))
            self.outcome_label.setText(text)
        else:
            self.outcome_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab", "No one elected yet in an announced round."
                )
            )

    def _show_proposal(self, election: ElectionRow, appoint_now: bool) -> None:
        proposal = self._proposal
        appointed = election.appointed_member_id
        if proposal is None:
            self.proposal_label.setText(
                QCoreApplication.translate("ElectionsTab", "No further round proposed.")
                if appointed is None
                else QCoreApplication.translate(
                    "ElectionsTab", "Appointed by the superior committee: %1 (%2)."
                )
                .replace("%1", self.selection.name(appointed))
                .replace("%2", election.appointed_note)
            )
        elif appoint_now:
            self.proposal_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab",
                    "Three rounds have not elected a bí thư: there is no fourth round. "
                    "Record the appointment by the superior committee (294-QĐ/TW mục 22).",
                )
            )
        else:
            names = ", ".join(self.selection.name(m) for m in proposal.candidates)
            why = (
                QCoreApplication.translate(
                    "ElectionsTab", "a tie at the cut-off: restricted to the tied candidates"
                )
                if proposal.reason == "tie"
                else QCoreApplication.translate(
                    "ElectionsTab", "seats still open: the congress may add names"
                )
            )
            self.proposal_label.setText(
                QCoreApplication.translate(
                    "ElectionsTab", "Proposed: round %1 for %2 seat(s) with %3 — because of %4."
                )
                .replace("%1", str(proposal.round_no))
                .replace("%2", str(proposal.seats))
                .replace("%3", names)
                .replace("%4", why)
                + "\n"
                + QCoreApplication.translate(
                    "ElectionsTab", "The presidium confirms before it is opened."
                )
            )
        can_confirm = proposal is not None and not appoint_now
        self.confirm_round_button.setEnabled(can_confirm)
        self.confirm_round_button.setVisible(can_confirm)
        can_close = can_confirm and str(election.status) == "voting"
        self.close_election_button.setVisible(can_close)
        self.close_election_button.setEnabled(can_close)
        self.confirm_action.setEnabled(can_confirm)

    def _show_appointment(self, election: ElectionRow, appoint_now: bool) -> None:
        appointed = election.appointed_member_id
        self.appoint_caption.setVisible(appoint_now or appointed is not None)
        for widget in (self.appoint_combo, self.appoint_note_edit, self.appoint_button):
            widget.setVisible(appoint_now or appointed is not None)
            widget.setEnabled(appoint_now or appointed is not None)
        if appoint_now or appointed is not None:
            current = self.appoint_combo.currentData()
            self.appoint_combo.clear()
            self.appoint_combo.addItem(
                QCoreApplication.translate("ElectionsTab", "(not named in the decision yet)"), None
            )
            for m in self.selection.members.values():
                if eligible(m):
                    self.appoint_combo.addItem(self.selection.member_text(m), int(m.id))
            wanted = appointed if appointed is not None else current
            self.appoint_combo.setCurrentIndex(max(0, self.appoint_combo.findData(wanted)))

    def _show_ratification(self, election: ElectionRow) -> None:
        store = self.ctx.require()
        ratified = election.ratified_on
        if ratified is not None:
            self.ratify_date.setDate(QDate(ratified.year, ratified.month, ratified.day))
            self.ratify_note_edit.setText(election.ratified_note)
        elif store is not None:
            today = store.clock().date()
            if self.ratify_date.date() == QDate(2000, 1, 1):
                self.ratify_date.setDate(QDate(today.year, today.month, today.day))
        closed = str(election.status) in ("done", "appointed")
        for widget in (self.ratify_button, self.ratify_date, self.ratify_note_edit):
            widget.setEnabled(closed)

    def announce(self) -> None:
        rnd = self.selection.round()
        if rnd is None or not self.announce_button.isEnabled():
            return
        ident = rnd.id
        self.run(
            lambda: election_actions.announce(self.ctx, ident),
            done=QCoreApplication.translate(
                "ElectionsTab", "Announced. Press F10 to show the result in the hall."
            ),
        )

    def withdraw_announcement(self) -> None:
        rnd = self.selection.round()
        if rnd is None:
            return
        ident = rnd.id
        self.run(lambda: election_actions.withdraw_announcement(self.ctx, ident))

    def show_in_hall(self) -> None:
        """F10: the announced result of the selected round on the projector."""
        election, rnd = self.selection.election(), self.selection.round()
        if self.projector is None or election is None or rnd is None:
            return
        if not rnd.announced or self._tally is None:
            self.show_feedback(
                QCoreApplication.translate("ElectionsTab", "Announce the result first."), ok=False
            )
            return
        provisional = election.ratified_on is None
        self.projector.show_message(
            round_title(election, rnd),
            hall_summary(rnd, self._tally, provisional),
            round_chart(rnd, self._tally),
        )
        self.show_feedback(
            QCoreApplication.translate("ElectionsTab", "The result is shown in the hall."), ok=True
        )

    def clear_hall(self) -> None:
        if self.projector is None:
            return
        self.projector.clear_message()
        self.show_feedback(
            QCoreApplication.translate("ElectionsTab", "The result was taken off the hall screen."),
            ok=True,
        )

    def confirm_proposal(self) -> None:
        """The presidium confirms the proposed round: it is opened with the same tellers."""
        election, proposal = self.selection.election(), self._proposal
        if election is None or proposal is None or proposal.reason == "appoint":
            return
        last = self.selection.rounds[-1] if self.selection.rounds else None
        tellers = list(last.tellers) if last else [MemberId(t) for t in self.selection.teller_order]
        ident = election.id
        if self.run(
            lambda: election_actions.open_round(
                self.ctx,
                ident,
                list(proposal.candidates),
                tellers,
                seats=proposal.seats,
                reason=proposal.reason,
                alternates=proposal.alternates,
            ),
            done=QCoreApplication.translate("ElectionsTab", "Round %1 opened.").replace(
                "%1", str(proposal.round_no)
            ),
        ):
            self.selection.page_wanted.emit(PAGE_ROUND)

    def close_election(self) -> None:
        """The congress decides to hold no further round: the seats filled stand."""
        election = self.selection.election()
        if election is None:
            return
        ident = election.id
        self.run(
            lambda: election_actions.close_election(self.ctx, ident),
            done=QCoreApplication.translate(
                "ElectionsTab", "The election is closed with the seats it filled."
            ),
        )

    def record_appointment(self) -> None:
        election = self.selection.election()
        member = self.appoint_combo.currentData()
        if election is None:
            return
        who = MemberId(int(member)) if member is not None else None
        note = self.appoint_note_edit.text().strip()
        ident = election.id
        self.run(
            lambda: election_actions.record_appointment(self.ctx, ident, who, note),
            done=QCoreApplication.translate("ElectionsTab", "Appointment recorded."),
        )

    def ratify(self) -> None:
        election = self.selection.election()
        if election is None:
            return
        qd = self.ratify_date.date()
        on = date(qd.year(), qd.month(), qd.day())
        note = self.ratify_note_edit.text().strip()
        ident = election.id
        self.run(
            lambda: election_actions.ratify(self.ctx, ident, on, note),
            done=QCoreApplication.translate(
                "ElectionsTab", "Ratification recorded: the result is no longer provisional."
            ),
        )


def banner(election: ElectionRow, rnd: RoundRow | None, tally_: Tally | None) -> tuple[str, str]:
    """Ratified, announced (provisional) or not yet: the style and words above the results."""
    announced = rnd is not None and rnd.announced
    ratified = election.ratified_on
    if ratified is not None:
        return BANNER_STYLE["ratified"], QCoreApplication.translate(
            "ElectionsTab", "Ratified by the superior committee on %1."
        ).replace("%1", ratified.strftime("%d/%m/%Y"))
    if announced and rnd is not None and rnd.announced_at is not None:
        return BANNER_STYLE["provisional"], QCoreApplication.translate(
            "ElectionsTab",
            "Announced at %1 — PROVISIONAL until ratified by the superior committee.",
        ).replace("%1", rnd.announced_at.strftime("%H:%M"))
    return BANNER_STYLE["pending"], (
        QCoreApplication.translate(
            "ElectionsTab", "Not announced yet — provisional until ratified."
        )
        if tally_ is not None
        else QCoreApplication.translate("ElectionsTab", "No count yet.")
    )
