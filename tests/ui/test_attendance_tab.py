"""The attendance tab, driven through its widgets as the secretary drives it at the door."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog, QVBoxLayout, QWidget

from secretariat.domain import (
    AttendanceState,
    MemberData,
    MemberId,
    MemberRow,
    MemberStatus,
    SessionData,
    SessionKind,
)
from secretariat.services import attendance, congress, roster
from secretariat.services.attendance import MemberAttendance
from ui.commands import actions
from ui.context import CongressContext
from ui.models.attendance_model import (
    COL_ATTENDANCE,
    COL_NAME,
    COL_NUMBER,
    FILTER_ABSENT,
    FILTER_ALL,
    FILTER_AWAY,
    FILTER_EXCUSED,
    FILTER_INSIDE,
    FILTER_MISSING,
    FILTER_PRESENT,
    ID_ROLE,
    SORT_ROLE,
    AttendanceModel,
)
from ui.tabs.attendance import AttendanceTab

# --- helpers ---------------------------------------------------------------------------


def session_id(ctx: CongressContext) -> int:
    current = congress.current_session(ctx.require())
    assert current is not None
    return current.id


def marks(ctx: CongressContext) -> dict[MemberId, MemberAttendance]:
    return attendance.session_attendance(ctx.require(), session_id(ctx))  # type: ignore[arg-type]


def member(ctx: CongressContext, name: str) -> MemberRow:
    return next(m for m in roster.list_members(ctx.require()) if m.full_name == name)


def full_members(ctx: CongressContext) -> list[MemberRow]:
    return [m for m in roster.list_members(ctx.require()) if m.status is MemberStatus.FULL]


def type_and(qtbot: object, tab: AttendanceTab, text: str, key: Qt.Key) -> None:
    tab.search.clear()
    qtbot.keyClicks(tab.search, text)  # type: ignore[attr-defined]
    qtbot.keyClick(tab.search, key)  # type: ignore[attr-defined]


def scan(qtbot: object, tab: AttendanceTab, card: str) -> None:
    """A barcode scanner types the code, then Enter."""
    type_and(qtbot, tab, card, Qt.Key.Key_Return)


def base(tab: AttendanceTab) -> int:
    return int(tab.counters.base_value.text())


def feedback_is_ok(tab: AttendanceTab) -> bool:
    return bool(tab.feedback.property("ok"))


def make_tab(qtbot: object, ctx: CongressContext) -> AttendanceTab:
    tab = AttendanceTab(ctx)
    qtbot.addWidget(tab)  # type: ignore[attr-defined]
    tab.resize(1280, 800)
    tab.show()
    tab.activateWindow()
    qtbot.waitExposed(tab)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.search)  # type: ignore[attr-defined]
    return tab


@pytest.fixture
def tab(qtbot: object, empty_ctx: CongressContext) -> Iterator[AttendanceTab]:
    yield make_tab(qtbot, empty_ctx)


@pytest.fixture
def full_tab(qtbot: object, ctx: CongressContext) -> Iterator[AttendanceTab]:
    yield make_tab(qtbot, ctx)


# --- the model, with no view -----------------------------------------------------------


def demo_model(ctx: CongressContext) -> AttendanceModel:
    model = AttendanceModel()
    model.set_rows(roster.list_members(ctx.require()), marks(ctx))
    return model


def shown_names(model: AttendanceModel) -> list[str]:
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def test_model_search_ignores_diacritics_and_case(ctx: CongressContext) -> None:
    model = demo_model(ctx)
    model.set_filter("nguyen van b", FILTER_ALL)
    assert shown_names(model) == ["Nguyễn Văn Bình"]
    model.set_filter("thu ha", FILTER_ALL)
    assert shown_names(model) == ["Đỗ Thị Thu Hà"]
    model.set_filter("  DO   THI ", FILTER_ALL)
    assert "Đỗ Thị Thu Hà" in shown_names(model)
    model.set_filter("Nguyễn Văn Bình", FILTER_ALL)  # with diacritics too
    assert shown_names(model) == ["Nguyễn Văn Bình"]
    model.set_filter("dat", FILTER_ALL)  # đ folds to d
    assert shown_names(model) == ["Tống Văn Đạt"]


def test_model_search_matches_the_start_of_the_card_number(ctx: CongressContext) -> None:
    model = demo_model(ctx)
    binh = member(ctx, "Nguyễn Văn Bình")
    model.set_filter(binh.party_card_no, FILTER_ALL)
    assert shown_names(model) == ["Nguyễn Văn Bình"]
    model.set_filter(binh.party_card_no[:6], FILTER_ALL)
    assert "Nguyễn Văn Bình" in shown_names(model) and model.rowCount() > 1
    model.set_filter(binh.party_card_no[2:], FILTER_ALL)  # a prefix, not any substring
    assert model.rowCount() == 0


def test_model_state_filters_and_counts(ctx: CongressContext) -> None:
    model = demo_model(ctx)
    assert model.counts()[FILTER_ALL] == 29
    expected = {
        FILTER_MISSING: 2,
        FILTER_PRESENT: 26,
        FILTER_INSIDE: 26,
        FILTER_EXCUSED: 1,
        FILTER_ABSENT: 0,
        FILTER_AWAY: 1,
    }
    for key, count in expected.items():
        model.set_filter("", key)
        assert model.rowCount() == count == model.counts()[key], key
    model.set_filter("", FILTER_MISSING)
    assert sorted(shown_names(model)) == ["Lê Hữu Phước", "Nguyễn Hoàng Long"]
    model.set_filter("long", FILTER_MISSING)
    assert shown_names(model) == ["Nguyễn Hoàng Long"]
    with pytest.raises(ValueError):
        model.set_filter("", "nobody")


def test_model_rows_stay_in_ballot_order_with_ids_and_texts(ctx: CongressContext) -> None:
    model = demo_model(ctx)
    members = roster.list_members(ctx.require())
    assert model.rowCount() == len(members)
    assert [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())] == [
        m.id for m in members
    ]
    assert model.index(0, COL_NUMBER).data() == "1"
    assert model.index(3, COL_NAME).data(SORT_ROLE) == 3
    model.set_filter("ha minh tam", FILTER_ALL)
    assert model.index(0, COL_ATTENDANCE).data().startswith("Excused: Đi công tác")
    assert model.index(0, COL_NUMBER).data() != "1"  # the ballot number, not the shown row
    model.set_filter("binh", FILTER_ALL)
    assert model.index(0, COL_ATTENDANCE).data().startswith("Present since 07:")
    model.set_filter("phuoc", FILTER_ALL)
    assert model.index(0, COL_ATTENDANCE).data() == "Not yet arrived"
    assert model.index(0, COL_ATTENDANCE).data(Qt.ItemDataRole.BackgroundRole) is None
    model.set_filter("binh", FILTER_ALL)
    assert model.index(0, COL_ATTENDANCE).data(Qt.ItemDataRole.BackgroundRole) is not None


@pytest.mark.parametrize("state_filter", [FILTER_ALL, FILTER_MISSING, FILTER_PRESENT])
@pytest.mark.parametrize("text", ["", "nguyen", "long"])
def test_model_updated_in_place_agrees_with_a_model_read_afresh(
    ctx: CongressContext, state_filter: str, text: str
) -> None:
    """A check-in updates only its member's row, the counts and the rows shown; they
    are what a model filled from the file after it would show."""
    model = demo_model(ctx)
    model.set_filter(text, state_filter)
    long_ = member(ctx, "Nguyễn Hoàng Long")
    binh = member(ctx, "Nguyễn Văn Bình")
    store = ctx.require()
    attendance.check_in(store, session_id(ctx), long_.id)  # type: ignore[arg-type]
    attendance.clear(store, session_id(ctx), binh.id)  # type: ignore[arg-type]
    touched = [long_.id, binh.id]
    assert model.update_members(touched, {m: a for m, a in marks(ctx).items() if m in touched})
    fresh = demo_model(ctx)
    fresh.set_filter(text, state_filter)
    assert model.counts() == fresh.counts()
    assert shown_names(model) == shown_names(fresh)
    assert [model.index(r, COL_ATTENDANCE).data() for r in range(model.rowCount())] == [
        fresh.index(r, COL_ATTENDANCE).data() for r in range(fresh.rowCount())
    ]


# --- the tab: search and check-in ------------------------------------------------------


def test_search_has_focus_and_placeholder(tab: AttendanceTab) -> None:
    assert QApplication.focusWidget() is tab.search
    assert tab.search.placeholderText() == "Type a name or scan a party card…"
    assert not tab.session_combo.isVisible()  # one session only


def test_typing_without_diacritics_then_enter_checks_in(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    binh = member(empty_ctx, "Nguyễn Văn Bình")
    assert tab.counters.values["present"].text() == "0 (0 / 0)"
    qtbot.keyClicks(tab.search, "nguyen van b")  # type: ignore[attr-defined]
    assert tab.model.rowCount() == 1
    assert tab.selected_item() is not None
    assert tab.selected_item().member.id == binh.id  # type: ignore[union-attr]
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    assert marks(empty_ctx)[binh.id].state is AttendanceState.PRESENT
    assert tab.search.text() == ""
    assert QApplication.focusWidget() is tab.search
    assert feedback_is_ok(tab)
    assert tab.feedback.text().startswith("✓ Nguyễn Văn Bình checked in at ")
    assert tab.counters.values["present"].text() == "1 (1 / 0)"
    assert tab.counters.voters_present.text() == "Full members present now: 1"
    assert tab.filter_buttons[FILTER_PRESENT].text() == "Present (1)"


def test_arrows_in_the_search_field_move_the_selection(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    qtbot.keyClicks(tab.search, "nguyen")  # type: ignore[attr-defined]
    assert tab.model.rowCount() > 2
    first, second = tab.model.item(0).member, tab.model.item(1).member
    assert tab.selected_item() is None  # several match: nobody is taken for the secretary
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert tab.selected_item().member.id == first.id  # type: ignore[union-attr]
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    assert tab.selected_item().member.id == second.id  # type: ignore[union-attr]
    assert tab.search.text() == "nguyen"
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert marks(empty_ctx)[second.id].state is AttendanceState.PRESENT
    assert first.id not in marks(empty_ctx)
    qtbot.keyClick(tab.search, Qt.Key.Key_PageDown)  # type: ignore[attr-defined]
    assert tab.selected_item() is not None
    qtbot.keyClick(tab.search, Qt.Key.Key_Up)  # type: ignore[attr-defined]
    assert tab.selected_item() is not None


def test_scanning_a_card_checks_that_member_in(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    yen = member(empty_ctx, "Phạm Thị Yến")
    scan(qtbot, tab, yen.party_card_no)
    assert marks(empty_ctx)[yen.id].state is AttendanceState.PRESENT
    assert "Phạm Thị Yến checked in" in tab.feedback.text()
    assert tab.search.text() == ""


def test_second_scan_of_a_card_is_refused_in_red_and_changes_nothing(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    yen = member(empty_ctx, "Phạm Thị Yến")
    scan(qtbot, tab, yen.party_card_no)
    before, commands = marks(empty_ctx), empty_ctx.undo_stack.count()
    scan(qtbot, tab, yen.party_card_no)
    assert not feedback_is_ok(tab)
    assert "Phạm Thị Yến" in tab.feedback.text()
    assert "already" in tab.feedback.text().lower()
    assert marks(empty_ctx) == before
    assert empty_ctx.undo_stack.count() == commands
    assert tab.search.text() == ""  # ready for the next scan
    assert QApplication.activeModalWidget() is None  # no dialog stops the queue


def test_unknown_card_number_is_shown_in_red(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    scan(qtbot, tab, "99999999")
    assert not feedback_is_ok(tab)
    assert tab.feedback.text() == "No member has party card number 99999999"
    assert marks(empty_ctx) == {}


# --- excused, absent, check-out, clear -------------------------------------------------


def test_f6_excused_with_a_reason_drops_the_base_by_one(
    qtbot: object,
    tab: AttendanceTab,
    empty_ctx: CongressContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("Ốm, nằm viện", True))
    )
    nam = member(empty_ctx, "Lê Văn Nam")
    assert base(tab) == 25
    type_and(qtbot, tab, "le van nam", Qt.Key.Key_F6)
    state = marks(empty_ctx)[nam.id]
    assert (state.state, state.reason) == (AttendanceState.EXCUSED, "Ốm, nằm viện")
    assert base(tab) == 24
    assert tab.counters.values["excused_base"].text() == "1"
    assert feedback_is_ok(tab)


def test_f6_with_an_empty_reason_is_refused(
    qtbot: object,
    tab: AttendanceTab,
    empty_ctx: CongressContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  ", True)))
    type_and(qtbot, tab, "le van nam", Qt.Key.Key_F6)
    assert marks(empty_ctx) == {}
    assert not feedback_is_ok(tab)
    assert "Reason" in tab.feedback.text()
    assert base(tab) == 25


def test_f7_absent_keeps_the_base(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    nam = member(empty_ctx, "Lê Văn Nam")
    type_and(qtbot, tab, "le van nam", Qt.Key.Key_F7)
    assert marks(empty_ctx)[nam.id].state is AttendanceState.ABSENT
    assert base(tab) == 25
    assert tab.counters.values["absent"].text() == "1"
    assert tab.filter_buttons[FILTER_AWAY].text() == "Excused/absent (1)"


def test_f8_checks_out_and_the_member_stays_present(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    nam = member(empty_ctx, "Lê Văn Nam")
    scan(qtbot, tab, nam.party_card_no)
    type_and(qtbot, tab, "le van nam", Qt.Key.Key_F8)
    state = marks(empty_ctx)[nam.id]
    assert state.state is AttendanceState.PRESENT
    assert state.departed_at is not None and not state.inside
    assert "checked out at" in tab.feedback.text()
    qtbot.keyClicks(tab.search, "le van nam")  # type: ignore[attr-defined]
    assert tab.model.index(0, COL_ATTENDANCE).data().startswith("Left at ")
    assert tab.counters.voters_present.text() == "Full members present now: 0"
    # Coming back in is a new check-in.
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert marks(empty_ctx)[nam.id].inside


def test_f7_on_a_member_who_attended_is_refused(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    nam = member(empty_ctx, "Lê Văn Nam")
    scan(qtbot, tab, nam.party_card_no)
    type_and(qtbot, tab, "le van nam", Qt.Key.Key_F7)
    assert marks(empty_ctx)[nam.id].state is AttendanceState.PRESENT
    assert not feedback_is_ok(tab)
    assert "attended" in tab.feedback.text()


def test_f4_clears_the_mark_and_undo_puts_it_back(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    nam = member(empty_ctx, "Lê Văn Nam")
    scan(qtbot, tab, nam.party_card_no)
    checked_in = marks(empty_ctx)
    qtbot.keyClicks(tab.search, "le van nam")  # type: ignore[attr-defined]
    assert tab.clear_button.text() == "Clear mark (F4)"
    qtbot.keyClick(tab.search, Qt.Key.Key_F4)  # type: ignore[attr-defined]
    assert nam.id not in marks(empty_ctx)
    assert feedback_is_ok(tab)
    empty_ctx.undo_stack.undo()
    assert marks(empty_ctx) == checked_in


def test_buttons_do_what_their_keys_do(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    assert tab.present_button.text() == "Present (Enter)"
    assert tab.excused_button.text() == "Excused… (F6)"
    assert tab.absent_button.text() == "Absent (F7)"
    assert tab.checkout_button.text() == "Check out (F8)"
    nam = member(empty_ctx, "Lê Văn Nam")
    qtbot.keyClicks(tab.search, "le van nam")  # type: ignore[attr-defined]
    qtbot.mouseClick(tab.present_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert marks(empty_ctx)[nam.id].inside
    assert QApplication.focusWidget() is tab.search
    qtbot.keyClicks(tab.search, "le van nam")  # type: ignore[attr-defined]
    qtbot.mouseClick(tab.checkout_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not marks(empty_ctx)[nam.id].inside


# --- undo and redo ---------------------------------------------------------------------


def test_ctrl_z_in_the_search_field_undoes_the_last_action(
    qtbot: object, empty_ctx: CongressContext
) -> None:
    # As in the main window: a window-wide Undo action, the tab inside the window.
    window = QWidget()
    undo = empty_ctx.undo_stack.createUndoAction(window)
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    window.addAction(undo)
    layout = QVBoxLayout(window)
    tab = AttendanceTab(empty_ctx)
    layout.addWidget(tab)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    tab.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.search)  # type: ignore[attr-defined]
    nam = member(empty_ctx, "Lê Văn Nam")
    scan(qtbot, tab, nam.party_card_no)
    assert nam.id in marks(empty_ctx)
    qtbot.keyClicks(tab.search, "abc")  # type: ignore[attr-defined]
    qtbot.keyClick(  # type: ignore[attr-defined]
        tab.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    # With text typed, Ctrl+Z is the field's own (text keys keep their meaning) ...
    assert tab.search.text() == "" and nam.id in marks(empty_ctx)
    qtbot.keyClick(  # type: ignore[attr-defined]
        tab.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    # ... and in the empty field it undoes the congress's last action.
    assert marks(empty_ctx) == {}


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_F6, Qt.Key.Key_F7])
def test_undo_and_redo_restore_the_exact_state(
    qtbot: object,
    tab: AttendanceTab,
    empty_ctx: CongressContext,
    monkeypatch: pytest.MonkeyPatch,
    key: Qt.Key,
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Ốm", True)))
    nam = member(empty_ctx, "Lê Văn Nam")
    scan(qtbot, tab, member(empty_ctx, "Phạm Thị Yến").party_card_no)
    before, base_before = marks(empty_ctx), base(tab)
    type_and(qtbot, tab, "le van nam", key)
    after, base_after = marks(empty_ctx), base(tab)
    assert after != before and nam.id in after

    empty_ctx.undo_stack.undo()
    assert marks(empty_ctx) == before
    assert base(tab) == base_before
    assert tab.feedback.text() == ""  # the line no longer describes the data
    empty_ctx.undo_stack.redo()
    assert marks(empty_ctx) == after
    assert base(tab) == base_after


def test_undo_of_check_out_restores_the_times(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    nam = member(empty_ctx, "Lê Văn Nam")
    scan(qtbot, tab, nam.party_card_no)
    inside = marks(empty_ctx)
    type_and(qtbot, tab, "le van nam", Qt.Key.Key_F8)
    out = marks(empty_ctx)
    empty_ctx.undo_stack.undo()
    assert marks(empty_ctx) == inside
    empty_ctx.undo_stack.redo()
    assert marks(empty_ctx) == out


def test_refresh_keeps_the_selected_member_and_the_search(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    qtbot.keyClicks(tab.search, "nguyen")  # type: ignore[attr-defined]
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    chosen = tab.selected_item()
    assert chosen is not None
    # Another screen changes the data: the tab reloads.
    yen = member(empty_ctx, "Phạm Thị Yến")
    actions.check_in(empty_ctx, congress.current_session(empty_ctx.require()).id, yen)  # type: ignore[union-attr]
    assert tab.search.text() == "nguyen"
    assert tab.selected_item().member.id == chosen.member.id  # type: ignore[union-attr]


# --- the still-missing list, the filters, the counters ---------------------------------


def missing_names(tab: AttendanceTab) -> list[str]:
    return [tab.missing_list.item(i).text() for i in range(tab.missing_list.count())]


def test_still_missing_list_shrinks(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    assert tab.missing_list.count() == 29
    assert tab.missing_label.text() == "Still missing (29)"
    scan(qtbot, tab, member(empty_ctx, "Phạm Thị Yến").party_card_no)
    assert tab.missing_list.count() == 28
    assert "Phạm Thị Yến" not in missing_names(tab)
    assert tab.missing_label.text() == "Still missing (28)"


def test_double_click_on_a_missing_member_selects_them(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    qtbot.keyClicks(tab.search, "nguyen")  # type: ignore[attr-defined]
    names = missing_names(tab)
    target = names.index("Lê Hữu Phước")
    item = tab.missing_list.item(target)
    tab.missing_list.scrollToItem(item)
    rect = tab.missing_list.visualItemRect(item)
    viewport = tab.missing_list.viewport()
    # A real double-click: a press and release, then the double-click.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # type: ignore[attr-defined]
    assert tab.selected_item().member.full_name == "Lê Hữu Phước"  # type: ignore[union-attr]
    assert tab.search.text() == ""
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert marks(empty_ctx)[member(empty_ctx, "Lê Hữu Phước").id].inside


def test_filter_buttons_show_live_counts_and_filter(qtbot: object, full_tab: AttendanceTab) -> None:
    buttons = full_tab.filter_buttons
    assert buttons[FILTER_ALL].text() == "All (29)"
    assert buttons[FILTER_MISSING].text() == "Not yet arrived (2)"
    assert buttons[FILTER_PRESENT].text() == "Present (26)"
    assert buttons[FILTER_AWAY].text() == "Excused/absent (1)"
    assert buttons[FILTER_ALL].isChecked()
    qtbot.mouseClick(buttons[FILTER_MISSING], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert full_tab.model.rowCount() == 2
    assert QApplication.focusWidget() is full_tab.search
    qtbot.keyClick(full_tab.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert buttons[FILTER_MISSING].text() == "Not yet arrived (2)"  # nobody chosen yet
    qtbot.keyClick(full_tab.search, Qt.Key.Key_Down)  # type: ignore[attr-defined]
    qtbot.keyClick(full_tab.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert buttons[FILTER_MISSING].text() == "Not yet arrived (1)"
    assert full_tab.model.rowCount() == 1
    qtbot.mouseClick(buttons[FILTER_AWAY], Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [full_tab.model.item(0).member.full_name] == ["Hà Minh Tâm"]


def test_counters_of_the_demo_congress(full_tab: AttendanceTab) -> None:
    values = full_tab.counters.values
    assert values["summoned"].text() == "29"
    assert values["present"].text() == "26 (23 / 3)"
    assert values["excused"].text() == "1"
    assert values["unmarked"].text() == "2"
    assert values["percent"].text() == "89,66%"
    assert base(full_tab) == 24
    assert full_tab.counters.min_votes.text() == "Smallest winning vote: 13"
    assert full_tab.counters.note.text() == "Base per 190-QĐ/TW Art. 30(2)"
    assert not full_tab.counters.warning.isVisible()


def test_no_vote_can_pass_warning_until_more_than_half_the_base_is_present(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    warning = tab.counters.warning
    assert warning.isVisible()
    assert "No vote can pass" in warning.text()
    fulls = full_members(empty_ctx)
    assert base(tab) == len(fulls) == 25
    for m in fulls[:12]:  # 12 * 2 <= 25
        scan(qtbot, tab, m.party_card_no)
    assert warning.isVisible()
    scan(qtbot, tab, fulls[12].party_card_no)  # 13 * 2 > 25
    assert not warning.isVisible()
    empty_ctx.undo_stack.undo()
    assert warning.isVisible()


def test_session_selector_appears_with_a_second_session(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    assert not tab.session_combo.isVisible()
    actions.add_session(empty_ctx, SessionData(SessionKind.PREPARATORY, None))
    assert tab.session_combo.isVisible()
    assert tab.session_combo.count() == 2
    # The default stays on the session attendance is taken for.
    assert tab.session_combo.currentData() == session_id(empty_ctx)


def test_a_member_not_summoned_cannot_check_in(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    row = actions.add_member(
        empty_ctx, MemberData("Quách Văn Xa", party_card_no="77770001", temporary_out=True)
    )
    scan(qtbot, tab, "77770001")
    assert row.id not in marks(empty_ctx)
    assert not feedback_is_ok(tab)
    assert "Quách Văn Xa" not in missing_names(tab)


# --- no silent wrong picks (issue #19 §1) ------------------------------------------------


def test_ctrl_backspace_in_the_search_field_deletes_a_word_and_never_a_mark(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    nam = member(empty_ctx, "Lê Văn Nam")
    scan(qtbot, tab, nam.party_card_no)
    checked_in = marks(empty_ctx)
    qtbot.keyClicks(tab.search, "le van nam")  # type: ignore[attr-defined]
    qtbot.keyClick(  # type: ignore[attr-defined]
        tab.search, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier
    )
    assert tab.search.text() == "le van "
    assert marks(empty_ctx) == checked_in


def test_several_matches_wait_for_a_choice_and_say_how_many(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    qtbot.keyClicks(tab.search, "nguyen")  # type: ignore[attr-defined]
    count = tab.model.rowCount()
    assert count > 2
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert marks(empty_ctx) == {}
    assert tab.feedback.text() == f"{count} people match — choose with ↑ ↓"
    assert tab.search.text() == "nguyen"  # the text waits for the choice


@pytest.mark.parametrize("key", [Qt.Key.Key_F6, Qt.Key.Key_F7, Qt.Key.Key_F8, Qt.Key.Key_F4])
def test_f_keys_with_nothing_chosen_say_so_and_change_nothing(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext, key: Qt.Key
) -> None:
    nam = member(empty_ctx, "Lê Văn Nam")
    qtbot.keyClicks(tab.search, "le van nam")  # type: ignore[attr-defined]
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    before = marks(empty_ctx)
    assert before[nam.id].inside
    # The box is empty again: no row left highlighted from the check-in is a choice.
    assert tab.selected_item() is None
    qtbot.keyClick(tab.search, key)  # type: ignore[attr-defined]
    assert marks(empty_ctx) == before
    assert tab.feedback.text() == "No member is chosen: type a name first."


def test_a_row_moved_to_with_the_arrows_is_a_choice_for_f8(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext
) -> None:
    nam = member(empty_ctx, "Lê Văn Nam")
    scan(qtbot, tab, nam.party_card_no)
    qtbot.keyClicks(tab.search, "le van n")  # type: ignore[attr-defined]
    assert tab.selected_item().member.id == nam.id  # type: ignore[union-attr]
    qtbot.keyClick(tab.search, Qt.Key.Key_F8)  # type: ignore[attr-defined]
    assert not marks(empty_ctx)[nam.id].inside
    qtbot.keyClick(tab.search, Qt.Key.Key_F8)  # type: ignore[attr-defined]
    assert tab.feedback.text() == "No member is chosen: type a name first."


def test_the_count_of_matches_shows_while_typing_and_goes_when_one_is_named(
    qtbot: object, tab: AttendanceTab
) -> None:
    qtbot.keyClicks(tab.search, "nguyen")  # type: ignore[attr-defined]
    count = tab.model.rowCount()
    assert count > 2
    assert tab.feedback.text() == f"{count} people match — choose with ↑ ↓"
    assert tab.feedback.property("ok") is None  # a hint, not a refusal
    tab.search.clear()
    qtbot.keyClicks(tab.search, "le van nam")  # type: ignore[attr-defined]
    assert tab.feedback.text() == ""


def test_a_check_in_and_its_undo_read_only_the_member_they_touched(
    qtbot: object, tab: AttendanceTab, empty_ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #16: at the door the screen does not read the whole roster again."""
    nam = member(empty_ctx, "Lê Văn Nam")
    reads: list[object] = []
    list_members, session_attendance = roster.list_members, attendance.session_attendance

    def roster_read(store: object) -> list[MemberRow]:
        reads.append("roster")
        return list_members(store)  # type: ignore[arg-type]

    def marks_read(store: object, sid: object, members: object = None) -> object:
        reads.append(sorted(members) if members is not None else "all")  # type: ignore[call-overload]
        return session_attendance(store, sid, members)  # type: ignore[arg-type]

    monkeypatch.setattr(roster, "list_members", roster_read)
    monkeypatch.setattr(attendance, "session_attendance", marks_read)
    type_and(qtbot, tab, "le van nam", Qt.Key.Key_Return)
    item = tab.model.item_of(nam.id)
    assert item is not None and item.inside
    assert reads == [[nam.id]]
    assert "Lê Văn Nam" not in [
        tab.missing_list.item(r).text() for r in range(tab.missing_list.count())
    ]
    empty_ctx.undo_stack.undo()
    item = tab.model.item_of(nam.id)
    assert item is not None and item.state is AttendanceState.UNMARKED
    assert reads == [[nam.id], [nam.id]]
    assert "Lê Văn Nam" in [
        tab.missing_list.item(r).text() for r in range(tab.missing_list.count())
    ]
