"""The app opens no network connection: the main window on the demo congress,
every screen shown, every document exported, with the socket layer booby-trapped."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QFileDialog

from secretariat import backups, demo
from ui.main_window import MainWindow
from ui.tabs.documents import DocumentsTab


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    calls: list[str] = []

    def trap(name: str) -> Any:
        def refuse(*args: object, **kwargs: object) -> Any:
            calls.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"network use during the test: {name}")

        return refuse

    monkeypatch.setattr(socket.socket, "connect", trap("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", trap("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", trap("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", trap("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", trap("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", trap("gethostbyname"))
    yield calls
    assert calls == [], f"the app used the network: {calls}"


def test_open_browse_and_export_use_no_network(
    no_network: list[str], qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dh.daihoi"
    with demo.create_demo(path):
        pass
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(path)
    assert window.tabs is not None
    documents = None
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(20)
        widget = window.tabs.widget(index)
        if isinstance(widget, DocumentsTab):
            documents = widget
    assert documents is not None
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    documents.export_all()
    qtbot.waitUntil(lambda: len(list(out.iterdir())) >= 5, timeout=60_000)
    documents.wait_for_jobs(60_000)
    assert all(p.stat().st_size > 0 for p in out.iterdir())
    assert window.ctx.store is not None
    assert backups.backup_now(window.ctx.store).exists()
    window.close_file()
    window.close()
    assert no_network == []
