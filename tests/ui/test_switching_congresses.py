"""Opening congress B after A, every screen shown, then closing B (issue #19 §3).

"Opening congress B after A with the ballot entry page shown, then closing B,
raises 'Internal C++ object already deleted'": connections that outlived their
widgets. Driven through the real MainWindow with every tab and every page of an
election shown (the ballot entry with a paper typed half-way), the hall screen
and its preview up; the run fails on any exception reaching the event loop
(``sys.excepthook``, and pytest-qt's own capture) and on any Qt message that a
C++ object was already deleted.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from secretariat import demo
from secretariat.services import elections
from tests.ui import keyaudit
from tests.ui.test_shortcut_clashes import set_up_elections
from ui.context import CongressContext
from ui.i18n import translator
from ui.main_window import MainWindow
from ui.tabs.elections import ElectionsTab

DELETED = ("already deleted", "Internal C++ object")


@pytest.fixture
def caught(qapp: QApplication) -> Iterator[tuple[list[BaseException], list[str]]]:
    translator.install("en")
    errors: list[BaseException] = []
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        errors.append(value)
        previous(kind, value, tb)

    sys.excepthook = hook
    with keyaudit.qt_messages() as messages:
        yield errors, messages
    sys.excepthook = previous


def settle() -> None:
    """Let queued calls, timers due now and deferred deletions run."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        QTest.qWait(20)


def show_everything(window: MainWindow) -> None:
    """Every tab shown; in Bầu cử every page of each election, the entry last, a paper typed."""
    tabs = window.tabs
    assert tabs is not None
    elections_at = -1
    for index in range(tabs.count()):
        tabs.show_page(index)
        settle()
        if isinstance(tabs.currentWidget(), ElectionsTab):
            elections_at = index
    tabs.show_page(elections_at)
    page = tabs.currentWidget()
    assert isinstance(page, ElectionsTab)
    for row in range(page.table.rowCount()):
        page.table.selectRow(row)
        for n in (0, 1, 3, 2):
            page.show_page(n, focus=True)
            settle()
    running = next(
        e.id
        for e in elections.list_elections(window.ctx.require())
        if any(r.started for r in elections.list_rounds(window.ctx.require(), e.id))
    )
    page.select_election(running)
    window.activateWindow()  # the offscreen platform gives activation back to no one
    QTest.qWaitForWindowActive(window)
    page.show_page(2, focus=True)
    settle()
    held = QApplication.focusWidget()
    assert held is not None and page.isAncestorOf(held), held
    QTest.keyClick(held, Qt.Key.Key_1)  # a paper half typed when the file changes
    window.projector.show_window()
    window.preview_dock.show()
    settle()


def test_open_b_after_a_on_the_ballot_entry_then_close_b(
    qtbot: Any, tmp_path: Path, caught: tuple[list[BaseException], list[str]]
) -> None:
    errors, messages = caught
    first = demo.create_demo(tmp_path / "a.daihoi")
    set_up_elections(first)
    first.close()
    second = demo.create_demo(tmp_path / "b.daihoi")
    set_up_elections(second)
    second.close()

    ctx = CongressContext()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    assert window.open_path(tmp_path / "a.daihoi")
    settle()
    show_everything(window)
    assert window.open_path(tmp_path / "b.daihoi")  # B over A, A's screens still up
    settle()
    show_everything(window)
    window.close_file()  # then B closed
    settle()
    assert window.ctx.store is None
    # The timers and the hall keep running over the start page; language rebuilt.
    window.projector.show_window()
    window.set_language("vi")
    settle()
    window.set_language("en")
    assert window.open_path(tmp_path / "a.daihoi")  # and A again, all screens
    settle()
    show_everything(window)
    window.close()
    settle()

    deleted = [m for m in messages if any(d in m for d in DELETED)]
    assert errors == [] and deleted == [], (errors, deleted)
