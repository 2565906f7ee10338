"""The minutes tab driven through its keys and buttons, on the demo congress."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from secretariat import demo
from secretariat.domain import AgendaItemData
from secretariat.services import agenda, closing, minutes, speeches, votes
from tests.core.conftest import FakeClock
from ui.context import CongressContext
from ui.dialogs.closing import ReopenDialog
from ui.i18n import translator
from ui.projector import HallView, ProjectorController
from ui.tabs.minutes import (
    FIX_TAB,
    HALL_TITLE,
    MinutesTab,
    compare_html,
    hall_paragraphs,
    missing_text,
)
from ui.tabs.votes import VotesTab

ADDED = "Dai hoi nhat tri cao voi bao cao."  # typed as keys
ACCENTED = " Đồng chí Khải kết luận."  # typed through the input method


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    translator.install("en")


@pytest.fixture
def controller(ctx: CongressContext) -> Iterator[ProjectorController]:
    ctrl = ProjectorController(ctx)
    yield ctrl
    ctrl.shutdown()


def reading(controller: ProjectorController) -> bool:
    return controller.is_reading


def mode(hall: HallView) -> str:
    return hall.mode  # calls: mypy does not narrow them between assertions


def tab_reading(tab: MinutesTab) -> bool:
    return tab.is_reading


def show(qtbot: Any, ctx: CongressContext, projector: Any = None) -> MinutesTab:
    ctx.require().clock = FakeClock(demo.MOMENT)
    tab = MinutesTab(ctx, projector=projector)
    qtbot.addWidget(tab)
    tab.resize(1366, 768)
    tab.show()
    qtbot.waitExposed(tab)
    activate(qtbot, tab)
    tab.tree.setFocus()
    return tab


def activate(qtbot: Any, window: QWidget) -> None:
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot: Any, tab: QWidget, widget: QWidget, which: Qt.Key, modifier: Any = None) -> None:
    activate(qtbot, tab)
    qtbot.keyClick(widget, which, modifier or Qt.KeyboardModifier.NoModifier)


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """ASCII as keys; accented letters as a Vietnamese input method sends them (with text)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def item_key(ctx: CongressContext, code: str) -> str:
    item = next(i for i in agenda.list_items(ctx.require()) if i.code == code)
    return f"{minutes.ITEM_PREFIX}{item.id}"


def state_cell(tab: MinutesTab, key: str) -> str:
    for index in range(tab.tree.topLevelItemCount()):
        item = tab.tree.topLevelItem(index)
        assert item is not None
        if item.data(0, Qt.ItemDataRole.UserRole) == key:
            return item.text(1)
    raise AssertionError(key)


def type_at_end(qtbot: Any, tab: MinutesTab, text: str) -> None:
    tab.editor.setFocus()
    press(qtbot, tab, tab.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, tab, tab.editor, Qt.Key.Key_Return)
    type_text(qtbot, tab.editor, text)


