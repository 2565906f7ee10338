"""The backups dialog lists the backups and restores one, keeping the current file aside."""

from __future__ import annotations

from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from secretariat import backups
from secretariat.domain import MemberData
from secretariat.services import roster
from ui.context import CongressContext
from ui.dialogs.backups import BackupsDialog


def test_dialog_lists_and_restores(
    ctx: CongressContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ctx.require()
    path = store.path
    backups.backup_now(store, datetime(2020, 6, 15, 9, 0))
    roster.add_member(store, MemberData("Người Thêm Sau"))
    backups.backup_now(store, datetime(2020, 6, 15, 9, 10))
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "15/06/2020 09:10:00"  # newest first
    assert dialog.table.item(1, 1).text()  # a size
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    dialog.table.selectRow(1)
    with qtbot.waitSignal(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert ctx.store is not None and ctx.store.path == path
    names = [m.full_name for m in roster.list_members(ctx.store)]
    assert "Người Thêm Sau" not in names
    assert list(path.parent.glob("demo.before-restore-*.daihoi"))


def test_a_refused_restore_reopens_the_file_unchanged(
    ctx: CongressContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = ctx.require()
    bad = backups.backup_now(store, datetime(2020, 6, 15, 9, 0))
    bad.write_bytes(b"not a database")
    roster.add_member(store, MemberData("Người Còn Đây"))
    dialog = BackupsDialog(ctx)
    qtbot.addWidget(dialog)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    dialog.restore_selected()
    assert warned
    assert ctx.store is not None
    assert "Người Còn Đây" in [m.full_name for m in roster.list_members(ctx.store)]
