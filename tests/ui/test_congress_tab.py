"""The congress tab driven through its real widgets: keys, clicks and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from secretariat.domain import MemberStatus, SessionKind
from secretariat.services import congress, roster
from ui import state
from ui.context import CongressContext
from ui.dialogs.people import GuestDialog, MemberDialog, SessionDialog
from ui.i18n import translator
from ui.import_wizard import RosterImportWizard
from ui.models.roster_model import ID_ROLE, MemberTableModel
from ui.tabs.congress import CongressTab

TWO = ("Trần Văn Cường", "Đinh Thị Mai")


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like a Vietnamese keyboard: ASCII as keys, accented letters from the IME."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    """The assertions read the English source strings, whatever a test before left."""
    translator.install("en")


@pytest.fixture
def tab(qtbot: Any, ctx: CongressContext) -> CongressTab:
    widget = CongressTab(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def fake_exec(
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    dialog_class: type[QDialog],
    fill: Callable[[Any], None],
) -> list[QDialog]:
    """Replace the modal loop: show the real dialog, let ``fill`` use it, return its result."""
    opened: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", run)
    return opened


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def row_of(tab: CongressTab, name: str) -> int:
    view = tab.member_view
    for row in range(view.model().rowCount()):
        if view.model().index(row, MemberTableModel.NAME).data() == name:
            return row
    raise AssertionError(f"{name} is not shown")


def click_row(qtbot: Any, tab: CongressTab, row: int, modifier: Any = None) -> None:
    view = tab.member_view
    rect = view.visualRect(view.model().index(row, MemberTableModel.NAME))
    modifier = modifier or Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def shown_names(tab: CongressTab) -> list[str]:
    model = tab.member_view.model()
    return [model.index(r, MemberTableModel.NAME).data() for r in range(model.rowCount())]


# --- congress details -----------------------------------------------------------------


def test_cell_name_is_stored_on_enter_and_undone(
    qtbot: Any, tab: CongressTab, ctx: CongressContext
) -> None:
    before = congress.get_info(ctx.require()).cell_name
    edit = tab.cell_name_edit
    edit.setFocus()
    edit.selectAll()
    type_text(qtbot, edit, "Chi bộ Phòng Tham mưu")
    assert congress.get_info(ctx.require()).cell_name == before  # not yet: still typing
    qtbot.keyClick(edit, Qt.Key.Key_Return)

    assert congress.get_info(ctx.require()).cell_name == "Chi bộ Phòng Tham mưu"
    assert ctx.undo_stack.count() == 1
    edit.clearFocus()  # editingFinished again on focus out: nothing changed, nothing pushed
    assert ctx.undo_stack.count() == 1

    ctx.undo_stack.undo()
    assert congress.get_info(ctx.require()).cell_name == before
    assert edit.text() == before
    ctx.undo_stack.redo()
    assert congress.get_info(ctx.require()).cell_name == "Chi bộ Phòng Tham mưu"
    assert edit.text() == "Chi bộ Phòng Tham mưu"


def test_unchanged_field_pushes_nothing(qtbot: Any, tab: CongressTab, ctx: CongressContext) -> None:
    tab.ordinal_edit.setFocus()
    qtbot.keyClick(tab.ordinal_edit, Qt.Key.Key_Return)
    assert ctx.undo_stack.count() == 0


def test_combo_change_is_one_undoable_step(tab: CongressTab, ctx: CongressContext) -> None:
    tab.origin_combo.setCurrentIndex(1)
    assert str(congress.get_info(ctx.require()).committee_origin) == "appointed"
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert tab.origin_combo.currentIndex() == 0


def test_reversed_term_is_refused_inline(
    qtbot: Any, tab: CongressTab, ctx: CongressContext
) -> None:
    spin = tab.term_end_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2019")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert congress.get_info(ctx.require()).term_end == 2025
    assert tab.info_error.isVisible()
    assert ctx.undo_stack.count() == 0

    spin.selectAll()
    qtbot.keyClicks(spin, "2027")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert congress.get_info(ctx.require()).term_end == 2027
    assert not tab.info_error.isVisible()


def test_blank_term_is_allowed(qtbot: Any, tab: CongressTab, ctx: CongressContext) -> None:
    spin = tab.term_start_spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClick(spin, Qt.Key.Key_Delete)
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert congress.get_info(ctx.require()).term_start is None


def test_refresh_keeps_a_field_being_typed(
    qtbot: Any, tab: CongressTab, ctx: CongressContext
) -> None:
    tab.venue_edit.setFocus()
    tab.venue_edit.selectAll()
    type_text(qtbot, tab.venue_edit, "Hội trường A")
    tab.origin_combo.setCurrentIndex(1)  # another field commits: the venue goes with it
    assert tab.venue_edit.text() == "Hội trường A"
    ctx.undo_stack.undo()
    tab.place_edit.setFocus()
    qtbot.keyClick(tab.place_edit, Qt.Key.Key_End)
    type_text(qtbot, tab.place_edit, "x")
    ctx.undo_stack.redo()  # the store changes under a field being typed in
    assert tab.place_edit.text() == "Thanh Hóax"


# --- members ----------------------------------------------------------------------------


def test_demo_roster_is_shown_in_ballot_order(tab: CongressTab) -> None:
    assert tab.roster_tabs.tabText(0) == "Members (29)"
    assert tab.roster_tabs.tabText(1) == "Guests (2)"
    names = shown_names(tab)
    assert names[0] == "Vũ Thị Lan Anh"  # given name first: Anh, Bình, Chiến, ...
    assert names.index("Đỗ Thị Thu Hà") < names.index("Lê Đình Khải")


def test_header_click_sorts_and_number_restores_ballot_order(qtbot: Any, tab: CongressTab) -> None:
    header = tab.member_view.horizontalHeader()
    x = header.sectionViewportPosition(MemberTableModel.BIRTH_YEAR) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    years = [
        tab.member_view.model().index(r, MemberTableModel.BIRTH_YEAR).data()
        for r in range(tab.member_view.model().rowCount())
    ]
    assert years == sorted(years)
    tab.member_view.sortByColumn(MemberTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
    assert shown_names(tab)[0] == "Vũ Thị Lan Anh"


def test_filter_probationary_shows_four(tab: CongressTab) -> None:
    combo = tab.status_filter
    combo.setCurrentIndex(combo.findData("probationary"))
    assert tab.member_view.model().rowCount() == 4
    assert tab.member_count_label.text() == "4 of 29 shown"
    combo.setCurrentIndex(0)
    assert tab.member_view.model().rowCount() == 29


def test_search_ignores_diacritics(qtbot: Any, tab: CongressTab) -> None:
    tab.search_edit.setFocus()
    qtbot.keyClicks(tab.search_edit, "thu ha")
    assert shown_names(tab) == ["Đỗ Thị Thu Hà"]
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_Return)  # Enter goes to the member found
    assert tab.member_view.hasFocus()
    assert tab.member_view.selectionModel().selectedRows()[0].data() == "7"


def test_add_member_through_dialog(
    qtbot: Any, tab: CongressTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: MemberDialog) -> None:
        assert not dialog.ok_button().isEnabled()  # no name yet
        assert dialog.ethnicity.text() == "Kinh"
        type_text(qtbot, dialog.full_name, "Nguyễn Văn Mới")
        assert dialog.ok_button().isEnabled()
        dialog.status.setCurrentIndex(dialog.status.findData(MemberStatus.PROBATIONARY))
        dialog.birth_year.setFocus()
        qtbot.keyClicks(dialog.birth_year, "1999")
        qtbot.keyClicks(dialog.party_card_no, "36019999")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    opened = fake_exec(qtbot, monkeypatch, MemberDialog, fill)
    tab.member_view.setFocus()
    qtbot.keyClick(tab.member_view, Qt.Key.Key_Insert)

    assert len(opened) == 1
    added = roster.find_by_card(ctx.require(), "36019999")
    assert added is not None
    assert (added.full_name, added.birth_year, added.status) == (
        "Nguyễn Văn Mới",
        1999,
        MemberStatus.PROBATIONARY,
    )
    assert added.ethnicity == "Kinh"
    assert tab.roster_tabs.tabText(0) == "Members (30)"
    assert tab.member_view.selectionModel().selectedRows()[0].data(ID_ROLE) == added.id
    ctx.undo_stack.undo()
    assert roster.find_by_card(ctx.require(), "36019999") is None


def test_refused_member_keeps_the_dialog_open(
    qtbot: Any, tab: CongressTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: MemberDialog) -> None:
        qtbot.keyClicks(dialog.full_name, "Tran Van Trung")
        qtbot.keyClicks(dialog.party_card_no, "36012731")  # Lê Đình Khải's card
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert "party card" in dialog.error_label.text()
        assert dialog.party_card_no.hasFocus()
        dialog.party_card_no.clear()
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    fake_exec(qtbot, monkeypatch, MemberDialog, fill)
    qtbot.mouseClick(
        tab.member_toolbar.widgetForAction(tab.add_member_action), Qt.MouseButton.LeftButton
    )
    assert len(roster.list_members(ctx.require())) == 30
    assert ctx.undo_stack.count() == 1


def test_edit_member_with_enter(
    qtbot: Any, tab: CongressTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: MemberDialog) -> None:
        assert dialog.full_name.text() == "Đỗ Thị Thu Hà"
        assert dialog.birth_year.year() == 1985
        dialog.position.selectAll()
        type_text(qtbot, dialog.position, "Trung tá, Đội trưởng")
        dialog.exempt.click()
        qtbot.keyClick(dialog.position, Qt.Key.Key_Return)  # Enter presses OK

    fake_exec(qtbot, monkeypatch, MemberDialog, fill)
    click_row(qtbot, tab, row_of(tab, "Đỗ Thị Thu Hà"))
    qtbot.keyClick(tab.member_view, Qt.Key.Key_Return)

    member = next(m for m in roster.list_members(ctx.require()) if m.full_name == "Đỗ Thị Thu Hà")
    assert member.position == "Trung tá, Đội trưởng"
    assert member.exempt
    row = row_of(tab, "Đỗ Thị Thu Hà")
    assert tab.member_view.model().index(row, MemberTableModel.FLAGS).data() == "Exempt"
    assert tab.member_view.selectionModel().isRowSelected(row)  # kept across the refresh
    ctx.undo_stack.undo()
    assert not roster.get_member(ctx.require(), member.id).exempt


def test_double_click_opens_the_editor(
    qtbot: Any, tab: CongressTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = fake_exec(qtbot, monkeypatch, MemberDialog, lambda dialog: dialog.reject())
    view = tab.member_view
    rect = view.visualRect(view.model().index(2, MemberTableModel.NAME))
    # A real double click is a press and release, then a double-click press.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1
    assert opened[0].full_name.text() == shown_names(tab)[2]


def test_remove_two_members_in_one_step(
    qtbot: Any, tab: CongressTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer_yes(monkeypatch)
    first, second = row_of(tab, TWO[0]), row_of(tab, TWO[1])
    click_row(qtbot, tab, first)
    click_row(qtbot, tab, second, Qt.KeyboardModifier.ControlModifier)
    ids = {m.id for m in roster.list_members(ctx.require()) if m.full_name in TWO}
    qtbot.keyClick(tab.member_view, Qt.Key.Key_Delete)

    assert len(asked) == 1
    assert "Trần Văn Cường" in asked[0]
    assert "Đinh Thị Mai" in asked[0]
    left = {m.full_name for m in roster.list_members(ctx.require())}
    assert len(left) == 27
    assert not left & set(TWO)
    assert ctx.undo_stack.count() == 1
    selected = tab.member_view.selectionModel().selectedRows()
    assert [i.row() for i in selected] == [min(first, second)]  # ready for the next Delete

    ctx.undo_stack.undo()
    back = {m.id for m in roster.list_members(ctx.require()) if m.full_name in TWO}
    assert back == ids
    assert tab.roster_tabs.tabText(0) == "Members (29)"


def test_remove_asks_and_no_keeps_everyone(
    qtbot: Any, tab: CongressTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    click_row(qtbot, tab, 0)
    qtbot.keyClick(tab.member_view, Qt.Key.Key_Delete)
    assert len(roster.list_members(ctx.require())) == 29
    assert ctx.undo_stack.count() == 0


def test_ctrl_i_opens_the_import_wizard(
    qtbot: Any, tab: CongressTab, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[RosterImportWizard] = []
    monkeypatch.setattr(RosterImportWizard, "exec", lambda self: opened.append(self) or 0)
    tab.search_edit.setFocus()
    qtbot.keyClick(tab.search_edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1


# --- sessions -------------------------------------------------------------------------


def test_add_and_remove_a_session(
    qtbot: Any, tab: CongressTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: SessionDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(SessionKind.PREPARATORY))
        dialog.day.setFocus()
        dialog.day.setSelectedSection(dialog.day.Section.DaySection)
        qtbot.keyClicks(dialog.day, "14")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    fake_exec(qtbot, monkeypatch, SessionDialog, fill)
    qtbot.mouseClick(tab.add_session_button, Qt.MouseButton.LeftButton)

    sessions = congress.list_sessions(ctx.require())
    assert [s.kind for s in sessions] == [SessionKind.PREPARATORY, SessionKind.OFFICIAL]
    assert sessions[0].day is not None and sessions[0].day.day == 14
    assert tab.sessions_table.rowCount() == 2
    assert tab.sessions_table.item(0, 0).text() == "Preparatory session"
    assert tab.sessions_table.currentRow() == 0  # the new one is selected

    qtbot.mouseClick(tab.remove_session_button, Qt.MouseButton.LeftButton)
    assert len(congress.list_sessions(ctx.require())) == 1
    ctx.undo_stack.undo()
    assert len(congress.list_sessions(ctx.require())) == 2


def test_session_with_attendance_is_not_removed(
    qtbot: Any, tab: CongressTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    tab.sessions_table.selectRow(0)
    qtbot.mouseClick(tab.remove_session_button, Qt.MouseButton.LeftButton)
    assert len(congress.list_sessions(ctx.require())) == 1
    assert "attendance" in shown[0]


def test_end_before_start_is_shown_in_the_session_dialog(
    qtbot: Any, tab: CongressTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: SessionDialog) -> None:
        dialog.end.setTime(dialog.start.time().addSecs(-3600))
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        assert dialog.error_label.isVisible()
        dialog.reject()

    fake_exec(qtbot, monkeypatch, SessionDialog, fill)
    tab.sessions_table.selectRow(0)
    qtbot.keyClick(tab.sessions_table, Qt.Key.Key_F2)
    assert ctx.undo_stack.count() == 0


# --- guests ---------------------------------------------------------------------------


def test_add_a_guest(
    qtbot: Any, tab: CongressTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: GuestDialog) -> None:
        type_text(qtbot, dialog.full_name, "Phạm Văn Khách")
        type_text(qtbot, dialog.title, "Bí thư Chi bộ Phòng Tham mưu")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    fake_exec(qtbot, monkeypatch, GuestDialog, fill)
    tab.roster_tabs.setCurrentIndex(1)
    tab.guest_view.setFocus()
    qtbot.keyClick(tab.guest_view, Qt.Key.Key_Insert)

    guests = roster.list_guests(ctx.require())
    assert [g.full_name for g in guests][-1] == "Phạm Văn Khách"
    assert guests[-1].title == "Bí thư Chi bộ Phòng Tham mưu"
    assert tab.roster_tabs.tabText(1) == "Guests (3)"
    ctx.undo_stack.undo()
    assert tab.roster_tabs.tabText(1) == "Guests (2)"


def test_remove_a_guest(
    qtbot: Any, tab: CongressTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_yes(monkeypatch)
    tab.roster_tabs.setCurrentIndex(1)
    tab.guest_view.setFocus()
    tab.guest_view.selectRow(1)
    qtbot.keyClick(tab.guest_view, Qt.Key.Key_Delete)
    assert [g.full_name for g in roster.list_guests(ctx.require())] == ["Lê Thị Thanh Xuân"]


# --- remembered layout ----------------------------------------------------------------


def test_splitter_and_headers_are_remembered(qtbot: Any, ctx: CongressContext) -> None:
    first = CongressTab(ctx)
    qtbot.addWidget(first)
    first.show()
    first.splitter.setSizes([300, 700])
    first.member_view.horizontalHeader().resizeSection(MemberTableModel.NAME, 222)
    first.hide()  # saves

    second = CongressTab(ctx)
    qtbot.addWidget(second)
    assert second.member_view.horizontalHeader().sectionSize(MemberTableModel.NAME) == 222
    assert state.settings().contains("ui/splitter/congress")
    assert state.settings().contains("ui/header/guests")


def test_closed_congress_empties_the_tab(tab: CongressTab, ctx: CongressContext) -> None:
    ctx.close()
    assert not tab.isEnabled()
    assert tab.member_view.model().rowCount() == 0
    assert tab.cell_name_edit.text() == ""
