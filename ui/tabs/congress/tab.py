"""The congress tab: its identity and sessions on the left, the roster on the right.

Everything shown is read from the services and read again when a change
touches it (the congress, its sessions, its members; the guests page
``GuestsPanel`` watches the guests), undo and redo included; every edit goes
through ``ui.commands.actions`` so it can be undone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from secretariat.changes import Change
from secretariat.domain import (
    CommitteeOrigin,
    CongressInfo,
    CongressKind,
    MemberId,
    MemberRow,
    SessionId,
    SessionKind,
    SessionRow,
)
from secretariat.errors import SecretariatError
from secretariat.services import congress, roster
from secretariat.store import Store
from ui import state
from ui.commands import actions
from ui.context import CongressContext
from ui.dialogs.people import MemberDialog, OptionalYearSpin, SessionDialog, named
from ui.messages import describe, show_error
from ui.models.roster_model import (
    ID_ROLE,
    MemberFilterModel,
    MemberTableModel,
    StatusFilter,
)
from ui.screen import Screen
from ui.tabs.congress.guests import GuestsPanel
from ui.tabs.congress.views import (
    current_id,
    select_ids,
    selected_ids,
    size_member_columns,
    table_view,
)
from ui.widgets.shortcuts import tab_action

EMPTY_INFO = CongressInfo("", "", "", None, None)
MAX_NAMES_IN_QUESTION = 8


class CongressTab(Screen):
    """Congress details, sessions, members and guests."""

    WATCHES = frozenset({"congress", "session", "member"})

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("congress_tab")
        self.feedback.hide()  # refusals come as messages on this tab
        self._dirty: set[str] = set()  # info fields typed in but not yet committed
        self._sized: set[str] = set()  # tables given their first column widths

        self.splitter = named(QSplitter(Qt.Orientation.Horizontal), "congress_splitter")
        left = named(QWidget(), "congress_left")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._build_info())
        left_layout.addWidget(self._build_sessions())
        left_layout.addStretch(1)
        self.roster_tabs = named(QTabWidget(), "roster_tabs")
        self.roster_tabs.addTab(self._build_members(), "")
        self.guests = GuestsPanel(ctx, on_count=self._show_guest_count)
        self.guest_view = self.guests.guest_view
        self.roster_tabs.addTab(self.guests, "")
        self._show_guest_count(self.guests.count)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.roster_tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([360, 920])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.import_action = self._action(
            "import_action",
            self.tr("&Import from file…"),
            [QKeySequence("Ctrl+I")],
            self.import_members,
            self,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.import_action.setToolTip(
            self.tr("Add members from an Excel (.xlsx) or CSV file (Ctrl+I)")
        )
        self.member_toolbar.addAction(self.import_action)

        # The keyboard lands in the member search (after a file opens, on Alt+1), as in
        # the other tabs: a keystroke there finds members. It landed in the first
        # detail field with its text selected: a key replaced the superior body's
        # name. The fields keep their mnemonics (Alt+S, Alt+L, …).
        self.setFocusProxy(self.search_edit)
        self.refresh()
        state.restore_splitter("congress", self.splitter)
        self._restore_header("members", self.member_view)
        self._restore_header("guests", self.guest_view)

    # --- building ---------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        keys: list[QKeySequence],
        slot: Callable[[], object],
        owner: QWidget,
        context: Qt.ShortcutContext,
    ) -> QAction:
        return tab_action(self, text, keys, slot, owner=owner, context=context, name=name)

    def _build_info(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Congress details")), "info_box")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.superior_edit = self._info_line("superior_body_edit")
        self.superior_edit.setPlaceholderText(self.tr("e.g. Đảng bộ Công an tỉnh Thanh Hóa"))
        self.cell_name_edit = self._info_line("cell_name_edit")
        self.cell_name_edit.setPlaceholderText(self.tr("e.g. Chi bộ Phòng Tham mưu"))
        self.ordinal_edit = self._info_line("ordinal_edit")
        self.ordinal_edit.setMaximumWidth(90)
        self.ordinal_edit.setToolTip(self.tr("As it is printed: “VI” or “6”"))
        this_year = date.today().year
        self.term_start_spin = OptionalYearSpin(1930, 2200, this_year)
        self.term_end_spin = OptionalYearSpin(1930, 2200, this_year + 5)
        for name, spin in (
            ("term_start_spin", self.term_start_spin),
            ("term_end_spin", self.term_end_spin),
        ):
            spin.setObjectName(name)
            spin.setMinimumWidth(80)
            spin.valueChanged.connect(lambda _value, n=name: self._dirty.add(n))
            spin.editingFinished.connect(self.commit_info)
        term = QHBoxLayout()
        term.addWidget(self.term_start_spin)
        term.addWidget(QLabel("–"))
        term.addWidget(self.term_end_spin)
        term.addStretch(1)
        self.kind_combo = named(QComboBox(), "kind_combo")
        self.kind_combo.addItem(self.tr("Members' congress"), CongressKind.MEMBERS)
        self.kind_combo.addItem(self.tr("Delegates' congress"), CongressKind.DELEGATES)
        self.venue_edit = self._info_line("venue_edit")
        self.place_edit = self._info_line("place_edit")
        self.place_edit.setToolTip(
            self.tr("Printed before the date: “Thanh Hóa, ngày 15 tháng 6 năm 2020”")
        )
        self.origin_combo = named(QComboBox(), "origin_combo")
        self.origin_combo.addItem(self.tr("Elected"), CommitteeOrigin.ELECTED)
        self.origin_combo.addItem(self.tr("Appointed"), CommitteeOrigin.APPOINTED)
        for combo in (self.kind_combo, self.origin_combo):
            combo.currentIndexChanged.connect(self.commit_info)

        form.addRow(self.tr("&Superior body:"), self.superior_edit)
        form.addRow(self.tr("Ce&ll name:"), self.cell_name_edit)
        form.addRow(self.tr("&Ordinal:"), self.ordinal_edit)
        term_label = QLabel(self.tr("&Term:"))
        term_label.setBuddy(self.term_start_spin)
        form.addRow(term_label, term)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("Ven&ue:"), self.venue_edit)
        form.addRow(self.tr("&Place name:"), self.place_edit)
        form.addRow(self.tr("Outgoing co&mmittee:"), self.origin_combo)
        self.info_error = named(QLabel(), "info_error")
        self.info_error.setWordWrap(True)
        self.info_error.setStyleSheet("color: #b3261e;")
        self.info_error.hide()
        form.addRow(self.info_error)
        return box

    def _info_line(self, name: str) -> QLineEdit:
        edit = named(QLineEdit(), name)
        edit.setMaxLength(congress.MAX_TEXT)
        edit.textEdited.connect(lambda _text: self._dirty.add(name))
        edit.editingFinished.connect(self.commit_info)
        return edit

    def _build_sessions(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Sessions")), "sessions_box")
        self.sessions_table = named(QTableWidget(0, 4), "sessions_table")
        self.sessions_table.setHorizontalHeaderLabels(
            [self.tr("Session"), self.tr("Date"), self.tr("Starts"), self.tr("Ends")]
        )
        table = self.sessions_table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setMaximumHeight(table.fontMetrics().height() * 9)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        table.doubleClicked.connect(lambda _index: self.edit_session())
        table.itemSelectionChanged.connect(self._update_buttons)
        self.add_session_button = named(QPushButton(self.tr("Add…")), "add_session_button")
        self.edit_session_button = named(QPushButton(self.tr("Edit…")), "edit_session_button")
        self.remove_session_button = named(QPushButton(self.tr("Remove")), "remove_session_button")
        self.add_session_button.clicked.connect(self.add_session)
        self.edit_session_button.clicked.connect(self.edit_session)
        self.remove_session_button.clicked.connect(self.remove_session)
        self._action(
            "edit_session_action",
            self.tr("Edit session"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence("F2")],
            self.edit_session,
            table,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self._action(
            "remove_session_action",
            self.tr("Remove session"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_session,
            table,
            Qt.ShortcutContext.WidgetShortcut,
        )
        buttons = QHBoxLayout()
        for button in (
            self.add_session_button,
            self.edit_session_button,
            self.remove_session_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(table, 1)
        layout.addLayout(buttons)
        return box

    def _build_members(self) -> QWidget:
        page = named(QWidget(), "members_page")
        self.member_model = MemberTableModel(self)
        self.member_proxy = MemberFilterModel(self)
        self.member_proxy.setSourceModel(self.member_model)
        self.member_view = table_view("member_table")
        self.member_view.setModel(self.member_proxy)
        self.member_view.sortByColumn(MemberTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.member_view.doubleClicked.connect(lambda _index: self.edit_member())
        self.member_view.selectionModel().selectionChanged.connect(self._update_buttons)

        self.member_toolbar = named(QToolBar(), "member_toolbar")
        self.member_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        narrow = Qt.ShortcutContext.WidgetShortcut
        self.add_member_action = self._action(
            "add_member_action",
            self.tr("&Add member…"),
            [QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+Shift+M")],
            self.add_member,
            page,
            wide,
        )
        self.edit_member_action = self._action(
            "edit_member_action",
            self.tr("&Edit…"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter), QKeySequence("F2")],
            self.edit_member,
            self.member_view,
            narrow,
        )
        self.remove_member_action = self._action(
            "remove_member_action",
            self.tr("&Remove"),
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.remove_members,
            self.member_view,
            narrow,
        )
        self.add_member_action.setToolTip(self.tr("Add a member (Insert, Ctrl+Shift+M)"))
        self.edit_member_action.setToolTip(self.tr("Edit the selected member (Enter, F2)"))
        self.remove_member_action.setToolTip(self.tr("Remove the selected members (Delete)"))
        for action in (self.add_member_action, self.edit_member_action, self.remove_member_action):
            self.member_toolbar.addAction(action)
        self.member_toolbar.addSeparator()

        self._build_member_filters(page)

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter)
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.member_count_label)
        layout = QVBoxLayout(page)
        layout.addWidget(self.member_toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.member_view, 1)
        return page

    def _build_member_filters(self, page: QWidget) -> None:
        wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.status_filter = named(QComboBox(), "status_filter_combo")
        for text, value in (
            (self.tr("All members"), StatusFilter.ALL),
            (self.tr("Full members"), StatusFilter.FULL),
            (self.tr("Probationary"), StatusFilter.PROBATIONARY),
            (self.tr("Exempt"), StatusFilter.EXEMPT),
            (self.tr("Temporarily in"), StatusFilter.TEMPORARY_IN),
            (self.tr("Temporarily out"), StatusFilter.TEMPORARY_OUT),
            (self.tr("Suspended"), StatusFilter.SUSPENDED),
        ):
            self.status_filter.addItem(text, value)
        self.status_filter.setToolTip(self.tr("Show only members of this kind"))
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.search_edit = named(QLineEdit(), "member_search")
        self.search_edit.setPlaceholderText(self.tr("Search name or card no. (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._filter_changed)
        self.search_edit.returnPressed.connect(self._go_to_first_match)
        self._action(
            "find_member_action",
            self.tr("Find a member"),
            [QKeySequence(QKeySequence.StandardKey.Find)],
            self._focus_search,
            page,
            wide,
        )
        self.member_count_label = named(QLabel(), "member_count_label")

    # --- reading ----------------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        """Only the parts the change touched (the guests page watches its own)."""
        store = self.ctx.store
        if store is None:
            self.refresh()
            return
        if change.touches("congress"):
            self._refresh_info(congress.get_info(store))
        if change.touches("session"):
            self._refresh_sessions(congress.list_sessions(store))
        if change.touches("member"):
            self._refresh_members(store)
        self._update_buttons()

    def _show_guest_count(self, count: int) -> None:
        self.roster_tabs.setTabText(1, self.tr("Guests (%1)").replace("%1", str(count)))

    def refresh(self) -> None:
        """Show the services' data again, keeping selections and what is being typed."""
        store = self.ctx.store
        self.setEnabled(store is not None)
        self._refresh_info(congress.get_info(store) if store else EMPTY_INFO)
        self._refresh_sessions(congress.list_sessions(store) if store else [])
        self._refresh_members(store)
        self._update_buttons()

    def _refresh_info(self, info: CongressInfo, force: bool = False) -> None:
        if force:
            self._dirty.clear()
        texts = {
            "superior_body_edit": (self.superior_edit, info.superior_body),
            "cell_name_edit": (self.cell_name_edit, info.cell_name),
            "ordinal_edit": (self.ordinal_edit, info.ordinal),
            "venue_edit": (self.venue_edit, info.venue),
            "place_edit": (self.place_edit, info.place),
        }
        for name, (edit, text) in texts.items():
            if name not in self._dirty and edit.text() != text:
                edit.setText(text)
                edit.setCursorPosition(0)  # long names read from their start
        for edit in (self.superior_edit, self.cell_name_edit, self.venue_edit):
            edit.setToolTip(edit.text())  # the whole name when the field is narrow
        for name, spin, year in (
            ("term_start_spin", self.term_start_spin, info.term_start),
            ("term_end_spin", self.term_end_spin, info.term_end),
        ):
            if name not in self._dirty:
                spin.blockSignals(True)
                spin.set_year(year)
                spin.blockSignals(False)
        for combo, value in (
            (self.kind_combo, info.kind),
            (self.origin_combo, info.committee_origin),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def _refresh_sessions(self, sessions: list[SessionRow]) -> None:
        table = self.sessions_table
        current = self._current_session_id()
        table.setRowCount(len(sessions))
        for row, session in enumerate(sessions):
            kind = (
                self.tr("Preparatory session")
                if session.kind is SessionKind.PREPARATORY
                else self.tr("Official session")
            )
            cells = [
                kind,
                session.day.strftime("%d/%m/%Y") if session.day else "",
                session.start.strftime("%H:%M") if session.start else "",
                session.end.strftime("%H:%M") if session.end else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, int(session.id))
                table.setItem(row, column, item)
            if session.id == current:
                table.selectRow(row)

    def _refresh_members(self, store: Store | None) -> None:
        view = self.member_view
        selected, current = selected_ids(view), current_id(view)
        rows = roster.list_members(store) if store else []
        self.member_model.set_rows(rows)
        select_ids(view, selected, current)
        if rows and "members" not in self._sized:
            self._sized.add("members")
            size_member_columns(self.member_view)
        self.roster_tabs.setTabText(0, self.tr("Members (%1)").replace("%1", str(len(rows))))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.member_proxy.rowCount(), self.member_model.rowCount()
        text = "" if shown == total else self.tr("%1 of %2 shown")
        self.member_count_label.setText(text.replace("%1", str(shown)).replace("%2", str(total)))

    def _update_buttons(self) -> None:
        members = len(self.member_view.selectionModel().selectedRows())
        session = self._current_session_id() is not None
        self.edit_member_action.setEnabled(members >= 1)
        self.remove_member_action.setEnabled(members >= 1)
        self.edit_session_button.setEnabled(session)
        self.remove_session_button.setEnabled(session)

    def _filter_changed(self) -> None:
        self.member_proxy.set_status_filter(StatusFilter(self.status_filter.currentData()))
        self.member_proxy.set_search(self.search_edit.text())
        self._update_count()
        self._update_buttons()

    def _go_to_first_match(self) -> None:
        """Enter in the search box moves to the first member found."""
        if self.member_proxy.rowCount():
            self.member_view.selectRow(0)
            self.member_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # --- congress details -------------------------------------------------------------

    def info_from_fields(self, base: CongressInfo) -> CongressInfo:
        return replace(
            base,
            superior_body=self.superior_edit.text().strip(),
            cell_name=self.cell_name_edit.text().strip(),
            ordinal=self.ordinal_edit.text().strip(),
            term_start=self.term_start_spin.year(),
            term_end=self.term_end_spin.year(),
            kind=CongressKind(self.kind_combo.currentData()),
            venue=self.venue_edit.text().strip(),
            place=self.place_edit.text().strip(),
            committee_origin=CommitteeOrigin(self.origin_combo.currentData()),
        )

    def commit_info(self) -> None:
        """Store the details as one undoable step, only if something really changed."""
        store = self.ctx.store
        if store is None:
            return
        stored = congress.get_info(store)
        info = self.info_from_fields(stored)
        if info != stored:
            try:
                actions.set_info(self.ctx, info)
            except SecretariatError as error:
                self.info_error.setText(self.tr("Not saved: %1").replace("%1", describe(error)))
                self.info_error.show()
                return
        self.info_error.hide()
        self._refresh_info(congress.get_info(store), force=True)

    # --- sessions ---------------------------------------------------------------------

    def _current_session_id(self) -> SessionId | None:
        items = self.sessions_table.selectedItems()
        return SessionId(int(items[0].data(ID_ROLE))) if items else None

    def add_session(self) -> None:
        dialog = SessionDialog(self, submit=lambda data: actions.add_session(self.ctx, data))
        if dialog.exec() and isinstance(dialog.result_value, SessionRow):
            self._select_session(dialog.result_value.id)

    def edit_session(self) -> None:
        session_id = self._current_session_id()
        store = self.ctx.store
        if session_id is None or store is None:
            return
        session = next((s for s in congress.list_sessions(store) if s.id == session_id), None)
        if session is None:
            return
        SessionDialog(
            self,
            session,
            submit=lambda data: actions.update_session(self.ctx, session_id, data),
        ).exec()

    def remove_session(self) -> None:
        session_id = self._current_session_id()
        if session_id is None:
            return
        try:
            actions.remove_session(self.ctx, session_id)
        except SecretariatError as error:
            show_error(self, error, self.tr("Remove session"))

    def _select_session(self, session_id: SessionId) -> None:
        for row in range(self.sessions_table.rowCount()):
            item = self.sessions_table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == session_id:
                self.sessions_table.selectRow(row)

    # --- members ----------------------------------------------------------------------

    def add_member(self) -> None:
        if self.ctx.store is None:
            return
        dialog = MemberDialog(self, submit=lambda data: actions.add_member(self.ctx, data))
        if dialog.exec() and isinstance(dialog.result_value, MemberRow):
            self.select_members([dialog.result_value.id])

    def edit_member(self) -> None:
        member_id = current_id(self.member_view)
        store = self.ctx.store
        if member_id is None or store is None:
            return
        try:
            member = roster.get_member(store, MemberId(member_id))
        except SecretariatError as error:
            show_error(self, error)
            return
        MemberDialog(
            self,
            member,
            submit=lambda data: actions.update_member(self.ctx, member.id, data),
        ).exec()

    def remove_members(self) -> None:
        ids = selected_ids(self.member_view)
        if not ids:
            return
        model = self.member_model
        names = [model.row_at(model.row_of(i)).full_name for i in ids]
        shown = "\n".join(f"• {n}" for n in names[:MAX_NAMES_IN_QUESTION])
        if len(names) > MAX_NAMES_IN_QUESTION:
            shown += "\n" + self.tr("and %1 more").replace(
                "%1", str(len(names) - MAX_NAMES_IN_QUESTION)
            )
        if len(ids) == 1:
            question = self.tr("Remove this member from the roster?")
        else:
            question = self.tr("Remove these %1 members from the roster?")
        text = (
            question.replace("%1", str(len(ids)))
            + "\n\n"
            + shown
            + "\n\n"
            + self.tr("Their attendance records are removed too. You can undo this.")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Remove members"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        first_row = min(i.row() for i in self.member_view.selectionModel().selectedRows())
        try:
            actions.remove_members(self.ctx, [MemberId(i) for i in ids])
        except SecretariatError as error:
            show_error(self, error, self.tr("Remove members"))
            return
        # Keep the keyboard flow: the member after the removed ones is selected.
        if self.member_proxy.rowCount():
            self.member_view.selectRow(min(first_row, self.member_proxy.rowCount() - 1))

    def import_members(self) -> None:
        if self.ctx.store is None:
            return
        # Imported when asked for: the wizard and its readers (openpyxl) are not
        # needed for the first tab to answer (issue #16, start-up).
        from ui.import_wizard import RosterImportWizard

        wizard = RosterImportWizard(self.ctx, self)
        if wizard.exec() and wizard.imported:
            self.roster_tabs.setCurrentIndex(0)
            self.select_members([r.id for r in wizard.imported])

    def select_members(self, ids: list[MemberId]) -> None:
        """Select these members (clearing the filter if it hides them)."""
        model = self.member_model
        hidden = any(
            not self.member_proxy.mapFromSource(model.index(model.row_of(i), 0)).isValid()
            for i in ids
        )
        if hidden:
            self.search_edit.clear()
            self.status_filter.setCurrentIndex(0)
        select_ids(self.member_view, [int(i) for i in ids], int(ids[0]) if ids else None)

    # --- remembered layout ------------------------------------------------------------

    def _restore_header(self, key: str, view: QTableView) -> None:
        header = view.horizontalHeader()
        state.restore_header(key, header)
        if state.settings().contains(f"ui/header/{key}"):
            self._sized.add(key)
        if view.isSortingEnabled():
            view.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def save_state(self) -> None:
        state.save_splitter("congress", self.splitter)
        state.save_header("members", self.member_view.horizontalHeader())
        state.save_header("guests", self.guest_view.horizontalHeader())

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_state()
        super().hideEvent(event)
