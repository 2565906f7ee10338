"""The agenda tab driven through its keys, clicks and dialog, on a fake clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from secretariat import demo
from secretariat.domain import AgendaItemId, AgendaItemRow
from secretariat.services import agenda, speeches
from tests.core.conftest import FakeClock
from ui.commands import agenda_actions
from ui.context import CongressContext
from ui.i18n import translator
from ui.models.agenda_model import (
    COL_ACTUAL,
    COL_NUMBER,
    COL_PLANNED_START,
    COL_TITLE,
    COL_VOTE,
    ID_ROLE,
    MIME_TYPE,
    STATE_ROLE,
    AgendaModel,
    headers,
)
from ui.tabs.agenda import AgendaItemDialog, AgendaTab

DAY = datetime(2020, 6, 15)
SESSION_START = datetime(2020, 6, 15, 7, 30)  # the demo's official session, 2 h 15 before 9:45


# --- helpers ---------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def english(qapp: object) -> None:
    """The assertions read the English source strings, whatever a test before left."""
    translator.install("en")


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type like a Vietnamese keyboard: ASCII as keys, accented letters from the IME."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)


def items(ctx: CongressContext) -> list[AgendaItemRow]:
    return agenda.list_items(ctx.require())


def show(qtbot: Any, ctx: CongressContext) -> AgendaTab:
    tab = AgendaTab(ctx)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.table.setFocus()
    return tab


@pytest.fixture
def clock(empty_ctx: CongressContext) -> FakeClock:
    fake = FakeClock(SESSION_START)
    empty_ctx.require().clock = fake
    return fake


@pytest.fixture
def fresh(qtbot: Any, empty_ctx: CongressContext, clock: FakeClock) -> Iterator[AgendaTab]:
    """The demo congress with its default programme, nothing started yet, at 07:30."""
    assert all(i.started_at is None for i in items(empty_ctx))
    tab = show(qtbot, empty_ctx)
    yield tab
    tab.clock_timer.stop()


@pytest.fixture
def live(qtbot: Any, ctx: CongressContext) -> Iterator[AgendaTab]:
    """The demo congress at its moment: the discussion (item 9) under way since 09:12."""
    ctx.require().clock = FakeClock(demo.MOMENT)
    tab = show(qtbot, ctx)
    yield tab
    tab.clock_timer.stop()


def key(qtbot: Any, tab: AgendaTab, which: Qt.Key, modifier: Any = None) -> None:
    """Press a key in the table, the tab's window active (as after a dialog closes)."""
    if QApplication.activeWindow() is not tab:
        tab.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    assert tab.table.hasFocus()
    qtbot.keyClick(tab.table, which, modifier or Qt.KeyboardModifier.NoModifier)


def click_row(qtbot: Any, tab: AgendaTab, row: int) -> None:
    rect = tab.table.visualRect(tab.model.index(row, COL_TITLE))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def fake_exec(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, fill: Callable[[AgendaItemDialog], None]
) -> list[AgendaItemDialog]:
    """Replace the modal loop: show the real dialog, let ``fill`` use it, return its result."""
    opened: list[AgendaItemDialog] = []

    def run(dialog: AgendaItemDialog) -> int:
        opened.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(AgendaItemDialog, "exec", run)
    return opened


def answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


# --- the model alone ---------------------------------------------------------------------


def row(n: int, minutes: int, start: str | None = None, end: str | None = None) -> AgendaItemRow:
    def at(text: str | None) -> datetime | None:
        return datetime.fromisoformat(f"2020-06-15T{text}") if text else None

    return AgendaItemRow(
        title=f"Mục {n}",
        planned_minutes=minutes,
        needs_vote=n == 2,
        id=AgendaItemId(100 + n),
        position=n,
        started_at=at(start),
        ended_at=at(end),
    )


