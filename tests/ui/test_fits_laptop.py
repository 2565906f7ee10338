"""The window fits a 1366×768 laptop: first launch, every tab, a long status line,
and the hall preview that never squeezes a tab (#19 §4)."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSize
from PySide6.QtTest import QTest

from ui.context import CongressContext
from ui.main_window import PREVIEW_MAX_WIDTH, MainWindow, first_launch_size

LAPTOP = QSize(1366, 768 - 30)  # a taskbar takes some of it


def test_first_launch_on_a_laptop_opens_maximised_within_the_screen() -> None:
    size, maximised = first_launch_size(LAPTOP)
    assert maximised
    assert size.width() <= LAPTOP.width() and size.height() <= LAPTOP.height()
    size, maximised = first_launch_size(QSize(1920, 1040))
    assert (size, maximised) == (QSize(1280, 800), False)


def test_every_tab_fits_the_laptop_even_with_a_long_status_line(
    qtbot: QtBot, ctx: CongressContext
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.tabs is not None
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page: Any = window.tabs.widget(index)
        QTest.qWait(1)
        before = page.minimumSizeHint().width()
        feedback = getattr(page, "feedback", None)
        if feedback is not None:
            feedback.setText("10. Phát biểu chỉ đạo của đại diện cấp ủy cấp trên — " * 6)
        QTest.qWait(1)
        hint = window.minimumSizeHint()
        name = window.tabs.tabText(index)
        # A long status line wraps; it never widens the page (and so the window).
        assert page.minimumSizeHint().width() <= before, name
        assert hint.width() <= LAPTOP.width(), f"{name}: {hint.width()} px wide"
        assert hint.height() <= LAPTOP.height(), f"{name}: {hint.height()} px high"


def test_the_hall_preview_goes_with_the_hall_and_stays_narrow(
    qtbot: QtBot, ctx: CongressContext
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.preview_dock.maximumWidth() <= PREVIEW_MAX_WIDTH
    window.projector.show_window()
    qtbot.waitUntil(lambda: not window.preview_dock.isHidden())
    window.projector.hide_window()
    qtbot.waitUntil(lambda: window.preview_dock.isHidden())
    # Opened on purpose (Ctrl+F12), the preview stays when the hall goes.
    window.preview_dock.toggleViewAction().trigger()
    window.projector.show_window()
    window.projector.hide_window()
    assert not window.preview_dock.isHidden()
