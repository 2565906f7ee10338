"""Totals typed from a paper tally sheet (docs/domain/rules.md 4.6), checked by the core.

When the vote-counting committee counts on paper, the secretary types its
tally sheet: the papers collected, the invalid papers by reason and the votes
of each name (in ballot order). Enter moves to the next field, Enter in the
last field (or Ctrl+Enter anywhere) records; the core checks the totals with
the rules of a count (``rules.tally.tally_from_totals``) and a refusal names
the field, which is outlined and gets the keyboard.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import MemberId
from secretariat.errors import SecretariatError, ValidationError
from secretariat.rules import ballots as rules
from secretariat.rules.ballots import BallotForm
from secretariat.services import elections
from secretariat.services.elections import EntryMode, RoundId, RoundRow
from ui.commands import ballot_actions
from ui.context import CongressContext
from ui.messages import describe
from ui.screen import Screen
from ui.widgets.ballot_entry import MUTED, reason_label
from ui.widgets.shortcuts import scale_font, wrapping_label

MAX_COUNT = 9999
BAD_SPIN = "QSpinBox { border: 2px solid #b3261e; }"
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def reasons_for(row: RoundRow) -> list[str]:
    """The invalid reasons a paper of this form can have (docs/domain/rules.md 4.4)."""
    single = row.form is BallotForm.NO_SURPLUS and len(row.candidates) == 1
    codes = [rules.NOT_ISSUED, rules.TOO_MANY]
    if row.form is BallotForm.SURPLUS and len(row.candidates) > 1:
        codes.append(rules.NONE_CHOSEN)
    if single:
        codes.append(rules.SINGLE_BOTH_MARKED)
        if row.single_unmarked_invalid:
            codes.append(rules.SINGLE_UNMARKED)
    codes += [rules.WRITE_IN, rules.IDENTIFYING_MARK, rules.OTHER]
    return codes


class TotalsEntryPanel(Screen):
    """The tally sheet of one round: ``set_round(round_id)``."""

    WATCHES = frozenset({"election", "election_round", "candidate", "ballot", "ballot_resolution"})

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("totalsEntryPanel")
        self.round_id: RoundId | None = None
        self.round_row: RoundRow | None = None
        self.reason_spins: dict[str, QSpinBox] = {}
        self.vote_spins: dict[MemberId, QSpinBox] = {}
        self._loaded: object = None
        self._build()

    def on_closed(self) -> None:
        self.set_round(None)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.title_label = wrapping_label("totalsTitle")
        scale_font(self.title_label, 1.25, bold=True)
        layout.addWidget(self.title_label)
        self.state_label = wrapping_label("totalsState")
        self.state_label.setStyleSheet(MUTED)
        layout.addWidget(self.state_label)

        self.fields = QWidget()
        self.fields_layout = QGridLayout(self.fields)
        self.fields_layout.setColumnStretch(0, 1)
        self.fields_layout.setColumnStretch(2, 1)
        self.fields_layout.setHorizontalSpacing(16)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields)
        layout.addWidget(scroll, 1)

        self.sum_label = wrapping_label("totalsSum")
        scale_font(self.sum_label, 1.2, bold=True)
        layout.addWidget(self.sum_label)
        self.feedback.setObjectName("totalsFeedback")
        scale_font(self.feedback, 1.1, bold=True)
        layout.addWidget(self.feedback)
        buttons = QHBoxLayout()
        self.record_button = QPushButton(self.tr("Record the totals (Ctrl+Enter)"))
        self.record_button.setObjectName("recordTotalsButton")
        self.record_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.record_button.setMinimumHeight(40)
        scale_font(self.record_button, 1.1, bold=True)
        self.record_button.clicked.connect(self.record)
        self.clear_button = QPushButton(self.tr("Clear the totals"))
        self.clear_button.setObjectName("clearTotalsButton")
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear_button.setMinimumHeight(40)
        self.clear_button.clicked.connect(self.clear_totals)
        buttons.addWidget(self.record_button, 2)
        buttons.addWidget(self.clear_button, 1)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    # --- the round --------------------------------------------------------------------

    def set_round(self, round_id: int | None) -> None:
        self.round_id = RoundId(round_id) if round_id is not None else None
        self._loaded = None
        self._say("", ok=True)
        self.refresh()

    def first_field(self) -> QSpinBox | None:
        return self.collected_spin if self.round_row is not None else None

    def focus_entry(self) -> None:
        spin = self.first_field()
        if spin is not None:
            spin.setFocus(Qt.FocusReason.OtherFocusReason)
            spin.selectAll()

    def refresh(self) -> None:
        store = self.ctx.store
        row: RoundRow | None = None
        if store is not None and self.round_id is not None:
            try:
                row = elections.get_round(store, self.round_id)
            except SecretariatError:
                row = None
        self.round_row = row
        key = (row.id, row.candidates, row.form) if row else None
        if key != self._loaded:
            self._loaded = key
            self._totals: object = False
            self._build_fields(row)
        if row is not None and row.totals != self._totals:
            self._totals = row.totals  # keep what is being typed until the totals change
            self._load(row)
        self._show_state(row)
        self._update_sum()

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, MAX_COUNT)
        spin.setFixedWidth(130)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        scale_font(spin, 1.3, bold=True)
        spin.installEventFilter(self)
        spin.valueChanged.connect(self._update_sum)
        return spin

    def _build_fields(self, row: RoundRow | None) -> None:
        while self.fields_layout.count():
            item = self.fields_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.reason_spins = {}
        self.vote_spins = {}
        self.collected_spin = self._spin("collectedSpin")
        if row is None:
            self.collected_spin.setParent(self.fields)
            self.collected_spin.hide()
            return
        grid = self.fields_layout
        papers = QLabel(self.tr("Papers"))
        scale_font(papers, 1.1, bold=True)
        grid.addWidget(papers, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Papers collected:")), 1, 0)
        grid.addWidget(self.collected_spin, 1, 1)
        caption = QLabel(self.tr("Invalid papers, by reason:"))
        grid.addWidget(caption, 2, 0, 1, 2)
        line = 3
        for code in reasons_for(row):
            spin = self._spin(f"reason_{code}")
            self.reason_spins[code] = spin
            label = QLabel(reason_label(code) + ":")
            label.setWordWrap(True)
            grid.addWidget(label, line, 0)
            grid.addWidget(spin, line, 1)
            line += 1
        votes = QLabel(self.tr("Votes of each name"))
        scale_font(votes, 1.1, bold=True)
        grid.addWidget(votes, 0, 2, 1, 2)
        for index, candidate in enumerate(row.candidates, start=1):
            spin = self._spin(f"votes_{candidate.position}")
            self.vote_spins[candidate.member_id] = spin
            label = QLabel(f"{candidate.position}. {candidate.full_name}:")
            grid.addWidget(label, index, 2)
            grid.addWidget(spin, index, 3)
        grid.setRowStretch(max(line, len(row.candidates) + 1), 1)
        order = [self.collected_spin, *self.reason_spins.values(), *self.vote_spins.values()]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        for index in range(grid.count()):
            item = grid.itemAt(index)
            child = item.widget() if item is not None else None
            if child is not None:
                child.show()  # at once, so the first field can take the keyboard

    def _load(self, row: RoundRow) -> None:
        totals = row.totals
        self.collected_spin.setValue(totals.collected if totals else 0)
        for code, spin in self.reason_spins.items():
            spin.setValue(totals.invalid_reasons.get(code, 0) if totals else 0)
        for member, spin in self.vote_spins.items():
            spin.setValue(totals.votes.get(member, 0) if totals else 0)
        self._mark_bad(None)

    def _show_state(self, row: RoundRow | None) -> None:
        enabled = row is not None and row.started and not row.announced
        self.fields.setEnabled(enabled)
        self.record_button.setEnabled(enabled)
        self.clear_button.setEnabled(enabled and row is not None and row.totals is not None)
        if row is None:
            self.title_label.setText(self.tr("No round selected."))
            self.state_label.clear()
            return
        self.title_label.setText(
            self.tr("Tally sheet of round %1: %2 names for %3 seats")
            .replace("%1", str(row.round_no))
            .replace("%2", str(len(row.candidates)))
            .replace("%3", str(row.seats))
        )
        if not row.started:
            text = self.tr("The ballots have not been issued yet.")
        elif row.entry_mode == EntryMode.TOTALS and row.totals is not None:
            text = self.tr("Totals recorded: the count is taken from them. %1 papers issued.")
        else:
            text = self.tr(
                "%1 papers issued. Type the totals of the paper tally sheet; the core checks them."
            )
        self.state_label.setText(text.replace("%1", str(row.issued or 0)))

    def _update_sum(self) -> None:
        row = self.round_row
        if row is None:
            self.sum_label.clear()
            return
        collected = self.collected_spin.value()
        invalid = sum(s.value() for s in self.reason_spins.values())
        self.sum_label.setText(
            self.tr("Invalid %1 · valid %2 (collected − invalid) · issued %3")
            .replace("%1", str(invalid))
            .replace("%2", str(collected - invalid))
            .replace("%3", str(row.issued or 0))
        )

    # --- actions ----------------------------------------------------------------------

    def field_widget(self, field: str) -> QSpinBox | None:
        """The spin box a core error names (``collected``, ``votes[12]``, …)."""
        if field == "collected":
            return self.collected_spin
        if field.startswith("invalid_reasons[") and field.endswith("]"):
            return self.reason_spins.get(field[len("invalid_reasons[") : -1])
        if field == "invalid_reasons" and self.reason_spins:
            return next(iter(self.reason_spins.values()))
        if field.startswith("votes[") and field.endswith("]"):
            try:
                return self.vote_spins.get(MemberId(int(field[len("votes[") : -1])))
            except ValueError:
                return None
        if field == "votes" and self.vote_spins:
            return next(iter(self.vote_spins.values()))
        return None

    def field_name(self, field: str) -> str:
        row = self.round_row
        if field == "collected":
            return self.tr("Papers collected")
        if field in ("invalid_reasons", "invalid"):
            return self.tr("Invalid papers")
        if field.startswith("invalid_reasons["):
            return reason_label(field[len("invalid_reasons[") : -1])
        if field.startswith("votes[") and row is not None:
            ident = field[len("votes[") : -1]
            name = next((c for c in row.candidates if str(c.member_id) == ident), None)
            if name is not None:
                return (
                    self.tr("Votes for %1. %2")
                    .replace("%1", str(name.position))
                    .replace("%2", name.full_name)
                )
        if field == "votes":
            return self.tr("Votes")
        if field == "issued":
            return self.tr("Papers issued")
        return field

    def error_text(self, error: Exception) -> str:
        if not isinstance(error, ValidationError):
            return describe(error)
        row = self.round_row
        valid = self.collected_spin.value() - sum(s.value() for s in self.reason_spins.values())
        texts = {
            "above_issued": self.tr("%1: %2 is more than the %3 papers issued."),
            "above_valid": self.tr("%1: %2 is more than the %4 valid papers."),
            "above_seats_per_ballot": self.tr(
                "%1: %2 in all is more than %4 valid papers × %5 seats can give."
            ),
            "sum_mismatch": self.tr("%1: %2 in all is more than the papers collected."),
            "above_voters_present": self.tr("%1: more than the full members present."),
            "missing": self.tr("%1 needs a number (0 if none)."),
            "invalid_count": self.tr("%1: a whole number, 0 or more."),
            "ballots_entered": self.tr(
                "Papers are already entered one by one for this round: take them back before "
                "typing totals."
            ),
            "not_started": self.tr("The ballots have not been issued yet."),
            "announced": self.tr("The result is announced: the totals can no longer change."),
        }
        if error.code not in texts:
            return describe(error)
        return (
            texts[error.code]
            .replace("%1", self.field_name(error.field))
            .replace("%2", str(error.value))
            .replace("%3", str(row.issued if row else ""))
            .replace("%4", str(valid))
            .replace("%5", str(row.limit if row else ""))
        )

    def _mark_bad(self, bad: QSpinBox | None) -> None:
        for spin in [self.collected_spin, *self.reason_spins.values(), *self.vote_spins.values()]:
            spin.setStyleSheet(BAD_SPIN if spin is bad else "")
            spin.setProperty("bad", spin is bad)

    def record(self) -> None:
        """Record the totals; a refusal names the field and gives it the keyboard."""
        row = self.round_row
        if row is None or self.round_id is None:
            return
        for spin in [self.collected_spin, *self.reason_spins.values(), *self.vote_spins.values()]:
            spin.interpretText()
        invalid = {code: s.value() for code, s in self.reason_spins.items() if s.value()}
        votes = {member: s.value() for member, s in self.vote_spins.items()}
        try:
            ballot_actions.enter_totals(
                self.ctx,
                self.round_id,
                collected=self.collected_spin.value(),
                invalid_reasons=invalid,
                votes=votes,
            )
        except SecretariatError as error:
            bad = self.field_widget(error.field) if isinstance(error, ValidationError) else None
            self._say(self.error_text(error) + " " + self.tr("Nothing was recorded."), ok=False)
            self._mark_bad(bad)
            if bad is not None:
                bad.setFocus(Qt.FocusReason.OtherFocusReason)
                bad.selectAll()
            return
        self._mark_bad(None)
        self._say(self.tr("Totals recorded (Ctrl+Z takes them back)."), ok=True)

    def clear_totals(self) -> None:
        if self.round_id is None:
            return
        round_id = self.round_id
        if not self.run(
            lambda: ballot_actions.clear_totals(self.ctx, round_id), describe=self.error_text
        ):
            return
        self._say(self.tr("Totals cleared (Ctrl+Z brings them back)."), ok=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QSpinBox)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
        ):
            order = [self.collected_spin, *self.reason_spins.values(), *self.vote_spins.values()]
            ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            if ctrl or watched is order[-1]:
                self.record()
            elif watched in order:
                following = order[order.index(watched) + 1]
                following.setFocus(Qt.FocusReason.TabFocusReason)
                following.selectAll()
            return True
        return super().eventFilter(watched, event)

    def _say(self, text: str, *, ok: bool) -> None:
        self.show_feedback(text, ok=ok)
