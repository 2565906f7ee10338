"""F10 on the attendance and speeches tabs: their figures in the hall as a picture.

The attendance is a gauge of those who came against those summoned, with the
majority base beneath; the speaking statistics are bars of speaking time per
person. Both are built from the same service results the tabs' tables show
(``attendance.counters`` at the store's clock, ``speeches.statistics``), and
Shift+F10 gives the hall back to the programme, as on the votes and elections
tabs. The hall's words are Vietnamese whatever the interface language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from secretariat.rules.timer import clock_text
from secretariat.services import attendance, speeches
from secretariat.store import Store
from ui.context import CongressContext
from ui.projector import ProjectorController
from ui.widgets.charts import Chart, attendance_gauge, speaking_chart
from ui.widgets.shortcuts import tab_action

HallView = tuple[str, list[str], Chart]


def attendance_view(store: Store) -> HallView:
    c = attendance.counters(store, store.clock())
    lines = [
        f"Được triệu tập: {c.summoned} đồng chí · đã có mặt: {c.present} "
        f"(chính thức {c.present_full}, dự bị {c.present_probationary})",
        f"Mẫu số: {c.base.majority_base} · số phiếu tối thiểu để đạt quá bán: {c.min_votes}",
    ]
    return "Tình hình đảng viên tham dự Đại hội", lines, attendance_gauge(c.present, c.summoned)


def speaking_view(store: Store) -> HallView:
    stats = speeches.statistics(store, store.clock())
    total = stats.groups.get("all")
    count, seconds = (total.speeches, total.seconds) if total else (0, 0)
    lines = [f"{count} lượt phát biểu · tổng thời gian {clock_text(seconds)}"]
    people = [(p.speaker, p.seconds, p.speeches) for p in stats.people]
    return "Thống kê phát biểu", lines, speaking_chart(people)


def install(
    tab: QWidget,
    ctx: CongressContext,
    projector: ProjectorController,
    view: Callable[[Store], HallView],
) -> tuple[QObject, QObject]:
    """F10 shows ``view`` of the congress in the hall; Shift+F10 clears it."""

    def show() -> None:
        if ctx.store is not None:
            projector.show_message(*view(ctx.store))

    shown = tab_action(
        tab,
        QCoreApplication.translate("HallViews", "Show in the hall"),
        QKeySequence(Qt.Key.Key_F10),
        show,
        owner=tab,
        name="hallShowAction",
    )
    cleared = tab_action(
        tab,
        QCoreApplication.translate("HallViews", "Clear the hall"),
        QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_F10),
        projector.clear_message,
        owner=tab,
        name="hallClearAction",
    )
    return shown, cleared
