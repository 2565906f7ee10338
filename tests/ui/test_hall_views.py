"""F10 on the attendance and speeches tabs puts their figures in the hall as a
picture (a gauge, bars), with the same numbers as the tabs; Shift+F10 clears."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from secretariat.services import attendance, speeches
from ui.context import CongressContext
from ui.main_window import MainWindow
from ui.projector import HallView
from ui.widgets.charts import BarChart, Gauge


def _window(qtbot: QtBot, ctx: CongressContext) -> tuple[MainWindow, HallView]:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    hall = HallView(ctx)
    qtbot.addWidget(hall)
    window.projector.add_view(hall)
    return window, hall


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key, shift: bool = False) -> None:
    assert window.tabs is not None
    page = window.tabs.currentWidget()
    target = page.focusWidget() or page
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(target, key, modifier)


def test_f10_on_attendance_shows_the_gauge(qtbot: QtBot, ctx: CongressContext) -> None:
    window, hall = _window(qtbot, ctx)
    assert window.tabs is not None
    window.tabs.setCurrentIndex(window.tabs.index_of_key("attendance"))
    _press(qtbot, window, Qt.Key.Key_F10)
    store = ctx.require()
    counters = attendance.counters(store, store.clock())
    gauge = hall.chart_area.chart
    assert isinstance(gauge, Gauge) and hall.mode == "message"
    assert (gauge.value, gauge.total) == (counters.present, counters.summoned)
    assert f"Mẫu số: {counters.base.majority_base}" in hall.message_lines[1]
    _press(qtbot, window, Qt.Key.Key_F10, shift=True)
    assert hall.mode != "message" and hall.chart_area.chart is None


def test_f10_on_speeches_shows_speaking_time_per_person(qtbot: QtBot, ctx: CongressContext) -> None:
    window, hall = _window(qtbot, ctx)
    assert window.tabs is not None
    window.tabs.setCurrentIndex(window.tabs.index_of_key("speeches"))
    _press(qtbot, window, Qt.Key.Key_F10)
    store = ctx.require()
    stats = speeches.statistics(store, store.clock())
    chart = hall.chart_area.chart
    assert isinstance(chart, BarChart) and chart.threshold is None
    expected = sorted(stats.people, key=lambda p: -p.seconds)[: len(chart.bars)]
    assert [(b.label, b.value) for b in chart.bars] == [(p.speaker, p.seconds) for p in expected]
    assert len(chart.bars) == min(8, len(stats.people)) > 0