def test_edit_by_keys_survives_regeneration_revert_and_undo(
    qtbot: Any, ctx: CongressContext
) -> None:
    store = ctx.require()
    tab = show(qtbot, ctx)
    key = item_key(ctx, "discussion")
    tab.select_section(key)
    assert tab.selected_key() == key
    generated = minutes.section(store, key).text
    assert tab.editor.toPlainText() == generated
    assert state_cell(tab, key) == "generated"
    depth = ctx.undo_stack.count()

    # Typing is one edit, stored by Ctrl+Enter as one undo step.
    type_at_end(qtbot, tab, ADDED + ACCENTED)
    assert not minutes.section(store, key).edited  # not yet: still typing
    press(qtbot, tab, tab.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    edited = minutes.section(store, key)
    assert edited.edited and not edited.stale
    assert edited.text == f"{generated}\n{ADDED}{ACCENTED}"
    assert ctx.undo_stack.count() == depth + 1
    assert state_cell(tab, key) == "✎ edited"
    assert tab.state_label.text() == "✎ edited"
    assert tab.editor.hasFocus()  # the keyboard stays in the text

    # Another tab changes another section: it is regenerated, the edit stays as it is.
    wb = next(i for i in agenda.list_items(store) if i.code == "working_bodies")
    agenda.update_item(
        store,
        wb.id,
        AgendaItemData(
            title=wb.title,
            presenter=wb.presenter,
            planned_minutes=wb.planned_minutes,
            needs_vote=wb.needs_vote,
            notes="Thư ký đại hội: đồng chí Cao Thị Hồng Nhung.",
            code=wb.code,
        ),
    )
    assert "Cao Thị Hồng Nhung" in minutes.section(store, f"item:{wb.id}").text
    assert minutes.section(store, key) == edited
    assert tab.editor.toPlainText().endswith(ACCENTED)
    assert state_cell(tab, key) == "✎ edited"

    # The data under the edit changes (a summary written on the speeches tab): stale.
    spoken = next(s for s in speeches.all_speeches(store) if s.summary == "" and s.started_at)
    speeches.edit(store, spoken.id, summary="Đề nghị làm rõ giải pháp.")
    stale = minutes.section(store, key)
    assert stale.stale and stale.text == edited.text
    assert state_cell(tab, key) == "⚠ edited, data changed since"
    assert tab.compare_box.isVisible()
    assert "Đề nghị làm rõ giải pháp;" in tab.compare_view.toPlainText()
    assert "Your edit of “IX. Thảo luận”" in tab.check_label.text()
    assert tab.confirm_button.isVisible()

    # Ctrl+Shift+R: back to the regenerated text, which now holds the summary.
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, tab, tab.editor, Qt.Key.Key_R, modifiers)
    reverted = minutes.section(store, key)
    assert not reverted.edited
    assert tab.editor.toPlainText() == reverted.generated_text
    assert "Đề nghị làm rõ giải pháp;" in tab.editor.toPlainText()
    assert state_cell(tab, key) == "generated"
    assert not tab.compare_box.isVisible()

    # Undo brings the edit back exactly (still stale); redo reverts again.
    ctx.undo_stack.undo()
    assert minutes.section(store, key) == stale
    assert tab.editor.toPlainText() == stale.text
    ctx.undo_stack.redo()
    assert not minutes.section(store, key).edited
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()  # the summary (a service call, not on the stack) stays; the edit goes
    assert not minutes.section(store, key).edited
    assert tab.editor.toPlainText() == minutes.section(store, key).generated_text


def test_leaving_the_section_or_pausing_keeps_the_text(qtbot: Any, ctx: CongressContext) -> None:
    store = ctx.require()
    tab = show(qtbot, ctx)
    key = minutes.GUESTS
    tab.select_section(key)
    type_at_end(qtbot, tab, "- Dong chi Tran Van Nam, Bi thu Dang uy xa;")
    # The keyboard goes back to the list: the edit is stored as it leaves the editor.
    tab.tree.setFocus()
    assert minutes.section(store, key).text.endswith("- Dong chi Tran Van Nam, Bi thu Dang uy xa;")
    # Down in the list moves to the next section; the editor follows it.
    press(qtbot, tab, tab.tree, Qt.Key.Key_Down)
    assert tab.selected_key() != key
    # A pause in typing stores the edit too.
    opening = minutes.OPENING
    tab.select_section(opening)
    type_at_end(qtbot, tab, "Chu tri: dong chi Le Dinh Khai.")
    qtbot.waitUntil(lambda: minutes.section(store, opening).edited, timeout=4000)
    assert minutes.section(store, opening).text.endswith("Chu tri: dong chi Le Dinh Khai.")
    assert tab.editor.hasFocus()


class Boxes:
    """QMessageBox.question / information / warning answered and remembered."""

    def __init__(self, monkeypatch: Any, answer: QMessageBox.StandardButton) -> None:
        self.asked: list[str] = []
        self.told: list[str] = []
        self.warned: list[str] = []

        def question(_parent: object, _title: str, text: str, *_a: object) -> object:
            self.asked.append(text)
            return answer

        def information(_parent: object, _title: str, text: str, *_a: object) -> None:
            self.told.append(text)

        def warning(_parent: object, _title: str, text: str, *_a: object) -> None:
            self.warned.append(text)

        monkeypatch.setattr(QMessageBox, "question", question)
        monkeypatch.setattr(QMessageBox, "information", information)
        monkeypatch.setattr(QMessageBox, "warning", warning)


