"""The right side of the votes tab: the selected vote, its base, counts and verdict.

It shows what the tab hands it (``show``); the tab owns the actions and the keys.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import VoteRow
from secretariat.rules.majority import AttendanceCounters
from secretariat.rules.votes import FEWER_THAN_PRESENT, MORE_THAN_PRESENT
from secretariat.services import votes
from ui.tabs.votes.dialog import (
    FAILED_COLOUR,
    FAILED_STYLE,
    MAX_COUNT,
    MUTED,
    PANEL_STYLE,
    PASSED_COLOUR,
    PASSED_STYLE,
    PENDING_STYLE,
    WARNING_STYLE,
)
from ui.widgets.shortcuts import key_button, scale_font, wrapping_label


class VoteDetail(QWidget):
    """The selected vote: subject, majority base (now or frozen), counts, verdict."""

    def __init__(self, key_filter: QObject, *, hall: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build(hall)
        for spin in (self.yes_spin, self.no_spin, self.other_spin):
            spin.installEventFilter(key_filter)  # the tab: Enter in a count records

    def _build(self, hall_shown: bool) -> None:
        # Right: the selected vote.
        self.setObjectName("voteDetail")
        detail = QVBoxLayout(self)
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

        hall_row = QHBoxLayout()
        self.show_button = key_button(self.tr("Show result in the hall (F10)"), "showButton")
        self.hide_button = key_button(self.tr("Clear the hall (Shift+F10)"), "hideButton")
        hall_row.addWidget(self.show_button)
        hall_row.addWidget(self.hide_button)
        hall_row.addStretch(1)
        if not hall_shown:  # never setVisible(True) here: no parent yet, it
            self.show_button.hide()  # would open as a window of its own and take the keys
            self.hide_button.hide()
        detail.addLayout(hall_row)
        self.feedback_slot = QVBoxLayout()  # the tab's feedback line goes here
        detail.addLayout(self.feedback_slot)
        detail.addStretch(1)
        self.setMinimumWidth(420)

    def _spin(self, name: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, MAX_COUNT)
        spin.setMinimumWidth(110)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        scale_font(spin, 1.4, bold=True)
        return spin

    def result_text(self, row: VoteRow) -> str:
        """The result column: "✓ passed 23/24 (95,83%)", "✗ not passed …", "not held yet"."""
        if not row.held:
            return self.tr("not held yet")
        result = votes.result(row)
        text = self.tr("✓ passed %1") if result.passed else self.tr("✗ not passed %1")
        return text.replace("%1", f"{row.yes}/{row.base} ({result.percent_text})")

    def present(
        self,
        row: VoteRow | None,
        *,
        any_votes: bool,
        counters: AttendanceCounters | None,
        item_text: str,
    ) -> None:
        """Show ``row`` (None: nothing selected) with the base now or frozen on it."""
        if row is None:
            self.subject_label.setText(
                self.tr("Select a vote to record its result.")
                if any_votes
                else self.tr("No votes yet: add the default votes or press Insert.")
            )
            self.item_label.clear()
            if counters is not None:
                self._show_now(counters)
            else:
                self.base_label.clear()
                self.breakdown_label.clear()
            self._show_verdict(None)
            return
        self.subject_label.setText(row.subject)
        self.item_label.setText(item_text)
        if row.held and row.base is not None:
            self._show_frozen(row)
        elif counters is not None:
            self._show_now(counters)
        self._show_verdict(row)

    def load_counts(self, row: VoteRow) -> None:
        self.yes_spin.setValue(row.yes or 0)
        self.no_spin.setValue(row.no or 0)
        self.other_spin.setValue(row.other or 0)

    def _show_frozen(self, row: VoteRow) -> None:
        assert row.base is not None
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
