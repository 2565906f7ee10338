"""File → "Connect to a counting server…": the window opens the congress on a PostgreSQL server.

A real server is started by tests/pg.py; the dialog is typed into with keys.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMenu, QSpinBox

from secretariat import demo, pg_store, server, verify
from secretariat.domain import MemberData
from secretariat.services import roster
from tests import pg
from ui.context import CongressContext
from ui.dialogs.server_connect import ServerConnectDialog
from ui.main_window import MainWindow


def _type(qtbot: QtBot, dialog: ServerConnectDialog, url: str, password: str | None = None) -> None:
    parsed = make_url(url)
    for name, text in (
        ("serverHost", str(parsed.host)),
        ("serverDatabase", str(parsed.database)),
        ("serverLogin", str(parsed.username)),
        ("serverPassword", password if password is not None else str(parsed.password)),
    ):
        edit = dialog.findChild(QLineEdit, name)
        assert edit is not None
        edit.selectAll()
        qtbot.keyClick(edit, Qt.Key.Key_Delete)
        qtbot.keyClicks(edit, text)
    port = dialog.findChild(QSpinBox, "serverPort")
    assert port is not None
    port.selectAll()
    qtbot.keyClicks(port, str(parsed.port))
    assert port.value() == parsed.port


@pytest.fixture
def pushed(pg_url: str, tmp_path: Path) -> str:
    """The demo congress put on the server as a secretary would."""
    path = tmp_path / "dh.daihoi"
    demo.create_demo(path).close()
    server.push(path, pg_url)
    return pg_url


@pytest.fixture
def window(qtbot: QtBot, qapp: object) -> Iterator[MainWindow]:
    ctx = CongressContext()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    ctx.close()


def test_the_window_opens_the_congress_on_the_server(
    qtbot: QtBot, window: MainWindow, pushed: str
) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    action = next(a for a in file_menu.actions() if a.text() == "Connect to a counting &server…")

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ServerConnectDialog)
        _type(qtbot, dialog, pushed)
        qtbot.keyClick(dialog.findChild(QLineEdit, "serverPassword"), Qt.Key.Key_Return)
        if dialog.isVisible():  # not accepted: say why, and do not hang the test
            seen.append(dialog.error.text())
            dialog.reject()

    seen: list[str] = []

    QTimer.singleShot(0, fill_in)
    action.trigger()
    assert seen == []
    store = window.ctx.store
    assert isinstance(store, pg_store.ServerStore)
    assert "Chi bộ" in window.windowTitle() and store.path.stem in window.windowTitle()
    assert window.tabs is not None and window.tabs.count() == 9
    # The window works on the server: a change made here is there, journaled.
    roster.add_member(store, MemberData("Đặng Văn Em"))
    with pg_store.open_server(pushed, migrate=False) as other:
        assert "Đặng Văn Em" in {m.full_name for m in roster.list_members(other)}
        assert verify.verify_journal(other).ok


def test_a_wrong_password_or_an_empty_database_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, qapp: object, pushed: str, pg_admin_url: str, tmp_path: Path
) -> None:
    empty = pg.new_database(pg_admin_url, f"empty{os.getpid()}")
    dialog = ServerConnectDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog, pushed, password="sai")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "serverError")
    assert error is not None and error.isVisible()
    assert "refused the login" in error.text() and "sai" not in error.text()
    assert dialog.isVisible() and dialog.store is None
    # an empty database: no congress is made there
    _type(qtbot, dialog, empty)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "holds no congress" in error.text() and dialog.store is None
    _type(qtbot, dialog, pushed)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert dialog.store is not None and not dialog.isVisible()
    assert dialog.store.path.parent == tmp_path  # its backups go to the chosen folder
    dialog.store.close()
    pg.drop_database(pg_admin_url, f"empty{os.getpid()}")


def test_the_window_never_loads_the_server_driver_until_asked() -> None:
    """Opening the app on a file imports neither psycopg nor the server store."""
    import subprocess
    import sys

    code = (
        "import sys, ui.app, ui.main_window\n"
        "print(sorted(m for m in sys.modules if m.startswith(('psycopg', 'secretariat.pg'))))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
