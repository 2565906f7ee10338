"""The window and faults: a file in use is offered read-only; a failed update is worded.

docs: issue 17 §1. The holder is a real second process.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from secretariat import demo
from secretariat import store as store_mod
from secretariat.domain import MemberData
from secretariat.errors import ValidationError
from secretariat.services import roster
from ui.context import CongressContext
from ui.dialogs.backups import BackupsDialog
from ui.i18n import translator
from ui.main_window import MainWindow
from ui.messages import describe

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from pathlib import Path
from secretariat import store
st = store.open_store(Path(sys.argv[1]))
print("open", flush=True)
sys.stdin.readline()
st.close()
"""


@pytest.fixture
def window(qtbot: QtBot, qapp: object) -> Iterator[MainWindow]:
    win = MainWindow(CongressContext())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.ctx.close()
    translator.install("en")


@pytest.fixture
def held(tmp_path: Path) -> Iterator[Path]:
    """A congress file held open by another process."""
    path = tmp_path / "dh.daihoi"
    with demo.create_demo(path):
        pass
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    yield path
    proc.kill()
    proc.wait(timeout=30)


def _answer_offer(qtbot: QtBot, button: str, seen: list[str]) -> None:
    """When the offer shows, note its text and click ``button`` ("read-only" or "cancel")."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, click)
            return
        seen.append(box.text())
        if button == "read-only":
            target = box.findChild(QPushButton, "openReadOnlyButton")
        else:
            target = box.button(QMessageBox.StandardButton.Cancel)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_in_use_is_offered_read_only_and_then_changes_nothing(
    qtbot: QtBot, window: MainWindow, held: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    translator.install("vi")
    before = _digest(held)
    seen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(held), ""))
    _answer_offer(qtbot, "read-only", seen)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    assert "đang được mở" in seen[0] and "tiến trình" in seen[0]  # who, in Vietnamese
    store = window.ctx.require()
    assert store.read_only
    assert "chỉ đọc" in window.windowTitle()
    assert window.tabs is not None  # the congress is shown
    with pytest.raises(ValidationError) as caught:
        roster.add_member(store, MemberData("Không Ghi Được"))
    assert "chỉ để đọc" in describe(caught.value)
    dialog = BackupsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()  # never replaced under its writer
    window.close_file()
    assert _digest(held) == before


def test_declining_the_offer_opens_nothing(qtbot: QtBot, window: MainWindow, held: Path) -> None:
    seen: list[str] = []
    _answer_offer(qtbot, "cancel", seen)
    assert not window.open_path(held)
    assert seen and window.ctx.store is None


FAILING_REVISION = """
revision = "0999_fails"
down_revision = "{head}"


def upgrade() -> None:
    raise RuntimeError("table member already exists")
"""


def test_a_failed_update_is_worded_and_leaves_the_file_as_it_was(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dh.daihoi"
    with demo.create_demo(path):
        pass
    before = _digest(path)
    newer = tmp_path / "migrations"
    shutil.copytree(store_mod.MIGRATIONS_DIR, newer)
    head = store_mod.head_revision()
    (newer / "versions" / "0999_fails.py").write_text(FAILING_REVISION.format(head=head))
    monkeypatch.setattr(store_mod, "MIGRATIONS_DIR", newer)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    translator.install("vi")
    assert not window.open_path(path)
    assert len(shown) == 1
    assert "nâng cấp" in shown[0] and "Traceback" not in shown[0]
    assert "RuntimeError" not in shown[0]
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dh.daihoi", "migrations"]
