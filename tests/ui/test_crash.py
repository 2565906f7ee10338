"""An unexpected error is logged to a file and shown in Vietnamese, never lost."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from ui import crash, state
from ui.i18n import translator


@pytest.fixture
def hooked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(crash, "log_folder", lambda: tmp_path / "logs")
    for handler in list(crash._logger.handlers):
        crash._logger.removeHandler(handler)
    translator.install("vi")
    previous = crash.install()
    yield tmp_path / "logs" / crash.LOG_NAME
    sys.excepthook = previous
    translator.install("en")
    for handler in list(crash._logger.handlers):
        handler.close()
        crash._logger.removeHandler(handler)


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_and_shown_in_vietnamese(qtbot: QtBot, hooked: Path) -> None:
    button = QPushButton("x")
    qtbot.addWidget(button)

    def broken() -> None:
        raise ZeroDivisionError("boom in a slot")

    button.clicked.connect(broken)
    seen: list[str] = []

    def close_the_message() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(50, close_the_message)
    button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert "ZeroDivisionError" in seen[0]
    assert "Dữ liệu đại hội vẫn an toàn" in seen[0]  # in Vietnamese
    assert str(hooked) in seen[0]
    log = hooked.read_text(encoding="utf-8")
    assert "boom in a slot" in log and "Traceback" in log


def test_the_log_folder_is_under_the_app_data(qapp: object) -> None:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert str(crash.log_folder()).startswith(base)


def test_recent_files_are_kept_with_absolute_paths(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    state.add_recent_file("dh.daihoi")
    assert state.recent_files() == [str(tmp_path / "dh.daihoi")]
    state.settings().setValue("files/recent", ["relative.daihoi", str(tmp_path / "a.daihoi")])
    assert state.recent_files() == [str(tmp_path / "a.daihoi")]
    assert os.path.isabs(state.recent_files()[0])
