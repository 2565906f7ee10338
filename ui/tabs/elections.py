"""The elections tab: set up, run and announce the secret-ballot elections.

Left, the elections in the order the congress holds them (committee, bí thư,
phó bí thư, delegates, polls) with their status; Insert sets up a new one (the
dialog explains the 9-member rule, docs/domain/rules.md 4.1), Delete removes one that has
no round yet.

Right, the selected election as a stepper of four pages in the order the
congress works (Ctrl+1 … Ctrl+4):

1. **List** — nominations (convening committee, floor, self; the floor's
   agreement count, > 30 %), withdrawals decided by a vote, the surplus check
   (its cap is a setting), the list approved by a show of hands, ballot order;
2. **Tellers and round** — the vote-counting committee chosen from the full
   members in the hall who are not on the list, the round opened, the ballots
   issued (the base frozen then), the ballots printed;
3. **Ballot entry** — the ballot entry panel (first pass), the blind second
   pass and the mismatch queue, or the totals of a count done on paper;
4. **Results** — the count explained in words, provisional until ratified;
   "Announce" (refused while blockers remain), then F10 shows it in the hall;
   the proposed next round confirmed by a click, the bí thư appointed after
   three failed rounds, the ratification.

Every edit goes through ``ui.commands.election_actions`` (undoable); the tab
reloads from the services on ``ctx.changed`` keeping the selection by id.

The pages live in ``ui.tabs.election_pages`` (one mixin each: list, round,
entry, results); this module keeps the list of elections, the stepper, the
shortcuts, the shared state and helpers, and the election-level actions.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.domain import MemberRow
from secretariat.errors import SecretariatError
from secretariat.rules.tally import Tally
from secretariat.services import attendance, congress, elections, roster
from secretariat.services.elections import ElectionId, ElectionRow, RoundId, RoundRow
from secretariat.services.elections.nominations import NominationRow
from secretariat.services.elections.results import RoundProposal
from ui.commands import election_actions
from ui.context import CongressContext
from ui.dialogs.elections import ORDER, NewElectionDialog, suggested_target, target_label
from ui.projector import ProjectorController
from ui.tabs.election_pages.common import (
    ENTRY_PASS2,
    ERROR_STYLE,
    ID_ROLE,
    IGNORED_ACTIONS,
    MAX_COUNT,
    MUTED,
    OK_STYLE,
    PAGE_ENTRY,
    PAGE_LIST,
    PAGE_RESULTS,
    PAGE_ROUND,
    PANEL_STYLE,
    STEP_STYLE,
    EntryPanel,
    election_error_text,
    explain,
    full_of_cell,
    hall_lines,
    round_title,
    status_text,
)
from ui.tabs.election_pages.entry_page import EntryPage
from ui.tabs.election_pages.list_page import ListPage
from ui.tabs.election_pages.results_page import ResultsPage
from ui.tabs.election_pages.round_page import RoundPage
from ui.widgets.shortcuts import key_button, scale_font, tab_action, wrapping_label

# Actions after which the roster (names, statuses) is as it was: not read again.
ROSTER_STILL = ("election", "nomination.", "attendance.", "vote.", "agenda.", "resolution.")

__all__ = ["ElectionsTab", "election_error_text", "explain", "hall_lines", "round_title"]


class ElectionsTab(ListPage, RoundPage, EntryPage, ResultsPage, QWidget):
    """The list of elections and the stepper of the selected one."""

    def __init__(
        self,
        ctx: CongressContext,
        parent: QWidget | None = None,
        projector: ProjectorController | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("elections_tab")
        self.ctx = ctx
        self.projector = projector
        self._elections: list[ElectionRow] = []
        self._rounds: list[RoundRow] = []
        self._members: dict[int, MemberRow] = {}
        self._numbers: dict[int, int] = {}
        self._nominations: list[NominationRow] = []
        self._tally: Tally | None = None
        self._proposal: RoundProposal | None = None
        self._teller_order: list[int] = []
        self._refreshing = False
        self._acting = False
        self._entry_panels: dict[int, EntryPanel] = {}
        self._panel_round: dict[int, RoundId | None] = {}
        self._seen_rounds: tuple[ElectionId, int] | None = None
        # Pages not on screen that missed a change: loaded when shown (issue 16).
        self._stale_pages: set[int] = set()
        self._members_loaded = False
        self._build()
        self._build_actions()
        ctx.changed.connect(self._on_changed)
        ctx.opened.connect(self.refresh)
        ctx.closed.connect(self.refresh)
        self.refresh()

    # --- building ---------------------------------------------------------------------

    def _button(self, text: str, name: str, *, focus: bool = False) -> QPushButton:
        return key_button(text, name, focus=focus)

    def _spin(self, name: str, maximum: int = MAX_COUNT) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, maximum)
        spin.setMinimumWidth(80)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def _table(self, name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return table

    @staticmethod
    def _fit_height(table: QTableWidget, least: int = 3, most: int = 12) -> None:
        """As tall as its rows (between ``least`` and ``most``): no empty band below."""
        rows = min(max(table.rowCount(), least), most)
        height = table.horizontalHeader().height() or table.horizontalHeader().sizeHint().height()
        height += rows * table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
        table.setFixedHeight(height)

    def _panel(self) -> tuple[QFrame, QVBoxLayout]:
        frame = QFrame()
        frame.setObjectName("electionPanel")
        frame.setStyleSheet(PANEL_STYLE)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(10, 6, 10, 6)
        return frame, layout

    def _build(self) -> None:
        layout = QVBoxLayout(self)

        # Left: the elections.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Elections (secret ballot)"))
        scale_font(caption, 1.2, bold=True)
        left_layout.addWidget(caption)
        self.table = self._table("electionsTable", [self.tr("Election"), self.tr("Status")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        left_layout.addWidget(self.table, 1)
        self.rule_label = wrapping_label("ruleLabel")
        self.rule_label.setStyleSheet(MUTED)
        left_layout.addWidget(self.rule_label)
        buttons = QHBoxLayout()
        self.add_button = self._button(self.tr("New… (Insert)"), "addElectionButton")
        self.remove_button = self._button(self.tr("Remove (Delete)"), "removeElectionButton")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        # Right: the stepper.
        right = QWidget()
        right.setObjectName("electionDetail")
        detail = QVBoxLayout(right)
        detail.setContentsMargins(8, 0, 0, 0)
        top = QHBoxLayout()
        self.title_label = wrapping_label("electionTitle")
        scale_font(self.title_label, 1.3, bold=True)
        top.addWidget(self.title_label, 1)
        self.round_combo = QComboBox()
        self.round_combo.setObjectName("roundCombo")
        self.round_combo.setMinimumWidth(170)
        self.round_combo.currentIndexChanged.connect(self._on_round_changed)
        top.addWidget(self.round_combo)
        detail.addLayout(top)

        steps = QHBoxLayout()
        self.step_group = QButtonGroup(self)
        self.step_group.setExclusive(True)
        self.step_buttons: list[QPushButton] = []
        for n, text in enumerate(
            (
                self.tr("1 · List"),
                self.tr("2 · Tellers and round"),
                self.tr("3 · Ballot entry"),
                self.tr("4 · Results"),
            )
        ):
            button = self._button(text, f"stepButton{n + 1}")
            button.setCheckable(True)
            button.setStyleSheet(STEP_STYLE)
            button.setToolTip(self.tr("Ctrl+%1").replace("%1", str(n + 1)))
            self.step_group.addButton(button, n)
            steps.addWidget(button)
            self.step_buttons.append(button)
        steps.addStretch(1)
        self.step_group.idClicked.connect(self.show_page)
        detail.addLayout(steps)

        self.pages = QStackedWidget()
        self.pages.setObjectName("electionPages")
        self.pages.addWidget(self._scroll(self._build_list_page()))
        self.pages.addWidget(self._scroll(self._build_round_page()))
        self.pages.addWidget(self._build_entry_page())
        self.pages.addWidget(self._scroll(self._build_results_page()))
        detail.addWidget(self.pages, 1)
        self.feedback = wrapping_label("electionsFeedback")
        scale_font(self.feedback, 1.05)
        detail.addWidget(self.feedback)
        self.keys_label = wrapping_label("keysLabel")
        self.keys_label.setStyleSheet(MUTED)
        self.keys_label.setText(
            self.tr(
                "Keys: Insert new election · Delete remove · Ctrl+1…4 pages · "
                "Ctrl+Shift+N nominate · Ctrl+L approve the list · Ctrl+R open the round · "
                "Ctrl+I issue the ballots · Ctrl+PgUp/PgDn entry mode · Ctrl+Shift+A announce · "
                "F10 show in the hall · Shift+F10 clear the hall · Ctrl+Z undo"
            )
        )
        detail.addWidget(self.keys_label)
        right.setMinimumWidth(560)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("electionsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 1000])
        layout.addWidget(self.splitter, 1)
        self.step_buttons[0].setChecked(True)

    def _scroll(self, page: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        return area

    def _build_actions(self) -> None:
        tab = Qt.ShortcutContext.WidgetWithChildrenShortcut
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier

        def add(
            name: str,
            text: str,
            keys: list[QKeySequence],
            slot: Callable[[], object],
            button: QPushButton | None = None,
            owner: QWidget | None = None,
            context: Qt.ShortcutContext = tab,
        ) -> QAction:
            made: list[QAction] = []
            action = tab_action(
                self,
                text,
                keys,
                self._with_pages_loaded(slot, made),
                owner=owner or self,
                context=context,
                button=button,
                name=name,
            )
            made.append(action)
            return action

        widget_only = Qt.ShortcutContext.WidgetShortcut
        self.add_action = add(
            "add_election_action",
            self.tr("New election"),
            [QKeySequence(Qt.Key.Key_Insert)],
            self.add_election,
            self.add_button,
        )
        self.remove_action = add(
            "remove_election_action",
            self.tr("Remove the election"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_election,
            self.remove_button,
            self.table,
            widget_only,
        )
        self.enter_action = add(
            "open_election_action",
            self.tr("Work on the election"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            self.focus_page,
            None,
            self.table,
            widget_only,
        )
        self.page_actions = [
            add(
                f"page{n + 1}_action",
                self.tr("Page %1").replace("%1", str(n + 1)),
                [QKeySequence(ctrl | Qt.Key(Qt.Key.Key_1 + n))],
                partial(self.show_page, n, True),
            )
            for n in range(4)
        ]
        self.nominate_action = add(
            "nominate_action",
            self.tr("Nominate"),
            [QKeySequence(ctrl | shift | Qt.Key.Key_N)],
            self.nominate,
            self.nominate_button,
        )
        self.remove_nomination_action = add(
            "remove_nomination_action",
            self.tr("Remove the nomination"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_nomination,
            self.remove_nomination_button,
            self.nominations_table,
            widget_only,
        )
        self.agreement_button.clicked.connect(self.record_agreement)
        self.withdraw_button.clicked.connect(self.decide_withdrawal)
        # Enter in a count records what it counts (as in the votes tab).
        enter = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        for spin, slot in (
            (self.agree_spin, self.record_agreement),
            (self.attending_spin, self.record_agreement),
            (self.withdraw_yes_spin, self.decide_withdrawal),
            (self.withdraw_no_spin, self.decide_withdrawal),
            (self.list_yes_spin, self.approve_list),
            (self.list_no_spin, self.approve_list),
            (self.list_other_spin, self.approve_list),
        ):
            add(
                f"{spin.objectName()}_enter_action",
                spin.toolTip(),
                enter,
                slot,
                None,
                spin,
                widget_only,
            )
        self.approve_action = add(
            "approve_list_action",
            self.tr("Approve the list"),
            [QKeySequence(ctrl | Qt.Key.Key_L)],
            self.approve_list,
            self.approve_button,
        )
        self.open_round_action = add(
            "open_round_action",
            self.tr("Open the round"),
            [QKeySequence(ctrl | Qt.Key.Key_R)],
            self.open_round,
            self.open_round_button,
        )
        self.issue_action = add(
            "issue_action",
            self.tr("Issue the ballots"),
            [QKeySequence(ctrl | Qt.Key.Key_I)],
            self.issue_ballots,
            self.issue_button,
        )
        self.print_button.clicked.connect(self.save_ballots)
        self.announce_action = add(
            "announce_action",
            self.tr("Announce the result"),
            [QKeySequence(ctrl | shift | Qt.Key.Key_A)],
            self.announce,
            self.announce_button,
        )
        self.withdraw_announce_button.clicked.connect(self.withdraw_announcement)
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
        self.confirm_action = add(
            "confirm_round_action",
            self.tr("Open the proposed round"),
            [QKeySequence(ctrl | shift | Qt.Key.Key_O)],
            self.confirm_proposal,
            self.confirm_round_button,
        )
        # The entry modes by keys too (their buttons take no focus).
        entry_page = self.pages.widget(PAGE_ENTRY)
        assert entry_page is not None
        self.next_mode_action = add(
            "next_entry_mode_action",
            self.tr("Next entry mode"),
            [QKeySequence(ctrl | Qt.Key.Key_PageDown)],
            partial(self.step_entry_mode, 1),
            None,
            entry_page,
        )
        self.previous_mode_action = add(
            "previous_entry_mode_action",
            self.tr("Previous entry mode"),
            [QKeySequence(ctrl | Qt.Key.Key_PageUp)],
            partial(self.step_entry_mode, -1),
            None,
            entry_page,
        )
        # F9 where the second pass is typed (the mismatch page has its own F9).
        second_pass = self.entry_stack.widget(ENTRY_PASS2)
        assert second_pass is not None
        self.finish_pass_action = add(
            "finish_second_pass_here_action",
            self.tr("Finish the second pass"),
            [QKeySequence(Qt.Key.Key_F9)],
            self.finish_second_pass_here,
            None,
            second_pass,
        )
        self.appoint_button.clicked.connect(self.record_appointment)
        self.close_election_button.clicked.connect(self.close_election)
        self.ratify_button.clicked.connect(self.ratify)

    def _with_pages_loaded(
        self, slot: Callable[[], object], made: list[QAction]
    ) -> Callable[[], object]:
        """A key of the tab works on every page: those not shown are loaded first,
        which sets whether the action may run now (a stale page leaves it enabled)."""

        def run() -> object:
            if self._stale_pages:
                self._load_stale_pages()
                if made and not made[0].isEnabled():
                    return None
            return slot()

        return run

    # --- reading ----------------------------------------------------------------------

    def _on_changed(self, action: str) -> None:
        if action.startswith(IGNORED_ACTIONS):
            return
        if not self._acting:
            self._show_feedback("", ok=True)
        # The roster is read again only when it changed: a paper stored reads none of it.
        self.refresh(members=not action.startswith(ROSTER_STILL))

    def _full_members(self) -> int:
        return sum(1 for m in self._members.values() if full_of_cell(m))

    def _inside(self) -> set[int]:
        """Who is in the hall now: the same answer the service checks tellers against."""
        store = self.ctx.store
        if store is None:
            return set()
        return {int(ident) for ident in attendance.members_inside(store)}

    def refresh(self, *, members: bool = True) -> None:
        """Reload, keeping the selected election and round by id; only the page on screen.

        ``members``: read the roster again (False: an action that cannot change it).
        """
        store = self.ctx.store
        keep = self.selected_id()
        keep_round = self.selected_round_id()
        if members or not self._members_loaded:
            people = roster.sort_members(roster.list_members(store)) if store else []
            self._members = {int(m.id): m for m in people}
            self._numbers = {int(m.id): n for n, m in enumerate(people, start=1)}
            self._members_loaded = store is not None
        rows = elections.list_elections(store) if store else []
        self._elections = sorted(rows, key=lambda e: (ORDER.get(e.target, 99), e.position))
        self._refreshing = True
        try:
            self.table.setRowCount(len(self._elections))
            for n, row in enumerate(self._elections):
                seats = self.tr("%1 seat(s)").replace("%1", str(row.seats))
                title = QTableWidgetItem(f"{row.title}\n{target_label(row.target)} · {seats}")
                title.setData(ID_ROLE, int(row.id))
                title.setToolTip(row.title)
                status = QTableWidgetItem(status_text(row.status))
                status.setData(ID_ROLE, int(row.id))
                self.table.setItem(n, 0, title)
                self.table.setItem(n, 1, status)
            self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 12)
            ids = [e.id for e in self._elections]
            if keep in ids:
                self.table.selectRow(ids.index(keep))
            elif self._elections:
                self.table.selectRow(0)
        finally:
            self._refreshing = False
        full = self._full_members()
        if store is not None:
            from ui.dialogs.elections import rule_text

            self.rule_label.setText(rule_text(full))
        else:
            self.rule_label.clear()
        self.add_action.setEnabled(store is not None)
        self._load_election(keep_round)

    def selected_id(self) -> ElectionId | None:
        items = self.table.selectedItems()
        if not items:
            return None
        return ElectionId(items[0].data(ID_ROLE))

    def selected_election(self) -> ElectionRow | None:
        ident = self.selected_id()
        return next((e for e in self._elections if e.id == ident), None)

    def select_election(self, election_id: ElectionId) -> None:
        ids = [e.id for e in self._elections]
        if election_id in ids:
            self.table.selectRow(ids.index(election_id))

    def selected_round_id(self) -> RoundId | None:
        data = self.round_combo.currentData()
        return RoundId(int(data)) if data is not None else None

    def selected_round(self) -> RoundRow | None:
        ident = self.selected_round_id()
        return next((r for r in self._rounds if r.id == ident), None)

    def _on_selection_changed(self) -> None:
        if self._refreshing:
            return
        self._show_feedback("", ok=True)
        self._teller_order = []
        self.reset_inputs()
        self.mode_buttons[0].setChecked(True)  # page 3 opens on the first pass again
        self._load_election(None)

    def _on_round_changed(self, _index: int) -> None:
        if self._refreshing:
            return
        self._load_pages()

    def _load_election(self, keep_round: RoundId | None) -> None:
        election = self.selected_election()
        store = self.ctx.store
        self._rounds = elections.list_rounds(store, election.id) if store and election else []
        seen = (election.id, len(self._rounds)) if election else None
        last = self._seen_rounds
        if seen and last and last[0] == seen[0] and seen[1] > last[1]:
            keep_round = None  # a new round was opened: show it
        self._seen_rounds = seen
        self._refreshing = True
        try:
            self.round_combo.clear()
            for rnd in self._rounds:
                text = self.tr("Round %1").replace("%1", str(rnd.round_no))
                if rnd.reason == "tie":
                    text += " · " + self.tr("tie")
                elif rnd.reason == "open_seats":
                    text += " · " + self.tr("open seats")
                self.round_combo.addItem(text, int(rnd.id))
            ids = [r.id for r in self._rounds]
            if keep_round in ids:
                self.round_combo.setCurrentIndex(ids.index(keep_round))
            elif self._rounds:
                self.round_combo.setCurrentIndex(len(self._rounds) - 1)
        finally:
            self._refreshing = False
        self.round_combo.setVisible(bool(self._rounds))
        self.remove_action.setEnabled(election is not None)
        self._load_pages()

    def _load_pages(self) -> None:
        election = self.selected_election()
        has = election is not None
        for button in self.step_buttons:
            button.setEnabled(has)
        self.pages.setEnabled(has)
        if election is None:
            if self.ctx.store is None:
                self.title_label.setText(self.tr("No congress file is open."))
            elif not self._elections:
                self.title_label.setText(self.tr("No election yet: press Insert to set one up."))
            else:
                self.title_label.setText(self.tr("Select an election."))
            self._nominations = []
            self._tally = None
            self._proposal = None
            self.nominations_table.setRowCount(0)
            self.results_table.setRowCount(0)
            return
        self.title_label.setText(election.title)
        # Only the page on screen; the others when shown (``show_page``) or when an
        # action of the tab needs them (``_load_stale_pages``).
        self._stale_pages = {PAGE_LIST, PAGE_ROUND, PAGE_ENTRY, PAGE_RESULTS}
        current = self.pages.currentIndex()
        for page, actions in self._page_actions().items():
            if page != current:
                for action in actions:
                    action.setEnabled(True)  # decided when it runs (``_with_pages_loaded``)
        self._load_page(current)

    def _page_actions(self) -> dict[int, tuple[QAction, ...]]:
        """The tab's keys whose being allowed a page's loading decides."""
        return {
            PAGE_LIST: (self.nominate_action, self.approve_action),
            PAGE_ROUND: (self.open_round_action, self.issue_action),
            PAGE_RESULTS: (self.announce_action, self.confirm_action),
        }

    def _load_page(self, page: int) -> None:
        self._stale_pages.discard(page)
        election = self.selected_election()
        if election is None:
            return
        if page == PAGE_LIST:
            self._load_list(election)
        elif page == PAGE_ROUND:
            self._load_round(election)
        elif page == PAGE_ENTRY:
            self._load_entry()
        else:
            self._load_results(election)

    def _load_stale_pages(self) -> None:
        """Every page as the data stands (before an action that may read any of them)."""
        for page in sorted(self._stale_pages):
            self._load_page(page)

    def is_page_stale(self, page: int) -> bool:
        return page in self._stale_pages

    # --- navigation -------------------------------------------------------------------

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def show_page(self, page: int, focus: bool = False) -> None:
        if self.selected_election() is None:
            return
        self.step_buttons[page].setChecked(True)
        self.pages.setCurrentIndex(page)
        if page in self._stale_pages:
            self._load_page(page)
        if focus:
            self.focus_page()

    def focus_page(self) -> None:
        """Enter in the list (or Ctrl+1…4): the keyboard goes to the page's first field."""
        page = self.pages.currentIndex()
        if page == PAGE_LIST:
            self.member_combo.setFocus(Qt.FocusReason.TabFocusReason)
        elif page == PAGE_ROUND:
            if self.open_round_button.isEnabled():
                self.tellers_list.setFocus(Qt.FocusReason.TabFocusReason)
            else:
                self.issued_spin.setFocus(Qt.FocusReason.TabFocusReason)
        elif page == PAGE_ENTRY:
            panel = self._entry_panels.get(self.mode_group.checkedId())
            if panel is not None:
                panel.focus_entry()
        else:
            self.results_table.setFocus(Qt.FocusReason.TabFocusReason)

    # --- actions ----------------------------------------------------------------------

    def _run(self, do: Callable[[], object], done: str = "") -> bool:
        if self.ctx.store is None:
            return False
        self._acting = True
        try:
            do()
        except SecretariatError as error:
            self._show_feedback(election_error_text(error), ok=False)
            return False
        finally:
            self._acting = False
        self._show_feedback(done, ok=True)
        return True

    def add_election(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        existing = [e.target for e in self._elections]
        full = self._full_members()
        dialog = NewElectionDialog(
            self,
            full_members=full,
            info=congress.get_info(store),
            target=suggested_target(full, existing),
            submit=lambda target, title, seats, alternates: election_actions.create_election(
                self.ctx, target, title, seats, alternates=alternates
            ),
        )
        if dialog.exec() and isinstance(dialog.result_value, ElectionRow):
            self.select_election(dialog.result_value.id)
            self.show_page(PAGE_LIST)
        self.table.setFocus()

    def remove_election(self) -> None:
        row = self.selected_election()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove election"),
            self.tr("Remove the election “%1”?").replace("%1", row.title)
            + "\n\n"
            + self.tr("This can be undone (Ctrl+Z)."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            ident = row.id
            self._run(lambda: election_actions.remove_election(self.ctx, ident))
        self.table.setFocus()

    # --- feedback ---------------------------------------------------------------------

    def _show_feedback(self, text: str, ok: bool) -> None:
        self.feedback.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.feedback.setProperty("ok", ok if text else None)
        self.feedback.setText(text)
