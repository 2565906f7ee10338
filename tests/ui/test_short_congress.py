"""A short congress run through the main window with the keyboard, then undone.

Issue "Agenda, speeches and the projector screen", acceptance: start items in
order, queue three speakers, call each, let one run over time, write summaries,
reorder the agenda, undo each step; the recorded times and texts are right. The
clock is a fake one moved by the test (no sleeping).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from secretariat.services import agenda, speeches
from tests.core.conftest import FakeClock
from ui.context import CongressContext
from ui.main_window import MainWindow
from ui.tabs.agenda import AgendaTab
from ui.tabs.speeches import SpeechesTab

START = datetime(2020, 6, 15, 7, 30)


def press(qtbot, widget: QWidget, key: Qt.Key, mod=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, key, mod)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard with a Vietnamese input method (QTest types only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def test_a_short_congress_by_keys_then_undo_every_step(qtbot, empty_ctx: CongressContext) -> None:  # type: ignore[no-untyped-def]
    store = empty_ctx.require()
    clock = FakeClock(START)
    store.clock = clock
    window = MainWindow(empty_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    initial_items = agenda.list_items(store)
    assert window.tabs is not None

    # The agenda: Alt+3, then F5 starts items one after another.
    press(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    agenda_tab = window.tabs.currentWidget()
    assert isinstance(agenda_tab, AgendaTab)
    agenda_tab.table.setFocus()  # a shortcut fires where the keyboard focus is
    qtbot.waitUntil(agenda_tab.table.hasFocus)
    minutes = [5, 12, 4, 10, 6, 34, 15, 14]
    for spent in minutes:
        press(qtbot, agenda_tab.table, Qt.Key.Key_F5)
        clock.advance(spent)
    press(qtbot, agenda_tab.table, Qt.Key.Key_F5)  # 9. Thảo luận opens
    items = agenda.list_items(store)
    assert items[0].started_at == START
    assert items[0].ended_at == items[1].started_at == START + timedelta(minutes=5)
    opened = START + timedelta(minutes=sum(minutes))
    assert items[8].code == "discussion" and items[8].started_at == opened
    assert items[8].ended_at is None

    # Reorder: the "Bầu cử" item (12) moves down one place with Ctrl+Down.
    agenda_tab.table.setFocus()
    agenda_tab.table.selectRow(11)
    press(qtbot, agenda_tab.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [i.code for i in agenda.list_items(store)][11:13] == ["new_committee", "elections"]

    # The speeches: Alt+4; the tab follows the item under way.
    press(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    tab = window.tabs.currentWidget()
    assert isinstance(tab, SpeechesTab)
    tab.registration.search.setFocus()
    qtbot.waitUntil(tab.registration.search.hasFocus)
    for typed in ("do thi thu ha", "lo van hung", "le thi thanh xuan"):
        tab.registration.search.setFocus()
        qtbot.keyClicks(tab.registration.search, typed)
        press(qtbot, tab.registration.search, Qt.Key.Key_Return)
    queue = speeches.queue(store, items[8].id)
    assert [s.speaker for s in queue] == ["Đỗ Thị Thu Hà", "Lò Văn Hùng", "Lê Thị Thanh Xuân"]

    press(qtbot, tab.registration.search, Qt.Key.Key_F9)  # the first speaker starts
    tab.notes.summary.setFocus()
    type_text(tab.notes.summary, "Tham luận về mô hình tự quản.")
    clock.advance(3)
    press(qtbot, tab.notes.summary, Qt.Key.Key_F9)  # she ends, the second starts
    tab.notes.summary.setFocus()
    type_text(tab.notes.summary, "Kiến nghị tăng cường cán bộ biết tiếng dân tộc.")
    clock.advance(7)  # two minutes over the five-minute limit
    tab.tick()
    assert tab.speaking.countdown.level() == "overtime"
    press(qtbot, tab.notes.summary, Qt.Key.Key_F9)  # the guest's address starts
    clock.advance(2)
    press(qtbot, tab.notes.summary, Qt.Key.Key_F9, Qt.KeyboardModifier.ShiftModifier)  # ends

    rows = speeches.queue(store, items[8].id)
    assert [(s.started_at, s.ended_at, s.elapsed_seconds) for s in rows] == [
        (opened, opened + timedelta(minutes=3), 180),
        (opened + timedelta(minutes=3), opened + timedelta(minutes=10), 420),
        (opened + timedelta(minutes=10), opened + timedelta(minutes=12), 120),
    ]
    assert rows[0].summary == "Tham luận về mô hình tự quản."
    assert rows[1].summary == "Kiến nghị tăng cường cán bộ biết tiếng dân tộc."

    # Undo every step with Ctrl+Z: the congress is back where it started.
    steps = empty_ctx.undo_stack.count()
    assert steps >= 9 + 1 + 3 + 4 + 2
    tab.registration.search.setFocus()
    for _ in range(steps):
        press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not empty_ctx.undo_stack.canUndo()
    assert speeches.queue(store, items[8].id) == []
    assert agenda.list_items(store) == initial_items
    # And redo them all: the same record comes back, to the second.
    for _ in range(steps):
        press(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert speeches.queue(store, items[8].id) == rows
