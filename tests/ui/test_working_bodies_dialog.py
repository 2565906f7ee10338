"""The working bodies dialog driven through its keys and clicks, and its undo step.

The presidium and the secretariat (and at a delegates' congress the credentials
committee) are elected by hands at the start (docs/domain/procedure.md "Roles and bodies");
the first of each presides and signs the minutes (docs/domain/documents.md §2).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from secretariat.domain import Body, CongressKind, MemberData, MemberId
from secretariat.services import congress, roster, working_bodies
from tests.ui.test_agenda_tab import type_text
from ui.commands import working_bodies_actions
from ui.context import CongressContext
from ui.dialogs.working_bodies import WorkingBodiesDialog
from ui.i18n import translator
from ui.tabs.agenda import AgendaTab

PRESIDIUM = ["Lê Đình Khải", "Nguyễn Thị Minh Hằng", "Trịnh Văn Tuấn"]  # the demo's
SECRETARIAT = ["Cao Thị Hồng Nhung"]
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    """The assertions read the English source strings, whatever a test before left."""
    translator.install("en")


def names(ctx: CongressContext, body: Body) -> list[str]:
    return [s.name for s in working_bodies.list_seats(ctx.require(), body)]


def member_id(ctx: CongressContext, name: str) -> MemberId:
    return next(m.id for m in roster.list_members(ctx.require()) if m.full_name == name)


def open_dialog(qtbot: Any, ctx: CongressContext) -> WorkingBodiesDialog:
    dialog = WorkingBodiesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def click_ok(qtbot: Any, dialog: WorkingBodiesDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


# --- choosing, ordering, removing --------------------------------------------------------


def test_the_dialog_shows_the_bodies_as_stored_the_first_in_bold(
    qtbot: Any, ctx: CongressContext
) -> None:
    dialog = open_dialog(qtbot, ctx)
    assert list(dialog.editors) == [Body.PRESIDIUM, Body.SECRETARIAT]  # a members' congress
    presidium = dialog.editors[Body.PRESIDIUM]
    assert presidium.names() == PRESIDIUM
    assert presidium.list.item(0).text() == "1. Lê Đình Khải"
    assert presidium.list.item(0).font().bold()
    assert not presidium.list.item(1).font().bold()
    assert dialog.editors[Body.SECRETARIAT].names() == SECRETARIAT
    assert "presides and signs the minutes" in dialog.hint.text()
    assert presidium.picker.hasFocus()


def test_typing_a_name_without_diacritics_and_enter_adds_the_member(
    qtbot: Any, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = warnings(monkeypatch)
    dialog = open_dialog(qtbot, ctx)
    secretariat = dialog.editors[Body.SECRETARIAT]
    secretariat.picker.setFocus()
    qtbot.keyClicks(secretariat.picker, "VU THI lan")
    assert [c.name for c in secretariat.matches(secretariat.picker.text())] == ["Vũ Thị Lan Anh"]
    qtbot.keyClick(secretariat.picker, Qt.Key.Key_Return)
    assert secretariat.names() == [*SECRETARIAT, "Vũ Thị Lan Anh"]
    assert secretariat.list.currentRow() == 1
    assert secretariat.picker.text() == ""
    assert secretariat.picker.hasFocus()
    # Enter in the picker never stands for OK: nothing is written yet.
    assert dialog.isVisible()
    assert names(ctx, Body.SECRETARIAT) == SECRETARIAT
    assert shown == []


def test_typing_with_diacritics_narrows_to_the_exact_spelling(
    qtbot: Any, ctx: CongressContext
) -> None:
    dialog = open_dialog(qtbot, ctx)
    secretariat = dialog.editors[Body.SECRETARIAT]
    # "hang" is inside "Thắng" too; the name with a word beginning so comes first.
    assert [c.name for c in secretariat.matches("hang")] == [
        "Nguyễn Thị Minh Hằng",
        "Nguyễn Đức Thắng",
    ]
    secretariat.picker.setFocus()
    type_text(qtbot, secretariat.picker, "Hằng")
    # Typed with its marks, "Hằng" is no longer inside "Thắng" (issue #19 §1).
    assert [c.name for c in secretariat.matches("Hằng")] == ["Nguyễn Thị Minh Hằng"]
    qtbot.keyClick(secretariat.picker, Qt.Key.Key_Enter)
    assert secretariat.names() == [*SECRETARIAT, "Nguyễn Thị Minh Hằng"]
    # Who is on the list is not offered again.
    assert [c.name for c in secretariat.matches("hang")] == ["Nguyễn Đức Thắng"]


def test_down_offers_the_roster_and_the_arrows_and_enter_choose_in_the_offers(
    qtbot: Any, ctx: CongressContext
) -> None:
    dialog = open_dialog(qtbot, ctx)
    secretariat = dialog.editors[Body.SECRETARIAT]
    secretariat.picker.setFocus()
    qtbot.keyClick(secretariat.picker, Qt.Key.Key_Down)
    popup = secretariat.completer.popup()
    assert popup.isVisible()
    everyone = [m.full_name for m in roster.list_members(ctx.require())]
    assert secretariat.offers.rowCount() == len(everyone) - 1  # not who is chosen already
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert dialog.isVisible()  # Escape closed the offers, not the dialog
    # While the offers show, the keyboard is in them (a popup): ↓ then Enter.
    qtbot.keyClicks(secretariat.picker, "hang")
    assert popup.isVisible()
    # Two match: neither is highlighted, so Enter cannot take one silently.
    assert popup.currentIndex().row() == -1
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert secretariat.names() == SECRETARIAT
    assert secretariat.note.text() == "Several members match: choose one with ↓ and Enter."
    if not popup.isVisible():
        qtbot.keyClick(secretariat.picker, Qt.Key.Key_Down)  # the offers again, first row
    else:
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert popup.isVisible()
    assert popup.currentIndex().row() == 0
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert secretariat.names() == [*SECRETARIAT, "Nguyễn Đức Thắng"]
    assert not popup.isVisible()
    assert dialog.isVisible()


def test_a_name_that_matches_no_one_is_said_and_nothing_is_added(
    qtbot: Any, ctx: CongressContext
) -> None:
    dialog = open_dialog(qtbot, ctx)
    presidium = dialog.editors[Body.PRESIDIUM]
    qtbot.keyClicks(presidium.picker, "zzz")
    qtbot.keyClick(presidium.picker, Qt.Key.Key_Return)
    assert presidium.names() == PRESIDIUM
    assert "No member of the roster matches “zzz”" in presidium.note.text()
    assert presidium.note.property("error")
    assert presidium.picker.text() == "zzz"  # kept, to correct
    presidium.picker.selectAll()
    qtbot.keyClicks(presidium.picker, "quoc viet")
    qtbot.keyClick(presidium.picker, Qt.Key.Key_Return)
    assert presidium.names() == [*PRESIDIUM, "Hoàng Quốc Việt"]
    assert (
        presidium.note.text() == "The first presides over the congress and signs for the presidium."
    )
    assert not presidium.note.property("error")


def test_alt_up_and_down_reorder_delete_removes_in_the_list(
    qtbot: Any, ctx: CongressContext
) -> None:
    dialog = open_dialog(qtbot, ctx)
    presidium = dialog.editors[Body.PRESIDIUM]
    presidium.list.setFocus()
    presidium.list.setCurrentRow(2)  # Trịnh Văn Tuấn
    qtbot.keyClick(presidium.list, Qt.Key.Key_Up, ALT)
    assert presidium.names() == ["Lê Đình Khải", "Trịnh Văn Tuấn", "Nguyễn Thị Minh Hằng"]
    qtbot.keyClick(presidium.list, Qt.Key.Key_Up, ALT)
    assert presidium.names() == ["Trịnh Văn Tuấn", "Lê Đình Khải", "Nguyễn Thị Minh Hằng"]
    assert presidium.list.currentRow() == 0
    assert presidium.list.item(0).text() == "1. Trịnh Văn Tuấn"
    assert presidium.list.item(0).font().bold()
    assert not presidium.up_button.isEnabled()  # already first
    qtbot.keyClick(presidium.list, Qt.Key.Key_Down, ALT)
    assert presidium.names() == ["Lê Đình Khải", "Trịnh Văn Tuấn", "Nguyễn Thị Minh Hằng"]
    qtbot.keyClick(presidium.list, Qt.Key.Key_Delete)
    assert presidium.names() == ["Lê Đình Khải", "Nguyễn Thị Minh Hằng"]
    assert presidium.list.currentRow() == 1  # the next one is selected
    # The buttons do the same with the mouse.
    qtbot.mouseClick(presidium.up_button, Qt.MouseButton.LeftButton)
    assert presidium.names() == ["Nguyễn Thị Minh Hằng", "Lê Đình Khải"]
    qtbot.mouseClick(presidium.remove_button, Qt.MouseButton.LeftButton)
    assert presidium.names() == ["Lê Đình Khải"]
    assert names(ctx, Body.PRESIDIUM) == PRESIDIUM  # nothing written before OK


def test_alt_up_works_right_after_adding_from_the_picker(qtbot: Any, ctx: CongressContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    presidium = dialog.editors[Body.PRESIDIUM]
    qtbot.keyClicks(presidium.picker, "hoang quoc")
    qtbot.keyClick(presidium.picker, Qt.Key.Key_Return)
    qtbot.keyClick(presidium.picker, Qt.Key.Key_Up, ALT)
    assert presidium.names() == [
        "Lê Đình Khải",
        "Nguyễn Thị Minh Hằng",
        "Hoàng Quốc Việt",
        "Trịnh Văn Tuấn",
    ]
    # Delete in the picker edits the text, never the list.
    qtbot.keyClicks(presidium.picker, "ab")
    qtbot.keyClick(presidium.picker, Qt.Key.Key_Home)
    qtbot.keyClick(presidium.picker, Qt.Key.Key_Delete)
    assert presidium.picker.text() == "b"
    assert len(presidium.names()) == 4


def test_the_title_mnemonic_brings_the_keyboard_to_the_picker(
    qtbot: Any, ctx: CongressContext
) -> None:
    dialog = open_dialog(qtbot, ctx)
    qtbot.keyClick(dialog.editors[Body.PRESIDIUM].picker, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: dialog.editors[Body.SECRETARIAT].picker.hasFocus())


# --- OK, undo, redo, Cancel --------------------------------------------------------------


def test_ok_writes_both_bodies_in_one_undo_step_undo_and_redo(
    qtbot: Any, ctx: CongressContext
) -> None:
    dialog = open_dialog(qtbot, ctx)
    presidium = dialog.editors[Body.PRESIDIUM]
    secretariat = dialog.editors[Body.SECRETARIAT]
    presidium.list.setFocus()
    presidium.list.setCurrentRow(1)
    qtbot.keyClick(presidium.list, Qt.Key.Key_Up, ALT)  # Hằng presides
    secretariat.picker.setFocus()
    qtbot.keyClicks(secretariat.picker, "vu thi lan")
    qtbot.keyClick(secretariat.picker, Qt.Key.Key_Return)
    count = ctx.undo_stack.count()
    click_ok(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    new_presidium = ["Nguyễn Thị Minh Hằng", "Lê Đình Khải", "Trịnh Văn Tuấn"]
    new_secretariat = ["Cao Thị Hồng Nhung", "Vũ Thị Lan Anh"]
    assert names(ctx, Body.PRESIDIUM) == new_presidium
    assert names(ctx, Body.SECRETARIAT) == new_secretariat
    assert working_bodies.signer(ctx.require(), Body.PRESIDIUM) == "Nguyễn Thị Minh Hằng"
    assert ctx.undo_stack.count() == count + 1
    assert ctx.undo_stack.undoText() == "Set the working bodies"

    ctx.undo_stack.undo()
    assert names(ctx, Body.PRESIDIUM) == PRESIDIUM
    assert names(ctx, Body.SECRETARIAT) == SECRETARIAT
    ctx.undo_stack.redo()
    assert names(ctx, Body.PRESIDIUM) == new_presidium
    assert names(ctx, Body.SECRETARIAT) == new_secretariat


def test_ctrl_enter_is_ok_and_a_name_typed_but_not_added_goes_in(
    qtbot: Any, ctx: CongressContext
) -> None:
    dialog = open_dialog(qtbot, ctx)
    secretariat = dialog.editors[Body.SECRETARIAT]
    secretariat.picker.setFocus()
    qtbot.keyClicks(secretariat.picker, "pham ngoc son")
    dialog.editors[Body.SECRETARIAT].completer.popup().hide()
    qtbot.keyClick(secretariat.picker, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert names(ctx, Body.SECRETARIAT) == [*SECRETARIAT, "Phạm Ngọc Sơn"]


def test_ok_with_nothing_changed_writes_nothing(qtbot: Any, ctx: CongressContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    count = ctx.undo_stack.count()
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.undo_stack.count() == count


def test_cancel_changes_nothing(qtbot: Any, ctx: CongressContext) -> None:
    dialog = open_dialog(qtbot, ctx)
    presidium = dialog.editors[Body.PRESIDIUM]
    presidium.list.setFocus()
    presidium.list.setCurrentRow(0)
    qtbot.keyClick(presidium.list, Qt.Key.Key_Delete)
    count = ctx.undo_stack.count()
    qtbot.keyClick(presidium.list, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert names(ctx, Body.PRESIDIUM) == PRESIDIUM
    assert ctx.undo_stack.count() == count


def test_a_member_removed_meanwhile_is_refused_shown_and_nothing_written(
    qtbot: Any, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ctx.require()
    newcomer = roster.add_member(store, MemberData("Phan Văn Mới"))
    shown = warnings(monkeypatch)
    dialog = open_dialog(qtbot, ctx)
    presidium = dialog.editors[Body.PRESIDIUM]
    secretariat = dialog.editors[Body.SECRETARIAT]
    qtbot.keyClicks(presidium.picker, "phan van moi")
    qtbot.keyClick(presidium.picker, Qt.Key.Key_Return)
    secretariat.list.setFocus()
    secretariat.list.setCurrentRow(0)
    qtbot.keyClick(secretariat.list, Qt.Key.Key_Delete)
    roster.remove_member(store, newcomer.id)  # at another screen, while the dialog is open
    count = ctx.undo_stack.count()

    click_ok(qtbot, dialog)
    assert shown == ["This record no longer exists (it may have been removed)."]
    assert dialog.isVisible()  # stays open with everything chosen
    assert presidium.names() == [*PRESIDIUM, "Phan Văn Mới"]
    assert names(ctx, Body.PRESIDIUM) == PRESIDIUM  # neither body is written
    assert names(ctx, Body.SECRETARIAT) == SECRETARIAT
    assert ctx.undo_stack.count() == count


def test_the_action_refuses_a_duplicate_and_pushes_nothing(ctx: CongressContext) -> None:
    khai = member_id(ctx, "Lê Đình Khải")
    count = ctx.undo_stack.count()
    with pytest.raises(Exception, match="duplicate"):
        working_bodies_actions.set_bodies(ctx, {Body.PRESIDIUM: [khai, khai]})
    assert ctx.undo_stack.count() == count
    assert names(ctx, Body.PRESIDIUM) == PRESIDIUM


def test_a_delegates_congress_also_elects_its_credentials_committee(
    qtbot: Any, ctx: CongressContext
) -> None:
    store = ctx.require()
    congress.set_info(store, replace(congress.get_info(store), kind=CongressKind.DELEGATES))
    dialog = open_dialog(qtbot, ctx)
    assert list(dialog.editors) == [Body.PRESIDIUM, Body.SECRETARIAT, Body.CREDENTIALS]
    credentials = dialog.editors[Body.CREDENTIALS]
    assert credentials.names() == []
    assert not credentials.remove_button.isEnabled()
    credentials.picker.setFocus()
    for name in ("le van nam", "do thi thu ha"):
        qtbot.keyClicks(credentials.picker, name)
        qtbot.keyClick(credentials.picker, Qt.Key.Key_Return)
    click_ok(qtbot, dialog)
    assert names(ctx, Body.CREDENTIALS) == ["Lê Văn Nam", "Đỗ Thị Thu Hà"]
    ctx.undo_stack.undo()
    assert names(ctx, Body.CREDENTIALS) == []
    assert names(ctx, Body.PRESIDIUM) == PRESIDIUM


# --- the agenda tab opens it -------------------------------------------------------------


def test_the_agenda_tab_opens_the_dialog_with_ctrl_shift_b_and_its_button(
    qtbot: Any, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[WorkingBodiesDialog] = []

    def run(dialog: WorkingBodiesDialog) -> int:
        opened.append(dialog)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(WorkingBodiesDialog, "exec", run)
    tab = AgendaTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.table.setFocus()
    try:
        assert "Ctrl+Shift+B" in tab.bodies_button.text()
        qtbot.keyClick(tab.table, Qt.Key.Key_B, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert len(opened) == 1
        assert opened[0].parent() is tab
        assert tab.table.hasFocus()
        qtbot.mouseClick(tab.bodies_button, Qt.MouseButton.LeftButton)
        assert len(opened) == 2
    finally:
        tab.clock_timer.stop()
