"""Page 3 of an election: ballot entry (docs/domain/rules.md 4.4, 4.6).

The ballot entry panel (first pass), the blind second pass, the mismatch
queue, or the totals of a count done on paper tally sheets.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from secretariat.services.elections import EntryMode, RoundId, RoundRow
from ui.tabs.election_pages import parts
from ui.tabs.election_pages.common import (
    ENTRY_MISMATCH,
    ENTRY_PASS1,
    ENTRY_PASS2,
    ENTRY_TOTALS,
    MUTED,
    STEP_STYLE,
    EntryPanel,
)
from ui.tabs.election_pages.parts import AddAction, Page
from ui.tabs.election_pages.selection import ElectionSelection
from ui.widgets.ballot_entry import BallotEntryPanel
from ui.widgets.mismatches import MismatchPanel
from ui.widgets.shortcuts import wrapping_label
from ui.widgets.totals_entry import TotalsEntryPanel


class EntryPage(Page):
    """Page 3 of an election: the entry panel of the selected round in the chosen pass.

    The panels are made when first shown, one per mode, and kept: each follows
    the file by itself and is given another round only when the round changes
    (setting it again would clear what the operator is typing).
    """

    def __init__(self, selection: ElectionSelection, parent: QWidget | None = None) -> None:
        super().__init__(selection, parent)
        self.setObjectName("entryPage")
        self.panels: dict[int, EntryPanel] = {}
        self._panel_round: dict[int, RoundId | None] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        modes = QHBoxLayout()
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: list[QPushButton] = []
        for n, text in enumerate(
            (
                QCoreApplication.translate("ElectionsTab", "First pass"),
                QCoreApplication.translate("ElectionsTab", "Second pass (blind)"),
                QCoreApplication.translate("ElectionsTab", "Mismatches"),
                QCoreApplication.translate("ElectionsTab", "Totals from tally sheets"),
            )
        ):
            button = parts.button(text, f"modeButton{n + 1}")
            button.setCheckable(True)
            button.setStyleSheet(STEP_STYLE)
            self.mode_group.addButton(button, n)
            modes.addWidget(button)
            self.mode_buttons.append(button)
        modes.addStretch(1)
        self.mode_group.idClicked.connect(self.show_entry_mode)
        layout.addLayout(modes)
        self.entry_note = wrapping_label("entryNote")
        self.entry_note.setStyleSheet(MUTED)
        layout.addWidget(self.entry_note)
        self.entry_stack = QStackedWidget()
        self.entry_stack.setObjectName("entryStack")
        for _ in range(4):
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.entry_stack.addWidget(holder)
        layout.addWidget(parts.scroll(self.entry_stack), 1)
        self.mode_buttons[0].setChecked(True)

    def make_actions(self, add: AddAction) -> None:
        """The entry modes by keys too (their buttons take no focus), and F9 where the
        second pass is typed (the mismatch page has its own F9)."""
        ctrl = Qt.KeyboardModifier.ControlModifier
        self.next_mode_action = add(
            "next_entry_mode_action",
            QCoreApplication.translate("ElectionsTab", "Next entry mode"),
            [QKeySequence(ctrl | Qt.Key.Key_PageDown)],
            partial(self.step_entry_mode, 1),
            None,
            self,
        )
        self.previous_mode_action = add(
            "previous_entry_mode_action",
            QCoreApplication.translate("ElectionsTab", "Previous entry mode"),
            [QKeySequence(ctrl | Qt.Key.Key_PageUp)],
            partial(self.step_entry_mode, -1),
            None,
            self,
        )
        second_pass = self.entry_stack.widget(ENTRY_PASS2)
        assert second_pass is not None
        self.finish_pass_action = add(
            "finish_second_pass_here_action",
            QCoreApplication.translate("ElectionsTab", "Finish the second pass"),
            [QKeySequence(Qt.Key.Key_F9)],
            self.finish_second_pass_here,
            None,
            second_pass,
        )

    def focus_first(self) -> None:
        panel = self.panels.get(self.mode_group.checkedId())
        if panel is not None:
            panel.focus_entry()

    def reset_mode(self) -> None:
        """Another election: the page opens on the first pass again."""
        self.mode_buttons[ENTRY_PASS1].setChecked(True)
        self.selection.entry_mode = ENTRY_PASS1

    # --- reading ----------------------------------------------------------------------

    def _panel_for(self, mode: int) -> EntryPanel:
        if mode in self.panels:
            return self.panels[mode]
        holder = self.entry_stack.widget(mode)
        assert holder is not None
        panel: EntryPanel
        if mode in (ENTRY_PASS1, ENTRY_PASS2):
            panel = BallotEntryPanel(self.ctx, holder)
        elif mode == ENTRY_MISMATCH:
            panel = MismatchPanel(self.ctx, holder)
        else:
            panel = TotalsEntryPanel(self.ctx, holder)
        layout = holder.layout()
        assert layout is not None
        layout.addWidget(panel)
        self.panels[mode] = panel
        return panel

    def load(self) -> None:
        rnd = self.selection.round()
        mode = self.mode_group.checkedId()
        self.entry_note.setText(self._note(rnd, mode))
        panel = self._panel_for(mode)
        if self._panel_round.get(mode) != (rnd.id if rnd else None):
            # Only when the round changes: the panels follow the file themselves,
            # and setting the round again would clear what the operator is typing.
            ident = rnd.id if rnd else None
            self._panel_round[mode] = ident
            if isinstance(panel, BallotEntryPanel):
                panel.set_round(ident, pass_no=1 if mode == ENTRY_PASS1 else 2)
            else:
                panel.set_round(ident)
        self.entry_stack.setCurrentIndex(mode)
        self.entry_stack.setEnabled(rnd is not None and rnd.started)

    @staticmethod
    def _note(rnd: RoundRow | None, mode: int) -> str:
        totals_mode = rnd is not None and rnd.entry_mode is EntryMode.TOTALS
        notes = {
            ENTRY_PASS1: QCoreApplication.translate(
                "ElectionsTab",
                "The stack as the tellers read it: serial (follows by itself), the numbers "
                "of the struck names, Enter.",
            ),
            ENTRY_PASS2: QCoreApplication.translate(
                "ElectionsTab",
                "Blind second pass by another operator: the first pass is not shown. "
                "Papers that differ go to the mismatch queue. F9 finishes the second pass.",
            ),
            ENTRY_MISMATCH: QCoreApplication.translate(
                "ElectionsTab",
                "Each mismatch is resolved by looking at the paper; the resolution is logged. "
                "No result can be announced while mismatches remain.",
            ),
            ENTRY_TOTALS: QCoreApplication.translate(
                "ElectionsTab",
                "For a count done on paper tally sheets: the totals are checked by the same "
                "rules as ballots entered one by one.",
            ),
        }
        if rnd is None:
            return QCoreApplication.translate("ElectionsTab", "Open a round first (page 2).")
        if not rnd.started:
            return QCoreApplication.translate("ElectionsTab", "Issue the ballots first (page 2).")
        if totals_mode and mode != ENTRY_TOTALS:
            return QCoreApplication.translate(
                "ElectionsTab", "This round was counted on paper: see the totals."
            )
        return notes.get(mode, "")

    def step_entry_mode(self, step: int) -> None:
        """Ctrl+PgDn / Ctrl+PgUp: the next or previous entry mode, keyboard in it."""
        mode = (self.mode_group.checkedId() + step) % len(self.mode_buttons)
        self.show_entry_mode(mode)

    def finish_second_pass_here(self) -> None:
        """F9 on the second-pass page: finish it there and show the mismatches."""
        self.show_entry_mode(ENTRY_MISMATCH)
        panel = self.panels.get(ENTRY_MISMATCH)
        if isinstance(panel, MismatchPanel):
            panel.finish_second_pass()

    def show_entry_mode(self, mode: int) -> None:
        self.mode_buttons[mode].setChecked(True)
        self.selection.choose_mode(mode)
        self.load()
        panel = self.panels.get(mode)
        if panel is not None:
            panel.focus_entry()