def test_read_back_on_the_projector_scrolls_by_key(
    qtbot: Any, ctx: CongressContext, controller: ProjectorController
) -> None:
    tab = show(qtbot, ctx, controller)
    hall = controller.hall
    press(qtbot, tab, tab.tree, Qt.Key.Key_F10)
    assert reading(controller)
    assert hall.mode == "reading"
    assert hall.reading_title == HALL_TITLE
    assert tab.right_stack.currentWidget() is tab.read_panel
    assert tab.read_panel.hasFocus()
    paragraphs, _, starts = hall_paragraphs(minutes.generate(ctx.require()))
    assert hall.text_shown[0] == paragraphs[0][: len(hall.text_shown[0])]
    visible, total = hall.text_visible_lines, hall.text_line_count
    assert 1 < visible < total
    panel = tab.read_panel
    press(qtbot, tab, panel, Qt.Key.Key_PageDown)
    assert hall.text_first_line == visible - 1  # a screenful on, one line kept
    press(qtbot, tab, panel, Qt.Key.Key_Space)
    assert hall.text_first_line == 2 * (visible - 1)
    press(qtbot, tab, panel, Qt.Key.Key_Down)
    assert hall.text_first_line == 2 * (visible - 1) + 1
    press(qtbot, tab, panel, Qt.Key.Key_Up)
    press(qtbot, tab, panel, Qt.Key.Key_PageUp)
    assert hall.text_first_line == visible - 1
    assert f"Lines {visible}–" in panel.position_label.text()
    # The preview in the tab shows the same place as the hall.
    assert panel.preview is not None
    assert panel.preview.hall.text_first_line == hall.text_first_line
    press(qtbot, tab, panel, Qt.Key.Key_End)
    assert hall.text_first_line == total - visible
    assert hall.text_shown[-1] in paragraphs[-1]
    press(qtbot, tab, panel, Qt.Key.Key_PageDown)
    assert hall.text_first_line == total - visible  # nothing beyond the end
    press(qtbot, tab, panel, Qt.Key.Key_Home)
    assert hall.text_first_line == 0
    # In the list too, the keys scroll the hall; choosing a section takes the hall there.
    press(qtbot, tab, tab.tree, Qt.Key.Key_PageDown)
    assert hall.text_first_line == visible - 1
    assert tab.selected_key() == minutes.OPENING  # the list did not move
    tab.select_section(minutes.GUESTS)
    assert hall.text_shown[0] == "Đại biểu khách mời"
    assert hall.text_area.lines[hall.text_first_line][1]  # set as a heading
    assert hall.text_first_line == hall.text_area.starts[starts[minutes.GUESTS]]
    press(qtbot, tab, panel, Qt.Key.Key_Home)
    # A change of the data while reading: the hall follows, at the same place.
    press(qtbot, tab, panel, Qt.Key.Key_PageDown)
    store = ctx.require()
    spoken = next(s for s in speeches.all_speeches(store) if s.summary == "" and s.started_at)
    speeches.edit(store, spoken.id, summary="Đề nghị làm rõ giải pháp.")
    assert hall.text_first_line == visible - 1
    assert any("Đề nghị làm rõ giải pháp;" in p for p in hall.text_area.text.paragraphs)
    # Shift+F10 takes the minutes off; the editor comes back.
    press(qtbot, tab, panel, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert not reading(controller)
    assert mode(hall) != "reading"
    assert tab.right_stack.currentIndex() == 0
    # Another screen's result panel replaces the minutes: the tab stops reading.
    press(qtbot, tab, tab.tree, Qt.Key.Key_F10)
    assert tab_reading(tab)
    controller.show_message("Kết quả biểu quyết", ["Tán thành: 23/24"])
    assert mode(hall) == "message"
    assert not tab_reading(tab)
    assert tab.right_stack.currentIndex() == 0


def test_close_refuses_edits_elsewhere_and_reopen_needs_a_reason(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any
) -> None:
    store = ctx.require()
    tab = show(qtbot, ctx)
    assert not tab.banner.isVisible()
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.select_section(minutes.GUESTS)
    type_at_end(qtbot, tab, "- Dong chi Tran Van Nam;")
    assert ctx.undo_stack.count() == 0
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    # What was typed was kept first; then the question said what closing does.
    assert minutes.section(store, minutes.GUESTS).edited
    assert "frozen" in boxes.asked[0] and "reopen" in boxes.asked[0]
    assert closing.is_closed(store)
    assert ctx.undo_stack.count() == 0  # a frozen record cannot replay the undo history
    fingerprint = closing.fingerprint(store)
    assert tab.banner.isVisible()
    assert fingerprint in tab.banner_label.text()
    assert "closed" in tab.banner_label.text()
    assert tab.editor.isReadOnly()
    assert not tab.save_button.isEnabled() and not tab.close_button.isVisible()
    assert fingerprint in tab.feedback.text()

    # Another tab's edit is refused by the core and worded for the secretary.
    votes_tab = VotesTab(ctx)
    qtbot.addWidget(votes_tab)
    votes_tab.show()
    qtbot.waitExposed(votes_tab)
    activate(qtbot, votes_tab)
    pending = next(v for v in votes.list_votes(store) if not v.held)
    votes_tab.select_vote(pending.id)
    votes_tab.table.setFocus()
    qtbot.keyClick(votes_tab.table, Qt.Key.Key_F7)
    assert not votes.get_vote(store, pending.id).held
    assert votes_tab.feedback.property("ok") is False
    assert "The congress is closed and its record frozen" in votes_tab.feedback.text()
    votes_tab.close()

    # Reopen: the reason is required and kept in the journal.
    activate(qtbot, tab)
    reasons: list[ReopenDialog] = []

    def fill(dialog: ReopenDialog) -> int:
        reasons.append(dialog)
        assert not dialog.ok_button().isEnabled()  # no reason yet
        dialog.reason_edit.setPlainText("Sửa tên đại biểu ghi sai")
        assert dialog.ok_button().isEnabled()
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ReopenDialog, "exec", fill)
    qtbot.mouseClick(tab.reopen_button, Qt.MouseButton.LeftButton)
    assert reasons
    assert not closing.is_closed(store)
    assert closing.reopenings(store)[-1].reason == "Sửa tên đại biểu ghi sai"
    assert not tab.banner.isVisible()
    assert not tab.editor.isReadOnly()
    assert "reopened 1 time" in tab.fingerprint_label.toolTip().lower()
    assert tab.feedback.property("ok") is True


