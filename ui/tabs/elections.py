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

Every edit goes through ``ui.commands.election_actions`` (undoable). The tab is
a ``Screen``: it gets the typed changes touching what it shows, reads the
elections and rounds again keeping the selection by id, and loads only the page
on screen (a paper stored reads no election or round: the entry panel appends
it, the pages that count papers reload when shown).

The pages live in ``ui.tabs.election_pages``, one widget each (list, round,
entry, results), composed around one ``ElectionSelection`` (which election,
round and entry pass; ``changed`` when another is chosen). This module keeps the
list of elections, the stepper, the keys (the pages make theirs on the tab, so
they work on every page) and the election-level actions.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import ClassVar, Generic, TypeVar, overload

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from secretariat.changes import Change
from secretariat.domain import MemberRow
from secretariat.services import congress
from secretariat.services.elections import ElectionId, ElectionRow, RoundId
from ui.commands import election_actions
from ui.context import CongressContext
from ui.dialogs.elections import NewElectionDialog, suggested_target, target_label
from ui.projector import ProjectorController
from ui.screen import Screen
from ui.tabs.election_pages import parts
from ui.tabs.election_pages.common import (
    ID_ROLE,
    MUTED,
    PAGE_ENTRY,
    PAGE_LIST,
    PAGE_RESULTS,
    PAGE_ROUND,
    STEP_STYLE,
    EntryPanel,
    election_error_text,
    explain,
    hall_lines,
    round_title,
    status_text,
)
from ui.tabs.election_pages.entry_page import EntryPage
from ui.tabs.election_pages.list_page import ListPage
from ui.tabs.election_pages.parts import PAPERS, SHOWN, TAB, WIDGET_ONLY
from ui.tabs.election_pages.results_page import ResultsPage
from ui.tabs.election_pages.round_page import RoundPage
from ui.tabs.election_pages.selection import ElectionSelection
from ui.widgets.shortcuts import scale_font, tab_action, wrapping_label

__all__ = ["ElectionsTab", "election_error_text", "explain", "hall_lines", "round_title"]

Page = ListPage | RoundPage | EntryPage | ResultsPage
T = TypeVar("T")


class _OnPage(Generic[T]):
    """A widget or action of one page, read through the tab: the keys, the tests and
    the other tabs see one elections tab whatever page holds what."""

    def __init__(self, page: str) -> None:
        self.page = page
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, obj: None, owner: type) -> _OnPage[T]: ...

    @overload
    def __get__(self, obj: object, owner: type) -> T: ...

    def __get__(self, obj: object | None, owner: type) -> T | _OnPage[T]:
        if obj is None:
            return self
        value: T = getattr(getattr(obj, self.page), self.name)
        return value