def test_model_shows_the_plan_and_the_actual_times(qapp: object) -> None:
    model = AgendaModel()
    model.set_rows([row(1, 5, "07:32", "07:37"), row(2, 10, "07:37"), row(3, 5)], SESSION_START)

    def cell(r: int, c: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.index(r, c).data(role)

    assert headers()[COL_ACTUAL] == "Actual start–end"
    assert [cell(r, COL_PLANNED_START) for r in range(3)] == ["07:30", "07:35", "07:45"]
    assert [cell(r, COL_ACTUAL) for r in range(3)] == ["07:32 – 07:37", "07:37 – …", ""]
    assert [cell(r, COL_VOTE) for r in range(3)] == ["", "✓", ""]
    assert [cell(r, 0, STATE_ROLE) for r in range(3)] == ["done", "current", "pending"]
    assert cell(1, COL_NUMBER) == "▶ 2" and cell(1, COL_TITLE, ID_ROLE) == 102
    assert cell(1, COL_TITLE, Qt.ItemDataRole.FontRole).bold()
    assert cell(1, COL_TITLE, Qt.ItemDataRole.BackgroundRole) is not None
    assert cell(0, COL_TITLE, Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert cell(2, COL_TITLE, Qt.ItemDataRole.BackgroundRole) is None
    # Without a session start the plan hangs on the first actual start.
    model.set_rows([row(1, 5, "07:32"), row(2, 10)], None)
    assert cell(1, COL_PLANNED_START) == "07:37"
    model.set_rows([row(1, 5), row(2, 10)], None)
    assert cell(0, COL_PLANNED_START) == ""


def test_model_drop_calls_back_with_the_move_position(qapp: object) -> None:
    moves: list[tuple[int, int]] = []
    model = AgendaModel(move=lambda item_id, position: moves.append((item_id, position)))
    model.set_rows([row(n, 5) for n in range(1, 6)], SESSION_START)
    data = model.mimeData([model.index(1, c) for c in range(3)])  # item 2
    move = Qt.DropAction.MoveAction
    assert model.canDropMimeData(data, move, 4, 0, QModelIndex())
    assert model.dropMimeData(data, move, 4, 0, QModelIndex())  # before item 5
    assert model.dropMimeData(data, move, 0, 0, QModelIndex())  # before item 1
    assert model.dropMimeData(data, move, -1, 0, QModelIndex())  # after the last
    assert model.dropMimeData(data, move, -1, -1, model.index(2, 0))  # onto item 3
    assert moves == [(102, 4), (102, 1), (102, 5), (102, 3)]
    alien = QMimeData()
    alien.setData(MIME_TYPE, b"999")
    assert not model.canDropMimeData(alien, move, 0, 0, QModelIndex())
    assert not model.dropMimeData(alien, move, 0, 0, QModelIndex())
    assert len(moves) == 4


# --- running the programme ---------------------------------------------------------------


def test_f5_stamps_exact_times_and_undo_redo_restore_them(
    qtbot: Any, fresh: AgendaTab, empty_ctx: CongressContext, clock: FakeClock
) -> None:
    tab, ctx = fresh, empty_ctx
    assert tab.now_label.text() == "Not started"
    assert tab.next_label.text() == "Next: 1. Chào cờ (Quốc ca, Quốc tế ca)"
    states = [items(ctx)]
    clock.advance(2)  # 07:32
    key(qtbot, tab, Qt.Key.Key_F5)
    states.append(items(ctx))
    clock.advance(6)  # 07:38
    key(qtbot, tab, Qt.Key.Key_F5)
    states.append(items(ctx))
    clock.advance(11)  # 07:49
    key(qtbot, tab, Qt.Key.Key_F5)
    states.append(items(ctx))

    first, second, third, fourth = items(ctx)[:4]
    assert (first.started_at, first.ended_at) == (
        DAY.replace(hour=7, minute=32),
        DAY.replace(hour=7, minute=38),
    )
    assert (second.started_at, second.ended_at) == (
        DAY.replace(hour=7, minute=38),
        DAY.replace(hour=7, minute=49),
    )
    assert third.started_at == DAY.replace(hour=7, minute=49) and third.ended_at is None
    assert fourth.started_at is None
    # The selection followed the programme: the notes field is the third item's.
    assert tab.selected_id() == third.id
    assert tab.model.index(2, COL_ACTUAL).data() == "07:49 – …"
    assert tab.model.index(0, COL_ACTUAL).data() == "07:32 – 07:38"
    assert "3. Thông qua chương trình" in tab.feedback.text()

    clock.advance(2.5)  # 07:51:30
    tab.tick()
    assert tab.now_label.text().startswith("Now: 3. Thông qua chương trình")
    assert tab.elapsed_label.text() == "2:30"
    assert tab.elapsed_caption.text() == "elapsed of 5 min planned"
    # Planned at 07:45 (07:30 + 5 + 10), started 07:49: four minutes late.
    assert tab.drift_label.text() == "4 min behind plan"
    assert tab.drift_label.property("drift") == "behind"
    assert tab.progress_label.text() == "2 of 16 items done"
    assert tab.next_label.text().startswith("Next: 4. Diễn văn khai mạc")
    clock.advance(3.5)  # 07:55: the 5 minutes are over
    tab.tick()
    assert tab.elapsed_label.text() == "6:00"
    assert tab.drift_label.text() == "5 min behind plan"

    for expected in reversed(states[:-1]):
        ctx.undo_stack.undo()
        assert items(ctx) == expected
    assert tab.now_label.text() == "Not started"
    for expected in states[1:]:
        ctx.undo_stack.redo()
        assert items(ctx) == expected
    assert ctx.undo_stack.undoText().startswith("Start agenda item")


def test_drift_ahead_on_time_and_shift_f5(
    qtbot: Any, fresh: AgendaTab, empty_ctx: CongressContext, clock: FakeClock
) -> None:
    tab, ctx = fresh, empty_ctx
    tab.tick()
    assert tab.drift_label.text() == "On time"
    assert tab.drift_label.property("drift") == "on_time"
    key(qtbot, tab, Qt.Key.Key_F5)  # 07:30 sharp
    clock.advance(2)
    key(qtbot, tab, Qt.Key.Key_F5)  # item 1 done in 2 of its 5 minutes
    clock.advance(1)
    before = items(ctx)
    key(qtbot, tab, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)  # 07:33: item 2 ends
    after = items(ctx)
    assert after[1].ended_at == DAY.replace(hour=7, minute=33)
    assert after[2].started_at is None
    tab.tick()
    assert tab.now_label.text() == "No item under way"
    # Item 2 was planned to end at 07:45 and ended at 07:33.
    assert tab.drift_label.text() == "12 min ahead"
    assert tab.drift_label.property("drift") == "ahead"
    assert not tab.end_action.isEnabled()
    ctx.undo_stack.undo()
    assert items(ctx) == before
    ctx.undo_stack.redo()
    assert items(ctx) == after


def test_f5_after_the_last_item_is_refused_in_red(
    qtbot: Any, fresh: AgendaTab, empty_ctx: CongressContext
) -> None:
    tab, ctx = fresh, empty_ctx
    for _ in range(17):  # 16 starts, then the last one ends
        key(qtbot, tab, Qt.Key.Key_F5)
    assert all(i.ended_at for i in items(ctx))
    assert tab.now_label.text() == "All items done"
    assert not tab.start_action.isEnabled()
    count = ctx.undo_stack.count()
    tab.start_next()  # the button is disabled; called directly it is refused
    assert tab.feedback.property("ok") is False
    assert "no next item" in tab.feedback.text()
    assert ctx.undo_stack.count() == count


def test_demo_status_panel_at_its_moment(live: AgendaTab) -> None:
    tab = live
    assert tab.now_label.text() == "Now: 9. Thảo luận"
    assert tab.elapsed_label.text() == "33:00"  # since 09:12
    # Planned 09:05–09:35; at 09:45 the discussion overruns by ten minutes.
    assert tab.drift_label.text() == "10 min behind plan"
    assert tab.progress_label.text() == "8 of 16 items done"
    assert tab.next_label.text() == ("Next: 10. Phát biểu chỉ đạo của đại diện cấp ủy cấp trên")
    assert tab.detail_label.text() == "Started at 09:12 · planned 30 min"
    selected = tab.selected_row()
    assert selected is not None and selected.code == "discussion"
    assert tab.notes_item_label.text() == "9. Thảo luận"


# --- editing the programme ---------------------------------------------------------------


def test_ctrl_down_and_up_move_and_undo_redo(
    qtbot: Any, fresh: AgendaTab, empty_ctx: CongressContext
) -> None:
    tab, ctx = fresh, empty_ctx
    click_row(qtbot, tab, 0)
    moved = tab.selected_id()
    before = items(ctx)
    key(qtbot, tab, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    after = items(ctx)
    assert [i.id for i in after[:2]] == [before[1].id, moved]
    assert [i.position for i in after] == list(range(1, 17))
    assert tab.selected_id() == moved  # the selection went with it
    ctx.undo_stack.undo()
    assert items(ctx) == before
    assert tab.selected_id() == moved
    ctx.undo_stack.redo()
    assert items(ctx) == after
    key(qtbot, tab, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert items(ctx) == before
    count = ctx.undo_stack.count()
    key(qtbot, tab, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # already first
    assert ctx.undo_stack.count() == count and items(ctx) == before


def test_a_drop_on_the_table_moves_the_item_undoably(
    qtbot: Any, fresh: AgendaTab, empty_ctx: CongressContext
) -> None:
    tab, ctx = fresh, empty_ctx
    before = items(ctx)
    click_row(qtbot, tab, 0)
    data = tab.model.mimeData([tab.model.index(0, 0)])
    # The upper edge of the fourth row: the item lands before item 4, third place.
    rect = tab.table.visualRect(tab.model.index(3, COL_TITLE))
    where = QPointF(QPoint(rect.center().x(), rect.top() + 1))
    event = QDropEvent(
        where,
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # QApplication delivers only a real drag's drop to a widget; the viewport hands
    # it to the view's dropEvent, as here.
    tab.table.dropEvent(event)
    assert event.isAccepted()
    after = items(ctx)
    assert [i.id for i in after[:4]] == [before[1].id, before[2].id, before[0].id, before[3].id]
    assert tab.selected_id() == before[0].id
    ctx.undo_stack.undo()
    assert items(ctx) == before


def test_insert_adds_through_the_dialog_delete_removes_undo_restores(
    qtbot: Any, fresh: AgendaTab, empty_ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, ctx = fresh, empty_ctx
    click_row(qtbot, tab, 1)  # after item 2

    def fill(dialog: AgendaItemDialog) -> None:
        assert dialog.title_edit.hasFocus()
        type_text(qtbot, dialog.title_edit, "Trao quà lưu niệm")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.presenter_edit
        type_text(qtbot, dialog.presenter_edit, "Đồng chí Lê Đình Khải")
        qtbot.keyClick(dialog.presenter_edit, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.minutes_spin
        qtbot.keyClick(dialog.minutes_spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.minutes_spin, "7")
        qtbot.keyClick(dialog.minutes_spin, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.vote_check
        qtbot.keyClick(dialog.vote_check, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.vote_check, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.notes_edit
        type_text(qtbot, dialog.notes_edit, "Tặng hoa")
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    opened = fake_exec(qtbot, monkeypatch, fill)
    before = items(ctx)
    key(qtbot, tab, Qt.Key.Key_Insert)
    assert len(opened) == 1 and opened[0].windowTitle() == "Add agenda item"
    added = items(ctx)
    new = added[2]
    assert (new.title, new.presenter, new.planned_minutes, new.needs_vote, new.notes) == (
        "Trao quà lưu niệm",
        "Đồng chí Lê Đình Khải",
        7,
        True,
        "Tặng hoa",
    )
    assert [i.id for i in added if i.id != new.id] == [i.id for i in before]
    assert tab.selected_id() == new.id
    assert ctx.undo_stack.undoText() == "Add agenda item Trao quà lưu niệm"

    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    key(qtbot, tab, Qt.Key.Key_Delete)
    assert "Trao quà lưu niệm" in asked[0] and items(ctx) == added
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    key(qtbot, tab, Qt.Key.Key_Delete)
    assert items(ctx) == before
    ctx.undo_stack.undo()  # the removal
    assert items(ctx) == added  # same id, same place, same everything
    ctx.undo_stack.undo()  # the addition
    assert items(ctx) == before
    ctx.undo_stack.redo()
    assert items(ctx) == added
    ctx.undo_stack.redo()
    assert items(ctx) == before


def test_removing_an_item_with_speeches_says_so_and_undo_brings_them_back(
    qtbot: Any, live: AgendaTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = live
    discussion = tab.selected_row()
    assert discussion is not None
    queue = speeches.queue(ctx.require(), discussion.id)
    before = items(ctx)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.remove_button.click()
    assert "6 registered speech(es)" in asked[0]
    assert discussion.id not in [i.id for i in items(ctx)]
    ctx.undo_stack.undo()
    assert items(ctx) == before
    assert speeches.queue(ctx.require(), discussion.id) == queue


def test_f2_edits_in_the_prefilled_dialog_and_undo_restores(
    qtbot: Any, fresh: AgendaTab, empty_ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab, ctx = fresh, empty_ctx
    click_row(qtbot, tab, 5)  # the political report

    def fill(dialog: AgendaItemDialog) -> None:
        assert dialog.windowTitle() == "Edit agenda item"
        assert dialog.title_edit.text() == "Báo cáo chính trị"
        assert dialog.minutes_spin.value() == 30
        dialog.minutes_spin.selectAll()
        qtbot.keyClicks(dialog.minutes_spin, "40")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)  # OK is the default button

    fake_exec(qtbot, monkeypatch, fill)
    before = items(ctx)
    key(qtbot, tab, Qt.Key.Key_F2)
    after = items(ctx)
    assert after[5].planned_minutes == 40 and after[5].code == "political_report"
    assert tab.model.index(6, COL_PLANNED_START).data() == "08:45"  # 08:05 + 40
    ctx.undo_stack.undo()
    assert items(ctx) == before
    # A dialog closed without a change pushes nothing.
    fake_exec(qtbot, monkeypatch, lambda d: qtbot.keyClick(d.title_edit, Qt.Key.Key_Return))
    count = ctx.undo_stack.count()
    key(qtbot, tab, Qt.Key.Key_Return)
    assert ctx.undo_stack.count() == count


def test_the_dialog_shows_a_refusal_and_stays_open(
    qtbot: Any, fresh: AgendaTab, empty_ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    results: list[bool] = []

    def fill(dialog: AgendaItemDialog) -> None:
        type_text(qtbot, dialog.title_edit, "Giải lao")
        dialog.minutes_spin.setMaximum(5000)  # let an impossible value through to the core
        dialog.minutes_spin.setValue(3000)
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        results.append(dialog.isVisible())
        assert "between 0 and 1440" in dialog.error_label.text()
        dialog.reject()

    fake_exec(qtbot, monkeypatch, fill)
    before = items(empty_ctx)
    key(qtbot, fresh, Qt.Key.Key_Insert)
    assert results == [True]
    assert items(empty_ctx) == before


# --- notes for the minutes ---------------------------------------------------------------


def test_notes_are_saved_on_leaving_the_field_and_undone(
    qtbot: Any, live: AgendaTab, ctx: CongressContext
) -> None:
    tab = live
    notes = tab.notes_edit
    item_id = tab.selected_id()
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)
    assert notes.hasFocus()
    before = items(ctx)
    count = ctx.undo_stack.count()
    type_text(qtbot, notes, "Đại hội nhất trí cao với dự thảo.")
    assert items(ctx) == before and ctx.undo_stack.count() == count  # nothing per keystroke
    click_row(qtbot, tab, 0)  # leaving the field saves
    saved = items(ctx)
    assert next(i for i in saved if i.id == item_id).notes == "Đại hội nhất trí cao với dự thảo."
    assert ctx.undo_stack.count() == count + 1
    assert ctx.undo_stack.undoText() == "Edit notes of Thảo luận"
    assert tab.selected_row() == saved[0] and notes.toPlainText() == ""
    click_row(qtbot, tab, 8)
    assert notes.toPlainText() == "Đại hội nhất trí cao với dự thảo."
    ctx.undo_stack.undo()
    assert items(ctx) == before
    assert notes.toPlainText() == ""
    ctx.undo_stack.redo()
    assert notes.toPlainText() == "Đại hội nhất trí cao với dự thảo."


def test_notes_save_after_a_pause_and_survive_reloads_while_typing(
    qtbot: Any, live: AgendaTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = live
    notes = tab.notes_edit
    item_id = tab.selected_id()
    assert item_id is not None
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    opened = fake_exec(qtbot, monkeypatch, lambda dialog: dialog.reject())
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus)
    type_text(qtbot, notes, "Ý kiến 12")
    # Enter and Delete belong to the text: no edit dialog, no removal.
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClick(notes, Qt.Key.Key_Backspace)
    qtbot.keyClick(notes, Qt.Key.Key_Left)
    qtbot.keyClick(notes, Qt.Key.Key_Delete)
    assert notes.toPlainText() == "Ý kiến 1" and not opened and not asked
    cursor = notes.textCursor().position()
    # Another screen changes the programme while the secretary types: a reload.
    other = items(ctx)[0]
    agenda_actions.update_item(
        ctx, other.id, replace(agenda_actions.item_data(other), notes="Khai mạc.")
    )
    assert notes.toPlainText() == "Ý kiến 1" and notes.textCursor().position() == cursor
    assert tab.notes_pending()
    assert next(i for i in items(ctx) if i.id == item_id).notes == ""
    # 1.5 s without typing: saved while the field keeps the focus and the cursor.
    qtbot.waitUntil(lambda: not tab.notes_pending(), timeout=4000)
    assert next(i for i in items(ctx) if i.id == item_id).notes == "Ý kiến 1"
    assert notes.hasFocus() and notes.textCursor().position() == cursor
    type_text(qtbot, notes, " ")  # a trailing space is kept on screen after the save
    tab.save_notes()
    assert notes.toPlainText() == "Ý kiến 1 " and notes.textCursor().position() == cursor + 1


def test_f5_while_typing_notes_saves_them_first(
    qtbot: Any, live: AgendaTab, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = live
    discussion = tab.selected_id()
    tab.notes_edit.setFocus()
    qtbot.waitUntil(tab.notes_edit.hasFocus)
    type_text(qtbot, tab.notes_edit, "Kết luận thảo luận.")
    ctx.require().clock = FakeClock(demo.MOMENT + timedelta(minutes=1))
    qtbot.keyClick(tab.notes_edit, Qt.Key.Key_F5)
    held = next(i for i in items(ctx) if i.id == discussion)
    assert held.notes == "Kết luận thảo luận."
    assert held.ended_at == datetime(2020, 6, 15, 9, 46)
    selected = tab.selected_row()
    assert selected is not None and selected.position == 10
    assert tab.notes_edit.toPlainText() == ""
    # Undo takes back the start, then the notes, in that order.
    ctx.undo_stack.undo()
    assert items(ctx)[8].ended_at is None and items(ctx)[8].notes == "Kết luận thảo luận."
    ctx.undo_stack.undo()
    assert items(ctx)[8].notes == ""


def test_f5_on_another_day_than_the_session_warns_instead_of_planning(
    qtbot: Any, fresh: AgendaTab, empty_ctx: CongressContext, clock: FakeClock, monkeypatch: Any
) -> None:
    """The session is dated 15/06/2020 but the laptop says 20/06/2020: no "814679 min
    behind plan", and F5 asks before stamping today's times (the minutes would give
    two dates)."""
    clock.now = datetime(2020, 6, 20, 7, 31)
    fresh.refresh()
    assert fresh.drift_label.text() == "Session dated 15/06/2020, not today: no plan comparison"
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    key(qtbot, fresh, Qt.Key.Key_F5)
    assert len(asked) == 1 and "15/06/2020" in asked[0] and "20/06/2020" in asked[0]
    assert all(i.started_at is None for i in items(empty_ctx))
    assert fresh.feedback.text() == "Not started: the session is dated another day."
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    key(qtbot, fresh, Qt.Key.Key_F5)
    assert items(empty_ctx)[0].started_at == datetime(2020, 6, 20, 7, 31)
    # On the session's own day F5 asks nothing.
    clock.now = datetime(2020, 6, 15, 7, 40)
    asked_again = answer(monkeypatch, QMessageBox.StandardButton.No)
    key(qtbot, fresh, Qt.Key.Key_F5)
    assert asked_again == [] and items(empty_ctx)[1].started_at == datetime(2020, 6, 15, 7, 40)