def test_dossier_is_written_to_the_chosen_folder(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any, tmp_path: Path
) -> None:
    tab = show(qtbot, ctx)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.No)
    where = tmp_path / "out"
    where.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(where))
    qtbot.mouseClick(tab.dossier_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.last_dossier is not None, timeout=120_000)
    target = where / tab.dossier_name()
    assert tab.last_dossier == target
    names = {p.name for p in target.iterdir()}
    assert {"00-muc-luc-ho-so.txt", "luu-tru-dai-hoi.json", "nhat-ky-thay-doi.csv"} <= names
    assert any(n.endswith("bien-ban-dai-hoi.docx") for n in names)
    assert any(n.endswith("bien-ban-dai-hoi.pdf") for n in names)
    assert str(target) in boxes.told[0]
    assert str(len(names)) in boxes.told[0]
    assert str(target) in tab.status_label.text()
    tab.wait_for_jobs()
    qtbot.waitUntil(lambda: tab.dossier_button.isEnabled())
    # Again to the same place: asked first; "No" leaves the first dossier as it is.
    qtbot.mouseClick(tab.dossier_button, Qt.MouseButton.LeftButton)
    assert "already exists" in boxes.asked[0]
    assert tab._worker is None


def test_dossier_failure_is_named(
    qtbot: Any, ctx: CongressContext, monkeypatch: Any, tmp_path: Path
) -> None:
    tab = show(qtbot, ctx)
    boxes = Boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    target = tmp_path / "ho-so.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))

    def refuse(*_a: object, **_k: object) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("ui.tabs.minutes.dossier.write_dossier", refuse)
    tab.zip_check.setChecked(True)
    qtbot.mouseClick(tab.dossier_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(boxes.warned), timeout=10_000)
    assert str(target) in boxes.warned[0]
    assert "Permission denied" in boxes.warned[0]
    assert not target.exists()
    assert tab.last_dossier is None
    assert tab.dossier_button.isEnabled()


def test_words_of_the_check_and_the_compare(ctx: CongressContext) -> None:
    gaps = {g.code: g for g in minutes.completeness(ctx.require())}
    assert missing_text(gaps["no_superior_address"]) == (
        "The superior representative's address is not recorded"
    )
    assert missing_text(gaps["unmarked_members"]) == "2 member(s) not marked present or absent"
    html = compare_html("Có 5 ý kiến.\nĐại hội nhất trí.", "Có 6 ý kiến.")
    assert "line-through" in html and "Đại hội nhất trí." in html
    assert "6" in html and "Có " in html


def test_every_gap_the_core_names_is_worded_and_has_a_place() -> None:
    source = Path(minutes.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'Missing\("([a-z_]+)"', source))
    assert "stale_edit" in codes and "no_superior_address" in codes
    for code in codes:
        text = missing_text(minutes.Missing(code, "X"))
        assert not text.startswith("Something is missing"), code
        assert code == "stale_edit" or code in FIX_TAB, code


def test_hidden_tab_waits_to_build_but_the_menu_follows_closing(
    qtbot: Any, ctx: CongressContext
) -> None:
    """Not shown: no minutes built at open or per change; close / reopen still follow."""
    tab = MinutesTab(ctx)
    qtbot.addWidget(tab)
    assert tab.tree.topLevelItemCount() == 0  # built when first shown
    assert tab.close_action.isEnabled() and not tab.reopen_action.isEnabled()
    closing.close_congress(ctx.require())
    assert tab.reopen_action.isEnabled() and not tab.close_action.isEnabled()
    tab.show()
    assert tab.tree.topLevelItemCount() > 0
