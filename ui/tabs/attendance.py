"""The attendance tab: check members in at the door, fast, from one search field.

The search field keeps the keyboard focus. Typing filters the list (names
without diacritics, or the start of a party card number); the arrows move the
selection; Enter checks in the member whose card number was typed or scanned,
else the member chosen just now: the one the text names unambiguously
(``name_search``), or the row moved to with the arrows. Several matching names
(Hùng / Hưng without diacritics, or "anh") are shown and wait for a choice:
nothing is ever taken silently, and a row left highlighted from before is not
a choice. F6 excused, F7 absent, F8 check-out, F4 clears the mark (text-editing
keys such as Ctrl+Backspace keep their meaning in the search field). A
refused action is shown in a red line, never in a dialog, so the queue at the
door keeps moving; while several people match what is typed, the line says
how many and waits. Every edit goes through ui.commands.actions (undoable). A
check-in or its undo updates only the rows of the members it touched and the
counters (``on_change`` reads the typed change): at 1,000 members the door
does not wait for the whole roster to be read again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QHideEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from secretariat.changes import Change
from secretariat.domain import (
    AttendanceState,
    MemberId,
    MemberRow,
    SessionId,
    SessionKind,
    SessionRow,
)
from secretariat.services import attendance, congress, roster
from secretariat.services.attendance import Snapshot
from ui import state
from ui.commands import actions
from ui.context import CongressContext
from ui.messages import describe
from ui.models.attendance_model import (
    COL_ATTENDANCE,
    COL_NAME,
    COL_NUMBER,
    COL_POSITION,
    COL_STATUS,
    FILTER_ALL,
    FILTER_AWAY,
    FILTER_MISSING,
    FILTER_PRESENT,
    AttendanceItem,
    AttendanceModel,
)
from ui.screen import Screen
from ui.widgets.counters import CountersPanel
from ui.widgets.shortcuts import key_button, tab_action
from ui.widgets.still_missing import StillMissing

STATE_KEY = "attendance"  # ui.state key of the splitter and the table header
_MOVES = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


def _is_code(text: str) -> bool:
    """Whether typed text is a party card number rather than a name (names hold no digit)."""
    return any(char.isdigit() for char in text)


def _clock_time(snapshot: Snapshot) -> str:
    """HH:MM of the last movement in a snapshot ("2020-06-15T07:05:12" → "07:05")."""
    if not snapshot.movements:
        return ""
    stamp = snapshot.movements[-1][1]
    return stamp.split("T", 1)[1][:5] if "T" in stamp else stamp[:5]


class AttendanceTab(Screen):
    """Check-in at the door, the state of every member, and the counters."""

    WATCHES = frozenset({"member", "session", "attendance", "movement", "congress", "setting"})

    def __init__(self, ctx: CongressContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._session_id: SessionId | None = None
        self._members: list[MemberRow] | None = None  # the roster as last read
        self._hinting = False  # the feedback line holds the "N people match" hint
        self.model = AttendanceModel(self)
        self._build()
        self._build_actions()
        self.setFocusProxy(self.search)
        self.refresh()
        state.restore_splitter(STATE_KEY, self.splitter)
        state.restore_header(STATE_KEY, self.table.horizontalHeader())

    # --- building ---------------------------------------------------------------------

    def _build(self) -> None:
        left = self._build_left()
        right = self._build_side()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("attendanceSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([900, 290])
        self.splitter.splitterMoved.connect(self._save_splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _build_left(self) -> QWidget:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        self.session_label = QLabel(self.tr("Session:"))
        self.session_combo = QComboBox()
        self.session_combo.setObjectName("attendanceSession")
        self.session_combo.currentIndexChanged.connect(self._on_session_chosen)
        top.addWidget(self.session_label)
        top.addWidget(self.session_combo)
        self.search = QLineEdit()
        self.search.setObjectName("attendanceSearch")
        self.search.setPlaceholderText(self.tr("Type a name or scan a party card…"))
        self.search.setClearButtonEnabled(True)
        big = QFont(self.search.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        self.search.setFont(big)
        self.search.setMinimumHeight(40)
        self.search.textChanged.connect(self._apply_filter)
        self.search.installEventFilter(self)
        top.addWidget(self.search, 1)
        column.addLayout(top)

        filters = QHBoxLayout()
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        for key in (FILTER_ALL, FILTER_MISSING, FILTER_PRESENT, FILTER_AWAY):
            button = QPushButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName(f"filter_{key}")
            button.setChecked(key == FILTER_ALL)
            button.toggled.connect(self._on_filter_toggled)
            self.filter_group.addButton(button)
            self.filter_buttons[key] = button
            filters.addWidget(button)
        filters.addStretch(1)
        column.addLayout(filters)

        self.feedback.setObjectName("attendanceFeedback")
        feedback_font = QFont(self.feedback.font())
        feedback_font.setPointSizeF(feedback_font.pointSizeF() * 1.15)
        self.feedback.setFont(feedback_font)
        # Always there (empty when idle), so the list never jumps under the cursor.
        self.feedback.setMinimumHeight(self.feedback.fontMetrics().height() + 14)
        column.addWidget(self.feedback)

        self._build_table()
        column.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.present_button = key_button(self.tr("Present (Enter)"), "presentButton")
        self.excused_button = key_button(self.tr("Excused… (F6)"), "excusedButton")
        self.absent_button = key_button(self.tr("Absent (F7)"), "absentButton")
        self.checkout_button = key_button(self.tr("Check out (F8)"), "checkoutButton")
        self.clear_button = key_button(self.tr("Clear mark (F4)"), "clearButton")
        for button in (
            self.present_button,
            self.excused_button,
            self.absent_button,
            self.checkout_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        column.addLayout(buttons)
        return left

    def _build_side(self) -> QWidget:
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        self.counters = CountersPanel()
        side.addWidget(self.counters)
        self.still_missing = StillMissing()
        self.still_missing.chosen.connect(self._on_missing_chosen)
        self.missing_label, self.missing_list = self.still_missing.label, self.still_missing.names
        side.addWidget(self.still_missing, 1)
        right.setMinimumWidth(240)
        return right

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("attendanceTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The search field keeps the keyboard: a click selects, typing still searches.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        # One row (a card typed), then all of them: a bar coming and going re-lays it (#16).
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for col, width in (
            (COL_NUMBER, 44),
            (COL_NAME, 220),
            (COL_POSITION, 210),
            (COL_STATUS, 110),
            (COL_ATTENDANCE, 200),
        ):
            self.table.setColumnWidth(col, width)
        # Model resets resize the stretched column too: save once things settle.
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(500)
        self._header_timer.timeout.connect(self._save_header)
        header.sectionResized.connect(self._header_timer.start)

    def _build_actions(self) -> None:
        def add(
            text: str, keys: list[QKeySequence], slot: Callable[[], None], button: QPushButton
        ) -> QAction:
            # Live while typing in the search field (a child of this tab), not elsewhere.
            return tab_action(self, text, keys, slot, owner=self, button=button)

        self.present_action = add(
            self.tr("Present"),
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)],
            self.check_in,
            self.present_button,
        )
        self.excused_action = add(
            self.tr("Excused…"), [QKeySequence(Qt.Key.Key_F6)], self.excuse, self.excused_button
        )
        self.absent_action = add(
            self.tr("Absent"), [QKeySequence(Qt.Key.Key_F7)], self.mark_absent, self.absent_button
        )
        self.checkout_action = add(
            self.tr("Check out"),
            [QKeySequence(Qt.Key.Key_F8)],
            self.check_out,
            self.checkout_button,
        )
        self.clear_action = add(
            self.tr("Clear mark"),
            [QKeySequence(Qt.Key.Key_F4)],
            self.clear_mark,
            self.clear_button,
        )

    # --- reading ----------------------------------------------------------------------

    def refresh(self, *, roster_changed: bool = True) -> None:
        """Reload everything from the services, keeping the selected member and the search.

        ``roster_changed=False`` reuses the members read last time.
        """
        store = self.ctx.store
        keep = self.selected_item()
        if store is None:
            self._members = None
            self._session_id = None
            self._fill_sessions([], None)
            self.model.set_rows([], {})
            self._update_side()
            self._update_enabled()
            return
        sessions = congress.list_sessions(store)
        current = congress.current_session(store)
        self._fill_sessions(sessions, current)
        if roster_changed or self._members is None:
            self._members = roster.list_members(store)
        members = self._members
        marks = attendance.session_attendance(store, self._session_id) if self._session_id else {}
        self.model.set_rows(members, marks)
        if keep is None or not self._select_member(keep.member.id):
            self._select_unique()
        self.counters.set_counters(attendance.counters(store, at=store.clock()))
        self._update_side()
        self._update_enabled()

    def _fill_sessions(self, sessions: list[SessionRow], current: SessionRow | None) -> None:
        ids = [row.id for row in sessions]
        if self._session_id not in ids:
            self._session_id = current.id if current else (ids[0] if ids else None)
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for row in sessions:
            self.session_combo.addItem(self._session_text(row), int(row.id))
        if self._session_id is not None:
            self.session_combo.setCurrentIndex(ids.index(self._session_id))
        self.session_combo.blockSignals(False)
        several = len(sessions) > 1
        self.session_combo.setVisible(several)
        self.session_label.setVisible(several)

    def _session_text(self, row: SessionRow) -> str:
        if row.kind is SessionKind.PREPARATORY:
            text = self.tr("Preparatory session")
        else:
            text = self.tr("Official session")
        if row.day:
            text += " " + row.day.strftime("%d/%m/%Y")
        if row.start:
            text += " " + row.start.strftime("%H:%M")
        return text

    def _update_side(self) -> None:
        counts = self.model.counts()
        texts = {
            FILTER_ALL: self.tr("All (%1)"),
            FILTER_MISSING: self.tr("Not yet arrived (%1)"),
            FILTER_PRESENT: self.tr("Present (%1)"),
            FILTER_AWAY: self.tr("Excused/absent (%1)"),
        }
        for key, button in self.filter_buttons.items():
            button.setText(texts[key].replace("%1", str(counts[key])))
        self.still_missing.show_missing([item.member for item in self.model.missing()])

    def _update_enabled(self) -> None:
        ready = self.ctx.store is not None and self._session_id is not None
        for action in (
            self.present_action,
            self.excused_action,
            self.absent_action,
            self.checkout_action,
            self.clear_action,
        ):
            action.setEnabled(ready)
        for button in (
            self.present_button,
            self.excused_button,
            self.absent_button,
            self.checkout_button,
            self.clear_button,
        ):
            button.setEnabled(ready)
        self.search.setEnabled(self.ctx.store is not None)

    def on_change(self, change: Change) -> None:
        """Only the members the change touched, and the counters; else everything."""
        store = self.ctx.store
        if (
            store is None
            or self._members is None
            or self._session_id is None
            or change.touches("member", "session", "congress", "setting")
        ):
            self.refresh()
            return
        member_ids = change.values("attendance", "member_id") | change.values(
            "movement", "member_id"
        )
        marks = attendance.session_attendance(
            store, self._session_id, [MemberId(m) for m in member_ids]
        )
        keep = self.selected_item()
        if not self.model.update_members(member_ids, marks):
            self.refresh()
            return
        if keep is None or not self._select_member(keep.member.id):
            self._select_unique()
        self.counters.set_counters(attendance.counters(store, at=store.clock()))
        self._update_side()

    def _on_session_chosen(self, index: int) -> None:
        if index < 0:
            return
        self._session_id = SessionId(int(self.session_combo.itemData(index)))
        self.show_feedback("", ok=True)
        self.refresh()
        self.search.setFocus()

    # --- filtering and selection ----------------------------------------------------

    def state_filter(self) -> str:
        return next(
            (key for key, button in self.filter_buttons.items() if button.isChecked()), FILTER_ALL
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), self.state_filter())
        self.table.executeDelayedItemsLayout()  # now, not after a first paint (#16)
        self._select_unique()
        self._hint_matches()

    def _hint_matches(self) -> None:
        """While typing: "3 people match — choose with ↑ ↓" when the text names nobody yet."""
        count = self.model.rowCount()
        typed = bool(self.search.text().strip())
        if typed and count > 1 and self.model.unique_row() is None:
            self.show_feedback(
                self.tr("%1 people match — choose with ↑ ↓").replace("%1", str(count)), ok=None
            )
            self._hinting = True
        elif self._hinting:
            self.show_feedback("", ok=True)

    def _select_unique(self) -> None:
        """Highlight the member the text names unambiguously, else nobody (a choice waits)."""
        row = self.model.unique_row()
        if row is None:
            self.table.clearSelection()
            self.table.selectionModel().clearCurrentIndex()
        else:
            self._select_row(row)

    def _on_filter_toggled(self, checked: bool) -> None:
        if checked:
            self._apply_filter()
            self.search.setFocus()

    def selected_item(self) -> AttendanceItem | None:
        """The member the actions apply to (the selected row), if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < self.model.rowCount():
            return None
        return self.model.item(rows[0].row())

    def _select_row(self, row: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.table.clearSelection()
            return
        row = max(0, min(row, count - 1))
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _select_member(self, member_id: int) -> bool:
        row = self.model.row_of(member_id)
        if row < 0:
            return False
        self._select_row(row)
        return True

    def _move_selection(self, key: int) -> None:
        item = self.selected_item()
        row = self.model.row_of(item.member.id) if item else -1
        page = max(1, self.table.viewport().height() // max(1, self.table.rowHeight(0)) - 1)
        step = {
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_PageUp: -page,
            Qt.Key.Key_PageDown: page,
        }[Qt.Key(key)]
        if row < 0:
            row = 0 if step > 0 else self.model.rowCount() - 1
        else:
            row += step
        self._select_row(row)

    def _on_missing_chosen(self, member_id: int) -> None:
        if self.model.row_of(member_id) < 0:
            # Filtered out: show everyone so the member can be selected.
            self.search.clear()
            self.filter_buttons[FILTER_ALL].setChecked(True)
        self._select_member(member_id)
        self.search.setFocus()

    # --- keyboard -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and event.key() in _MOVES:
                self._move_selection(event.key())
                return True
            if (
                event.type() == QEvent.Type.ShortcutOverride
                and not self.search.text()
                and self._is_undo(event)
            ):
                # An empty field has no text to undo: Ctrl+Z / Ctrl+Y undo the
                # congress (main window). With text typed they are the field's.
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _is_undo(event: QKeyEvent) -> bool:
        return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
            QKeySequence.StandardKey.Redo
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.search.text():
            self._select_unique()  # a row highlighted before is no choice made now
        self.search.setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_state()
        super().hideEvent(event)

    def save_state(self) -> None:
        """Remember the splitter and the column widths (the main window calls it on close)."""
        self._save_splitter()
        self._save_header()

    def _save_splitter(self, *_args: object) -> None:
        state.save_splitter(STATE_KEY, self.splitter)

    def _save_header(self, *_args: object) -> None:
        state.save_header(STATE_KEY, self.table.horizontalHeader())

    # --- actions ----------------------------------------------------------------------

    def check_in(self) -> None:
        """Enter: the member whose card was typed or scanned, else the one chosen."""
        store = self.ctx.store
        if store is None or not self._has_session():
            return
        code = "".join(self.search.text().split())
        if code:
            member = roster.find_by_card(store, code)
            if member is not None:
                self._check_in(member, clear_on_error=True)
                return
            if _is_code(code):
                self.search.clear()  # the next scan starts on an empty field
                self._fail(self.tr("No member has party card number %1").replace("%1", code))
                return
        item = self._require_selection()
        if item is not None:
            self._check_in(item.member, clear_on_error=False)

    def _check_in(self, member: MemberRow, *, clear_on_error: bool) -> None:
        session_id = self._session()

        def do() -> str:
            after = actions.check_in(self.ctx, session_id, member)
            return (
                self.tr("✓ %1 checked in at %2")
                .replace("%1", member.full_name)
                .replace("%2", _clock_time(after))
            )

        self._perform(member, do, clear_on_error=clear_on_error)

    def excuse(self) -> None:
        """F6: absent with a reason accepted by the convening committee (asked here)."""
        item = self._require_selection()
        if item is None:
            return
        member, session_id = item.member, self._session()
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Excused absence"),
            self.tr("Reason accepted for the absence of %1:").replace("%1", member.full_name),
        )
        if not ok:
            self.search.setFocus()
            return

        def do() -> str:
            actions.mark_excused(self.ctx, session_id, member, reason)
            return self.tr("✓ %1 excused").replace("%1", member.full_name)

        self._perform(member, do)

    def mark_absent(self) -> None:
        """F7: absent without a reason (stays in the majority base)."""
        item = self._require_selection()
        if item is None:
            return
        member, session_id = item.member, self._session()

        def do() -> str:
            actions.mark_absent(self.ctx, session_id, member)
            return self.tr("✓ %1 marked absent").replace("%1", member.full_name)

        self._perform(member, do)

    def check_out(self) -> None:
        """F8: the member leaves the hall (stays present for the base)."""
        item = self._require_selection()
        if item is None:
            return
        member, session_id = item.member, self._session()

        def do() -> str:
            after = actions.check_out(self.ctx, session_id, member)
            return (
                self.tr("✓ %1 checked out at %2")
                .replace("%1", member.full_name)
                .replace("%2", _clock_time(after))
            )

        self._perform(member, do)

    def clear_mark(self) -> None:
        """F4: take back the member's mark (undoable)."""
        item = self._require_selection()
        if item is None:
            return
        member, session_id = item.member, self._session()
        if item.state is AttendanceState.UNMARKED:
            self._fail(
                self.tr("%1 has no attendance mark to clear.").replace("%1", member.full_name)
            )
            return

        def do() -> str:
            actions.clear_attendance(self.ctx, session_id, member)
            return self.tr("✓ Mark of %1 cleared").replace("%1", member.full_name)

        self._perform(member, do)

    def _perform(
        self, member: MemberRow, do: Callable[[], str], *, clear_on_error: bool = False
    ) -> None:
        said: list[str] = []
        done = self.run(
            lambda: said.append(do()),
            describe=lambda error: f"{member.full_name}: {describe(error)}",
        )
        if done or clear_on_error:
            self.search.clear()  # (the refusal stays on the line: clearing is no hint)
        if done:
            self._select_unique()  # done with this member: the next action needs a new choice
            self._succeed(said[0])
        self.search.setFocus()

    def _has_session(self) -> bool:
        if self._session_id is None:
            self._fail(self.tr("There is no session yet: add one on the Congress tab first."))
            return False
        return True

    def _session(self) -> SessionId:
        assert self._session_id is not None
        return self._session_id

    def _require_selection(self) -> AttendanceItem | None:
        if self.ctx.store is None or not self._has_session():
            return None
        item = self.selected_item()
        if item is None:
            count = self.model.rowCount()
            if not self.search.text().strip():
                self._fail(self.tr("No member is chosen: type a name first."))
            elif count == 0:
                self._fail(self.tr("Nobody matches “%1”.").replace("%1", self.search.text()))
            else:
                self._fail(self.tr("%1 people match — choose with ↑ ↓").replace("%1", str(count)))
        return item

    # --- feedback line ----------------------------------------------------------------

    def _succeed(self, text: str) -> None:
        self.show_feedback(text, ok=True)

    def _fail(self, text: str) -> None:
        self.show_feedback(text, ok=False)

    def show_feedback(self, text: str, *, ok: bool | None) -> None:
        self._hinting = False
        super().show_feedback(text, ok=ok)
