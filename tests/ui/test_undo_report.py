"""Undo and redo from any tab say what they undid or redid and on which tab."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from secretariat.services import attendance, congress, roster
from ui.commands import actions
from ui.context import CongressContext
from ui.main_window import MainWindow
from ui.undo_report import tab_of


def test_actions_name_their_tab() -> None:
    assert tab_of(["attendance.check_out"]) == "attendance"
    assert tab_of(["speech.restore", "agenda.update"]) == "speeches"
    assert tab_of(["unknown.thing"]) == ""


def test_ctrl_z_on_another_tab_says_what_and_where(qtbot: QtBot, ctx: CongressContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    store = ctx.require()
    session = congress.current_session(store) or congress.list_sessions(store)[0]
    marks = attendance.session_attendance(store, session.id)
    member = next(m for m in roster.list_members(store) if m.id not in marks)
    actions.mark_absent(ctx, session.id, member)
    assert window.tabs is not None
    window.tabs.setCurrentIndex(window.tabs.index_of_key("agenda"))
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    assert member.full_name in message, message
    assert message.startswith("Undone") and "Attendance tab" in message
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    message = window.statusBar().currentMessage()
    assert message.startswith("Redone") and "Attendance tab" in message
