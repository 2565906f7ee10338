"""Ctrl+Z and Ctrl+Y through the real main window apply the one undo shape (issue #15 §3).

Every command is an ``ActionCommand``: undo and redo put the rows the action
changed back (``secretariat.undo``), journaled as "undo:…" / "redo:…", so the
file after any walk through the history still verifies. A step whose rows
changed since is refused with a message, writes nothing and leaves the history.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from secretariat import state_digest
from secretariat.models import JournalEntry
from secretariat.services import attendance, congress, roster, votes
from secretariat.store import Store
from secretariat.verify import verify_journal
from ui.commands import ActionCommand, actions, vote_actions
from ui.context import CongressContext
from ui.i18n import translator
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _state(store: Store) -> dict[state_digest.RowKey, state_digest.Row]:
    with closing(sqlite3.connect(store.path)) as conn:
        return state_digest.read_state(conn)


def _actions(store: Store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(JournalEntry.action).order_by(JournalEntry.id)))


def _window(qtbot: QtBot, ctx: CongressContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _unmarked(store: Store, session_id: int) -> list[roster.MemberRow]:
    marks = attendance.session_attendance(store, session_id)
    return [m for m in roster.list_members(store) if m.id not in marks]


def test_ctrl_z_and_ctrl_y_walk_the_history_exactly(qtbot: QtBot, ctx: CongressContext) -> None:
    window = _window(qtbot, ctx)
    store = ctx.require()
    session = congress.list_sessions(store)[0]
    member = _unmarked(store, session.id)[0]
    start = _state(store)
    actions.check_in(ctx, session.id, member)
    vote = vote_actions.add_vote(ctx, "Biểu quyết thử")
    vote_actions.hold(ctx, vote.id, 5, 1, 0)
    done = _state(store)
    stack = ctx.undo_stack
    assert stack.count() == 3
    assert all(isinstance(stack.command(n), ActionCommand) for n in range(3))
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _state(store) == start
    assert _actions(store)[-3:] == ["undo:vote.hold", "undo:vote.add", "undo:attendance.check_in"]
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert _state(store) == done
    assert _actions(store)[-1] == "redo:vote.hold"
    assert votes.get_vote(store, vote.id).yes == 5
    report = verify_journal(store)
    assert report.ok, report.findings


def test_undo_of_a_row_changed_since_is_refused_and_writes_nothing(
    qtbot: QtBot, ctx: CongressContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, ctx)
    store = ctx.require()
    vote = vote_actions.add_vote(ctx, "Biểu quyết thử")
    # Changed outside the undo history (a script, the command line):
    votes.update_subject(store, vote.id, "Đã đổi ở nơi khác")
    before, lines = _state(store), len(_actions(store))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    translator.install("vi")
    try:
        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    finally:
        translator.install("en")
    assert len(shown) == 1 and "không thể hoàn tác" in shown[0], shown
    assert _state(store) == before and len(_actions(store)) == lines
    assert votes.get_vote(store, vote.id).subject == "Đã đổi ở nơi khác"
    assert ctx.undo_stack.count() == 0  # the step that can no longer apply is dropped