class ElectionsTab(Screen):
    """The list of elections and the stepper of the selected one."""

    # Every change reaches the tab (held while it is hidden): one that names the rows
    # it wrote is read only if it touches what the tab shows (``SHOWN``); one that
    # names none (nothing written, or not known) is read again, to be safe.
    WATCHES: ClassVar[frozenset[str]] = frozenset()

    # What lives on the pages, as the tab has always shown it.
    member_combo: _OnPage[QComboBox] = _OnPage("list_page")
    source_combo: _OnPage[QComboBox] = _OnPage("list_page")
    nominations_table: _OnPage[QWidget] = _OnPage("list_page")
    agree_spin: _OnPage[QWidget] = _OnPage("list_page")
    attending_spin: _OnPage[QWidget] = _OnPage("list_page")
    agreement_button: _OnPage[QPushButton] = _OnPage("list_page")
    withdraw_yes_spin: _OnPage[QWidget] = _OnPage("list_page")
    withdraw_no_spin: _OnPage[QWidget] = _OnPage("list_page")
    withdraw_button: _OnPage[QPushButton] = _OnPage("list_page")
    list_yes_spin: _OnPage[QWidget] = _OnPage("list_page")
    surplus_label: _OnPage[QLabel] = _OnPage("list_page")
    surplus_basis_label: _OnPage[QLabel] = _OnPage("list_page")
    order_label: _OnPage[QLabel] = _OnPage("list_page")
    list_verdict_label: _OnPage[QLabel] = _OnPage("list_page")
    nominate_action: _OnPage[QAction] = _OnPage("list_page")
    approve_action: _OnPage[QAction] = _OnPage("list_page")
    tellers_list: _OnPage[QWidget] = _OnPage("round_page")
    tellers_label: _OnPage[QLabel] = _OnPage("round_page")
    issued_spin: _OnPage[QWidget] = _OnPage("round_page")
    base_label: _OnPage[QLabel] = _OnPage("round_page")
    breakdown_label: _OnPage[QLabel] = _OnPage("round_page")
    print_label: _OnPage[QLabel] = _OnPage("round_page")
    open_round_action: _OnPage[QAction] = _OnPage("round_page")
    issue_action: _OnPage[QAction] = _OnPage("round_page")
    mode_buttons: _OnPage[list[QPushButton]] = _OnPage("entry_page")
    entry_stack: _OnPage[QStackedWidget] = _OnPage("entry_page")
    entry_note: _OnPage[QLabel] = _OnPage("entry_page")
    result_banner: _OnPage[QLabel] = _OnPage("results_page")
    summary_label: _OnPage[QLabel] = _OnPage("results_page")
    results_table: _OnPage[QWidget] = _OnPage("results_page")
    explain_label: _OnPage[QLabel] = _OnPage("results_page")
    proposal_label: _OnPage[QLabel] = _OnPage("results_page")
    confirm_round_button: _OnPage[QPushButton] = _OnPage("results_page")
    appoint_combo: _OnPage[QComboBox] = _OnPage("results_page")
    appoint_note_edit: _OnPage[QWidget] = _OnPage("results_page")
    appoint_button: _OnPage[QPushButton] = _OnPage("results_page")
    ratify_button: _OnPage[QPushButton] = _OnPage("results_page")
    show_button: _OnPage[QPushButton] = _OnPage("results_page")
    announce_action: _OnPage[QAction] = _OnPage("results_page")
    show_action: _OnPage[QAction] = _OnPage("results_page")
    hide_action: _OnPage[QAction] = _OnPage("results_page")
    confirm_action: _OnPage[QAction] = _OnPage("results_page")

    def __init__(
        self,
        ctx: CongressContext,
        parent: QWidget | None = None,
        projector: ProjectorController | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("elections_tab")
        self.projector = projector
        self.selection = ElectionSelection(ctx, self)
        self.list_page = ListPage(self.selection, self)
        self.round_page = RoundPage(self.selection, self)
        self.entry_page = EntryPage(self.selection, self)
        self.results_page = ResultsPage(self.selection, projector, self)
        self.page_widgets: tuple[Page, ...] = (
            self.list_page,
            self.round_page,
            self.entry_page,
            self.results_page,
        )
        self._refreshing = False
        self._seen_rounds: tuple[ElectionId, int] | None = None
        self._loaded_for: tuple[ElectionId | None, RoundId | None] | None = None
        # Pages not on screen that missed a change: loaded when shown (issue 16).
        self._stale_pages: set[int] = set()
        self._build()
        self._build_actions()
        self.selection.changed.connect(self._on_chosen)
        self.selection.said.connect(self._said)
        self.selection.page_wanted.connect(self.show_page)
        self.refresh()

    # --- what the tests and the other screens read of the shared state ----------------

    @property
    def _members(self) -> dict[int, MemberRow]:
        return self.selection.members

    @property
    def _numbers(self) -> dict[int, int]:
        return self.selection.numbers

    @property
    def _entry_panels(self) -> dict[int, EntryPanel]:
        return self.entry_page.panels

    def _inside(self) -> set[int]:
        return self.selection.inside()

    def _voters_now(self) -> int:
        return self.selection.voters_now()

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("electionsSplitter")
        self.splitter.addWidget(self._build_left())
        self.splitter.addWidget(self._build_right())
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 1000])
        layout.addWidget(self.splitter, 1)
        self.step_buttons[0].setChecked(True)

    def _build_left(self) -> QWidget:
        """The elections, in the order the congress holds them."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Elections (secret ballot)"))
        scale_font(caption, 1.2, bold=True)
        left_layout.addWidget(caption)
        self.table = parts.table("electionsTable", [self.tr("Election"), self.tr("Status")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        left_layout.addWidget(self.table, 1)
        self.rule_label = wrapping_label("ruleLabel")
        self.rule_label.setStyleSheet(MUTED)
        left_layout.addWidget(self.rule_label)
        buttons = QHBoxLayout()
        self.add_button = parts.button(self.tr("New… (Insert)"), "addElectionButton")
        self.remove_button = parts.button(self.tr("Remove (Delete)"), "removeElectionButton")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        return left

    def _build_right(self) -> QWidget:
        """The stepper of the selected election: its title, round, pages and keys."""
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
        detail.addLayout(self._build_steps())
        self.pages = QStackedWidget()
        self.pages.setObjectName("electionPages")
        self.pages.addWidget(parts.scroll(self.list_page))
        self.pages.addWidget(parts.scroll(self.round_page))
        self.pages.addWidget(self.entry_page)
        self.pages.addWidget(parts.scroll(self.results_page))
        detail.addWidget(self.pages, 1)
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
        return right

    def _build_steps(self) -> QHBoxLayout:
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
            button = parts.button(text, f"stepButton{n + 1}")
            button.setCheckable(True)
            button.setStyleSheet(STEP_STYLE)
            button.setToolTip(self.tr("Ctrl+%1").replace("%1", str(n + 1)))
            self.step_group.addButton(button, n)
            steps.addWidget(button)
            self.step_buttons.append(button)
        steps.addStretch(1)
        self.step_group.idClicked.connect(self.show_page)
        return steps

    def _build_actions(self) -> None:
        ctrl = Qt.KeyboardModifier.ControlModifier

        def add(
            name: str,
            text: str,
            keys: list[QKeySequence],
            slot: Callable[[], object],
            button: QPushButton | None = None,
            owner: QWidget | None = None,
            context: Qt.ShortcutContext = TAB,
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
            WIDGET_ONLY,
        )
        self.enter_action = add(
            "open_election_action",
            self.tr("Work on the election"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            self.focus_page,
            None,
            self.table,
            WIDGET_ONLY,
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
        for page in self.page_widgets:
            page.make_actions(add)

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

    def on_change(self, change: Change) -> None:
        if change.tables and not change.touches(*SHOWN):
            return
        if change.tables and change.tables <= PAPERS:
            self._papers_changed()
            return
        # The roster is read again only when it changed: a vote or a check-in reads none of it.
        self.refresh(members=change.touches("member"))

    def _papers_changed(self) -> None:
        """A paper stored, resolved or taken back: the elections and their rounds are as
        they were; the entry panel follows it by itself; the pages that count papers
        (the round's "ballots entered", the results) are read again when shown."""
        if self.selection.election() is None:
            return
        for page in (PAGE_ROUND, PAGE_RESULTS):
            self._stale_pages.add(page)
            if page != self.pages.currentIndex():
                widget = self.page_widgets[page]
                assert not isinstance(widget, EntryPage)
                for action in widget.guarded_actions():
                    action.setEnabled(True)  # decided when it runs (``_with_pages_loaded``)
        if self.pages.currentIndex() in self._stale_pages:
            self._load_page(self.pages.currentIndex())

    def refresh(self, *, members: bool = True) -> None:
        """Reload, keeping the selected election and round by id; only the page on screen.

        ``members``: read the roster again (False: an action that cannot change it).
        """
        store = self.ctx.store
        keep = self.selected_id()
        keep_round = self.selected_round_id()
        self.selection.load(members=members)
        self._refreshing = True
        try:
            self._fill_table(keep)
        finally:
            self._refreshing = False
        if store is not None:
            from ui.dialogs.elections import rule_text

            self.rule_label.setText(rule_text(self.selection.full_members()))
        else:
            self.rule_label.clear()
        self.add_action.setEnabled(store is not None)
        self._load_election(keep_round)

    def _fill_table(self, keep: ElectionId | None) -> None:
        rows = self.selection.elections
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            seats = self.tr("%1 seat(s)").replace("%1", str(row.seats))
            title = QTableWidgetItem(f"{row.title}\n{target_label(row.target)} · {seats}")
            title.setData(ID_ROLE, int(row.id))
            title.setToolTip(row.title)
            status = QTableWidgetItem(status_text(row.status))
            status.setData(ID_ROLE, int(row.id))
            self.table.setItem(n, 0, title)
            self.table.setItem(n, 1, status)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 12)
        ids = [e.id for e in rows]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        elif rows:
            self.table.selectRow(0)

    def selected_id(self) -> ElectionId | None:
        items = self.table.selectedItems()
        if not items:
            return None
        return ElectionId(items[0].data(ID_ROLE))

    def selected_election(self) -> ElectionRow | None:
        return self.selection.election()

    def select_election(self, election_id: ElectionId) -> None:
        ids = [e.id for e in self.selection.elections]
        if election_id in ids:
            self.table.selectRow(ids.index(election_id))

    def selected_round_id(self) -> RoundId | None:
        data = self.round_combo.currentData()
        return RoundId(int(data)) if data is not None else None

    def _on_selection_changed(self) -> None:
        if self._refreshing:
            return
        self.show_feedback("", ok=True)
        self.selection.teller_order = []
        self.list_page.reset_inputs()
        self.entry_page.reset_mode()  # page 3 opens on the first pass again
        self._load_election(None)

    def _on_round_changed(self, _index: int) -> None:
        if self._refreshing:
            return
        self.selection.choose(self.selection.election_id, self.selected_round_id())

    def _on_chosen(self) -> None:
        """Another election or round chosen (not only another entry pass): the pages."""
        if self._loaded_for != (self.selection.election_id, self.selection.round_id):
            self._load_pages()

    def _load_election(self, keep_round: RoundId | None) -> None:
        ident = self.selected_id()
        election = next((e for e in self.selection.elections if e.id == ident), None)
        self.selection.load_rounds(election)
        rounds = self.selection.rounds
        seen = (election.id, len(rounds)) if election else None
        last = self._seen_rounds
        if seen and last and last[0] == seen[0] and seen[1] > last[1]:
            keep_round = None  # a new round was opened: show it
        self._seen_rounds = seen
        self._refreshing = True
        try:
            self.round_combo.clear()
            for rnd in rounds:
                text = self.tr("Round %1").replace("%1", str(rnd.round_no))
                if rnd.reason == "tie":
                    text += " · " + self.tr("tie")
                elif rnd.reason == "open_seats":
                    text += " · " + self.tr("open seats")
                self.round_combo.addItem(text, int(rnd.id))
            ids = [r.id for r in rounds]
            if keep_round in ids:
                self.round_combo.setCurrentIndex(ids.index(keep_round))
            elif rounds:
                self.round_combo.setCurrentIndex(len(rounds) - 1)
        finally:
            self._refreshing = False
        self.round_combo.setVisible(bool(rounds))
        self.remove_action.setEnabled(election is not None)
        if not self.selection.choose(ident, self.selected_round_id()):
            self._load_pages()  # the same election and round, read again

    def _load_pages(self) -> None:
        election = self.selection.election()
        self._loaded_for = (self.selection.election_id, self.selection.round_id)
        has = election is not None
        for button in self.step_buttons:
            button.setEnabled(has)
        self.pages.setEnabled(has)
        if election is None:
            if self.ctx.store is None:
                self.title_label.setText(self.tr("No congress file is open."))
            elif not self.selection.elections:
                self.title_label.setText(self.tr("No election yet: press Insert to set one up."))
            else:
                self.title_label.setText(self.tr("Select an election."))
            self.list_page.clear()
            self.results_page.clear()
            return
        self.title_label.setText(election.title)
        # Only the page on screen; the others when shown (``show_page``) or when an
        # action of the tab needs them (``_load_stale_pages``).
        self._stale_pages = {PAGE_LIST, PAGE_ROUND, PAGE_ENTRY, PAGE_RESULTS}
        current = self.pages.currentIndex()
        for page, widget in enumerate(self.page_widgets):
            if page != current and not isinstance(widget, EntryPage):
                for action in widget.guarded_actions():
                    action.setEnabled(True)  # decided when it runs (``_with_pages_loaded``)
        self._load_page(current)

    def _load_page(self, page: int) -> None:
        self._stale_pages.discard(page)
        election = self.selection.election()
        if election is None:
            return
        widget = self.page_widgets[page]
        if isinstance(widget, EntryPage):
            widget.load()
        else:
            widget.load(election)

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
        if self.selection.election() is None:
            return
        self.step_buttons[page].setChecked(True)
        self.pages.setCurrentIndex(page)
        if page in self._stale_pages:
            self._load_page(page)
        if focus:
            self.focus_page()

    def focus_page(self) -> None:
        """Enter in the list (or Ctrl+1…4): the keyboard goes to the page's first field."""
        self.page_widgets[self.pages.currentIndex()].focus_first()

    # --- actions ----------------------------------------------------------------------

    def add_election(self) -> None:
        store = self.ctx.store
        if store is None:
            return
        existing = [e.target for e in self.selection.elections]
        full = self.selection.full_members()
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
            self.run(
                lambda: election_actions.remove_election(self.ctx, ident),
                describe=election_error_text,
            )
        self.table.setFocus()

    # --- feedback ---------------------------------------------------------------------

    def _said(self, text: str, ok: bool | None) -> None:
        """A page's line: shown on the tab's one feedback line."""
        self.show_feedback(text, ok=ok)
