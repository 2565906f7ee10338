"""The tabs repaint only what changed in a page, and still lay out what changes them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui.widgets.lazy_tabs import LazyTabs


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QObject] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen.append(watched)
        return False


def page() -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    widget.count_label = QLabel("Có mặt: 12")  # type: ignore[attr-defined]
    widget.button = QPushButton("Điểm danh")  # type: ignore[attr-defined]
    layout.addWidget(widget.count_label)  # type: ignore[attr-defined]
    layout.addWidget(widget.button)  # type: ignore[attr-defined]
    layout.addStretch(1)
    return widget


def test_a_text_changed_in_a_page_repaints_it_alone(qtbot: Any, qapp: Any) -> None:
    """Issue #16: QTabWidget repainted the whole tab on every layout request a page's
    text change ends in (a count after each check-in)."""
    tabs = LazyTabs()
    qtbot.addWidget(tabs)
    tabs.add_lazy("first", "Điểm danh", page)
    tabs.add_lazy("second", "Biểu quyết", page)
    tabs.resize(800, 500)
    tabs.show()
    qtbot.waitExposed(tabs)
    shown = tabs.widget(0)
    qtbot.wait(50)
    paints = Paints()
    qapp.installEventFilter(paints)
    try:
        shown.count_label.setText("Có mặt: 13 (đủ điều kiện)")
        qtbot.waitUntil(lambda: shown.count_label in paints.seen)
        qtbot.wait(50)
    finally:
        qapp.removeEventFilter(paints)
    assert shown.button not in paints.seen
    assert tabs.tabBar() not in paints.seen


def test_what_changes_the_tabs_still_lays_them_out(qtbot: Any) -> None:
    tabs = LazyTabs()
    qtbot.addWidget(tabs)
    tabs.add_lazy("first", "Điểm danh", page)
    tabs.resize(800, 500)
    tabs.show()
    qtbot.waitExposed(tabs)
    tabs.widget(0)
    qtbot.wait(50)
    width = tabs.tabBar().width()
    tabs.setTabText(0, "Điểm danh và số đại biểu có mặt tại hội trường")
    qtbot.waitUntil(lambda: tabs.tabBar().width() > width)
    tabs.add_lazy("second", "Biểu quyết", page)
    qtbot.waitUntil(lambda: tabs.tabBar().tabRect(1).right() <= tabs.tabBar().width())
    assert tabs.tabBar().tabRect(1).width() > 0
    tabs.resize(900, 600)
    qtbot.waitUntil(lambda: tabs.widget(0).height() > 500 - tabs.tabBar().height())
